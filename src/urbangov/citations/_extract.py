"""Finding references in free text: :func:`find` and :func:`annotate`.

The text is normalised to NFC once (only if it is not NFC already, keeping a map
back to the original offsets); :data:`~._patterns.ANCHOR` then finds candidate
starts in C, and each candidate is read forward with small anchored patterns:
identifier or name, pin-cite, date, further identifiers sharing the kind word,
and issuer.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable

import attrs

from urbangov._text import fold, is_nfc
from urbangov.citations import _patterns as P
from urbangov.citations._kinds import (
    KIND_WORDS,
    NAMED_KINDS,
    STRONG_KINDS,
    kind_of_symbol,
    kind_of_word,
)
from urbangov.citations._model import Citation, Pinpoint, Reference
from urbangov.citations._names import issuer_at, name_at
from urbangov.law import InstrumentKind, catalogue

__all__ = ["annotate", "find"]

K = InstrumentKind

# Words after a bare number that make it a quantity, not a document ("kế hoạch 5 năm").
# Matched with their marks: "quý" (a quarter) is a unit, "quy định" is not.
_UNITS = frozenset(w for w in (
    "năm", "tháng", "ngày", "giờ", "phút", "tuần", "quý", "người", "lần", "phần",
    "điều", "khoản", "chương", "mục", "trang", "tỷ", "triệu", "nghìn", "ngàn", "đồng",
    "hồ", "đơn", "thành", "đại", "cán", "xã", "phường", "quận", "huyện", "tỉnh",
    "nội", "nhiệm", "văn", "km", "m", "ha", "lượt", "cuộc", "căn", "hộ", "tiêu",
))
# "Luật" as a field, not a law: "Trường Đại học Luật Hà Nội", "Khoa Luật", "Viện Luật".
_SCHOOL = re.compile(r"(?i:học|khoa|trường|viện|ngành)\s+$")
# "pháp luật" (the law in general): "XÂY DỰNG PHÁP LUẬT THÁNG 7 NĂM 2025".
_FIELD = re.compile(r"(?i:pháp)\s+$")
# How the text before an identifier ends when a lower-case kind word precedes it.
_LOWER_TAILS = tuple({w.split()[-1].lower() for w in KIND_WORDS} | {"số", "số:", "SỐ"})
_LIST_MARK = re.compile(r"\s*[,;]|\s+(?:và|hoặc|VÀ|HOẶC)\s")
_NEXT_WORD = re.compile(r"\s*(%|[^\W_]+)")
# Up to eight more words of a name, then its number: "… với cách mạng số 26/2005/…".
_NUMBER_AHEAD = re.compile(
    rf"(?P<words>(?:{P.WS}[^\W\d_]+){{1,8}}?)(?={P.WS}(?:số|SỐ){P.OWS}:?{P.OWS}\d+[/-])")
_NAME_BREAKS = frozenset(fold(w) for w in ("ngày", "năm", "của", "tại", "theo", "số", "và"))
# A form's number is no reference: "mẫu số 02/TTN", "Mẫu 05/QTT-TNCN".
_FORM = re.compile(r"(?i:mẫu)(?:\s+(?i:số|biểu))?\s*:?\s*$")
# A symbol just before a kind word glued to it, in a list that lost its separators
# ("…/NĐ-CPNghị định 04/2014/NĐ-CP"): the kind word starts the next reference.
_GLUED_TO_SYMBOL = re.compile(r"\d[/-][\w/&.-]*[A-ZĐ]$")
# A year after "năm" that no range or further digit continues ("năm 2025", not
# "năm 2021-2025").
_YEAR_AFTER = re.compile(r"[^\S\n]+(?:19|20)\d\d(?![\d/.,-]|[^\S\n]*[-–])")
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


# Look-alikes of "Đ"/"đ" that text copied from PDFs (and even the official portal's
# number fields) holds: ETH (U+00D0, U+00F0) and the African D (U+0189).  Vietnamese
# has no use for them, so they are read as Đ/đ ("23/2015/NÐ-CP" is "23/2015/NĐ-CP").
# One character for one, so that offsets into the text stay the same.
_LOOKALIKES = str.maketrans({"\u00d0": "Đ", "\u00f0": "đ", "\u0189": "Đ"})


def _normalise(text: str) -> tuple[str, list[int] | None]:
    """The text to read: *text* in NFC with look-alikes of "Đ" read as it, and for each
    offset of it the offset in *text* (None if the same)."""
    work, starts = _nfc(text)
    if "\u00d0" in work or "\u00f0" in work or "\u0189" in work:
        work = work.translate(_LOOKALIKES)
    return work, starts


def _nfc(text: str) -> tuple[str, list[int] | None]:
    """*text* in NFC, and for each NFC offset its offset in *text* (None if same).

    The text is cut into pieces that NFC composes independently: a cut goes before
    each character of combining class 0 that does not compose with the piece
    before it (a later character of class 0 is blocked from anything earlier, and
    marks of other classes stay with their piece).  Each piece is composed alone, so
    the result is exactly ``unicodedata.normalize("NFC", text)``.
    """
    if is_nfc(text):
        return text, None
    parts: list[str] = []
    starts: list[int] = []
    piece = 0
    nfc = unicodedata.normalize
    for i in range(1, len(text) + 1):
        if i < len(text) and unicodedata.combining(nfc("NFD", text[i])[0]):
            continue  # a mark (or a letter that decomposes to marks, as U+0F73)
        composed = nfc("NFC", text[piece:i])
        if i < len(text) and nfc("NFC", composed[-1:] + text[i]) != (
                composed[-1:] + nfc("NFC", text[i])):
            continue  # composes with the piece: Hangul syllables, some Indic vowels
        parts.append(composed)
        starts.extend([piece] * len(composed))
        piece = i
    starts.append(len(text))
    return "".join(parts), starts


def _collapse(s: str) -> str:
    return " ".join(s.split()) if " " in s or "\n" in s or "\t" in s else s


def _symbol(raw: str) -> str:
    """The symbol without white space around its dashes ("TTr -\nNN&PTNT")."""
    if " " in raw or "\n" in raw or "\t" in raw:
        return _SYMBOL_SPACE.sub(r"\1", _collapse(raw))
    return raw


_SYMBOL_SPACE = re.compile(r" ?([-–/]) ?")

_Groups = tuple[str, str | None, str | None, str | None, str | None]


# The last part of a spaced symbol that names a Party body ("QĐ TW" is "QĐ/TW").
_PARTY_BODY = re.compile(r"(?:TW|TƯ|TU|ĐU|QU|HU|BCĐTW|BTCTW|[A-ZĐ]*(?:TW|TU|ĐU))\Z")


# Segments of a symbol that keep a small letter ("QĐ-TTg": Thủ tướng, "TTr": tờ trình).
_SMALL_LETTER_SEGMENTS = {"TTG": "TTg", "TTR": "TTr"}
_SEGMENT = re.compile(r"[^-/]+")


def _upper_symbol(raw: str) -> str:
    """A symbol typed in small letters, in its usual form ("qđ-ttg" → "QĐ-TTg")."""
    return _SEGMENT.sub(lambda s: _SMALL_LETTER_SEGMENTS.get(s[0], s[0]), raw.upper())


def _ident(m: re.Match[str]) -> _Groups:
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
def _reference(kind: K | None, groups: _Groups) -> Reference:
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


def _is_quantity(work: str, pos: int) -> bool:
    nxt = _NEXT_WORD.match(work, pos)
    if nxt is None or not (nxt[1] == "%" or nxt[1].lower() in _UNITS):
        return False
    # "Kết luận 127 năm 2025" is the year of the reference, not 127 years.
    if nxt[1].lower() == "năm" and _YEAR_AFTER.match(work, nxt.end()):
        return False
    # "Nghị quyết 18 ngày 25/10/2017" is dated, not eighteen days.
    return fold(nxt[1]) != "ngay" or P.DATE_TAIL.match(work, pos) is None


def _date(m: re.Match[str]) -> dt.date | None:
    """The day named by a DATE_TAIL match, or None if there is no such day (31/2)."""
    d, mo, y = m.group("dn", "mn", "yn") if m["dn"] else m.group("dw", "mw", "yw")
    try:
        return dt.date(int(y), int(mo), int(d))
    except ValueError:
        return None


def _date_at(work: str, pos: int) -> tuple[dt.date | None, int]:
    m = P.DATE_TAIL.match(work, pos)
    day = None if m is None else _date(m)
    return (None, pos) if m is None or day is None else (day, m.end())


def _numbered(work: str, kind: K, word: str, end: int) -> tuple[Reference, int] | None:
    t = P.NUMBER_TAIL.match(work, end)
    if t is None and (q := P.QUALIFIER.match(work, end)) is not None:
        t = P.NUMBER_TAIL.match(work, q.end())  # "Báo cáo thẩm tra số 18/BC-HĐND"
    if t is None:
        return None
    groups = _ident(t)
    if not any(groups[1:]):
        # A bare number: "Nghị quyết số 1111", "Nghị định 23", but not "kế hoạch 5 năm".
        if not t["so"] and (word[:1].islower() or (
                kind not in STRONG_KINDS and not _bare_in_context(work, kind, t))):
            return None
        if _is_quantity(work, t.end()):
            return None
    return _reference(kind, groups), t.end()


# Kinds that are also common nouns but are cited by a bare number in news ("Quy định
# 296 của Ban Chấp hành Trung ương"): read when what follows marks a reference.
_BARE_WEAK = frozenset({K.QUY_DINH, K.HUONG_DAN, K.THONG_BAO, K.KE_HOACH, K.QUY_CHE,
                        K.TO_TRINH, K.BAO_CAO})
_REFERENCE_CONTEXT = re.compile(
    rf"{P.OWS}(?:[,;)\]]|\.(?!\d)|$|(?:của|ngày|CỦA|NGÀY)(?!\w))")
_YEARLIKE = re.compile(r"(?:19|20)\d\d")
_OWNER_CONTEXT = re.compile(rf"{P.OWS},?{P.OWS}(?:của|ngày|CỦA|NGÀY)(?!\w)")


def _bare_in_context(work: str, kind: K, t: re.Match[str]) -> bool:
    if kind not in _BARE_WEAK or _YEARLIKE.fullmatch(t["num"]):
        return False  # "Kế hoạch 2021" is the plan for a year
    if len(t["num"]) >= 2:
        return _REFERENCE_CONTEXT.match(work, t.end()) is not None
    return _OWNER_CONTEXT.match(work, t.end()) is not None


def _named(work: str, kind: K, end: int) -> tuple[Reference, int] | None:
    if kind is K.HIEN_PHAP:
        y = P.HIEN_PHAP_TAIL.match(work, end)
        if y is None or not (y["full"] or y["year"]):
            return None
        return Reference(kind, year=int(y["year"]) if y["year"] else None), y.end()
    found = _amending_name(work, end) if kind in (K.LUAT, K.PHAP_LENH) else None
    if found is None:
        found = name_at(work, end, small=True)
        if (known := _known_name(work, kind, end)) is not None and (
                found is None or known[1] > found[1]):
            found = known
    if found is None:
        return None
    name, end = found
    if (t := _NUMBER_AHEAD.match(work, end)) is not None and not any(
            kind_of_word(w) or fold(w) in _NAME_BREAKS for w in t["words"].split()):
        # The name runs on to its number across words that end names elsewhere:
        # "Pháp lệnh ưu đãi người có công với cách mạng số 26/2005/PL-UBTVQH11".
        name, end = _collapse(work[end - len(name):t.end("words")]), t.end("words")
    year = None
    if (a := P.ABBR_YEAR.match(work, end)) is not None:
        end = a.end()  # "Bộ luật Hình sự (BLHS) năm 2015"
    if y := P.YEAR_TAIL.match(work, end):
        year, end = int(y["year"]), y.end()
    ref = Reference(kind, year=year, name=name)
    t = P.NUMBER_TAIL.match(work, end)
    if t is not None and t["so"] and (t["year"] or t["sym"] or t["sym2"] or t["lsym"]
                                       or t["lsym2"]):
        num = _reference(kind, _ident(t))
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
    return None if m is None else (_collapse(m[0]).strip(), m.end())


def _amending_name(work: str, end: int) -> tuple[str, int] | None:
    """The name of an amending law: "sửa đổi, bổ sung một số điều của Luật X và Luật Y"."""
    amend = P.AMENDING.match(work, end)
    if amend is None:
        if (many := P.AMENDING_MANY.match(work, end)) is not None and (
                field := name_at(work, many.end(), small=True)) is not None:
            return _collapse(work[end:field[1]]).lstrip(), field[1]
        return None
    pos = amend.end()
    while True:
        law = P.KIND_LAW.match(work, pos)
        named = name_at(work, law.end(), small=True) if law is not None else None
        if named is None:
            return None
        pos = named[1]
        if (more := P.AND_LAW.match(work, pos)) is None:
            return _collapse(work[end:pos]), pos
        pos = more.end()


_DIVISION_WORDS = ("Chương", "chương", "CHƯƠNG", "Mục", "mục", "MỤC", "lục", "LỤC")


def _pin_before(work: str, start: int, floor: int) -> tuple[Pinpoint | None, int]:
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
        if m is not None and (pin := _pinpoint(m)) is not None:
            return pin, m.start()
    return None, start


_NUMBER = re.compile(r"\d+")
_LETTER = re.compile(r"(?<!\w)[a-zđ](?!\w)")


def _pinpoint(m: re.Match[str]) -> Pinpoint | None:
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
        return start, kind, _reference(kind, _ident(ident)), ident.end()
    # A digit may precede: lists flattened to text ("- 1Chỉ thị 15/CT-TTg").
    # A kind word glued to a small letter before it, as text copied from PDFs has it
    # ("Thực hiệnQuyết định số 1489/QĐ-TTg"), is one.
    before = work[start - 1] if start else ""
    if before == "_" or (before.isalpha() and not (before.islower() and word[0].isupper())
                         and not _GLUED_TO_SYMBOL.search(work, max(0, start - 40), start)):
        return None
    if word[:2] in ("Số", "SỐ") and (ident := P.IDENT.match(work, end)):
        # A header's old identifier: "Số: 405-NV".
        return end, None, _reference(None, _ident(ident)), ident.end()
    kind = kind_of_word(word)
    if kind is None:
        return None
    found = None
    if kind is not K.HIEN_PHAP:
        found = _numbered(work, kind, word, end)
    if found is None and kind in NAMED_KINDS \
            and not (kind is K.LUAT and (_SCHOOL.search(work, max(0, start - 12), start)
                                         or _FIELD.search(work, max(0, start - 6), start))) \
            and not _KIND_LABEL.search(work, max(0, start - 24), start):
        found = _named(work, kind, end)
    if found is None and kind is K.HIEN_PHAP and _pin_before(work, start, floor)[0]:
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
    pin, start = _pin_before(work, start, floor)
    date, full_end = None, end
    # Cheap tests before each pattern: most mentions have no date, list or issuer.
    ahead = work[end:end + 24]
    after = None
    if "," in ahead or "gày" in ahead or "GÀY" in ahead:
        after = (P.DATE_TAIL if pin is not None else P.PIN_AFTER_OR_DATE).match(work, end)
    if after is not None and pin is None and after["pin"]:
        pin, end = _pinpoint(after), after.end()
        full_end = end
    elif after is not None and (date := _date(after)) is not None:
        full_end = after.end()
    hits = [_Hit(start, end, full_end, ref, date, None, pin)]
    # Further identifiers under the same kind word: "các Nghị định số 32/…, 33/… và 34/…".
    while kind is not None and ref.number is not None and _LIST_MARK.match(
            work, hits[-1].full_end) and (c := P.CONTINUATION.match(work, hits[-1].full_end)):
        more = _reference(kind, _ident(c))
        date, full_end = _date_at(work, c.end())
        hits.append(_Hit(c.start("num"), c.end(), full_end, more, date))
    last = hits[-1]
    if ("của" in work[last.full_end:last.full_end + 8]
            or "CỦA" in work[last.full_end:last.full_end + 8]) and (
            found_issuer := issuer_at(work, last.full_end)) is not None:
        last.issuer, last.full_end = found_issuer
        if last.date is None and "gày" in work[last.full_end:last.full_end + 12]:
            # The date after the issuer: "Quyết định số 28/QĐ-BNV của Bộ Nội vụ ngày …".
            last.date, last.full_end = _date_at(work, last.full_end)
    if last.date is None and ("về" in work[last.full_end:last.full_end + 6]
                              or "VỀ" in work[last.full_end:last.full_end + 6]):
        last.date = _subject_date(work, last.full_end)
    first = hits[0]
    if first.issuer is None and len(hits) == 1:
        first.issuer = _governing_issuer(work, first.start, floor)
    return hits


_SUBJECT_VERBS = ("hành", "ký", "qua", "vào")


def _subject_date(work: str, pos: int) -> dt.date | None:
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
    return _date(m)


# Family names that start a person's name after a title ("Thủ tướng Phạm Minh Chính
# ký"): the signer, not the issuing body.
_FAMILY_NAMES = frozenset({
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
    "Đỗ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Lương", "Đào", "Tô", "Phùng", "Hồ",
    "Trương", "Đoàn", "Vương", "Tạ", "Lại", "Triệu", "Chu", "Châu", "Quách",
})


_VERB_ENDS = ("hành", "ký", "qua", "HÀNH", "KÝ", "QUA")


def _governing_issuer(work: str, start: int, floor: int) -> str | None:
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
    """
    if not isinstance(text, str):
        raise TypeError(f"find reads a text (str), not {type(text).__name__}")
    work, starts = _normalise(text)
    out = []
    for h in _scan(work):
        s, e, fe = h.start, _past_marks(work, h.end), _past_marks(work, h.full_end)
        if starts is not None:
            s, e, fe = starts[s], starts[e], starts[fe]
        out.append(Citation((s, e), text[s:e], h.ref, h.date, h.issuer, h.pin, (s, fe)))
    return out


def _past_marks(work: str, end: int) -> int:
    """*end* moved past combining marks left after it (a stray accent on a digit), so
    that a mention never ends inside what NFC keeps as one unit."""
    while work[end:end + 1] > "\u02ff" and unicodedata.combining(work[end]):
        end += 1  # marks start at U+0300: one comparison for the usual next character
    return end


def annotate(text: str, fn: Callable[[Citation], str]) -> str:
    """*text* with each citation's mention replaced by ``fn(citation)``.

    Everything outside the mentions is kept exactly.

    >>> annotate("Căn cứ Nghị định 23/2015/NĐ-CP;", lambda c: f"<a>{c.text}</a>")
    'Căn cứ <a>Nghị định 23/2015/NĐ-CP</a>;'
    """
    parts: list[str] = []
    pos = 0
    for c in find(text):
        parts.append(text[pos:c.start])
        parts.append(fn(c))
        pos = c.end
    parts.append(text[pos:])
    return "".join(parts)
