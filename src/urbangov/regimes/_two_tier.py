"""The two-tier local government from 2025-07-01 (Luật 72/2025/QH15, NQ 203/2025/QH15)."""

from __future__ import annotations

import datetime as dt

from urbangov.law import catalogue
from urbangov.regimes._model import Fact, Regime
from urbangov.regimes._rows import (
    DISTRICT_KINDS,
    HIGH,
    MEDIUM,
    WARD_POSTS,
    K,
    at,
    facts,
    table,
)
from urbangov.terms import Authority, DecisionMode, Post
from urbangov.time import Period

_LAW = "72/2025/QH15"
_KINDS = (K.THANH_PHO, K.PHUONG, K.XA)
_COMMUNES = (K.PHUONG, K.XA)
_GONE = (*DISTRICT_KINDS, K.THI_TRAN)
_END_NOTE = ("District-level People's Councils and Committees ended on 2025-07-01 "
             "(final provisions, probably Điều 51; the article number is medium). "
             "NQ 203/2025/QH15 Art. 2(2) says the same.")
_APPOINTED = (Authority.OWN_COUNCIL, Authority.CITY_COUNCIL_STANDING)
_APPOINTED_NOTE = ("Elected by the unit's People's Council; in units formed by the 2025 "
                   "mergers the Standing Committee of the city People's Council designated "
                   "the first leaders (NQ 203/2025/QH15 Art. 2(3)). Both are accepted.")


def _two_tier(key: str, name: str, period: Period, certifiers: frozenset[Post],
              certifiers_by: str, certifiers_at: tuple[int] | tuple[int, int]) -> Regime:
    return Regime(
        key=key, name=name,
        vietnamese="Chính quyền địa phương hai cấp",
        city=None, period=period,
        instruments=tuple(catalogue().get(i) for i in (
            _LAW, "203/2025/QH15", "202/2025/QH15", "1656/NQ-UBTVQH15", "1659/NQ-UBTVQH15",
            certifiers_by)),
        facts=table(
            facts(Fact.UNIT_EXISTS, _GONE, False, at(_LAW, 51), MEDIUM, _END_NOTE),
            facts(Fact.UNIT_EXISTS, _KINDS, True, at(_LAW)),
            facts(Fact.HAS_COUNCIL, _KINDS, True, at(_LAW), HIGH,
                  "Former pilot wards may have a provisional council (HĐND lâm thời) with "
                  "at least a third of the statutory seats until the 2021–2026 term ends."),
            facts(Fact.DECISION_MODE, _COMMUNES, DecisionMode.COLLECTIVE, at(_LAW, 40, 2),
                  HIGH, "The Chairman decides other matters on the committee's behalf and "
                        "reports at its next meeting."),
            facts(Fact.DECISION_MODE, (K.THANH_PHO,), DecisionMode.COLLECTIVE, at(_LAW), MEDIUM,
                  "The city People's Committee decides listed matters collectively; "
                  "article not confirmed."),
            facts(Fact.CHAIR_APPOINTED_BY, _COMMUNES, _APPOINTED, at(_LAW), HIGH,
                  _APPOINTED_NOTE),
            facts(Fact.VICE_CHAIR_APPOINTED_BY, _COMMUNES, _APPOINTED, at(_LAW), HIGH,
                  _APPOINTED_NOTE),
            facts(Fact.COMMITTEE_POSTS, _COMMUNES, WARD_POSTS | {Post.MEMBER}, at(_LAW),
                  MEDIUM, "Chairman, Vice-Chairmen, members and the commune civil-servant "
                          "posts; article not confirmed."),
            facts(Fact.CERTIFIERS, _COMMUNES, certifiers, at(certifiers_by, *certifiers_at)),
        ),
        summary="No district level at all: the city and its wards and communes each have "
                "a People's Council and a People's Committee. Quận, thị xã, huyện, "
                "thành phố thuộc thành phố and thị trấn no longer exist.",
    )


TWO_TIER = _two_tier(
    "two-tier-2025", "Two-tier local government",
    Period(dt.date(2025, 7, 1), dt.date(2025, 11, 1)),
    frozenset({Post.CHAIR, Post.VICE_CHAIR}), "23/2015/NĐ-CP", (5, 2))

TWO_TIER_NOV_2025 = _two_tier(
    "two-tier-2025-11", "Two-tier local government (certification per NĐ 280/2025)",
    Period(dt.date(2025, 11, 1)),
    frozenset({Post.CHAIR}), "280/2025/NĐ-CP", (1,))
