"""``urbangov show``: a bundled city's units on a day, with the regime of each."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from urbangov._messages import message
from urbangov.cli._common import _bundled_city, _json
from urbangov.cli._out import CliError, Output


def _regime_row(unit: Any, on: dt.date) -> tuple[str, str, str]:
    from urbangov.regimes import RegimeError, UnitAbolishedError, regime_for

    try:
        regime = regime_for(unit, on)
    except UnitAbolishedError:
        return "abolished", "-", "-"
    except RegimeError:
        return "unknown", "?", "?"
    try:
        council = "yes" if regime.has_council(unit) else "no"
    except LookupError:
        council = "?"
    try:
        mode = regime.decision_mode(unit).value.replace("_", "-")
    except LookupError:
        mode = "?"
    return regime.key, council, mode


def show(args: argparse.Namespace, out: Output) -> int:
    from urbangov.regimes import EARLIEST

    if args.on is None:
        args.on = dt.date.today()
    if args.on < EARLIEST:
        raise CliError(f"--on {args.on}: the library's regimes begin on {EARLIEST}")
    from urbangov.units import coverage

    first = coverage().start
    if args.on < first:  # no unit list for that day: say so, and show the first one held
        out.error(f"urbangov: note: the units over time begin on {first.isoformat()}; the "
                  f"units listed are those of that day, the regimes those of "
                  f"{args.on.isoformat()}")
    city = _bundled_city(args.city, max(args.on, first))
    units: list[tuple[int, Any]] = [(0, city)]
    if args.district:
        if not city.districts:
            raise CliError(f"--district {args.district!r}: {city.full_name} has no districts "
                           f"on {args.on.isoformat()} (the district level ended on "
                           "2025-07-01); its communes are listed without --district")
        try:
            district = city.district(args.district)
        except LookupError as exc:
            raise CliError(message(exc)) from None
        units.append((1, district))
        units += [(2, w) for w in district.wards]
    else:
        units += [(1, d) for d in (*city.districts, *city.communes)]
    rows = []
    for depth, unit in units:
        key, council, mode = _regime_row(unit, args.on)
        count = "" if depth == 2 else str(len(unit.children()))
        rows.append((depth, unit, key, council, mode, count))
    if args.format == "json":
        _json(out, [{"name": u.name, "full_name": u.full_name, "kind": u.kind.value,
                     "code": u.code, "level": d, "regime": k,
                     "council": {"yes": True, "no": False}.get(c), "decision_mode":
                     None if m in "?-" else m.replace("-", "_")}
                    for d, u, k, c, m, _n in rows])
        return 0
    out.print(out.paint(f"{city.full_name} ({city.code}) on {args.on.isoformat()}", "bold"))
    out.table(["UNIT", "CODE", "UNITS", "HĐND", "DECISION", "REGIME"],
              [("  " * d + u.full_name, u.code or "", n, c, m, k)
               for d, u, k, c, m, n in rows], indent="  ")
    from urbangov.regimes import regimes

    used = {k for _d, _u, k, _c, _m, _n in rows}
    out.print()
    for regime in regimes():
        if regime.key in used:
            out.print(f"  {regime.key}: {regime.name} ({regime.period})")
    return 0
