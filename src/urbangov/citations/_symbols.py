"""Identifiers (số, ký hiệu) read into references: "32/2021/NĐ-CP" → a decree.

The patterns of :mod:`._patterns` capture an identifier's number, year and symbol in
several groups (a State symbol, a Party one, one typed in small letters or with
spaces); :func:`ident_groups` reads them to one form and :func:`reference` makes the
reference, taking the kind from the symbol, or the catalogue, when no kind word
names it.
"""

from __future__ import annotations

import functools
import re

from urbangov.citations._kinds import kind_of_symbol
from urbangov.citations._model import Reference
from urbangov.citations._normal import collapse
from urbangov.law import InstrumentKind, catalogue

__all__ = ["Groups", "ident_groups", "reference"]

K = InstrumentKind

#: An identifier's groups: number, year, State symbol (two spellings), Party symbol.
Groups = tuple[str, str | None, str | None, str | None, str | None]

_SYMBOL_SPACE = re.compile(r" ?([-–/]) ?")
# The last part of a spaced symbol that names a Party body ("QĐ TW" is "QĐ/TW").
_PARTY_BODY = re.compile(r"(?:TW|TƯ|TU|ĐU|QU|HU|BCĐTW|BTCTW|[A-ZĐ]*(?:TW|TU|ĐU))\Z")
# Segments of a symbol that keep a small letter ("QĐ-TTg": Thủ tướng, "TTr": tờ trình).
_SMALL_LETTER_SEGMENTS = {"TTG": "TTg", "TTR": "TTr"}
_SEGMENT = re.compile(r"[^-/]+")


def _symbol(raw: str) -> str:
    """The symbol without white space around its dashes ("TTr -\nNN&PTNT")."""
    if " " in raw or "\n" in raw or "\t" in raw:
        return _SYMBOL_SPACE.sub(r"\1", collapse(raw))
    return raw


def _upper_symbol(raw: str) -> str:
    """A symbol typed in small letters, in its usual form ("qđ-ttg" → "QĐ-TTg")."""
    return _SEGMENT.sub(lambda s: _SMALL_LETTER_SEGMENTS.get(s[0], s[0]), raw.upper())


def ident_groups(m: re.Match[str]) -> Groups:
    """The groups of an identifier matched by IDENT, NUMBER_TAIL or CONTINUATION."""
    num, year, sym, sym2, psym = m.group("num", "year", "sym", "sym2", "psym")
    if sym2 is None and "dsym" in m.re.groupindex:  # "Nghị định số 130-CP"
        sym2 = m["dsym"]
    if "lsym" in m.re.groupindex and (m["lsym"] or m["lsym2"]):
        # A symbol in small letters: "116/2013/nđ-cp" is "116/2013/NĐ-CP".
        year, sym2 = m["lyear"], _upper_symbol(m["lsym"] or m["lsym2"])
    if "ssym" in m.re.groupindex and m["ssym"]:
        # A symbol typed with spaces: "1656 NQ UBTVQH15" is "NQ-UBTVQH15", "232 QĐ TW"
        # is the Party's "QĐ/TW".
        code, body = m["ssym"].split()
        if _PARTY_BODY.match(body):
            psym = f"{code}/{body}"
        else:
            sym2 = f"{code}-{body}"
    return num, year, sym, sym2, psym


@functools.lru_cache(maxsize=4096)
def reference(kind: K | None, groups: Groups) -> Reference:
    """The reference for an identifier's groups (num, year, sym, sym2, psym)."""
    num, year_text, sym, sym2, psym = groups
    year = int(year_text) if year_text else None
    raw = sym or sym2 or psym
    symbol = _symbol(raw) if raw else None
    if kind is None or kind is K.OTHER:
        kind = K.OTHER
        if symbol is not None:
            kind = kind_of_symbol(symbol, party=psym is not None, has_year=year is not None)
        if kind is K.OTHER and symbol is not None:
            # "97/2019/QH14" names no kind: the catalogue may know it.
            known = catalogue().lookup(None, num, year, symbol)
            if known is not None:
                kind = known.kind
    return Reference(kind, num, year, symbol)
