"""Reading a structure file: ``urbangov.io.load`` of a 600-ward city file against one
``urbangov.validate`` of the same structure already built.  The loader checks the
document, builds the tree once as a draft and judges it once; the last line prints
load/validate (target ≤ 1.5).  Validation is timed on a fresh build each round (a unit
keeps its judgement, so judging the same object twice would cost nothing).

Run:  python benchmarks/bench_load.py [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics

from _city import CLOCK, ON, build_validated, raw, use_wall_clock

import urbangov as ug
from urbangov import io


def main(argv: list[str] | None = None) -> float:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--wall", action="store_true",
                        help="time by the wall clock instead of CPU time")
    args = parser.parse_args(argv)
    use_wall_clock(args.wall)
    data = raw()
    text = io.dumps(build_validated(data), "json")
    io.loads(text, "json")  # warm
    loads, validates = [], []
    for _ in range(args.rounds):
        t0 = CLOCK[0]()
        io.loads(text, "json")
        loads.append(CLOCK[0]() - t0)
        fresh = build_validated(data, as_of=None)  # built undated: not judged for ON yet
        t0 = CLOCK[0]()
        ug.validate(fresh, on=ON)
        validates.append(CLOCK[0]() - t0)
    load, validate = statistics.median(loads), statistics.median(validates)
    print(f"600-ward file of {len(text) // 1024} KiB; medians of {args.rounds} rounds")
    print(f"io.loads:          {load * 1000:8.1f} ms")
    print(f"validate (built):  {validate * 1000:8.1f} ms")
    ratio = load / validate
    print(f"ratio load/validate: {ratio:.2f}")
    return ratio


if __name__ == "__main__":
    main()
