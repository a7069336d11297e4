"""The benchmark script runs: its corpus generator and measurement work on a small size."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_citations.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_citations", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_corpus_is_deterministic_and_big_enough() -> None:
    bench = _load()
    text = bench.make_corpus(20_000)
    assert len(text.encode("utf-8")) >= 20_000
    assert text == bench.make_corpus(20_000)
    assert text != bench.make_corpus(20_000, seed=1)


def test_measure_reports_speeds_and_ratio(capsys: pytest.CaptureFixture[str]) -> None:
    bench = _load()
    result = bench.measure(bench.make_corpus(20_000), repeat=1)
    assert result["citations"] > 0
    assert result["find_mb_per_s"] > 0 and result["baseline_mb_per_s"] > 0
    assert result["ratio"] == pytest.approx(result["find_seconds"] / result["baseline_seconds"])
    bench.main(["bench_citations.py", "0.02"])
    assert "ratio find / baseline" in capsys.readouterr().out
