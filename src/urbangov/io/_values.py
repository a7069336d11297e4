"""Value readers: texts, dates, booleans, enum slugs and cities, each checked alone.

A reader returns the canonical value, or records a problem at the key path and returns
:data:`BAD`, so that the walk goes on and reports every problem of the file at once.
Readers are strict: a value is refused rather than read as something else (a date
with non-ASCII digits, a city code with stray characters), and what is valid is what
the constructors accept (:mod:`urbangov._valid`, :func:`urbangov.time.parse_date`).
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from typing import Any

import attrs

from urbangov._valid import NONE_WORD, decision_problem, text_problem
from urbangov.io._problems import Problem, describe, suggest
from urbangov.io._spec import _CHOICE_NAMES
from urbangov.terms import city_code
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
        problem = text_problem(value)
        if problem is not None:
            self.problem(path, problem)
            return BAD
        return value

    def decision(self, value: Any, path: str) -> Any:
        """A delegation's decision: "none" as None (made without a written one), else a
        text the constructor takes (:func:`urbangov._valid.decision_problem`: not "none"
        padded with white space)."""
        if value == NONE_WORD:
            return None
        text = self.text(value, path)
        if text is not BAD and decision_problem(text) is not None:
            self.problem(path, f"{value!r} is \"none\" padded with white space: write "
                               "\"none\" exactly (made without a written decision) or the "
                               "decision's number")
            return BAD
        return text

    def date(self, value: Any, path: str) -> Any:
        if isinstance(value, str) or (isinstance(value, dt.date)
                                      and not isinstance(value, dt.datetime)):
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
        """The member of *cls* whose slug *value* is."""
        if value.__class__ is str and (member := _members(cls).get(value)) is not None:
            return member
        slugs = _slugs(cls)
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
        if isinstance(value, bool) or not isinstance(value, int | str) or (
                isinstance(value, str) and text_problem(value) is not None):
            self.problem(path, f"expected a city name or GSO code, got "
                               f"{describe(value, self.table_word)}")
            return BAD
        try:
            # the constructors' own reading: strict codes, the three cities' names
            return city_code(value)
        except ValueError as exc:
            self.problem(path, f"unknown city: {exc}")
            return BAD


@functools.cache
def _members(cls: type[enum.Enum]) -> dict[str, enum.Enum]:
    """*cls*'s members by slug (only slugs: no other value the enum would take)."""
    return {str(m.value): m for m in cls}


@functools.cache
def _slugs(cls: type[enum.Enum]) -> tuple[str, ...]:
    """The slugs of *cls*'s members, in order (read once: files name many of them)."""
    return tuple(str(m.value) for m in cls)
