"""Griffe extension: render urbangov's docstrings well in Markdown.

* The library's docstrings carry runnable examples (``>>>`` lines, checked by the test
  suite) outside any "Examples:" section.  Markdown would render them as block quotes
  and read ``[...]`` in their output as links; each run of doctest lines is fenced as
  ``pycon``.
* Some docstrings use Sphinx roles (``:class:`Period```, ``:func:`~a.b```); they are
  shown as inline code.

This happens before mkdocstrings parses the docstring; the source is not changed.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_FENCE = re.compile(r"^\s*(```|~~~)")
_ROLE = re.compile(r":(?:class|func|meth|attr|data|mod|exc|obj|const):`~?([^`]+)`")


def plain_roles(text: str) -> str:
    """*text* with Sphinx cross-reference roles shown as inline code."""
    return _ROLE.sub(lambda m: f"`{m.group(1)}`", text)


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
        if obj.docstring is not None:
            obj.docstring.value = plain_roles(fence_doctests(obj.docstring.value))
