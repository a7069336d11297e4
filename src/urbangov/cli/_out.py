"""Terminal output: aligned tables wrapped to the terminal, colour only on a terminal
and never with NO_COLOR, errors as text on stderr or (``--format json``) JSON on stdout."""

from __future__ import annotations

import json
import os
import shutil
import sys
import textwrap
import unicodedata
from collections.abc import Sequence
from typing import TextIO

__all__ = ["CliError", "Output", "width", "write"]


class CliError(Exception):
    """A problem with the user's request: printed as one line, exit status *code*."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


_CODES = {"red": "31", "yellow": "33", "green": "32", "bold": "1", "dim": "2", "cyan": "36"}


def width(text: str) -> int:
    """How many terminal columns *text* takes (wide East Asian characters count two)."""
    return sum(0 if unicodedata.combining(c) else
               2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def write(stream: TextIO, text: str) -> None:
    """Write *text* to *stream*; what its encoding cannot hold is written escaped.

    A lone surrogate (from a file name that is not UTF-8, or a ``"\\udc80"`` escape)
    or a character a legacy terminal encoding lacks becomes ``\\udc80`` instead of
    ending the command with :class:`UnicodeEncodeError`.
    """
    try:
        stream.write(text)
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "utf-8"
        stream.write(text.encode(encoding, "backslashreplace").decode(encoding))


def columns(stream: TextIO) -> int | None:
    """The width to wrap text to: ``$COLUMNS`` if set, the terminal's on a terminal,
    else None (piped output is not wrapped, so that ``grep`` sees whole lines)."""
    env = os.environ.get("COLUMNS", "")
    if env.isdigit() and int(env) > 0:
        return int(env)
    isatty = getattr(stream, "isatty", None)
    if isatty and isatty():
        return shutil.get_terminal_size().columns
    return None


def _fill(text: str, room: int) -> list[str]:
    """*text* wrapped to *room* columns (words are never split)."""
    return textwrap.wrap(text, room, break_long_words=False, break_on_hyphens=False) or [""]


class Output:
    """Where a command writes: stdout and stderr, with colour decided once.

    Attributes:
        json: errors go to stdout as a JSON object (``--format json``).
        columns: the width text output wraps to, or None for no wrapping.
    """

    def __init__(self, stdout: TextIO | None = None, stderr: TextIO | None = None) -> None:
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr
        isatty = getattr(self.stdout, "isatty", None)
        self.colour = bool(isatty and isatty()) and "NO_COLOR" not in os.environ \
            and os.environ.get("TERM") != "dumb"
        self.json = False
        self.columns = columns(self.stdout)

    def fail(self, text: str, code: int) -> None:
        """Report an error: ``urbangov: error: ...`` on stderr, or with :attr:`json` a
        JSON object ``{"error": ..., "status": code}`` on stdout."""
        if self.json:
            write(self.stdout, json.dumps({"error": text, "status": code},
                                          ensure_ascii=False, indent=2) + "\n")
        else:
            self.error(f"urbangov: error: {text}")

    def wrapped(self, text: str, indent: str = "", hang: str = "  ",
                style: tuple[str, ...] = ()) -> None:
        """Write *text* in *style* as a line wrapped to :attr:`columns`; continuation
        lines get *indent* + *hang*."""
        room = (self.columns or 0) - width(indent)
        if self.columns is None or room < 30 or width(text) <= room:
            self.print(indent + self.paint(text, *style))
            return
        lines = textwrap.wrap(text, room, subsequent_indent=hang, break_long_words=False,
                              break_on_hyphens=False)
        for line in lines:
            self.print(indent + self.paint(line, *style))

    def paint(self, text: str, *styles: str) -> str:
        """*text* in *styles* on a colour terminal, else unchanged."""
        if not self.colour or not styles:
            return text
        codes = ";".join(_CODES[s] for s in styles)
        return f"\033[{codes}m{text}\033[0m"

    def print(self, text: str = "") -> None:
        """Write a line to stdout."""
        write(self.stdout, text + "\n")

    def error(self, text: str) -> None:
        """Write a line to stderr."""
        write(self.stderr, text + "\n")

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]],
              indent: str = "") -> None:
        """Write *rows* under *header*, columns aligned; the last column is not padded."""
        cols = len(header)
        widths = [max([width(header[i])] + [width(r[i]) for r in rows]) for i in range(cols)]

        def line(cells: Sequence[str], bold: bool = False) -> str:
            parts = []
            for i, cell in enumerate(cells):
                pad = "" if i == cols - 1 else " " * (widths[i] - width(cell))
                parts.append(cell + pad)
            text = indent + "  ".join(parts).rstrip()
            return self.paint(text, "bold") if bold else text

        self.print(line(header, bold=True))
        start = width(indent) + sum(widths[:-1]) + 2 * (cols - 1)
        room = None if self.columns is None else self.columns - start
        for row in rows:
            if room is None or width(row[-1]) <= room:
                self.print(line(row))
            elif room >= 24:  # the last column wrapped, under itself
                first, *rest = _fill(row[-1], room)
                self.print(line([*row[:-1], first]))
                for more in rest:
                    self.print(" " * start + more)
            else:  # too narrow beside the others: the last column on lines of its own
                self.print(line([*row[:-1], ""]))
                self.wrapped(row[-1], indent + "    ", "")
