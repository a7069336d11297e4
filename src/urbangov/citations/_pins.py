"""Pin-cites (dẫn chiếu điều, khoản, điểm): the part of a document a reference names.

A pin-cite names an article (Điều), clause (khoản), point (điểm), chapter (Chương),
section (Mục) or annex (Phụ lục).  :func:`pin_before` reads one written before the
instrument ("khoản 3 Điều 7 Nghị định …"), :func:`pin_after` one written after it on
the same line ("Nghị quyết 131/2020/QH14 Điều 9 khoản 1", "NĐ 254/2026/NĐ-CP Đ.9
k.2"); :func:`pinpoint` turns a match of the pin-cite patterns of :mod:`._patterns`
into a :class:`Pinpoint`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from urbangov.citations import _patterns as P
from urbangov.citations._model import Pinpoint

__all__ = ["pin_after", "pin_before", "pinpoint"]

_DIVISION_WORDS = ("Chương", "chương", "CHƯƠNG", "Mục", "mục", "MỤC", "lục", "LỤC")
_NUMBER = re.compile(r"\d+")
_LETTER = re.compile(r"(?<!\w)[a-zđ](?!\w)")
_POINT_LETTERS = frozenset("abcdđeghiklmnopqrstuvxy")


def pin_before(work: str, start: int, floor: int) -> tuple[Pinpoint | None, int]:
    """The pin-cite ending right before *start* (not before *floor*), and where it
    starts; (None, *start*) if there is none."""
    lo = max(floor, start - 100)
    # Cheap test first: every pin-cite names an article ("Điều", "điều", "ĐIỀU"), a
    # chapter ("Chương"), a section ("Mục") or an annex ("Phụ lục").
    window = work[lo:start]
    # A pin-cite ends in a number or a roman numeral, or "của", a comma, "kèm theo".
    # A point's letter ends one in another order ("Điều 52 khoản 3 điểm a", "đ.a").
    tail = window.rstrip()
    if not tail or not (tail[-1].isdigit() or tail[-1] in "IVXLC,"
                        or tail.endswith(("của", "CỦA", "theo", "THEO"))
                        or (tail[-2:-1] in (" ", ".") and tail[-1] in _POINT_LETTERS)):
        return None, start
    if "iều" not in window and "IỀU" not in window and "Đ." not in window and not any(
            w in window for w in _DIVISION_WORDS):
        return None, start
    # The pin-cite starts at a pin word: try those only, leftmost first, as a search
    # from *lo* would, without trying the pattern at every position in between.
    for w in P.PIN_WORD.finditer(work, lo, start):
        m = P.PIN_BEFORE.match(work, w.start(), start)
        if m is not None and (pin := pinpoint(m)) is not None:
            return pin, m.start()
    # Else the units in another order or abbreviated, on one line: "Điều 52 khoản 3
    # điểm a Luật 72/2025/QH15", "k.3 Đ.18 Nghị định 33/2021/NĐ-CP".
    for w in P.PIN_UNIT_START.finditer(work, lo, start):
        found = _units(work, w.start())
        if found is not None and (end := P.PIN_BEFORE_END.match(work, found[1], start)) \
                and end.end() == start and (pin := _pin_of(found[0])) is not None:
            return pin, w.start()
    return None, start


def pin_after(work: str, end: int) -> tuple[Pinpoint, int] | None:
    """The pin-cite written right after the instrument ending at *end*, and where it
    ends; None if there is none.

    It stays on the instrument's line, after a comma or spaces only (no sentence end),
    names an article with or without its clause and point, in any order, each once
    ("Điều 52 khoản 3 điểm a", "khoản 5 Điều 8", "Đ.4 k.1 đ.a"); and what follows it
    does not claim it: the line's end, punctuation, or a word in small letters other
    than "của", "thuộc" or a kind word.  A capital or a digit after it may start the
    document it belongs to ("Điều 57 NĐ 145/2020/NĐ-CP, Điều 98 BLLĐ 2019"), a new
    line the text's own article ("…/NĐ-CP.\nĐiều 9. Hiệu lực thi hành").
    """
    head = P.PIN_AFTER_HEAD.match(work, end)
    found = None if head is None else _units(work, head.end())
    if found is None or not _free_after(work, found[1]):
        return None
    pin = _pin_of(found[0])
    return None if pin is None else (pin, found[1])


def _units(work: str, pos: int) -> tuple[dict[str, str | None], int] | None:
    """The article, clause and point written from *pos* on one line, in any order and
    each once, and where they end; None if no article is among them."""
    units: dict[str, str | None] = {"article": None, "clause": None, "point": None}
    last = pos
    while (unit := P.PIN_UNIT.match(work, pos)) is not None:
        name = unit.lastgroup
        if name is None or units[name] is not None:
            break  # the same unit again: another pin-cite starts
        units[name], last = unit[name], unit.end()
        if (sep := P.PIN_UNIT_SEPARATOR.match(work, last)) is None:
            break
        pos = sep.end()
    return None if units["article"] is None else (units, last)


def _free_after(work: str, pos: int) -> bool:
    """Whether what follows a pin-cite ending at *pos* leaves it to the instrument before."""
    while pos < len(work) and work[pos] in " \t\r\xa0":
        pos += 1
    if pos == len(work) or work[pos] == "\n":
        return True
    c = work[pos]
    if c.isdigit() or c.isupper():
        return False
    return not c.isalpha() or P.PIN_OWNER_AHEAD.match(work, pos) is None


def pinpoint(m: re.Match[str]) -> Pinpoint | None:
    """The pin-cite of a PIN_BEFORE match; lists keep every item."""
    return _pin_of(m.groupdict())


def _pin_of(g: Mapping[str, str | None]) -> Pinpoint | None:
    """The pin-cite of the units (article, clause, point, divisions) as written."""
    articles = tuple(int(x) for x in _NUMBER.findall(g["article"] or ""))
    clauses = tuple(int(x) for x in _NUMBER.findall(g["clause"] or ""))
    points = tuple(_LETTER.findall((g["point"] or "").lower()))
    divisions = {k: g.get(k) for k in ("chapter", "section", "subsection", "annex")}
    if not (articles or any(divisions.values())):
        return None
    return Pinpoint(article=articles[-1] if articles else None,
                    clause=clauses[-1] if clauses else None,
                    point=points[-1] if points else None,
                    clauses=clauses if len(clauses) > 1 else (),
                    points=points if len(points) > 1 else (),
                    articles=articles if len(articles) > 1 else (), **divisions)
