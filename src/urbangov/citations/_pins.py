"""Pin-cites (dẫn chiếu điều, khoản, điểm): the part of a document a reference names.

A pin-cite names an article (Điều), clause (khoản), point (điểm), chapter (Chương),
section (Mục) or annex (Phụ lục).  :func:`pin_before` reads one written before the
instrument ("khoản 3 Điều 7 Nghị định …"); :func:`pinpoint` turns a match of the
pin-cite patterns of :mod:`._patterns` into a :class:`Pinpoint`.
"""

from __future__ import annotations

import re

from urbangov.citations import _patterns as P
from urbangov.citations._model import Pinpoint

__all__ = ["pin_before", "pinpoint"]

_DIVISION_WORDS = ("Chương", "chương", "CHƯƠNG", "Mục", "mục", "MỤC", "lục", "LỤC")
_NUMBER = re.compile(r"\d+")
_LETTER = re.compile(r"(?<!\w)[a-zđ](?!\w)")


def pin_before(work: str, start: int, floor: int) -> tuple[Pinpoint | None, int]:
    """The pin-cite ending right before *start* (not before *floor*), and where it
    starts; (None, *start*) if there is none."""
    lo = max(floor, start - 100)
    # Cheap test first: every pin-cite names an article ("Điều", "điều", "ĐIỀU"), a
    # chapter ("Chương"), a section ("Mục") or an annex ("Phụ lục").
    window = work[lo:start]
    # A pin-cite ends in a number or a roman numeral, or "của", a comma, "kèm theo".
    tail = window.rstrip()
    if not tail or not (tail[-1].isdigit() or tail[-1] in "IVXLC,"
                        or tail.endswith(("của", "CỦA", "theo", "THEO"))):
        return None, start
    if "iều" not in window and "IỀU" not in window and not any(
            w in window for w in _DIVISION_WORDS):
        return None, start
    # The pin-cite starts at a pin word: try those only, leftmost first, as a search
    # from *lo* would, without trying the pattern at every position in between.
    for w in P.PIN_WORD.finditer(work, lo, start):
        m = P.PIN_BEFORE.match(work, w.start(), start)
        if m is not None and (pin := pinpoint(m)) is not None:
            return pin, m.start()
    return None, start


def pinpoint(m: re.Match[str]) -> Pinpoint | None:
    """The pin-cite of a PIN_BEFORE or PIN_AFTER match; lists keep every item."""
    g = m.groupdict()
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
