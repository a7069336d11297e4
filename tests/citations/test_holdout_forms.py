"""Forms of references met in the hold-out passages (holdout_passages.json)."""

from __future__ import annotations

import pytest

from urbangov.citations import find


def _all(text: str) -> list[tuple[str, str, str | None, int | None, str | None]]:
    return [(c.text, c.instrument.kind.value, c.instrument.number, c.instrument.year,
             c.instrument.symbol) for c in find(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # A qualifier between the kind word and "số".
    ("Báo cáo thẩm tra số 18/BC-HĐND-KTNS ngày 22 tháng 6 năm 2016",
     [("Báo cáo thẩm tra số 18/BC-HĐND-KTNS", "bao_cao", "18", None, "BC-HĐND-KTNS")]),
    ("Tờ trình bổ sung số 571/TTr-CP và Báo cáo thẩm định số 18/BCTĐ-STP",
     [("Tờ trình bổ sung số 571/TTr-CP", "to_trinh", "571", None, "TTr-CP"),
      ("Báo cáo thẩm định số 18/BCTĐ-STP", "bao_cao", "18", None, "BCTĐ-STP")]),
    # Old identifiers with a dash and no slash, after a kind word.
    ("Căn cứ Nghị định số 130-CP ngày 29/9/1961 của Hội đồng Chính phủ",
     [("Nghị định số 130-CP", "nghi_dinh", "130", None, "CP")]),
    ("(Chỉ thị số 24-CT-TU, ngày 12/3/2019)",
     [("Chỉ thị số 24-CT-TU", "chi_thi", "24", None, "CT-TU")]),
    # ... and in a header.
    ("Số: 405-NV\n\nHà Nội, ngày 13 tháng 11 năm 1965",
     [("405-NV", "other", "405", None, "NV")]),
    # "TƯ" (Trung ương) in a Party symbol.
    ("Số 445-KL/TƯ; Nghị quyết 13-NQ/TƯ của Tỉnh ủy",
     [("445-KL/TƯ", "ket_luan", "445", None, "KL/TƯ"),
      ("Nghị quyết 13-NQ/TƯ", "nghi_quyet", "13", None, "NQ/TƯ")]),
    # A committee of the Quốc hội with its legislature after a space; not "UBND 15".
    ("Báo cáo thẩm tra số 262/BC-UBTCNS 14 ngày 19/12/2016",
     [("Báo cáo thẩm tra số 262/BC-UBTCNS 14", "bao_cao", "262", None, "BC-UBTCNS 14")]),
    ("Quyết định số 12/QĐ-UBND 15 ngày", [("Quyết định số 12/QĐ-UBND", "quyet_dinh", "12",
                                           None, "QĐ-UBND")]),
    # The country's name inside a law's name does not count against its length.
    ("Căn cứ Luật Cơ quan đại diện nước Cộng hòa Xã hội Chủ nghĩa Việt Nam ở nước ngoài "
     "ngày 18 tháng 6 năm 2009;",
     [("Luật Cơ quan đại diện nước Cộng hòa Xã hội Chủ nghĩa Việt Nam ở nước ngoài",
       "luat", None, None, None)]),
])
def test_forms(text: str, expected: list[tuple[str, str, str | None, int | None, str | None]],
               ) -> None:
    assert _all(text) == expected


@pytest.mark.parametrize("text", [
    "Tải mẫu số 02/TTN Thông báo tiền thuế nợ",       # forms are not references
    "tờ khai quyết toán thuế TNCN mẫu 05/QTT-TNCN theo TT80",
    "Mẫu số: 01/TK-SDDPNN",
    "giai đoạn 2021-2025, mã 130-CP trong bảng",       # a dash identifier in prose
    "Số: 12-3 ngày",
])
def test_look_alikes(text: str) -> None:
    assert find(text) == []


@pytest.mark.parametrize(("text", "issuer"), [
    ("Hướng dẫn số 26 của Ban Tổ chức Trung ương về", "Ban Tổ chức Trung ương"),
    ("Quyết định số 12/QĐ-BCĐ của Ban Chỉ đạo Trung ương về", "Ban Chỉ đạo Trung ương"),
    ("Thông tư số 03/2025/TT-VPCP ngày 15 tháng 9 năm 2025 của Bộ trưởng, Chủ nhiệm Văn "
     "phòng Chính phủ hướng dẫn", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"),
    ("Quyết định số 56-CP ngày 24/4/1963 của Hội đồng Chính phủ ủy nhiệm cho Bộ Nội vụ",
     "Hội đồng Chính phủ"),
    ("Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN ngày 17 tháng 4 năm 2008 của "
     "Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam hướng dẫn thi hành",
     "Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
])
def test_issuers(text: str, issuer: str) -> None:
    assert find(text)[0].issuer == issuer


def test_date_after_amended_mark() -> None:
    [c] = find("Căn cứ Luật Tổ chức HĐND và UBND (sửa đổi) ngày 21 tháng 6 năm 1994;")
    assert c.text == "Luật Tổ chức HĐND và UBND"
    assert c.date is not None and c.date.isoformat() == "1994-06-21"
