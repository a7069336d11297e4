"""Spellings of identifiers that are read as their usual form: "Ð" for "Đ", small letters."""

from __future__ import annotations

import datetime as dt

import pytest

from urbangov.citations import annotate, find, parse
from urbangov.law import InstrumentKind as K


@pytest.mark.parametrize(("text", "mention", "kind", "identifier"), [
    # ETH (U+00D0) for Đ, as PDFs and the portal's number fields have it.
    ("Nghị định số 23/2015/N\u00d0-CP ngày 16/02/2015 của Chính phủ",
     "Nghị định số 23/2015/N\u00d0-CP", K.NGHI_DINH, "23/2015/NĐ-CP"),
    ("Quyết định số 125/Q\u00d0-UBND", "Quyết định số 125/Q\u00d0-UBND", K.QUYET_DINH,
     "125/QĐ-UBND"),
    ("Nghị \u00f0ịnh số 23/2015/N\u00d0-CP", "Nghị \u00f0ịnh số 23/2015/N\u00d0-CP",
     K.NGHI_DINH, "23/2015/NĐ-CP"),
    ("theo 23/2015/N\u00d0-CP", "23/2015/N\u00d0-CP", K.NGHI_DINH, "23/2015/NĐ-CP"),
    ("Chỉ thị số 05-CT/T\u00d0", "Chỉ thị số 05-CT/T\u00d0", K.CHI_THI, "05-CT/TĐ"),
    # A symbol in small or mixed letters after a kind word.
    ("Nghị định 116/2013/nđ-cp", "Nghị định 116/2013/nđ-cp", K.NGHI_DINH, "116/2013/NĐ-CP"),
    ("Quyết định số 125/qđ-ubnd ngày 1/2/2020", "Quyết định số 125/qđ-ubnd", K.QUYET_DINH,
     "125/QĐ-UBND"),
    ("Quyết định số 1234/qđ-ttg", "Quyết định số 1234/qđ-ttg", K.QUYET_DINH, "1234/QĐ-TTg"),
    ("Thông tư 04/2022/Tt-Bnv", "Thông tư 04/2022/Tt-Bnv", K.THONG_TU, "04/2022/TT-BNV"),
    ("Luật Đất đai số 45/2013/qh13", "Luật Đất đai số 45/2013/qh13", K.LUAT, "45/2013/QH13"),
])
def test_read_as_the_usual_form(text: str, mention: str, kind: K, identifier: str) -> None:
    [c] = find(text)
    assert c.text == mention == text[c.start:c.end]
    assert c.instrument.kind is kind
    assert c.instrument.identifier == identifier


def test_date_and_issuer_after_an_eth_symbol_and_resolution() -> None:
    [c] = find("Căn cứ Nghị định số 23/2015/N\u00d0-CP ngày 16/02/2015 của Chính phủ;")
    assert c.date == dt.date(2015, 2, 16) and c.issuer == "Chính phủ"
    assert c.resolve() is not None and c.resolve().identifier == "23/2015/NĐ-CP"
    assert parse("Nghị định 23/2015/N\u00d0-CP") == parse("Nghị định 23/2015/NĐ-CP")
    assert parse("Nghị định 23/2015/nđ-cp") == parse("Nghị định 23/2015/NĐ-CP")


def test_spans_point_into_the_original_text() -> None:
    # NFD text with ETH: the offsets are the given text's, and annotate keeps the rest.
    import unicodedata

    text = unicodedata.normalize("NFD", "Căn cứ Quyết định số 125/Q\u00d0-UBND; và Nghị định "
                                        "116/2013/nđ-cp.")
    found = find(text)
    assert [text[c.start:c.end] for c in found] == [c.text for c in found]
    assert [c.instrument.identifier for c in found] == ["125/QĐ-UBND", "116/2013/NĐ-CP"]
    assert "\u00d0" in found[0].text  # the mention is the text as written
    out = annotate(text, lambda c: f"[{c.instrument.identifier}]")
    assert out == unicodedata.normalize("NFD", "Căn cứ ") + "[125/QĐ-UBND]" + \
        unicodedata.normalize("NFD", "; và ") + "[116/2013/NĐ-CP]."


@pytest.mark.parametrize("text", [
    "Nghị định 5/năm nay",  # not a symbol
    "Quyết định 12/cho thuê",
    "nghị định 32/2021/nđ-cp",  # small letters throughout: no kind word read
    "Nghị định 7/abc",  # one small segment without a year
])
def test_not_a_symbol(text: str) -> None:
    assert [c.instrument.symbol for c in find(text)] in ([], [None])
