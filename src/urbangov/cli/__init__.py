"""The ``urbangov`` command: check structure files, show units and regimes, cite, chart.

Run ``urbangov --help`` (or ``python -m urbangov --help``) for the commands; every
command has its own ``--help``.  Exit status: 0 success (``check``: no errors, warnings
allowed), 1 the structure breaks the law or no one may perform the act, 2 unreadable
input or a bad request, 3 an internal error (a bug: please report it).  Under
``--format json`` an error is a JSON object on standard output, with the same status.

>>> main(["--version"])  # doctest: +ELLIPSIS
urbangov ...
0
"""

from __future__ import annotations

import argparse
import io as stdio
import os
import sys
import warnings
from collections.abc import Sequence

from urbangov.cli._out import CliError, Output

__all__ = ["main"]

def _wants_json(argv: Sequence[str]) -> bool:
    """Whether the command line asks for ``--format json`` (read before parsing, so that
    a usage error is reported as JSON too)."""
    return any(a == "--format=json" or (a == "--format" and b == "json")
               for a, b in zip(argv, [*argv[1:], ""], strict=False))


def _complete(top: argparse.ArgumentParser) -> None:
    """Answer the shell's completion request (``urbangov completion``), then exit."""
    import argcomplete

    argcomplete.autocomplete(top)


def _run(argv: list[str], out: Output) -> int:
    from urbangov.cli._parser import parser

    top = parser()
    if "_ARGCOMPLETE" in os.environ:  # only the completion script sets it
        _complete(top)
    try:
        args = top.parse_args(argv)
    except SystemExit as exc:  # --help or --version (already printed)
        return exc.code if isinstance(exc.code, int) else 0
    if args.command is None:
        top.print_help(out.stdout)
        return 2
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            return _command(args, out)
        finally:  # a warning is a line of the output, not Python's report of its source
            for text in dict.fromkeys(str(w.message) for w in caught):
                out.error(f"urbangov: warning: {text}")


def _command(args: argparse.Namespace, out: Output) -> int:
    from urbangov.cli import _commands

    command = _commands.COMMANDS[args.command]
    target = getattr(args, "output", None)
    if target is None:
        return command(args, out)
    buffer = stdio.StringIO()
    out.stdout, out.colour, out.columns = buffer, False, None
    status = command(args, out)
    from urbangov.io import write_atomic

    try:
        write_atomic(target, buffer.getvalue())
    except OSError as exc:
        raise CliError(f"{target}: cannot be written: {exc.strerror or exc}") from None
    out.error(f"urbangov: wrote {target}")
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``urbangov`` command with *argv* (default: ``sys.argv[1:]``)."""
    from urbangov.cli._parser import UsageError

    args = list(sys.argv[1:] if argv is None else argv)
    out = Output()
    out.json = _wants_json(args)
    stdout = out.stdout
    try:
        return _run(args, out)
    except UsageError as exc:
        out.stdout = stdout
        if out.json:
            out.fail(str(exc), 2)
        else:  # as argparse words it
            exc.parser.print_usage(out.stderr)
            out.error(f"{exc.parser.prog}: error: {exc}")
        return 2
    except CliError as exc:
        out.stdout = stdout
        out.fail(str(exc), exc.code)
        return exc.code
    except KeyboardInterrupt:
        out.error("urbangov: interrupted")
        return 130
    except BrokenPipeError:
        return 1
    except Exception as exc:  # the last line of defence: never a traceback
        out.stdout = stdout
        text = f"internal error: {type(exc).__name__}: {exc} (please report this as a bug)"
        if out.json:
            out.fail(text, 3)
        else:
            out.error(f"urbangov: {text}")
        return 3
