"""Hostile input (issue #15): properties that hold for every text.

* ``parse(format(r)) == r`` for every reference ``find`` returns;
* the NFC and NFD forms of a text give the same citations;
* no text makes find, find_all, resolve_all, parse, format or clean raise anything but
  the library's documented error (:class:`CitationParseError` from ``parse``).

Hypothesis runs a bounded number of examples, derandomized in CI (tests/conftest.py).
"""

from __future__ import annotations

import contextlib
import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from urbangov.citations import (
    CitationParseError,
    Reference,
    clean,
    find,
    find_all,
    format,
    parse,
    resolve_all,
)
from urbangov.law import InstrumentKind as K

BOUNDED = settings(max_examples=300, deadline=None)

# Pieces of real references, glued in any order: kind words, numbers, symbols, dates,
# pin-cites, issuers, short forms, punctuation, marks and odd characters.
PIECES = [
    "Nghị định", "nghị quyết", "NGHỊ QUYẾT", "Quyết định", "Quy định", "Kết luận", "Luật",
    "Bộ luật", "Hiến pháp", "Công văn", "Thông tư liên tịch", "Chỉ thị", "Hướng dẫn",
    "Kế hoạch", "Thông báo", "văn bản", "Số:", "số", "số:", " ", " ", " ", "\n", "\n\n",
    "32", "2021", "05", "1656", "2", "/", "-", " - ", "–", "NĐ-CP", "QĐ/TW", "KL/TW",
    "QĐ TW", "NQ UBTVQH15", "TU2-QC", "/TU", "ND/CP", "QH14", "UBND-NC", "TTr", "Ctr",
    "năm", "ngày", "tháng", "29/3/2021", "31/2/2021", "của", "Chính phủ", "Quốc hội",
    "khóa XV", "ban hành", "Bộ Chính trị đã ban hành", "về", "Điều", "khoản", "điểm",
    "7", "3", "b", "này", "nêu trên", "Thủ đô", "Tổ chức chính quyền địa phương",
    "sửa đổi, bổ sung một số điều của", ",", ";", ".", "(", ")", "|", "&amp;", "<p>",
    "</p>", "<br>", "\\n", "\\u002F", "\u00a0", "\u200b", "\u0301", "\u0323", "e\u0302",
    "Đ", "đ", "ư\u0309", "\ufeff", "\r\n", "\t", "Thực hiện", "các",
]
texts = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
    st.text(max_size=120),
)


@BOUNDED
@given(texts)
@example("Công văn số 2-TU2-QC/TU")
@example("Nghị định số 62-ND/CP")
@example("Kết luận 152-KL/TW năm 2025 và Quy định 232 QĐ TW năm 2025")
def test_format_then_parse_is_the_identity_on_what_find_returns(text: str) -> None:
    for c in find(text):
        assert parse(format(c.reference)) == c.reference, format(c.reference)


def _keys(text: str) -> list[tuple[object, ...]]:
    return [(unicodedata.normalize("NFC", c.text), c.instrument, c.date, c.issuer,
             c.pinpoint) for c in find(text)]


@BOUNDED
@given(texts)
@example("Nghị định số 32/2021/NĐ-CP của Chính phủ khóa XV ban hành")
@example("\u1100\u1161\u11a8 Quy định 296 của Ban Bí thư")
def test_nfc_and_nfd_give_the_same_citations(text: str) -> None:
    nfd = unicodedata.normalize("NFD", text)
    assert _keys(unicodedata.normalize("NFC", text)) == _keys(nfd) == _keys(text)
    for c in find(nfd):
        assert nfd[c.start:c.end] == c.text


@BOUNDED
@given(texts)
def test_no_text_makes_the_verbs_raise(text: str) -> None:
    found = find_all(text)
    resolve_all(found, text)
    for c in find(text):
        format(c)
    cleaned = clean(text)
    find(cleaned)
    with contextlib.suppress(CitationParseError):
        parse(text)


@BOUNDED
@given(st.sampled_from([k for k in K if k is not K.HIEN_PHAP]),
       st.from_regex(r"\A[0-9]{1,4}\Z"),
       st.sampled_from(["TU2-QC/TU", "ND/CP", "QĐ/TW", "KL/TW", "HD/BTCTW", "CT-TU"]),
       st.none() | st.integers(1990, 2030))
def test_party_symbols_with_dashes_round_trip(kind: K, number: str, symbol: str,
                                               year: int | None) -> None:
    ref = Reference(kind, number, year if "/" in symbol else None, symbol)
    if kind is K.OTHER:
        return  # the kind is read from the symbol: "OTHER" is never what parse gives
    got = parse(format(ref))
    assert (got.number, got.year, got.symbol) == (ref.number, ref.year, ref.symbol)
