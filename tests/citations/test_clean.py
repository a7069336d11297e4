"""clean(): HTML pages and scraped text, and ``urbangov cite page.html`` (issue #17)."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

import pytest

from urbangov.citations import clean, find
from urbangov.cli import main

from .passages import TOOL

ROOT = Path(__file__).resolve().parents[2]
PASSAGES = TOOL.load(ROOT / "tests" / "citations" / "holdout3_passages.json")


def _page(text: str) -> str:
    """*text* saved as a portal would serve it: a head, entities, tags and line breaks."""
    body = html.escape(text, quote=False).replace("/", "&#x002F;").replace("\n", "<br />\n")
    body = body.replace("ị", "&#7883;").replace("Đ", "&Dstrok;")
    return ("<!DOCTYPE html><html lang=\"vi\"><head><title>Nghị định số 1/2000/NĐ-CP</title>"
            "<script>var s = 'Nghị định số 2/2000/NĐ-CP';</script><style>p{}</style></head>"
            f"<body><div class=\"x\"><p><span>{body}</span></p></div><!-- 3/2000/NĐ-CP -->"
            "</body></html>")


def _keys(found: list[Any]) -> list[tuple[Any, ...]]:
    return [(c.text.split(), c.instrument, c.date, c.issuer, c.pinpoint) for c in found]


def test_clean_decodes_tags_entities_escapes_and_spaces() -> None:
    assert clean("<p>Nghị định&nbsp;số 32/2021&#x002F;NĐ-CP</p><p>ngày 29/3/2021</p>") == (
        "Nghị định số 32/2021/NĐ-CP\n\nngày 29/3/2021")
    assert clean("Quyết định số 12\\/QĐ-UBND\\r\\nngày 1\\u002F2\\u002F2020\u200b") == (
        "Quyết định số 12/QĐ-UBND\nngày 1/2/2020")
    assert clean("a  \t b \r\n\r\n\r\n c\u00ad") == "a b\n\nc"
    assert clean("<table><tr><td>Số hiệu</td><td>18/CT-UBND</td></tr></table>").split() == [
        "|", "Số", "hiệu", "|", "|", "18/CT-UBND", "|"]
    assert clean("x < y và y > z") == "x < y và y > z"  # not HTML: kept


@pytest.mark.parametrize("passage", PASSAGES[:12], ids=lambda p: p["source"][-30:])
def test_a_saved_page_gives_the_citations_of_its_text(passage: dict[str, Any]) -> None:
    assert _keys(find(clean(_page(passage["text"])))) == _keys(find(passage["text"]))


def test_cite_cleans_html_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    passage = next(p for p in PASSAGES if "thuviennhadat" in p["source"])
    page = tmp_path / "page.html"
    page.write_text(_page(passage["text"]), "utf-8")
    plain = tmp_path / "page.txt"
    plain.write_text(passage["text"], "utf-8")
    assert main(["cite", "--format", "json", str(page)]) == 0
    from_page = json.loads(capsys.readouterr().out)
    assert main(["cite", "--format", "json", str(plain)]) == 0
    from_text = json.loads(capsys.readouterr().out)
    for item in from_page + from_text:  # offsets refer to the cleaned text
        del item["span"]
        item["text"] = " ".join(item["text"].split())
    assert from_page == from_text
    assert len(from_page) == 4
