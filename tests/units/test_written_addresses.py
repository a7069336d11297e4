"""Addresses as Vietnamese texts write them: higher units in parentheses, notes that a
unit is the old one ("cũ") or what it is now ("nay là"), a hamlet or street in
parentheses, a house or building before the commune.  Each case quotes a short piece of
a real text, its source in a comment."""

from __future__ import annotations

import pytest

from urbangov import units
from urbangov.cli import main

# -- the higher units in parentheses ------------------------------------------------------


@pytest.mark.parametrize(("address", "day", "code"), [
    ("phường Phúc Xá (quận Ba Đình)", "2024-01-01", "00001"),
    ("phường Phúc Xá (quận Ba Đình, Hà Nội)", "2024-01-01", "00001"),
    ("phường Ba Đình (Hà Nội)", "2026-01-01", "00004"),
    ("phường Sài Gòn (TP.HCM)", "2026-01-01", "26740"),
    # https://baomoi.net.vn/dien-mao-moi-cua-cac-tru-so-phuong-xa-o-ha-noi-sau-sap-nhap-c52667783.epi
    ("phường Thịnh Quang (quận Đống Đa)", "2025-06-30", "00235"),
    # the resolution's own form (khoản 34 Điều 1 Nghị quyết 1672/NQ-UBTVQH15), quoted at
    # https://thuviennhadat.vn/phap-ly-nha-dat/huyen-loc-binh-lang-son-sau-sap-nhap-xa-ten-7-xa-moi-la-gi-cac-xa-huyen-loc-binh-thay-doi-ra-sao-sau-695404.html
    ("xã Mẫu Sơn (huyện Lộc Bình)", "2025-06-16", "06532"),
    # https://znews.vn/oto-con-bi-kep-cung-giua-xe-bon-va-dai-phan-cach-post1605949.html
    ("xã Cẩm Xuyên (Hà Tĩnh)", "2025-11-27", "18673"),
    # https://www.vietnamplus.vn/lien-tiep-xay-ra-3-vu-tai-nan-giao-thong-nghiem-trong-lam-3-nguoi-tu-vong-post1062798.vnp
    ("xã Bến Lức (Tây Ninh)", "2025-09-19", "27991"),
    # https://thanhnien.vn/tpthu-duc-cong-bo-dia-chi-tru-so-12-phuong-moi-tu-17-185250615125237524.htm
    ("phường Hiệp Bình Chánh (TP.Thủ Đức, TP.HCM)", "2025-06-15", "26812"),
    # https://soha.vn/tai-nan-nghiem-trong-o-quang-ngai-me-tu-vong-tai-cho-con-trai-may-man-thoat-chet-20220503133615977.htm
    ("xã An Ninh, (huyện Quảng Ninh, tỉnh Quảng Bình)", "2022-05-03", "19240"),
    ("thôn Thượng Hoà, (xã Bình Đông, H.Bình Sơn)", "2022-05-03", "21049"),
])
def test_the_higher_units_in_parentheses(address: str, day: str, code: str) -> None:
    assert units.unit(address, day).code == code


def test_a_part_in_parentheses_that_names_no_unit_is_an_error_naming_it() -> None:
    with pytest.raises(units.UnknownUnitError, match="'quận Ba Đìnhh' names no unit"):
        units.unit("phường Phúc Xá (quận Ba Đìnhh)", "2024-01-01")
    with pytest.raises(units.UnknownUnitError, match="'phường Phúc Xáa' names no unit"):
        units.unit("phường Phúc Xáa (quận Ba Đình, Hà Nội)", "2024-01-01")
    with pytest.raises(units.UnknownUnitError):  # a ward in another district
        units.unit("phường Đội Cấn (quận Hoàn Kiếm)", "2024-01-01")


# -- "cũ", "trước đây": the old unit; "(mới)": the new one ----------------------------------


def test_an_old_district_locates_the_ward_of_the_day_in_its_area() -> None:
    # "phường Bến Thành (quận 1 cũ)": the ward of Quận 1 before 2025-07-01, the ward
    # formed from it (in the city) after
    assert units.unit("phường Bến Thành (quận 1 cũ)", "2024-01-01").unit.id == "26743"
    after = units.unit("phường Bến Thành (quận 1 cũ)", "2026-01-01")
    assert after.unit.id == "26743@2025-07-01" and after.parent_name == "Thành phố Hồ Chí Minh"
    assert units.history("phường Bến Thành (quận 1 cũ)").unit.id == "26743@2025-07-01"
    converted = units.convert("phường Bến Thành (quận 1 cũ)", "2026-01-01")
    assert converted.source.unit.id == "26743"


def test_an_old_district_or_province_and_the_commune_formed_from_its_area() -> None:
    # without "cũ" the ward of the old district is meant, which had ceased by 2026
    with pytest.raises(units.UnitNotInForceError, match="khoản 34 Điều 1"):
        units.unit("xã Mẫu Sơn (huyện Lộc Bình)", "2026-01-01")
    assert units.unit("xã Mẫu Sơn (huyện Lộc Bình cũ)", "2026-01-01").code == "06541"
    # two levels down: a ward formed from the wards of the old province's city
    # https://www.24h.com.vn/tin-tuc-trong-ngay/sau-sap-nhap-ten-29-tinh-duoc-luu-giu-bang-ten-phuong-nhu-the-nao-c46a1674911.html
    found = units.unit("phường Hà Giang 1 (tỉnh Hà Giang cũ)", "2026-01-01")
    assert found.parent_name == "Tỉnh Tuyên Quang"
    assert units.unit("thành phố Hà Giang (tỉnh Hà Giang cũ)", "2025-06-20").code == "024"


def test_old_written_after_the_name_is_the_old_unit() -> None:
    # https://thanhnien.vn/tpthu-duc-cong-bo-dia-chi-tru-so-12-phuong-moi-tu-17-185250615125237524.htm
    address = "721 quốc lộ 13, khu 3, phường Hiệp Bình Phước cũ"
    assert units.unit(address, "2025-06-15").code == "26809"
    with pytest.raises(units.UnitNotInForceError, match="Phường Hiệp Bình"):
        units.unit(address, "2025-07-06")
    # https://lite.baomoi.com/my-duc-du-kien-tru-so-5-xa-moi-thanh-lap-c52285131.epi
    assert units.unit("xã Bột Xuyên (cũ)", "2025-05-20").code == "10459"


def test_new_in_parentheses_is_the_unit_formed_later() -> None:
    assert units.unit("phường Bến Thành (mới)", "2026-01-01").unit.id == "26743@2025-07-01"
    assert units.unit("phường Bến Thành (sau sắp xếp)", "2026-01-01").unit.id == (
        "26743@2025-07-01")
    with pytest.raises(units.UnitNotInForceError, match="ceased on 2025-07-01"):
        units.unit("phường Bến Thành (trước sáp nhập)", "2026-01-01")
    with pytest.raises(units.UnitNotInForceError, match="began on 2025-07-01"):
        units.unit("phường Bến Thành (mới)", "2024-01-01")


def test_now_is_names_the_same_place_the_day_picks_which() -> None:
    # https://afamily.vn/xe-tai-tong-xe-may-roi-lao-vao-nha-dan-1-nguoi-chet-nhieu-nguoi-bi-thuong-236251228154943791.chn
    address = "xã Gio An cũ (nay là xã Cồn Tiên)"
    assert units.unit(address, "2025-12-28").full_name == "Xã Cồn Tiên"
    assert units.unit(address, "2025-01-01").full_name == "Xã Gio An"
    moved = "Phường Bến Nghé (nay thuộc phường Sài Gòn), TP.HCM"
    assert units.unit(moved, "2024-01-01").full_name == "Phường Bến Nghé"
    assert units.unit(moved, "2026-01-01").full_name == "Phường Sài Gòn"


# -- a hamlet, street or building ---------------------------------------------------------


def test_a_hamlet_in_parentheses_is_left_out() -> None:
    # https://lite.baomoi.com/my-duc-du-kien-tru-so-5-xa-moi-thanh-lap-c52285131.epi
    assert units.unit("xã Xuy Xá (thôn Thượng)", "2025-05-20").code == "10471"
    # https://znews.vn/doi-tuong-truy-na-dac-biet-sa-luoi-khi-lan-tron-tai-khach-san-o-tphcm-post1620010.html
    # two wards bear that name on that day: the text around says which
    with pytest.raises(units.AmbiguousUnitError, match="Tân Hưng"):
        units.unit("số 42 đường số 73 (phường Tân Hưng)", "2026-01-26")


@pytest.mark.parametrize(("address", "code"), [
    # https://extendmax.vn/giay-phep-kinh-doanh-xuat-nhap-khau-san-pham-dich-vu-an-toan-thong-tin-mang
    ("Biệt thự BT02-21, Khu ĐT An Hưng, Tố Hữu, P. Dương Nội, Q. Hà Đông, Hà Nội", "09886"),
    ("Tầng trệt, Kicotrans building, Số 5 Đống Đa, Phường 2, Q. Tân Bình, Tp. HCM", "26965"),
    ("Số 1 Xã Đàn, Phường Nam Đồng, Quận Đống Đa, Hà Nội", "00208"),  # "Xã Đàn" is a street
])
def test_a_building_or_bare_street_before_a_named_commune_is_left_out(
        address: str, code: str) -> None:
    assert units.unit(address, "2022-07-01").code == code


def test_a_bare_street_before_a_district_is_an_error_naming_it() -> None:
    # no part says which is the commune: the street may be a misspelt one
    with pytest.raises(units.UnknownUnitError, match="'Tố Hữu' names no unit"):
        units.unit("Tố Hữu, Quận Hà Đông, Hà Nội", "2022-07-01")


def test_a_kind_word_inside_a_part_starts_a_new_part_when_nothing_else_fits() -> None:
    # https://soha.vn/tai-nan-nghiem-trong-o-quang-ngai-me-tu-vong-tai-cho-con-trai-may-man-thoat-chet-20220503133615977.htm
    # (was read as the province alone, the commune and district dropped)
    address = "thôn Tân Hy 2 (xã Bình Đông H.Bình Sơn, Quảng Ngãi)"
    assert units.unit(address, "2022-05-03").code == "21049"


# -- the command line -------------------------------------------------------------------


def test_the_cli_reads_the_same_forms(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["unit", "phường Phúc Xá (quận Ba Đình, Hà Nội)", "--on", "2024-01-01"]) == 0
    assert "Phường Phúc Xá" in capsys.readouterr().out
    assert main(["convert", "phường Bến Thành (quận 1 cũ)", "--to", "2026-01-01"]) == 0
    assert "Phường Bến Thành" in capsys.readouterr().out


@pytest.mark.parametrize(("address", "day", "code"), [
    # https://thuviennhadat.vn/phap-luat/dia-chi-va-so-dien-thoai-168-trung-tam-phuc-vu-hanh-chinh-cong-cap-xa-tai-tphcm-687347.html
    ("45 - 47 Lê Duẩn, phường Sài Gòn", "2025-07-01", "26740"),  # one house, not a code
    ("611/20 Điện Biên Phủ (số cũ 611C), phường Bàn Cờ", "2025-07-01", "27154"),
    # http://www.congbao.hochiminhcity.gov.vn/tin-tuc-tong-hop/cong-nhan-cho-ngan-hang-chinh-sach-xa-hoi-%C4%91uoc-tiep-tuc-quan-ly-su-dung-khu-%C4%91at-tai-tinh-lo-8-khu-pho-2-thi-tran-cu-chi-huyen-cu-chi
    ("số 02, Tỉnh lộ 8, khu phố 2, thị trấn Củ Chi, huyện Củ Chi", "2022-01-01", "27496"),
    # https://zingnews.vn/mau-thuan-khi-uong-nuoc-2-nhom-thanh-nien-hon-chien-post1435860.html
    ("tiểu khu 6, thị trấn Hà Trung, huyện Hà Trung", "2023-06-01", "15271"),
    ("QL1A, xã Phúc Xá, Hà Nội", "2022-01-01", None),
])
def test_a_house_range_or_a_road_before_the_commune_is_left_out(
        address: str, day: str, code: str | None) -> None:
    if code is None:  # a road before a commune that is not there stays an error
        with pytest.raises(units.UnknownUnitError):
            units.unit(address, day)
    else:
        assert units.unit(address, day).code == code


def test_a_kind_word_keeps_a_city_alias_from_naming_the_city() -> None:
    # "Sài Gòn" alone is the city's other name; "phường Sài Gòn" is the ward of 2025
    # https://thuviennhadat.vn/phap-luat/dia-chi-va-so-dien-thoai-168-trung-tam-phuc-vu-hanh-chinh-cong-cap-xa-tai-tphcm-687347.html
    assert units.unit("phường Sài Gòn", "2025-07-01").code == "26740"
    assert units.unit("Sài Gòn", "2025-07-01").code == "79"
    assert units.unit("TP Sài Gòn", "2025-07-01").code == "79"


@pytest.mark.parametrize(("address", "day", "code"), [
    # https://viettimes.vn/ten-xa-phuong-sau-sap-nhap-o-da-nang-post184849.html
    ("phường Hoà Quý (quận Ngũ Hành Sơn hiện nay)", "2025-04-20", "20287"),
    ("xã Hoà Sơn (huyện Hoà Vang hiện nay)", "2025-04-20", "20302"),
    # https://kinhtechungkhoan.vn/print/1388549.html
    ("xã Thổ Châu (thuộc TP. Phú Quốc cũ)", "2025-06-30", "31105"),
])
def test_now_or_in_beside_the_higher_unit_is_read(address: str, day: str, code: str) -> None:
    assert units.unit(address, day).code == code


@pytest.mark.parametrize(("address", "day", "unit_id"), [
    # https://thanhnien.vn/dam-bao-moi-cong-viec-cua-nguoi-dan-duoc-thong-suot-185250709230145751.htm
    ("P.Phú An (Bình Dương cũ)", "2025-07-09", "25768@2025-07-01"),
    # https://doisongnhandan.com/dien-bien-lu-kinh-hoang-12-nguoi-chet-va-mat-tich-nhieu-ban-lang-bi-chia-cat
    ("bản Háng Pú Si (xã Xa Dung)", "2025-08-01", "03208@2025-07-01"),
    ("Mường Luân 1 (xã Mường Luân)", "2025-08-01", "03214@2025-07-01"),
    # https://vietnamplus.vn/ha-noi-chay-lon-thieu-rui-5-lan-tam-o-ngo-136-duong-ho-tung-mau-post1006746.amp
    # (was read as Quận Bắc Từ Liêm, the ward dropped)
    ("ngõ 136 đường Hồ Tùng Mậu (phường Phú Diễn, quận Bắc Từ Liêm, thành phố Hà Nội)",
     "2025-01-09", "00619"),
    # https://datnenbinhduong.vn/gioi-thieu-binh-duong.html
    ("Tầng 16, (tháp A, B), Tòa nhà Trung tâm hành chính tỉnh Bình Dương, đường Lê Lợi, "
     "phường Hòa Phú, thành phố Thủ Dầu Một, tỉnh Bình Dương", "2022-01-01", "25760"),
])
def test_more_real_addresses(address: str, day: str, unit_id: str) -> None:
    assert units.unit(address, day).unit.id == unit_id


@pytest.mark.parametrize("address", [
    "phường Phúc Xá (quận Ba Đình (Hà Nội))",  # nested
    "phường Phúc Xá (quận Ba Đình, Hà Nội",  # left open
    "phường Phúc Xá, quận Ba Đình, Hà Nội)",  # a stray closing bracket
])
def test_brackets_nested_or_unmatched_still_separate_parts(address: str) -> None:
    assert units.unit(address, "2024-01-01").code == "00001"
