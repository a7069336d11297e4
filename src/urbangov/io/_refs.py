"""Reading a ref on the file's day: the bundled units of its as_of, what a ref to a unit
of another day was or became, and the class the bundled data knows on that day."""

from __future__ import annotations

import datetime as dt
from typing import Any

from urbangov.io._problems import message
from urbangov.terms import UnitClass

__all__ = ["absent", "class_on", "not_in_force", "on_day", "reform", "units_day"]


#: The basis of the bundled class of Hà Nội and TP HCM (đặc biệt): Luật Tổ chức chính
#: quyền địa phương 77/2015/QH13 Điều 3 k.3, whose days in force the catalogue holds
#: (2016-01-01 until Luật 65/2025/QH15 replaced it on 2025-03-01, legal reference 4.9).
#: Later laws' classes are not in the reference, so a file of a later day gets no class
#: from the bundled data (it may state one).
_CLASS_BASIS = "77/2015/QH13"

#: The level the units over time give each unit table.
_LEVELS = {"city": "province", "district": "district", "ward": "commune"}

#: How long a GSO code of each table is (a ref of these digits is a code).
_CODE_LENGTHS = {"city": 2, "district": 3, "ward": 5}


def units_day(as_of: dt.date | None) -> dt.date | None:
    """The day a ref is read on: the file's as_of; the first day the units over time
    describe (2021-11-01) for an earlier as_of; None (the 2025-06-30 snapshot) for a file
    without a readable as_of, which is refused anyway."""
    if as_of is None:
        return None
    from urbangov import units

    return max(as_of, units.coverage().start)


def reform() -> dt.date:
    """The day the district level ended (2025-07-01), read when first needed."""
    from urbangov import units

    return units.REFORM


def on_day(day: dt.date | None, as_of: dt.date | None = None) -> str:
    """" on <day>" for a message, saying so when the file's as_of is earlier."""
    if day is None:
        return ""
    if as_of is None or as_of == day:
        return f" on {day.isoformat()}"
    return (f" on {day.isoformat()} (the first day the bundled units describe; the file's "
            f"as_of is {as_of.isoformat()})")


def not_in_force(exc: LookupError) -> bool:
    """Whether *exc* says a unit did not exist on the day asked about."""
    from urbangov import units

    return isinstance(exc, units.UnitNotInForceError)


def absent(ref: str, type_name: str, scope: Any, city: Any,
            day: dt.date | None) -> str | None:
    """Why *ref* names no unit on *day*, when it names one that did not exist that day
    (what it was or became, from :mod:`urbangov.units`), else None."""
    if day is None:
        return None
    import warnings

    from urbangov import units
    from urbangov.terms import Level

    try:
        with warnings.catch_warnings():  # only a message is sought here
            warnings.simplefilter("ignore")
            if ref.isdigit() and len(ref) == _CODE_LENGTHS[type_name]:
                gone = units.absence(ref, day)
                return None if gone is None else message(gone)
            parents = [] if type_name == "city" else (
                [scope.full_name] if scope is not city else []) + [city.full_name]
            units.unit(", ".join([ref, *parents]), day, level=Level(_LEVELS[type_name]))
    except units.UnitNotInForceError as exc:
        return message(exc)
    except (LookupError, ValueError):
        return None
    return None  # the name is another day's name of a unit that did exist


def class_on(unit: Any, type_name: str, day: dt.date | None) -> UnitClass:
    """The class the bundled data knows for *unit* on *day*: the units over time record
    none; the snapshot's class of a city holds while its basis was in force."""
    if day is None or unit.unit_class is not UnitClass.UNKNOWN:
        return UnitClass(unit.unit_class)
    from urbangov import data
    from urbangov.law import catalogue

    if type_name != "city" or not catalogue().get(_CLASS_BASIS).in_force(day):
        return UnitClass.UNKNOWN

    held = {c.code: c.unit_class for c in data.cities()}
    return held.get(unit.code, UnitClass.UNKNOWN)
