"""Errors and warnings of :mod:`urbangov.units`: no answer about a unit on a day it did
not exist."""

from __future__ import annotations

import datetime as dt
from typing import Any

from urbangov._lookup import UnitLookupError
from urbangov.units._model import Link, Unit

__all__ = ["CoverageWarning", "OutsideCoverageError", "UnitNotInForceError"]


class UnitNotInForceError(UnitLookupError):
    """The unit asked for did not exist on the day asked (không tồn tại vào ngày đó).

    The message names the day it began or ceased and, when it ceased, its successors
    with the provision of each ("khoản 41 Điều 1 Nghị quyết 1656/NQ-UBTVQH15").

    Attributes:
        unit: the unit that was found, at another time.
        day: the day asked.
        began: the day the unit began, if it began after *day*.
        ceased: the first day it no longer existed, if it ceased on or before *day*.
        successors: the links to the units it went into (empty if it had not ceased,
            or if the sources do not say).
        predecessors: the links from the units it was formed from, if it began later.
    """

    __module__ = "urbangov.units"

    def __init__(self, message: str, query: str | int, unit: Unit, day: dt.date,
                 successors: tuple[Link, ...] = (), predecessors: tuple[Link, ...] = ()) -> None:
        super().__init__(message, query)
        self.unit = unit
        self.day = day
        self.successors = tuple(successors)
        self.predecessors = tuple(predecessors)
        end, start = unit.end, unit.start
        self.ceased = end if end is not None and end <= day else None
        self.began = start if start is not None and day < start else None

    def _extra(self) -> tuple[Any, ...]:
        return (self.unit, self.day, self.successors, self.predecessors)


class OutsideCoverageError(UnitLookupError):
    """The day asked is before 2021-11-01, the first day of the bundled unit data.

    Pass ``strict=False`` to get the units of 2021-11-01 instead, with a
    :class:`CoverageWarning` that says so.
    """

    __module__ = "urbangov.units"


class CoverageWarning(UserWarning):
    """An answer about units that the bundled data may not fully cover, and why."""

    __module__ = "urbangov.units"
