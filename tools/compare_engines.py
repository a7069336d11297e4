"""Compare the reports of two versions of urbangov on the same drawn structures.

Draws lawful structures and, for every rule, structures that break it, with the public
Hypothesis strategies of a *reference* git revision (its own code, in a temporary
worktree), judges each with that revision, and writes each as a structure file.  The
working tree's urbangov then reads every file with ``urbangov.io.check`` and judges it;
the two reports must agree in every violation's code, severity, path, message and
provision (as a multiset).  Used to show that a new validation engine changes no
report; run it before replacing an engine.

Run:  python tools/compare_engines.py [--ref REV] [--examples N]
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Runs under the reference revision: draws, judges, and writes each structure as a file.
_DRAW = r'''
import json, sys
import tomli_w
from hypothesis import HealthCheck, given, settings, strategies as st
import urbangov as ug
from urbangov import strategies
from urbangov.io._convert import converter

N = int(sys.argv[1])
out = []

def record(drawn):
    key = {ug.City: "city", ug.District: "district", ug.Ward: "ward"}[type(drawn.unit)]
    doc = {"format_version": 1, "as_of": drawn.on, key: converter.unstructure(drawn.unit)}
    doc[key].pop("_index", None)
    report = ug.validate(drawn.unit, on=drawn.on)
    out.append({"text": tomli_w.dumps(doc), "report": [
        [v.code, v.severity.value, v.path, v.message, str(v.provision)] for v in report]})

SETTINGS = settings(max_examples=N, database=None, derandomize=True, deadline=None,
                    suppress_health_check=list(HealthCheck))

@SETTINGS
@given(st.one_of(strategies.wards(), strategies.districts()))
def lawful(drawn):
    record(drawn)

lawful()
for code in sorted(r.code for r in ug.rules()):
    @SETTINGS
    @given(strategies.broken(code))
    def broken(pair):
        drawn, refused = pair
        if drawn is not None:
            record(drawn)
    broken()
json.dump(out, sys.stdout, ensure_ascii=False, default=str)
'''


def _reference_reports(ref: str, examples: int) -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "ref"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), ref],
                       check=True, capture_output=True)
        try:
            env = {**os.environ, "PYTHONPATH": str(tree / "src")}
            run = subprocess.run([sys.executable, "-c", _DRAW, str(examples)], env=env,
                                 check=True, capture_output=True, text=True)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                            str(tree)], check=True, capture_output=True)
    found: list[dict[str, object]] = json.loads(run.stdout)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", default="HEAD", help="the reference revision")
    parser.add_argument("--examples", type=int, default=50,
                        help="examples per strategy (lawful, and each rule broken)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    from urbangov import io

    cases = _reference_reports(args.ref, args.examples)
    same = differ = unreadable = ordered = 0
    for case in cases:
        checked = io.check(str(case["text"]))
        if checked.problems:  # the file format refuses what the API built
            unreadable += 1
            continue
        ours = collections.Counter(
            (v.code, v.severity.value, v.path, v.message, str(v.provision))
            for v in checked.report)
        theirs = collections.Counter(tuple(v) for v in case["report"])  # type: ignore[attr-defined]
        if ours == theirs:
            same += 1
            ordered += [(v.code, v.severity.value, v.path, v.message, str(v.provision))
                        for v in checked.report] == [tuple(v) for v in case["report"]]  # type: ignore[attr-defined]
        else:
            differ += 1
            if differ <= 5:
                print("DIFFERENT:", case["text"][:200], "\n  ref:", theirs - ours,
                      "\n  new:", ours - theirs)
    print(f"{len(cases)} structures: {same} same reports, {differ} different, "
          f"{unreadable} not readable as files; {ordered} in the same order")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
