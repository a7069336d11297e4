"""Regimes: which law governed which unit on which day, as cited data (chế độ pháp lý).

A :class:`Regime` answers the questions in :class:`Fact` per kind of unit, each answer
:class:`Cited` with its provision.  :func:`regime_for` picks the one in force for a
unit on a day: a city's own regime where it governs that kind of unit, else the
national one.

>>> import datetime as dt
>>> from urbangov.terms import UnitKind
>>> r = regime_for(UnitKind.PHUONG, on=dt.date(2022, 7, 1), city="01")
>>> r.key, r.has_council(UnitKind.PHUONG)
('hanoi-pilot', False)
>>> str(r.explain(Fact.HAS_COUNCIL, UnitKind.PHUONG).provision)
'điểm b khoản 1 Điều 1 Nghị quyết 97/2019/QH14'
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from urbangov.regimes._model import (
    APPOINTING_FACT,
    Cited,
    Fact,
    Regime,
    RegimeError,
    UnknownFactError,
    _kind,
    vice_chair_caps,
)
from urbangov.terms import UnitKind, city_code
from urbangov.time import parse_date

__all__ = [
    "APPOINTING_FACT",
    "Cited",
    "Fact",
    "Regime",
    "RegimeError",
    "UnitAbolishedError",
    "UnknownFactError",
    "regime_for",
    "regimes",
    "vice_chair_caps",
]

#: The first day any regime here covers (Luật 77/2015/QH13 took effect).
EARLIEST = dt.date(2016, 1, 1)


class UnitAbolishedError(RegimeError):
    """The kind of unit no longer exists on that day (e.g. a quận after 2025-06-30).

    Attributes:
        cited: the regime's cited answer that the unit does not exist.
    """

    def __init__(self, message: str, cited: Cited) -> None:
        super().__init__(message)
        self.cited = cited


@functools.cache
def regimes() -> tuple[Regime, ...]:
    """Every regime, city-specific ones first, then the national ones, each by date."""
    from urbangov.regimes._danang import DANANG_2025, DANANG_PILOT
    from urbangov.regimes._hanoi import HANOI_CAPITAL, HANOI_PILOT
    from urbangov.regimes._hcmc import HCMC
    from urbangov.regimes._ordinary import ORDINARY
    from urbangov.regimes._two_tier import national
    from urbangov.regimes._two_tier_cities import city_regimes

    return (HANOI_PILOT, *HANOI_CAPITAL, *HCMC, DANANG_PILOT, DANANG_2025,
            *city_regimes(), *ORDINARY, *national())


def regime_for(unit: UnitKind | Any, on: dt.date | str,
               city: str | int | None = None) -> Regime:
    """The regime in force for *unit* on day *on*.

    Args:
        unit: a unit (its ``kind`` and ``city`` are used) or a :class:`UnitKind`.
        on: the day (a date, or a text :func:`urbangov.time.parse_date` reads).
        city: the unit's city, if *unit* does not say: a GSO code ("01", 79) or the
            name of Hà Nội, Hồ Chí Minh or Đà Nẵng.

    Raises:
        RegimeError: no regime covers that day (before 2016-01-01).
        UnitAbolishedError: that kind of unit no longer existed on that day.
    """
    kind = _kind(unit)  # the library's TypeError for what is neither unit nor kind
    on = parse_date(on)
    city = city_code(city) if city is not None else getattr(unit, "city", None)
    for regime in regimes():
        if on in regime.period and regime.city in (city, None) and regime.governs(kind):
            exists = regime.fact(Fact.UNIT_EXISTS, kind)
            if exists is not None and not exists.value:
                raise UnitAbolishedError(
                    f"no {kind.vietnamese} ({kind.english}) exists on {on.isoformat()}: "
                    f"{exists.provision} no longer provides that kind of unit", exists)
            return regime
    if on < EARLIEST:
        raise RegimeError(f"{on.isoformat()} is before {EARLIEST.isoformat()}, the first day "
                          "the library's regimes cover (Luật 77/2015/QH13)")
    # A kind the tables know from a later day only (a đặc khu before 2025-07-01).
    raise RegimeError(f"no regime governs a {kind.vietnamese} of city {city} on "
                      f"{on.isoformat()}")
