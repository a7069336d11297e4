"""References by name (dẫn chiếu theo tên): "Luật Thủ đô năm 2024", "Hiến pháp năm 2013".

Laws, codes, ordinances and the Constitution are cited by kind word and name, with or
without year and number.  :func:`named` reads such a reference after its kind word:
the name of an amending law ("sửa đổi, bổ sung một số điều của Luật X và Luật Y"),
a name the catalogue knows (read whole, however long), or a name read word by word
(:func:`._names.name_at`); then its year and number.
"""

from __future__ import annotations

import functools
import re

import attrs

from urbangov._text import fold
from urbangov.citations import _patterns as P
from urbangov.citations._kinds import kind_of_word
from urbangov.citations._model import Reference
from urbangov.citations._names import name_at
from urbangov.citations._normal import collapse
from urbangov.citations._symbols import ident_groups, reference
from urbangov.law import InstrumentKind, catalogue

__all__ = ["named"]

K = InstrumentKind

# Up to eight more words of a name, then its number: "… với cách mạng số 26/2005/…".
_NUMBER_AHEAD = re.compile(
    rf"(?P<words>(?:{P.WS}[^\W\d_]+){{1,8}}?)(?={P.WS}(?:số|SỐ){P.OWS}:?{P.OWS}\d+[/-])")
_NAME_BREAKS = frozenset(fold(w) for w in ("ngày", "năm", "của", "tại", "theo", "số", "và"))


def named(work: str, kind: K, end: int) -> tuple[Reference, int] | None:
    """The reference by name after the kind word ending at *end*, and where it ends."""
    if kind is K.HIEN_PHAP:
        y = P.HIEN_PHAP_TAIL.match(work, end)
        if y is None or not (y["full"] or y["year"]):
            return None
        return Reference(kind, year=int(y["year"]) if y["year"] else None), y.end()
    found = _amending_name(work, end) if kind in (K.LUAT, K.PHAP_LENH) else None
    if found is None:
        found = name_at(work, end, small=True)
        if (known := _known_name(work, kind, end)) is not None and (
                found is None or known[1] > found[1] or _comma_after(work, known[1], found[1])):
            # The catalogue's name, read whole, or cut where a comma follows it: "Luật
            # Thủ đô, phường và xã …" cites the Capital Law, not a "Luật Thủ đô, phường".
            found = known
    if found is None:
        return None
    name, end = found
    if (t := _NUMBER_AHEAD.match(work, end)) is not None and not any(
            kind_of_word(w) or fold(w) in _NAME_BREAKS for w in t["words"].split()):
        # The name runs on to its number across words that end names elsewhere:
        # "Pháp lệnh ưu đãi người có công với cách mạng số 26/2005/PL-UBTVQH11".
        name, end = collapse(work[end - len(name):t.end("words")]), t.end("words")
    year = None
    if (a := P.ABBR_YEAR.match(work, end)) is not None:
        end = a.end()  # "Bộ luật Hình sự (BLHS) năm 2015"
    if y := P.YEAR_TAIL.match(work, end):
        year, end = int(y["year"]), y.end()
    ref = Reference(kind, year=year, name=name)
    t = P.NUMBER_TAIL.match(work, end)
    if t is not None and t["so"] and (t["year"] or t["sym"] or t["sym2"] or t["lsym"]
                                       or t["lsym2"]):
        num = reference(kind, ident_groups(t))
        ref = attrs.evolve(ref, number=num.number, symbol=num.symbol,
                           year=num.year if num.year is not None else year)
        end = t.end()
    elif year is None and (kind is K.PHAP_LENH or not name[0].isupper()) and (
            P.DATE_TAIL.match(work, end) is None):
        # A name in small letters, or an ordinance's, needs a number, year or date.
        return None
    return ref, end


@functools.cache
def _known_names(kind: K) -> re.Pattern[str] | None:
    """The names of the catalogue's instruments of *kind* after the kind word, longest
    first, as one pattern in any case and spacing."""
    word = fold(kind.vietnamese)
    names = set()
    for inst in catalogue():
        for full in (inst.name, inst.title):
            if inst.kind is kind and full and fold(full).startswith(f"{word} ") and not any(
                    c.isdigit() for c in full):
                names.add(full.split(None, len(word.split()))[-1])
    if not names:
        return None
    return re.compile(rf"{P.WS}(?i:" + "|".join(
        P.WS.join(map(re.escape, n.split())) for n in sorted(names, key=len, reverse=True))
        + r")(?![\w])")


def _known_name(work: str, kind: K, end: int) -> tuple[str, int] | None:
    """The longest catalogue name of *kind* that the text at *end* starts with.

    A name read word by word stops at a word that ends names elsewhere ("và" before a
    kind word, "của", …) or at twelve words; a name the catalogue knows is read whole
    ("Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân", 13 words).
    """
    pattern = _known_names(kind)
    m = None if pattern is None else pattern.match(work, end)
    return None if m is None else (collapse(m[0]).strip(), m.end())


def _comma_after(work: str, known_end: int, found_end: int) -> bool:
    """Whether the name read word by word runs past a comma right after a known name."""
    return found_end > known_end and work[known_end:found_end].lstrip()[:1] == ","


def _amending_name(work: str, end: int) -> tuple[str, int] | None:
    """The name of an amending law: "sửa đổi, bổ sung một số điều của Luật X và Luật Y"."""
    amend = P.AMENDING.match(work, end)
    if amend is None:
        if (many := P.AMENDING_MANY.match(work, end)) is not None and (
                field := name_at(work, many.end(), small=True)) is not None:
            return collapse(work[end:field[1]]).lstrip(), field[1]
        return None
    pos = amend.end()
    while True:
        law = P.KIND_LAW.match(work, pos)
        name = name_at(work, law.end(), small=True) if law is not None else None
        if name is None:
            return None
        pos = name[1]
        if (more := P.AND_LAW.match(work, pos)) is None:
            return collapse(work[end:pos]), pos
        pos = more.end()
