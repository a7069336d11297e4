"""A unit's ``ref`` names the bundled unit of the file's as_of day, never of another day.

Found by the legal audit of 2026-12: refs were resolved against the 2025-06-30 snapshot
whatever the file's day, so a 2026 file could not name Phường Ba Đình, ``"00004"`` in
2026 bound the ceased Phường Trúc Bạch, and 2022 wards merged in 2025 were "unknown".
"""

from __future__ import annotations

import pytest

import urbangov as ug
import urbangov.io as io


def _file(as_of: str, root: str, ref: str, city: str, extra: str = "") -> str:
    top = f"as_of = {as_of}\n" if as_of else ""
    return (f'format_version = 1\n{top}[{root}]\nref = "{ref}"\ncity = "{city}"\n{extra}')


def _problems(text: str) -> list[str]:
    with pytest.raises(io.LoadError) as caught:
        io.loads(text, "toml")
    return [str(p) for p in caught.value.problems]


def _ward(as_of: str, ref: str, city: str) -> ug.Ward:
    ward = io.loads(_file(as_of, "ward", ref, city))
    assert isinstance(ward, ug.Ward)
    return ward


# 2026-12-01: the two-tier structure


@pytest.mark.parametrize("ref", ["Ba Đình", "Phường Ba Đình", "00004"])
def test_a_ward_of_2026_by_name_or_code(ref: str) -> None:
    ward = _ward("2026-12-01", ref, "Hà Nội")
    assert (ward.full_name, ward.code, ward.kind) == ("Phường Ba Đình", "00004",
                                                       ug.UnitKind.PHUONG)
    assert ward.unit_class is ug.UnitClass.UNKNOWN  # the units over time record no class


def test_a_code_names_the_unit_holding_it_on_the_day() -> None:
    assert _ward("2026-12-01", "00004", "01").name == "Ba Đình"  # not Trúc Bạch
    assert _ward("2026-12-01", "20200", "Đà Nẵng").name == "Hòa Khánh"  # not Hòa Minh
    assert _ward("2025-06-30", "00004", "01").name == "Trúc Bạch"


def test_a_city_of_2026_with_its_communes() -> None:
    text = """format_version = 1
as_of = 2026-12-01
[city]
ref = "Hà Nội"
[[city.communes]]
ref = "Ba Đình"
[[city.communes]]
ref = "00118"
"""
    city = io.loads(text)
    assert isinstance(city, ug.City)
    assert [(w.full_name, w.code) for w in city.communes] == [
        ("Phường Ba Đình", "00004"), ("Phường Bồ Đề", "00118")]
    assert city.unit_class is ug.UnitClass.UNKNOWN  # Luật 77/2015, its basis, was replaced
    assert io.loads(io.dumps(city, "json")) == city


# 2022-07-01: districts and the wards before the 2025 mergers


@pytest.mark.parametrize(("ref", "city", "name", "code"), [
    ("Sài Đồng", "Hà Nội", "Sài Đồng", "00142"),
    ("00142", "Hà Nội", "Sài Đồng", "00142"),
    ("Hải Châu I", "48", "Hải Châu I", "20236"),
    ("20236", "48", "Hải Châu I", "20236"),  # not its 2025 name, Hải Châu
    ("26872", "79", "13", "26872"),  # Phường 13 until 2025-01-01, then Phường 15
])
def test_a_ward_of_2022_as_it_stood_that_day(ref: str, city: str, name: str,
                                            code: str) -> None:
    ward = _ward("2022-07-01", ref, city)
    assert (ward.name, ward.code, ward.kind) == (name, code, ug.UnitKind.PHUONG)
    assert ward.unit_class is ug.UnitClass.UNKNOWN


def test_a_ward_of_2022_nested_in_its_district() -> None:
    text = """format_version = 1
as_of = 2022-07-01
[district]
ref = "Long Biên"
city = "Hà Nội"
[[district.wards]]
ref = "Sài Đồng"
[[district.wards]]
ref = "00142"
"""
    district = io.loads(text)
    assert isinstance(district, ug.District)
    assert [w.code for w in district.wards] == ["00142", "00142"]


def test_the_class_of_a_city_is_that_of_the_day() -> None:
    """Hà Nội's đặc biệt class rests on Luật 77/2015 Điều 3 k.3, in force to 2025-02-28."""
    for day, cls in [("2022-07-01", ug.UnitClass.DAC_BIET),
                     ("2025-02-28", ug.UnitClass.DAC_BIET),
                     ("2025-03-01", ug.UnitClass.UNKNOWN),
                     ("2026-12-01", ug.UnitClass.UNKNOWN)]:
        city = io.loads(_file(day, "city", "Hà Nội", "01"))
        assert city.unit_class is cls, day
    stated = io.loads(_file("2026-12-01", "ward", "Ba Đình", "01", 'unit_class = "I"\n'))
    assert stated.unit_class is ug.UnitClass.I  # the file adds what the data lacks


# a unit that did not exist on the file's day


@pytest.mark.parametrize(("as_of", "root", "ref", "city", "phrases"), [
    ("2026-12-01", "ward", "Trúc Bạch", "Hà Nội",
     ["Phường Trúc Bạch [00004] did not exist on 2026-12-01", "ceased on 2025-07-01",
      "went into Phường Ba Đình [00004]", "Nghị quyết 1656/NQ-UBTVQH15"]),
    ("2026-12-01", "ward", "00001", "Hà Nội",
     ["Phường Phúc Xá [00001] did not exist on 2026-12-01", "Phường Hồng Hà [00097]"]),
    ("2026-12-01", "ward", "Hải Châu I", "48", ["[20236] did not exist on 2026-12-01"]),
    ("2022-07-01", "ward", "Ba Đình", "Hà Nội",
     ["Phường Ba Đình [00004] did not exist on 2022-07-01", "began on 2025-07-01",
      "formed from Phường Trúc Bạch [00004]"]),
    ("2026-12-01", "district", "Long Biên", "Hà Nội",
     ["Quận Long Biên [004] did not exist on 2026-12-01", "district level ended"]),
    ("2025-07-01", "district", "1", "79",
     ["Thành phố Hồ Chí Minh has no district-level units on 2025-07-01"]),
    ("2026-12-01", "ward", "Gia Thụy", "35",
     ["Tỉnh Hà Nam [35] did not exist on 2026-12-01", "went into Tỉnh Ninh Bình [37]"]),
])
def test_a_unit_that_did_not_exist_that_day_is_a_file_problem(
        as_of: str, root: str, ref: str, city: str, phrases: list[str]) -> None:
    problems = _problems(_file(as_of, root, ref, city))
    assert len(problems) == 1
    assert problems[0].startswith(f"{root}.ref: ref {ref!r}")
    for phrase in phrases:
        assert phrase in problems[0], (phrase, problems[0])


def test_a_ward_of_another_day_nested_in_a_district() -> None:
    text = """format_version = 1
as_of = 2025-03-01
[district]
ref = "Long Biên"
city = "Hà Nội"
[[district.wards]]
ref = "Sài Đồng"
"""
    (problem,) = _problems(text)
    assert problem.startswith("district.wards[0].ref: ref 'Sài Đồng': Phường Sài Đồng "
                              "[00142] did not exist on 2025-03-01")
    assert "ceased on 2025-01-01" in problem


def test_an_unknown_name_says_the_day() -> None:
    (problem,) = _problems(_file("2026-12-01", "ward", "Xyzzy", "48"))
    assert problem.startswith("ward.ref: unknown ward on 2026-12-01: no ward in "
                              "Thành phố Đà Nẵng matches 'Xyzzy'")


def test_a_contradicting_key_names_the_unit_of_the_day() -> None:
    (problem,) = _problems(_file("2026-12-01", "ward", "00004", "01", 'name = "Trúc Bạch"\n'))
    assert problem == ("ward.name: 'Trúc Bạch' contradicts the bundled Phường Ba Đình on "
                       "2026-12-01 (name 'Ba Đình')")


# days outside the units over time, and files without a day


def test_a_day_before_the_units_over_time_reads_the_units_of_2021_11_01() -> None:
    """The units over time begin on 2021-11-01: an earlier file's refs are read against
    that day's units (Sơn Tây's Phường Lê Lợi, merged on 2025-01-01, is found)."""
    text = """format_version = 1
as_of = 2019-06-01
[district]
ref = "Sơn Tây"
city = "Hà Nội"
[[district.wards]]
ref = "Lê Lợi"
"""
    district = io.loads(text)
    assert isinstance(district, ug.District)
    assert (district.wards[0].full_name, district.wards[0].code) == ("Phường Lê Lợi", "09574")
    city = io.loads(_file("2019-06-01", "city", "Hà Nội", "01"))
    assert city.unit_class is ug.UnitClass.DAC_BIET  # Luật 77/2015 was in force


def test_a_file_without_as_of_is_refused_its_refs_checked_against_the_snapshot() -> None:
    """Without a day there is nothing to load; refs are still checked (against the
    2025-06-30 snapshot, as before) so that every problem comes in one pass."""
    assert _problems(_file("", "ward", "Trúc Bạch", "01")) == [
        "missing key 'as_of': the day the structure describes (as_of = 2022-07-01)"]
    problems = _problems(_file("", "ward", "Xyzzy", "01"))
    assert len(problems) == 2
    assert problems[1].startswith("ward.ref: unknown ward: no ward in Thành phố Hà Nội")
    bad_day = _problems(_file('"31/2/2026"', "ward", "Trúc Bạch", "01"))
    assert len(bad_day) == 1 and bad_day[0].startswith("as_of:")


def test_a_problem_of_an_early_file_says_which_day_was_read() -> None:
    (problem,) = _problems(_file("2019-06-01", "ward", "Ba Đình", "01"))
    assert problem.startswith("ward.ref: ref 'Ba Đình' on 2021-11-01 (the first day the "
                              "bundled units describe; the file's as_of is 2019-06-01): "
                              "Phường Ba Đình [00004] did not exist on 2021-11-01")
    (problem,) = _problems(_file("2019-06-01", "ward", "Xyzzy", "01"))
    assert problem.startswith("ward.ref: unknown ward on 2021-11-01 (the first day")
