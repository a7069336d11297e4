"""Checks of a public function's arguments (lời gọi hàm): a wrong one is refused with a
:class:`~urbangov._fields.FieldError` naming the function and the argument, before it can
fail somewhere inside the library with a Python error of its own."""

from __future__ import annotations

import enum
from typing import Any, TypeVar

from urbangov._fields import FieldError

__all__ = ["check_choice", "check_int", "check_text", "refuse"]

E = TypeVar("E", bound=enum.Enum)


def refuse(function: str, name: str, expected: str, got: Any, why: str = "") -> FieldError:
    """The error for argument *name* of *function*: "expiring().within: expected …"."""
    return FieldError(f"{function}()", name, expected, got, why)


def check_text(function: str, name: str, value: Any, *, optional: bool = False) -> str | None:
    """*value* if it is a text (or None when *optional*), else the error."""
    if isinstance(value, str) or (optional and value is None):
        return value
    raise refuse(function, name, "a text" + (" or None" if optional else ""), value)


def check_int(function: str, name: str, value: Any, *, low: int | None = None,
              optional: bool = False) -> int | None:
    """*value* if it is a whole number (not a bool) of at least *low*, else the error."""
    if optional and value is None:
        return None
    wanted = "a whole number" + (f" of {low} or more" if low is not None else "") + (
        " or None" if optional else "")
    if not isinstance(value, int) or isinstance(value, bool):
        raise refuse(function, name, wanted, value)
    if low is not None and value < low:
        raise refuse(function, name, wanted, value)
    return value


def check_choice(function: str, name: str, value: Any, choices: type[E]) -> E:
    """The member of *choices* that *value* is or names (by value or name), else the
    error listing the choices."""
    if isinstance(value, choices):
        return value
    if isinstance(value, str):
        for member in choices:
            if value in (member.value, member.name, member.name.lower()):
                return member
    names = ", ".join(repr(m.value) for m in choices)
    raise refuse(function, name, f"one of {names} (a {choices.__name__})", value)
