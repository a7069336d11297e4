"""Precision and recall of find() on the second hold-out (holdout2_passages.json).

Real passages from forty-five sources (205 references) collected after the first
hold-out had been tuned, from sources in neither earlier set, chosen for what those covered
least: Party documents (Trung ương, Bộ Chính trị, Ban Bí thư, Tỉnh ủy, Thành ủy, a Party
committee of a provincial People's Committee; "QĐ/TW", "Ctr/TU", "KL/ĐU", "QC/TW"),
HĐND resolutions of provinces, a district and a commune, a commune's plan, joint
circulars and a joint resolution (NQLT), court judgments and articles citing codes
with Điều/khoản, news, and documents of 2025-2026 after the two-tier reform (Luật
72/2025/QH15, NQ 76/2025/UBTVQH15, Kết luận 210-KL/TW).  They were annotated by hand
under docs/citations.md before find() was run on them.

Untuned, find() scored precision 0.945, recall 0.927, date 0.995, issuer 0.984 and
pin-cite 1.000 on them.  The misses were general: pin-cites written with commas
("Điều 51, Bộ luật Hình sự", "điểm đ, khoản 5, Điều 27, Nghị quyết số 326"), an
abbreviation in brackets before a law's year ("(BLHS) năm 2015"), a kind word glued to
the word before it in text copied from PDFs ("Thực hiệnQuyết định"), the Party code
"Ctr" and a symbol with a dot ("QC-TT.HĐND-UBND"), "quy định" after a bare number read
as the unit "quý", "PHÁP LUẬT" in a title read as a law, a date in brackets, an issuer
run on into "tuyên".  After the fixes it scores 0.990 and 0.990, date 1.000, issuer
0.990, pin-cite 1.000, so this set is now TUNED data as well: these thresholds guard
against regressions and say nothing more about unseen text.
``python tools/score_citations.py tests/citations/holdout2_passages.json`` prints every
error passage by passage.  Those figures are of the whole passages; the third-party
ones (news, articles, Q&A) are now stored as excerpts of at most 300 characters around
their references (test_corpus_rule.py), which left the scores where they were.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from urbangov.citations import find

from .passages import OFFICIAL, TOOL, check_annotations, check_scores

ROOT = Path(__file__).resolve().parents[2]
HOLDOUT2 = ROOT / "tests" / "citations" / "holdout2_passages.json"



PASSAGES: list[dict[str, Any]] = TOOL.load(HOLDOUT2)
EARLIER = TOOL.load() + TOOL.load(ROOT / "tests" / "citations" / "holdout_passages.json")


def test_the_second_hold_out_is_large_varied_and_fresh() -> None:
    sources = {p["source"] for p in PASSAGES}
    assert len(sources) >= 35
    assert sum(len(p["citations"]) for p in PASSAGES) >= 200
    official = [p for p in PASSAGES if p["source_class"] == OFFICIAL]
    # An official source is one whole passage; a third-party one may be several excerpts.
    assert len({p["source"] for p in official}) == len(official)
    assert not sources & {p["source"] for p in EARLIER}
    assert len({c["kind"] for p in PASSAGES for c in p["citations"]}) >= 15
    for p in PASSAGES:
        assert re.match(r"https?://", p["source"]), p["source"]
        assert p["citations"], "an excerpt holds at least one reference"
    for p in official:
        assert 300 <= len(p["text"]) <= 1500, p["source"]


@pytest.mark.parametrize("passage", PASSAGES, ids=lambda p: p["source"][-40:])
def test_annotations_match_the_text(passage: dict[str, Any]) -> None:
    check_annotations(passage)


def test_precision_recall_and_fields(capsys: pytest.CaptureFixture[str]) -> None:
    check_scores(PASSAGES, "second hold-out passages", capsys)


@pytest.mark.parametrize(("text", "mention", "pin"), [
    ("tại Điều 51, Bộ luật Hình sự (BLHS) năm 2015 nhìn chung",
     "Điều 51, Bộ luật Hình sự (BLHS) năm 2015", "Điều 51"),
    ("(điểm đ, khoản 5, Điều 27, Nghị quyết số 326).",
     "điểm đ, khoản 5, Điều 27, Nghị quyết số 326", "điểm đ khoản 5 Điều 27"),
    ("tại khoản 4 Điều 32 Nghị quyết 326 quy định thì",
     "khoản 4 Điều 32 Nghị quyết 326", "khoản 4 Điều 32"),
])
def test_pin_cites_with_commas_and_abbreviations(text: str, mention: str, pin: str) -> None:
    [c] = find(text)
    assert (c.text, str(c.pinpoint)) == (mention, pin)


def test_glued_kind_words_party_codes_dotted_symbols_and_bracketed_dates() -> None:
    got = find("Thực hiệnQuyết định số 1489/QĐ-TTg; Chương trình 03-Ctr/TU; "
               "Số: 06/QC-TT.HĐND-UBND; Quy định số 144-QĐ/TW (ngày 9/5/2024)")
    assert [(c.text, c.instrument.kind.value, c.instrument.symbol) for c in got] == [
        ("Quyết định số 1489/QĐ-TTg", "quyet_dinh", "QĐ-TTg"),
        ("Chương trình 03-Ctr/TU", "chuong_trinh", "Ctr/TU"),
        ("06/QC-TT.HĐND-UBND", "quy_che", "QC-TT.HĐND-UBND"),
        ("Quy định số 144-QĐ/TW", "quy_dinh", "QĐ/TW")]
    assert got[-1].date is not None and got[-1].date.isoformat() == "2024-05-09"


def test_look_alikes_of_the_second_hold_out_are_not_references() -> None:
    assert find("XÂY DỰNG PHÁP LUẬT THÁNG 7 NĂM 2025; Số: 06/QĐ-UBND.Căn cứ")[0].text == (
        "06/QĐ-UBND")
    assert len(find("XÂY DỰNG PHÁP LUẬT THÁNG 7 NĂM 2025, kế hoạch 3 quý")) == 0
    [c] = find("Bản án số 11/2019/DS-ST ngày 21/01/2019 của Tòa án nhân dân huyện Phù Cát "
               "tuyên: Buộc bà N")
    assert c.issuer == "Tòa án nhân dân huyện Phù Cát"
