"""``urbangov schema`` and ``urbangov export``: the file format's JSON Schema, and Popolo."""

from __future__ import annotations

import argparse
import json

from urbangov.cli._common import _json, _load_for_use
from urbangov.cli._out import CliError, Output


def schema(args: argparse.Namespace, out: Output) -> int:
    from urbangov.io import json_schema

    _json(out, json_schema())
    return 0


def export(args: argparse.Namespace, out: Output) -> int:
    from urbangov.io import to_popolo

    structure = _load_for_use(args.popolo, out)
    text = json.dumps(to_popolo(structure), ensure_ascii=False, indent=2) + "\n"
    if args.output is None:
        out.stdout.write(text)
        return 0
    from urbangov.io import write_atomic

    try:
        write_atomic(args.output, text)
    except OSError as exc:
        raise CliError(f"{args.output}: cannot be written: {exc.strerror or exc}") from None
    out.error(f"urbangov: wrote {args.output}")
    return 0
