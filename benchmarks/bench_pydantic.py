"""Validated build of the 600-ward city: urbangov against pydantic v2 models carrying the
same checks (benchmarks/_pydantic_city.py).  Interleaved rounds, medians; the last line
prints urbangov/pydantic (target < 1.0).

Needs pydantic (``pip install ".[bench]"``); benchmark-only, never a dependency.

Run:  python benchmarks/bench_pydantic.py [--rounds N]
"""

from __future__ import annotations

import datetime as dt

import _pydantic_city as p
from _city import ON, START, Raw, build_validated, interleaved, ms, options, ratio, raw

import urbangov as ug
from urbangov.time import Period


def build_pydantic(data: Raw) -> p.City:
    appointed = p.Appointment(by=ug.Authority.PARENT_CHAIR, decision="1/QĐ-UBND")
    districts = []
    for d, wards in enumerate(data):
        built = []
        for code, people in wards:
            officials = tuple(
                p.Official(name=name, post=post, tenure=Period(START, dt.date(2026, 7, 1)),
                           appointment=appointed if post.is_leader else None)
                for name, post in people)
            delegation = p.Delegation(delegator=people[0][0], delegate=people[6][0],
                                      acts={ug.Act.CERTIFY_COPY},
                                      period=Period(START, dt.date(2022, 12, 31)),
                                      decision="1/QĐ-UBND")
            built.append(p.Ward(name=f"Phường {code}", code=code, unit_class=ug.UnitClass.I,
                                has_council=False, officials=officials,
                                delegations=(delegation,)))
        districts.append(p.District(name=f"Quận {d}", wards=tuple(built)))
    return p.City(name="Hà Nội", code="01", city="01", unit_class=ug.UnitClass.DAC_BIET,
                  districts=tuple(districts), as_of=ON)


def main(argv: list[str] | None = None) -> float:
    args = options(__doc__, argv)
    data = raw()
    build_validated(raw(1, 1))
    assert p.judge(build_pydantic(data)) == []  # the same city is lawful for both
    times = interleaved({"urbangov": lambda: build_validated(data),
                         "pydantic": lambda: build_pydantic(data)}, args.rounds)
    print(f"600 wards, 4800 officials; medians of {args.rounds} interleaved rounds")
    print(f"urbangov:             {ms(times['urbangov'])}")
    print(f"pydantic v2 + checks: {ms(times['pydantic'])}")
    return ratio("urbangov/pydantic", times["urbangov"], times["pydantic"])

if __name__ == "__main__":
    main()
