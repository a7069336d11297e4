"""Griffe extension: show the doctests of urbangov's docstrings as Python console code.

The library's docstrings carry runnable examples (``>>>`` lines, checked by the test
suite) outside any "Examples:" section.  Markdown would render them as block quotes
and read ``[...]`` in their output as links; this extension fences each run of
doctest lines as ``pycon`` before mkdocstrings parses the docstring.  The source is
not changed.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_FENCE = re.compile(r"^\s*(```|~~~)")


def fence_doctests(text: str) -> str:
    """*text* with every block of doctest lines wrapped in a ```` ```pycon ```` fence.

    A block starts at a ``>>>`` line and runs to the next blank line, as in doctest.
    Text already inside a fence is left alone.
    """
    out: list[str] = []
    lines = text.splitlines()
    i, in_fence = 0, False
    while i < len(lines):
        line = lines[i]
        if _FENCE.match(line):
            in_fence = not in_fence
        if in_fence or not line.lstrip().startswith(">>>"):
            out.append(line)
            i += 1
            continue
        indent = line[: len(line) - len(line.lstrip())]
        out.append(f"{indent}```pycon")
        while i < len(lines) and lines[i].strip():
            out.append(lines[i])
            i += 1
        out.append(f"{indent}```")
    return "\n".join(out)


class DoctestFences(griffe.Extension):
    """Fence doctest blocks in every docstring griffe loads."""

    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None and ">>>" in obj.docstring.value:
            obj.docstring.value = fence_doctests(obj.docstring.value)
