"""Precision and recall of find() on the hold-out passages (holdout_passages.json).

Real passages from forty sources (221 references) collected after the extractor had
been tuned on real_passages.json, from sources not in it: provincial, city, district and
commune decisions and resolutions, ministry circulars, official letters, plans, Party
rules and conclusions (Tỉnh ủy, Bộ Chính trị), UBTVQH resolutions, court-law articles,
news, upper-case titles, headers of 1965 and 1981, and tables flattened to text.  They
were annotated by hand under docs/citations.md before find() was run on them.

Untuned, find() scored precision 0.958, recall 0.923, date 0.990, issuer 0.975 and
pin-cite 1.000 on them (0.953 and 0.919 as first recorded, before one annotation that
broke the documented rule on where a law's name ends was put right).  The extractor
was then fixed for the failure classes they showed, so this set is now TUNED data as
well: these thresholds guard against regressions, and say nothing more about unseen
text.  ``python tools/score_citations.py tests/citations/holdout_passages.json`` prints
every error passage by passage.  Those figures are of the whole passages; the
third-party ones (news, articles) are now stored as excerpts of at most 300 characters
around their references (test_corpus_rule.py), which left the scores where they were.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from .passages import OFFICIAL, TOOL, check_annotations, check_scores

ROOT = Path(__file__).resolve().parents[2]
HOLDOUT = ROOT / "tests" / "citations" / "holdout_passages.json"



PASSAGES: list[dict[str, Any]] = TOOL.load(HOLDOUT)
TUNED: list[dict[str, Any]] = TOOL.load()


def test_the_hold_out_is_large_varied_and_fresh() -> None:
    sources = {p["source"] for p in PASSAGES}
    assert len(sources) >= 30
    assert sum(len(p["citations"]) for p in PASSAGES) >= 200
    official = [p for p in PASSAGES if p["source_class"] == OFFICIAL]
    # An official source is one whole passage; a third-party one may be several excerpts.
    assert len({p["source"] for p in official}) == len(official)
    assert not sources & {p["source"] for p in TUNED}
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
    check_scores(PASSAGES, "hold-out passages", capsys)


def test_tool_takes_a_path(capsys: pytest.CaptureFixture[str]) -> None:
    assert TOOL.main(["score_citations.py", "--quiet", str(HOLDOUT)]) == 0
    assert "221 annotated" in capsys.readouterr().out
