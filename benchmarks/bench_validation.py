"""Cost of validation: a large city built with urbangov's validated classes vs plain attrs.

Builds 30 districts × 20 wards × 8 officials (600 wards, 4,800 officials) from the same
raw data: once with urbangov's classes (typed fields, every rule run once when the dated
root is built) and once with plain frozen attrs classes of the same shape, no checks.
Interleaved rounds, medians; the last line prints the ratio (target ≤ 2.0).

Run:  python benchmarks/bench_validation.py [--rounds N]
"""

from __future__ import annotations

import argparse

from _city import build_plain, build_validated, interleaved, raw, use_wall_clock


def main(argv: list[str] | None = None) -> float:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--wall", action="store_true",
                        help="time by the wall clock instead of CPU time")
    parser.add_argument("--districts", type=int, default=30)
    parser.add_argument("--wards", type=int, default=20)
    args = parser.parse_args(argv)
    use_wall_clock(args.wall)
    data = raw(args.districts, args.wards)
    build_validated(raw(1, 1))  # warm caches: catalogue, regimes, rule registry, plans
    medians = interleaved({"validated": lambda: build_validated(data),
                           "plain": lambda: build_plain(data)}, args.rounds)
    n = args.districts * args.wards
    print(f"{n} wards, {n * 8} officials; medians of {args.rounds} interleaved rounds")
    print(f"validated (urbangov): {medians['validated'] * 1000:8.1f} ms")
    print(f"plain attrs:          {medians['plain'] * 1000:8.1f} ms")
    ratio = medians["validated"] / medians["plain"]
    print(f"ratio validated/plain: {ratio:.2f}")
    return ratio


if __name__ == "__main__":
    main()
