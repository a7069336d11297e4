"""The scratch copy mutation testing runs in is the rule modules, registered the same way.

tools/mutation.py rewrites each ``@rule(...)`` check as a plain function followed by
``rule(...)(check)`` (mutmut does not mutate decorated functions).  Here: the rewritten
modules have the same functions, with the same bodies, registered with the same
arguments and in the same order, and nothing else changes.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RULES = sorted((ROOT / "src" / "urbangov" / "_rules").glob("*.py"))

pytest.importorskip("libcst")
if not (ROOT / "tools" / "_undecorate.py").exists():  # an installed copy of the tests
    pytest.skip("tools/ is not beside the tests", allow_module_level=True)
sys.path.insert(0, str(ROOT / "tools"))
from _undecorate import undecorate  # noqa: E402


def _registrations(tree: ast.Module) -> tuple[list[str], list[str]]:
    """The rule checks of a module (``rule(...)`` call, function name), in order, read
    from decorators and from ``rule(...)(name)`` statements; and its other statements."""
    found: list[str] = []
    other: list[str] = []
    for stmt in tree.body:
        if isinstance(stmt, ast.FunctionDef):
            calls = [d for d in stmt.decorator_list if isinstance(d, ast.Call)
                     and isinstance(d.func, ast.Name) and d.func.id == "rule"]
            for call in calls:
                found.append(f"{ast.dump(call)} -> {stmt.name}")
            plain = ast.FunctionDef(stmt.name, stmt.args, stmt.body,
                                    [d for d in stmt.decorator_list if d not in calls],
                                    stmt.returns, stmt.type_comment)
            other.append(ast.dump(plain))
        elif (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)
              and isinstance(stmt.value.func, ast.Call)
              and isinstance(stmt.value.func.func, ast.Name)
              and stmt.value.func.func.id == "rule"):
            (arg,) = stmt.value.args
            assert isinstance(arg, ast.Name)
            found.append(f"{ast.dump(stmt.value.func)} -> {arg.id}")
        else:
            other.append(ast.dump(stmt))
    return found, other


@pytest.mark.parametrize("path", RULES, ids=lambda p: p.name)
def test_rewrite_registers_the_same_checks_in_the_same_order(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    text, names = undecorate(source)
    before, after = ast.parse(source), ast.parse(text)
    assert _registrations(before) == _registrations(after)
    assert not any(isinstance(d, ast.Call) and getattr(d.func, "id", None) == "rule"
                   for s in after.body if isinstance(s, ast.FunctionDef)
                   for d in s.decorator_list)
    assert len(names) == source.count("\n@rule(")
