"""Hà Nội: the urban-government pilot (2021–2024) and the Capital Law (2025)."""

from __future__ import annotations

import datetime as dt

from urbangov.law import catalogue
from urbangov.regimes._model import Cited, Fact, Regime
from urbangov.regimes._rows import (
    CIVIL_SERVANTS,
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

_ND32 = "32/2021/NĐ-CP"
_ND32_NOTE = "Article of NĐ 32/2021 not confirmed; substance confirmed by two sources."
_WARDS = (K.PHUONG,)
_DISTRICTS = (K.QUAN, K.THI_XA)

HANOI_PILOT = Regime(
    key="hanoi-pilot",
    name="Hà Nội urban-government pilot",
    vietnamese="Thí điểm mô hình chính quyền đô thị tại thành phố Hà Nội",
    city="01",
    period=Period(dt.date(2021, 7, 1), dt.date(2025, 1, 1)),
    instruments=tuple(catalogue().get(i) for i in (
        "97/2019/QH14", _ND32, "2696/QĐ-UBND", "1184/UBND-NC", "100/KH-UBND")),
    facts=table(
        *urban_ward_rows(
            _WARDS,
            no_council=at("97/2019/QH14", 1, 1, "b"),
            mode=Cited(DecisionMode.HEAD_OF_AGENCY, at(_ND32), HIGH, _ND32_NOTE),
            appointed=Cited((Authority.PARENT_CHAIR,), at(_ND32), HIGH,
                            "The Chairman of the quận or thị xã appoints, reappoints and "
                            "dismisses. " + _ND32_NOTE),
            caps=Cited(WARD_CAPS_2021, at(_ND32), HIGH, WARD_CAPS_NOTE),
            payroll=Cited(Level.DISTRICT, at(_ND32), HIGH,
                          "Ward civil servants belong to the quận/thị xã quota (average "
                          "at most 15 per ward). " + _ND32_NOTE),
            posts=Cited(WARD_POSTS, at(_ND32), HIGH, _ND32_NOTE),
        ),
        facts(Fact.ACTING_CHAIR_ASSIGNED_BY, _WARDS, (Authority.PARENT_CHAIR,), at(_ND32),
              HIGH, _ND32_NOTE),
        *pilot_terms(_WARDS, at(_ND32)),
        *delegation_rows(_WARDS, at(_ND32, 7, 3), MEDIUM,
                         "Substance confirmed by the press and by the identical NĐ 33/2021 "
                         "Điều 18 k.3; the clause is as Hà Nội letter 1184/UBND-NC cites it."),
        facts(Fact.WORKING_RULES_ISSUER, _WARDS, Post.CHAIR, at("2696/QĐ-UBND")),
        facts(Fact.WORKING_RULES_MODEL, _WARDS, catalogue().get("2696/QĐ-UBND"),
              at("2696/QĐ-UBND")),
        facts(Fact.WORKING_RULES_FROM, _WARDS, dt.date(2021, 7, 1), at("97/2019/QH14", 1, 2),
              HIGH, "The pilot, and so the ward working rules, apply from 2021-07-01."),
        facts(Fact.DIALOGUES_PER_YEAR, _WARDS, 2, at(_ND32), HIGH,
              "Before the regular sessions of the district People's Council, announced at "
              "least 7 days ahead. " + _ND32_NOTE),
        *district_rows(_DISTRICTS, Cited(True, at("97/2019/QH14", 1, 1, "a")),
                       **ordinary_district(general_law(dt.date(2021, 7, 1)))),
    ),
    summary="Wards (phường) of the 12 quận and of thị xã Sơn Tây have no People's Council; "
            "their People's Committee is a state administrative agency run by its "
            "Chairman (head-of-agency regime). The Chairman of the quận or thị xã appoints "
            "ward Chairmen and Vice-Chairmen for five years. Quận and thị xã keep their "
            "People's Councils; huyện, xã and thị trấn stay ordinary.",
)

_CAPITAL = "39/2024/QH15"
_ND169 = "169/2024/NĐ-CP"

_CAPITAL_PERIOD = Period(dt.date(2025, 1, 1), dt.date(2025, 7, 1))
#: The first piece keeps the key; later ones (a new general law) add their first day.
_CAPITAL_KEYS = {dt.date(2025, 1, 1): ("hanoi-capital-2025", ""),
                 dt.date(2025, 3, 1): ("hanoi-capital-2025-03", " (Luật 65/2025/QH15)"),
                 dt.date(2025, 6, 16): ("hanoi-capital-2025-06-16", " (Luật 72/2025/QH15)")}


def _capital(period: Period) -> Regime:
    law = general_law(period.start)
    key, suffix = _CAPITAL_KEYS[period.start]
    return Regime(
        key=key,
        name="Hà Nội under the Capital Law 2024" + suffix,
        vietnamese="Chính quyền đô thị theo Luật Thủ đô 2024",
        city="01",
        period=period,
        instruments=tuple(catalogue().get(i) for i in (_CAPITAL, _ND169, law.law)),
        facts=table(
            *urban_ward_rows(
                _WARDS,
                no_council=at(_CAPITAL, 8),
                mode=Cited(DecisionMode.HEAD_OF_AGENCY, at(_ND169, 4, 1)),
                appointed=Cited((Authority.PARENT_CHAIR,), at(_ND169), MEDIUM,
                                "As under the pilot; article not confirmed."),
                caps=Cited(WARD_CAPS_2021, at(_ND169), HIGH, WARD_CAPS_NOTE),
                payroll=Cited(Level.DISTRICT, at(_ND169), MEDIUM,
                              "As under the pilot (press reports of NĐ 169/2024); article not "
                              "confirmed."),
                posts=Cited(frozenset({Post.CHAIR, Post.VICE_CHAIR, Post.MILITARY_COMMANDER})
                            | CIVIL_SERVANTS, at(_CAPITAL, 13, 3, "a"), MEDIUM,
                            "Press lists omit the ward police chief, who advises the Chairman."),
            ),
            facts(Fact.ACTING_CHAIR_ASSIGNED_BY, _WARDS, (Authority.PARENT_CHAIR,),
                  at(_ND169, 4, 2)),
            facts(Fact.STAFF_CAP, _WARDS, 9, at(_ND169), MEDIUM,
                  "No more than nine civil servants per ward People's Committee: the "
                  "Chairman, at most two Vice-Chairmen and about six functional posts (press "
                  "reports of NĐ 169/2024; article not confirmed). Read as counting the "
                  "Chairman and Vice-Chairmen, as the press lists do; the police chief, who "
                  "advises the Chairman, is not counted."),
            facts(Fact.COLLECTIVE_DISCUSSION, _WARDS,
                  frozenset({Post.CHAIR, Post.VICE_CHAIR}) | CIVIL_SERVANTS, at(_ND169, 4, 3),
                  HIGH, "Tasks under Luật Thủ đô Điều 13 k.1 and Điều 14: the Chairman, the "
                        "Vice-Chairmen and the civil servants concerned."),
            *district_rows(_DISTRICTS, Cited(True, at(_CAPITAL, 8, 1)), **ordinary_district(law)),
        ),
        summary="From 2025-01-01 the Capital Law replaced NQ 97/2019: wards still have no "
                "People's Council; NĐ 169/2024 sets the ward committee's head-of-agency "
                "regime, with collective discussion of listed tasks before the Chairman "
                "decides, and at most nine civil servants per ward.",
    )


HANOI_CAPITAL = tuple(_capital(p) for p in split(_CAPITAL_PERIOD, LAW_DAYS))
HANOI_CAPITAL_2025 = HANOI_CAPITAL[0]
