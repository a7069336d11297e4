"""Typed fields: converters that refuse a wrong value with an error naming the field.

Every field of every public type goes through one of these converters, so that a
constructor either gets a value of the documented type (normalised: NFC text, enum
members, tuples) or raises :class:`FieldError` naming the class, the field, what was
expected and what came.  Nothing from inside the library surfaces later as an
``AttributeError`` on a value that was never a date or an official.

Converters take the instance and the field (``attrs.Converter(takes_self=True,
takes_field=True)``) only to name them in the error; values already of the right
type return at once, which keeps building large structures cheap.
"""

from __future__ import annotations

import datetime as dt
import enum
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

import attrs

from urbangov._valid import MAX_TEXT_LENGTH, decision_problem, text_problem
from urbangov.time import DateParseError, check_date, parse_date

__all__ = ["FieldError"]

E = TypeVar("E", bound=enum.Enum)
_Fn = Callable[[Any, Any, Any], Any]

_normalize = unicodedata.normalize


class FieldError(TypeError, ValueError):
    """A public constructor was given a value of the wrong type or form for a field.

    A subclass of both :class:`TypeError` and :class:`ValueError`, so existing
    ``except`` clauses for either keep working.

    Attributes:
        owner: the class being built ("Ward").
        field: the field, with an index for members of a tuple ("officials[0]").
        expected: what the field takes, in words.
        got: the value given.
    """

    def __init__(self, owner: str, field: str, expected: str, got: Any, why: str = "") -> None:
        self.owner, self.field, self.expected, self.got, self.why = (
            owner, field, expected, got, why)
        shown = _show(got)
        super().__init__(f"{owner}.{field}: expected {expected}, got {shown}"
                         + (f" ({why})" if why else ""))

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), (self.owner, self.field, self.expected, self.got, self.why)


def _show(value: Any) -> str:
    text = repr(value)
    text = text if len(text) <= 60 else text[:57] + "..."
    return f"{type(value).__name__} {text}"


def _a(name: str) -> str:
    return f"{'an' if name[:1] in 'AEIO' else 'a'} {name}"  # a UnitKind, an Official


def _fail(inst: Any, field: Any, expected: str, got: Any, why: str = "",
          index: int | None = None) -> FieldError:
    name = field.name.lstrip("_") if index is None else f"{field.name.lstrip('_')}[{index}]"
    return FieldError(type(inst).__name__, name, expected, got, why)


def _converter(fn: _Fn) -> Any:
    return attrs.Converter(fn, takes_self=True, takes_field=True)


def clean_text(value: Any) -> str | None:
    """*value* as stored text (NFC, white space collapsed), or None if it is no valid
    text (:func:`urbangov._valid.text_problem`: not a string, empty once trimmed, a lone
    surrogate, longer than a file may hold)."""
    if value.__class__ is str and value.isprintable() and value and "  " not in value and (
            value[0] != " " and value[-1] != " " and len(value) <= MAX_TEXT_LENGTH):
        # already trimmed, single-spaced, no control character or surrogate: only NFC
        return _normalize("NFC", value)
    if not isinstance(value, str):
        return None
    out = " ".join(_normalize("NFC", str(value)).split())
    return out if text_problem(out) is None else None


def _text_problem(value: Any) -> str:
    if not isinstance(value, str):
        return ""
    return text_problem(" ".join(value.split())) or ""


def text(optional: bool = False) -> Any:
    """A non-empty text, stored NFC (``None`` too when *optional*)."""

    def convert(value: Any, inst: Any, field: Any) -> str | None:
        if value is None and optional:
            return None
        out = clean_text(value)
        if out is None:
            raise _fail(inst, field, "a non-empty text" + (" or None" if optional else ""),
                        value, _text_problem(value))
        return out

    return _converter(convert)


def decision_text() -> Any:
    """A delegation's decision number: a valid text that is not the word "none" (a
    file's word for "made without a written decision", which is ``None``)."""

    def convert(value: Any, inst: Any, field: Any) -> str:
        out = clean_text(value)
        problem = _text_problem(value) if out is None else decision_problem(out)
        if problem or out is None:
            raise _fail(inst, field, "a decision number, None (there is none) or "
                        "UNRECORDED", value, problem or "")
        return out

    return _converter(convert)


def member(enum_type: type[E], optional: bool = False) -> Any:
    """A member of *enum_type*, or its slug (``None`` too when *optional*)."""
    choices = ", ".join(repr(m.value) for m in list(enum_type)[:8])
    more = ", …" if len(enum_type) > 8 else ""
    expected = f"{_a(enum_type.__name__)} ({choices}{more})" + (" or None" if optional else "")

    def convert(value: Any, inst: Any, field: Any) -> E | None:
        if value.__class__ is enum_type or (value is None and optional):
            return value
        try:
            return enum_type(value)
        except (ValueError, TypeError):
            raise _fail(inst, field, expected, value) from None

    return _converter(convert)


def instance(cls: type[Any], optional: bool = False, *, what: str | None = None) -> Any:
    """An instance of *cls* (``None`` too when *optional*)."""
    expected = (what or _a(cls.__name__)) + (" or None" if optional else "")

    def convert(value: Any, inst: Any, field: Any) -> Any:
        if isinstance(value, cls) or (value is None and optional):
            return value
        raise _fail(inst, field, expected, value)

    return _converter(convert)


def tuple_of(cls: type[Any], optional: bool = False) -> Any:
    """A tuple of *cls* instances, from any iterable but a text or a mapping."""
    expected = f"a sequence of {cls.__name__}" + (" or None" if optional else "")

    def convert(value: Any, inst: Any, field: Any) -> tuple[Any, ...] | None:
        if value.__class__ is not tuple:
            if value is None and optional:
                return None
            if value.__class__ is not list and (
                    isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable)):
                raise _fail(inst, field, expected, value)
            value = tuple(value)
        for i, item in enumerate(value):
            if not isinstance(item, cls):
                raise _fail(inst, field, _a(cls.__name__), item, index=i)
        return value  # type: ignore[no-any-return]

    return _converter(convert)


def enum_set(enum_type: type[E]) -> Any:
    """A frozenset of *enum_type* members, from an iterable of members or slugs."""
    expected = f"{_a(enum_type.__name__)} or its slug"

    def convert(value: Any, inst: Any, field: Any) -> frozenset[E]:
        if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
            raise _fail(inst, field, f"a set of {enum_type.__name__}", value)
        out = []
        for i, item in enumerate(value):
            try:
                out.append(item if item.__class__ is enum_type else enum_type(item))
            except (ValueError, TypeError):
                raise _fail(inst, field, expected, item, index=i) from None
        return frozenset(out)

    return _converter(convert)


def date(optional: bool = False) -> Any:
    """A day: a :class:`datetime.date` (not a date-time) or a text ``parse_date`` reads."""
    expected = "a date or a date text such as 29/3/2021" + (" or None" if optional else "")

    def convert(value: Any, inst: Any, field: Any) -> dt.date | None:
        if value is None and optional:
            return None
        try:
            if isinstance(value, str):
                return parse_date(value)
            if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
                day = value if value.__class__ is dt.date else dt.date(
                    value.year, value.month, value.day)
                return check_date(day, "the day")
        except DateParseError as exc:
            raise _fail(inst, field, expected, value, str(exc)) from None
        raise _fail(inst, field, expected, value)

    return _converter(convert)


def flag() -> Any:
    """A bool (``True`` or ``False``; no other value is read as one)."""

    def convert(value: Any, inst: Any, field: Any) -> bool:
        if value is True or value is False:
            return value
        raise _fail(inst, field, "True or False", value)

    return _converter(convert)


def custom(fn: Callable[[Any], Any], expected: str) -> Any:
    """A value *fn* converts; any ``ValueError``/``TypeError`` of *fn* names the field."""

    def convert(value: Any, inst: Any, field: Any) -> Any:
        try:
            return fn(value)
        except (ValueError, TypeError) as exc:
            raise _fail(inst, field, expected, value, str(exc)) from None

    return _converter(convert)
