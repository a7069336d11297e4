"""``urbangov cite``: the legal citations in a text, resolved against the catalogue."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from urbangov.cli._common import _json, read_stdin
from urbangov.cli._out import CliError, Output


def _read_text(name: str) -> str:
    if name == "-":
        data = read_stdin()
    else:
        path = Path(name)
        try:
            if path.is_dir():
                raise CliError(f"{name}: is a directory, not a file")
            data = path.read_bytes()
        except FileNotFoundError:
            raise CliError(f"{name}: no such file") from None
        except OSError as exc:
            raise CliError(f"{name}: cannot be read: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise CliError(f"{name}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset "
                       f"{exc.start})") from None


def cite(args: argparse.Namespace, out: Output) -> int:
    from urbangov import citations

    text = _read_text(args.file)
    if args.file.lower().endswith((".html", ".htm", ".xhtml")):
        # A saved web page: its visible text; spans then refer to the cleaned text.
        text = citations.clean(text)
    found = citations.find(text)
    items: list[dict[str, Any]] = []
    for c in found:
        resolved = c.resolve()
        items.append({"span": list(c.span), "text": c.text,
                      "kind": c.instrument.kind.value, "identifier": c.instrument.identifier,
                      "date": c.date, "issuer": c.issuer,
                      "pinpoint": str(c.pinpoint) if c.pinpoint else None,
                      "resolved": resolved.identifier if resolved else None,
                      "title_en": resolved.title_en if resolved else None})
    if args.format == "json":
        _json(out, items)
        return 0
    if not items:
        out.print("no citations found")
        return 0
    out.table(["SPAN", "CITATION", "DATE", "ISSUER", "IN CATALOGUE"],
              [(f"{i['span'][0]}-{i['span'][1]}", i["text"],
                i["date"].isoformat() if i["date"] else "", i["issuer"] or "",
                i["resolved"] or "-") for i in items])
    return 0
