"""Long fuzzing runs: mutated structure files through ``io.loads`` and the command line.

The inputs and invariants are the test suite's (tests/fuzz/fuzz_inputs.py); here each
input is drawn from ``random.Random(f"{seed}:{number}")``, so any input is made again
from its number alone (``--replay N``).  Every input goes through ``io.loads`` (and, if
accepted, a dump and load round trip in one format, alternating; one in four refused
inputs is read again with ``io.check``, which must agree); every ``--cli-every``
th also through a command of ``urbangov`` (check, check --format json, chart, export,
who-may).  A failure is saved with its traceback in ``--out`` and the run goes on.

    python tools/fuzz.py --inputs 1000000            # about an hour on one core
    python tools/fuzz.py --replay 123456 --seed 0    # one input again, with its traceback

Prints a line of progress every ``--report`` inputs and a summary at the end: inputs,
seconds, inputs per second, accepted and refused counts, failures.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "fuzz"))

import fuzz_inputs as fz  # noqa: E402


def one(seed: int, number: int, cli_every: int, tmp: str | None) -> tuple[str, str]:
    """Make input *number* and check it: (kind of mutant, outcome)."""
    rnd = random.Random(f"{seed}:{number}")
    kind = "structure" if rnd.random() < 0.7 else "bytes"
    suffix, data = fz.MUTANTS[kind](rnd)
    fmt = None if rnd.random() < 0.8 else suffix
    formats = (("toml", "json")[number % 2],)
    outcome = fz.check_loads(data, fmt, formats, agree=number % 4 == 0)
    if cli_every and number % cli_every == 0:
        command = fz.COMMANDS[(number // cli_every) % len(fz.COMMANDS)]
        fz.check_cli(data, suffix, command, tmp)
    return kind, outcome


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--inputs", type=int, default=10_000)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--start", type=int, default=0, help="the first input's number")
    p.add_argument("--cli-every", type=int, default=50)
    p.add_argument("--report", type=int, default=10_000)
    p.add_argument("--out", default="fuzz-failures", help="where failures are saved")
    p.add_argument("--replay", type=int, help="run one input, raising its failure")
    args = p.parse_args()
    if args.replay is not None:
        print(one(args.seed, args.replay, args.cli_every, None))
        return 0
    out = Path(args.out)
    counts: Counter[str] = Counter()
    failures: Counter[str] = Counter()
    began = time.perf_counter()
    for number in range(args.start, args.start + args.inputs):
        try:
            kind, outcome = one(args.seed, number, args.cli_every, None)
            counts[f"{kind}:{outcome}"] += 1
        except Exception as exc:  # a failure of the library: keep it, go on
            sig = f"{type(exc).__name__}: {str(exc)[:120]}"
            failures[sig] += 1
            if failures[sig] <= 3:
                out.mkdir(parents=True, exist_ok=True)
                rnd = random.Random(f"{args.seed}:{number}")
                kind = "structure" if rnd.random() < 0.7 else "bytes"
                suffix, data = fz.MUTANTS[kind](rnd)
                (out / f"{number}.{suffix}").write_bytes(data)
                (out / f"{number}.txt").write_text(traceback.format_exc(), encoding="utf-8",
                                                    errors="backslashreplace")
        done = number - args.start + 1
        if done % args.report == 0:
            spent = time.perf_counter() - began
            print(f"{done} inputs, {spent:.0f} s, {done / spent:.0f}/s, "
                  f"{sum(failures.values())} failures", flush=True)
    spent = time.perf_counter() - began
    print(f"done: {args.inputs} inputs (seed {args.seed}, from {args.start}) in {spent:.0f} s "
          f"({args.inputs / spent:.0f}/s); cli every {args.cli_every}")
    for key, n in sorted(counts.items()):
        print(f"  {key}: {n}")
    print(f"failures: {sum(failures.values())} ({len(failures)} kinds)")
    for sig, n in failures.most_common():
        print(f"  {n}  {sig}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
