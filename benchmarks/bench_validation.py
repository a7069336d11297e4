"""Cost of validation: a large city built with urbangov's validated classes vs plain attrs.

Builds 30 districts × 20 wards × 8 officials (600 wards, 4,800 officials) from the same
raw data: once with urbangov's classes (typed fields, every rule run once when the dated
root is built) and once with plain frozen attrs classes of the same shape, no checks.
Interleaved rounds, medians; the last line prints the ratio (target ≤ 2.0).  It also
prints undated/plain: the same city built undated (typed fields, and the rules that need
no day, but no judgement by the law of a day), the part of the cost that any dated
judgement adds to.

Run:  python benchmarks/bench_validation.py [--rounds N]
"""

from __future__ import annotations

import statistics

from _city import build_plain, build_validated, interleaved, ms, options, ratio, raw


def main(argv: list[str] | None = None) -> float:
    args = options(__doc__, argv, districts=30, wards=20)
    data = raw(args.districts, args.wards)
    build_validated(raw(1, 1))  # warm caches: catalogue, regimes, rule registry, plans
    times = interleaved({"validated": lambda: build_validated(data),
                         "plain": lambda: build_plain(data),
                         "undated": lambda: build_validated(data, as_of=None)}, args.rounds)
    n = args.districts * args.wards
    print(f"{n} wards, {n * 8} officials; medians of {args.rounds} interleaved rounds")
    print(f"validated (urbangov): {ms(times['validated'])}")
    print(f"undated (urbangov):   {ms(times['undated'])}")
    print(f"plain attrs:          {ms(times['plain'])}")
    floor = statistics.median(times["undated"]) / statistics.median(times["plain"])
    print(f"undated/plain: {floor:.2f}")
    return ratio("validated/plain", times["validated"], times["plain"])

if __name__ == "__main__":
    main()
