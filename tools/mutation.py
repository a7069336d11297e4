"""Mutation testing of the rules and regimes: run mutmut, print the score and the survivors.

Configured in pyproject.toml (``[tool.mutmut]``): mutants of ``src/urbangov/_rules/``,
``src/urbangov/regimes/__init__.py`` and ``src/urbangov/regimes/_model.py``, each tried
against the tests of tests/property, tests/regimes, tests/core, tests/authority and
tests/mutation_killers that reach the mutated function.

    pip install "mutmut==3.8.1"
    python tools/mutation.py                  # run (resumes an interrupted run), then report
    python tools/mutation.py --check          # the scratch copy passes the tests unmutated
    python tools/mutation.py --report-only    # the score of the last run
    python tools/mutation.py --show NAME      # one mutant's diff
    python tools/mutation.py --mutants NAME…  # run only these mutants again (globs allowed)
    python tools/mutation.py --kills NAME [TEST…]  # do these tests kill the mutant NAME?
                                                  # (remembered in build/mutation/)

mutmut never mutates a decorated function, and every check is registered with the
``@rule(...)`` decorator; so mutmut runs in a scratch copy, ``build/mutation/``, whose
``src/`` has each ``@rule(...)`` check rewritten as a plain function followed by
``rule(...)(check)`` (tools/_undecorate.py: same registration, same order).  Module and
function names are unchanged, so a mutant's name (``urbangov._rules.council.
x_council_posts__mutmut_3``) names the original function, and each result is reported
against the original file.  The rest of the scratch copy (tests, docs, pyproject.toml, …)
links to the repository.

The score is killed / (killed + survived + timeout + suspicious + no tests): every
mutant that no test noticed counts against it.  mutmut keeps its work in
``build/mutation/mutants/``; ``--fresh`` deletes it (do so after the rules change).
Hypothesis runs derandomized (CI=true), so a mutant's verdict does not depend on the run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _undecorate import undecorate

ROOT = Path(__file__).resolve().parents[1]
#: The scratch copy mutmut works in; URBANGOV_MUTATION_SCRATCH points a second checkout
#: at one run (to try new tests with --kills against its mutants).
SCRATCH = Path(os.environ.get("URBANGOV_MUTATION_SCRATCH") or ROOT / "build" / "mutation")
REWRITTEN = ("src", "urbangov", "_rules")  # the modules whose checks are undecorated
LINKED = ("pyproject.toml", "tests", "docs", "examples", "README.md", "mkdocs.yml",
          "CHANGELOG.md", "benchmarks")
CONFIRMED = SCRATCH / "killed-by-new-tests.json"  # written by --kills
#: Why each surviving mutant that no test should kill survives (an equivalent mutant, a
#: change to a message no one reads …): ``[mutants]`` tables of ``"name" = "why"``, one
#: file per area, so that the report tells explained survivors from the rest.
EXPLAINED = ROOT / "tools" / "mutation_survivors"
TEST_DIRS = ("tests/property", "tests/regimes", "tests/core", "tests/authority",
             "tests/mutation_killers")

# mutmut's exit codes (mutmut.stats.status_by_exit_code, 3.8.1), by what they count as.
KILLED = {1, 3}
NOT_COUNTED = {None, 2, 34, 37}  # not yet run, interrupted, skipped, type-checked away
STATUS = {0: "survived", 5: "no tests", 33: "no tests", 36: "timeout", 24: "timeout",
          -24: "timeout", 152: "timeout", 255: "timeout"}


def _write_if_changed(path: Path, text: str) -> None:
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def prepare() -> dict[str, list[str]]:
    """Bring build/mutation/ up to date with the repository; the checks rewritten, by file."""
    src, out = ROOT / "src", SCRATCH / "src"
    rewritten: dict[str, list[str]] = {}
    wanted: set[Path] = set()
    for path in sorted(src.rglob("*")):
        if "__pycache__" in path.parts or path.is_dir():
            continue
        rel = path.relative_to(ROOT)
        target = SCRATCH / rel
        wanted.add(target)
        if path.suffix == ".py" and rel.parts[:3] == REWRITTEN:
            text, names = undecorate(path.read_text(encoding="utf-8"))
            _write_if_changed(target, text)
            if names:
                rewritten[str(rel)] = names
        elif not target.exists() or target.read_bytes() != path.read_bytes():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
    for stale in [p for p in out.rglob("*") if p.is_file() and "__pycache__" not in p.parts]:
        if stale not in wanted:
            stale.unlink()
    for name in LINKED:
        link = SCRATCH / name
        if not link.is_symlink() and (ROOT / name).exists():
            link.symlink_to(ROOT / name)
    return rewritten


def _env() -> dict[str, str]:
    # Bytecode is cached (PYTHONDONTWRITEBYTECODE dropped): each mutant runs in a fresh
    # process, which would otherwise compile pytest, Hypothesis, the mutated modules
    # (every mutant of a file lives in it) and rewrite each test module's asserts again,
    # several seconds per mutant.  The mutant is chosen at run time, so one compiled file
    # serves them all.
    env = {key: value for key, value in os.environ.items()
           if key != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "CI": "true", "HYPOTHESIS_PROFILE": "mutation"}


def check() -> int:
    """Run the targeted tests against the scratch copy, unmutated."""
    env = {**_env(), "PYTHONPATH": str(SCRATCH / "src")}
    where = subprocess.run([sys.executable, "-c", "import urbangov; print(urbangov.__file__)"],
                           env=env, text=True, capture_output=True, check=True).stdout.strip()
    if not where.startswith(str(SCRATCH)):
        print(f"the scratch copy is not the package imported: {where}")
        return 2
    dirs = [d for d in TEST_DIRS if (ROOT / d).exists()]
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "-x", *dirs], cwd=ROOT, env=env, check=False).returncode


def kills(name: str, tests: list[str]) -> int:
    """Whether *tests* (default: tests/mutation_killers) fail with the mutant *name*
    active: a quick check of a new test, without mutmut's clean run (the tests are
    copied into the mutants' tree first).  Exit 0 if they kill it."""
    base = SCRATCH / "mutants"
    if not (base / "src").exists():
        print("no mutants generated yet: run once first")
        return 2
    # Only the tests named are copied: a whole folder would put this checkout's older
    # copies of other files over newer ones that another checkout copied there.
    for test in tests or [str(p.relative_to(ROOT)) for p in
                          (ROOT / "tests" / "mutation_killers").glob("test_*.py")]:
        source = ROOT / test.split("::")[0]
        if source.is_file():
            target = base / source.relative_to(ROOT)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    env = {**_env(), "PYTHONPATH": str(base / "src"), "MUTANT_UNDER_TEST": name}
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider",
                          *(tests or ["tests/mutation_killers"])], cwd=base, env=env,
                         check=False)
    killed = run.returncode == 1
    print(f"{name}: {'killed' if killed else 'not killed'}")
    if killed:  # remembered until mutmut itself runs the mutant again (--mutants NAME)
        confirmed = _confirmed()
        confirmed[name] = tests or ["tests/mutation_killers"]
        CONFIRMED.write_text(json.dumps(confirmed, indent=1, ensure_ascii=False) + "\n")
    return 0 if killed else 1


def _explained() -> dict[str, str]:
    import tomllib

    found: dict[str, str] = {}
    for path in sorted(EXPLAINED.glob("*.toml")):
        found.update(tomllib.loads(path.read_text(encoding="utf-8")).get("mutants", {}))
    return found


def _confirmed() -> dict[str, list[str]]:
    return json.loads(CONFIRMED.read_text()) if CONFIRMED.exists() else {}


def _mutmut(*args: str, capture: bool = False) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mutmut", *args], cwd=SCRATCH, env=_env(),
                          text=True, capture_output=capture, check=False)


def results() -> dict[str, dict[str, int | None]]:
    """mutmut's verdicts (exit codes), by original source file, then by mutant."""
    found: dict[str, dict[str, int | None]] = {}
    base = SCRATCH / "mutants"
    for meta in sorted(base.rglob("*.py.meta")):
        data = json.loads(meta.read_text(encoding="utf-8"))
        found[str(meta.relative_to(base))[: -len(".meta")]] = data["exit_code_by_key"]
    return found


def sample(every: int) -> list[str]:
    """Every *every*-th mutant of each file (in name order): a stratified sample."""
    picked: list[str] = []
    for codes in results().values():
        names = sorted(codes, key=lambda n: (n.rpartition("_")[0], int(n.rpartition("_")[2])))
        picked += names[every // 2::every]
    return picked


def report(min_score: float, only: set[str] | None = None) -> int:
    by_file = results()
    if not by_file:
        print("no results: run without --report-only first")
        return 2
    total_killed = total_counted = pending = 0
    survivors: list[tuple[str, str]] = []
    confirmed = _confirmed()
    print(f"{'file':<44} {'killed':>7} {'counted':>8} {'score':>6}")
    for path, codes in by_file.items():
        killed = counted = 0
        for name, code in sorted(codes.items()):
            if only is not None and name not in only:
                continue
            if code in NOT_COUNTED:
                pending += code is None
                continue
            counted += 1
            if code in KILLED:
                killed += 1
            else:
                survivors.append((STATUS.get(code, "suspicious"), name))
        if counted:
            print(f"{path:<44} {killed:>7} {counted:>8} {killed / counted:>6.3f}")
        total_killed += killed
        total_counted += counted
    score = total_killed / total_counted if total_counted else 0.0
    print(f"mutation score: {total_killed}/{total_counted} = {score:.3f}"
          + (f" (partial: {pending} mutants not run yet)" if pending else ""))
    late = [name for _status, name in survivors if name in confirmed]
    if late:
        with_new = total_killed + len(late)
        print(f"with the {len(late)} survivors the new tests kill (--kills): {with_new}/"
              f"{total_counted} = {with_new / total_counted:.3f}")
    explained = _explained()
    for status, name in survivors:
        why = explained.get(name)
        if name in confirmed:
            print(f"  {'killed by':<10} {name}  ({', '.join(confirmed[name])})")
        else:
            print(f"  {status:<10} {name}" + (f"  — {why}" if why else ""))
    open_ = [name for _, name in survivors if name not in confirmed and name not in explained]
    print(f"survivors: {len(survivors) - len(late)} not killed, of which "
          f"{len(survivors) - len(late) - len(open_)} explained "
          f"(tools/mutation_survivors/) and {len(open_)} not yet")
    by_function = Counter(name.split("__mutmut")[0] for name in open_)
    if by_function:
        print("not killed nor explained, by function: " + ", ".join(
            f"{f} {c}" for f, c in by_function.most_common()))
    return 1 if score < min_score else 0


def main() -> int:
    p = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    p.add_argument("--max-children", type=int, default=1,
                   help="mutants tried at once (default 1: the machine is shared)")
    p.add_argument("--report-only", action="store_true")
    p.add_argument("--check", action="store_true",
                   help="only run the targeted tests on the unmutated scratch copy")
    p.add_argument("--fresh", action="store_true", help="forget the previous run")
    p.add_argument("--show", metavar="NAME", help="print one mutant's diff")
    p.add_argument("--mutants", nargs="+", metavar="NAME",
                   help="run only these mutants (again); globs allowed")
    p.add_argument("--sample", type=int, metavar="K",
                   help="run only every K-th mutant of each file (a quick estimate of the "
                        "score; needs the mutants generated by a first run)")
    p.add_argument("--kills", nargs="+", metavar=("NAME", "TEST"),
                   help="run TESTs (default tests/mutation_killers) with the mutant NAME "
                        "active; exit 0 if they fail")
    p.add_argument("--min-score", type=float, default=0.0,
                   help="exit 1 if the score is below this (e.g. 0.90)")
    args = p.parse_args()
    if args.fresh and SCRATCH.exists():
        shutil.rmtree(SCRATCH)
    if args.kills:
        return kills(args.kills[0], args.kills[1:])
    if args.show:
        return _mutmut("show", args.show).returncode
    if not args.report_only:
        rewritten = prepare()
        print(f"scratch copy: {SCRATCH}; checks registered by a call instead of @rule: "
              f"{sum(map(len, rewritten.values()))} in {len(rewritten)} modules")
        if args.check:
            return check()
        names = list(args.mutants or ())
        if args.sample:
            names += sample(args.sample)
            if not names:
                print("no mutants generated yet: run once without --sample")
                return 2
        run = _mutmut("run", "--max-children", str(args.max_children), *names)
        if run.returncode not in (0, 1):
            return run.returncode
    return report(args.min_score, set(sample(args.sample)) if args.sample else None)


if __name__ == "__main__":
    sys.exit(main())
