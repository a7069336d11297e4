"""Time: half-open date periods and Vietnamese date forms (thời gian, thời hạn).

The law speaks of periods ("from 01/7/2021 until the National Assembly ends the
pilot") and of terms ("05 năm cho mỗi lần bổ nhiệm").  A :class:`Period` is the
half-open interval ``[start, end)``: ``end`` is the first day *outside* it, or
``None`` while it is open.  A regime whose last day is 2024-12-31 therefore has
``end=date(2025, 1, 1)``.

>>> from datetime import date
>>> p = Period(date(2021, 7, 1), date(2025, 1, 1))
>>> date(2024, 12, 31) in p, date(2025, 1, 1) in p
(True, False)
>>> parse_date("ngày 29 tháng 3 năm 2021")
datetime.date(2021, 3, 29)
>>> add_years(date(2021, 7, 1), 5)
datetime.date(2026, 7, 1)

**The range of dates.**  urbangov accepts days from :data:`MIN_DATE` (1900-01-01) to
:data:`MAX_DATE` (2200-12-31) anywhere a date enters it: :func:`parse_date`, both ends
of a :class:`Period` (so its last day is at most 2200-12-30) and :func:`add_years`.
The range holds every date the law of local government can name and leaves centuries
of room to Python's own range (years 1–9999), so the year arithmetic of terms and
tenures never overflows.  A day outside it raises
:class:`DateRangeError`.

>>> parse_date("1/1/9999")  # doctest: +ELLIPSIS
Traceback (most recent call last):
    ...
urbangov.time.DateRangeError: '1/1/9999' is outside the dates urbangov accepts (1900-01-01 ...)
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

import attrs

from urbangov._text import fold

__all__ = [
    "MAX_DATE",
    "MIN_DATE",
    "DateParseError",
    "DateRangeError",
    "Period",
    "add_years",
    "check_date",
    "parse_date",
    "years_between",
]

#: The first day urbangov accepts anywhere (ngày sớm nhất).
MIN_DATE = dt.date(1900, 1, 1)
#: The last day urbangov accepts anywhere (ngày muộn nhất), a period's end included.
MAX_DATE = dt.date(2200, 12, 31)
# add_years shifts by at most the range's span, so from a day in range it stays within
# years 1599-2502: far inside Python's 1-9999.
_MAX_SHIFT = MAX_DATE.year - MIN_DATE.year + 1


class DateParseError(ValueError):
    """A text is not a date in a form this library reads."""


class DateRangeError(DateParseError):
    """A date outside the range urbangov accepts (:data:`MIN_DATE` to :data:`MAX_DATE`)."""


def _range_message(shown: str) -> str:
    return (f"{shown} is outside the dates urbangov accepts ({MIN_DATE.isoformat()} to "
            f"{MAX_DATE.isoformat()})")


def check_date(day: dt.date, what: str = "date") -> dt.date:
    """*day* itself if it lies in the accepted range, else :class:`DateRangeError`.

    *what* names the value in the message.

    >>> check_date(dt.date(2021, 7, 1))
    datetime.date(2021, 7, 1)
    """
    if not MIN_DATE <= day <= MAX_DATE:
        raise DateRangeError(_range_message(f"{what} {day.isoformat()}"))
    return day


def _in_range(_inst: Any, attribute: Any, value: Any) -> None:
    if isinstance(value, dt.date):
        check_date(value, f"period {attribute.name}")


def _check_order(instance: Period, attribute: Any, end: Any) -> None:
    if isinstance(end, dt.date) and end <= instance.start:
        raise ValueError(f"period end {end.isoformat()} is not after its start "
                         f"{instance.start.isoformat()}")


def _is_date(_inst: Any, attribute: Any, value: Any) -> None:
    # datetime is a date subclass, but a period of instants is a different idea.
    if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
        raise TypeError(f"{attribute.name} must be a datetime.date, got {value!r}")


def _start_ok(inst: Any, attribute: Any, value: Any) -> None:
    # One function per field, not attrs' and_(): a period is built for every tenure.
    if value.__class__ is dt.date and MIN_DATE <= value <= MAX_DATE:
        return  # the usual case, decided at once; the checks below say what is wrong
    _is_date(inst, attribute, value)
    _in_range(inst, attribute, value)


def _end_ok(inst: Any, attribute: Any, value: Any) -> None:
    if value is None or (value.__class__ is dt.date and inst.start < value <= MAX_DATE):
        return
    _is_date(inst, attribute, value)
    _in_range(inst, attribute, value)
    _check_order(inst, attribute, value)


@attrs.frozen(order=False)
class Period:
    """A half-open interval of days ``[start, end)``; ``end=None`` is open-ended.

    Attributes:
        start: the first day in the period.
        end: the first day after the period, or ``None`` if it has not ended.
    """

    start: dt.date = attrs.field(validator=_start_ok)
    end: dt.date | None = attrs.field(default=None, validator=_end_ok)

    @classmethod
    def through(cls, first: dt.date, last: dt.date | None) -> Period:
        """The period from *first* to *last*, both days included."""
        if last is None:
            return cls(first, None)
        _is_date(None, attrs.fields(cls).end, last)
        if last >= MAX_DATE:  # its end, the day after, would be past the range
            raise DateRangeError(_range_message(f"a period's last day {last.isoformat()} "
                                                "(its end is the day after)"))
        return cls(first, last + dt.timedelta(days=1))

    @property
    def last(self) -> dt.date | None:
        """The last day in the period (inclusive), or ``None`` if open."""
        return None if self.end is None else self.end - dt.timedelta(days=1)

    def __contains__(self, day: object) -> bool:
        try:  # cheaper than a type test first; a date-time or any other value is no day
            return self.start <= day and (self.end is None or day < self.end)  # type: ignore[operator]
        except TypeError:
            return False

    def contains(self, day: dt.date) -> bool:
        """Whether *day* falls within the period."""
        return day in self

    def overlaps(self, other: Period) -> bool:
        """Whether the two periods share at least one day."""
        starts_before_other_ends = other.end is None or self.start < other.end
        ends_after_other_starts = self.end is None or other.start < self.end
        return starts_before_other_ends and ends_after_other_starts

    def covers(self, other: Period) -> bool:
        """Whether every day of *other* is in this period."""
        if other.start < self.start:
            return False
        if self.end is None:
            return True
        return other.end is not None and other.end <= self.end

    def __str__(self) -> str:
        last = self.last
        return f"{self.start.isoformat()} → {'…' if last is None else last.isoformat()}"


def add_years(day: dt.date, years: int) -> dt.date:
    """*day* plus *years* calendar years (29 February falls back to the 28th).

    The same answer as ``day + relativedelta(years=years)``, without its cost on the
    validation hot path.

    Raises:
        DateRangeError: *day* is outside the accepted range, or *years* shifts by more
            than the range's span (301 years), so that the answer is always a real day.
    """
    if day.__class__ is dt.date and years.__class__ is int:
        return _shifted(day, years)  # the rules ask for the same few terms again and again
    return _add_years(day, years)


def _add_years(day: dt.date, years: int) -> dt.date:
    check_date(day)
    if isinstance(years, bool) or not isinstance(years, int):
        raise TypeError(f"years must be a whole number, got {years!r}")
    if abs(years) > _MAX_SHIFT:
        raise DateRangeError(f"a shift of {years} years is more than the {_MAX_SHIFT} "
                             "years of the dates urbangov accepts")
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a common year
        return day.replace(year=day.year + years, day=28)


_shifted = functools.lru_cache(maxsize=8192)(_add_years)


def years_between(start: dt.date, end: dt.date) -> float:
    """The length from *start* to *end* in years, counting whole years exactly.

    Whole months as ``relativedelta(end, start)`` counts them (a day past the month's
    end clips to its last day), the rest in days of 365.25.

    >>> years_between(dt.date(2016, 7, 1), dt.date(2026, 7, 1))
    10.0
    """
    if end < start:  # rare: dateutil's own reckoning of a negative span
        from dateutil.relativedelta import relativedelta

        delta = relativedelta(end, start)
        back = start + relativedelta(years=delta.years, months=delta.months)
        return delta.years + delta.months / 12 + (end - back).days / 365.25
    months = (end.year - start.year) * 12 + end.month - start.month
    anchor = add_months(start, months)
    while end < anchor:
        months -= 1
        anchor = add_months(start, months)
    return months / 12 + (end - anchor).days / 365.25


def add_months(day: dt.date, months: int) -> dt.date:
    """*day* plus *months* calendar months, clipped to the last day of the month."""
    year, month0 = divmod(day.month - 1 + months, 12)
    year += day.year
    first_of_next = dt.date(year + (month0 == 11), (month0 + 1) % 12 + 1, 1)
    last = (first_of_next - dt.timedelta(days=1)).day
    return dt.date(year, month0 + 1, min(day.day, last))


# Digits are ASCII only ([0-9], not \d): "٣٠/٦/٢٠٢٣" or full-width digits are refused,
# not silently read as another script's numerals.
_NUMERIC = re.compile(r"^\s*([0-9]{1,2})\s*([/.\-])\s*([0-9]{1,2})\s*\2\s*([0-9]{4})\s*$")
_ISO = re.compile(r"^\s*([0-9]{4})-([0-9]{2})-([0-9]{2})\s*$")
_WORDS = re.compile(
    r"^\s*(?:ngay\s+)?([0-9]{1,2})\s+thang\s+([0-9]{1,2})\s+nam\s+([0-9]{4})\s*$")


def parse_date(text: str | dt.date) -> dt.date:
    """Read a date written the Vietnamese way, or in ISO form.

    Accepts ``29/3/2021``, ``29-3-2021``, ``29.3.2021``, ``ngày 29 tháng 3 năm 2021``
    (with or without diacritics) and ``2021-03-29``.  Day comes before month.  Digits
    are ASCII; a :class:`datetime.date` is returned as it is.

    Raises:
        DateParseError: the text is not such a date, or names a day that does not
            exist (``31/2/2022``).
        DateRangeError: the day is outside :data:`MIN_DATE` to :data:`MAX_DATE`.
    """
    if isinstance(text, dt.date) and not isinstance(text, dt.datetime):
        return check_date(text)
    if not isinstance(text, str):
        raise DateParseError(f"expected a date or a text, got {text!r}")
    # A file repeats its days (a term's start, a decision's day) many times: short texts
    # are read once (a long one, never a date, is not kept).
    return _parse_cached(text) if len(text) <= 40 else _parse_text(text)


def _parse_text(text: str) -> dt.date:
    if m := _ISO.match(text):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    elif m := _NUMERIC.match(text):
        d, mo, y = int(m[1]), int(m[3]), int(m[4])
    elif m := _WORDS.match(fold(text)):
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
    else:
        raise DateParseError(
            f"{text!r} is not a date; write it as 29/3/2021, 29-3-2021, 29.3.2021, "
            "'ngày 29 tháng 3 năm 2021' or 2021-03-29")
    if not MIN_DATE.year <= y <= MAX_DATE.year:
        raise DateRangeError(_range_message(repr(text)))
    try:
        return dt.date(y, mo, d)
    except ValueError as exc:
        raise DateParseError(f"{text!r} names no real day ({exc})") from None


_parse_cached = functools.lru_cache(maxsize=1024)(_parse_text)
