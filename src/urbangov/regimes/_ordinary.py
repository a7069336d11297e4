"""The ordinary local-government regime (Luật Tổ chức chính quyền địa phương).

The answers stay the same from 2016 to the two-tier reform; the instruments that give
them do not.  Each piece of :data:`PIECES` is one stretch of days with the law then in
force: Luật 77/2015/QH13 capped Vice-Chairmen itself until NĐ 08/2016/NĐ-CP took over
on 2016-03-10, Luật 65/2025/QH15 replaced Luật 77/2015/QH13 on 2025-03-01, and Luật
72/2025/QH15 replaced it on 2025-06-16 while the district level worked on until
2025-07-01.
"""

from __future__ import annotations

import datetime as dt

from urbangov.law import Confidence, catalogue
from urbangov.regimes._model import Cited, Fact, Regime
from urbangov.regimes._rows import (
    ALL_KINDS,
    DISTRICT_KINDS,
    HIGH,
    MEDIUM,
    WARD_CAPS_2016,
    WARD_CAPS_2021,
    WARD_KINDS,
    WARD_POSTS,
    K,
    at,
    decree_caps,
    facts,
    general_law,
    law_77_caps,
    ordinary_rows,
    table,
)
from urbangov.terms import Authority, Post, UnitKind
from urbangov.time import Period

D = dt.date
_2016 = "Chính quyền địa phương theo Luật Tổ chức chính quyền địa phương 2015"
_2021 = "Chính quyền địa phương theo Luật Tổ chức chính quyền địa phương (nhiệm kỳ 2021–2026)"
_SUMMARY_2016 = ("Every city, district and commune-level unit has a People's Council and a "
                 "People's Committee that decides collectively; the Council elects the "
                 "Committee's Chairman and Vice-Chairmen.")
_SUMMARY_2021 = ("As before, for every unit outside the urban-government models (and for all "
                 "units of other provinces); class-II wards and communes may have two "
                 "Vice-Chairmen from the 2021–2026 term (NĐ 69/2020).")
_WARD_POSTS_47 = Cited(WARD_POSTS | {Post.MEMBER}, at("47/2019/QH14", 2, 20),
                       Confidence.MEDIUM,
                       "Luật 47/2019 Điều 2 k.20 amended the ward-UBND article (likely Điều "
                       "63; legal reference 5.3); civil-servant posts work for the committee.")

#: (key, name, Vietnamese name, first day, caps on Vice-Chairmen, summary).
PIECES = (
    ("ordinary-2016-01", "Ordinary local government (early 2016, before NĐ 08/2016)", _2016,
     D(2016, 1, 1), law_77_caps(),
     _SUMMARY_2016 + " Until NĐ 08/2016/NĐ-CP took effect on 2016-03-10, Luật 77/2015/QH13 "
                     "itself capped the Vice-Chairmen by level and class."),
    ("ordinary-2016", "Ordinary local government (2016–2021 term)", _2016, D(2016, 3, 10),
     decree_caps(WARD_CAPS_2016, at("08/2016/NĐ-CP", 7)), _SUMMARY_2016),
    ("ordinary-2021", "Ordinary local government (2021–2026 term, until the two-tier reform)",
     _2021, D(2021, 7, 1), decree_caps(WARD_CAPS_2021, at("69/2020/NĐ-CP")), _SUMMARY_2021),
    ("ordinary-2025-03", "Ordinary local government under Luật 65/2025/QH15", _2021,
     D(2025, 3, 1), decree_caps(WARD_CAPS_2021, at("69/2020/NĐ-CP")),
     _SUMMARY_2021 + " Luật 65/2025/QH15 replaced Luật 77/2015 from 2025-03-01 without "
                     "changing these answers."),
    ("ordinary-2025-06-16", "Ordinary local government until the district level ended "
                            "(Luật 72/2025/QH15 in force)", _2021, D(2025, 6, 16),
     decree_caps(WARD_CAPS_2021, at("69/2020/NĐ-CP")),
     _SUMMARY_2021 + " Luật 72/2025/QH15 replaced Luật 65/2025 on 2025-06-16; the district "
                     "level and the communes before the mergers worked on until 2025-07-01."),
)
_END = D(2025, 7, 1)
_DECREES = {"ordinary-2016-01": ("23/2015/NĐ-CP",),
            "ordinary-2016": ("08/2016/NĐ-CP", "23/2015/NĐ-CP")}
#: The general law with the laws that amended it during the piece.
_LAWS = {"ordinary-2016": ("77/2015/QH13", "21/2017/QH14", "47/2019/QH14"),
         "ordinary-2021": ("77/2015/QH13", "47/2019/QH14")}


def _piece(i: int) -> Regime:
    key, name, vietnamese, start, caps, summary = PIECES[i]
    end = PIECES[i + 1][3] if i + 1 < len(PIECES) else _END
    law = general_law(start)
    decrees = _DECREES.get(key, ("08/2016/NĐ-CP", "69/2020/NĐ-CP", "23/2015/NĐ-CP"))
    # From 2020-07-01 the ward committee is as Luật 47/2019 amended it (legal ref. 5.3).
    ward_posts = _WARD_POSTS_47 if law.law == "77/2015/QH13" and start >= D(2020, 7, 1) \
        else None
    return Regime(
        key=key, name=name, vietnamese=vietnamese, city=None, period=Period(start, end),
        instruments=tuple(catalogue().get(i) for i in (*_LAWS.get(key, (law.law,)),
                                                       *decrees, "77/2006/QĐ-TTg")),
        facts=table(*ordinary_rows(ALL_KINDS, caps, law, ward_posts=ward_posts),
                    *_leaders(start), _working_rules(), _council_terms(start, law.law),
                    *([_new_councils()] if key == "ordinary-2016" else [])),
        summary=summary)


Rows = dict[tuple[Fact, UnitKind], Cited]
_PROVINCES = (K.THANH_PHO, K.TINH)
#: Who puts the level's leaders in office and removes them, by the level above: the
#: Chairman of the level directly above (the Prime Minister for a province-level unit).
_ABOVE = ((WARD_KINDS, Authority.PARENT_CHAIR), (DISTRICT_KINDS, Authority.PARENT_CHAIR),
          (_PROVINCES, Authority.PRIME_MINISTER))
_ND08_FROM = D(2016, 3, 10)
_LAW65 = ("Luật 65/2025/QH15 replaced Luật 77/2015 on 2025-03-01; its articles on the "
          "approval and removal by the level above are not confirmed, and NĐ "
          "08/2016/NĐ-CP, which details them, stayed in force until NĐ 300/2025/NĐ-CP. ")
_LAW72 = ("From 2025-06-16 Luật 72/2025/QH15 gives the approval of a commune's leaders to "
          "the provincial Chairman (Điều 36 k.4) and their transfer and dismissal to him "
          "(Điều 41), for the communes of the two-tier system; for the districts and "
          "communes that worked on until 2025-07-01 the library keeps NĐ 08/2016/NĐ-CP's "
          "level above (its reading; docs/legal/uncertain.md). ")


def _leaders(start: dt.date) -> list[Rows]:
    """The level above approves the election of the committee's leaders (phê chuẩn) and
    may transfer or dismiss them (điều động, cách chức); the council relieves them."""
    law77 = start < D(2025, 3, 1)
    later = "" if law77 else _LAW65 + (_LAW72 if start >= D(2025, 6, 16) else "")
    if start < _ND08_FROM:
        approved = (at("77/2015/QH13"), MEDIUM,
                    "The Chairman of the level above approves the council's election of the "
                    "Chairman and Vice-Chairmen (the Prime Minister for a province-level "
                    "unit); Luật 77/2015/QH13's article is not confirmed, and NĐ 08/2016 "
                    "Điều 6, which names the approving authority, took effect only on "
                    "2016-03-10.")
    else:
        approved = (at("08/2016/NĐ-CP", 6), HIGH if law77 else MEDIUM,
                    later + "The results of the council's election, "
                    "relief and removal of the Chairman and Vice-Chairmen go to the "
                    "authority of Điều 6 for approval (phê chuẩn): the district Chairman for "
                    "a commune, the provincial Chairman for a district, the Prime Minister "
                    "for a province-level unit.")
    if law77:
        removed = (at("77/2015/QH13", 124, 2), HIGH,
                   "The Chairman of the level directly above may transfer (điều động, k.1) "
                   "or dismiss (cách chức, k.2) the Chairman and Vice-Chairmen of the level "
                   "below, the Prime Minister those of a province-level unit"
                   + (" (the procedure: NĐ 08/2016/NĐ-CP Điều 15 k.1–2)."
                      if start >= _ND08_FROM else "."))
    else:
        removed = (at("08/2016/NĐ-CP", 15), MEDIUM,
                   later + "The Chairman of the level directly above transfers (k.1) or "
                            "dismisses (k.2) the Chairman and Vice-Chairmen of the level "
                            "below, the Prime Minister those of a province-level unit.")
    relieves = at("77/2015/QH13" if start < _ND08_FROM else "08/2016/NĐ-CP")
    rows: list[Rows] = []
    for kinds, by in _ABOVE:
        rows += [facts(Fact.CHAIR_APPROVED_BY, kinds, (by,), *approved),
                 facts(Fact.LEADERS_REMOVED_BY, kinds, (by,), *removed)]
    rows.append(facts(Fact.COUNCIL_RELIEVES_LEADERS, ALL_KINDS, True, relieves, MEDIUM,
                      "The People's Council of the same level relieves (miễn nhiệm) or "
                      "removes (bãi nhiệm) the Chairman and Vice-Chairmen it elected, by its "
                      "vote; the result is approved like the election. The article is not "
                      "confirmed."))
    return rows


def _working_rules() -> Rows:
    """Each commune People's Committee issues its own working rules on the model of
    QĐ 77/2006/QĐ-TTg (Điều 2); the Chairman signs the decision on its behalf."""
    return facts(Fact.WORKING_RULES_ISSUER, WARD_KINDS, Post.CHAIR,
                 at("77/2006/QĐ-TTg", 2), MEDIUM,
                 "The commune People's Committee issues its own working rules, in keeping "
                 "with the model of QĐ 77/2006/QĐ-TTg (Điều 2); the Chairman signs the "
                 "decision on its behalf (the library's reading, as for 2025). The model "
                 "itself is not encoded.")


#: The 2021–2026 People's Councils were elected on this day (NQ 133/2020/QH14 Điều 1).
ELECTION_2021 = D(2021, 5, 23)
#: The general elections of the councils a piece's days belong to: the 2016–2021 term
#: (NQ 105/2015/QH13; its article is not confirmed) until the 2021 pieces, then 2021–2026.
_ELECTIONS = ((D(2016, 5, 22), at("105/2015/QH13"), MEDIUM,
               "The 2016–2021 People's Councils were elected on Sunday 2016-05-22 (NQ "
               "105/2015/QH13; the resolution's article is not confirmed)."),
              (ELECTION_2021, at("133/2020/QH14", 1), HIGH,
               "The 2021–2026 People's Councils were elected on Sunday 2021-05-23."))
#: Where each general law sets the council's five-year term and the 45 days within which
#: the new council first meets: Luật 77/2015 Điều 10 (its clause is not confirmed) and
#: Điều 80 k.1; Luật 65/2025 (articles not in the reference); Luật 72/2025 Điều 5 k.4 and
#: Điều 34 k.1, as from 2025-07-01.
_TERMS = {"77/2015/QH13": ((10, None, MEDIUM), (80, 1, HIGH)),
          "65/2025/QH15": ((None, None, MEDIUM), (None, None, MEDIUM)),
          "72/2025/QH15": ((5, 4, HIGH), (34, 1, HIGH))}


def _council_terms(start: dt.date, law: str) -> Rows:
    """Each council's term is five years, from its first session to the next council's,
    which meets within 45 days of the general election (the last one before *start*'s
    term: 2016 or 2021)."""
    election, provision, confidence, note = _ELECTIONS[start >= D(2021, 7, 1)]
    (t_article, t_clause, t_conf), (s_article, s_clause, s_conf) = _TERMS[law]
    # in the order of the two-tier rows: a rule's principal provision is its first fact's
    return (facts(Fact.COUNCIL_TERM_YEARS, ALL_KINDS, 5, at(law, t_article, t_clause),
                  t_conf, "Five years, from the council's first session to the next "
                          "council's first session.")
            | facts(Fact.ELECTION_DAY, ALL_KINDS, election, provision, confidence, note)
            | facts(Fact.FIRST_SESSION_WITHIN_DAYS, ALL_KINDS, 45,
                    at(law, s_article, s_clause), s_conf,
                    "The new council first meets at the latest 45 days after the "
                    "general election."))


def _new_councils() -> Rows:
    """Luật 47/2019/QH14 kept the class-II commune number of Luật 77/2015 (one Vice-
    Chairman) "until the 2021–2026 People's Councils are elected": a commune whose new
    council has begun its term is under the amended caps before the 2021 piece begins."""
    note = ("Luật 47/2019/QH14 (in force 2020-07-01) amended this article: class I and II "
            "at most 2 Vice-Chairmen, class III 1 (NĐ 69/2020/NĐ-CP likewise); its "
            "transitional clause kept the class-II number of Luật 77/2015 \"cho đến khi "
            "bầu ra Hội đồng nhân dân nhiệm kỳ 2021 - 2026\" (thuvienphapluat 4D79A). The "
            "councils were elected on 2021-05-23 (NQ 133/2020/QH14 Điều 1). The library "
            "applies the amended caps, from that day, to a unit whose recorded council's "
            "term began on or after it (both readings of the clause agree there); other "
            "units keep one until 2021-07-01. The transitional article is not confirmed.")
    rows = facts(Fact.NEW_COUNCIL_VICE_CHAIR_CAPS, (K.PHUONG, K.THI_TRAN),
                 (ELECTION_2021, WARD_CAPS_2021), at("77/2015/QH13"), MEDIUM,
                 note + " The phường and thị trấn article is not confirmed either.")
    rows |= facts(Fact.NEW_COUNCIL_VICE_CHAIR_CAPS, (K.XA,), (ELECTION_2021, WARD_CAPS_2021),
                  at("77/2015/QH13", 34), MEDIUM, note)
    return rows


ORDINARY = tuple(_piece(i) for i in range(len(PIECES)))
ORDINARY_2016, ORDINARY_2021 = ORDINARY[1], ORDINARY[2]

__all__ = ["ORDINARY", "ORDINARY_2016", "ORDINARY_2021"]
