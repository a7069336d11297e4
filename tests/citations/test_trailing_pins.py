"""Pin-cites written after the instrument, or before it in another order or abbreviated.

Notes, tables of legal bases and Q&A answers write the article after the document
("Nghị quyết 131/2020/QH14 Điều 9 khoản 1", "NĐ 33/2021 k.3 Đ.18"); the rule (docs,
"Pin-cite after") keeps it when it is on the same line, after a comma or spaces only,
and nothing after it claims it.  The passages are real, quoted briefly; where a file of
a public repository was found by its text (no address given), the comment says so.
"""

from __future__ import annotations

import pytest

from urbangov.citations import Pinpoint, find, find_all
from urbangov.law import InstrumentKind as K


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, None if c.pinpoint is None else str(c.pinpoint)) for c in find(text)]


# --- what the issue reported -------------------------------------------------------


@pytest.mark.parametrize(("text", "mention", "pin"), [
    ("Nghị quyết 131/2020/QH14 Điều 9 khoản 1", "Nghị quyết 131/2020/QH14 Điều 9 khoản 1",
     Pinpoint(article=9, clause=1)),
    ("Luật 72/2025/QH15 Điều 52 khoản 3 điểm a", "Luật 72/2025/QH15 Điều 52 khoản 3 điểm a",
     Pinpoint(52, 3, "a")),
    # Before the instrument in this order it was not read either.
    ("Điều 52 khoản 3 điểm a Luật 72/2025/QH15", "Điều 52 khoản 3 điểm a Luật 72/2025/QH15",
     Pinpoint(52, 3, "a")),
    ("NĐ 33/2021 k.3 Đ.18", "NĐ 33/2021 k.3 Đ.18", Pinpoint(article=18, clause=3)),
])
def test_reported_forms(text: str, mention: str, pin: Pinpoint) -> None:
    [c] = find(text)
    assert (c.text, c.pinpoint) == (mention, pin)
    assert c.instrument.pinpoint is None


def test_the_decree_abbreviation_is_a_kind_word() -> None:
    # "NĐ 123/2020/NĐ-CP (và NĐ 70/2025)": a public repository file (code corpus, found
    # by the text "/NĐ-CP Điều").
    found = find("Quy định chung: NĐ 123/2020/NĐ-CP (và NĐ 70/2025) đến hết 30/06/2026")
    assert [(c.text, c.instrument.kind, c.instrument.number, c.instrument.year)
            for c in found] == [("NĐ 123/2020/NĐ-CP", K.NGHI_DINH, "123", 2020),
                                ("NĐ 70/2025", K.NGHI_DINH, "70", 2025)]


# --- real passages: the pin-cite after the instrument ----------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # shared/legal-reference-2025-2026.md (the project's legal notes, from
    # thuvienphapluat.vn and provincial portals): tables of legal bases.
    ("| NĐ 300/2025 Điều 7 k.2 | high | TVPL-UV, XDCS-300b |",
     [("NĐ 300/2025 Điều 7 k.2", "khoản 2 Điều 7")]),
    # "L72 Điều 21, NĐ 300 Điều 7, …" with the decree's identifier written whole: a
    # pin-cite after it wins over one before it that only a comma joins.
    ("(quotes L72 Điều 21, NĐ 300/2025 Điều 7, NĐ 315 Quy chế Điều 6)",
     [("NĐ 300/2025 Điều 7", "Điều 7")]),
    ("L72 **repealed Luật Thủ đô 2024 Điều 8, 11, 12, 13** (Điều 8 was",
     [("Luật Thủ đô 2024 Điều 8, 11, 12, 13", "Điều 8, 11, 12 và 13")]),
    ("| NĐ 120/2025 Điều 14; NĐ 07/2025 Điều 1 k.1 | medium",
     [("NĐ 120/2025 Điều 14", "Điều 14"), ("NĐ 07/2025 Điều 1 k.1", "khoản 1 Điều 1")]),
    ("quotes NĐ 33/2021 k.3 Đ.18 and NĐ 30/2020 k.3 Đ.13)",
     [("NĐ 33/2021 k.3 Đ.18", "khoản 3 Điều 18"), ("NĐ 30/2020 k.3 Đ.13", "khoản 3 Điều 13")]),
    ("`repealed_by = \"Luật 72/2025/QH15 Điều 52 k.3 a\"`",
     [("Luật 72/2025/QH15 Điều 52 k.3", "khoản 3 Điều 52")]),
    ("implements Luật Thủ đô Điều 13 k.3 điểm a | high",
     [("Luật Thủ đô Điều 13 k.3 điểm a", "điểm a khoản 3 Điều 13")]),
    ("**Text of NQ 131/2020/QH14 Điều 9 khoản 1–3.** Which matters",
     [("131/2020/QH14 Điều 9 khoản 1", "khoản 1 Điều 9")]),
    # Public repository files (code corpus, found by the texts "/NĐ-CP Điều",
    # "/NĐ-CP, Điều", "/QH14, Điều" and "k.2 Đ."): notes and tables of legal bases.
    ("- **Căn cứ:** [L1] Điều 109; Nghị định 145/2020/NĐ-CP Điều 64\n- **Link:**",
     [("Nghị định 145/2020/NĐ-CP Điều 64", "Điều 64")]),
    ("HKD: NĐ 68/2026/NĐ-CP khoản 5 Điều 8 (sửa đổi bởi NĐ 141/2026/NĐ-CP Điều 1 khoản 2).",
     [("NĐ 68/2026/NĐ-CP khoản 5 Điều 8", "khoản 5 Điều 8"),
      ("NĐ 141/2026/NĐ-CP Điều 1 khoản 2", "khoản 2 Điều 1")]),
    ("(tăng từ 2tr, NĐ 253/2026/NĐ-CP Điều 50 khoản 2, hiệu lực 01/07/2026)",
     [("NĐ 253/2026/NĐ-CP Điều 50 khoản 2", "khoản 2 Điều 50")]),
    ("| **Legal Basis** | Nghị định 356/2025/NĐ-CP Điều 4 — CCCD là Sensitive Personal Data |",
     [("Nghị định 356/2025/NĐ-CP Điều 4", "Điều 4")]),
    ("- Ví dụ: Luật An ninh mạng số 24/2018/QH14, Điều 8, khoản 1\n",
     [("Luật An ninh mạng số 24/2018/QH14, Điều 8, khoản 1", "khoản 1 Điều 8")]),
    ("Xử phạt vượt đèn đỏ (Nghị định 168/2024/NĐ-CP, Điều 6, 7, 9, 10) | legal_documents.md",
     [("Nghị định 168/2024/NĐ-CP, Điều 6, 7, 9, 10", "Điều 6, 7, 9 và 10")]),
    ("vẫn là Nghị định 168/2024/NĐ-CP, Điều 6 Khoản 9 Điểm b.",
     [("Nghị định 168/2024/NĐ-CP, Điều 6 Khoản 9 Điểm b", "điểm b khoản 9 Điều 6")]),
    ("| Thời điểm xác định doanh thu | Văn bản hợp nhất 19/VBHN-BTC Đ.8 k.2 đ.b |",
     [("Văn bản hợp nhất 19/VBHN-BTC Đ.8 k.2 đ.b", "điểm b khoản 2 Điều 8")]),
    # A list of several instruments, each with its own pin-cite.
    ("| Luật Quản lý thuế số 38/2019/QH14, Điều 44, and Nghị định số 126/2020/NĐ-CP, "
     "Điều 9 | mirror",
     [("Luật Quản lý thuế số 38/2019/QH14, Điều 44", "Điều 44"),
      ("Nghị định số 126/2020/NĐ-CP, Điều 9", "Điều 9")]),
])
def test_pin_cite_after_the_instrument(text: str,
                                       expected: list[tuple[str, str | None]]) -> None:
    assert _found(text) == expected


# --- real passages: what is not a pin-cite of the instrument before it ---------------


@pytest.mark.parametrize(("text", "expected"), [
    # A sentence ends, the next line cites again: m.ngoisao.vn/theo-dong-su-kien/kien-thuc/
    # nguoi-dieu-khien-o-to-bi-phat-toi-70-trieu-dong-neu-vi-pham-dieu-nay-442774.htm
    ("có hiệu lực từ 1/1/2025 (Nghị định 168).\n\nĐiều 6 Nghị định 168 quy định xử phạt",
     [("Nghị định 168", None), ("Điều 6 Nghị định 168", "Điều 6")]),
    # The text's own article on the next line: thuviennhadat.vn/vbpl/nghi-dinh-48-2013-nd-cp-
    # sua-doi-nghi-dinh-lien-quan-kiem-soat-thu-tuc-hanh-chinh-187386.html
    ("Nghị định số 55/2011/NĐ-CP ngày 04 tháng 7 năm 2011 của Chính\nphủ quy định chức "
     "năng, nhiệm vụ, quyền hạn và tổ chức bộ máy của tổ chức pháp\nchế,\nĐiều 1. Sửa đổi, "
     "bổ sung, bãi\nbỏ một số điều, khoản của Nghị định số 63/2010/NĐ-CP",
     [("Nghị định số 55/2011/NĐ-CP", None), ("Nghị định số 63/2010/NĐ-CP", None)]),
    # luattrongtay.vn (the amended Decree 81/2013, consolidated): a colon and a quoted
    # article on the next line.
    ("Khoản 23 Điều 1 Nghị định 97/2017/NĐ-CP ngày 18 tháng 8 năm 2017:\n\n“Điều 1. "
     "Sửa đổi, bổ sung một số điều của Nghị định số 81/2013/NĐ-CP",
     [("Khoản 23 Điều 1 Nghị định 97/2017/NĐ-CP", "khoản 23 Điều 1"),
      ("Nghị định số 81/2013/NĐ-CP", None)]),
    # A list of instruments whose pin-cites stand before each: tapdoantrananh.com.vn/
    # tin-tong-hop/dat-trong-lua
    ("theo quy định tại Điều 4 của Nghị định 35/2015/NĐ-CP, Khoản 11 Điều 2 của Nghị định "
     "01/2017/NĐ-CP.",
     [("Điều 4 của Nghị định 35/2015/NĐ-CP", "Điều 4"),
      ("Khoản 11 Điều 2 của Nghị định 01/2017/NĐ-CP", "khoản 11 Điều 2")]),
    # A count of articles, not a pin-cite: thuvienphapluat.vn (Bộ luật dân sự 2015 page).
    ("Bộ luật dân sự 2015 gồm 6 Phần, 27 Chương, 689 Điều (Thay vì Bộ luật dân sự 2005",
     [("Bộ luật dân sự 2015", None), ("Bộ luật dân sự 2005", None)]),
    # The article belongs to a code named by its abbreviation: a public repository file
    # (code corpus, found by the text "/NĐ-CP, Điều").
    ("// Hệ số quy đổi pháp lý — Điều 57 NĐ 145/2020/NĐ-CP, Điều 98 BLLĐ 2019.",
     [("Điều 57 NĐ 145/2020/NĐ-CP", "Điều 57")]),
])
def test_not_the_instruments_pin_cite(text: str,
                                      expected: list[tuple[str, str | None]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The forms the rule names: a sentence end between, the next line, the next document.
    ("Căn cứ Nghị định 23/2015/NĐ-CP.\nĐiều 9. Hiệu lực thi hành",
     [("Nghị định 23/2015/NĐ-CP", None)]),
    ("Căn cứ Nghị định 23/2015/NĐ-CP. Điều 2 Quyết định này có hiệu lực",
     [("Nghị định 23/2015/NĐ-CP", None)]),
    ("Căn cứ Nghị định 23/2015/NĐ-CP\nĐiều 2. Quyết định này có hiệu lực",
     [("Nghị định 23/2015/NĐ-CP", None)]),
    ("Nghị định 23/2015/NĐ-CP, Điều 5 Luật Hộ tịch",
     [("Nghị định 23/2015/NĐ-CP", None), ("Điều 5 Luật Hộ tịch", "Điều 5")]),
    ("Nghị định 32/2021/NĐ-CP, Điều 7 luật này", [("Nghị định 32/2021/NĐ-CP", None)]),
    ("Nghị định 32/2021/NĐ-CP Điều 7 thuộc Luật Thủ đô",
     [("Nghị định 32/2021/NĐ-CP", None), ("Luật Thủ đô", None)]),
    # Only the units, each once, on the line; no article, no pin-cite.
    ("Nghị định 32/2021/NĐ-CP khoản 2 quy định", [("Nghị định 32/2021/NĐ-CP", None)]),
    ("Nghị định 32/2021/NĐ-CP Điều 5a", [("Nghị định 32/2021/NĐ-CP", None)]),
])
def test_rule_edges(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _found(text) == expected


def test_quy_dinh_after_the_pin_is_the_verb() -> None:
    # "Điều 9 khoản 1 quy định về …" (provides): the pin-cite stays with the resolution.
    [c] = find("Nghị quyết 131/2020/QH14 Điều 9 khoản 1 quy định về nhiệm vụ của UBND phường")
    assert c.pinpoint == Pinpoint(article=9, clause=1)


def test_a_bare_number_before_an_article_is_no_quantity() -> None:
    # "Nghị định 300 Điều 7" is the decree and its article, not 300 articles.
    assert _found("Nghị định 300 Điều 7") == [("Nghị định 300 Điều 7", "Điều 7")]
    assert _found("Nghị quyết 15 điều khoản") == []


def test_the_abbreviation_needs_the_year() -> None:
    # "NĐ 33" alone is shorthand for whichever decree 33 the writer has in mind
    # (shared/legal-reference.md: "TP HCM (NĐ 33) | Đà Nẵng (NĐ 34 → NĐ 170)").
    assert _found("TP HCM (NĐ 33) | Đà Nẵng (NĐ 34 → NĐ 170) | NĐ 300 Điều 7") == []


def test_other_order_before_the_instrument() -> None:
    # expertis.vn/ai-khong-duoc-thanh-lap-doanh-nghiep: "Theo Điều 1 Khoản 1 Nghị định
    # số14/1998/NĐ-CP của Chính phủ".
    [c] = find("Theo Điều 1 Khoản 1 Nghị định số14/1998/NĐ-CP của Chính phủ quy định")
    assert (c.text, c.pinpoint) == ("Điều 1 Khoản 1 Nghị định số14/1998/NĐ-CP",
                                    Pinpoint(article=1, clause=1))
    [c] = find("theo đ.a k.3 Đ.18 Nghị định 33/2021/NĐ-CP")
    assert c.pinpoint == Pinpoint(18, 3, "a")


def test_short_forms_read_the_other_order_too() -> None:
    text = "Căn cứ Nghị định 32/2021/NĐ-CP. Theo Điều 5 khoản 2 Nghị định này, …"
    short = [s for s in find_all(text) if not hasattr(s, "instrument")]
    assert [s.pinpoint for s in short] == [Pinpoint(article=5, clause=2)]
