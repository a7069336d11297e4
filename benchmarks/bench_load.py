"""Reading a structure file: ``urbangov.io.load`` of a 600-ward city file against one
``urbangov.validate`` of the same structure already built.  The loader checks the
document, builds the tree once as a draft and judges it once; the last line prints
load/validate (target ≤ 1.5).  Validation is timed on a fresh build each round (a unit
keeps its judgement, so judging the same object twice would cost nothing).  It also
prints (build + validate)/validate, the same objects built undated by the constructors
and then judged: about what any loader costs before it reads the file.

Run:  python benchmarks/bench_load.py [--rounds N]
"""

from __future__ import annotations

import statistics

from _city import ON, build_validated, interleaved, ms, options, ratio, raw

import urbangov as ug
from urbangov import io


def main(argv: list[str] | None = None) -> float:
    args = options(__doc__, argv)
    data = raw()
    text = io.dumps(build_validated(data), "json")
    io.loads(text, "json")  # warm
    # built undated, untimed: a unit keeps its judgement, so each round judges a new one
    fresh = [build_validated(data, as_of=None) for _ in range(args.rounds)]
    times = interleaved({"load": lambda: io.loads(text, "json"),
                         "validate": lambda: ug.validate(fresh.pop(), on=ON),
                         "build": lambda: build_validated(data, as_of=None)}, args.rounds)
    print(f"600-ward file of {len(text) // 1024} KiB; medians of {args.rounds} rounds")
    print(f"io.loads:         {ms(times['load'])}")
    print(f"validate (built): {ms(times['validate'])}")
    # A loader builds the objects, then judges them: the same objects built undated by
    # the public constructors (typed fields, and the rules that need no day), plus one
    # judgement, is about what any loader costs before it reads a byte.
    print(f"build (undated):  {ms(times['build'])}")
    bound = statistics.median(times["build"]) / statistics.median(times["validate"]) + 1
    print(f"(build + validate)/validate: {bound:.2f}")
    return ratio("load/validate", times["load"], times["validate"])

if __name__ == "__main__":
    main()
