"""An address may skip the district: "Phường Phú Lương, Hà Nội" names a ward of a district
of Hà Nội; a unit placed directly under the named parent comes first."""

from __future__ import annotations

from collections import Counter

import pytest

from urbangov import units
from urbangov._text import fold
from urbangov.units import Level


def test_a_ward_named_with_its_city_only_is_the_ward_of_that_day() -> None:
    # 09571 lay in Quận Hà Đông until 2025-06-30; 09568 sits in Hà Nội from 2025-07-01
    assert units.unit("Phú Lương, Hà Nội", "2025-03-01").code == "09571"
    assert units.unit("Phú Lương, 01", "2025-03-01").parent_name == "Quận Hà Đông"
    assert units.unit("Phú Lương, Hà Nội", "2026-01-01").code == "09568"


def test_a_unit_directly_under_the_parent_comes_first() -> None:
    # Quận Long Biên lies in Hà Nội; Phường Long Biên lay in it
    assert units.unit("Long Biên, Hà Nội", "2022-07-01").code == "004"
    assert units.unit("Phường Long Biên, Hà Nội", "2022-07-01").code == "00145"


def test_a_name_repeated_across_districts_lists_them() -> None:
    with pytest.raises(units.AmbiguousUnitError, match="Quận 3") as info:
        units.unit("Phường 1, Hồ Chí Minh", "2022-07-01")
    assert len(info.value.candidates) > 1


def test_resolve_all_lists_the_direct_units_then_the_deeper_ones() -> None:
    found = [u.code for u in units.resolve_all("Phú Lương, Hà Nội")]
    assert found.index("09568") < found.index("09571")


def _unique_communes(province: str, day: str) -> list[units.UnitOnDay]:
    communes = units.units(province, day, level=Level.COMMUNE)
    names = Counter(fold(u.name) for u in communes)
    return [u for u in communes if names[fold(u.name)] == 1]


@pytest.mark.parametrize("province", ["01", "79", "48"])
def test_every_commune_unique_in_its_province_is_found_by_name_and_province(
        province: str) -> None:
    day = "2022-07-01"
    communes = _unique_communes(province, day)
    assert len(communes) > 40
    names = {u.code: units.unit(f"{u.full_name}, {province}", day).code for u in communes}
    assert names == {u.code: u.code for u in communes}


def test_without_a_day_the_latest_unit_directly_under_the_parent() -> None:
    assert units.history("Phú Lương, Hà Nội").unit.code == "09568"
    # Phường Bến Thành of Quận 1 ended on 2025-07-01; the ward of that name sits in the city
    assert units.history("Bến Thành, Hồ Chí Minh").unit.latest.parent == "79"
    # a ward that only ever lay in a district is found a level down
    assert units.history("Gia Thụy, Hà Nội").unit.code == "00130"


@pytest.mark.parametrize(("address", "not_in"), [
    ("An Toàn, Gia Lai", "Huyện An Lão"),       # Bình Định's code 52 is Gia Lai's from 2025
    ("Kiên Lương, An Giang", "Kiên Giang"),     # Kiên Giang's code 91 is An Giang's from 2025
    ("Bình An, An Giang", "Huyện Kiên Lương"),
])
def test_a_reused_province_code_does_not_adopt_the_old_provinces_units(
        address: str, not_in: str) -> None:
    """A unit lies under a parent only while that parent existed: the communes of the old
    province whose code the new one took are not the new one's (2024-06-01)."""
    try:
        found = units.unit(address, "2024-06-01")
    except units.UnitNotInForceError as exc:  # the unit of that name formed in 2025
        assert exc.began is not None and exc.began.isoformat() == "2025-07-01"
    else:
        assert not_in not in (found.parent_name or "")
    assert all(not_in not in (u.latest.full_name) for u in units.resolve_all(address)
               if u.level is Level.DISTRICT)


@pytest.mark.parametrize("address", [
    "Số 1 Hoàng Hoa Thám, Phường Phúc Xá, Quận Ba Đình, Hà Nội",  # a house and street
    "Phường Phúc Xá, Quận Ba Đình, Hà Nội, Việt Nam",  # the country
    "Phường Phúc Xá, Quận Ba Đình",  # no province
    "Phúc Xá - Ba Đình - Hà Nội",  # dashes between spaces
    "Phường Phúc Xá; Quận Ba Đình; Hà Nội",
    "so 1 hoang hoa tham, phuong phuc xa, quan ba dinh, ha noi, viet nam",
])
def test_real_address_shapes_name_their_ward(address: str) -> None:
    assert units.unit(address, "2022-07-01").code == "00001"


def test_hamlets_and_groups_before_the_commune_are_left_out() -> None:
    address = "Tổ 5, Thôn Đông, Xã Bát Tràng, Huyện Gia Lâm, Hà Nội"
    assert units.unit(address, "2022-07-01").code == "00583"


def test_a_part_that_is_a_unit_is_never_taken_for_a_street() -> None:
    # "Phổ Yên" folds to "pho yen", as a street ("Phố ...") would; it is a city
    assert units.unit("Phổ Yên, Thái Nguyên", "2022-07-01").code == "172"
    # a misspelt ward is an error, not silently its district
    with pytest.raises(units.UnknownUnitError):
        units.unit("Phường Phúc Xáa, Quận Ba Đình, Hà Nội", "2022-07-01")


def test_a_district_without_its_province_is_found_anywhere() -> None:
    assert units.unit("Phường 1, Quận 3", "2022-07-01").parent_name == "Quận 3"


def test_a_province_asked_by_a_district_code_is_not_found() -> None:
    # "99" is no province's code; a district's (099) is not a province
    with pytest.raises(units.UnknownUnitError):
        units.unit("99", "2022-07-01", level=Level.PROVINCE)


@pytest.mark.parametrize(("query", "day", "code"), [
    ("Bà Rịa - Vũng Tàu", "2024-01-01", "77"),
    ("Phường 1, Thành phố Vũng Tàu, Bà Rịa - Vũng Tàu", "2024-01-01", "26506"),
    ("Phường Văn Miếu - Quốc Tử Giám", "2025-08-01", "00226"),
])
def test_a_name_with_a_spaced_dash_is_one_part(query: str, day: str, code: str) -> None:
    assert units.unit(query, day).code == code


@pytest.mark.parametrize("address", [
    "Đội Cấn, Quận Hoàn Kiếm, Hà Nội",  # Phường Đội Cấn lies in Ba Đình
    "Ngô Quyền, Quận Ba Đình, Hà Nội",
])
def test_a_ward_in_the_wrong_district_is_an_error_not_its_district(address: str) -> None:
    # "Đội", "Ngô" also begin hamlets and lanes; a part that names a unit is never dropped
    with pytest.raises(units.UnknownUnitError):
        units.unit(address, "2024-01-01")
