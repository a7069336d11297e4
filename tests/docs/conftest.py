"""Helpers for the documentation tests: locate the repository and read code blocks."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
EXAMPLES = ROOT / "examples"
HOOK = DOCS / "_hooks" / "urbangov_docs.py"

SKIP_MARKER = "<!-- skip-test -->"
_FENCE = re.compile(r"^(?P<indent> *)(?P<fence>```+|~~~+)(?P<info>[^\n`]*)$")


def python_blocks(markdown: str) -> list[tuple[int, str, bool]]:
    """The ```python blocks of *markdown*: (line number, code, skipped).

    A block is skipped only when the line right before its fence is the visible
    ``<!-- skip-test -->`` marker.
    """
    lines = markdown.splitlines()
    blocks: list[tuple[int, str, bool]] = []
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, indent = m["fence"], m["indent"]
        info = m["info"].strip().split()
        start = i
        body: list[str] = []
        i += 1
        while i < len(lines) and not lines[i].strip().startswith(fence):
            body.append(lines[i][len(indent):] if lines[i].startswith(indent) else lines[i])
            i += 1
        i += 1
        if info and info[0] in ("python", "py"):
            skipped = start > 0 and lines[start - 1].strip() == SKIP_MARKER
            blocks.append((start + 1, "\n".join(body), skipped))
    return blocks


def run_blocks(markdown: str, name: str) -> dict[str, object]:
    """Run the page's Python blocks in order in one fresh namespace."""
    namespace: dict[str, object] = {"__name__": f"docs_page_{name}"}
    for line, code, skipped in python_blocks(markdown):
        if skipped:
            continue
        exec(compile(code, f"{name}:{line}", "exec"), namespace)
    return namespace


def load_hook() -> ModuleType:
    """The docs hook module (generators only; it imports MkDocs lazily).

    Loaded as MkDocs loads a hook: with its directory on ``sys.path`` while it runs, so
    that it can import the generator modules next to it.
    """
    name = "urbangov_docs_hook"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, HOOK)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    old_path = sys.path.copy()
    sys.path.insert(0, str(HOOK.parent))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path[:] = old_path
    return module
