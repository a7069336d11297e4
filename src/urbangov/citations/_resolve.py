"""Linking a reference to the bundled catalogue (:func:`urbangov.law.catalogue`)."""

from __future__ import annotations

import datetime as dt

from urbangov._text import fold
from urbangov.citations._model import Reference
from urbangov.law import Instrument, InstrumentKind, catalogue

__all__ = ["resolve"]


def _number_key(number: str) -> str:
    # "08" and "8" are the same number.
    return str(int(number)) if number.isdigit() else fold(number)


def _symbol_key(symbol: str) -> str:
    return "".join(fold(symbol).split())


def _fits(inst: Instrument, ref: Reference, *, use_symbol: bool) -> bool:
    if ref.kind is not InstrumentKind.OTHER and inst.kind is not ref.kind:
        return False
    if ref.number is not None and _number_key(inst.number) != _number_key(ref.number):
        return False
    if ref.number is None and ref.name is not None:
        # A law's short name, or for an amending law its title.
        full = fold(f"{ref.kind.vietnamese} {ref.name}")
        if full not in (fold(inst.name or ""), fold(inst.title or "")):
            return False
    if ref.year is not None and inst.year != ref.year and (
            inst.signed is None or inst.signed.year != ref.year):
        return False
    return not (use_symbol and ref.symbol is not None
                and _symbol_key(inst.symbol) != _symbol_key(ref.symbol))


def resolve(ref: Reference, date: dt.date | None = None) -> Instrument | None:
    """The one catalogue instrument that fits *ref* (and *date*), else None.

    A symbol written sloppily ("97/2019/NQ 14") is ignored when nothing matches it
    but the kind, number and year name one instrument.

    >>> from urbangov.citations import parse
    >>> resolve(parse("Nghị quyết số 97/2019/NQ 14")).identifier
    '97/2019/QH14'
    >>> resolve(parse("Luật Thủ đô")) is None  # 2012 or 2024?
    True
    >>> resolve(parse("Luật Thủ đô năm 2024")).identifier
    '39/2024/QH15'
    """
    if ref.number is None and ref.name is None and (
            ref.kind is not InstrumentKind.HIEN_PHAP or ref.year is None):
        return None  # nothing to tell one instrument from another
    hits = [i for i in catalogue() if _fits(i, ref, use_symbol=True)]
    if not hits and ref.symbol is not None and ref.year is not None:
        hits = [i for i in catalogue() if _fits(i, ref, use_symbol=False)]
    if len(hits) > 1 and date is not None:
        hits = [i for i in hits if i.signed == date] or [
            i for i in hits if i.signed is not None and i.signed.year == date.year]
    return hits[0] if len(hits) == 1 else None
