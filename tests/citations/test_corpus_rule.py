"""What a release may carry: official text whole, anyone else's words as short excerpts.

Every ``tests/citations/*passages*.json`` (found by a glob, so a new corpus is covered
the day it is added) must class each passage's source beside its URL, as
``"official"`` (the text of an official or legal document from any mirror, or a public
body's bare notice of one: outside copyright, Luật Sở hữu trí tuệ Điều 15) or
``"third-party"`` (news, commentary, Q&A, site articles, shared documents of unknown
origin), and keep a third-party passage to at most ``EXCERPT_LIMIT`` characters.
The classes and the limit live in ``passages.py``; ``docs/contributing.md`` states the
rule and ``tools/excerpt_passages.py`` cuts a long third-party passage to excerpts.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .passages import DATA, EXCERPT_LIMIT, OFFICIAL, ROOT, SOURCE_CLASSES, THIRD_PARTY


def corpus_files(directory: Path = DATA) -> list[Path]:
    """The annotated corpora the rule covers: every ``*passages*.json`` in *directory*."""
    return sorted(directory.glob("*passages*.json"))


def violations(path: Path) -> list[str]:
    """Every breach of the rule in the corpus at *path*, one line each."""
    data = json.loads(path.read_text("utf-8"))
    out = []
    for n, p in enumerate(data["passages"]):
        where = f"{path.name} passage {n} ({p.get('source')})"
        keys = list(p)
        if "source_class" not in p:
            out.append(f"{where}: no source_class")
            continue
        if keys[keys.index("source") + 1] != "source_class":
            out.append(f"{where}: source_class is not beside source")
        if p["source_class"] not in SOURCE_CLASSES:
            out.append(f"{where}: source_class {p['source_class']!r} is not one of "
                       f"{SOURCE_CLASSES}")
        elif p["source_class"] == THIRD_PARTY and len(p["text"]) > EXCERPT_LIMIT:
            out.append(f"{where}: third-party text of {len(p['text'])} characters, over "
                       f"the excerpt limit of {EXCERPT_LIMIT}")
    return out


FILES = corpus_files()


def test_the_glob_finds_every_corpus() -> None:
    names = {p.name for p in FILES}
    assert {"real_passages.json", "holdout_passages.json",
            "holdout2_passages.json"} <= names


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_passage_is_classed_and_third_party_text_is_short(path: Path) -> None:
    assert violations(path) == []


@pytest.mark.parametrize("name", ["real_passages.json", "holdout_passages.json",
                                  "holdout2_passages.json"])
def test_both_classes_are_in_use(name: str) -> None:
    # These mix both kinds of source: classed passage by passage, not stamped per file.
    passages = json.loads((DATA / name).read_text("utf-8"))["passages"]
    assert {p["source_class"] for p in passages} == set(SOURCE_CLASSES)


def test_the_seed_annotations_hold_no_article_text() -> None:
    # The seed articles are news: only their references are stored, never the text.
    data = json.loads((DATA / "seed_citations.json").read_text("utf-8"))
    assert set(data) == {"_comment", "seeds"}
    for rows in data["seeds"].values():
        for row in rows:
            assert len(row["text"]) < EXCERPT_LIMIT // 2


# A test of the test: a corpus with a breach of each kind planted in it.

def _passage(text: str, cls: str | None) -> dict[str, Any]:
    p: dict[str, Any] = {"source": "https://example.org/a"}
    if cls is not None:
        p["source_class"] = cls
    p.update({"text": text, "citations": []})
    return p


def _write(directory: Path, name: str, passages: list[dict[str, Any]]) -> Path:
    path = directory / name
    path.write_text(json.dumps({"passages": passages}, ensure_ascii=False), "utf-8")
    return path


def test_a_planted_long_third_party_passage_fails(tmp_path: Path) -> None:
    long = "Theo Nghị định số 32/2021/NĐ-CP. " * 10
    path = _write(tmp_path, "holdout3_passages.json", [
        _passage(long[:EXCERPT_LIMIT], THIRD_PARTY),   # at the limit: allowed
        _passage(long, OFFICIAL),                     # official text: kept whole
        _passage(long[:EXCERPT_LIMIT + 1], THIRD_PARTY)])
    assert corpus_files(tmp_path) == [path]
    [breach] = violations(path)
    assert "passage 2" in breach and "over the excerpt limit" in breach


def test_a_missing_misplaced_or_unknown_class_fails(tmp_path: Path) -> None:
    misplaced = {"source": "https://example.org/b", "text": "x", "citations": [],
                 "source_class": OFFICIAL}
    path = _write(tmp_path, "new_passages.json", [
        _passage("x", None), misplaced, _passage("x", "news")])
    got = violations(path)
    assert len(got) == 3
    assert "no source_class" in got[0]
    assert "not beside source" in got[1]
    assert "'news'" in got[2]


# The tool that cuts third-party passages to excerpts.

def _excerpt_tool() -> ModuleType:
    script = ROOT / "tools" / "excerpt_passages.py"
    spec = importlib.util.spec_from_file_location("excerpt_passages", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


EXCERPT = _excerpt_tool()


def _annotated(text: str, mentions: list[str]) -> dict[str, Any]:
    cites, at = [], 0
    for m in mentions:
        start = text.index(m, at)
        at = start + len(m)
        cites.append({"span": [start, at], "text": m})
    return {"source": "https://example.org/c", "source_class": THIRD_PARTY, "text": text,
            "citations": cites}


def test_the_tool_cuts_a_long_passage_into_excerpts_around_each_reference() -> None:
    filler = "Bài viết bình luận dài về nhiều vấn đề khác nhau của địa phương. " * 6
    text = (filler + "Căn cứ Nghị định số 32/2021/NĐ-CP ngày 29/3/2021 của Chính phủ. "
            + filler + "Theo Kế hoạch số 100/KH-UBND ngày 12/4/2021. " + filler)
    passage = _annotated(text, ["Nghị định số 32/2021/NĐ-CP", "Kế hoạch số 100/KH-UBND"])
    assert EXCERPT.needs_cutting(passage)
    parts = EXCERPT.excerpts(passage)
    assert [p["text"] for p in parts] == [
        "Căn cứ Nghị định số 32/2021/NĐ-CP ngày 29/3/2021 của Chính phủ.",
        "Theo Kế hoạch số 100/KH-UBND ngày 12/4/2021."]
    for p in parts:
        assert p["source"] == passage["source"] and p["source_class"] == THIRD_PARTY
        assert not EXCERPT.needs_cutting(p)
        [c] = p["citations"]
        assert p["text"][c["span"][0]:c["span"][1]] == c["text"]


def test_the_tool_windows_a_sentence_longer_than_the_limit() -> None:
    words = "và các nội dung liên quan khác của địa phương " * 12
    text = f"Thực hiện {words}theo Quyết định số 15/2023/QĐ-UBND ngày 2/8/2023 {words}."
    passage = _annotated(text, ["Quyết định số 15/2023/QĐ-UBND"])
    [part] = EXCERPT.excerpts(passage)
    assert len(part["text"]) <= EXCERPT_LIMIT
    assert "Quyết định số 15/2023/QĐ-UBND ngày 2/8/2023" in part["text"]
    # The window keeps whole words.
    assert part["text"].split()[0] in text.split() and part["text"].split()[-1] in text.split()


def test_the_stored_corpora_need_no_cutting() -> None:
    assert EXCERPT.main(["excerpt_passages.py", "--check", *map(str, FILES)]) == 0
