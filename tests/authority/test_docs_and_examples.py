"""docs/authority.md runs as written, the modules' doctests pass, the example runs."""

from __future__ import annotations

import doctest
import re
import subprocess
import sys
from pathlib import Path

import pytest

import urbangov.authority
import urbangov.tenure

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "authority.md"
BLOCKS = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.DOTALL)


def test_the_page_has_examples() -> None:
    assert len(BLOCKS) >= 5


def test_the_page_runs_in_order(capsys: pytest.CaptureFixture[str]) -> None:
    namespace: dict[str, object] = {}
    for i, block in enumerate(BLOCKS):
        exec(compile(block, f"{DOC}:block{i}", "exec"), namespace)
    assert "15/QĐ-UBND" in capsys.readouterr().out


@pytest.mark.parametrize("module", [urbangov.authority, urbangov.tenure],
                         ids=["authority", "tenure"])
def test_doctests(module: object) -> None:
    flags = doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS
    result = doctest.testmod(module, optionflags=flags)  # type: ignore[arg-type]
    assert result.attempted > 0
    assert result.failed == 0


def test_public_names() -> None:
    assert set(urbangov.authority.__all__) == {"Answer", "Basis", "Grant", "PostGrant",
                                               "who_may"}
    assert dir(urbangov.authority) == sorted(urbangov.authority.__all__)
    assert "expiring" in dir(urbangov.tenure)


def test_the_gia_thuy_example_runs() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "examples" / "gia_thuy_2022.py")],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "Đặng Việt Phương" in done.stdout
    assert "[error]" not in done.stdout  # lawful; the unrecorded decision number only warns
    assert "UG-DELEG-WRITTEN [warning]" in done.stdout
