"""What several commands share: JSON output, and a bundled city or a structure file."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from urbangov._messages import message
from urbangov.cli._out import CliError, Output


def _json(out: Output, value: Any) -> None:
    out.print(json.dumps(value, ensure_ascii=False, indent=2, default=_default))


def _default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _bundled_city(name: str, on: dt.date | None = None) -> Any:
    """The bundled city *name* (the snapshot), or any province-level unit as it stood
    *on* a day (the units over time)."""
    from urbangov import data

    try:
        return data.city(name, on=on)
    except LookupError as exc:
        raise CliError(message(exc)) from None


def checked(name: str) -> Any:
    """:func:`urbangov.io.check` of the file *name*, or of standard input for ``-``."""
    import attrs

    from urbangov import io

    if name != "-":
        return io.check(name)
    return attrs.evolve(io.check(read_stdin()), source="<stdin>")


def read_stdin() -> bytes:
    """Standard input, whole, as bytes; a :class:`CliError` when it cannot be read (closed,
    or not readable), never an internal error."""
    import sys

    stream = sys.stdin
    try:
        if stream is None:
            raise OSError("there is none")
        buffer = getattr(stream, "buffer", None)
        return bytes(buffer.read()) if buffer is not None else stream.read().encode(
            "utf-8", "surrogateescape")
    except (OSError, ValueError) as exc:  # ValueError: reading a closed file
        raise CliError(f"standard input cannot be read: {exc}") from None


def _load_for_use(path: str, out: Output) -> Any:
    """The structure in *path* (``-``: standard input) for a query; exit 2 if
    unreadable, a note if unlawful."""
    result = checked(path)
    if not result.readable:
        lines = [f"{result.source}: cannot be read:"] + [f"  {p}" for p in result.problems]
        raise CliError("\n".join(lines))
    if result.report.errors:
        out.error(f"urbangov: note: {result.source} breaks {len(result.report.errors)} "
                  f"rule(s); run `urbangov check {path}` for the details")
    return result.structure


def suggest(word: str, choices: Sequence[str], n: int = 3) -> str:
    """"; did you mean 'x'?" for the choices close to *word*: those it begins come
    first (``certify`` → ``certify-copy``, not ``certify-will``), then the similar ones."""
    import difflib

    from urbangov._text import fold

    key = fold(word)
    ranked = [c for c in choices if fold(c).startswith(key)] if key else []
    if not ranked:  # no choice begins with it: the one most like it
        ranked = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    if not ranked:
        return ""
    if len(ranked) == 1:
        return f"; did you mean {ranked[0]!r}?"
    more = ", ..." if len(ranked) > n else ""
    return "; did you mean one of " + ", ".join(repr(c) for c in ranked[:n]) + more + "?"
