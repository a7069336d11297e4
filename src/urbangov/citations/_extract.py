"""Finding references in free text: :func:`find` and :func:`annotate`.

The text is normalised once (:mod:`._normal`); :data:`~._patterns.ANCHOR` then finds
candidate starts in C, and each candidate is read forward with small anchored
patterns: identifier (:mod:`._numbered`, :mod:`._symbols`) or name (:mod:`._named`),
pin-cite (:mod:`._pins`), date, further identifiers sharing the kind word, and issuer
(:mod:`._issuers`).  This module is the scan: where a reference starts and what
belongs to it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import attrs

from urbangov._args import check_text, refuse
from urbangov.citations import _patterns as P
from urbangov.citations._issuers import date_at, date_of, governing_issuer, subject_date
from urbangov.citations._kinds import KIND_WORDS, NAMED_KINDS, kind_of_word
from urbangov.citations._model import Citation, Pinpoint, Reference
from urbangov.citations._named import named
from urbangov.citations._names import issuer_at
from urbangov.citations._normal import normalise, past_marks
from urbangov.citations._numbered import numbered
from urbangov.citations._pins import pin_after, pin_before
from urbangov.citations._symbols import ident_groups, reference
from urbangov.law import InstrumentKind

__all__ = ["annotate", "find"]

K = InstrumentKind

# "Luật" as a field, not a law: "Trường Đại học Luật Hà Nội", "Khoa Luật", "Viện Luật".
_SCHOOL = re.compile(r"(?i:học|khoa|trường|viện|ngành)\s+$")
# "pháp luật" (the law in general): "XÂY DỰNG PHÁP LUẬT THÁNG 7 NĂM 2025".
_FIELD = re.compile(r"(?i:pháp)\s+$")
# How the text before an identifier ends when a lower-case kind word precedes it.
_LOWER_TAILS = tuple({w.split()[-1].lower() for w in KIND_WORDS} | {"số", "số:", "SỐ"})
_LIST_MARK = re.compile(r"\s*[,;]|\s+(?:và|hoặc|VÀ|HOẶC)\s")
# A form's number is no reference: "mẫu số 02/TTN", "Mẫu 05/QTT-TNCN".
_FORM = re.compile(r"(?i:mẫu)(?:\s+(?i:số|biểu))?\s*:?\s*$")
# A symbol just before a kind word glued to it, in a list that lost its separators
# ("…/NĐ-CPNghị định 04/2014/NĐ-CP"): the kind word starts the next reference.
_GLUED_TO_SYMBOL = re.compile(r"\d[/-][\w/&.-]*[A-ZĐ]$")
# A table's label before a kind word: "Loại văn bản: Luật".
_KIND_LABEL = re.compile(r"(?i:loại\s+văn\s+bản)[\s:|]*$")


@attrs.define
class _Hit:
    start: int
    end: int
    full_end: int
    ref: Reference
    date: dt.date | None = None
    issuer: str | None = None
    pin: Pinpoint | None = None


def _start_at(work: str, m: re.Match[str], floor: int) -> tuple[int, K | None,
                                                               Reference, int] | None:
    """Read the kind word or bare identifier at anchor *m*: (start, kind, ref, end)."""
    start, end, word = m.start(), m.end(), m.group()
    if word[0].isdigit():
        ident = P.IDENT.match(work, start)
        if ident is None or _FORM.search(work, max(floor, start - 12), start):
            return None
        kind = None
        lo = max(floor, start - 40)
        if work[lo:start].rstrip().endswith(_LOWER_TAILS) and (
                lower := P.LOWER_KIND_BEFORE.search(work, lo, start)):
            kind, start = kind_of_word(lower["kw"]), lower.start()
        return start, kind, reference(kind, ident_groups(ident)), ident.end()
    # A digit may precede: lists flattened to text ("- 1Chỉ thị 15/CT-TTg").
    # A kind word glued to a small letter before it, as text copied from PDFs has it
    # ("Thực hiệnQuyết định số 1489/QĐ-TTg"), is one.
    before = work[start - 1] if start else ""
    if before == "_" or (before.isalpha() and not (before.islower() and word[0].isupper())
                         and not _GLUED_TO_SYMBOL.search(work, max(0, start - 40), start)):
        return None
    if word[:2] in ("Số", "SỐ") and (ident := P.IDENT.match(work, end)):
        # A header's old identifier: "Số: 405-NV".
        return end, None, reference(None, ident_groups(ident)), ident.end()
    kind = kind_of_word(word)
    if kind is None:
        return None
    found = None
    if kind is not K.HIEN_PHAP:
        found = numbered(work, kind, word, end)
    if found is None and kind in NAMED_KINDS \
            and not (kind is K.LUAT and (_SCHOOL.search(work, max(0, start - 12), start)
                                         or _FIELD.search(work, max(0, start - 6), start))) \
            and not _KIND_LABEL.search(work, max(0, start - 24), start):
        found = named(work, kind, end)
    if found is None and kind is K.HIEN_PHAP and pin_before(work, start, floor)[0]:
        # "Hiến pháp" alone is the Constitution when a pin-cite names a part of it
        # ("khoản 2 Điều 111 của Hiến pháp"); elsewhere it may be the word in general.
        found = Reference(kind), end
    return None if found is None else (start, kind, *found)


def _hits_at(work: str, m: re.Match[str], floor: int) -> list[_Hit]:
    """The citations starting at anchor *m* (several when they share a kind)."""
    head = _start_at(work, m, floor)
    if head is None:
        return []
    start, kind, ref, end = head
    if (ref.party_style or (ref.symbol is None and ref.number is not None)) and (
            ref.year is None and "năm" in work[end:end + 8]
            and (y := P.PARTY_YEAR.match(work, end))):
        # The year written after a Party identifier or a bare number is its year:
        # "152-KL/TW năm 2025", "Kết luận 127 năm 2025".
        ref, end = attrs.evolve(ref, year=int(y["year"])), y.end()
    pin, pin_start = pin_before(work, start, floor)
    date, full_end = None, end
    # "Nghị quyết 131/2020/QH14 Điều 9 khoản 1": the pin-cite ends the mention.  It
    # wins over one before that a comma joins ("L72 Điều 21, NĐ 300/2025 Điều 7":
    # Điều 21 is another document's).
    # Cheap test first: every such pin-cite names an article ("Điều", "ĐIỀU", "Đ.").
    if (pin is None or work[pin_start:start].rstrip().endswith(",")) and (
            "iều" in (after_text := work[end:end + 32]) or "IỀU" in after_text
            or "Đ." in after_text) and (trailing := pin_after(work, end)) is not None:
        pin, end = trailing
        full_end = end
    else:
        start = pin_start
        # Cheap tests before each pattern: most mentions have no date, list or issuer.
        if "," in (ahead := work[end:end + 24]) or "gày" in ahead or "GÀY" in ahead:
            after = P.DATE_TAIL.match(work, end)
            if after is not None and (date := date_of(after)) is not None:
                full_end = after.end()
    hits = [_Hit(start, end, full_end, ref, date, None, pin)]
    # Further identifiers under the same kind word: "các Nghị định số 32/…, 33/… và 34/…".
    while kind is not None and ref.number is not None and _LIST_MARK.match(
            work, hits[-1].full_end) and (c := P.CONTINUATION.match(work, hits[-1].full_end)):
        more = reference(kind, ident_groups(c))
        date, full_end = date_at(work, c.end())
        hits.append(_Hit(c.start("num"), c.end(), full_end, more, date))
    last = hits[-1]
    if ("của" in work[last.full_end:last.full_end + 8]
            or "CỦA" in work[last.full_end:last.full_end + 8]) and (
            found_issuer := issuer_at(work, last.full_end)) is not None:
        last.issuer, last.full_end = found_issuer
        if last.date is None and "gày" in work[last.full_end:last.full_end + 12]:
            # The date after the issuer: "Quyết định số 28/QĐ-BNV của Bộ Nội vụ ngày …".
            last.date, last.full_end = date_at(work, last.full_end)
    if last.date is None and ("về" in work[last.full_end:last.full_end + 6]
                              or "VỀ" in work[last.full_end:last.full_end + 6]):
        last.date = subject_date(work, last.full_end)
    first = hits[0]
    if first.issuer is None and len(hits) == 1:
        first.issuer = governing_issuer(work, first.start, floor)
    return hits


def _scan(work: str) -> list[_Hit]:
    hits: list[_Hit] = []
    pos = floor = 0
    search = P.ANCHOR.search
    while (m := search(work, pos)) is not None:
        found = _hits_at(work, m, floor)
        if not found:
            pos = m.start() + 1
            continue
        hits.extend(found)
        pos = floor = found[-1].full_end
    return hits


def find(text: str) -> list[Citation]:
    """All references in *text*, in text order, never overlapping.

    >>> [c.text for c in find("theo khoản 3 Điều 7 Nghị định số 32/2021/NĐ-CP ngày "
    ...                        "29/3/2021 của Chính phủ và Luật Thủ đô năm 2024.")]
    ['khoản 3 Điều 7 Nghị định số 32/2021/NĐ-CP', 'Luật Thủ đô năm 2024']
    >>> c = find("Quyết định số 2696/QĐ-UBND ngày 21/6/2021 của UBND Thành phố về …")[0]
    >>> c.instrument.kind.value, c.instrument.symbol, c.date.isoformat(), c.issuer
    ('quyet_dinh', 'QĐ-UBND', '2021-06-21', 'UBND Thành phố')
    >>> find("Quận 12, hẻm 822/23/1, ngày 29/3/2021, Nghị định này")
    []

    Raises:
        FieldError: *text* is not a text.
    """
    check_text("find", "text", text)
    work, starts = normalise(text)
    out = []
    for h in _scan(work):
        s, e, fe = h.start, past_marks(work, h.end), past_marks(work, h.full_end)
        if starts is not None:
            s, e, fe = starts[s], starts[e], starts[fe]
        out.append(Citation((s, e), text[s:e], h.ref, h.date, h.issuer, h.pin, (s, fe)))
    return out


def annotate(text: str, fn: Callable[[Citation], str]) -> str:
    """*text* with each citation's mention replaced by ``fn(citation)``.

    Everything outside the mentions is kept exactly.

    >>> annotate("Căn cứ Nghị định 23/2015/NĐ-CP;", lambda c: f"<a>{c.text}</a>")
    'Căn cứ <a>Nghị định 23/2015/NĐ-CP</a>;'

    Raises:
        FieldError: *text* is not a text, or *fn* is not callable.
    """
    check_text("annotate", "text", text)
    if not callable(fn):
        raise refuse("annotate", "fn", "a function of a Citation", fn)
    parts: list[str] = []
    pos = 0
    for c in find(text):
        parts.append(text[pos:c.start])
        parts.append(fn(c))
        pos = c.end
    parts.append(text[pos:])
    return "".join(parts)
