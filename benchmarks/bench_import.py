"""Cost of ``import urbangov`` against importing its dependencies (attrs, cattrs,
python-dateutil, tomli-w), each in a fresh interpreter, medians of several rounds.

The heavy parts of urbangov (the rule modules, who_may, the bundled data, io,
citations) load when first used, so the import itself should cost little more than the
libraries it stands on.

Run:  python benchmarks/bench_import.py [--rounds N]
"""

from __future__ import annotations

import argparse
import subprocess
import sys

from _city import ms, ratio

_TIMED = "import time; t = time.perf_counter(); {}; print(time.perf_counter() - t)"
DEPENDENCIES = "import attrs, cattrs, dateutil.relativedelta, tomli_w"
URBANGOV = "import urbangov"


def once(statement: str) -> float:
    out = subprocess.run([sys.executable, "-c", _TIMED.format(statement)], check=True,
                         capture_output=True, text=True)
    return float(out.stdout)


def main(argv: list[str] | None = None) -> float:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args(argv)
    ours, theirs = [], []
    for _ in range(args.rounds):  # interleaved, so a busy moment hits both alike
        ours.append(once(URBANGOV))
        theirs.append(once(DEPENDENCIES))
    print(f"import urbangov:      {ms(ours)} (median of {args.rounds})")
    print(f"import dependencies:  {ms(theirs)}")
    return ratio("urbangov/dependencies", ours, theirs)


if __name__ == "__main__":
    main()
