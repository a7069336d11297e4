"""When and by whom a reference was issued (ngày ban hành, cơ quan ban hành).

Read around the mention: its date right after it ("… ngày 29/3/2021") or after its
issuer; the issuer after "của" (:func:`._names.issuer_at`) or in the clause before it
("Chính phủ đã ban hành Nghị định …", :func:`governing_issuer`); and the date after
its subject title ("… về đột phá … ban hành ngày 22/12/2024", :func:`subject_date`).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from urbangov.citations import _patterns as P
from urbangov.citations._names import issuer_at

__all__ = ["date_at", "date_of", "governing_issuer", "subject_date"]

_SUBJECT_VERBS = ("hành", "ký", "qua", "vào")
_VERB_ENDS = ("hành", "ký", "qua", "HÀNH", "KÝ", "QUA")
# Family names that start a person's name after a title ("Thủ tướng Phạm Minh Chính
# ký"): the signer, not the issuing body.
_FAMILY_NAMES = frozenset({
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
    "Đỗ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Lương", "Đào", "Tô", "Phùng", "Hồ",
    "Trương", "Đoàn", "Vương", "Tạ", "Lại", "Triệu", "Chu", "Châu", "Quách",
})


def date_of(m: re.Match[str]) -> dt.date | None:
    """The day named by a DATE_TAIL match, or None if there is no such day (31/2)."""
    d, mo, y = m.group("dn", "mn", "yn") if m["dn"] else m.group("dw", "mw", "yw")
    try:
        return dt.date(int(y), int(mo), int(d))
    except ValueError:
        return None


def date_at(work: str, pos: int) -> tuple[dt.date | None, int]:
    """The date written at *pos* and where it ends; (None, *pos*) if there is none."""
    m = P.DATE_TAIL.match(work, pos)
    day = None if m is None else date_of(m)
    return (None, pos) if m is None or day is None else (day, m.end())


def subject_date(work: str, pos: int) -> dt.date | None:
    """The date after the subject title: "… về đột phá … ban hành ngày 22/12/2024"."""
    # Cheap test first: "ngày" after one of the verbs, within reach.
    window = work[pos:pos + 240]
    at = window.find("ngày")
    while at != -1 and not window[:at].rstrip().endswith(_SUBJECT_VERBS):
        at = window.find("ngày", at + 4)
    if at == -1:
        return None
    m = P.SUBJECT_DATE.match(work, pos)
    if m is None or P.ANCHOR.search(work, pos, m.start("dn") if m["dn"] else m.start("dw")):
        return None  # no date there, or another reference in between
    return date_of(m)


def governing_issuer(work: str, start: int, floor: int) -> str | None:
    """The body in the clause before *start*: "Chính phủ đã ban hành Nghị định …"."""
    lo = max(floor, start - 120)
    # Cheap test first: the verb comes right before the reference.
    if not work[max(lo, start - 12):start].rstrip().endswith(_VERB_ENDS):
        return None
    m = P.GOVERNING.search(work, lo, start)
    if m is None:
        return None
    words = m["body"].split()
    if any(w in _FAMILY_NAMES and nxt[:1].isupper() and " ".join(words[i:i + 3]) != "Hồ Chí Minh"
           for i, (w, nxt) in enumerate(itertools.pairwise(words))):
        return None  # a person signs: "Thủ tướng Chính phủ Phạm Minh Chính ký"
    found = issuer_at(f"của {m['body']}", 0)
    if found is None or found[0] != " ".join(words):
        return None
    return found[0]
