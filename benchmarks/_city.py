"""What the validation benchmarks share: the raw data of a large city, the urbangov build,
the same graph as plain frozen attrs classes, and a timer of interleaved rounds.

30 districts × 20 wards × 8 officials (600 wards, 4,800 officials), a delegation in
each ward, dated 2022-07-01 in Hà Nội (the urban-government pilot: no ward council).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import statistics
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

Raw = list[list[tuple[str, list[tuple[str, ug.Post]]]]]


def raw(districts: int = 30, wards: int = 20) -> Raw:
    """The city's data as plain tuples: per district, per ward, (name, post) pairs."""
    return [[(f"{d:03d}{w:02d}", [(f"Người {d}-{w}-{i}", post) for i, post in enumerate(POSTS)])
             for w in range(wards)] for d in range(districts)]


def build_validated(data: Raw, as_of: dt.date | None = ON) -> ug.City:
    """The city built with urbangov's classes: fields checked, judged once, dated."""
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
                   districts=tuple(districts), as_of=as_of)


@attrs.frozen
class PlainOfficial:
    name: str
    post: ug.Post
    tenure: Period
    appointment: Any = None
    acting: bool = False
    payroll: Any = None
    in_field_since: dt.date | None = None
    id: str | None = None


@attrs.frozen
class PlainDelegation:
    delegator: str
    delegate: str
    acts: frozenset[ug.Act]
    period: Period
    decision: str | None = None


@attrs.frozen
class PlainUnit:
    """The fields every unit has, as in :class:`urbangov.structure.Unit`."""

    name: str
    code: str | None = None
    unit_class: Any = None
    city: str | None = None
    as_of: dt.date | None = None
    council: Any = None
    committee: Any = None
    officials: tuple[PlainOfficial, ...] = ()
    delegations: tuple[PlainDelegation, ...] = ()
    working_rules: tuple[Any, ...] = ()
    kind: Any = None


@attrs.frozen
class PlainWard(PlainUnit):
    pass


@attrs.frozen
class PlainDistrict(PlainUnit):
    wards: tuple[PlainWard, ...] = ()


@attrs.frozen
class PlainCity(PlainUnit):
    districts: tuple[PlainDistrict, ...] = ()
    communes: tuple[PlainWard, ...] = ()


def build_plain(data: Raw) -> PlainCity:
    """The same graph, field for field, in plain frozen attrs classes: no conversion, no
    check (every field urbangov's classes have, but their private memo)."""
    appointed = ug.Appointment(ug.Authority.PARENT_CHAIR, "1/QĐ-UBND")
    districts = []
    for d, wards in enumerate(data):
        built = []
        for code, people in wards:
            officials = tuple(PlainOfficial(name, post, Period(START, dt.date(2026, 7, 1)),
                                            appointed if post.is_leader else None)
                              for name, post in people)
            delegation = PlainDelegation(people[0][0], people[6][0],
                                         frozenset({ug.Act.CERTIFY_COPY}),
                                         Period(START, dt.date(2022, 12, 31)), "1/QĐ-UBND")
            built.append(PlainWard(name=f"Phường {code}", code=code,
                                   unit_class=ug.UnitClass.I, council=None,
                                   officials=officials, delegations=(delegation,),
                                   kind=ug.UnitKind.PHUONG))
        districts.append(PlainDistrict(name=f"Quận {d}", wards=tuple(built),
                                       kind=ug.UnitKind.QUAN))
    return PlainCity(name="Hà Nội", code="01", city="01", unit_class=ug.UnitClass.DAC_BIET,
                     districts=tuple(districts), as_of=ON, kind=ug.UnitKind.THANH_PHO)


#: The clock: CPU time of this process (the work is single-threaded and does no I/O),
#: so that other processes on a shared machine do not weigh on one side more than the
#: other.  ``--wall`` in the benchmarks switches to wall-clock time.
CLOCK: list[Callable[[], float]] = [time.process_time]


def use_wall_clock(wall: bool) -> None:
    """Time with ``time.perf_counter`` instead of CPU time when *wall*."""
    CLOCK[0] = time.perf_counter if wall else time.process_time


def options(doc: str, argv: list[str] | None, rounds: int = 9,
            **numbers: int) -> argparse.Namespace:
    """The benchmark's options: ``--rounds``, ``--wall`` (the clock is set here) and an
    integer option per keyword (``districts=30`` is ``--districts``)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=rounds)
    parser.add_argument("--wall", action="store_true",
                        help="time by the wall clock instead of CPU time")
    for name, default in numbers.items():
        parser.add_argument(f"--{name}", type=int, default=default)
    args = parser.parse_args(argv)
    use_wall_clock(args.wall)
    return args


def interleaved(fns: dict[str, Callable[[], object]], rounds: int) -> dict[str, list[float]]:
    """The seconds of each function in each of *rounds* rounds, run in turn each round
    (so that background load weighs on all alike), with the garbage collector off."""
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(rounds):
        for name, fn in fns.items():
            gc.collect()
            gc.disable()
            try:
                clock = CLOCK[0]
                t0 = clock()
                fn()
                times[name].append(clock() - t0)
            finally:
                gc.enable()
    return times


def ms(times: list[float]) -> str:
    """The median of *times*, in milliseconds."""
    return f"{statistics.median(times) * 1000:8.1f} ms"


def ratio(label: str, top: list[float], bottom: list[float], digits: int = 2) -> float:
    """Print (the last line) and return the ratio of the medians, with the spread of the
    round-by-round ratios."""
    value = statistics.median(top) / statistics.median(bottom)
    rounds = [a / b for a, b in zip(top, bottom, strict=True)]
    print(f"ratio {label}: {value:.{digits}f} (rounds {min(rounds):.{digits}f}–"
          f"{max(rounds):.{digits}f})")
    return value
