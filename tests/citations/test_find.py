"""find(): one test per phenomenon of real Vietnamese administrative text."""

from __future__ import annotations

import datetime as dt
import itertools
import unicodedata

import pytest

from urbangov.citations import Citation, Pinpoint, find
from urbangov.law import InstrumentKind as K


def one(text: str) -> Citation:
    found = find(text)
    assert len(found) == 1, [c.text for c in found]
    c = found[0]
    assert text[c.start:c.end] == c.text
    return c


# text, mention, kind, number, year, symbol
NUMBERED = [
    ("Căn cứ Nghị định số 23/2015/NĐ-CP về cấp bản sao", "Nghị định số 23/2015/NĐ-CP",
     K.NGHI_DINH, "23", 2015, "NĐ-CP"),
    ("Thông tư liên tịch số 01/2015/TTLT-BTP-BNV", "Thông tư liên tịch số 01/2015/TTLT-BTP-BNV",
     K.THONG_TU_LIEN_TICH, "01", 2015, "TTLT-BTP-BNV"),
    ("Thông tư số 04/2022/TT-BNV", "Thông tư số 04/2022/TT-BNV", K.THONG_TU, "04", 2022, "TT-BNV"),
    ("Quyết định số 1234/QĐ-TTg", "Quyết định số 1234/QĐ-TTg", K.QUYET_DINH, "1234", None,
     "QĐ-TTg"),
    ("Chỉ thị số 05-CT/TW", "Chỉ thị số 05-CT/TW", K.CHI_THI, "05", None, "CT/TW"),
    ("Chỉ thị số 12/CT-TTg", "Chỉ thị số 12/CT-TTg", K.CHI_THI, "12", None, "CT-TTg"),
    ("Kết luận số 167-KL/TW", "Kết luận số 167-KL/TW", K.KET_LUAN, "167", None, "KL/TW"),
    ("Công văn số 456/UBND-KT", "Công văn số 456/UBND-KT", K.CONG_VAN, "456", None, "UBND-KT"),
    ("Công điện số 01/CĐ-TTg", "Công điện số 01/CĐ-TTg", K.CONG_DIEN, "01", None, "CĐ-TTg"),
    ("Luật số 72/2025/QH15", "Luật số 72/2025/QH15", K.LUAT, "72", 2025, "QH15"),
    ("Pháp lệnh số 02/2022/UBTVQH15", "Pháp lệnh số 02/2022/UBTVQH15", K.PHAP_LENH, "02", 2022,
     "UBTVQH15"),
    ("Nghị quyết số 1656/NQ-UBTVQH15", "Nghị quyết số 1656/NQ-UBTVQH15", K.NGHI_QUYET, "1656",
     None, "NQ-UBTVQH15"),
    ("Nghị quyết số 18-NQ/TW", "Nghị quyết số 18-NQ/TW", K.NGHI_QUYET, "18", None, "NQ/TW"),
    ("Kế hoạch số 100/KH-UBND", "Kế hoạch số 100/KH-UBND", K.KE_HOACH, "100", None, "KH-UBND"),
    ("Kế hoạch số 123-KH/QU", "Kế hoạch số 123-KH/QU", K.KE_HOACH, "123", None, "KH/QU"),
    ("Thông tri số 03-TT/QU", "Thông tri số 03-TT/QU", K.THONG_TRI, "03", None, "TT/QU"),
    ("Thông báo số 12/TB-VPCP", "Thông báo số 12/TB-VPCP", K.THONG_BAO, "12", None, "TB-VPCP"),
    ("Thông báo kết luận số 12-TB/TW", "Thông báo kết luận số 12-TB/TW", K.THONG_BAO, "12",
     None, "TB/TW"),
    ("Hướng dẫn số 25-HD/BTCTW", "Hướng dẫn số 25-HD/BTCTW", K.HUONG_DAN, "25", None,
     "HD/BTCTW"),
    ("Tờ trình số 45/TTr-UBND", "Tờ trình số 45/TTr-UBND", K.TO_TRINH, "45", None, "TTr-UBND"),
    ("Chương trình số 07-CTr/TU", "Chương trình số 07-CTr/TU", K.CHUONG_TRINH, "07", None,
     "CTr/TU"),
    ("Báo cáo số 88/BC-UBND", "Báo cáo số 88/BC-UBND", K.BAO_CAO, "88", None, "BC-UBND"),
    ("Đề án số 06/ĐA-UBND", "Đề án số 06/ĐA-UBND", K.DE_AN, "06", None, "ĐA-UBND"),
    ("Quy chế số 01-QC/TU", "Quy chế số 01-QC/TU", K.QUY_CHE, "01", None, "QC/TU"),
    ("Quy định số 105-QĐ/TW", "Quy định số 105-QĐ/TW", K.QUY_DINH, "105", None, "QĐ/TW"),
    ("Văn bản hợp nhất số 32/VBHN-VPQH", "Văn bản hợp nhất số 32/VBHN-VPQH",
     K.VAN_BAN_HOP_NHAT, "32", None, "VBHN-VPQH"),
    ("Quyết định số: 123/QĐ-UBND", "Quyết định số: 123/QĐ-UBND", K.QUYET_DINH, "123", None,
     "QĐ-UBND"),
    # Sloppy and bare forms.
    ("Nghị định số 32/NĐ-CP ngày", "Nghị định số 32/NĐ-CP", K.NGHI_DINH, "32", None, "NĐ-CP"),
    ("Nghị quyết số 97/2019/NQ 14 của", "Nghị quyết số 97/2019/NQ 14", K.NGHI_QUYET, "97", 2019,
     "NQ 14"),
    ("Nghị quyết số 1111 của", "Nghị quyết số 1111", K.NGHI_QUYET, "1111", None, None),
    ("theo Nghị định 23 thì", "Nghị định 23", K.NGHI_DINH, "23", None, None),
    ("Nghị quyết 97.", "Nghị quyết 97", K.NGHI_QUYET, "97", None, None),
    ("Nghị định số 32/2021 quy định", "Nghị định số 32/2021", K.NGHI_DINH, "32", 2021, None),
    ("Nghị định số 32/2021/NĐ–CP", "Nghị định số 32/2021/NĐ–CP", K.NGHI_DINH, "32", 2021,
     "NĐ–CP"),
    # Case and spacing.
    ("NGHỊ ĐỊNH SỐ 32/2021/NĐ-CP", "NGHỊ ĐỊNH SỐ 32/2021/NĐ-CP", K.NGHI_DINH, "32", 2021,
     "NĐ-CP"),
    ("theo nghị định số 32/2021/NĐ-CP", "nghị định số 32/2021/NĐ-CP", K.NGHI_DINH, "32", 2021,
     "NĐ-CP"),
    ("Nghị Định số 32/2021/NĐ-CP", "Nghị Định số 32/2021/NĐ-CP", K.NGHI_DINH, "32", 2021,
     "NĐ-CP"),
    ("Nghị định\nsố  32/2021/NĐ-CP", "Nghị định\nsố  32/2021/NĐ-CP", K.NGHI_DINH, "32", 2021,
     "NĐ-CP"),
    # Bare identifiers: the kind comes from the symbol.
    ("xem 32/2021/NĐ-CP", "32/2021/NĐ-CP", K.NGHI_DINH, "32", 2021, "NĐ-CP"),
    ("xem 1234/QĐ-TTg", "1234/QĐ-TTg", K.QUYET_DINH, "1234", None, "QĐ-TTg"),
    ("xem 03-TT/QU", "03-TT/QU", K.THONG_TRI, "03", None, "TT/QU"),
    ("xem 167-KL/TW", "167-KL/TW", K.KET_LUAN, "167", None, "KL/TW"),
    ("xem 01/2015/TTLT-BTP-BNV", "01/2015/TTLT-BTP-BNV", K.THONG_TU_LIEN_TICH, "01", 2015,
     "TTLT-BTP-BNV"),
    ("xem 1184/UBND-NC", "1184/UBND-NC", K.CONG_VAN, "1184", None, "UBND-NC"),
    ("xem 32/2021/ND-CP", "32/2021/ND-CP", K.NGHI_DINH, "32", 2021, "ND-CP"),
    ("xem 12/QD-TTg", "12/QD-TTg", K.QUYET_DINH, "12", None, "QD-TTg"),
    ("xem 97/2019/QH14", "97/2019/QH14", K.NGHI_QUYET, "97", 2019, "QH14"),  # via catalogue
    ("xem 5/2030/QH19", "5/2030/QH19", K.OTHER, "5", 2030, "QH19"),  # unknown: no kind
    # The generic "văn bản": kind from the symbol.
    ("văn bản số 1184/UBND-NC", "văn bản số 1184/UBND-NC", K.CONG_VAN, "1184", None, "UBND-NC"),
    ("Văn bản số 12/QĐ-UBND", "Văn bản số 12/QĐ-UBND", K.QUYET_DINH, "12", None, "QĐ-UBND"),
    ("Văn bản số 12 của", "Văn bản số 12", K.OTHER, "12", None, None),
]


@pytest.mark.parametrize(("text", "mention", "kind", "number", "year", "symbol"), NUMBERED)
def test_numbered_reference(text: str, mention: str, kind: K, number: str, year: int | None,
                            symbol: str | None) -> None:
    c = one(text)
    assert c.text == mention
    r = c.instrument
    assert (r.kind, r.number, r.year, r.symbol, r.name) == (kind, number, year, symbol, None)


NAMED = [
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
     "Luật Tổ chức chính quyền địa phương", K.LUAT, "Tổ chức chính quyền địa phương", None),
    ("Luật Tổ chức chính quyền địa phương 2015,", "Luật Tổ chức chính quyền địa phương 2015",
     K.LUAT, "Tổ chức chính quyền địa phương", 2015),
    ("theo Luật Thủ đô.", "Luật Thủ đô", K.LUAT, "Thủ đô", None),
    ("Luật Thủ đô năm 2024 có hiệu lực", "Luật Thủ đô năm 2024", K.LUAT, "Thủ đô", 2024),
    ("LUẬT THỦ ĐÔ NĂM 2024", "LUẬT THỦ ĐÔ NĂM 2024", K.LUAT, "THỦ ĐÔ", 2024),
    ("Hiến pháp năm 2013", "Hiến pháp năm 2013", K.HIEN_PHAP, None, 2013),
    ("Hiến pháp 2013.", "Hiến pháp 2013", K.HIEN_PHAP, None, 2013),
    ("Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013",
     "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013", K.HIEN_PHAP, None, 2013),
    ("Bộ luật Dân sự 2015", "Bộ luật Dân sự 2015", K.BO_LUAT, "Dân sự", 2015),
    ("Bộ luật Lao động quy định", "Bộ luật Lao động", K.BO_LUAT, "Lao động", None),
    ("Luật Phòng, chống tham nhũng năm 2018", "Luật Phòng, chống tham nhũng năm 2018", K.LUAT,
     "Phòng, chống tham nhũng", 2018),
    ("Luật Bảo vệ môi trường năm 2020", "Luật Bảo vệ môi trường năm 2020", K.LUAT,
     "Bảo vệ môi trường", 2020),
    ("theo Luật Đất đai, các văn bản", "Luật Đất đai", K.LUAT, "Đất đai", None),
    ("Luật Thủ đô của Quốc hội", "Luật Thủ đô", K.LUAT, "Thủ đô", None),
    # The name stops before the article; the pin-cite after it ends the mention.
    ("Luật Thủ đô Điều 13 khoản 3", "Luật Thủ đô Điều 13 khoản 3", K.LUAT, "Thủ đô", None),
    ("Luật Điều ước quốc tế năm 2016", "Luật Điều ước quốc tế năm 2016", K.LUAT,
     "Điều ước quốc tế", 2016),
]


@pytest.mark.parametrize(("text", "mention", "kind", "name", "year"), NAMED)
def test_named_reference(text: str, mention: str, kind: K, name: str | None,
                         year: int | None) -> None:
    c = one(text)
    assert c.text == mention
    assert (c.instrument.kind, c.instrument.name, c.instrument.year, c.instrument.number) == (
        kind, name, year, None)


def test_amending_law_is_one_citation() -> None:
    text = ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ "
            "chức chính quyền địa phương ngày 22 tháng 11 năm 2019;")
    [c] = find(text)
    assert c.text == ("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ "
                      "chức chính quyền địa phương")
    assert c.date == dt.date(2019, 11, 22)
    assert getattr(c.resolve(), "identifier", None) == "47/2019/QH14"
    # Amending laws by number ("11 luật") are not read; the inner laws are.
    assert find("Luật sửa đổi, bổ sung một số điều của 11 luật") == []


def test_constitution_by_its_full_name() -> None:
    [c] = find("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;")
    assert c.text == "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert (c.instrument.kind, c.instrument.year) == (K.HIEN_PHAP, None)
    # Without a year: the Constitution in force (test_resolve.py).
    assert getattr(c.resolve(), "identifier", None) == "2013"


def test_named_law_with_number() -> None:
    c = one("Luật Thủ đô số 39/2024/QH15 ngày 28/6/2024")
    assert c.text == "Luật Thủ đô số 39/2024/QH15"
    r = c.instrument
    assert (r.name, r.number, r.year, r.symbol) == ("Thủ đô", "39", 2024, "QH15")
    assert c.date == dt.date(2024, 6, 28)


def test_name_ends_at_va_and_two_laws_are_found() -> None:
    found = find("Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương")
    assert [c.instrument.name for c in found] == [
        "Tổ chức Chính phủ", "Tổ chức chính quyền địa phương"]


@pytest.mark.parametrize(("text", "pin", "mention"), [
    ("theo quy định tại khoản 2 Điều 5 Nghị định 23/2015/NĐ-CP",
     Pinpoint(article=5, clause=2), "khoản 2 Điều 5 Nghị định 23/2015/NĐ-CP"),
    ("điểm b khoản 1 Điều 1 Nghị quyết số 97/2019/QH14", Pinpoint(1, 1, "b"),
     "điểm b khoản 1 Điều 1 Nghị quyết số 97/2019/QH14"),
    ("Điều 13 Luật Thủ đô quy định", Pinpoint(article=13), "Điều 13 Luật Thủ đô"),
    ("khoản 3 Điều 7 của Nghị định số 32/2021/NĐ-CP", Pinpoint(7, 3),
     "khoản 3 Điều 7 của Nghị định số 32/2021/NĐ-CP"),
    ("Khoản 3, Điều 7 Nghị định 32/2021/NĐ-CP", Pinpoint(7, 3),
     "Khoản 3, Điều 7 Nghị định 32/2021/NĐ-CP"),
    ("Nghị định 32/2021/NĐ-CP, Điều 7.", Pinpoint(article=7), "Nghị định 32/2021/NĐ-CP, Điều 7"),
])
def test_pinpoint(text: str, pin: Pinpoint, mention: str) -> None:
    c = one(text)
    assert (c.pinpoint, c.text) == (pin, mention)
    assert c.instrument.pinpoint is None
    assert c.reference.pinpoint == pin


def test_pin_after_only_when_the_sentence_ends() -> None:
    c = one("Nghị định 32/2021/NĐ-CP, Điều 7 của Luật này")
    assert c.pinpoint is None
    assert c.text == "Nghị định 32/2021/NĐ-CP"


@pytest.mark.parametrize(("text", "date"), [
    ("Nghị định số 32/2021/NĐ-CP ngày 29/3/2021", dt.date(2021, 3, 29)),
    ("Nghị định số 32/2021/NĐ-CP ngày 29-3-2021", dt.date(2021, 3, 29)),
    ("Nghị định số 32/2021/NĐ-CP ngày 29.3.2021", dt.date(2021, 3, 29)),
    ("Nghị định số 32/2021/NĐ-CP ngày 29 tháng 3 năm 2021", dt.date(2021, 3, 29)),
    ("Nghị định số 32/2021/NĐ-CP, ngày 29/3/2021", dt.date(2021, 3, 29)),
    ("Nghị định số 32/2021/NĐ-CP ban hành ngày 29/03/2021", dt.date(2021, 3, 29)),
    ("Nghị định số 32/2021/NĐ-CP NGÀY 29/3/2021", dt.date(2021, 3, 29)),
    ("Nghị định số 32/2021/NĐ-CP ngày\n29/3/2021", dt.date(2021, 3, 29)),
    ("Nghị định số 32/2021/NĐ-CP ngày 31/2/2021", None),  # no such day
    ("Nghị định số 32/2021/NĐ-CP, 29/3/2021", None),  # no "ngày"
])
def test_date(text: str, date: dt.date | None) -> None:
    c = one(text)
    assert c.date == date
    assert c.text.endswith("NĐ-CP")


@pytest.mark.parametrize(("text", "issuer"), [
    ("Kế hoạch số 100/KH-UBND ngày 12/4/2021 của UBND Thành phố Hà Nội về việc",
     "UBND Thành phố Hà Nội"),
    ("Nghị định số 32/2021/NĐ-CP ngày 29/3/2021 của Chính phủ quy định chi tiết", "Chính phủ"),
    ("Nghị quyết số 97/2019/QH14 của Quốc hội về thí điểm", "Quốc hội"),
    ("Thông tri số 03-TT/QU ngày 22/4/2021 của Quận ủy Long Biên “về", "Quận ủy Long Biên"),
    ("Kế hoạch số 100/KH-UBND của UBND TP Hà Nội được quận", "UBND TP Hà Nội"),
    ("Nghị quyết số 1111 của Ủy ban Thường vụ Quốc hội về việc", "Ủy ban Thường vụ Quốc hội"),
    ("Kết luận số 167-KL/TW ngày 13/6/2025 của Bộ Chính trị.", "Bộ Chính trị"),
    ("Quyết định số 1/QĐ-TTg của Thủ tướng Chính phủ phê duyệt", "Thủ tướng Chính phủ"),
    ("Thông tư số 1/2020/TT-BTP của Bộ Tư pháp hướng dẫn", "Bộ Tư pháp"),
    ("Quyết định số 5/QĐ-UBND của UBND Quận 12 về", "UBND Quận 12"),
    ("Thông tư số 04/2022/TT-BNV ngày 31/5/2022 của Bộ trưởng Bộ Nội vụ;",
     "Bộ trưởng Bộ Nội vụ"),
    ("Quyết định số 5/QĐ-UBND của Chủ tịch UBND Thành phố.", "Chủ tịch UBND Thành phố"),
    ("Kế hoạch số 114/KH-UBND của UBND quận Hoàn Kiếm tổ chức", "UBND quận Hoàn Kiếm"),
    ("Nghị quyết số 97/2019/QH14 của Quốc hội và Nghị định", "Quốc hội"),
    ("NGHỊ ĐỊNH SỐ 32/2021/NĐ-CP CỦA CHÍNH PHỦ QUY ĐỊNH", "CHÍNH PHỦ"),
    ("Nghị định số 32/2021/NĐ-CP của các bộ", None),
    ("Nghị định số 32/2021/NĐ-CP về", None),
])
def test_issuer(text: str, issuer: str | None) -> None:
    assert find(text)[0].issuer == issuer


def test_shared_kind_word() -> None:
    found = find("các Nghị định số 32/2021/NĐ-CP, 33/2021/NĐ-CP và 34/2021/NĐ-CP của Chính phủ")
    assert [c.text for c in found] == [
        "Nghị định số 32/2021/NĐ-CP", "33/2021/NĐ-CP", "34/2021/NĐ-CP"]
    assert {c.instrument.kind for c in found} == {K.NGHI_DINH}
    assert [c.issuer for c in found] == [None, None, "Chính phủ"]
    assert [getattr(c.resolve(), "identifier", None) for c in found] == [
        "32/2021/NĐ-CP", "33/2021/NĐ-CP", "34/2021/NĐ-CP"]


def test_shared_kind_word_with_dates() -> None:
    found = find("Nghị định số 32/2021/NĐ-CP ngày 29/3/2021; 33/2021/NĐ-CP ngày 29/3/2021")
    assert [(c.text, c.date) for c in found] == [
        ("Nghị định số 32/2021/NĐ-CP", dt.date(2021, 3, 29)),
        ("33/2021/NĐ-CP", dt.date(2021, 3, 29))]


def test_text_order_and_no_overlap() -> None:
    text = ("Thực hiện Kế hoạch số 100/KH-UBND ngày 12/4/2021 của UBND Thành phố Hà Nội về việc "
            "triển khai Nghị định số 32/2021/NĐ-CP ngày 29/3/2021 của Chính phủ quy định chi "
            "tiết Nghị quyết số 97/2019/QH14 ngày 27/11/2019 của Quốc hội")
    found = find(text)
    assert [c.instrument.number for c in found] == ["100", "32", "97"]
    ends = [c.full_span for c in found]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(ends))


def test_nfd_offsets_refer_to_the_original_text() -> None:
    nfc = "Theo khoản 3 Điều 7 Nghị định số 32/2021/NĐ-CP ngày 29/3/2021 của Chính phủ."
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    [c] = find(nfd)
    assert nfd[c.start:c.end] == c.text
    assert unicodedata.normalize("NFC", c.text) == "khoản 3 Điều 7 Nghị định số 32/2021/NĐ-CP"
    assert (c.issuer, c.instrument.symbol) == ("Chính phủ", "NĐ-CP")
    assert nfd[c.full_span[1] - 1] == "̉"  # ends after "phủ"


@pytest.mark.parametrize("text", [
    "hẻm 822/23/1 đường Lê Văn Sỹ",
    "số 12/3 đường Lê Lợi",
    "Quận 12", "Phường 17", "UBND Phường 17, Quận 12",
    "tỷ lệ 99,57%", "đạt 98.424 hồ sơ",
    "ngày 29/3/2021", "29/3/2021", "29-3-2021",
    "COVID-19", "F0/F1",
    "Nghị quyết này", "Nghị định này", "Luật này", "LUẬT NÀY",
    "theo Nghị định của Chính phủ", "Nghị quyết HĐND", "Nghị quyết Đại hội XIII của Đảng",
    "tỷ số 2/3", "2/3 số đại biểu",
    "điện thoại 0243.825.1234", "ĐT: 024 3825 1234",
    "kế hoạch 5 năm", "báo cáo 6 tháng", "chương trình 2 năm", "Nghị quyết 2 năm",
    "Kế hoạch 2021", "Quyết định 15 người",
    "Luật sư Nguyễn Văn A", "Trường Đại học Luật Hà Nội", "theo quy định của pháp luật",
    "Hiến pháp quy định", "nhiệm kỳ 2021-2026", "quy định số lượng 3 người",
    "Luật sửa đổi, bổ sung", "32/2021", "Chương II Điều 7 khoản 3",
    # A lower-case kind word is read only before an identifier with a symbol.
    "văn bản số 12", "quyết định số 5",
])
def test_look_alikes_are_not_citations(text: str) -> None:
    assert find(text) == []


def test_annotate_keeps_everything_else() -> None:
    from urbangov.citations import annotate

    text = "Căn cứ  Nghị định số 32/2021/NĐ-CP\nngày 29/3/2021 và Luật Thủ đô; hết."
    out = annotate(text, lambda c: f"[{c.instrument.kind.value}:{c.text}]")
    assert out == ("Căn cứ  [nghi_dinh:Nghị định số 32/2021/NĐ-CP]\nngày 29/3/2021 và "
                   "[luat:Luật Thủ đô]; hết.")
    assert annotate(text, lambda c: c.text) == text
    assert annotate("không có gì", lambda c: "x") == "không có gì"


def test_annotate_nfd_keeps_original_bytes() -> None:
    from urbangov.citations import annotate

    nfd = unicodedata.normalize("NFD", "Theo Luật Thủ đô năm 2024, Điều 13.")
    out = annotate(nfd, lambda c: "<>")
    assert out == nfd.replace(find(nfd)[0].text, "<>")
