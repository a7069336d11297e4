"""Cheap change: ``attrs.evolve`` of one ward in a dated 600-ward city against building the
city.  The evolved city keeps every unchanged unit (and its judgement), so only the
ward, its district and the city are judged again.  Interleaved rounds, medians; the last
line prints evolve/build (target ≤ 0.05).

Run:  python benchmarks/bench_evolve.py [--rounds N]
"""

from __future__ import annotations

import itertools

import attrs
from _city import build_validated, interleaved, ms, options, ratio, raw

import urbangov as ug


def evolve_one_ward(city: ug.City, n: int) -> ug.City:
    """*city* with the name of one ward changed (another ward each call)."""
    d, w = divmod(n % 600, 20)
    district = city.districts[d]
    ward = attrs.evolve(district.wards[w], name=f"Phường đổi tên {n}")
    district = attrs.evolve(district, wards=(*district.wards[:w], ward, *district.wards[w + 1:]))
    return attrs.evolve(city, districts=(*city.districts[:d], district, *city.districts[d + 1:]))


def main(argv: list[str] | None = None) -> float:
    args = options(__doc__, argv)
    data = raw()
    city = build_validated(data)
    counter = itertools.count()
    times = interleaved({"build": lambda: build_validated(data),
                         "evolve": lambda: evolve_one_ward(city, next(counter))},
                        args.rounds)
    print(f"600 wards; medians of {args.rounds} interleaved rounds")
    print(f"build the dated city:  {ms(times['build'])}")
    print(f"evolve one ward of it: {ms(times['evolve'])}")
    return ratio("evolve/build", times["evolve"], times["build"], digits=3)

if __name__ == "__main__":
    main()
