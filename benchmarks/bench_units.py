"""Benchmark of the bundled units: first load vs cached calls, code vs name lookups.

Run with ``python benchmarks/bench_units.py``.  The first ``city()`` call reads and
parses ``units.json`` and builds every object; it is measured in a fresh interpreter
each round so that the cache is really cold.  Later calls hit ``functools.cache``.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import timeit

COLD = """
import time
t0 = time.perf_counter()
import urbangov.data as data
t1 = time.perf_counter()
data.city("Hà Nội")
t2 = time.perf_counter()
data.city("Hà Nội").ward("Gia Thụy")
t3 = time.perf_counter()
print(t1 - t0, t2 - t1, t3 - t2)
"""


def cold(rounds: int = 9) -> tuple[float, float, float]:
    """Median (import, first city() call, first ward index) seconds in fresh processes."""
    runs = []
    for _ in range(rounds):
        out = subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True,
                             check=True).stdout
        runs.append(tuple(float(x) for x in out.split()))
    return tuple(statistics.median(r[i] for r in runs) for i in range(3))  # type: ignore[return-value]


def per_call(stmt: str, setup: str, number: int = 20_000) -> float:
    """Best-of-5 seconds per call of *stmt*."""
    return min(timeit.repeat(stmt, setup, number=number, repeat=5)) / number


def main() -> None:
    imp, first, index = cold()
    setup = "import urbangov.data as data; hn = data.city(1); lb = hn.district('Long Biên');"
    setup += " hn.ward('00130'); lb.ward('00130')"
    cached = per_call("data.city('Hà Nội')", setup)
    cached_code = per_call("data.city(1)", setup)
    ward_code = per_call("hn.ward('00130')", setup)
    ward_name = per_call("hn.ward('Gia Thụy')", setup)
    ward_name_kind = per_call("hn.ward('Phường Gia Thụy')", setup)
    district_ward = per_call("lb.ward('gia thuy')", setup)
    setup_index = setup + "; from urbangov._lookup import UnitIndex; ix = UnitIndex(hn.wards())"
    index_code = per_call("ix.get('00130')", setup_index)
    index_int = per_call("ix.get(130)", setup_index)
    index_name = per_call("ix.get('Gia Thụy')", setup_index)
    index_kind = per_call("ix.get('P. Gia Thụy')", setup_index)
    us = 1e6
    print(f"import urbangov.data            {imp * 1e3:8.2f} ms")
    print(f"first city() (read + parse)     {first * 1e3:8.2f} ms")
    print(f"first city.ward() (build index) {index * 1e3:8.2f} ms")
    print(f"cached city('Hà Nội')           {cached * us:8.2f} µs   first/cached = "
          f"{first / cached:,.0f}x")
    print(f"cached city(1)                  {cached_code * us:8.2f} µs")
    print(f"city.ward('00130')  by code     {ward_code * us:8.2f} µs")
    print(f"city.ward('Gia Thụy') by name   {ward_name * us:8.2f} µs   name/code = "
          f"{ward_name / ward_code:.1f}x")
    print(f"city.ward('Phường Gia Thụy')    {ward_name_kind * us:8.2f} µs   name/code = "
          f"{ward_name_kind / ward_code:.1f}x")
    print(f"district.ward('gia thuy')       {district_ward * us:8.2f} µs")
    print("UnitIndex of Hà Nội's 526 wards, without the City.ward wrapper:")
    print(f"  get('00130') by code          {index_code * us:8.2f} µs")
    print(f"  get(130) by int code          {index_int * us:8.2f} µs")
    print(f"  get('Gia Thụy') by name       {index_name * us:8.2f} µs   name/code = "
          f"{index_name / index_code:.1f}x")
    print(f"  get('P. Gia Thụy') kind+name  {index_kind * us:8.2f} µs   name/code = "
          f"{index_kind / index_code:.1f}x")


if __name__ == "__main__":
    main()
