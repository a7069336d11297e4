"""The argument parser of ``urbangov``: every command, option and help text.

Usage errors raise :class:`UsageError` instead of exiting, so that ``main`` reports them
as the other errors are (as JSON under ``--format json``), with exit status 2.
"""

from __future__ import annotations

import argparse
import re
from typing import Any, NoReturn

from urbangov.cli._options import DOCS_URL, add_format, add_on, add_output

__all__ = ["Parser", "UsageError", "parser"]


class UsageError(Exception):
    """The command line is not one ``urbangov`` understands (exit status 2)."""

    def __init__(self, parser: argparse.ArgumentParser, message: str) -> None:
        super().__init__(message)
        self.parser = parser


_CHOICE = re.compile(r"invalid choice: '(.*)' \(choose from (.*)\)$")


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are raised, and that suggests the close choices."""

    def error(self, message: str) -> NoReturn:
        m = _CHOICE.search(message)
        if m:
            from urbangov.cli._common import suggest

            choices = re.findall(r"'([^']*)'", m[2])
            message += suggest(m[1], choices)
        raise UsageError(self, message)


def _commands(sub: Any) -> None:
    p = sub.add_parser("check", help="validate structure files against the law of their day",
                       description="Read each FILE (TOML or JSON structure file, or - for "
                                   "standard input) and report every problem: load errors "
                                   "(exit 2) and violations of the law, grouped by object, "
                                   "each with its provision and, when not high, the "
                                   "confidence of its reading (exit 1 if any error).")
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="structure files (.toml, .json); - reads standard input")
    add_format(p)
    add_output(p)

    p = sub.add_parser("show", help="a city's units (or one district or ward) with the "
                                    "regime of a day",
                       description="Show a bundled city's districts, one district's wards, "
                                   "or one ward, with the regime in force on a day: whether "
                                   "each unit has a People's Council (HĐND) and how its "
                                   "People's Committee decides.",
                       epilog='Examples: urbangov show "Hà Nội" --on 2022-07-01; urbangov '
                              'show "Hà Nội" --ward "Gia Thụy" --on 1/7/2022')
    p.add_argument("city", metavar="CITY", help='city name or GSO code ("Hà Nội", "79")')
    add_on(p, "the day: the units of that day (from 2021-11-01) and its regime")
    p.add_argument("--district", metavar="NAME", help="show this district and its wards")
    p.add_argument("--ward", metavar="NAME", help="show this ward only (with --district "
                                                  "if several wards share the name)")
    add_format(p)
    add_output(p)

    p = sub.add_parser("who-may", help="who may perform an act in a ward on a day",
                       description="Who may perform ACT in the ward on the day, with the "
                                   "legal basis (own power or delegation): the officials "
                                   "by name when they are recorded (--file), else the posts "
                                   "that may act, each with its provision.  Exit 1 when no "
                                   "one in the ward may (the reason is given).",
                       epilog='Examples: urbangov who-may certify-copy --ward "Gia Thụy" '
                              '--district "Long Biên" --on 2022-07-01; urbangov who-may '
                              "certify-copy --file examples/gia_thuy_2022.toml.  The acts: "
                              "urbangov acts.")
    p.add_argument("act", metavar="ACT", help='an act, e.g. "certify-copy" (list: '
                                              "urbangov acts)")
    p.add_argument("--ward", metavar="NAME", help="the ward (name or GSO code)")
    p.add_argument("--district", metavar="NAME",
                   help="the district of --ward, when several wards share its name")
    p.add_argument("--province", "--city", dest="city", metavar="NAME",
                   help="the province or city of --ward (name or GSO code)")
    p.add_argument("--file", metavar="FILE", help="a structure file with the officials")
    add_on(p, "the day", default=None, note="the file's as_of, else today")
    add_format(p)
    add_output(p)

    p = sub.add_parser("cite", help="legal citations found in a text",
                       description="Find references to legal instruments in a UTF-8 text "
                                   "file (or standard input with -).")
    p.add_argument("file", metavar="FILE", help="a text file, or - for standard input")
    add_format(p)
    add_output(p)

    p = sub.add_parser("rules", help="the rule registry with its provisions",
                       description="Every rule with its code, severity, statement and "
                                   "provision; with --regime, the provisions that back "
                                   "each rule in that regime.",
                       epilog="The regimes: urbangov regimes.  The acts: urbangov acts.")
    p.add_argument("--regime", metavar="NAME", help='a regime key or name ("hanoi-pilot"; '
                                                    "list: urbangov regimes)")
    add_format(p)
    add_output(p)

    p = sub.add_parser("regimes", help="the regimes, with their periods and instruments",
                       description="Every regime (chế độ chính quyền) the library knows, "
                                   "with its key, period and the instruments that set it up; "
                                   "with --on, those in force that day.")
    add_on(p, "only the regimes in force on this day", default=None, note="all")
    add_format(p)
    add_output(p)

    p = sub.add_parser("acts", help="the acts who-may answers about, with Vietnamese names",
                       description="Every act (việc thuộc thẩm quyền) that who-may takes, "
                                   "with its English and Vietnamese name.")
    add_format(p)
    add_output(p)

    p = sub.add_parser("chart", help="an org chart of a structure file or a city's units",
                       description="Draw the units, bodies, officials and delegations of a "
                                   "structure file, or the unit tree of a bundled city, as a "
                                   "Mermaid flowchart or Graphviz DOT.  A city too large to "
                                   "draw in full is drawn to its districts; chart one "
                                   "district with --district.",
                       epilog='Examples: urbangov chart "Hà Nội" --on 2022-07-01; urbangov '
                              'chart "Hà Nội" --district "Long Biên" --on 2022-07-01 --lang '
                              "en -o long-bien.mmd")
    p.add_argument("source", metavar="FILE|CITY", help="a structure file or a city name")
    add_format(p, ("mermaid", "dot"))
    p.add_argument("--district", metavar="NAME", help="with a city: only this district")
    p.add_argument("--depth", type=int, metavar="N",
                   help="with a city: draw N levels below it (1: districts; default: all "
                        "that Mermaid can draw)")
    p.add_argument("--lang", choices=("vi", "en"), default="vi",
                   help="the language of the labels: vi (default) or en")
    add_on(p, "the day", default=None, note="the file's as_of; for a city, today")
    add_output(p)

    p = sub.add_parser("schema", help="the JSON Schema of structure files",
                       description="Print the JSON Schema (draft 2020-12) of the structure "
                                   "file format.")
    add_format(p, ("json",))
    add_output(p)

    p = sub.add_parser("export", help="export a structure file (Popolo JSON)",
                       description="Export the structure in FILE as Popolo JSON: "
                                   "organizations, posts, persons, memberships.")
    p.add_argument("file", nargs="?", metavar="FILE",
                   help="the structure file (.toml, .json), or - for standard input")
    p.add_argument("--popolo", metavar="FILE", help=argparse.SUPPRESS)  # the 0.1 spelling
    add_format(p, ("json",))
    add_output(p)

    p = sub.add_parser("completion", help="a shell completion script (bash, zsh, fish)",
                       description="Print the completion script for SHELL; load it from "
                                   "your shell's start-up file.",
                       epilog='Examples: eval "$(urbangov completion bash)" in ~/.bashrc; '
                              'eval "$(urbangov completion zsh)" in ~/.zshrc; urbangov '
                              "completion fish > ~/.config/fish/completions/urbangov.fish")
    p.add_argument("shell", choices=("bash", "zsh", "fish"), metavar="SHELL",
                   help="bash, zsh or fish")
    add_output(p)


def parser() -> argparse.ArgumentParser:
    """The argument parser of the ``urbangov`` command."""
    from urbangov import __version__

    top = Parser(
        prog="urbangov",
        description="Vietnam's urban government as validated, cited objects: check "
                    "structure files against the law of their day, show units and "
                    "regimes, find citations, draw org charts.",
        epilog="Every DATE is 2022-07-01, 1/7/2022 (day first) or today (the default).  "
               "- reads standard input, -o FILE writes a file, --format json gives JSON "
               "(errors too).  Exit status: 0 ok, 1 the law is broken or no one may act, 2 "
               f"unreadable input or bad request, 3 internal error.  Docs: {DOCS_URL}")
    top.add_argument("--version", action="version", version=f"urbangov {__version__}")
    sub = top.add_subparsers(dest="command", metavar="COMMAND")
    _commands(sub)
    from urbangov.cli._units import add_parsers

    add_parsers(sub)
    return top
