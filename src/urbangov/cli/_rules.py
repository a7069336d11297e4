"""``urbangov rules``: the rule registry, or the provisions backing it in one regime."""

from __future__ import annotations

import argparse
from typing import Any

from urbangov.cli._common import _json
from urbangov.cli._out import CliError, Output


def _regime(name: str) -> Any:
    from urbangov._messages import suggest
    from urbangov._text import fold
    from urbangov.regimes import regimes

    for regime in regimes():
        if fold(name) in (fold(regime.key), fold(regime.name)):
            return regime
    keys = [r.key for r in regimes()]
    raise CliError(f"no regime {name!r}{suggest(name, keys)}; regimes: {', '.join(keys)}")


def rules(args: argparse.Namespace, out: Output) -> int:
    from urbangov.validation import rules as registry

    regime = _regime(args.regime) if args.regime else None
    rows: list[dict[str, Any]] = []
    for r in registry():
        if regime is None:
            rows.append({"code": r.code, "severity": r.severity.value, "term": r.term,
                         "statement": r.statement, "provision": str(r.provision),
                         "confidence": r.confidence.value})
        else:
            backing = [(p, c) for g, p, c in r.provisions() if g.key == regime.key]
            if r.own_provision is not None:
                backing = [(r.provision_on(regime.period.start), r.confidence)]
            rows.append({"code": r.code, "severity": r.severity.value, "term": r.term,
                         "statement": r.statement, "regime": regime.key,
                         "provisions": [str(p) for p, _c in backing],
                         "confidence": [c.value for _p, c in backing]})
    if args.format == "json":
        _json(out, rows)
        return 0
    if regime is not None:
        out.print(out.paint(f"{regime.name} [{regime.key}] ({regime.period})", "bold"))
        out.table(["CODE", "PROVISION IN THIS REGIME", "STATEMENT"],
                  [(r["code"], "; ".join(r["provisions"]) or "— (not in this regime)",
                    r["statement"]) for r in rows])
    else:
        out.table(["CODE", "SEVERITY", "PROVISION", "STATEMENT"],
                  [(r["code"], r["severity"], r["provision"], r["statement"]) for r in rows])
    return 0
