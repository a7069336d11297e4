"""Each answer cites the most precise provision the legal reference gives (issue #14, 5).

Two tables, both written from the project's legal reference (``legal-reference.md``,
``legal-reference-2025-2026.md``; the line each entry comes from is named):

- :data:`PRECISE`: answers whose article (and clause) the reference gives, with the
  provision the library must cite;
- :data:`WHOLE`: the only (instrument, fact) pairs that may be cited without an article,
  each because the reference gives none.  Any other answer citing a whole instrument
  fails, so a new whole-instrument citation needs a reference line saying why.
"""

from __future__ import annotations

import datetime as dt

import pytest

import urbangov as ug
from urbangov.regimes import Fact, regimes
from urbangov.terms import UnitKind as K
from urbangov.validation import rules

D = dt.date
HN, HCM, DN, ANY = "01", "79", "48", None
WINDOW = D(2025, 6, 20)  # Luật 72/2025 in force, the district level still working

PRECISE = [
    # (reference line, city, day, kind, fact, provision cited)
    ("4b HCM-12/13: NĐ 33/2021 Điều 32", HCM, D(2023, 1, 1), K.PHUONG, Fact.TERM_YEARS,
     "Điều 32 Nghị định 33/2021/NĐ-CP"),
    ("4b HCM-13: NĐ 33/2021 Điều 32", HCM, D(2023, 1, 1), K.QUAN,
     Fact.CHAIR_MAX_CONSECUTIVE_YEARS, "Điều 32 Nghị định 33/2021/NĐ-CP"),
    ("4b DN-7: NĐ 34/2021 Điều 29", DN, D(2023, 1, 1), K.PHUONG, Fact.TERM_YEARS,
     "Điều 29 Nghị định 34/2021/NĐ-CP"),
    ("4b DN-7: NĐ 34/2021 Điều 29", DN, D(2023, 1, 1), K.QUAN,
     Fact.CHAIR_MAX_CONSECUTIVE_YEARS, "Điều 29 Nghị định 34/2021/NĐ-CP"),
    ("4b HCM-15: NĐ 33/2021 Điều 18 k.1", HCM, D(2023, 1, 1), K.PHUONG, Fact.DECISION_MODE,
     "khoản 1 Điều 18 Nghị định 33/2021/NĐ-CP"),
    ("4b HCM-6: NĐ 33/2021 Điều 3 k.2", HCM, D(2023, 1, 1), K.QUAN, Fact.CHAIR_APPOINTED_BY,
     "khoản 2 Điều 3 Nghị định 33/2021/NĐ-CP"),
    ("4b HCM-19/20: NĐ 33/2021 Điều 18 k.3", HCM, D(2023, 1, 1), K.PHUONG,
     Fact.DELEGATE_MIN_YEARS, "khoản 3 Điều 18 Nghị định 33/2021/NĐ-CP"),
    ("4a 1.2: NQ 97/2019 Điều 1 k.1 b", HN, D(2023, 1, 1), K.PHUONG, Fact.HAS_COUNCIL,
     "điểm b khoản 1 Điều 1 Nghị quyết 97/2019/QH14"),
    ("4a 4.6: NĐ 169/2024 Điều 4 k.1", HN, D(2025, 2, 1), K.PHUONG, Fact.DECISION_MODE,
     "khoản 1 Điều 4 Nghị định 169/2024/NĐ-CP"),
    ("4a 5.3: Luật 47/2019 Điều 2 k.20", ANY, D(2022, 7, 1), K.PHUONG,
     Fact.COMMITTEE_POSTS, "khoản 20 Điều 2 Luật 47/2019/QH14"),
    ("4a 5.4: Luật 77/2015 Điều 27 (huyện committee)", ANY, D(2022, 7, 1), K.HUYEN,
     Fact.COMMITTEE_POSTS, "Điều 27 Luật 77/2015/QH13"),
    ("4b DN-10/DN-11: NQ 136/2024 k.1 Điều 7 (quận committee)", DN, D(2025, 2, 1), K.QUAN,
     Fact.COMMITTEE_POSTS, "khoản 1 Điều 7 Nghị quyết 136/2024/QH15"),
    ("4b DN-5: NQ 136/2024 Điều 7 k.1 (quận caps)", DN, D(2025, 2, 1), K.QUAN,
     Fact.MAX_VICE_CHAIRS, "khoản 1 Điều 7 Nghị quyết 136/2024/QH15"),
    # The window 2025-06-16..30: Luật 72/2025 in force (T3: Điều 51 k.1-2), NQ 131 repealed
    # (§6: Điều 52 k.3 a), district bodies working until 2025-07-01 (T3, S5: Điều 51 k.3).
    ("2025-26 §6/S5: Luật 72/2025 Điều 51 k.3", HCM, WINDOW, K.QUAN, Fact.HAS_COUNCIL,
     "khoản 3 Điều 51 Luật 72/2025/QH15"),
    ("2025-26 S5: Luật 72/2025 Điều 51 k.3", ANY, WINDOW, K.HUYEN, Fact.HAS_COUNCIL,
     "khoản 3 Điều 51 Luật 72/2025/QH15"),
    ("2025-26 S2: Luật 72/2025 Điều 2 k.1", ANY, WINDOW, K.XA, Fact.HAS_COUNCIL,
     "khoản 1 Điều 2 Luật 72/2025/QH15"),
    ("2025-26 D2: Luật 72/2025 Điều 40 k.2", ANY, WINDOW, K.PHUONG, Fact.DECISION_MODE,
     "khoản 2 Điều 40 Luật 72/2025/QH15"),
    ("2025-26 E3: Luật 72/2025 Điều 36 k.2", ANY, WINDOW, K.XA, Fact.CHAIR_APPOINTED_BY,
     "khoản 2 Điều 36 Luật 72/2025/QH15"),
    ("2025-26 C1: Luật 72/2025 Điều 39 k.1", ANY, WINDOW, K.PHUONG, Fact.COMMITTEE_POSTS,
     "khoản 1 Điều 39 Luật 72/2025/QH15"),
    ("2025-26 H1: Luật 72/2025 Điều 29 k.1", ANY, WINDOW, K.XA, Fact.COUNCIL_POSTS,
     "khoản 1 Điều 29 Luật 72/2025/QH15"),
    ("2025-26 E4: Luật 72/2025 Điều 36 k.4 (the Prime Minister approves)", ANY,
     D(2026, 1, 1), K.TINH, Fact.CHAIR_APPROVED_BY, "khoản 4 Điều 36 Luật 72/2025/QH15"),
    ("2025-26 T3/S5: Luật 72/2025 Điều 51 k.3", HN, D(2025, 7, 1), K.QUAN, Fact.UNIT_EXISTS,
     "khoản 3 Điều 51 Luật 72/2025/QH15"),
]


@pytest.mark.parametrize(("ref", "city", "day", "kind", "fact", "expected"), PRECISE,
                         ids=[f"{p[0]}:{p[3].value}:{p[4].value}" for p in PRECISE])
def test_the_precise_provision(ref: str, city: str | None, day: dt.date, kind: K,
                               fact: Fact, expected: str) -> None:
    try:
        cited = ug.regime_for(kind, on=day, city=city).explain(fact, kind)
    except ug.UnitAbolishedError as gone:
        cited = gone.cited
    assert str(cited.provision) == expected, ref


RULES = [
    # (reference line, rule, day, provision cited for that day)
    ("2025-26 S1: Luật 72/2025 Điều 1 k.1 (two levels)", "UG-KIND-NESTING", D(2026, 1, 1),
     "khoản 1 Điều 1 Luật 72/2025/QH15"),
    ("2025-26 S5: Điều 51 k.3 (district level until 2025-07-01)", "UG-TWO-TIER-TREE",
     WINDOW, "khoản 3 Điều 51 Luật 72/2025/QH15"),
    ("4a 4.9: Luật 65/2025, articles not in the reference", "UG-CONTEXT", D(2025, 4, 1),
     "Luật 65/2025/QH15"),
    ("1: Luật 77/2015 (Điều 2, medium)", "UG-CONTEXT", D(2020, 1, 1),
     "Điều 2 Luật 77/2015/QH13"),
]


@pytest.mark.parametrize(("ref", "code", "day", "expected"), RULES,
                         ids=[f"{r[1]}:{r[2]}" for r in RULES])
def test_the_precise_rule_provision(ref: str, code: str, day: dt.date,
                                    expected: str) -> None:
    rule = next(r for r in rules() if r.code == code)
    assert str(rule.provision_on(day)) == expected, ref


#: (instrument, fact) pairs cited without an article, and the reference line that gives
#: none.  Keys are the instrument's identifier and the fact's value.
_NONE = "article unverified"
WHOLE: dict[tuple[str, str], str] = {
    **{("32/2021/NĐ-CP", f): "4a 2.1-2.10, 2.13: " + _NONE for f in (
        "decision_mode", "chair_appointed_by", "vice_chair_appointed_by", "max_vice_chairs",
        "staff_payroll", "committee_posts", "acting_chair_assigned_by", "term_years",
        "chair_max_consecutive_years", "dialogues_per_year")},
    **{("2696/QĐ-UBND", f): "4a 3.2: clause-level content unverified" for f in (
        "working_rules_issuer", "working_rules_model")},
    **{("77/2015/QH13", f): "1: the reference cites the law without an article; 5.3: "
                            "article number low" for f in (
        "has_council", "council_posts", "chair_appointed_by", "vice_chair_appointed_by",
        "committee_posts", "staff_payroll")},
    **{("65/2025/QH15", f): "4a 4.9: no article of Luật 65/2025 given" for f in (
        "has_council", "council_posts", "decision_mode", "chair_appointed_by",
        "vice_chair_appointed_by", "committee_posts", "staff_payroll")},
    **{("169/2024/NĐ-CP", f): "4a 4.5, 4.7: article unverified; appointment 'same' (part 2)"
       for f in ("chair_appointed_by", "vice_chair_appointed_by", "max_vice_chairs",
                 "staff_payroll", "staff_cap")},
    ("33/2021/NĐ-CP", "max_vice_chairs"): "4b HCM-9: article low (not seen)",
    ("33/2021/NĐ-CP", "acting_chair_assigned_by"): "4b HCM-8: article not seen",
    **{("131/2020/QH14", f): "4b HCM-2, HCM-17: article not seen" for f in (
        "has_council", "council_posts", "decision_mode")},
    **{("119/2020/QH14", f): "4b DN-1, DN-4, DN-5: NQ 119 summaries without articles"
       for f in ("has_council", "council_posts", "decision_mode", "max_vice_chairs",
                 "committee_posts")},
    **{("34/2021/NĐ-CP", f): "4b DN-6, DN-8, DN-10: articles not seen" for f in (
        "decision_mode", "chair_appointed_by", "vice_chair_appointed_by", "max_vice_chairs",
        "staff_payroll", "committee_posts")},
    **{("136/2024/QH15", f): "4b DN-1, DN-10: no article for the council or the mode"
       for f in ("has_council", "council_posts", "decision_mode")},
    **{("170/2024/NĐ-CP", f): "4b DN-8, DN-12: articles not seen" for f in (
        "decision_mode", "chair_appointed_by", "vice_chair_appointed_by", "max_vice_chairs",
        "staff_payroll", "committee_posts")},
    ("69/2020/NĐ-CP", "max_vice_chairs"): "4a 5.2: NĐ 08/2016 Điều 7 k.1 c, k.2 c as "
                                          "amended; the amending article not given",
    ("33/2023/NĐ-CP", "staff_payroll"): "4b NAT-13-15: articles given only for cán bộ",
    ("150/2025/NĐ-CP", "commune_offices"): "2025-26 §2.3: the article for each office not seen",
    ("315/2025/NĐ-CP", "working_rules_model"): "2025-26 §2.5: the decree issues the model",
    ("315/2025/NĐ-CP", "working_rules_from"): "2025-26 T12: applied from its signing",
    ("370/2025/NĐ-CP", "mean_offices_per_commune"): "2025-26 T13, §2.3: wording not seen",
    ("106/2025/UBTVQH15", "council_max_vice_chairs"): "2025-26 H6: no article given",
    ("106/2025/UBTVQH15", "mean_council_deputy_heads"): "2025-26 H6: no article given",
    # hist26 D2/D3 (docs/legal/uncertain.md): the sources found give the substance, not
    # the article, of the law's own caps and of the council's relief.
    ("77/2015/QH13", "max_vice_chairs"): "hist26 D2: the law as passed (infonet); "
                                         "only the xã article (34) confirmed",
    ("77/2015/QH13", "chair_approved_by"): "hist26 D3: before NĐ 08/2016 Điều 6; the "
                                           "law's article not confirmed",
    ("77/2015/QH13", "council_relieves_leaders"): "hist26 D3: article not confirmed",
    ("08/2016/NĐ-CP", "council_relieves_leaders"): "hist26 D3: decree summary, no article",
    ("77/2015/QH13", "new_council_vice_chair_caps"): "hist26 D8: the phường/thị trấn "
                                                     "article not confirmed",
    # exam3 D11: the 2016 election day from press reports and the UBTVQH resolution that
    # cites NQ 105/2015; Luật 65/2025's articles are not in the reference (4a 4.9).
    ("105/2015/QH13", "election_day"): "exam3 D11: the resolution's article not seen",
    **{("65/2025/QH15", f): "4a 4.9: no article of Luật 65/2025 given" for f in (
        "council_term_years", "first_session_within_days")},
}


def test_an_instrument_is_cited_whole_only_where_the_reference_gives_no_article() -> None:
    unjustified = set()
    for regime in regimes():
        for (fact, kind), cited in regime.facts.items():
            p = cited.provision
            if p.article is None and (p.instrument.identifier, fact.value) not in WHOLE:
                unjustified.add((regime.key, kind.value, fact.value, str(p)))
    assert not unjustified, sorted(unjustified)[:20]


def test_the_list_of_whole_citations_has_no_stale_entry() -> None:
    used = {(c.provision.instrument.identifier, fact.value)
            for regime in regimes() for (fact, _kind), c in regime.facts.items()
            if c.provision.article is None}
    assert set(WHOLE) <= used, sorted(set(WHOLE) - used)
