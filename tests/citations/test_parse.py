"""parse() and format(): one reference in, the canonical form out, and errors."""

from __future__ import annotations

import pytest

from urbangov.citations import CitationParseError, Pinpoint, Reference, find, format, parse
from urbangov.law import InstrumentKind as K


@pytest.mark.parametrize(("text", "expected"), [
    ("32/2021/NĐ-CP", Reference(K.NGHI_DINH, "32", 2021, "NĐ-CP")),
    ("Nghị định số 32/2021/NĐ-CP", Reference(K.NGHI_DINH, "32", 2021, "NĐ-CP")),
    ("  Nghị định 32/2021/NĐ-CP \n", Reference(K.NGHI_DINH, "32", 2021, "NĐ-CP")),
    ("khoản 3 Điều 7 Nghị định 32/2021/NĐ-CP",
     Reference(K.NGHI_DINH, "32", 2021, "NĐ-CP", pinpoint=Pinpoint(7, 3))),
    ("điểm b khoản 1 Điều 1 Nghị quyết 97/2019/QH14",
     Reference(K.NGHI_QUYET, "97", 2019, "QH14", pinpoint=Pinpoint(1, 1, "b"))),
    ("Thông tri số 03-TT/QU", Reference(K.THONG_TRI, "03", None, "TT/QU")),
    ("Luật Thủ đô năm 2024", Reference(K.LUAT, year=2024, name="Thủ đô")),
    ("Điều 13 Luật Thủ đô", Reference(K.LUAT, name="Thủ đô", pinpoint=Pinpoint(13))),
    ("Hiến pháp năm 2013", Reference(K.HIEN_PHAP, year=2013)),
    ("Nghị quyết số 1111", Reference(K.NGHI_QUYET, "1111")),
    ("Nghị định 23", Reference(K.NGHI_DINH, "23")),
    ("văn bản số 1184/UBND-NC", Reference(K.CONG_VAN, "1184", None, "UBND-NC")),
])
def test_parse(text: str, expected: Reference) -> None:
    assert parse(text) == expected


@pytest.mark.parametrize(("text", "caret", "reason"), [
    ("Nghị định abc", 10, "expected a number or a name after the kind word"),
    ("Nghị định số ba", 10, "expected a number or a name after the kind word"),
    ("theo Nghị định 32/2021/NĐ-CP", 0, "expected a reference here"),
    ("Nghị định 32/2021/NĐ-CP ngày 29/3/2021", 24, "unexpected text after the reference"),
    ("Nghị định 32/2021/NĐ-CP và 33/2021/NĐ-CP", 24, "unexpected text after the reference"),
    ("", 0, "expected a kind word or an identifier"),
    ("29/3/2021", 0, "expected a kind word or an identifier"),
    ("Nghị định này", 10, "expected a number or a name after the kind word"),
])
def test_parse_errors_point_at_the_bad_spot(text: str, caret: int, reason: str) -> None:
    with pytest.raises(CitationParseError) as info:
        parse(text)
    err = info.value
    assert isinstance(err, ValueError)
    assert (err.position, err.reason) == (caret, reason)
    lines = str(err).splitlines()
    assert lines == [reason, f"  {text}", "  " + " " * caret + "^"]


@pytest.mark.parametrize(("ref", "text"), [
    (Reference(K.NGHI_DINH, "32", 2021, "NĐ-CP"), "Nghị định số 32/2021/NĐ-CP"),
    (Reference(K.KE_HOACH, "123", None, "KH/QU"), "Kế hoạch số 123-KH/QU"),
    (Reference(K.NGHI_QUYET, "1111"), "Nghị quyết số 1111"),
    (Reference(K.NGHI_DINH, "32", 2021, None), "Nghị định số 32/2021"),
    (Reference(K.LUAT, name="Thủ đô"), "Luật Thủ đô"),
    (Reference(K.LUAT, "39", 2024, "QH15", name="Thủ đô"), "Luật Thủ đô số 39/2024/QH15"),
    (Reference(K.BO_LUAT, year=2015, name="Dân sự"), "Bộ luật Dân sự năm 2015"),
    (Reference(K.HIEN_PHAP, year=2013), "Hiến pháp năm 2013"),
    (Reference(K.NGHI_DINH, "32", 2021, "NĐ-CP", pinpoint=Pinpoint(7, 3, "a")),
     "điểm a khoản 3 Điều 7 Nghị định số 32/2021/NĐ-CP"),
])
def test_format(ref: Reference, text: str) -> None:
    assert format(ref) == text == str(ref)
    assert parse(text) == ref


def test_format_citation_and_pinpoint() -> None:
    [c] = find("theo khoản 3 Điều 7 Nghị định 32/2021/NĐ-CP ngày 29/3/2021")
    assert format(c) == "khoản 3 Điều 7 Nghị định số 32/2021/NĐ-CP"
    assert format(Pinpoint(7)) == "Điều 7"


def test_format_needs_a_number_or_a_name() -> None:
    with pytest.raises(ValueError, match="neither a number nor a name"):
        format(Reference(K.NGHI_DINH))
