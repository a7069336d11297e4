"""``urbangov regimes`` and ``urbangov acts``: what ``--regime`` and ``who-may`` take.

``regimes`` lists each regime (chế độ chính quyền) with its period and the instruments
that set it up; ``acts`` lists each act (việc thuộc thẩm quyền) with its English and
Vietnamese names.
"""

from __future__ import annotations

import argparse

from urbangov.cli._common import _json
from urbangov.cli._out import Output


def regimes(args: argparse.Namespace, out: Output) -> int:
    from urbangov.regimes import regimes as every

    found = [r for r in every() if args.on is None or args.on in r.period]
    rows = [{"key": r.key, "name": r.name, "vietnamese": r.vietnamese,
             "city": r.city, "start": r.period.start, "end": r.period.end,
             "instruments": [str(i) for i in r.instruments],
             "instruments_en": [i.title_en for i in r.instruments]} for r in found]
    if args.format == "json":
        _json(out, rows)
        return 0
    if not rows:
        out.print(f"no regime in force on {args.on.isoformat()}")
        return 0
    for n, r in enumerate(found):
        if n:
            out.print()
        out.print(out.paint(f"{r.key}", "bold") + f"  {r.period}")
        out.wrapped(f"{r.name} ({r.vietnamese})", "  ")
        for i in r.instruments:
            out.wrapped(f"· {i}", "    ")
    return 0


def acts(args: argparse.Namespace, out: Output) -> int:
    from urbangov.terms import Act

    rows = [{"act": a.value, "english": a.english, "vietnamese": a.vietnamese} for a in Act]
    if args.format == "json":
        _json(out, rows)
        return 0
    out.table(["ACT", "ENGLISH", "VIETNAMESE"],
              [(r["act"], r["english"], r["vietnamese"]) for r in rows])
    return 0
