"""TP Hồ Chí Minh: urban government under NQ 131/2020/QH14 and NĐ 33/2021/NĐ-CP."""

from __future__ import annotations

import datetime as dt

from urbangov.law import Confidence, Provision, catalogue
from urbangov.regimes._model import Cited, Fact, Regime
from urbangov.regimes._rows import (
    DISTRICT_CAPS,
    HIGH,
    LAW_DAYS,
    MEDIUM,
    WARD_CAPS_2021,
    WARD_CAPS_NOTE,
    WARD_POSTS,
    K,
    at,
    delegation_rows,
    district_rows,
    facts,
    general_law,
    ordinary_district,
    pilot_terms,
    split,
    table,
    urban_ward_rows,
)
from urbangov.terms import Authority, DecisionMode, Level, Post
from urbangov.time import Period

_NQ131 = "131/2020/QH14"
_ND33 = "33/2021/NĐ-CP"
_L72 = "72/2025/QH15"
_WARDS = (K.PHUONG,)

_PERIOD = Period(dt.date(2021, 7, 1), dt.date(2025, 7, 1))
#: The first piece keeps the key; later ones (a new general law) add their first day.
_KEYS = {dt.date(2021, 7, 1): ("hcmc-urban", ""),
         dt.date(2025, 3, 1): ("hcmc-urban-2025-03", " (Luật 65/2025/QH15)"),
         dt.date(2025, 6, 16): ("hcmc-urban-2025-06-16", " (NQ 131 repealed, until the "
                                                         "district level ended)")}
_ANALOGY = "By analogy with the ward article (NĐ 33 Điều 18) and Đà Nẵng."
#: Where the quận's own answers stand: NQ 131/2020 while in force; from its repeal on
#: 2025-06-16 (Luật 72/2025 Điều 52 k.3 a) the clause that kept the district level
#: working until 2025-07-01 (Điều 51 k.3; docs/legal/uncertain.md).
_QUAN_BASIS: dict[str, tuple[Provision, Confidence, str | None, str]] = {
    _NQ131: (at(_NQ131), HIGH, None, _ANALOGY),
    _L72: (at(_L72, 51, 3), MEDIUM,
           "NQ 131/2020/QH14 was repealed from 2025-06-16; the quận and their committees "
           "worked on until the district level ended on 2025-07-01, still without a "
           "People's Council.",
           "NQ 131/2020/QH14 was repealed from 2025-06-16; the quận committees worked on, "
           "run by their Chairmen, until the district level ended on 2025-07-01. "
           + _ANALOGY),
}


def _quan_basis(day: dt.date) -> str:
    return _NQ131 if catalogue().get(_NQ131).in_force(day) else _L72


def _urban(period: Period) -> Regime:
    law = general_law(period.start)
    key, suffix = _KEYS[period.start]
    basis = _quan_basis(period.start)
    where, confidence, council_note, mode_note = _QUAN_BASIS[basis]
    return Regime(
        key=key,
        name="TP Hồ Chí Minh urban government" + suffix,
        vietnamese="Tổ chức chính quyền đô thị tại Thành phố Hồ Chí Minh",
        city="79",
        period=period,
        instruments=tuple(catalogue().get(i) for i in dict.fromkeys(
            (basis, _ND33, "1111/NQ-UBTVQH14", law.law))),
        facts=table(
            *urban_ward_rows(
                _WARDS,
                no_council=at(_ND33, 2, 4),
                mode=Cited(DecisionMode.HEAD_OF_AGENCY, at(_ND33, 18, 1)),
                appointed=Cited((Authority.PARENT_CHAIR,), at(_ND33, 3, 3), HIGH,
                                "The Chairman of the quận or of TP Thủ Đức."),
                caps=Cited(WARD_CAPS_2021, at(_ND33), HIGH, WARD_CAPS_NOTE),
                payroll=Cited(Level.DISTRICT, at(_ND33, 3, 1), MEDIUM,
                              "Ward officials are managed by the quận or TP Thủ Đức."),
                posts=Cited(WARD_POSTS, at(_ND33, 18, 2), MEDIUM,
                            "Inferred from the collective of Điều 18 k.2 (Chairman, "
                            "Vice-Chairmen, police chief, military commander) and the ward civil "
                            "servants; no article on the ward committee's composition seen."),
            ),
            facts(Fact.COLLECTIVE_DISCUSSION, _WARDS,
                  frozenset({Post.CHAIR, Post.VICE_CHAIR, Post.POLICE_CHIEF,
                             Post.MILITARY_COMMANDER}), at(_ND33, 18, 2), HIGH,
                  "Matters of NQ 131/2020 Điều 9 k.1–3, with other officials concerned."),
            facts(Fact.ACTING_CHAIR_ASSIGNED_BY, _WARDS, (Authority.PARENT_CHAIR,), at(_ND33),
                  MEDIUM, "HCMC People's Committee guidance of November 2021."),
            *pilot_terms(_WARDS, at(_ND33, 32)),
            *delegation_rows(_WARDS, at(_ND33, 18, 3), HIGH),
            facts(Fact.DELEGATE_MIN_YEARS, _WARDS, 3, at(_ND33, 18, 3)),
            *district_rows(
                (K.QUAN,), Cited(False, where, confidence, council_note),
                Cited(DecisionMode.HEAD_OF_AGENCY, where, MEDIUM, mode_note),
                Cited((Authority.CITY_CHAIR,), at(_ND33, 3, 2)),
                Cited(DISTRICT_CAPS, at(_ND33), MEDIUM,
                      "Class I: at most 3 (high). Classes II and III: 2, from NĐ 08/2016."),
                law,
            ),
            facts(Fact.ACTING_CHAIR_ASSIGNED_BY, (K.QUAN,), (Authority.CITY_CHAIR,), at(_ND33),
                  MEDIUM, "HCMC People's Committee guidance of November 2021."),
            *pilot_terms((K.QUAN,), at(_ND33, 32)),
            *district_rows((K.THANH_PHO_THUOC_TP,), Cited(True, at(_ND33, 2, 3)),
                           **ordinary_district(law)),
        ),
        summary="Neither quận nor phường has a People's Council; their committees are run "
                "by their Chairmen. The city Chairman appoints district Chairmen and "
                "Vice-Chairmen; the Chairman of the quận or of TP Thủ Đức appoints ward ones, "
                "for five years. TP Thủ Đức keeps its People's Council; huyện, xã and thị trấn "
                "stay ordinary.",
    )


HCMC = tuple(_urban(p) for p in split(_PERIOD, LAW_DAYS))
HCMC_URBAN = HCMC[0]
