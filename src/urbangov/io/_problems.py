"""What is wrong with an input file, and how a decoded value reads in a message."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from urbangov._messages import message, suggest
from urbangov._valid import digits, int_problem

__all__ = ["Problem", "describe", "message", "suggest"]


@attrs.frozen
class Problem:
    """One thing wrong with an input file.

    Attributes:
        path: where, as a key path from the top of the file ("ward.officials[0].post");
            empty for the file as a whole.
        message: what is wrong, in plain words.
        line: the line (1-based), where the format tells it (syntax errors).
        column: the column (1-based), likewise.
    """

    path: str
    message: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = ""
        if self.line is not None:
            where = f"line {self.line}" + (f", column {self.column}" if self.column else "")
        if self.path:
            where = f"{where}: {self.path}" if where else self.path
        return f"{where}: {self.message}" if where else self.message


def describe(value: Any, table_word: str = "table") -> str:
    """How a decoded value reads in a message: "a number (12)", "a list"."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"a boolean ({str(value).lower()})"
    if isinstance(value, int) and int_problem(value) is not None:
        return f"a number of {digits(value)} digits"
    if isinstance(value, int | float):
        return f"a number ({value!r})"
    if isinstance(value, str):
        short = value if len(value) <= 40 else value[:37] + "..."
        return f"a text ({short!r})"
    if isinstance(value, dt.datetime):
        return f"a date-time ({value.isoformat()})"
    if isinstance(value, dt.date):
        return f"a date ({value.isoformat()})"
    if isinstance(value, dt.time):
        return f"a time ({value.isoformat()})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return f"a {table_word}"
    return type(value).__name__  # pragma: no cover - decoders make nothing else
