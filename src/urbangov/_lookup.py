"""Finding administrative units by name or code, the way people type them.

A :class:`UnitIndex` is built once from a sequence of units (anything with ``name``,
``code`` and ``kind`` whose ``.value`` is the kind's slug: cities, districts, wards)
and answers :meth:`UnitIndex.get` with exactly one unit or an error:

* an ``int`` is a GSO code (``1`` is ``"01"``); a string of digits as long as the
  codes (``"004"``, ``"00130"``) is a code too.  Code lookups are one dict access.
* anything else is a name.  It is folded (:func:`urbangov._text.fold`: no diacritics,
  case or punctuation; ``đ`` is ``d``), and a leading kind word is taken off and used
  as a filter: ``phường``/``p``, ``xã``/``x``, ``thị trấn``/``tt``, ``quận``/``q``,
  ``huyện``/``h``, ``thị xã``/``tx``, ``thành phố``/``tp``.  So "P. Gia Thụy",
  "phuong gia thuy" and "Gia Thụy" find the same ward, while "Quận 1" finds only a
  quận and "Phường 1" only wards.  "Q.12", "q12" and "Q 12" are the same.
* a shorter string of digits is the number of a numbered unit: ``"12"`` asked of
  districts is Quận 12.  If no unit bears that number, it is read as a code without
  its leading zeros.

A query that fits several units raises :class:`AmbiguousUnitError`, which lists them
(with their parent units when the index knows them); one that fits none raises
:class:`UnknownUnitError` with the closest names (:mod:`difflib`).  Both are
:class:`LookupError` subclasses.

This module imports nothing from :mod:`urbangov.structure`, which uses it.

>>> from typing import NamedTuple
>>> class Kind(NamedTuple):
...     value: str
>>> class U(NamedTuple):
...     name: str
...     code: str
...     kind: Kind
>>> index = UnitIndex([U("Gia Thụy", "00130", Kind("phuong")), U("1", "26734", Kind("phuong"))])
>>> index.get("p. gia thuy").code
'00130'
>>> index.get(130).name
'Gia Thụy'
>>> index.get("Phường 1").code
'26734'
>>> index.get("P. 01").code
'26734'
>>> index.get("Gia Thuyy")
Traceback (most recent call last):
    ...
urbangov.data.UnknownUnitError: no ward matches 'Gia Thuyy'; did you mean: Phường Gia Thụy?
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Generic, Protocol, TypeVar

from urbangov._text import fold
from urbangov._valid import MAX_INT_DIGITS

__all__ = [
    "AmbiguousUnitError",
    "UnitIndex",
    "UnitLookupError",
    "UnknownUnitError",
    "label",
]


class _Kind(Protocol):
    @property
    def value(self) -> str: ...


class UnitLike(Protocol):
    """What the index needs of a unit: its name, GSO code and kind."""

    @property
    def name(self) -> str: ...

    @property
    def code(self) -> str | None: ...

    @property
    def kind(self) -> _Kind: ...


U = TypeVar("U", bound=UnitLike)

#: Kind slug -> the Vietnamese kind word, capitalised as at the start of a full name.
KIND_LABELS: Mapping[str, str] = {
    "thanh_pho": "Thành phố",
    "thanh_pho_thuoc_tp": "Thành phố",
    "thanh_pho_thuoc_tinh": "Thành phố",
    "tinh": "Tỉnh",
    "dac_khu": "Đặc khu",
    "quan": "Quận",
    "thi_xa": "Thị xã",
    "huyen": "Huyện",
    "phuong": "Phường",
    "xa": "Xã",
    "thi_tran": "Thị trấn",
}

#: Folded kind words (and their usual abbreviations) -> the kinds they name.
_KIND_WORDS: Mapping[str, frozenset[str]] = {
    "thanh pho": frozenset({"thanh_pho", "thanh_pho_thuoc_tp", "thanh_pho_thuoc_tinh"}),
    "tp": frozenset({"thanh_pho", "thanh_pho_thuoc_tp", "thanh_pho_thuoc_tinh"}),
    "tinh": frozenset({"tinh"}),
    "dac khu": frozenset({"dac_khu"}),
    "thu do": frozenset({"thanh_pho"}),
    "quan": frozenset({"quan"}),
    "q": frozenset({"quan"}),
    "thi xa": frozenset({"thi_xa"}),
    "tx": frozenset({"thi_xa"}),
    "huyen": frozenset({"huyen"}),
    "h": frozenset({"huyen"}),
    "phuong": frozenset({"phuong"}),
    "p": frozenset({"phuong"}),
    "xa": frozenset({"xa"}),
    "x": frozenset({"xa"}),
    "thi tran": frozenset({"thi_tran"}),
    "tt": frozenset({"thi_tran"}),
}
_KIND_WORD = re.compile(
    r"^(" + "|".join(sorted(_KIND_WORDS, key=len, reverse=True)) + r") (.+)$"
)
_GLUED = re.compile(r"^([a-z]{1,2})(\d+)$")  # "q12", "p5", "tp1"
_COMMUNE = frozenset({"phuong", "xa", "thi_tran", "dac_khu"})
_DISTRICT = frozenset({"quan", "thi_xa", "huyen", "thanh_pho_thuoc_tp", "thanh_pho_thuoc_tinh"})


def _is_number(text: str) -> bool:
    """Whether *text* is ASCII digits only (``str.isdigit`` also accepts '²')."""
    return text.isascii() and text.isdigit()


def _number_key(key: str) -> str:
    """A folded name, with a number's leading zeros taken off: the data names TP HCM's
    numbered wards "01", people write "Phường 1"."""
    if _is_number(key) and len(key) <= MAX_INT_DIGITS:
        return str(int(key))
    return key


def label(unit: UnitLike) -> str:
    """The unit's full name: its kind word and name ("Phường Gia Thụy", "Quận 1")."""
    kind = KIND_LABELS.get(unit.kind.value)
    return unit.name if kind is None else f"{kind} {unit.name}"


def split_kind(key: str) -> tuple[frozenset[str] | None, str]:
    """Split a folded query into (kinds named by its leading kind word, the rest).

    >>> split_kind("p gia thuy")
    (frozenset({'phuong'}), 'gia thuy')
    >>> split_kind("q12")
    (frozenset({'quan'}), '12')
    >>> split_kind("gia thuy")
    (None, 'gia thuy')
    """
    glued = _GLUED.match(key)
    if glued and glued[1] in _KIND_WORDS:
        return _KIND_WORDS[glued[1]], glued[2]
    match = _KIND_WORD.match(key)
    if match is None:
        return None, key
    return _KIND_WORDS[match[1]], match[2]


class UnitLookupError(LookupError):
    """A unit lookup failed; :attr:`query` is what was asked.

    The errors are defined here and shown as members of :mod:`urbangov.data`, their
    public home, which re-exports them.
    """

    __module__ = "urbangov.data"

    def __init__(self, message: str, query: str | int) -> None:
        super().__init__(message)
        self.query = query

    def __str__(self) -> str:
        return str(self.args[0])

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), (self.args[0], self.query, *self._extra())

    def _extra(self) -> tuple[Any, ...]:
        return ()


class UnknownUnitError(UnitLookupError):
    """No unit matches the query; :attr:`suggestions` holds the closest full names."""

    __module__ = "urbangov.data"

    def __init__(self, message: str, query: str | int, suggestions: Sequence[str] = ()) -> None:
        super().__init__(message, query)
        self.suggestions = tuple(suggestions)

    def _extra(self) -> tuple[Any, ...]:
        return (self.suggestions,)


class AmbiguousUnitError(UnitLookupError):
    """Several units match the query; :attr:`candidates` holds them all."""

    __module__ = "urbangov.data"

    def __init__(self, message: str, query: str | int, candidates: Sequence[object]) -> None:
        super().__init__(message, query)
        self.candidates = tuple(candidates)

    def _extra(self) -> tuple[Any, ...]:
        return (self.candidates,)


class UnitIndex(Generic[U]):
    """An index of units by GSO code and by folded name.

    Args:
        units: the units to index (cities, districts or wards).
        parents: optional full names of each unit's parent, keyed by ``id(unit)``,
            shown in error messages ("Phường 1 (Quận 3)").
        what: the word used in messages ("ward"); guessed from the units' kinds.
        scope: where the units are, for messages ("Thành phố Hồ Chí Minh").
        aliases: extra names per unit code ("Sài Gòn", "HCMC"), folded like names.
    """

    def __init__(
        self,
        units: Iterable[U],
        *,
        parents: Mapping[int, str] | None = None,
        what: str | None = None,
        scope: str | None = None,
        aliases: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        self._units: tuple[U, ...] = tuple(units)
        self._parents = dict(parents or {})
        self._scope = scope
        self._by_code: dict[str, U] = {}
        self._by_number: dict[int, U] = {}
        self._by_key: dict[str, list[U]] = {}
        widths: set[int] = set()
        for unit in self._units:
            if unit.code is not None:
                self._by_code[unit.code] = unit
                widths.add(len(unit.code))
                if _is_number(unit.code):
                    self._by_number[int(unit.code)] = unit
            names = [unit.name, *(aliases or {}).get(unit.code or "", ())]
            for name in names:
                self._add(_number_key(fold(name)), unit)
        self._widths = frozenset(widths)
        kinds = {u.kind.value for u in self._units}
        if what is None:
            what = (
                "ward" if kinds and kinds <= _COMMUNE
                else "district" if kinds and kinds <= _DISTRICT
                else "city" if kinds == {"thanh_pho"}
                else "unit"
            )
        self._what = what

    def _add(self, key: str, unit: U) -> None:
        found = self._by_key.setdefault(key, [])
        if all(u is not unit for u in found):  # identity: hashing a City walks its tree
            found.append(unit)

    def __len__(self) -> int:
        return len(self._units)

    def __iter__(self) -> Iterator[U]:
        return iter(self._units)

    def by_code(self, code: str | int) -> U | None:
        """The unit with GSO code *code* (``"004"`` or ``4``), or ``None``: O(1)."""
        if isinstance(code, int):
            return self._by_number.get(code)
        return self._by_code.get(code.strip())

    def find(self, query: str | int) -> tuple[U, ...]:
        """Every unit that *query* could mean (no error; possibly empty)."""
        if isinstance(query, int) and not isinstance(query, bool):
            unit = self._by_number.get(query)
            return () if unit is None else (unit,)
        text = str(query).strip()
        if _is_number(text) and len(text) in self._widths:
            unit = self._by_code.get(text)
            return () if unit is None else (unit,)
        key = fold(text)
        kinds, rest = split_kind(key)
        # a name that itself starts with a kind word
        found = list(self._by_key.get(_number_key(key), ()))
        if kinds is not None:
            found += [u for u in self._by_key.get(_number_key(rest), ())
                      if u.kind.value in kinds]
        found = list({id(u): u for u in found}.values())  # keep order, drop repeats
        # a number longer than any code names no unit (and int() refuses 4,300 digits)
        if not found and _is_number(rest) and kinds is None and len(rest) <= MAX_INT_DIGITS:
            unit = self._by_number.get(int(rest))
            if unit is not None:
                found = [unit]
        return tuple(found)

    def get(self, query: str | int) -> U:
        """The one unit *query* names.

        Raises:
            AmbiguousUnitError: several units match; all are listed.
            UnknownUnitError: none matches; the closest names are suggested.
        """
        found = self.find(query)
        if len(found) == 1:
            return found[0]
        where = f" in {self._scope}" if self._scope else ""
        if found:
            names = ", ".join(self.describe(u) for u in found)
            hints = []
            if len({u.kind.value for u in found}) > 1:
                hints.append("name the kind (Phường, Xã, Thị trấn, Quận, Huyện, ...)")
            if len({self._parents.get(id(u)) for u in found}) > 1:
                hints.append("ask the unit's parent (city.district(...).ward(...))")
            hints.append("use the GSO code")
            raise AmbiguousUnitError(
                f"{len(found)} {self._what}s{where} match {query!r}: {names}; "
                + ", or ".join(hints),
                query,
                found,
            )
        suggestions = self.suggest(query)
        hint = f"; did you mean: {', '.join(suggestions)}?" if suggestions else ""
        message = f"no {self._what}{where} matches {query!r}{hint}"
        raise UnknownUnitError(message, query, suggestions)

    def describe(self, unit: U) -> str:
        """The unit's full name, its parent's in brackets, and its code if it has one."""
        parent = self._parents.get(id(unit))
        text = label(unit) + (f" ({parent})" if parent else "")
        return text if unit.code is None else f"{text} [{unit.code}]"

    def suggest(self, query: str | int, n: int = 5) -> tuple[str, ...]:
        """Up to *n* full names close to *query* (for messages)."""
        _, rest = split_kind(fold(str(query)))
        keys = difflib.get_close_matches(rest, list(self._by_key), n=n, cutoff=0.6)
        out: list[str] = []
        for key in keys:
            for unit in self._by_key[key]:
                parent = self._parents.get(id(unit))
                text = label(unit) + (f" ({parent})" if parent else "")
                if text not in out:
                    out.append(text)
        return tuple(out[:n])
