"""Message helpers shared by the readers and the command line: an exception's text, and
"did you mean" suggestions."""

from __future__ import annotations

import difflib
from collections.abc import Iterator

__all__ = ["message", "suggest"]


def message(exc: BaseException) -> str:
    """An exception's message, without the quotes ``str()`` adds to a KeyError's."""
    if isinstance(exc, KeyError) and len(exc.args) == 1 and isinstance(exc.args[0], str):
        return exc.args[0]
    return str(exc)


def suggest(word: str, choices: Iterator[str] | list[str] | tuple[str, ...]) -> str:
    """"; did you mean 'x'?" when a close choice exists, else ""."""
    options = list(choices)
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if not close:
        lower = {o.lower(): o for o in options}
        close = [lower[word.lower()]] if word.lower() in lower else []
    return f"; did you mean {close[0]!r}?" if close else ""
