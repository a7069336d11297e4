"""Mutation testing of the rules and regimes: run mutmut, print the score and the survivors.

Configured in pyproject.toml (``[tool.mutmut]``): mutants of ``src/urbangov/_rules/``
and ``src/urbangov/regimes/``, each tried against the tests of tests/property,
tests/regimes, tests/core and tests/authority that reach the mutated function.

    pip install "mutmut==3.8.1"
    python tools/mutation.py                 # run (resumes an interrupted run), then report
    python tools/mutation.py --report-only   # the score of the last run

The score is killed / (killed + survived + timeout + suspicious + no tests): every
mutant that no test noticed counts against it.  Survivors are listed by name; see one
with ``mutmut show NAME``.  mutmut keeps its work in mutants/ (ignored by git); delete it
after the rules change to start afresh.  Hypothesis runs derandomized (CI=true), so a
mutant's verdict does not depend on the run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _mutmut(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CI": "true"}
    return subprocess.run([sys.executable, "-m", "mutmut", *args], cwd=ROOT, env=env,
                          text=True, capture_output=True, check=False)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--max-children", type=int, default=1,
                   help="mutants tried at once (default 1: the machine is shared)")
    p.add_argument("--report-only", action="store_true")
    p.add_argument("--min-score", type=float, default=0.0,
                   help="exit 1 if the score is below this (e.g. 0.90)")
    args = p.parse_args()
    if not args.report_only:
        run = subprocess.run([sys.executable, "-m", "mutmut", "run", "--max-children",
                              str(args.max_children)], cwd=ROOT,
                             env={**os.environ, "CI": "true"}, check=False)
        if run.returncode not in (0, 1):
            return run.returncode
    _mutmut("export-cicd-stats")
    stats_path = ROOT / "mutants" / "mutmut-cicd-stats.json"
    if not stats_path.exists():
        print("no results: run without --report-only first")
        return 2
    stats = json.loads(stats_path.read_text())
    killed = stats["killed"]
    counted = killed + stats["survived"] + stats["timeout"] + stats["suspicious"] + \
        stats["no_tests"]
    score = killed / counted if counted else 0.0
    print(json.dumps(stats, indent=2))
    print(f"mutation score: {killed}/{counted} = {score:.3f}")
    survivors: Counter[str] = Counter()
    for line in _mutmut("results").stdout.splitlines():
        name, _, status = line.strip().rpartition(": ")
        if status and status != "killed":
            print(f"  {status:<10} {name}")
            survivors[name.split(".x_")[0] if ".x_" in name else name] += 1
    by_module = Counter(n.split("__mutmut")[0] for n in survivors.elements())
    if by_module:
        print("not killed, by module: " + ", ".join(f"{m} {c}" for m, c in
                                                   by_module.most_common()))
    return 1 if score < args.min_score else 0


if __name__ == "__main__":
    sys.exit(main())
