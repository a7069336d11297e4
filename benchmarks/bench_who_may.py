"""Benchmark: who_may on a city of 10,000 wards against a city of 100 wards.

Run with ``python benchmarks/bench_who_may.py``.  Every ward has the same shape (a
Chairman, two Vice-Chairmen, a Tư pháp–Hộ tịch civil servant and one delegation of
copies and signatures).  The cities are undated (``as_of=None``), so building them runs
only the date-free rules; the query judges the delegation against the regime of its day.

What is measured is query latency once the structure is indexed: the first query for
a structure builds its index (reported apart), then each of a sample of 50 wards is
asked once to warm it; then the sample is timed in 200 rounds, alternating between the
two cities so that background load weighs on both alike, and the medians are compared.
The ratio of the two medians should stay close to 1 (target: at most 1.5), because a
query looks up the ward by code or name in a dict and reads only that ward's records.
"""

from __future__ import annotations

import datetime as dt
import gc
import statistics
import sys
import time

from urbangov.authority import who_may
from urbangov.structure import Appointment, City, Delegation, District, Official, Ward
from urbangov.terms import Act, Authority, Post
from urbangov.time import Period

DAY = dt.date(2022, 7, 1)
WARDS_PER_DISTRICT = 100


def make_ward(i: int) -> Ward:
    """Ward number *i*: the same officials and delegation as every other ward."""
    term = Period.through(dt.date(2021, 7, 1), dt.date(2026, 6, 30))
    chair = Official(f"Chủ tịch {i}", Post.CHAIR, term,
                     Appointment(Authority.PARENT_CHAIR, f"{i}/QĐ-UBND"))
    vices = tuple(Official(f"Phó Chủ tịch {i}.{j}", Post.VICE_CHAIR, term,
                           Appointment(Authority.PARENT_CHAIR, f"{i}.{j}/QĐ-UBND"))
                  for j in (1, 2))
    clerk = Official(f"Tư pháp {i}", Post.TU_PHAP_HO_TICH, Period(dt.date(2015, 1, 1)))
    delegation = Delegation(chair.key, clerk.key, {Act.CERTIFY_COPY, Act.CERTIFY_SIGNATURE},
                            Period.through(dt.date(2022, 1, 1), dt.date(2022, 12, 31)),
                            f"{i}/QĐ-UQ")
    return Ward(name=f"Phường {i}", code=f"{i:05d}", officials=(chair, *vices, clerk),
                delegations=(delegation,))


def make_city(wards: int) -> City:
    districts = []
    for d in range(0, wards, WARDS_PER_DISTRICT):
        members = tuple(make_ward(i) for i in range(d, min(d + WARDS_PER_DISTRICT, wards)))
        districts.append(District(name=f"Quận {d // WARDS_PER_DISTRICT + 1}",
                                  code=f"{d // WARDS_PER_DISTRICT + 1:03d}", wards=members))
    return City(name="Hà Nội", code="01", city="01", districts=tuple(districts))


def sample_codes(wards: int, sample: int = 50) -> list[str]:
    """Codes of *sample* wards spread over the city."""
    return [f"{i:05d}" for i in range(0, wards, max(1, wards // sample))][:sample]


def first_query(city: City, code: str) -> float:
    """Seconds for the first query on *city*, which builds its index."""
    t0 = time.perf_counter()
    answer = who_may(Act.CERTIFY_COPY, city, on=DAY, ward=code)
    elapsed = time.perf_counter() - t0
    assert len(answer) == 4, answer  # Chairman, two Vice-Chairmen, the delegate
    return elapsed


def batch(city: City, codes: list[str], out: list[float]) -> None:
    """Time one query per ward in *codes*, appending each latency to *out*."""
    for code in codes:
        t = time.perf_counter()
        who_may(Act.CERTIFY_COPY, city, on=DAY, ward=code)
        out.append(time.perf_counter() - t)


def main(rounds: int = 200) -> int:
    sizes = (100, 10_000)
    cities, codes, timings = {}, {}, {}
    for wards in sizes:
        t = time.perf_counter()
        cities[wards] = make_city(wards)
        built = time.perf_counter() - t
        codes[wards] = sample_codes(wards)
        first = first_query(cities[wards], codes[wards][0])
        batch(cities[wards], codes[wards], [])  # warm-up: one query per sampled ward
        timings[wards] = []
        print(f"{wards:>6} wards: built in {built:6.2f} s; first query (index) "
              f"{first * 1e3:8.2f} ms")
    gc.collect()
    # Interleave the two cities round by round, so that background load hits both alike.
    for _ in range(rounds):
        for wards in sizes:
            batch(cities[wards], codes[wards], timings[wards])
    medians = {wards: statistics.median(timings[wards]) for wards in sizes}
    for wards in sizes:
        print(f"{wards:>6} wards: median query {medians[wards] * 1e6:7.1f} µs "
              f"over {len(timings[wards])} queries")
    ratio = medians[10_000] / medians[100]
    print(f"ratio 10,000 / 100 wards: {ratio:.2f} (target ≤ 1.5)")
    return 0 if ratio <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
