"""Audit: every high and medium claim of the legal reference the library models.

One row per claim of /work/shared/legal-reference.md (parts 1, 2, 4a and 4b), each with a
comment naming the reference item ("HCM-7", "2.3", "NAT-4", "END-3", ...).  Every row is
checked through the public API only: :func:`urbangov.regime_for` and the regime's
``has_council`` / ``decision_mode`` / ``appointing_authority`` / ``max_vice_chairs`` /
``explain``, :func:`urbangov.catalogue` and :func:`urbangov.who_may`.

The expected answers are written from the reference, not copied from the tables.  A
provision is checked down to the article, clause and point where the reference states
them; where it states none, the row asserts that the library cites the instrument
*without* an article (an article the reference does not give would be invented).
Where the library deliberately reads the law differently, the row asserts the library's
reading and points to docs/legal/uncertain.md.  Low-confidence items are never enforced:
``test_no_low_confidence_answer_is_enforced`` checks every regime row and every rule.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

import urbangov as ug
from urbangov import Act, Authority, Basis, Confidence, DecisionMode, Fact, Level, Post
from urbangov import UnitClass as C
from urbangov import UnitKind as K
from urbangov.regimes import UnknownFactError, regimes
from urbangov.structure import Appointment, Delegation, District, Official, Ward
from urbangov.terms import AppointmentMethod
from urbangov.time import Period

D = dt.date
HIGH, MEDIUM = Confidence.HIGH, Confidence.MEDIUM
HN, HCM, DN, ANY_PROVINCE = "01", "79", "48", None

# Representative days: one inside each regime, and each regime's first and last day.
ORD16 = D(2018, 1, 1)           # ordinary, 2016–2021 term
ORD16_LAST = D(2021, 6, 30)
ORD21 = D(2022, 7, 1)           # ordinary, 2021–2026 term (other provinces, huyện, xã)
PILOT_FIRST, PILOT, PILOT_LAST = D(2021, 7, 1), D(2022, 7, 1), D(2024, 12, 31)
CAP25_FIRST, CAP25, CAP25_LAST = D(2025, 1, 1), D(2025, 3, 15), D(2025, 6, 30)
TWO_TIER_FIRST, TWO_TIER = D(2025, 7, 1), D(2025, 9, 1)
ND280_EVE, ND280_FIRST = D(2025, 10, 31), D(2025, 11, 1)

CIVIL_SERVANTS = frozenset({Post.VAN_PHONG_THONG_KE, Post.DIA_CHINH_XAY_DUNG,
                            Post.TAI_CHINH_KE_TOAN, Post.TU_PHAP_HO_TICH, Post.VAN_HOA_XA_HOI})
LEADERS = frozenset({Post.CHAIR, Post.VICE_CHAIR})
COPY_AND_SIGNATURE = frozenset({Act.CERTIFY_COPY, Act.CERTIFY_SIGNATURE})
NO_ARTICLE: tuple[Any, ...] = ()  # the reference gives the instrument only


@attrs.frozen
class AtLeast:
    """The library's set contains at least these (it may add posts; see the row)."""

    items: frozenset[Any]


@attrs.frozen
class Claim:
    ref: str                       # the reference item
    city: str | None
    day: dt.date
    kind: K
    fact: Fact
    value: Any
    instrument: str
    pin: tuple[Any, ...] | None    # (article, clause, point); () = no article; None = unchecked
    confidence: Confidence

    def __str__(self) -> str:
        return f"{self.ref}:{self.city}:{self.day}:{self.kind.value}:{self.fact.value}"


def claim(ref: str, city: str | None, day: dt.date, kind: K, fact: Fact, value: Any,
          instrument: str, pin: tuple[Any, ...] | None = NO_ARTICLE,
          confidence: Confidence = HIGH) -> Claim:
    return Claim(ref, city, day, kind, fact, value, instrument, pin, confidence)


def each(kinds: tuple[K, ...], cities: tuple[str | None, ...], days: tuple[dt.date, ...],
         *rest: Any, **kw: Any) -> list[Claim]:
    return [claim(rest[0], city, day, kind, *rest[1:], **kw)
            for kind in kinds for city in cities for day in days]


OWN = (Authority.OWN_COUNCIL,)
PARENT = (Authority.PARENT_CHAIR,)
CITY = (Authority.CITY_CHAIR,)
CAPS_2016 = {C.I: 2, C.II: 1, C.III: 1}   # NĐ 08/2016 Điều 7, before NĐ 69/2020
CAPS_2021 = {C.I: 2, C.II: 2, C.III: 1}   # from the 2021–2026 term (NĐ 69/2020)
DISTRICT_CAPS = {C.I: 3, C.II: 2, C.III: 2}
LAW77, ND08, ND69 = "77/2015/QH13", "08/2016/NĐ-CP", "69/2020/NĐ-CP"
NQ97, ND32, CAPITAL, ND169 = "97/2019/QH14", "32/2021/NĐ-CP", "39/2024/QH15", "169/2024/NĐ-CP"
NQ131, ND33 = "131/2020/QH14", "33/2021/NĐ-CP"
NQ119, ND34, NQ136, ND170 = "119/2020/QH14", "34/2021/NĐ-CP", "136/2024/QH15", "170/2024/NĐ-CP"
LAW65 = "65/2025/QH15"
LAW72, ND23, ND30, ND280 = "72/2025/QH15", "23/2015/NĐ-CP", "30/2020/NĐ-CP", "280/2025/NĐ-CP"
ALL_CITIES = (HN, HCM, DN, ANY_PROVINCE)

CLAIMS: list[Claim] = [
    # ---- Part 1 / 2: which level has a People's Council (HĐND), by city and period ----
    # 1 (timeline, 2016–2021) + NAT-1: ordinary government, HĐND at every level.  The
    # reference cites LTCCQĐP without an article.
    *each((K.THANH_PHO, K.QUAN, K.THI_XA, K.HUYEN, K.PHUONG, K.XA, K.THI_TRAN), ALL_CITIES,
          (ORD16, ORD16_LAST), "1/NAT-1", Fact.HAS_COUNCIL, True, LAW77),
    # 4a.0: "Before 2021-07-01 it is True: the 2016–2021 ward HĐNDs served out their term."
    claim("4a.0", HN, ORD16_LAST, K.PHUONG, Fact.HAS_COUNCIL, True, LAW77),
    # 1.2, 4a.0: Hà Nội pilot wards have no HĐND (NQ 97 Điều 1 k.1 điểm b), 2021-07-01..2024-12-31.
    *each((K.PHUONG,), (HN,), (PILOT_FIRST, PILOT, PILOT_LAST), "1.2", Fact.HAS_COUNCIL,
          False, NQ97, (1, 1, "b")),
    # 1.1, 5.1: quận and thị xã keep HĐND (NQ 97 Điều 1 k.1 điểm a).
    *each((K.QUAN, K.THI_XA), (HN,), (PILOT_FIRST, PILOT_LAST), "1.1/5.1", Fact.HAS_COUNCIL,
          True, NQ97, (1, 1, "a")),
    # 1.1: huyện, xã, thị trấn and the city keep a full tier (ordinary law).
    *each((K.THANH_PHO, K.HUYEN, K.XA, K.THI_TRAN), (HN,), (PILOT,), "1.1", Fact.HAS_COUNCIL,
          True, LAW77),
    # 4.1, 4a.0: Capital Law Điều 8 — wards still without HĐND, 2025-01-01..2025-06-30.
    *each((K.PHUONG,), (HN,), (CAP25_FIRST, CAP25_LAST), "4.1", Fact.HAS_COUNCIL, False,
          CAPITAL, (8,)),
    # 5.1: quận/thị xã keep HĐND under the Capital Law (Điều 8 k.1).
    *each((K.QUAN, K.THI_XA), (HN,), (CAP25,), "5.1", Fact.HAS_COUNCIL, True, CAPITAL, (8, 1)),
    # HCM-2: no HĐND quận (NQ 131, article not seen).
    *each((K.QUAN,), (HCM,), (PILOT_FIRST, CAP25), "HCM-2", Fact.HAS_COUNCIL, False,
          NQ131),
    # END-5, §6: NQ 131 was repealed from 2025-06-16 (Luật 72/2025 Điều 52 k.3 a); the quận
    # worked on until the district level ended (Điều 51 k.3): docs/legal/uncertain.md.
    claim("§6", HCM, CAP25_LAST, K.QUAN, Fact.HAS_COUNCIL, False, LAW72, (51, 3), MEDIUM),
    # HCM-3: no HĐND phường, wards of quận and of TP Thủ Đức (NĐ 33 Điều 2 k.4).
    *each((K.PHUONG,), (HCM,), (PILOT_FIRST, CAP25, CAP25_LAST), "HCM-3", Fact.HAS_COUNCIL,
          False, ND33, (2, 4)),
    # HCM-4: TP Thủ Đức keeps HĐND (NĐ 33 Điều 2 k.3); huyện, xã, thị trấn ordinary.
    claim("HCM-4", HCM, PILOT, K.THANH_PHO_THUOC_TP, Fact.HAS_COUNCIL, True, ND33, (2, 3)),
    *each((K.HUYEN, K.XA, K.THI_TRAN), (HCM,), (PILOT,), "HCM-4", Fact.HAS_COUNCIL, True,
          LAW77),
    # HCM-1: the city keeps HĐND and UBND.
    claim("HCM-1", HCM, PILOT, K.THANH_PHO, Fact.HAS_COUNCIL, True, LAW77),
    # DN-1: Đà Nẵng quận and phường have no HĐND (NQ 119); Hòa Vang and its xã ordinary.
    *each((K.QUAN, K.PHUONG), (DN,), (PILOT_FIRST, PILOT_LAST), "DN-1", Fact.HAS_COUNCIL,
          False, NQ119),
    *each((K.THANH_PHO, K.HUYEN, K.XA), (DN,), (PILOT,), "DN-1", Fact.HAS_COUNCIL, True,
          LAW77),
    # 1 (timeline, Đà Nẵng 2025): same structure under NQ 136/2024.
    *each((K.QUAN, K.PHUONG), (DN,), (CAP25_FIRST, CAP25_LAST), "1/DN-2025",
          Fact.HAS_COUNCIL, False, NQ136),
    # END-4, 4.11: from 2025-07-01 every ward/commune has HĐND (Luật 72/2025); the
    # 2025–2026 reference (S2) gives the article: Điều 2 k.1.
    *each((K.THANH_PHO, K.PHUONG, K.XA), ALL_CITIES, (TWO_TIER_FIRST, ND280_FIRST),
          "END-4/4.11", Fact.HAS_COUNCIL, True, LAW72, (2, 1)),

    # ---- Decision modes (chế độ làm việc) ----
    # NAT-3: an ordinary UBND decides collectively.  The reference's Điều 114 k.3 (low) is
    # the quorum; the vote is Điều 117 (Biểu quyết tại phiên họp Ủy ban nhân dân), cited
    # at medium without its clause, as docs/legal/uncertain.md says.
    *each((K.PHUONG, K.XA, K.QUAN, K.HUYEN), (ANY_PROVINCE,), (ORD16, ORD21), "NAT-3",
          Fact.DECISION_MODE, DecisionMode.COLLECTIVE, LAW77, (117,), MEDIUM),
    claim("NAT-3", HN, PILOT, K.QUAN, Fact.DECISION_MODE, DecisionMode.COLLECTIVE, LAW77,
          (117,), MEDIUM),
    # 1.8, 2.10: Hà Nội pilot ward: head-of-agency (NĐ 32, article unverified).
    claim("1.8/2.10", HN, PILOT, K.PHUONG, Fact.DECISION_MODE, DecisionMode.HEAD_OF_AGENCY,
          ND32),
    # 4.6 (1): NĐ 169/2024 Điều 4 k.1.
    claim("4.6", HN, CAP25, K.PHUONG, Fact.DECISION_MODE, DecisionMode.HEAD_OF_AGENCY,
          ND169, (4, 1)),
    # HCM-15: NĐ 33 Điều 18 k.1.
    claim("HCM-15", HCM, PILOT, K.PHUONG, Fact.DECISION_MODE, DecisionMode.HEAD_OF_AGENCY,
          ND33, (18, 1)),
    # HCM-17: district head-of-agency, by analogy (medium; article not seen).
    claim("HCM-17", HCM, PILOT, K.QUAN, Fact.DECISION_MODE, DecisionMode.HEAD_OF_AGENCY,
          NQ131, NO_ARTICLE, MEDIUM),
    # Part 2 (Đà Nẵng ward: head-of-agency; no DN item gives a provision: medium).
    claim("2/DN", DN, PILOT, K.PHUONG, Fact.DECISION_MODE, DecisionMode.HEAD_OF_AGENCY,
          ND34, NO_ARTICLE, MEDIUM),
    claim("2/DN", DN, CAP25, K.PHUONG, Fact.DECISION_MODE, DecisionMode.HEAD_OF_AGENCY,
          ND170, NO_ARTICLE, MEDIUM),
    # DN-10: UBND quận head-of-agency under NQ 136/NĐ 170 (high); under NQ 119 (medium).
    claim("DN-10", DN, CAP25, K.QUAN, Fact.DECISION_MODE, DecisionMode.HEAD_OF_AGENCY,
          NQ136),
    claim("DN-10", DN, PILOT, K.QUAN, Fact.DECISION_MODE, DecisionMode.HEAD_OF_AGENCY,
          NQ119, NO_ARTICLE, MEDIUM),
    # END-6: commune UBND under Luật 72/2025: the listed matters of Điều 40 k.2 collectively.
    *each((K.PHUONG, K.XA), ALL_CITIES, (TWO_TIER,), "END-6", Fact.DECISION_MODE,
          DecisionMode.COLLECTIVE, LAW72, (40, 2)),

    # ---- Collective discussion before the Chairman decides ----
    # HCM-16: Chair, Vice-Chairs, ward police chief, military commander (NĐ 33 Điều 18 k.2).
    claim("HCM-16", HCM, PILOT, K.PHUONG, Fact.COLLECTIVE_DISCUSSION,
          LEADERS | {Post.POLICE_CHIEF, Post.MILITARY_COMMANDER}, ND33, (18, 2)),
    # 4.6 (3): Chair, Vice-Chairs and relevant civil servants (NĐ 169 Điều 4 k.3).
    claim("4.6", HN, CAP25, K.PHUONG, Fact.COLLECTIVE_DISCUSSION, LEADERS | CIVIL_SERVANTS,
          ND169, (4, 3)),

    # ---- Who elects or appoints the Chair and Vice-Chairs ----
    # Part 2 (ordinary: elected by the HĐND of the same level; LTCCQĐP, medium).
    *[claim("2/ordinary", ANY_PROVINCE, day, kind, fact, OWN, LAW77, NO_ARTICLE, MEDIUM)
      for day in (ORD16, ORD21) for kind in (K.PHUONG, K.XA, K.QUAN, K.HUYEN)
      for fact in (Fact.CHAIR_APPOINTED_BY, Fact.VICE_CHAIR_APPOINTED_BY)],
    # 2.7 (high), 1.7 (medium): the Chairman of the quận/thị xã (NĐ 32).
    *[claim("2.7", HN, PILOT, K.PHUONG, fact, PARENT, ND32)
      for fact in (Fact.CHAIR_APPOINTED_BY, Fact.VICE_CHAIR_APPOINTED_BY)],
    # Part 2 (Hà Nội 2025: "same"; NĐ 169 article not confirmed, medium).
    *[claim("2/HN-2025", HN, CAP25, K.PHUONG, fact, PARENT, ND169, NO_ARTICLE, MEDIUM)
      for fact in (Fact.CHAIR_APPOINTED_BY, Fact.VICE_CHAIR_APPOINTED_BY)],
    # Part 2: Hà Nội district leaders are elected by HĐND quận (pilot and 2025).
    # The general law of the day: Luật 77/2015, then Luật 65/2025 from 2025-03-01 (4.9;
    # 77/2015 was no longer in force on 2025-03-15).
    *[claim("2/HN-quận", HN, day, K.QUAN, fact, OWN, law, NO_ARTICLE, MEDIUM)
      for day, law in ((PILOT, LAW77), (CAP25, LAW65)) for fact in (
          Fact.CHAIR_APPOINTED_BY, Fact.VICE_CHAIR_APPOINTED_BY)],
    # HCM-7: Chairman of the quận or TP Thủ Đức (NĐ 33 Điều 3 k.3).
    *[claim("HCM-7", HCM, PILOT, K.PHUONG, fact, PARENT, ND33, (3, 3))
      for fact in (Fact.CHAIR_APPOINTED_BY, Fact.VICE_CHAIR_APPOINTED_BY)],
    # HCM-6: Chairman of UBND TP (NĐ 33 Điều 3 k.2).
    *[claim("HCM-6", HCM, PILOT, K.QUAN, fact, CITY, ND33, (3, 2))
      for fact in (Fact.CHAIR_APPOINTED_BY, Fact.VICE_CHAIR_APPOINTED_BY)],
    # DN-8: the Chairman of UBND quận (NĐ 170 high; the same under NĐ 34 medium).
    *[claim("DN-8", DN, CAP25, K.PHUONG, fact, PARENT, ND170)
      for fact in (Fact.CHAIR_APPOINTED_BY, Fact.VICE_CHAIR_APPOINTED_BY)],
    *[claim("DN-8", DN, PILOT, K.PHUONG, fact, PARENT, ND34, NO_ARTICLE, MEDIUM)
      for fact in (Fact.CHAIR_APPOINTED_BY, Fact.VICE_CHAIR_APPOINTED_BY)],
    # DN-8: the Chairman of UBND TP appoints district leaders (medium, both periods).
    *[claim("DN-8", DN, PILOT, K.QUAN, Fact.CHAIR_APPOINTED_BY, CITY, ND34, NO_ARTICLE,
            MEDIUM),
      claim("DN-8", DN, CAP25, K.QUAN, Fact.CHAIR_APPOINTED_BY, CITY, ND170, NO_ARTICLE,
            MEDIUM)],
    # END-1 Art. 2(3), END-4: elected by the unit's HĐND (Luật 72/2025 Điều 36 k.2, per
    # the 2025–2026 reference E3); the 2025 designation by the Standing Committee of the
    # city HĐND is its own fact (NQ 203/2025 Điều 2 k.3; E7), also accepted.
    *[claim("END-1/END-4", city, TWO_TIER, K.PHUONG, fact, (Authority.OWN_COUNCIL,), LAW72,
            (36, 2))
      for city in (HN, HCM, DN) for fact in (Fact.CHAIR_APPOINTED_BY,
                                             Fact.VICE_CHAIR_APPOINTED_BY)],
    *[claim("END-1", city, TWO_TIER, K.PHUONG, Fact.LEADERS_DESIGNATED_BY,
            (Authority.CITY_COUNCIL_STANDING,), "203/2025/QH15", (2, 3))
      for city in (HN, HCM, DN)],

    # ---- Acting Chair (giao quyền Chủ tịch) ----
    # 2.7: the quận/thị xã Chairman assigns an acting ward Chairman (NĐ 32).
    claim("2.7", HN, PILOT, K.PHUONG, Fact.ACTING_CHAIR_ASSIGNED_BY, PARENT, ND32),
    # 4.6 (2): NĐ 169 Điều 4 k.2.
    claim("4.6", HN, CAP25, K.PHUONG, Fact.ACTING_CHAIR_ASSIGNED_BY, PARENT, ND169, (4, 2)),
    # HCM-8 (medium): ward — Chairman of quận/TP Thủ Đức; district — Chairman of UBND TP.
    claim("HCM-8", HCM, PILOT, K.PHUONG, Fact.ACTING_CHAIR_ASSIGNED_BY, PARENT, ND33,
          NO_ARTICLE, MEDIUM),
    claim("HCM-8", HCM, PILOT, K.QUAN, Fact.ACTING_CHAIR_ASSIGNED_BY, CITY, ND33,
          NO_ARTICLE, MEDIUM),

    # ---- Vice-Chair caps (checked for each class by max_vice_chairs) ----
    # NAT-4, 5.2: NĐ 08/2016 Điều 7; class-II wards/communes 1 until the 2021–2026 term.
    # The reference does not confirm the clause per level, so the row asks for Điều 7.
    *each((K.PHUONG, K.XA, K.THI_TRAN), ALL_CITIES, (ORD16, ORD16_LAST), "NAT-4",
          Fact.MAX_VICE_CHAIRS, CAPS_2016, ND08, (7,)),
    # NAT-4, 5.2: raised to 2 by NĐ 69/2020 from the 2021–2026 term (article not stated).
    *each((K.XA, K.THI_TRAN), (HN, HCM, DN, ANY_PROVINCE), (PILOT_FIRST, ORD21), "NAT-4/5.2",
          Fact.MAX_VICE_CHAIRS, CAPS_2021, ND69),
    claim("NAT-4/5.2", ANY_PROVINCE, PILOT_FIRST, K.PHUONG, Fact.MAX_VICE_CHAIRS, CAPS_2021,
          ND69),
    # NAT-4, 5.2: quận/huyện/thị xã/thành phố thuộc TP: I ≤3, II ≤2, III ≤2.
    *each((K.QUAN, K.HUYEN, K.THI_XA, K.THANH_PHO_THUOC_TP), (ANY_PROVINCE,), (ORD16, ORD21),
          "NAT-4", Fact.MAX_VICE_CHAIRS, DISTRICT_CAPS, ND08, (7,)),
    *each((K.QUAN, K.THI_XA), (HN,), (PILOT, CAP25), "5.2", Fact.MAX_VICE_CHAIRS,
          DISTRICT_CAPS, ND08, (7,)),
    claim("NAT-4", HCM, PILOT, K.THANH_PHO_THUOC_TP, Fact.MAX_VICE_CHAIRS, DISTRICT_CAPS,
          ND08, (7,)),
    # NAT-4, 5.2: Hà Nội and HCMC (special class) ≤5; other centrally-run cities ≤4.
    claim("NAT-4", HN, ORD21, K.THANH_PHO, Fact.MAX_VICE_CHAIRS, {C.DAC_BIET: 5}, ND08, (7,)),
    claim("NAT-4", DN, ORD21, K.THANH_PHO, Fact.MAX_VICE_CHAIRS,
          {C.I: 4, C.II: 4, C.III: 4}, ND08, (7,)),
    # NAT-4: provinces (tỉnh) of class I ≤4, of class II and III ≤3.
    *each((K.TINH,), (ANY_PROVINCE,), (ORD16, ORD21), "NAT-4", Fact.MAX_VICE_CHAIRS,
          {C.I: 4, C.II: 3, C.III: 3}, ND08, (7,)),
    # 2.3: Hà Nội pilot wards I ≤2, II ≤2, III 1 (NĐ 32, article unverified).  "Có 01" is
    # read as a cap of one (docs/legal/uncertain.md, "The library's own readings").
    claim("2.3", HN, PILOT, K.PHUONG, Fact.MAX_VICE_CHAIRS, CAPS_2021, ND32),
    # 4.5: the same under NĐ 169/2024.
    claim("4.5", HN, CAP25, K.PHUONG, Fact.MAX_VICE_CHAIRS, CAPS_2021, ND169),
    # HCM-9: wards I/II ≤2, III 1 (numbers high; NĐ 33 article not seen).
    claim("HCM-9", HCM, PILOT, K.PHUONG, Fact.MAX_VICE_CHAIRS, CAPS_2021, ND33),
    # HCM-9 (quận class I ≤3, high) with HCM-10 (II/III: no HCMC cap; the national ≤2 as a
    # fallback, low in the reference).  The library uses the NĐ 08/2016 caps for II/III at
    # medium (docs/legal/uncertain.md, "Vice-Chairmen of HCMC quận of class II and III").
    claim("HCM-9/HCM-10", HCM, PILOT, K.QUAN, Fact.MAX_VICE_CHAIRS, DISTRICT_CAPS, ND33,
          NO_ARTICLE, MEDIUM),
    # DN-5: quận I ≤3, II ≤2 (NQ 119; repeated in NQ 136 Điều 7 k.1).
    claim("DN-5", DN, PILOT, K.QUAN, Fact.MAX_VICE_CHAIRS, {C.I: 3, C.II: 2}, NQ119),
    claim("DN-5", DN, CAP25, K.QUAN, Fact.MAX_VICE_CHAIRS, {C.I: 3, C.II: 2}, NQ136, (7, 1)),
    # DN-6 / part 2 "same (medium)": the national ward caps (docs/legal/uncertain.md).
    claim("DN-6", DN, PILOT, K.PHUONG, Fact.MAX_VICE_CHAIRS, CAPS_2021, ND34, NO_ARTICLE,
          MEDIUM),
    claim("DN-6", DN, CAP25, K.PHUONG, Fact.MAX_VICE_CHAIRS, CAPS_2021, ND170, NO_ARTICLE,
          MEDIUM),

    # ---- Five-year appointments; a Chairman at most ten consecutive years ----
    # 2.8, 2.9 (NĐ 32, article unverified).
    claim("2.8", HN, PILOT, K.PHUONG, Fact.TERM_YEARS, 5, ND32),
    claim("2.9", HN, PILOT, K.PHUONG, Fact.CHAIR_MAX_CONSECUTIVE_YEARS, 10, ND32),
    # HCM-12, HCM-13: NĐ 33 Điều 32, quận and phường.
    *each((K.PHUONG, K.QUAN), (HCM,), (PILOT,), "HCM-12", Fact.TERM_YEARS, 5, ND33, (32,)),
    *each((K.PHUONG, K.QUAN), (HCM,), (PILOT,), "HCM-13", Fact.CHAIR_MAX_CONSECUTIVE_YEARS,
          10, ND33, (32,)),
    # DN-7: NĐ 34 Điều 29, quận and phường.
    *each((K.PHUONG, K.QUAN), (DN,), (PILOT,), "DN-7", Fact.TERM_YEARS, 5, ND34, (29,)),
    *each((K.PHUONG, K.QUAN), (DN,), (PILOT,), "DN-7", Fact.CHAIR_MAX_CONSECUTIVE_YEARS, 10,
          ND34, (29,)),

    # ---- Posts of the ward UBND ----
    # 2.1, 2.2: Chair, Vice-Chair, police chief, military commander, 5 civil-servant posts.
    claim("2.1/2.2", HN, PILOT, K.PHUONG, Fact.COMMITTEE_POSTS,
          LEADERS | {Post.POLICE_CHIEF, Post.MILITARY_COMMANDER} | CIVIL_SERVANTS, ND32),
    # 4.5: Luật Thủ đô Điều 13 k.3 điểm a; the police chief left out (medium).
    claim("4.5", HN, CAP25, K.PHUONG, Fact.COMMITTEE_POSTS,
          LEADERS | {Post.MILITARY_COMMANDER} | CIVIL_SERVANTS, CAPITAL, (13, 3, "a"), MEDIUM),
    # Part 2 (HCMC: Chair, Vice-Chairs, police chief, military commander, civil servants);
    # no article on composition, the library infers it from NĐ 33 Điều 18 k.2 (medium).
    claim("2/HCM", HCM, PILOT, K.PHUONG, Fact.COMMITTEE_POSTS,
          LEADERS | {Post.POLICE_CHIEF, Post.MILITARY_COMMANDER} | CIVIL_SERVANTS, ND33,
          (18, 2), MEDIUM),
    # DN-6 (medium): Chair, Vice-Chairs, police chief, military commander.
    claim("DN-6", DN, PILOT, K.PHUONG, Fact.COMMITTEE_POSTS,
          AtLeast(LEADERS | {Post.POLICE_CHIEF, Post.MILITARY_COMMANDER}), ND34, NO_ARTICLE,
          MEDIUM),
    # 5.3: ordinary ward UBND: Chair, Vice-Chairs, military and police commissioners
    # (Luật 47/2019 Điều 2 k.20, medium here).  The library also lets the ward's
    # civil-servant posts and members sit in the structure (docs/legal/uncertain.md).
    claim("5.3", ANY_PROVINCE, ORD21, K.PHUONG, Fact.COMMITTEE_POSTS,
          AtLeast(LEADERS | {Post.POLICE_CHIEF, Post.MILITARY_COMMANDER}), "47/2019/QH14",
          (2, 20), MEDIUM),

    # ---- Whose payroll ward staff are on ----
    # 1.9, 2.4, 2.5: the quận/thị xã quota (NĐ 32).
    claim("2.5", HN, PILOT, K.PHUONG, Fact.STAFF_PAYROLL, Level.DISTRICT, ND32),
    # Part 2 (Hà Nội 2025: district; medium).
    claim("2/HN-2025", HN, CAP25, K.PHUONG, Fact.STAFF_PAYROLL, Level.DISTRICT, ND169,
          NO_ARTICLE, MEDIUM),
    # HCM-22: NĐ 33 Điều 3, first clause (medium).
    claim("HCM-22", HCM, PILOT, K.PHUONG, Fact.STAFF_PAYROLL, Level.DISTRICT, ND33, (3, 1),
          MEDIUM),
    # DN-12 (NĐ 170, high); part 2 "district" under NĐ 34 (medium).
    claim("DN-12", DN, CAP25, K.PHUONG, Fact.STAFF_PAYROLL, Level.DISTRICT, ND170),
    claim("2/DN", DN, PILOT, K.PHUONG, Fact.STAFF_PAYROLL, Level.DISTRICT, ND34, NO_ARTICLE,
          MEDIUM),
    # Part 2 (ordinary: the ward's own cán bộ, công chức cấp xã; medium).
    *each((K.PHUONG, K.XA), (ANY_PROVINCE,), (ORD16, ORD21), "2/ordinary",
          Fact.STAFF_PAYROLL, Level.COMMUNE, LAW77, NO_ARTICLE, MEDIUM),

    # ---- Certification (NĐ 23/2015 Điều 5 k.2) and its delegation ----
    # NAT-10: the Chair or a Vice-Chair signs; nothing is delegable to a civil servant.
    *each((K.PHUONG, K.XA, K.THI_TRAN), (ANY_PROVINCE,), (ORD16, ORD21), "NAT-10",
          Fact.CERTIFIERS, LEADERS, ND23, (5, 2)),
    *each((K.PHUONG, K.XA), (ANY_PROVINCE,), (ORD16, ORD21), "NAT-10", Fact.DELEGABLE_ACTS,
          frozenset(), ND23, (5, 2)),
    # NAT-10 applies in the urban-government wards too: the Chair or a Vice-Chair signs.
    *[claim("NAT-10", city, day, K.PHUONG, Fact.CERTIFIERS, LEADERS, ND23, (5, 2))
      for city, day in ((HN, PILOT), (HN, CAP25), (HCM, PILOT), (DN, PILOT), (DN, CAP25))],
    # 2.11: the Hà Nội ward Chair may delegate copies and signatures to Tư pháp–Hộ tịch;
    # khoản 3 Điều 7 NĐ 32 (provision medium–low, substance high: medium in the library).
    claim("2.11", HN, PILOT, K.PHUONG, Fact.DELEGATOR_POST, Post.CHAIR, ND32, (7, 3), MEDIUM),
    claim("2.11", HN, PILOT, K.PHUONG, Fact.DELEGATE_POST, Post.TU_PHAP_HO_TICH, ND32, (7, 3),
          MEDIUM),
    claim("2.11", HN, PILOT, K.PHUONG, Fact.DELEGABLE_ACTS, COPY_AND_SIGNATURE, ND32, (7, 3),
          MEDIUM),
    # HCM-19, HCM-20: NĐ 33 Điều 18 k.3, delegate ≥3 years in the field.
    claim("HCM-19", HCM, PILOT, K.PHUONG, Fact.DELEGATOR_POST, Post.CHAIR, ND33, (18, 3)),
    claim("HCM-19", HCM, PILOT, K.PHUONG, Fact.DELEGATE_POST, Post.TU_PHAP_HO_TICH, ND33,
          (18, 3)),
    claim("HCM-19", HCM, PILOT, K.PHUONG, Fact.DELEGABLE_ACTS, COPY_AND_SIGNATURE, ND33,
          (18, 3)),
    claim("HCM-20", HCM, PILOT, K.PHUONG, Fact.DELEGATE_MIN_YEARS, 3, ND33, (18, 3)),
    # 2.12: written, limited in time and content, no sub-delegation (NĐ 30/2020 Điều 13
    # k.3, medium).
    claim("2.12", HN, PILOT, K.PHUONG, Fact.DELEGATION_FORM, True, ND30, (13, 3), MEDIUM),
    claim("2.12", HCM, PILOT, K.PHUONG, Fact.DELEGATION_FORM, True, ND30, (13, 3), MEDIUM),
    # NAT-12: from 2025-11-01 the commune Chair certifies (NĐ 280/2025 rewrites k.9 Điều 2
    # NĐ 23/2015; the reference places its amendments in Điều 1).  The day before, the
    # Chair or a Vice-Chair (NĐ 23/2015 Điều 5 k.2).
    *each((K.PHUONG, K.XA), ALL_CITIES, (ND280_FIRST,), "NAT-12", Fact.CERTIFIERS,
          frozenset({Post.CHAIR}), ND280, (1, 2)),  # k.2 per the 2025–2026 reference, CT5
    *each((K.PHUONG, K.XA), ALL_CITIES, (TWO_TIER_FIRST, ND280_EVE), "NAT-10",
          Fact.CERTIFIERS, LEADERS, ND23, (5, 2)),

    # ---- Working rules (QĐ 2696/QĐ-UBND) and dialogue ----
    # 3.2, seed 002: each ward Chair issues the ward's rules from the model, from 2021-07-01.
    claim("3.2", HN, PILOT, K.PHUONG, Fact.WORKING_RULES_ISSUER, Post.CHAIR, "2696/QĐ-UBND"),
    claim("3.2", HN, PILOT, K.PHUONG, Fact.WORKING_RULES_MODEL,
          ug.catalogue().get("2696/QĐ-UBND"), "2696/QĐ-UBND"),
    claim("3.2/1.5", HN, PILOT, K.PHUONG, Fact.WORKING_RULES_FROM, D(2021, 7, 1), NQ97, (1, 2)),
    # 2.13: at least 2 dialogues a year (NĐ 32, article unverified).
    claim("2.13", HN, PILOT, K.PHUONG, Fact.DIALOGUES_PER_YEAR, 2, ND32),
]


@pytest.mark.parametrize("c", CLAIMS, ids=str)
def test_claim(c: Claim) -> None:
    regime = ug.regime_for(c.kind, on=c.day, city=c.city)
    cited = regime.explain(c.fact, c.kind)
    if isinstance(c.value, AtLeast):
        assert c.value.items <= cited.value, (regime.key, cited.value)
    elif c.fact is Fact.MAX_VICE_CHAIRS:
        for cls, cap in c.value.items():
            assert regime.max_vice_chairs(c.kind, cls) == cap, (regime.key, cls)
            assert cited.value[cls] == cap
    else:
        assert cited.value == c.value, (regime.key, cited.value)
    assert cited.provision.instrument.identifier == c.instrument, str(cited.provision)
    if c.pin is not None:
        pin = (*c.pin, None, None, None)[:3]
        assert (cited.provision.article, cited.provision.clause,
                cited.provision.point) == pin, str(cited.provision)
    assert cited.confidence is c.confidence, (regime.key, cited.note)
    # The public shortcuts agree with explain().
    if c.fact is Fact.HAS_COUNCIL:
        assert regime.has_council(c.kind) is c.value
    elif c.fact is Fact.DECISION_MODE:
        assert regime.decision_mode(c.kind) is c.value
    elif c.fact is Fact.CHAIR_APPOINTED_BY:
        assert regime.appointing_authority(Post.CHAIR, c.kind) is c.value[0]
    elif c.fact is Fact.VICE_CHAIR_APPOINTED_BY:
        assert regime.appointing_authority(Post.VICE_CHAIR, c.kind) is c.value[0]


def test_the_claims_are_many_and_tagged() -> None:
    assert len(CLAIMS) > 250
    assert all(c.ref for c in CLAIMS)


# ---- What the library does not answer: nothing beyond the reference --------------------


ABSENT = [
    # Part 2: ordinary leaders serve the HĐND term; no fixed five-year appointment.
    ("2/ordinary", ANY_PROVINCE, ORD21, K.PHUONG, Fact.TERM_YEARS),
    ("2/ordinary", ANY_PROVINCE, ORD21, K.PHUONG, Fact.CHAIR_MAX_CONSECUTIVE_YEARS),
    # Part 2: "–" for Hà Nội 2025 appointment term and the ten-year limit.
    ("2/HN-2025", HN, CAP25, K.PHUONG, Fact.TERM_YEARS),
    ("2/HN-2025", HN, CAP25, K.PHUONG, Fact.CHAIR_MAX_CONSECUTIVE_YEARS),
    # Part 2: Đà Nẵng certification delegation "(not confirmed)".
    ("2/DN", DN, PILOT, K.PHUONG, Fact.DELEGABLE_ACTS),
    ("2/DN", DN, CAP25, K.PHUONG, Fact.DELEGABLE_ACTS),
    # docs/legal/uncertain.md: Hà Nội 2025 delegation rules are not confirmed.
    ("uncertain.md", HN, CAP25, K.PHUONG, Fact.DELEGABLE_ACTS),
    # HCM-20 is HCMC's alone: no three-year requirement in Hà Nội (2.11, 2.12).
    ("HCM-20", HN, PILOT, K.PHUONG, Fact.DELEGATE_MIN_YEARS),
    # HCM-10, NAT-5 (low): no HCMC-specific cap beyond class I; no two-tier average cap.
    ("NAT-5", HN, TWO_TIER, K.PHUONG, Fact.MAX_VICE_CHAIRS),
    # 2.16: NĐ 32's collective-discussion list was not found.
    ("2.16", HN, PILOT, K.PHUONG, Fact.COLLECTIVE_DISCUSSION),
]


@pytest.mark.parametrize(("ref", "city", "day", "kind", "fact"), ABSENT,
                         ids=[f"{a[0]}:{a[1]}:{a[4].value}" for a in ABSENT])
def test_the_library_is_silent_where_the_reference_is(ref: str, city: str | None,
                                                      day: dt.date, kind: K,
                                                      fact: Fact) -> None:
    regime = ug.regime_for(kind, on=day, city=city)
    with pytest.raises(UnknownFactError):
        regime.explain(fact, kind)


# ---- Regime periods: which regime, first and last day (part 1, 4a.0, END-5) ---------------


PERIODS = [
    # (ref, city, kind, regime key, first day, last day (inclusive))
    # A regime splits where the law that gives its answers changed (NAT-4: NĐ 08/2016 from
    # 2016-03-10; 4.9: Luật 65/2025 from 2025-03-01; END-3: Luật 72/2025 from 2025-06-16).
    ("1/NAT-4", ANY_PROVINCE, K.PHUONG, "ordinary-2016-01", D(2016, 1, 1), D(2016, 3, 9)),
    ("1", ANY_PROVINCE, K.PHUONG, "ordinary-2016", D(2016, 3, 10), D(2021, 6, 30)),
    ("1/5.2", ANY_PROVINCE, K.PHUONG, "ordinary-2021", D(2021, 7, 1), D(2025, 2, 28)),
    ("4.9", ANY_PROVINCE, K.PHUONG, "ordinary-2025-03", D(2025, 3, 1), D(2025, 6, 15)),
    ("END-3", ANY_PROVINCE, K.PHUONG, "ordinary-2025-06-16", D(2025, 6, 16), D(2025, 6, 30)),
    ("1/4a.0", HN, K.PHUONG, "hanoi-pilot", D(2021, 7, 1), D(2024, 12, 31)),
    ("1/4a.0", HN, K.PHUONG, "hanoi-capital-2025", D(2025, 1, 1), D(2025, 2, 28)),
    ("4.9", HN, K.PHUONG, "hanoi-capital-2025-03", D(2025, 3, 1), D(2025, 6, 15)),
    ("END-3", HN, K.PHUONG, "hanoi-capital-2025-06-16", D(2025, 6, 16), D(2025, 6, 30)),
    ("1/END-5", HCM, K.PHUONG, "hcmc-urban", D(2021, 7, 1), D(2025, 2, 28)),
    ("1/END-5", HCM, K.QUAN, "hcmc-urban", D(2021, 7, 1), D(2025, 2, 28)),
    ("4.9", HCM, K.QUAN, "hcmc-urban-2025-03", D(2025, 3, 1), D(2025, 6, 15)),
    ("END-5", HCM, K.QUAN, "hcmc-urban-2025-06-16", D(2025, 6, 16), D(2025, 6, 30)),
    ("1/DN-2", DN, K.PHUONG, "danang-pilot", D(2021, 7, 1), D(2024, 12, 31)),
    ("1/END-5", DN, K.PHUONG, "danang-2025", D(2025, 1, 1), D(2025, 6, 30)),
    ("END-1/END-3", ANY_PROVINCE, K.PHUONG, "two-tier-2025", D(2025, 7, 1), D(2025, 10, 31)),
    ("END-1/END-3", HN, K.PHUONG, "hanoi-two-tier-2025-07-01", D(2025, 7, 1),
     D(2025, 9, 28)),
    # NAT-12 to NAT-5: NĐ 280 from 2025-11-01, NĐ 300 from 2025-11-17.
    ("NAT-12", ANY_PROVINCE, K.XA, "two-tier-2025-11", D(2025, 11, 1), D(2025, 11, 16)),
    ("NAT-12", HCM, K.XA, "hcmc-two-tier-2025-11-01", D(2025, 11, 1), D(2025, 11, 16)),
]


@pytest.mark.parametrize(("ref", "city", "kind", "key", "first", "last"), PERIODS,
                         ids=[f"{p[0]}:{p[3]}:{p[1]}:{p[2].value}" for p in PERIODS])
def test_regime_periods(ref: str, city: str | None, kind: K, key: str, first: dt.date,
                        last: dt.date | None) -> None:
    assert ug.regime_for(kind, on=first, city=city).key == key
    before = first - dt.timedelta(days=1)
    if before >= D(2016, 1, 1):
        assert ug.regime_for(kind, on=before, city=city).key != key
    if last is not None:
        assert ug.regime_for(kind, on=last, city=city).key == key
        try:
            after = ug.regime_for(kind, on=last + dt.timedelta(days=1), city=city).key
        except ug.UnitAbolishedError:  # END-5: quận no longer exist from 2025-07-01
            after = "gone"
        assert after != key


@pytest.mark.parametrize("city", ALL_CITIES)
@pytest.mark.parametrize("kind", [K.QUAN, K.HUYEN, K.THI_XA, K.THANH_PHO_THUOC_TP])
def test_district_level_ends_on_2025_07_01(city: str | None, kind: K) -> None:
    # END-1 Art. 2(2), END-3, 4.10: district-level units cease to operate from 2025-07-01;
    # the 2025–2026 reference (S5) confirms Luật 72/2025 Điều 51 k.3 (high).
    ug.regime_for(kind, on=D(2025, 6, 30), city=city)
    with pytest.raises(ug.UnitAbolishedError) as raised:
        ug.regime_for(kind, on=D(2025, 7, 1), city=city)
    cited = raised.value.cited
    assert cited.value is False
    assert cited.provision.instrument.identifier == LAW72
    assert (cited.provision.article, cited.provision.clause) == (51, 3)
    assert cited.confidence is HIGH


def test_thi_tran_end_with_the_district_level() -> None:
    # The library's reading (docs/legal/uncertain.md, "Thị trấn end with the district
    # level"): from 2025-07-01 the commune level is xã, phường, đặc khu (END-2, NAT-9).
    assert ug.regime_for(K.THI_TRAN, on=D(2025, 6, 30), city=HN).has_council(K.THI_TRAN)
    with pytest.raises(ug.UnitAbolishedError):
        ug.regime_for(K.THI_TRAN, on=D(2025, 7, 1), city=HN)


# ---- Catalogue dates (``ends`` is the first day without effect) ------------------------

UNSTATED = object()  # the reference gives no such date: not checked

DATES = [
    # (ref, identifier, signed, effective, ends)
    ("NAT-1", LAW77, D(2015, 6, 19), D(2016, 1, 1), D(2025, 3, 1)),   # 4.9: replaced by 65/2025
    ("NAT-1", "21/2017/QH14", UNSTATED, D(2019, 1, 1), UNSTATED),
    ("NAT-1", "47/2019/QH14", D(2019, 11, 22), D(2020, 7, 1), UNSTATED),
    ("NAT-1", "96/2023/QH15", UNSTATED, D(2023, 7, 1), UNSTATED),
    ("4.9/END-3", "65/2025/QH15", D(2025, 2, 19), D(2025, 3, 1), D(2025, 6, 16)),
    ("END-3/4.10", LAW72, D(2025, 6, 16), D(2025, 6, 16), None),
    # 4A; ends 2026-07-01, replaced by Luật Thủ đô 02/2026 (2025–2026 reference, 6, medium).
    ("4A", CAPITAL, D(2024, 6, 28), D(2025, 1, 1), D(2026, 7, 1)),
    ("4.2", "25/2012/QH13", UNSTATED, UNSTATED, D(2025, 1, 1)),
    ("4.2", "115/2020/QH14", UNSTATED, UNSTATED, D(2025, 1, 1)),
    ("4.2", "160/2021/QH14", UNSTATED, UNSTATED, D(2025, 1, 1)),
    # 4a.1: passed 2019-11-27, in force 2021-01-01 (medium), last day 2024-12-31 (4.2).
    ("4a.0/4a.1", NQ97, D(2019, 11, 27), D(2021, 1, 1), D(2025, 1, 1)),
    # 4a.2: signed and in force 2021-03-29; end 2025-01-01 (medium).
    ("4a.2", ND32, D(2021, 3, 29), D(2021, 3, 29), D(2025, 1, 1)),
    ("4B", ND169, D(2024, 12, 27), D(2025, 1, 1), None),
    # HCM-5, 4b.0: no formal end of NQ 131 was found then; the 2025–2026 reference (6, R5)
    # found it: repealed in full by Luật 72/2025 Điều 52 k.3 a, from 2025-06-16.
    ("HCM-5", NQ131, D(2020, 11, 16), D(2021, 1, 1), D(2025, 6, 16)),
    # 4b.0: NĐ 33 in force "commonly reported as the signing date" (medium).
    ("4b.0", ND33, D(2021, 3, 29), D(2021, 3, 29), UNSTATED),
    ("HCM-26", "1111/NQ-UBTVQH14", D(2020, 12, 9), D(2021, 1, 1), UNSTATED),
    # 4b.0: NQ 119 in force not confirmed; replaced by NQ 136 (regime to 2024-12-31, part 1).
    ("4b.0", NQ119, D(2020, 6, 19), UNSTATED, D(2025, 1, 1)),
    ("4b.0", ND34, D(2021, 3, 29), UNSTATED, D(2025, 1, 1)),
    ("4b.0", NQ136, D(2024, 6, 26), UNSTATED, UNSTATED),
    ("4b.0", ND170, UNSTATED, D(2025, 1, 1), UNSTATED),
    ("NAT-4", ND08, UNSTATED, D(2016, 3, 10), UNSTATED),
    ("4a.0", ND69, UNSTATED, D(2020, 7, 1), UNSTATED),
    # NAT-10: dated 2015-02-16; the in-force date 2015-04-10 is low (not checked).
    ("NAT-10", ND23, D(2015, 2, 16), UNSTATED, UNSTATED),
    ("NAT-12", ND280, D(2025, 10, 27), D(2025, 11, 1), UNSTATED),
    ("NAT-13", "33/2023/NĐ-CP", D(2023, 6, 10), D(2023, 8, 1), UNSTATED),
    ("NAT-5/T10", "300/2025/NĐ-CP", D(2025, 11, 17), D(2025, 11, 17), UNSTATED),
    ("NAT-9", "307/2025/NĐ-CP", UNSTATED, D(2025, 11, 27), UNSTATED),
    ("NAT-6", "1211/2016/UBTVQH13", D(2016, 5, 25), D(2016, 5, 25), UNSTATED),
    ("NAT-6", "27/2022/UBTVQH15", D(2022, 9, 21), D(2023, 1, 1), UNSTATED),
    ("NAT-6", "19/2022/VBHN-VPQH", D(2022, 12, 29), UNSTATED, UNSTATED),
    ("END-2", "202/2025/QH15", D(2025, 6, 12), D(2025, 6, 12), UNSTATED),
    ("END-1", "203/2025/QH15", D(2025, 6, 16), D(2025, 6, 16), UNSTATED),
    # 4.13 said "effective 01/07/2025"; NQ 1656 Điều 2 k.1 (and the 2025–2026 reference T4):
    # in force on adoption, 16/06/2025; the new units operate from 01/07/2025 (k.2).
    ("4.13/T4", "1656/NQ-UBTVQH15", D(2025, 6, 16), D(2025, 6, 16), UNSTATED),
    ("END-2", "1659/NQ-UBTVQH15", UNSTATED, D(2025, 6, 16), UNSTATED),
    ("END-5", "375/NQ-CP", D(2025, 11, 20), UNSTATED, UNSTATED),
    ("3.2", "2696/QĐ-UBND", D(2021, 6, 21), UNSTATED, UNSTATED),
    ("seed 000", "100/KH-UBND", D(2021, 4, 12), UNSTATED, UNSTATED),
    ("seed 000", "114/KH-UBND", D(2021, 4, 19), UNSTATED, UNSTATED),
    ("seed 002", "1184/UBND-NC", D(2021, 4, 22), UNSTATED, UNSTATED),
    ("3.3", "2388/SNV-CCVTLT", D(2021, 6, 23), UNSTATED, UNSTATED),
    ("END-4", "167/KL/TW", D(2025, 6, 13), UNSTATED, UNSTATED),
]


@pytest.mark.parametrize(("ref", "identifier", "signed", "effective", "ends"), DATES,
                         ids=[f"{d[0]}:{d[1]}" for d in DATES])
def test_catalogue_dates(ref: str, identifier: str, signed: object, effective: object,
                         ends: object) -> None:
    instrument = ug.catalogue().get(identifier)
    for name, expected in (("signed", signed), ("effective", effective), ("ends", ends)):
        if expected is not UNSTATED:
            assert getattr(instrument, name) == expected, (identifier, name)


def test_pilot_instruments_end_when_their_regimes_do() -> None:
    # 4a Suggested encodings: NQ97_END = ND32_END = 2024-12-31 (inclusive).
    cat = ug.catalogue()
    for identifier in (NQ97, ND32):
        inst = cat.get(identifier)
        assert inst.in_force(D(2024, 12, 31))
        assert not inst.in_force(D(2025, 1, 1))
    assert cat.get("65/2025/QH15").in_force(D(2025, 6, 15))  # END-3
    assert not cat.get("65/2025/QH15").in_force(D(2025, 6, 16))


# ---- Low-confidence items are documented, never enforced --------------------------------


def test_no_low_confidence_answer_is_enforced() -> None:
    for regime in regimes():
        for fact, kind, cited in regime.rows():
            assert cited.confidence in (HIGH, MEDIUM), (regime.key, fact, kind)
    for rule in ug.rules():
        for regime, _provision, confidence in rule.provisions():
            assert confidence in (HIGH, MEDIUM), (rule.code, regime.key)


def test_low_items_are_not_encoded() -> None:
    # NAT-8 (class thresholds 75/50), 4.14 (Hà Nội not merged), HCM-25 (questioning),
    # 4.7 (nine civil servants per ward, medium but article unverified: not a fact),
    # 3.1/3.3 contents (KH 100, CV 1184): none is a Fact the regimes answer.
    slugs = {f.value for f in Fact}
    assert not {"class_threshold", "questioning", "max_civil_servants", "merged"} & slugs


# ---- who_may: who signs, certifies and appoints (NAT-10, 2.11, HCM-19/20, NAT-12, 2.7) ---


LONG_AGO = D(2010, 1, 1)


def _official(name: str, post: Post, start: dt.date, by: Authority,
              elected: bool = False, **kw: Any) -> Official:
    method = AppointmentMethod.ELECTED if elected else AppointmentMethod.APPOINTED
    return Official(name, post, Period(start), Appointment(by, "1/QĐ", start, method=method),
                    **kw)


def _ward(city: str, start: dt.date, by: Authority, *, elected: bool = False,
          in_field_since: dt.date = LONG_AGO, delegated: frozenset[Act] | None = None,
          ) -> Ward:
    officials = (
        _official("Chủ tịch", Post.CHAIR, start, by, elected),
        _official("Phó Chủ tịch", Post.VICE_CHAIR, start, by, elected),
        Official("Tư pháp", Post.TU_PHAP_HO_TICH, Period(LONG_AGO),
                 in_field_since=in_field_since),
    )
    delegations = () if delegated is None else (
        Delegation("Chủ tịch", "Tư pháp", delegated,
                   Period.through(start + dt.timedelta(days=10),
                                  start + dt.timedelta(days=200)), "9/QĐ-UBND"),)
    return Ward(name="Thử", code="99999", city=city, officials=officials,
                delegations=delegations)


def _who(answer: ug.Answer) -> dict[str, Basis]:
    return {g.official.name: g.basis for g in answer}


ALL_CERTIFICATIONS = [a for a in Act if a.is_certification]


@pytest.mark.parametrize("act", ALL_CERTIFICATIONS, ids=lambda a: a.value)
def test_ordinary_ward_chair_or_vice_chair_signs_every_certification(act: Act) -> None:
    # NAT-10: NĐ 23/2015 Điều 5 k.2 — the eight acts; the Chair or a Vice-Chair signs.
    ward = _ward("31", D(2016, 7, 1), Authority.OWN_COUNCIL, elected=True)
    answer = ug.who_may(act, ward, on=D(2019, 3, 1))
    assert _who(answer) == {"Chủ tịch": Basis.OWN_POWER, "Phó Chủ tịch": Basis.OWN_POWER}
    assert all(str(g.provision) == "khoản 2 Điều 5 Nghị định 23/2015/NĐ-CP" for g in answer)


@pytest.mark.parametrize(("city", "ref", "provision"), [
    (HN, "2.11", "khoản 3 Điều 7 Nghị định 32/2021/NĐ-CP"),
    (HCM, "HCM-19", "khoản 3 Điều 18 Nghị định 33/2021/NĐ-CP"),
])
@pytest.mark.parametrize("act", ALL_CERTIFICATIONS, ids=lambda a: a.value)
def test_only_copies_and_signatures_may_be_delegated(city: str, ref: str, provision: str,
                                                      act: Act) -> None:
    # 2.11, HCM-19, NAT-10/NAT-11: only the first two acts are delegable to Tư pháp–Hộ tịch.
    ward = _ward(city, D(2021, 7, 1), Authority.PARENT_CHAIR, delegated=COPY_AND_SIGNATURE)
    answer = ug.who_may(act, ward, on=D(2021, 9, 1))
    expected = {"Chủ tịch": Basis.OWN_POWER, "Phó Chủ tịch": Basis.OWN_POWER}
    if act in COPY_AND_SIGNATURE:
        expected["Tư pháp"] = Basis.DELEGATION
        grant = next(g for g in answer if g.basis is Basis.DELEGATION)
        assert str(grant.provision) == provision
    assert _who(answer) == expected


@pytest.mark.parametrize(("years", "granted"), [(2, False), (3, True), (5, True)])
def test_hcmc_delegate_needs_three_years_in_the_field(years: int, granted: bool) -> None:
    # HCM-20: NĐ 33 Điều 18 k.3 — at least 3 years in the field when delegated (the
    # delegation below runs from 2021-07-11).
    day, delegated = D(2021, 9, 1), D(2021, 7, 11)
    since = D(delegated.year - years, delegated.month, delegated.day)
    ward = _ward(HCM, D(2021, 7, 1), Authority.PARENT_CHAIR, in_field_since=since,
                 delegated=frozenset({Act.CERTIFY_COPY}))
    answer = ug.who_may(Act.CERTIFY_COPY, ward, on=day)
    assert ("Tư pháp" in _who(answer)) is granted


def test_hanoi_delegate_needs_no_three_years() -> None:
    # 2.11 (Hà Nội): no experience condition; HCM-20 is HCMC's alone.
    ward = _ward(HN, D(2021, 7, 1), Authority.PARENT_CHAIR, in_field_since=D(2021, 1, 1),
                 delegated=frozenset({Act.CERTIFY_COPY}))
    assert _who(ug.who_may(Act.CERTIFY_COPY, ward, on=D(2021, 9, 1)))["Tư pháp"] \
        is Basis.DELEGATION


def test_danang_wards_have_no_certification_delegation() -> None:
    # Part 2: Đà Nẵng certification delegation "(not confirmed)": nothing delegated counts.
    ward = _ward(DN, D(2021, 7, 1), Authority.PARENT_CHAIR,
                 delegated=frozenset({Act.CERTIFY_COPY}))
    assert _who(ug.who_may(Act.CERTIFY_COPY, ward, on=D(2021, 9, 1))) == {
        "Chủ tịch": Basis.OWN_POWER, "Phó Chủ tịch": Basis.OWN_POWER}


@pytest.mark.parametrize(("day", "signers"), [
    (ND280_EVE, {"Chủ tịch", "Phó Chủ tịch"}),   # NAT-10 (NĐ 23/2015 Điều 5 k.2)
    (ND280_FIRST, {"Chủ tịch"}),                 # NAT-12 (NĐ 280/2025, from 2025-11-01)
])
def test_nd_280_2025_from_november_2025(day: dt.date, signers: set[str]) -> None:
    ward = _ward(HN, D(2025, 7, 1), Authority.OWN_COUNCIL, elected=True)
    assert set(_who(ug.who_may(Act.CERTIFY_COPY, ward, on=day))) == signers


@pytest.mark.parametrize(("city", "ref"), [(HN, "2.7"), (HCM, "HCM-7"), (DN, "DN-8")])
@pytest.mark.parametrize("act", [Act.APPOINT_WARD_CHAIR, Act.APPOINT_WARD_VICE_CHAIR,
                                 Act.DISMISS_WARD_CHAIR, Act.DISMISS_WARD_VICE_CHAIR])
def test_the_district_chair_appoints_ward_leaders(city: str, ref: str, act: Act) -> None:
    ward = _ward(city, D(2021, 7, 1), Authority.PARENT_CHAIR)
    by = Authority.OWN_COUNCIL if city == HN else Authority.CITY_CHAIR  # 2/HN-quận, HCM-6
    district = District(name="Một", code="999", city=city, wards=(ward,), officials=(
        _official("Chủ tịch quận", Post.CHAIR, D(2021, 7, 1), by, elected=city == HN),))
    answer = ug.who_may(act, district, on=D(2022, 7, 1), ward="Thử")
    assert [g.official.name for g in answer] == ["Chủ tịch quận"]


def test_ordinary_and_two_tier_ward_leaders_are_elected_not_appointed() -> None:
    # Part 2 (ordinary), END-4: the ward's own HĐND elects; no single official appoints.
    for city, day in (("31", D(2019, 3, 1)), (HN, D(2025, 9, 1))):
        ward = _ward(city, D(2016, 7, 1), Authority.OWN_COUNCIL, elected=True)
        answer = ug.who_may(Act.APPOINT_WARD_CHAIR, ward, on=day)
        assert not answer
        assert any("People's Council" in r for r in answer.reasons)


def test_the_ward_chair_issues_working_rules_and_holds_dialogues() -> None:
    # 3.2 (working rules from QĐ 2696), 2.13 (≥2 dialogues a year), Hà Nội pilot.
    ward = _ward(HN, D(2021, 7, 1), Authority.PARENT_CHAIR)
    for act in (Act.ISSUE_WORKING_RULES, Act.HOLD_DIALOGUE):
        assert list(_who(ug.who_may(act, ward, on=D(2021, 9, 1)))) == ["Chủ tịch"]
    dialogue = ug.who_may(Act.HOLD_DIALOGUE, ward, on=D(2021, 9, 1))
    assert any("at least 2 a year" in n for g in dialogue for n in g.notes)


def test_head_of_agency_chair_decides_but_a_collective_committee_does() -> None:
    # 1.8 / HCM-15 (head of agency, after collective discussion: HCM-16) vs NAT-3.
    hcm = _ward(HCM, D(2021, 7, 1), Authority.PARENT_CHAIR)
    answer = ug.who_may(Act.DECIDE_COMMITTEE_MATTER, hcm, on=D(2021, 9, 1))
    assert list(_who(answer)) == ["Chủ tịch"]
    assert any("collectively" in n for g in answer for n in g.notes)
    ordinary = _ward("31", D(2016, 7, 1), Authority.OWN_COUNCIL, elected=True)
    assert not ug.who_may(Act.DECIDE_COMMITTEE_MATTER, ordinary, on=D(2019, 3, 1))
