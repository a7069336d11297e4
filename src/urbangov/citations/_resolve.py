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


def _same_date(inst: Instrument, date: dt.date) -> bool:
    """Whether *date*, written with a mention, may be *inst*'s: its signing day, or
    (when the catalogue has no day) a day of its year."""
    if inst.signed is not None:
        return inst.signed == date
    return inst.year is None or inst.year == date.year


def constitution(on: dt.date | None = None) -> Instrument | None:
    """The Constitution (Hiến pháp) in force on day *on*, or the one in force now.

    The one home of how "Hiến pháp" cited without a year is read: the Constitution in
    force when the citing text was written.  The catalogue holds only the Constitution
    of 2013 (in force from 2014-01-01 under Nghị quyết 64/2013/QH13, amended by
    Nghị quyết 203/2025/QH15 and still the 2013 Constitution), so a text of 2014 onwards
    cites it; for an earlier day (*on* before 2014) the Constitution then in force (1992,
    1980, …) is not catalogued and the answer is None.  Without *on*, the text is taken
    to be current: the Constitution that has not ended.

    >>> constitution().identifier, constitution(dt.date(2010, 1, 1))
    ('2013', None)
    """
    held = [i for i in catalogue() if i.kind is InstrumentKind.HIEN_PHAP
            and (i.ends is None if on is None else i.in_force(on))]
    # Latest first: on a day when two were in force (a Constitution adopted, not yet in
    # force, never counts, as in_force starts at the effective day) the newer one.
    held.sort(key=lambda i: i.effective or i.signed or dt.date.min, reverse=True)
    return held[0] if held else None


def resolve(ref: Reference, date: dt.date | None = None, *,
            on: dt.date | None = None) -> Instrument | None:
    """The one catalogue instrument that fits *ref* (and *date*), else None.

    *date* is the date written with the mention (the instrument's own date); *on* the
    date of the text that cites it, which settles "Hiến pháp" cited without a year
    (:func:`constitution`).

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
    if ref.kind is InstrumentKind.HIEN_PHAP and ref.year is None and ref.number is None:
        found = constitution(on)
        return found if found is not None and (date is None or _same_date(found, date)) \
            else None
    if ref.number is None and ref.name is None and ref.kind is not InstrumentKind.HIEN_PHAP:
        return None  # nothing to tell one instrument from another
    hits = [i for i in catalogue() if _fits(i, ref, use_symbol=True)]
    if not hits and ref.symbol is not None and ref.year is not None:
        hits = [i for i in catalogue() if _fits(i, ref, use_symbol=False)]
    if date is not None and ref.number is None:
        # A law cited by name with its date: the catalogue's law of that name signed on
        # another day is another law ("Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008"
        # is not 80/2025/QH15).
        hits = [i for i in hits if _same_date(i, date)]
    elif len(hits) > 1 and date is not None:
        hits = [i for i in hits if i.signed == date] or [
            i for i in hits if i.signed is not None and i.signed.year == date.year]
    return hits[0] if len(hits) == 1 else None
