"""``urbangov schema`` and ``urbangov export``: the file format's JSON Schema, and Popolo.

``export FILE`` (``--popolo FILE``, the 0.1 spelling, is still read); ``-o`` is the
convention every command shares (see ``urbangov.cli``).
"""

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

    if args.file and args.popolo:
        raise CliError("give the structure file once: urbangov export FILE")
    source = args.file or args.popolo
    if source is None:
        raise CliError("export needs a structure FILE (or - for standard input)")
    structure = _load_for_use(source, out)
    out.stdout.write(json.dumps(to_popolo(structure), ensure_ascii=False, indent=2) + "\n")
    return 0
