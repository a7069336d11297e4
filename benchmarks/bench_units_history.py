"""Benchmark of the units over time: first lookup vs reading the bundled file.

Run with ``python benchmarks/bench_units_history.py``.  Each round clears the cache of
:mod:`urbangov.units` so that the first lookup really reads and parses the bundled file
(``_data/units_history.json.gz``); the baseline, measured in the same rounds, is
``json.loads`` of that gzip'd file and nothing else.  Medians of several rounds.

The last line is the ratio the issue bounds: first lookup / json.load (≤ 2).
"""

from __future__ import annotations

import datetime as dt
import gc
import gzip
import json
import random
import statistics
import time
from collections.abc import Callable

from urbangov import units
from urbangov.units import _store

DAY = "2022-07-01"


def _timed(fn: Callable[[], object]) -> float:
    """Seconds *fn* takes, garbage from earlier rounds collected first, not during."""
    gc.collect()
    gc.disable()
    try:
        t0 = time.perf_counter()
        kept = fn()  # freed after the clock stops: freeing is not reading
        elapsed = time.perf_counter() - t0
        del kept
        return elapsed
    finally:
        gc.enable()


def baseline() -> float:
    """Seconds to read and parse the bundled file with the standard library only."""
    return _timed(lambda: json.loads(gzip.decompress(_store.read_bytes())))


def first_lookup() -> float:
    """Seconds of the first lookup by code on a cold cache."""
    _store.store.cache_clear()
    return _timed(lambda: units.unit("00130", DAY))


def first_list() -> float:
    """Seconds of the first list of a province's units on a cold cache."""
    _store.store.cache_clear()
    return _timed(lambda: units.units("Hà Nội", DAY))


COLD = """
import time
t0 = time.perf_counter()
from urbangov import units
units.unit("00130", "2022-07-01")
t1 = time.perf_counter()
import gzip, json
from urbangov.units._store import read_bytes
t2 = time.perf_counter()
json.loads(gzip.decompress(read_bytes()))
t3 = time.perf_counter()
print(t1 - t0, t3 - t2)
"""


def fresh_process(rounds: int = 5) -> tuple[float, float]:
    """Median (import + first lookup, json.load) seconds in fresh interpreters."""
    import subprocess
    import sys

    runs = [tuple(float(x) for x in subprocess.run(
        [sys.executable, "-c", COLD], capture_output=True, text=True, check=True).stdout.split())
        for _ in range(rounds)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def per_lookup(codes: list[str], day: str) -> float:
    """Median seconds per warm lookup by code over *codes*."""
    times = []
    for _ in range(9):
        t0 = time.perf_counter()
        for code in codes:
            units.unit(code, day)
        times.append((time.perf_counter() - t0) / len(codes))
    return statistics.median(times)


def main(rounds: int = 9) -> None:
    base, first, lists = [], [], []
    for _ in range(rounds):
        base.append(baseline())
        first.append(first_lookup())
        lists.append(first_list())
    b, f, li = (statistics.median(x) for x in (base, first, lists))
    raw = _store.read_bytes()
    size, plain = len(raw), len(gzip.decompress(raw))
    s = _store.store()
    hanoi = [u.code for u in units.units("01", DAY, level=units.Level.COMMUNE)]
    day = dt.date.fromisoformat(DAY)
    everywhere = [row[1] for row in s.raw["units"]
                  if row[2] == 3 and s.holding(row[1], day) is not None]
    random.seed(12)
    one = per_lookup(random.sample(hanoi, 400), DAY)
    all_ = per_lookup(random.sample(everywhere, 400), DAY)
    print(f"bundled file: {size:,} bytes gzip'd ({plain:,} bytes of JSON, "
          f"{plain / size:.1f}x smaller)")
    print(f"json.load of the bundled file      {b * 1e3:8.2f} ms  (baseline)")
    print(f"first unit('00130') (cold)         {f * 1e3:8.2f} ms")
    print(f"first units('Hà Nội') (cold)       {li * 1e3:8.2f} ms  ratio {li / b:.2f}")
    print(f"warm lookup by code, Hà Nội        {one * 1e6:8.2f} µs")
    print(f"warm lookup by code, all provinces {all_ * 1e6:8.2f} µs  all/one = {all_ / one:.2f}")
    cold, cold_base = fresh_process()
    print(f"fresh interpreter: import + first lookup {cold * 1e3:8.2f} ms, json.load "
          f"{cold_base * 1e3:8.2f} ms  ratio {cold / cold_base:.2f}")
    print(f"first lookup / json.load = {f / b:.2f}")


if __name__ == "__main__":
    main()
