"""Đà Nẵng: NQ 119/2020/QH14 with NĐ 34/2021 (2021–2024), NQ 136/2024 with NĐ 170/2024."""

from __future__ import annotations

import datetime as dt

from urbangov.law import Confidence, catalogue
from urbangov.regimes._model import Cited, Regime
from urbangov.regimes._rows import (
    DISTRICT_POSTS,
    HIGH,
    MEDIUM,
    WARD_CAPS_2021,
    WARD_CAPS_NOTE,
    WARD_POSTS,
    K,
    at,
    district_rows,
    general_law,
    pilot_terms,
    table,
    urban_ward_rows,
)
from urbangov.terms import Authority, DecisionMode, Level, UnitClass
from urbangov.time import Period

_WARDS = (K.PHUONG,)
_QUAN_CAPS = {UnitClass.I: 3, UnitClass.II: 2}


def _danang(key: str, name: str, vietnamese: str, period: Period, resolution: str,
            decree: str, *, terms: bool, decree_seen: Confidence,
            caps_at: tuple[int, int] | tuple[()], posts_seen: Confidence) -> Regime:
    """One Đà Nẵng regime; *decree_seen* is how well its decree's text was confirmed."""
    head = Cited(DecisionMode.HEAD_OF_AGENCY, at(decree), MEDIUM,
                 "Stated for the model's wards (as for its quận, DN-10); article not seen.")
    return Regime(
        key=key, name=name, vietnamese=vietnamese, city="48", period=period,
        instruments=(catalogue().get(resolution), catalogue().get(decree)),
        facts=table(
            *urban_ward_rows(
                _WARDS,
                no_council=at(resolution),
                mode=head,
                appointed=Cited((Authority.PARENT_CHAIR,), at(decree), decree_seen,
                                "The Chairman of the quận appoints and dismisses ward "
                                "Chairmen and Vice-Chairmen; article not confirmed."),
                caps=Cited(WARD_CAPS_2021, at(decree), MEDIUM, WARD_CAPS_NOTE),
                payroll=Cited(Level.DISTRICT, at(decree), decree_seen,
                              "Ward staff are civil servants of the district level; article "
                              "not confirmed."),
                posts=Cited(WARD_POSTS, at(decree), MEDIUM,
                            "Chairman, one or two Vice-Chairmen, police chief and military "
                            "commander (the draft), with the ward civil-servant posts."),
            ),
            *district_rows(
                (K.QUAN,), Cited(False, at(resolution)),
                Cited(DecisionMode.HEAD_OF_AGENCY, at(resolution), decree_seen,
                      "The district Chairman decides and answers to the city (DN-10)."),
                Cited((Authority.CITY_CHAIR,), at(decree), MEDIUM,
                      "Implied, not seen: the city Chairman appoints district leaders."),
                Cited(_QUAN_CAPS, at(resolution, *caps_at)),
                general_law(period.start),
                Cited(DISTRICT_POSTS, at(resolution, *caps_at), posts_seen,
                      "The quận committee: Chairman, Vice-Chairmen, the district military "
                      "commander and police chief, with its specialised agencies (DN-4, "
                      "DN-11)."),
            ),
            *(pilot_terms((K.QUAN, *_WARDS), at(decree, 29)) if terms else ()),
        ),
        summary="Neither quận nor phường has a People's Council; their committees are run "
                "by their Chairmen, appointed by the level above. Huyện Hòa Vang and its "
                "communes stay ordinary; the island district Hoàng Sa has no communes.",
    )


DANANG_PILOT = _danang(
    "danang-pilot", "Đà Nẵng urban-government pilot",
    "Thí điểm mô hình chính quyền đô thị tại thành phố Đà Nẵng",
    Period(dt.date(2021, 7, 1), dt.date(2025, 1, 1)), "119/2020/QH14", "34/2021/NĐ-CP",
    terms=True, decree_seen=MEDIUM, caps_at=(), posts_seen=MEDIUM)

DANANG_2025 = _danang(
    "danang-2025", "Đà Nẵng urban government under NQ 136/2024",
    "Tổ chức chính quyền đô thị tại thành phố Đà Nẵng theo Nghị quyết 136/2024/QH15",
    Period(dt.date(2025, 1, 1), dt.date(2025, 7, 1)), "136/2024/QH15", "170/2024/NĐ-CP",
    terms=False, decree_seen=HIGH, caps_at=(7, 1), posts_seen=HIGH)
