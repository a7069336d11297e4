"""The options every command shares, written once: the day, the output format, ``-o``.

One convention across commands: a day defaults to today and accepts ``today``; ``-``
names standard input; ``-o FILE`` writes a file instead of standard output; ``--format``
says what each of its choices is for.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Sequence
from typing import Any

__all__ = ["DATE_FORMS", "DOCS_URL", "add_format", "add_on", "add_output", "day"]

DOCS_URL = "https://urbangov.readthedocs.io"
"""The documentation site (also ``[project.urls] Documentation`` in pyproject.toml)."""

DATE_FORMS = ("2022-07-01, 1/7/2022 (day first), 1-7-2022, 1.7.2022, 'ngày 1 tháng 7 "
              "năm 2022' or today")
"""The forms a DATE argument takes (:func:`urbangov.time.parse_date`, and ``today``)."""

_FORMAT_HELP = {
    "text": "text for people",
    "json": "JSON for machines (errors too, as JSON on standard output)",
    "csv": "CSV, one row a line",
    "mermaid": "a Mermaid flowchart",
    "dot": "Graphviz DOT",
}


def day(text: str) -> dt.date:
    """A DATE argument: one of :data:`DATE_FORMS`."""
    from urbangov.time import parse_date

    if text.strip().lower() == "today":
        return dt.date.today()
    try:
        return parse_date(text)
    except ValueError as exc:  # DateParseError and DateRangeError
        raise argparse.ArgumentTypeError(f"{exc} (or today)") from None


def add_on(p: argparse.ArgumentParser, what: str = "the day", *, default: Any = "today",
           flag: str = "--on", note: str = "") -> None:
    """Add ``--on DATE``: *what*, default today unless *default* says otherwise."""
    if default == "today":
        value: Any = dt.date.today()  # the parser is built afresh by each main() call
    else:
        value = day(default) if isinstance(default, str) else default
    text = f"{what} (default: {note or default}); {DATE_FORMS}"
    p.add_argument(flag, type=day, default=value, metavar="DATE", help=text)


def add_format(p: argparse.ArgumentParser, choices: Sequence[str] = ("text", "json"),
               default: str | None = None) -> None:
    """Add ``--format``, with what each choice is for."""
    default = default or choices[0]
    described = "; ".join(f"{c}: {_FORMAT_HELP[c]}" + (" (default)" if c == default else "")
                          for c in choices)
    p.add_argument("--format", choices=tuple(choices), default=default, help=described)


def add_output(p: argparse.ArgumentParser) -> None:
    """Add ``-o FILE``: write the output to FILE (atomically) instead of standard output."""
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write to FILE instead of standard output")
