"""Audit: every high and medium claim of the 2025–2026 legal reference the library models.

One row per claim of /work/shared/legal-reference-2025-2026.md, each tagged with the
reference item ("S2", "D4", "E7", "CT5", "H6", ...).  Every row goes through the public
API only (:func:`urbangov.regime_for` and ``Regime.explain``); the expected values are
written here from the reference, not read from the tables.  Where the reference gives
an article, the row checks it down to clause and point.  Low items are never enforced
(checked for every regime in test_reference_facts.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import attrs
import pytest

import urbangov as ug
from urbangov import Act, Authority, Confidence, DecisionMode, Fact, Post
from urbangov import UnitKind as K
from urbangov.regimes import UnknownFactError

D = dt.date
HIGH, MEDIUM = Confidence.HIGH, Confidence.MEDIUM
HN, HCM, DN, PROVINCE = "01", "79", "48", "25"   # Phú Thọ: formed from three provinces
ALL = (HN, HCM, DN, PROVINCE, None)
COMMUNES = (K.PHUONG, K.XA)
L72, NQ203, ND23, ND280 = "72/2025/QH15", "203/2025/QH15", "23/2015/NĐ-CP", "280/2025/NĐ-CP"
ND300, ND150, ND370, NQ106 = "300/2025/NĐ-CP", "150/2025/NĐ-CP", "370/2025/NĐ-CP", \
    "106/2025/UBTVQH15"
ND315, NQ199, LTD26, NQ29 = "315/2025/NĐ-CP", "199/2025/QH15", "02/2026/QH16", \
    "29/2025/NQ-HĐND"

# A day in each stage: formation (2025), NĐ 280, NĐ 300, NĐ 315, 2026, new councils, and
# Hà Nội under the Capital Law 2026.
JUL25, OCT25, NOV25, DEC25, FEB26, MAY26, AUG26 = (
    D(2025, 7, 1), D(2025, 10, 20), D(2025, 11, 10), D(2025, 12, 20), D(2026, 2, 1),
    D(2026, 5, 15), D(2026, 8, 1))
TODAY = D(2026, 12, 1)
ALL_DAYS = (JUL25, OCT25, NOV25, DEC25, FEB26, MAY26, AUG26, TODAY)
AFTER_ND300 = (NOV25 + dt.timedelta(days=10), DEC25, FEB26, MAY26, AUG26, TODAY)
COUNCIL_POSTS = frozenset({Post.COUNCIL_CHAIR, Post.COUNCIL_VICE_CHAIR,
                           Post.COUNCIL_COMMITTEE_HEAD, Post.COUNCIL_COMMITTEE_DEPUTY})
OWN = (Authority.OWN_COUNCIL,)


@attrs.frozen
class Claim:
    ref: str
    city: str | None
    day: dt.date
    kind: K
    fact: Fact
    value: Any
    instrument: str
    pin: tuple[Any, ...]
    confidence: Confidence = HIGH

    def __str__(self) -> str:
        return f"{self.ref}:{self.city}:{self.day}:{self.kind.value}:{self.fact.value}"


def each(ref: str, kinds: tuple[K, ...], days: tuple[dt.date, ...], fact: Fact, value: Any,
         instrument: str, pin: tuple[Any, ...], confidence: Confidence = HIGH,
         cities: tuple[str | None, ...] = ALL) -> list[Claim]:
    return [Claim(ref, c, d, k, fact, value, instrument, pin, confidence)
            for c in cities for d in days for k in kinds]


CLAIMS = [
    # S1/S5: two levels; district-level units and thị trấn ended on 2025-07-01.
    *each("S1", (K.THANH_PHO, *COMMUNES), ALL_DAYS, Fact.UNIT_EXISTS, True, L72, (1, 1)),
    # S2: every province- and commune-level unit has an HĐND and a UBND (Điều 2 k.1).
    *each("S2", (K.THANH_PHO, *COMMUNES), ALL_DAYS, Fact.HAS_COUNCIL, True, L72, (2, 1)),
    # P3/V7: provisional council in former pilot wards until the 2026–2031 council.
    *each("P3", (K.PHUONG,), (JUL25, OCT25, FEB26), Fact.COUNCIL_MAY_BE_PROVISIONAL, True,
          L72, (53, 2, "b"), cities=(HN, HCM, DN)),
    *each("P3/V7", (K.PHUONG,), (MAY26, TODAY), Fact.COUNCIL_MAY_BE_PROVISIONAL, False, L72,
          (53, 2, "b"), cities=(HN, HCM, DN)),
    *each("P3", COMMUNES, (JUL25, FEB26), Fact.COUNCIL_MAY_BE_PROVISIONAL, False, L72,
          (53, 2, "b"), cities=(PROVINCE, None)),
    # D1–D3: collective list (Điều 40 k.2 a–e), majority of all members (k.3).
    *each("D2", (K.THANH_PHO, *COMMUNES), ALL_DAYS, Fact.DECISION_MODE, DecisionMode.COLLECTIVE,
          L72, (40, 2)),
    *each("D3", COMMUNES, (OCT25, TODAY), Fact.DECISION_MAJORITY,
          "more than half of all members; on a tie, the side the Chair voted with", L72,
          (40, 3)),
    # D4: the Chair decides the rest on the committee's behalf (Điều 23 k.16; 17 k.21).
    *each("D4", COMMUNES, ALL_DAYS, Fact.CHAIR_DECIDES_OTHER_MATTERS, True, L72, (23, 16)),
    *each("D4", (K.THANH_PHO,), (OCT25, TODAY), Fact.CHAIR_DECIDES_OTHER_MATTERS, True, L72,
          (17, 21)),
    # E3/V5: the council elects the Chair and Vice-Chairs (Điều 36 k.2).
    *each("E3", COMMUNES, ALL_DAYS, Fact.CHAIR_APPOINTED_BY, OWN, L72, (36, 2)),
    *each("E3", COMMUNES, ALL_DAYS, Fact.VICE_CHAIR_APPOINTED_BY, OWN, L72, (36, 2)),
    # E7: in 2025 the provincial HĐND Standing Committee designated them (NQ 203 Điều 2 k.3).
    *each("E7", COMMUNES, (JUL25, OCT25, DEC25), Fact.LEADERS_DESIGNATED_BY,
          (Authority.CITY_COUNCIL_STANDING,), NQ203, (2, 3)),
    # E4: approval of commune leaders by the provincial UBND Chair (Điều 36 k.4).
    *each("E4", COMMUNES, ALL_DAYS, Fact.CHAIR_APPROVED_BY, (Authority.CITY_CHAIR,), L72,
          (36, 4)),
    # D8: acting Chair assigned by the provincial Chair (Điều 42).
    *each("D8", COMMUNES, ALL_DAYS, Fact.ACTING_CHAIR_ASSIGNED_BY, (Authority.CITY_CHAIR,),
          L72, (42,)),
    # D9: transfer and dismissal by the provincial Chair (Điều 41).
    *each("D9", COMMUNES, ALL_DAYS, Fact.LEADERS_REMOVED_BY, (Authority.CITY_CHAIR,), L72,
          (41,)),
    # E5: the council relieves the UBND leaders by its vote (Điều 37 k.4).
    *each("E5", COMMUNES, ALL_DAYS, Fact.COUNCIL_RELIEVES_LEADERS, True, L72, (37, 4)),
    # 2.1: NĐ 300 Điều 6: on average at most 2.5 Vice-Chairs per commune of a province.
    *each("2.1", (K.THANH_PHO,), AFTER_ND300, Fact.MEAN_VICE_CHAIRS_PER_COMMUNE, 2.5, ND300,
          (6,)),
    # C2: commune UBND members: office heads, military and police (NĐ 300 Điều 7 k.2).
    *each("C2", COMMUNES, (DEC25,), Fact.COMMITTEE_MEMBERS,
          frozenset({Post.OFFICE_CHIEF, Post.ECONOMY_HEAD, Post.CULTURE_SOCIETY_HEAD,
                     Post.MILITARY_COMMANDER, Post.POLICE_CHIEF}), ND300, (7, 2)),
    # C3: the number of office heads follows the Government's rules (NĐ 300 Điều 7 k.3).
    *each("C3", COMMUNES, (DEC25, FEB26), Fact.COMMITTEE_COMPOSITION_SET_BY,
          Authority.GOVERNMENT, ND300, (7, 3)),
    # 2.3: three offices and a public-service centre (NĐ 150/2025; article not known).
    *each("2.3", COMMUNES, (JUL25, DEC25), Fact.COMMUNE_OFFICES, (
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân",
        "Phòng Kinh tế (phường: Phòng Kinh tế, Hạ tầng và Đô thị)",
        "Phòng Văn hóa – Xã hội", "Trung tâm Phục vụ hành chính công"), ND150, ()),
    # T13/2.3: NĐ 370: at most 4.5 organisations per commune on average; HCM 4.7 (medium).
    *each("T13", (K.THANH_PHO,), (FEB26, TODAY), Fact.MEAN_OFFICES_PER_COMMUNE, 4.5, ND370,
          (), MEDIUM, cities=(HN, DN, PROVINCE, None)),
    *each("T13", (K.THANH_PHO,), (FEB26, TODAY), Fact.MEAN_OFFICES_PER_COMMUNE, 4.7, ND370,
          (), MEDIUM, cities=(HCM,)),
    # H1: council posts; Standing Committee members not on the UBND (Điều 29 k.1–2).
    *each("H1", (K.THANH_PHO, *COMMUNES), ALL_DAYS, Fact.COUNCIL_POSTS, COUNCIL_POSTS, L72,
          (29, 1)),
    *each("H1", (K.THANH_PHO, *COMMUNES), ALL_DAYS, Fact.COUNCIL_STANDING_APART, True, L72,
          (29, 2)),
    # H2: two commune committees (Điều 29 k.3 a).
    *each("H2", COMMUNES, ALL_DAYS, Fact.COUNCIL_COMMITTEES,
          ("Ban Kinh tế – Ngân sách", "Ban Văn hóa – Xã hội"), L72, (29, 3, "a")),
    # H6: one commune HĐND Vice-Chair from the 2026–2031 term (NQ 106; number medium).
    *each("H6", COMMUNES, (MAY26, TODAY), Fact.COUNCIL_MAX_VICE_CHAIRS, 1, NQ106, (), MEDIUM),
    # E1: five-year council term (Điều 5 k.4); E6/V5: first session within 45 days.
    *each("E1", (K.THANH_PHO, *COMMUNES), ALL_DAYS, Fact.COUNCIL_TERM_YEARS, 5, L72, (5, 4)),
    *each("E6", COMMUNES, ALL_DAYS, Fact.FIRST_SESSION_WITHIN_DAYS, 45, L72, (34, 1)),
    # V1: election day 2026-03-15 (NQ 199/2025 Điều 2).
    *each("V1", COMMUNES, ALL_DAYS, Fact.ELECTION_DAY, D(2026, 3, 15), NQ199, (2,)),
    # CT1: until 2025-10-31 the Chair or a Vice-Chair certifies (NĐ 23 Điều 5 k.2).
    *each("CT1", COMMUNES, (JUL25, OCT25), Fact.CERTIFIERS,
          frozenset({Post.CHAIR, Post.VICE_CHAIR}), ND23, (5, 2)),
    # CT3–CT5: from 2025-11-01 the Chair personally (NĐ 280 Điều 1 k.2).
    *each("CT5", COMMUNES, (NOV25, DEC25, TODAY), Fact.CERTIFIERS, frozenset({Post.CHAIR}),
          ND280, (1, 2)),
    # U1: the commune Chair delegates to civil servants of the commune UBND (Điều 14 k.1).
    *each("U1", COMMUNES, ALL_DAYS, Fact.DELEGATOR_POST, Post.CHAIR, L72, (14, 1)),
    # U2/U4: written, with term and conditions; never re-delegated (Điều 14 k.2, k.5).
    *each("U2", COMMUNES, ALL_DAYS, Fact.DELEGATION_FORM, True, L72, (14, 2)),
    # U5: the provincial HĐND sets the scope; the commune seal (Điều 14 k.8).
    *each("U5", COMMUNES, ALL_DAYS, Fact.DELEGATION_SCOPE_SET_BY, Authority.CITY_COUNCIL, L72,
          (14, 8)),
    *each("U5", COMMUNES, ALL_DAYS, Fact.DELEGATE_SEAL, "the commune People's Committee's seal",
          L72, (14, 8)),
    # CT7: the city scopes.  Đà Nẵng from 2025-08-12: every certification, law degree and
    # three years; Hà Nội from 2025-09-29: copies; HCM NQ 29/2025 Điều 3 (medium).
    *each("CT7", COMMUNES, (D(2025, 8, 12), OCT25, TODAY), Fact.DELEGABLE_ACTS,
          frozenset(a for a in Act if a.is_certification), L72, (14, 8), cities=(DN,)),
    *each("CT7", COMMUNES, (OCT25, TODAY), Fact.DELEGATE_MIN_YEARS, 3, L72, (14, 8),
          cities=(DN,)),
    *each("CT7", COMMUNES, (OCT25, TODAY), Fact.DELEGATE_LAW_DEGREE, True, L72, (14, 8),
          cities=(DN,)),
    *each("CT7", COMMUNES, (D(2025, 9, 29), TODAY), Fact.DELEGABLE_ACTS,
          frozenset({Act.CERTIFY_COPY}), L72, (14, 8), cities=(HN,)),
    *each("CT7", COMMUNES, (D(2025, 8, 28), TODAY), Fact.DELEGABLE_ACTS,
          frozenset(a for a in Act if a.is_certification), NQ29, (3,), MEDIUM, cities=(HCM,)),
    # D10: a dialogue with residents at least once a year (Điều 43).
    *each("D10", COMMUNES, ALL_DAYS, Fact.DIALOGUES_PER_YEAR, 1, L72, (43,)),
    # 2.5/T12: model working rules NĐ 315/2025 from 2025-12-08.
    *each("T12", COMMUNES, (DEC25, TODAY), Fact.WORKING_RULES_MODEL,
          ug.catalogue().get(ND315), ND315, ()),
    *each("T12", COMMUNES, (DEC25, TODAY), Fact.WORKING_RULES_FROM, D(2025, 12, 8), ND315, ()),
    # C5/H7/R3/U8: Hà Nội from 2026-07-01 under Luật Thủ đô 02/2026 (medium).
    # Điều 7 k.1 b sets the commune committee members (point a is the councils).
    *each("C5", COMMUNES, (AUG26, TODAY), Fact.COMMITTEE_COMPOSITION_SET_BY,
          Authority.CITY_COUNCIL, LTD26, (7, 1, "b"), MEDIUM, cities=(HN,)),
    *each("H7", COMMUNES, (AUG26, TODAY), Fact.COUNCIL_COMPOSITION_SET_BY,
          Authority.CITY_COUNCIL, LTD26, (7, 1, "a"), MEDIUM, cities=(HN,)),
    *each("U8", COMMUNES, (AUG26, TODAY), Fact.CAPITAL_POWERS_NOT_DELEGABLE, True, LTD26,
          (33, 1, "d"), MEDIUM, cities=(HN,)),
    *each("R3", (K.THANH_PHO,), (AUG26, TODAY), Fact.PILOT_MODELS_ALLOWED, True, LTD26,
          (9, 3, "a"), MEDIUM, cities=(HN,)),
]


@pytest.mark.parametrize("c", CLAIMS, ids=str)
def test_claim(c: Claim) -> None:
    regime = ug.regime_for(c.kind, on=c.day, city=c.city)
    cited = regime.explain(c.fact, c.kind)
    assert cited.value == c.value, (regime.key, cited.value)
    assert cited.provision.instrument.identifier == c.instrument, str(cited.provision)
    pin = (*c.pin, None, None, None)[:3]
    assert (cited.provision.article, cited.provision.clause, cited.provision.point) == pin, \
        str(cited.provision)
    assert cited.confidence is c.confidence, (regime.key, cited.note)
    if c.confidence is MEDIUM:
        assert cited.note, "every medium answer says why"


# 2.1: NĐ 300/2025 Điều 5, province-level caps (TP HCM 8, Cần Thơ 7, Đà Nẵng and Hải Phòng
# 6, provinces from three 6, from two 5 or 6, Hà Nội 5, Huế 4, unmerged 3 or 4).
PROVINCE_CAPS = [("79", 8), ("92", 7), ("48", 6), ("31", 6), ("25", 6), ("37", 6), ("01", 5),
                 ("46", 4), ("24", 6), ("38", 4)]


@pytest.mark.parametrize(("city", "cap"), PROVINCE_CAPS)
def test_province_vice_chair_caps(city: str, cap: int) -> None:
    regime = ug.regime_for(K.THANH_PHO, on=D(2026, 1, 1), city=city)
    assert regime.max_vice_chairs(ug.City(name="X", city=city)) == cap
    cited = regime.explain(Fact.PROVINCE_VICE_CHAIR_CAPS, K.THANH_PHO)
    assert str(cited.provision) == "Điều 5 Nghị định 300/2025/NĐ-CP"
    assert cited.value["24"] == (5, 6) and cited.value["38"] == (3, 4)


def test_no_provincial_cap_before_nd300() -> None:
    # 2.1: before 2025-11-17 numbers followed party guidance, not a legal norm.
    with pytest.raises(UnknownFactError):
        ug.regime_for(K.THANH_PHO, on=D(2025, 11, 16), city=HCM).explain(
            Fact.PROVINCE_VICE_CHAIR_CAPS, K.THANH_PHO)


def test_a_commune_cap_is_an_average_over_the_province() -> None:
    regime = ug.regime_for(K.PHUONG, on=D(2026, 1, 1), city=HN)
    with pytest.raises(UnknownFactError, match=r"2\.5"):
        regime.max_vice_chairs(K.PHUONG)


# H6: provincial council Vice-Chairs (NQ 106): TP HCM 4, Đà Nẵng 3, Hà Nội 2 (medium).
@pytest.mark.parametrize(("city", "cap"), [("79", 4), ("48", 3), ("01", 2), ("25", 4),
                                           ("24", 3), ("46", 2)])
def test_provincial_council_vice_chairs(city: str, cap: int) -> None:
    cited = ug.regime_for(K.THANH_PHO, on=TODAY, city=city).explain(
        Fact.COUNCIL_MAX_VICE_CHAIRS, K.THANH_PHO)
    assert cited.value[city] == cap
    assert cited.confidence is MEDIUM


def test_designation_ends_with_2025() -> None:
    # E7: "in 2025" only; from 2026 leaders are elected (Điều 36).
    for day in (FEB26, MAY26, TODAY):
        with pytest.raises(UnknownFactError):
            ug.regime_for(K.PHUONG, on=day, city=HN).explain(Fact.LEADERS_DESIGNATED_BY,
                                                             K.PHUONG)


def test_commune_posts_of_today() -> None:
    # C1, C2, K4: Chair, Vice-Chairs, members, office heads, military, police, civil
    # servants in job positions; the 2021–2025 civil-servant titles are gone.
    posts = ug.regime_for(K.XA, on=TODAY, city=None).explain(Fact.COMMITTEE_POSTS, K.XA)
    assert {Post.CHAIR, Post.VICE_CHAIR, Post.MEMBER, Post.OFFICE_CHIEF, Post.ECONOMY_HEAD,
            Post.CULTURE_SOCIETY_HEAD, Post.MILITARY_COMMANDER, Post.POLICE_CHIEF,
            Post.CIVIL_SERVANT} <= posts.value
    assert Post.TU_PHAP_HO_TICH not in posts.value
    assert not posts.value & COUNCIL_POSTS
    assert str(posts.provision) == "khoản 1 Điều 39 Luật 72/2025/QH15"


def test_the_district_level_is_gone_by_article_51() -> None:
    # S5: Luật 72 Điều 51 k.3.
    with pytest.raises(ug.UnitAbolishedError) as caught:
        ug.regime_for(K.QUAN, on=TODAY, city=HN)
    assert str(caught.value.cited.provision) == "khoản 3 Điều 51 Luật 72/2025/QH15"


# No question the reference answers at high or medium raises UnknownFactError after
# 2025-06-30: every fact above is asked on every day of the two-tier era here.
ANSWERED = sorted({(c.fact, c.kind) for c in CLAIMS if c.city is None},
                  key=lambda fk: (fk[0].value, fk[1].value))


@pytest.mark.parametrize("day", [D(2025, 7, 1), D(2025, 11, 1), D(2025, 11, 17),
                                 D(2025, 12, 8), D(2026, 1, 1), D(2026, 4, 30), TODAY])
@pytest.mark.parametrize("city", ALL)
def test_no_answered_question_raises(day: dt.date, city: str | None) -> None:
    # Facts the reference dates later (caps from NĐ 300, offices from NĐ 370, working
    # rules from NĐ 315, council Vice-Chairs from the 2026–2031 term) are skipped before.
    dated = {Fact.MEAN_VICE_CHAIRS_PER_COMMUNE: D(2025, 11, 17),
             Fact.COMMITTEE_MEMBERS: D(2025, 11, 17),
             Fact.COMMITTEE_COMPOSITION_SET_BY: D(2025, 11, 17),
             Fact.WORKING_RULES_MODEL: D(2025, 12, 8), Fact.WORKING_RULES_FROM: D(2025, 12, 8),
             Fact.MEAN_OFFICES_PER_COMMUNE: D(2026, 1, 1),
             Fact.COUNCIL_MAX_VICE_CHAIRS: D(2026, 4, 30)}
    until = {Fact.LEADERS_DESIGNATED_BY: D(2026, 1, 1), Fact.COMMUNE_OFFICES: D(2026, 1, 1)}
    for fact, kind in ANSWERED:
        if day < dated.get(fact, day) or day >= until.get(fact, D(2100, 1, 1)):
            continue
        ug.regime_for(kind, on=day, city=city).explain(fact, kind)


# ---- The catalogue: every new instrument, its dates, and the formal end of the pilots ----


CATALOGUE = [
    # (ref, identifier, signed, effective, ends); None = the reference does not say.
    ("T3", L72, D(2025, 6, 16), D(2025, 6, 16), None),
    ("T6", "80/2025/QH15", D(2025, 6, 24), D(2025, 7, 1), None),
    ("T7", "170/2025/NĐ-CP", None, D(2025, 7, 1), None),
    ("T8", ND150, D(2025, 6, 12), None, None),
    ("T9", ND280, D(2025, 10, 27), D(2025, 11, 1), None),
    ("T10", ND300, D(2025, 11, 17), D(2025, 11, 17), None),  # signed and in force 17/11/2025
    ("T11", NQ106, D(2025, 10, 16), None, None),
    ("T12", ND315, D(2025, 12, 8), D(2025, 12, 8), None),
    ("T13", ND370, None, D(2026, 1, 1), None),
    ("V1", NQ199, D(2025, 5, 21), None, None),
    ("V3", "83/2025/QH15", D(2025, 6, 24), None, None),
    ("T16", LTD26, D(2026, 4, 23), D(2026, 7, 1), None),
    # 6: NQ 131/2020 repealed in full by L72 Điều 52 k.3 a from 2025-06-16.
    ("6/R5", "131/2020/QH14", D(2020, 11, 16), D(2021, 1, 1), D(2025, 6, 16)),
    # R11/6: NQ 169/2024/QH15 (Hải Phòng) repealed by L72 Điều 52 k.3 đ from 2025-06-16.
    ("R11", "169/2024/QH15", None, None, D(2025, 6, 16)),
    # 6: Luật Thủ đô 39/2024 replaced by 02/2026 from 2026-07-01 (medium).
    ("6/R2", "39/2024/QH15", D(2024, 6, 28), D(2025, 1, 1), D(2026, 7, 1)),
]


@pytest.mark.parametrize(("ref", "identifier", "signed", "effective", "ends"), CATALOGUE)
def test_catalogue(ref: str, identifier: str, signed: dt.date | None,
                   effective: dt.date | None, ends: dt.date | None) -> None:
    inst = ug.catalogue().get(identifier)
    assert (inst.signed, inst.effective, inst.ends) == (signed, effective, ends), ref
    if identifier not in (L72, ND280, ND300, "131/2020/QH14", "39/2024/QH15"):
        assert inst.title_en  # added with this reference


def test_every_new_fact_cites_a_catalogued_instrument() -> None:
    cat = ug.catalogue()
    for regime in ug.regimes.regimes():
        if regime.period.start < D(2025, 7, 1):
            continue
        for fact, kind, cited in regime.rows():
            assert cited.provision.instrument in cat, (regime.key, fact, kind)
            assert cited.confidence in (HIGH, MEDIUM), (regime.key, fact, kind)


REFERENCE_2025 = (Path(__file__).resolve().parents[2].parent / "shared"
                  / "legal-reference-2025-2026.md")
# Instruments of the units-over-time work (codes and the 2026 changes of units): they
# are catalogued with the units, not with the regimes.
# (CV 915 and 1027/CTK-CSCL and NQ 388/NQ-UBTVQH16 are catalogued since exam3 D2.)
UNITS_WORK = {"1687/NQ-UBTVQH15", "19/2025/QĐ-TTg", "237/NQ-UBTVQH16", "30/2026/QH16",
              "36/2026/QH16", "39/2026/QH16"}


@pytest.mark.skipif(not REFERENCE_2025.exists(), reason="../shared reference not beside")
def test_every_instrument_of_the_2025_2026_reference_is_catalogued() -> None:
    text = REFERENCE_2025.read_text(encoding="utf-8")
    missing = sorted({c.text for c in ug.citations.find(text)
                      if c.instrument.number is not None and c.resolve() is None
                      and c.text not in UNITS_WORK})
    assert missing == []
