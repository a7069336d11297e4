"""Precision and recall of find() on real official passages annotated by hand.

The passages (tests/citations/real_passages.json) are preambles, decisions, plans,
letters, Party documents and news from many issuers, each with its public source and
its class: official text is whole, third-party text (news, commentary, Q&A) is kept as
excerpts of at most 300 characters around its references (test_corpus_rule.py).
``python tools/score_citations.py`` prints every error passage by passage.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from .passages import OFFICIAL, TOOL, check_annotations, check_scores

PASSAGES: list[dict[str, Any]] = TOOL.load()


def test_the_collection_is_large_and_varied() -> None:
    sources = [p["source"] for p in PASSAGES]
    assert len(set(sources)) >= 40
    assert sum(len(p["citations"]) for p in PASSAGES) >= 300
    kinds = {c["kind"] for p in PASSAGES for c in p["citations"]}
    assert len(kinds) >= 15
    official = [p for p in PASSAGES if p["source_class"] == OFFICIAL]
    # An official source is one whole passage; a third-party one may be several excerpts.
    assert len({p["source"] for p in official}) == len(official)
    for p in PASSAGES:
        assert re.match(r"https?://", p["source"]), p["source"]
        assert p["citations"], "an excerpt holds at least one reference"
    for p in official:
        assert 150 <= len(p["text"]) <= 1600, p["source"]


@pytest.mark.parametrize("passage", PASSAGES, ids=lambda p: p["source"][-40:])
def test_annotations_match_the_text(passage: dict[str, Any]) -> None:
    check_annotations(passage)


def test_precision_recall_and_fields(capsys: pytest.CaptureFixture[str]) -> None:
    check_scores(PASSAGES, "real passages", capsys)


def test_score_counts_errors() -> None:
    # A passage whose annotation misses a reference shows as an extra find.
    passage = {"source": "x", "text": "Theo Nghị định số 32/2021/NĐ-CP.", "citations": []}
    score = TOOL.score([passage])
    assert (score.expected, score.found, score.correct) == (0, 1, 0)
    assert score.precision == 0.0 and score.recall == 1.0
    assert "extra/wrong" in score.errors[0][1][0]


def test_tool_prints_a_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert TOOL.main(["score_citations.py", "--quiet"]) == 0
    assert "precision" in capsys.readouterr().out
