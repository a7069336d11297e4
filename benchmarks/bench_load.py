"""Reading a structure file: ``urbangov.io.load`` of a 600-ward city file against one
``urbangov.validate`` of the same structure already built.  The loader checks the
document, builds the tree once as a draft and judges it once; the last line prints
load/validate (target ≤ 1.5).  Validation is timed on a fresh build each round (a unit
keeps its judgement, so judging the same object twice would cost nothing).

Run:  python benchmarks/bench_load.py [--rounds N]
"""

from __future__ import annotations

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
                         "validate": lambda: ug.validate(fresh.pop(), on=ON)}, args.rounds)
    print(f"600-ward file of {len(text) // 1024} KiB; medians of {args.rounds} rounds")
    print(f"io.loads:         {ms(times['load'])}")
    print(f"validate (built): {ms(times['validate'])}")
    return ratio("load/validate", times["load"], times["validate"])

if __name__ == "__main__":
    main()
