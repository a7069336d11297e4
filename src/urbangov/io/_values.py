"""Value readers: texts, dates, booleans, enum slugs and cities, each checked alone.

A reader returns the canonical value, or records a problem at the key path and returns
:data:`BAD`, so that the walk goes on and reports every problem of the file at once.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from typing import Any

import attrs

from urbangov.io._problems import Problem, describe, suggest
from urbangov.io._spec import _CHOICE_NAMES
from urbangov.time import DateParseError, parse_date


class _Bad:
    """Marks a value the checker rejected (its problem is already recorded)."""


BAD: Any = _Bad()


@attrs.define
class ValueReader:
    """Reads single values, recording a problem for each value it rejects."""

    table_word: str = "table"
    problems: list[Problem] = attrs.field(factory=list)

    def problem(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    # values

    def text(self, value: Any, path: str) -> Any:
        if not isinstance(value, str):
            self.problem(path, f"expected a text, got {describe(value, self.table_word)}")
            return BAD
        if not value.strip():
            self.problem(path, "must not be empty")
            return BAD
        return value

    def date(self, value: Any, path: str) -> Any:
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        if isinstance(value, str):
            try:
                return parse_date(value)
            except DateParseError as exc:
                self.problem(path, str(exc))
                return BAD
        self.problem(path, f"expected a date such as 2021-07-01 or 1/7/2021, got "
                           f"{describe(value, self.table_word)}")
        return BAD

    def bool(self, value: Any, path: str) -> Any:
        if not isinstance(value, bool):
            self.problem(path, f"expected true or false, got {describe(value, self.table_word)}")
            return BAD
        return value

    def choice(self, value: Any, path: str, cls: type[enum.Enum]) -> Any:
        slugs = _slugs(cls)
        if value.__class__ is str and value in slugs:
            return value
        what = _CHOICE_NAMES.get(cls, cls.__name__)
        if not isinstance(value, str):
            self.problem(path, f"expected {what} (one of {', '.join(slugs)}), got "
                               f"{describe(value, self.table_word)}")
            return BAD
        if value not in slugs:
            hint = suggest(value, slugs)
            self.problem(path, f"{value!r} is not {what}{hint} (one of {', '.join(slugs)})")
            return BAD
        return value

    def city(self, value: Any, path: str) -> Any:
        from urbangov import data

        if isinstance(value, int) and not isinstance(value, bool):
            value = f"{value:02d}"
        if not isinstance(value, str) or not value.strip():
            self.problem(path, f"expected a city name or GSO code, got "
                               f"{describe(value, self.table_word)}")
            return BAD
        try:
            return data.city(value).code
        except LookupError as exc:
            if value.isascii() and value.isdigit() and len(value) == 2:
                return value  # a city the bundled data does not hold, by its GSO code
            self.problem(path, f"unknown city: {exc}")
            return BAD


@functools.cache
def _slugs(cls: type[enum.Enum]) -> tuple[str, ...]:
    """The slugs of *cls*'s members, in order (read once: files name many of them)."""
    return tuple(str(m.value) for m in cls)
