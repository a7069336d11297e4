"""What the annotated-passage tests share: the scoring tool, the checks, the corpus rule."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from urbangov.law import InstrumentKind

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "citations"

# What a release may carry (issue #18; docs/contributing.md).  Official and legal text
# (văn bản quy phạm pháp luật, văn bản hành chính, văn bản thuộc lĩnh vực tư pháp) is
# outside copyright (Luật Sở hữu trí tuệ, Điều 15) and is kept whole; anyone else's
# words (news, commentary, Q&A, shared documents of unknown origin) only as short
# excerpts around the references.  These constants are the rule's one home:
# test_corpus_rule.py enforces them on every tests/citations/*passages*.json and
# tools/excerpt_passages.py cuts to them.

#: The class of a passage whose text is an official document (from any mirror), or a
#: public body's bare notice of one.
OFFICIAL = "official"
#: The class of a passage written by anyone else.
THIRD_PARTY = "third-party"
#: The values the key ``"source_class"`` (beside ``"source"``) may take.
SOURCE_CLASSES = (OFFICIAL, THIRD_PARTY)
#: The longest text, in characters, a third-party passage (an excerpt) may keep.
EXCERPT_LIMIT = 300


def _tool() -> ModuleType:
    script = ROOT / "tools" / "score_citations.py"
    spec = importlib.util.spec_from_file_location("score_citations", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # for its dataclasses
    spec.loader.exec_module(module)
    return module


#: tools/score_citations.py, loaded once for every passage test.
TOOL = _tool()


def check_annotations(passage: dict[str, Any]) -> None:
    """Each annotation is the text at its span, in order, of a known kind."""
    last = -1
    for c in passage["citations"]:
        start, end = c["span"]
        assert passage["text"][start:end] == c["text"]
        assert start >= last, "annotations are in text order and do not overlap"
        last = end
        InstrumentKind(c["kind"])


def check_scores(passages: list[dict[str, Any]], label: str,
                 capsys: pytest.CaptureFixture[str]) -> None:
    """Precision and recall of find() at least 0.95, each extra field at least 0.9."""
    score = TOOL.score(passages)
    with capsys.disabled():
        print(f"\n{label}:", score.summary())
    assert score.precision >= 0.95
    assert score.recall >= 0.95
    for name in TOOL.EXTRA_FIELDS:
        assert score.accuracy(name) >= 0.9, name
