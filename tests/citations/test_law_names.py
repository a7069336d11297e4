"""Where a law's name ends: a catalogue name is read whole, a name may start with a verb."""

from __future__ import annotations

import datetime as dt

import pytest

from urbangov.citations import find
from urbangov.law import catalogue


@pytest.mark.parametrize(("text", "mention", "name", "date"), [
    # 13 words, past the word-by-word limit of 12: the catalogue knows the name.
    ("Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân ngày 25 tháng 6 "
     "năm 2015;", "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân",
     "Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân", dt.date(2015, 6, 25)),
    # A name that starts with a verb whose second syllable ends names elsewhere.
    ("Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;",
     "Luật Thực hiện dân chủ ở cơ sở", "Thực hiện dân chủ ở cơ sở", dt.date(2022, 11, 10)),
    # Line breaks and another case inside a catalogue name.
    ("theo Luật Bầu cử đại biểu Quốc hội và\nđại biểu HỘI ĐỒNG NHÂN DÂN.",
     "Luật Bầu cử đại biểu Quốc hội và\nđại biểu HỘI ĐỒNG NHÂN DÂN",
     "Bầu cử đại biểu Quốc hội và đại biểu HỘI ĐỒNG NHÂN DÂN", None),
])
def test_the_whole_name_and_its_date(text: str, mention: str, name: str,
                                     date: dt.date | None) -> None:
    [c] = find(text)
    assert (c.text, c.instrument.name, c.date) == (mention, name, date)


def test_a_catalogue_name_resolves_with_its_date() -> None:
    [c] = find("Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân ngày 25 "
               "tháng 6 năm 2015;")
    assert c.resolve() is catalogue().get("85/2015/QH13")


@pytest.mark.parametrize(("text", "names"), [
    # A longer name than the catalogue's is kept: "Luật Quy hoạch" is catalogued.
    ("Luật Quy hoạch đô thị năm 2009", ["Quy hoạch đô thị"]),
    ("Luật Quy hoạch năm 2017", ["Quy hoạch"]),
    # A catalogue name is no prefix of a longer word.
    ("Luật Thủ đôi", ["Thủ đôi"]),
    # The verbs still end a name after it.
    ("Luật Đất đai thực hiện từ năm nay", ["Đất đai"]),
    ("Luật Thủ đô và Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân",
     ["Thủ đô", "Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân"]),
])
def test_names_that_stay(text: str, names: list[str]) -> None:
    assert [c.instrument.name for c in find(text)] == names


@pytest.mark.parametrize(("text", "mention"), [
    # exam3 D3: a comma after a name the catalogue knows ends it ...
    ("Theo Luật Thủ đô, phường không tổ chức HĐND.", "Luật Thủ đô"),
    ("Theo Luật Thủ đô, phường và xã có Hội đồng nhân dân.", "Luật Thủ đô"),
    # ... and one word after a comma is a clause after the name, not a term of it
    ("Theo Luật Giáo dục, trường phải dạy đủ môn.", "Luật Giáo dục"),
    ("Theo Luật Đất đai, đất được giao.", "Luật Đất đai"),
    # names whose terms a comma joins stay whole
    ("Căn cứ Luật Cán bộ, công chức;", "Luật Cán bộ, công chức"),
    ("Căn cứ Luật An toàn, vệ sinh lao động ngày 25/6/2015;",
     "Luật An toàn, vệ sinh lao động"),
    ("Căn cứ Luật Phòng, chống tham nhũng năm 2018;", "Luật Phòng, chống tham nhũng năm 2018"),
    ("Căn cứ Luật Quản lý, sử dụng tài sản công;", "Luật Quản lý, sử dụng tài sản công"),
])
def test_a_comma_ends_a_name_unless_it_joins_two_of_its_terms(text: str, mention: str) -> None:
    from urbangov.citations import resolve_all

    [found] = resolve_all(text)
    assert found.citation.text == mention
