"""resolve(): references link to the bundled catalogue, or to nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from urbangov.citations import Reference, find, parse
from urbangov.law import Instrument, InstrumentKind, catalogue


@pytest.mark.parametrize("inst", list(catalogue()), ids=lambda i: i.identifier)
def test_every_catalogue_instrument_resolves_from_its_identifier(inst: Instrument) -> None:
    if inst.kind is InstrumentKind.HIEN_PHAP:
        ref = Reference(inst.kind, year=inst.year)
    else:
        ref = Reference(inst.kind, inst.number, inst.year, inst.symbol)
    assert parse(str(ref)) == ref
    assert ref.resolve() is inst


@pytest.mark.parametrize(("text", "identifier"), [
    ("Nghị quyết số 97/2019/NQ 14", "97/2019/QH14"),  # sloppy symbol
    ("Nghị định số 32/NĐ-CP", "32/2021/NĐ-CP"),  # year left out
    ("Nghị định 8/2016/NĐ-CP", "08/2016/NĐ-CP"),  # leading zero left out
    ("Nghị quyết số 1111", "1111/NQ-UBTVQH14"),
    ("Luật Thủ đô năm 2024", "39/2024/QH15"),
    ("Luật Thủ đô 2012", "25/2012/QH13"),
    ("Luật Tổ chức chính quyền địa phương 2015", "77/2015/QH13"),
    ("Luật Quy hoạch", "21/2017/QH14"),
    ("Hiến pháp năm 2013", "2013"),
    ("văn bản số 1184/UBND-NC", "1184/UBND-NC"),
    ("Kết luận số 167-KL/TW", "167/KL/TW"),
])
def test_resolve(text: str, identifier: str) -> None:
    inst = parse(text).resolve()
    assert inst is not None and inst.identifier == identifier


@pytest.mark.parametrize("text", [
    "Luật Thủ đô",  # 2012 or 2024
    "Nghị định 33",  # 33/2021 or 33/2023
    "Nghị định số 999/2021/NĐ-CP",  # not catalogued
    "Luật Tổ chức chính quyền địa phương",
    "Quyết định số 32/2021/NĐ-CP",  # the kind word disagrees with the catalogue
])
def test_unknown_or_ambiguous_is_none(text: str) -> None:
    assert parse(text).resolve() is None


def test_the_written_date_settles_a_tie() -> None:
    [c] = find("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;")
    assert c.date == dt.date(2015, 6, 19)
    assert c.resolve() is catalogue().get("77/2015/QH13")
    [c] = find("Luật Thủ đô ngày 28/6/2024")
    assert c.resolve() is catalogue().get("39/2024/QH15")


def test_provision() -> None:
    [c] = find("khoản 3 Điều 7 Nghị định số 32/2021/NĐ-CP")
    assert str(c.provision()) == "khoản 3 Điều 7 Nghị định 32/2021/NĐ-CP"
    assert find("Nghị định số 999/2021/NĐ-CP")[0].provision() is None


@pytest.mark.parametrize(("text", "mention", "pin"), [
    ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
     "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", None),
    ("theo khoản 2 Điều 111 của Hiến pháp, chính quyền địa phương",
     "khoản 2 Điều 111 của Hiến pháp", "khoản 2 Điều 111"),
    ("Điều 9 Hiến pháp quy định", "Điều 9 Hiến pháp", "Điều 9"),
    ("Chương IX Hiến pháp", "Chương IX Hiến pháp", "Chương IX"),
])
def test_constitution_without_a_year_is_the_one_in_force(
        text: str, mention: str, pin: str | None) -> None:
    [c] = find(text)
    assert c.text == mention and c.instrument.year is None
    assert str(c.pinpoint) == pin if pin else c.pinpoint is None
    assert c.resolve() is catalogue().get("2013")
    assert c.resolve(on=dt.date(2026, 1, 1)) is catalogue().get("2013")
    # A text of before 2014 cites a Constitution the catalogue does not hold.
    assert c.resolve(on=dt.date(2013, 12, 31)) is None
    assert parse(str(c.reference)) == c.reference


@pytest.mark.parametrize(("text", "mention", "identifier"), [
    ("Hiến pháp nước CHXHCN Việt Nam năm 2013", "Hiến pháp nước CHXHCN Việt Nam năm 2013",
     "2013"),
    ("Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam ngày 28 tháng 11 năm 2013",
     "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", "2013"),
    ("căn cứ Hiến pháp nước CHXHCN Việt Nam năm 1992", "Hiến pháp nước CHXHCN Việt Nam năm 1992",
     None),
    ("Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam ngày 15 tháng 4 năm 1992",
     "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", None),
])
def test_constitution_with_a_year_or_date_is_that_ones(
        text: str, mention: str, identifier: str | None) -> None:
    [c] = find(text)
    assert c.text == mention
    assert getattr(c.resolve(), "identifier", None) == identifier


@pytest.mark.parametrize("text", [
    "theo Hiến pháp và pháp luật", "sửa đổi Hiến pháp", "Hiến pháp quy định",
    "Điều 5 Luật này và Hiến pháp",
])
def test_constitution_alone_is_not_a_citation(text: str) -> None:
    assert find(text) == []


@pytest.mark.parametrize("text", [
    "Căn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008;",  # 22/2008/QH12, not 80/2025
    "Căn cứ Luật Cán bộ, công chức năm 2008;",
    "Luật Thủ đô ngày 20/11/2012",  # the 2012 law was passed on 21/11/2012
    "Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019",
])
def test_a_written_date_or_year_against_the_catalogue_does_not_resolve(text: str) -> None:
    [c] = find(text)
    assert c.resolve() is None


@pytest.mark.parametrize(("text", "identifier"), [
    ("Căn cứ Luật Cán bộ, công chức ngày 24 tháng 6 năm 2025;", "80/2025/QH15"),
    ("Căn cứ Luật Cán bộ, công chức;", "80/2025/QH15"),
    ("Luật Thủ đô ngày 28/6/2024", "39/2024/QH15"),
    ("Luật Thủ đô ngày 21/11/2012", "25/2012/QH13"),
])
def test_a_written_date_that_fits_resolves(text: str, identifier: str) -> None:
    [c] = find(text)
    assert getattr(c.resolve(), "identifier", None) == identifier
