"""The ``urbangov`` command: check structure files, show units and regimes, cite, chart.

Run ``urbangov --help`` (or ``python -m urbangov --help``) for the commands; every
command has its own ``--help``.  Exit status: 0 success (``check``: no errors, warnings
allowed), 1 the structure breaks the law, 2 unreadable input or a bad request, 3 an
internal error (a bug: please report it).

>>> main(["--version"])
urbangov 0.1.0
0
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence

from urbangov.cli._out import CliError, Output

__all__ = ["main"]

def _date(text: str) -> dt.date:
    from urbangov.time import DateParseError, parse_date

    if text.strip().lower() == "today":
        return dt.date.today()

    try:
        return parse_date(text)
    except DateParseError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def parser() -> argparse.ArgumentParser:
    """The argument parser of the ``urbangov`` command."""
    from urbangov import __version__

    top = argparse.ArgumentParser(
        prog="urbangov",
        description="Vietnam's urban government as validated, cited objects: check "
                    "structure files against the law of their day, show units and "
                    "regimes, find citations, draw org charts.",
        epilog="Exit status: 0 ok, 1 the law is broken, 2 unreadable input or bad "
               "request, 3 internal error.  Docs: docs/cli.md.")
    top.add_argument("--version", action="version", version=f"urbangov {__version__}")
    sub = top.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("check", help="validate structure files against the law of their day",
                       description="Read each FILE (TOML or JSON structure file) and report "
                                   "every problem: load errors (exit 2) and violations of "
                                   "the law, grouped by object (exit 1 if any error).")
    p.add_argument("files", nargs="+", metavar="FILE", help="structure files (.toml, .json)")
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="text for people (default), json for machines")

    p = sub.add_parser("show", help="a city's unit tree with the regime of a day",
                       description="Show a bundled city's districts (or one district's "
                                   "wards) with the regime in force on a day: whether each "
                                   "unit has a People's Council (HĐND) and how its People's "
                                   "Committee decides.")
    p.add_argument("city", metavar="CITY", help='city name or GSO code ("Hà Nội", "79")')
    p.add_argument("--on", type=_date, default=None, metavar="DATE",
                   help="the day: 2022-07-01, 1/7/2022 or today (the default); the units "
                        "of that day, from the units over time (2021-11-01 onwards)")
    p.add_argument("--district", metavar="NAME", help="show this district and its wards")
    p.add_argument("--format", choices=("text", "json"), default="text")

    p = sub.add_parser("who-may", help="who may perform an act in a ward on a day",
                       description="Every official who may perform ACT in the ward on the "
                                   "day, with the legal basis (own power or delegation).")
    p.add_argument("act", metavar="ACT", help='an act slug, e.g. "certify-copy" (see '
                                              "--help of urbangov rules)")
    p.add_argument("--ward", metavar="NAME", help="the ward (name or GSO code)")
    p.add_argument("--file", metavar="FILE", help="a structure file with the officials")
    p.add_argument("--city", metavar="CITY", help="the city of --ward, without --file")
    p.add_argument("--on", type=_date, metavar="DATE",
                   help="the day: 2022-07-01, 1/7/2022 or today (default: the file's "
                        "as_of, else today)")
    p.add_argument("--format", choices=("text", "json"), default="text")

    p = sub.add_parser("cite", help="legal citations found in a text",
                       description="Find references to legal instruments in a UTF-8 text "
                                   "file (or standard input with -).")
    p.add_argument("file", metavar="FILE", help="a text file, or - for standard input")
    p.add_argument("--format", choices=("text", "json"), default="text")

    p = sub.add_parser("rules", help="the rule registry with its provisions",
                       description="Every rule with its code, severity, statement and "
                                   "provision; with --regime, the provisions that back "
                                   "each rule in that regime.")
    p.add_argument("--regime", metavar="NAME", help='a regime key or name ("hanoi-pilot")')
    p.add_argument("--format", choices=("text", "json"), default="text")

    p = sub.add_parser("chart", help="an org chart of a structure file or a city's units",
                       description="Draw the units, bodies, officials and delegations of a "
                                   "structure file, or the unit tree of a bundled city, as "
                                   "Mermaid or Graphviz DOT.")
    p.add_argument("source", metavar="FILE|CITY", help="a structure file or a city name")
    p.add_argument("--format", choices=("mermaid", "dot"), default="mermaid")
    p.add_argument("--district", metavar="NAME", help="with a city: only this district")

    sub.add_parser("schema", help="the JSON Schema of structure files",
                   description="Print the JSON Schema (draft 2020-12) of the structure "
                               "file format.")

    p = sub.add_parser("export", help="export a structure file (Popolo JSON)",
                       description="Export the structure in FILE as Popolo JSON: "
                                   "organizations, posts, persons, memberships.")
    p.add_argument("--popolo", required=True, metavar="FILE", help="the structure file")
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")

    from urbangov.cli._units import add_parsers

    add_parsers(sub)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``urbangov`` command with *argv* (default: ``sys.argv[1:]``)."""
    out = Output()
    try:
        try:
            args = parser().parse_args(list(sys.argv[1:] if argv is None else argv))
        except SystemExit as exc:  # --help, --version, or a usage error (already printed)
            return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
        if args.command is None:
            parser().print_help(out.stdout)
            return 2
        from urbangov.cli import _commands

        command = _commands.COMMANDS[args.command]
        return command(args, out)
    except CliError as exc:
        out.error(f"urbangov: error: {exc}")
        return exc.code
    except KeyboardInterrupt:
        out.error("urbangov: interrupted")
        return 130
    except BrokenPipeError:
        return 1
    except Exception as exc:  # the last line of defence: never a traceback
        out.error(f"urbangov: internal error: {type(exc).__name__}: {exc} (please report "
                  "this as a bug)")
        return 3
