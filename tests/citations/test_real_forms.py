"""Forms of references met in real official text (see real_passages.json)."""

from __future__ import annotations

import pytest

from urbangov.citations import find


def _one(text: str) -> tuple[str, str, str | None, int | None, str | None]:
    [c] = find(text)
    r = c.instrument
    return c.text, r.kind.value, r.number, r.year, r.symbol


@pytest.mark.parametrize(("text", "expected"), [
    # Law names in small letters need a number, a year or a date.
    ("Bộ luật dân sự số 91/2015/QH13 có hiệu lực",
     ("Bộ luật dân sự số 91/2015/QH13", "bo_luat", "91", 2015, "QH13")),
    ("Điều 8 Bộ luật lao động 2019 quy định",
     ("Điều 8 Bộ luật lao động 2019", "bo_luat", None, 2019, None)),
    # "và" and commas inside a name.
    ("Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;",
     ("Luật Tổ chức HĐND và UBND", "luat", None, None, None)),
    ("Căn cứ Luật An toàn, vệ sinh lao động ngày 25 tháng 6 năm 2015;",
     ("Luật An toàn, vệ sinh lao động", "luat", None, None, None)),
    ("theo Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13;",
     ("Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13", "luat", "80", 2015,
      "QH13")),
    # An ordinance by name runs on to its number.
    ("Pháp lệnh ưu đãi người có công với cách mạng số 26/2005/PL-UBTVQH11 ngày",
     ("Pháp lệnh ưu đãi người có công với cách mạng số 26/2005/PL-UBTVQH11", "phap_lenh",
      "26", 2005, "PL-UBTVQH11")),
    ("Pháp lệnh Dân số năm 2003", ("Pháp lệnh Dân số năm 2003", "phap_lenh", None, 2003, None)),
    # Amending laws without "của".
    ("Luật sửa đổi, bổ sung một số điều Luật Đầu tư công ngày 18/6/2020;",
     ("Luật sửa đổi, bổ sung một số điều Luật Đầu tư công", "luat", None, None, None)),
    # Identifiers: spaced Party dashes, a space for the dash, "&", letters, broken lines.
    ("Kết luận số 100 - KL/TW ngày 18/8/2014",
     ("Kết luận số 100 - KL/TW", "ket_luan", "100", None, "KL/TW")),
    ("Quyết định số 84 QĐ/TWĐTN ngày 22/02/2013",
     ("Quyết định số 84 QĐ/TWĐTN", "quyet_dinh", "84", None, "QĐ/TWĐTN")),
    ("Thông tư liên tịch số 03/2010/TTLT-BNV-BTC-BLĐTB&XH ngày",
     ("Thông tư liên tịch số 03/2010/TTLT-BNV-BTC-BLĐTB&XH", "thong_tu_lien_tich", "03",
      2010, "TTLT-BNV-BTC-BLĐTB&XH")),
    ("Nghị quyết số 36a/NQ-CP ngày 14/10/2015",
     ("Nghị quyết số 36a/NQ-CP", "nghi_quyet", "36a", None, "NQ-CP")),
    ("tại Tờ trình số 473/TTr -\nNN&PTNT ngày 21/5/2007",
     ("Tờ trình số 473/TTr -\nNN&PTNT", "to_trinh", "473", None, "TTr-NN&PTNT")),
    # Lists flattened to text, and a number with its date.
    ("- 1Chỉ thị 15/CT-TTg năm 2020", ("Chỉ thị 15/CT-TTg", "chi_thi", "15", None, "CT-TTg")),
    ("Nghị quyết 18 ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng",
     ("Nghị quyết 18", "nghi_quyet", "18", None, None)),
    ("Lệnh số 20/2015/L-CTN về việc công bố",
     ("Lệnh số 20/2015/L-CTN", "other", "20", 2015, "L-CTN")),
])
def test_real_forms(text: str, expected: tuple[str, str, str | None, int | None, str | None]
                    ) -> None:
    assert _one(text) == expected


@pytest.mark.parametrize(("text", "issuer"), [
    ("Thông tư số 02/2006/TT-BKH ngày 13/02/2006 của Bộ Kế hoạch và Đầu tư hướng dẫn",
     "Bộ Kế hoạch và Đầu tư"),
    ("Thông tư liên tịch số 90/2009/TTLT-BTC-BNV ngày 06/5/2009 của Liên bộ Tài chính - "
     "Nội vụ tại đây", "Liên bộ Tài chính - Nội vụ"),
    ("Nghị định số 14/2017/NĐ-CP của Bộ Lao động – Thương binh và Xã hội;",
     "Bộ Lao động – Thương binh và Xã hội"),
    ("Nghị quyết số 04/2019/NQ-HĐTP ngày 18/6/2019 của Hội đồng Thẩm phán TANDTC về",
     "Hội đồng Thẩm phán TANDTC"),
    ("Chỉ thị số 35-CT/TW, ngày 30/5/2019, của Bộ Chính trị về Đại hội", "Bộ Chính trị"),
    # The legislature is part of the issuer (issue #17).
    ("Quy định số 45-QĐ/TW của Ban Chấp hành Trung ương Đảng khóa XI",
     "Ban Chấp hành Trung ương Đảng khóa XI"),
    ("Kế hoạch số 17 của Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh về Đại hội",
     "Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh"),
    ("Nghị quyết số 97/2019/QH14 của Quốc hội và Kế hoạch số 5/KH-UBND", "Quốc hội"),
])
def test_real_issuers(text: str, issuer: str) -> None:
    assert find(text)[0].issuer == issuer


def test_amending_ordinance_with_pin_cite() -> None:
    [c] = find("quy định tại điểm b, điểm c, khoản 1 Điều 1 của Pháp lệnh sửa đổi, bổ sung "
               "một số điều của Pháp lệnh cán bộ, công chức ngày 29 tháng 04 năm 2003.")
    assert c.text == ("điểm c, khoản 1 Điều 1 của Pháp lệnh sửa đổi, bổ sung một số điều của "
                      "Pháp lệnh cán bộ, công chức")
    assert c.instrument.kind.value == "phap_lenh"
    assert str(c.pinpoint) == "điểm c khoản 1 Điều 1"
    assert c.date is not None and c.date.isoformat() == "2003-04-29"


def test_date_after_the_issuer() -> None:
    [c] = find("Quyết định số 28/QĐ-BNV của Bộ Nội Vụ ngày 08 tháng 01 năm 2018 về việc")
    assert (c.issuer, c.date.isoformat() if c.date else None) == ("Bộ Nội Vụ", "2018-01-08")


@pytest.mark.parametrize("text", [
    "Luật sư Nguyễn Văn A ngày 5/3/2020",
    "Luật mới năm 2024 quy định",
    "theo Luật pháp năm 2020",
    "Loại văn bản: Luật\nNơi ban hành: Quốc hội",
    "Loại văn bản | Pháp lệnh |\nCơ quan ban hành | Ủy ban Thường vụ Quốc hội",
    "Pháp lệnh này có hiệu lực năm 2021",
    "nhiệm kỳ 2020 - 2025, trong 18 ngày",
    "Nghị quyết 18 ngày nữa",
    "Số:        /KH-UBND",
])
def test_real_look_alikes(text: str) -> None:
    assert find(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # https://truongleduan.quangtri.gov.vn/vi/hoat-dong-khoa-hoc/savefile/Nghien-cuu-trao-doi/thuc-tien-cong-tac-sap-xep-don-vi-hanh-chinh-cap-huyen-cap-xa-tren-dia-ban-tinh-quang-tri-368.html
    ("Chương trình hành động số 147-CTHĐ/TU ngày 09/5/2019 của Tỉnh ủy",
     ("Chương trình hành động số 147-CTHĐ/TU", "chuong_trinh", "147", None, "CTHĐ/TU")),
    # https://prtc.ninhthuan.gov.vn/portal/Pages/2024-5-17/DE-CUONG-TUYEN-TRUYEN-SAP-XEP-DON-VI-HANH-CHINH-CAhvbq96.aspx
    ("Căn cứ Phương án số 316/PA-UBND ngày 19/01/2024 của Ủy ban nhân dân tỉnh",
     ("Phương án số 316/PA-UBND", "other", "316", None, "PA-UBND")),
])
def test_a_programme_or_plan_of_arrangement_is_read_whole(
        text: str, expected: tuple[str, str, str | None, int | None, str | None]) -> None:
    assert _one(text) == expected


def test_a_programme_or_plan_without_a_number_is_no_citation() -> None:
    assert find("Ban Thường vụ ban hành Chương trình hành động thực hiện Nghị quyết số "
                "57-NQ/TW như sau")[0].text == "Nghị quyết số 57-NQ/TW"
    assert find("phương án 5 năm") == []


def test_references_glued_in_a_list_that_lost_its_separators() -> None:
    # https://lawnet.vn/thong-tin-phap-luat/chinh-sach-moi/08-noi-dung-moi-ve-hoa-don-dien-tu-dn-can-phai-biet-tai-thong-tu-68-67344.html
    text = ("Thông tư 32/2011/TT-BTCThông tư 191/2010/TT-BTCQuyết định 1209/QĐ-BTCQuyết "
            "định 2660/QĐ-BTC và Thông tư 37/2017/TT-BTC.")
    assert [c.text for c in find(text)] == [
        "Thông tư 32/2011/TT-BTC", "Thông tư 191/2010/TT-BTC", "Quyết định 1209/QĐ-BTC",
        "Quyết định 2660/QĐ-BTC", "Thông tư 37/2017/TT-BTC"]
    text = "theo quy định tại Nghị định 51/2010/NĐ-CPNghị định 04/2014/NĐ-CP và các văn bản"
    assert [(c.text, c.instrument.symbol) for c in find(text)] == [
        ("Nghị định 51/2010/NĐ-CP", "NĐ-CP"), ("Nghị định 04/2014/NĐ-CP", "NĐ-CP")]
    # a kind word glued to a capital that ends no symbol is still no reference
    assert [c.text for c in find("ABCNghị định 5/2010/NĐ-CP")] == ["5/2010/NĐ-CP"]


def test_a_bare_number_then_a_year_is_a_reference_of_that_year() -> None:
    # https://thanhnien.vn/tphcm-sap-nhap-phuong-phuong-an-sap-xep-cua-quan-10-binh-thanh-binh-tan-185250326142705097.htm
    [c] = find("theo Kết luận 127 năm 2025 của Bộ Chính trị.")
    assert (c.text, c.instrument.number, c.instrument.year, c.issuer) == (
        "Kết luận 127 năm 2025", "127", 2025, "Bộ Chính trị")
    # a span of years, or years counted, stays a quantity
    assert find("Nghị quyết 15 năm 2021-2025") == []
    assert find("Nghị quyết 15 năm qua") == []


def test_a_number_with_a_capital_letter_before_the_slash() -> None:
    # http://banan.thuvienphapluat.vn/ban-an/ban-an-192019dspt-ngay-22022019-ve-tranh-chap-quyen-su-dung-dat-va-tai-san-tren-dat-77262
    [c] = find("Theo Quyết định đưa vụ án ra xét xử số: 472A/2019/QĐ-PT ngày 28 tháng 01 "
               "năm 2019 giữa các đương sự:")
    assert (c.text, c.instrument.number, c.instrument.kind.value, str(c.date)) == (
        "472A/2019/QĐ-PT", "472A", "quyet_dinh", "2019-01-28")
    assert [c.text for c in find("hẻm 12A/3 và 5A phố Huế")] == []


def test_resolve_all_reads_a_text_and_refuses_what_is_no_mention() -> None:
    from urbangov.citations import find_all, resolve_all

    text = ("Căn cứ Nghị quyết số 1656/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc "
            "hội. Theo khoản 40 Điều 1 Nghị quyết số 1656, phường Bồ Đề được thành lập.")
    assert resolve_all(text) == resolve_all(find_all(text), text)
    assert str(resolve_all(text)[1].reference) == (
        "khoản 40 Điều 1 Nghị quyết số 1656/NQ-UBTVQH15")
    with pytest.raises(TypeError, match=r"resolve_all\(\)\.found\[0\]: expected .*got int"):
        resolve_all([1])  # type: ignore[list-item]
    with pytest.raises(TypeError, match=r"find\(\)\.text: expected a text"):
        find(123)  # type: ignore[arg-type]
