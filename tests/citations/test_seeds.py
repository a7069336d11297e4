"""Every reference in the five seed articles is found exactly, and none extra."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from urbangov.citations import find

HERE = Path(__file__).resolve().parent
REPO_ROOT = Path(__file__).resolve().parents[2]
SEEDS = REPO_ROOT.parent / "shared" / "seeds"
EXPECTED: dict[str, list[dict[str, Any]]] = json.loads(
    (HERE / "seed_citations.json").read_text("utf-8"))["seeds"]

pytestmark = pytest.mark.skipif(
    not SEEDS.is_dir(), reason=f"seed articles not found at {SEEDS} (the shared folder "
                               "beside the repository checkout)")


def _observed(text: str) -> list[dict[str, Any]]:
    rows = []
    for c in find(text):
        r = c.instrument
        inst = c.resolve()
        rows.append({
            "span": list(c.span), "text": c.text, "kind": r.kind.value, "number": r.number,
            "year": r.year, "symbol": r.symbol, "name": r.name,
            "date": c.date.isoformat() if c.date else None, "issuer": c.issuer,
            "pinpoint": None if c.pinpoint is None else {
                "article": c.pinpoint.article, "clause": c.pinpoint.clause,
                "point": c.pinpoint.point},
            "resolves_to": inst.identifier if inst else None,
        })
    return rows


def test_annotation_covers_every_seed() -> None:
    assert sorted(p.name for p in SEEDS.glob("*.txt")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_spans_match_the_text(name: str) -> None:
    text = (SEEDS / name).read_text("utf-8")
    for row in EXPECTED[name]:
        start, end = row["span"]
        assert text[start:end] == row["text"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_citations_found_exactly(name: str) -> None:
    text = (SEEDS / name).read_text("utf-8")
    assert _observed(text) == EXPECTED[name]


def test_seed_counts() -> None:
    assert sum(len(rows) for rows in EXPECTED.values()) == 40
    assert {n: len(r) for n, r in EXPECTED.items()} == {
        "000_7cf272602a56453f.txt": 18, "001_6749a8ba8db39570.txt": 2,
        "002_38ff8036686cf173.txt": 5, "003_2b4e56855c177d11.txt": 10,
        "004_f8a36f3be608a7ec.txt": 5,
    }


def test_every_catalogued_seed_reference_resolves() -> None:
    # Every instrument the seeds cite is in the bundled catalogue.
    for name in EXPECTED:
        text = (SEEDS / name).read_text("utf-8")
        for c in find(text):
            inst = c.resolve()
            assert inst is not None, (name, c.text)
            assert inst.kind is c.instrument.kind


def test_seed_references_resolve_to_the_right_instrument() -> None:
    assert {row["text"]: row["resolves_to"] for rows in EXPECTED.values() for row in rows} == {
        "Nghị định số 32/2021/NĐ-CP": "32/2021/NĐ-CP",
        "Nghị định 32/2021/NĐ-CP": "32/2021/NĐ-CP",
        "Kế hoạch số 100/KH-UBND": "100/KH-UBND",
        "Nghị quyết số 97/2019/QH14": "97/2019/QH14",
        "Kế hoạch số 114/KH-UBND": "114/KH-UBND",
        "Quyết định số 2696/QĐ-UBND": "2696/QĐ-UBND",
        "văn bản số 1184/UBND-NC": "1184/UBND-NC",
        "khoản 3 Điều 7 Nghị định số 32/2021/NĐ-CP": "32/2021/NĐ-CP",
        "Nghị quyết số 97/2019/NQ 14": "97/2019/QH14",
        "Thông tri số 03-TT/QU": "03/TT/QU",
        "Kế hoạch số 123-KH/QU": "123/KH/QU",
        "Nghị định số 32/NĐ-CP": "32/2021/NĐ-CP",
        "Quyết định 2696/QĐ-UBND": "2696/QĐ-UBND",
        "Nghị định số 33/2021/NĐ-CP": "33/2021/NĐ-CP",
        "Nghị quyết số 131/2020/QH14": "131/2020/QH14",
        "Nghị định 33/2021/NĐ-CP": "33/2021/NĐ-CP",
        "Nghị quyết số 131": "131/2020/QH14",
        "Nghị quyết số 1111": "1111/NQ-UBTVQH14",
    }
