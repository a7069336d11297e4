"""CI must run the test command README.md gives, against the built wheel."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _ci_lines() -> list[str]:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in ci if not line.strip().startswith("#")]


def test_ci_runs_the_readme_test_command_on_the_wheel() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"```console\n\s*(.+?)\n\s*```", readme)
    test_command = next(c.strip() for c in commands if "pytest" in c)
    # the README installs the checkout ("."); CI installs the wheel built from it
    assert '"."' in test_command or '".[' in test_command
    on_wheel = test_command.replace('".', '"$wheel')
    assert on_wheel in _ci_lines()


def test_ci_builds_a_wheel_and_installs_it_not_the_source_tree() -> None:
    lines = _ci_lines()
    assert any(line.startswith("pip wheel") and "--no-deps" in line for line in lines)
    assert not any(re.search(r"pip install[^\n]*(\s|\")\.(\[|\"|\s|$)", line)
                   for line in lines), "CI installs the source tree"
    assert not any("-e " in line or "--editable" in line for line in lines)


def test_ci_runs_the_browser_test_on_the_site_it_built() -> None:
    lines = _ci_lines()
    build = next(i for i, line in enumerate(lines) if line.startswith("mkdocs build --strict"))
    browser = next(i for i, line in enumerate(lines) if "tests/browser/run --site" in line)
    assert build < browser
