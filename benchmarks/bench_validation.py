"""Cost of validation: a large city built with urbangov's validated classes vs plain attrs.

Builds 30 districts × 20 wards × 8 officials (600 wards, 4,800 officials) twice from the
same raw data: once with urbangov's classes (converters, validators, every rule run when
the dated root is built) and once with plain frozen attrs classes of the same shape, no
checks. Prints both times (best of N) and the ratio, the figure to watch.

Run:  python benchmarks/bench_validation.py [--repeat N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from collections.abc import Callable
from typing import Any

import attrs

import urbangov as ug
from urbangov.time import Period

ON = dt.date(2022, 7, 1)
START = dt.date(2021, 7, 1)
POSTS = (ug.Post.CHAIR, ug.Post.VICE_CHAIR, ug.Post.POLICE_CHIEF, ug.Post.MILITARY_COMMANDER,
         ug.Post.VAN_PHONG_THONG_KE, ug.Post.TAI_CHINH_KE_TOAN, ug.Post.TU_PHAP_HO_TICH,
         ug.Post.VAN_HOA_XA_HOI)


@attrs.frozen
class PlainOfficial:
    name: str
    post: ug.Post
    tenure: Period
    appointment: Any


@attrs.frozen
class PlainWard:
    name: str
    code: str
    officials: tuple[PlainOfficial, ...]
    delegations: tuple[Any, ...]


@attrs.frozen
class PlainDistrict:
    name: str
    wards: tuple[PlainWard, ...]


@attrs.frozen
class PlainCity:
    name: str
    districts: tuple[PlainDistrict, ...]


def raw(districts: int = 30, wards: int = 20) -> list[list[tuple[str, list[tuple[str, ug.Post]]]]]:
    return [[(f"{d:03d}{w:02d}", [(f"Người {d}-{w}-{i}", post) for i, post in enumerate(POSTS)])
             for w in range(wards)] for d in range(districts)]


def build_validated(data: list[list[tuple[str, list[tuple[str, ug.Post]]]]]) -> ug.City:
    appointed = ug.Appointment(ug.Authority.PARENT_CHAIR, "1/QĐ-UBND")
    districts = []
    for d, wards in enumerate(data):
        built = []
        for code, people in wards:
            officials = tuple(ug.Official(name, post, Period(START, dt.date(2026, 7, 1)),
                                          appointed if post.is_leader else None)
                              for name, post in people)
            delegation = ug.Delegation(people[0][0], people[6][0], {ug.Act.CERTIFY_COPY},
                                       Period(START, dt.date(2022, 12, 31)), "1/QĐ-UBND")
            built.append(ug.Ward(name=f"Phường {code}", code=code, unit_class=ug.UnitClass.I,
                                 council=None, officials=officials, delegations=(delegation,)))
        districts.append(ug.District(name=f"Quận {d}", wards=tuple(built)))
    return ug.City(name="Hà Nội", code="01", city="01", unit_class=ug.UnitClass.DAC_BIET,
                   districts=tuple(districts), as_of=ON)


def build_plain(data: list[list[tuple[str, list[tuple[str, ug.Post]]]]]) -> PlainCity:
    appointed = ug.Appointment(ug.Authority.PARENT_CHAIR, "1/QĐ-UBND")
    districts = []
    for d, wards in enumerate(data):
        built = []
        for code, people in wards:
            officials = tuple(PlainOfficial(name, post, Period(START, dt.date(2026, 7, 1)),
                                            appointed if post.is_leader else None)
                              for name, post in people)
            delegation = (people[0][0], people[6][0], {ug.Act.CERTIFY_COPY},
                          Period(START, dt.date(2022, 12, 31)), "1/QĐ-UBND")
            built.append(PlainWard(f"Phường {code}", code, officials, (delegation,)))
        districts.append(PlainDistrict(f"Quận {d}", tuple(built)))
    return PlainCity("Hà Nội", tuple(districts))


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main(argv: list[str] | None = None) -> float:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--districts", type=int, default=30)
    parser.add_argument("--wards", type=int, default=20)
    args = parser.parse_args(argv)
    data = raw(args.districts, args.wards)
    build_validated(raw(1, 1))  # warm caches: catalogue, regimes, rule registry
    validated = best(lambda: build_validated(data), args.repeat)
    plain = best(lambda: build_plain(data), args.repeat)
    n = args.districts * args.wards
    print(f"{n} wards, {n * len(POSTS)} officials")
    print(f"validated (urbangov): {validated * 1000:8.1f} ms")
    print(f"plain attrs:          {plain * 1000:8.1f} ms")
    print(f"ratio validated/plain: {validated / plain:.1f}")
    return validated / plain


if __name__ == "__main__":
    main()
