"""``urbangov show``: a bundled city's units (or one district, or one ward) on a day,
with the regime of each."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from urbangov._messages import message
from urbangov.cli._common import _bundled_city, _json
from urbangov.cli._out import CliError, Output
from urbangov.cli._units import kind_words


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


def _english_names(city: Any, on: dt.date) -> dict[str, str]:
    """The English names (name_en) of *city* and its units on *on*, by GSO code."""
    import warnings

    from urbangov import units

    with warnings.catch_warnings():  # the gaps were reported when the city was built
        warnings.simplefilter("ignore", units.CoverageWarning)
        try:
            found = (units.unit(city.code, on, level=units.Level.PROVINCE),
                     *units.units(city.code, on))
        except LookupError:
            return {}
    return {u.code: u.version.name_en for u in found if u.version.name_en}


def _district(city: Any, name: str, on: dt.date) -> Any:
    """The district *name* of *city*; if *name* is a ward, say so and how to show it."""
    from urbangov.data import UnitLookupError

    if not city.districts:
        raise CliError(f"--district {name!r}: {city.full_name} has no districts on "
                       f"{on.isoformat()} (the district level ended on 2025-07-01); its "
                       "communes are listed without --district, one with --ward NAME")
    try:
        return city.district(name)
    except UnitLookupError as exc:
        wards = [(d, w) for d in city.districts for w in d.wards
                 if name in (w.name, w.full_name, w.code)]
        if not wards:
            raise CliError(message(exc)) from None
        where = ", ".join(f"{w.full_name} [{w.code}] of {d.full_name}" for d, w in wards)
        raise CliError(f"--district {name!r}: {city.full_name} has no district {name!r} on "
                       f"{on.isoformat()}; it is a ward: {where}; show it with --ward "
                       f"{name!r}") from None


def _ward(city: Any, name: str, district: str | None, on: dt.date) -> tuple[Any, Any]:
    """The ward *name* of *city* (of *district*, if given) and the district it is in."""
    from urbangov.data import AmbiguousUnitError, UnitLookupError

    scope = _district(city, district, on) if district else city
    try:
        ward = scope.ward(name)
    except AmbiguousUnitError as exc:
        where = {id(w): d for d in city.districts for w in d.wards}
        wards: tuple[Any, ...] = exc.candidates
        listed = "; ".join(f"{w.full_name} [{w.code}]" + (
            f" in {where[id(w)].full_name}" if id(w) in where else "")
            for w in wards)
        raise CliError(f"{len(wards)} wards of {city.full_name} match {name!r} on "
                       f"{on.isoformat()}: {listed}; add --district NAME, or give the GSO "
                       "code as --ward") from None
    except UnitLookupError as exc:
        raise CliError(message(exc)) from None
    parent = next((d for d in city.districts if any(w is ward for w in d.wards)), None)
    return parent, ward


def show(args: argparse.Namespace, out: Output) -> int:
    from urbangov.regimes import EARLIEST
    from urbangov.structure import Ward

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
    if args.ward:
        district, ward = _ward(city, args.ward, args.district, args.on)
        units += [(1, district)] if district is not None else []
        units.append((len(units), ward))
    elif args.district:
        district = _district(city, args.district, args.on)
        units.append((1, district))
        units += [(2, w) for w in district.wards]
    else:
        units += [(1, d) for d in (*city.districts, *city.communes)]
    english = _english_names(city, max(args.on, first)) if city.code else {}
    rows = []
    for depth, unit in units:
        key, council, mode = _regime_row(unit, args.on)
        count = "" if isinstance(unit, Ward) else str(len(unit.children()))
        rows.append((depth, unit, key, council, mode, count))
    if args.format == "json":
        _json(out, [{"name": u.name, "full_name": u.full_name, "kind": u.kind.value,
                     "code": u.code, "level": d, "regime": k,
                     "council": {"yes": True, "no": False}.get(c), "decision_mode":
                     None if m in "?-" else m.replace("-", "_"),
                     "name_en": english.get(u.code), "kind_en": u.kind.english}
                    for d, u, k, c, m, _n in rows])
        return 0
    out.print(out.paint(f"{city.full_name} ({city.code}) on {args.on.isoformat()}", "bold"))
    out.table(["UNIT", "CODE", "KIND", "NAME (EN)", "UNITS", "HĐND", "DECISION", "REGIME"],
              [("  " * d + u.full_name, u.code or "", kind_words(u.kind),
                english.get(u.code, ""), n, c, m, k)
               for d, u, k, c, m, n in rows], indent="  ")
    from urbangov.regimes import regimes

    used = {k for _d, _u, k, _c, _m, _n in rows}
    out.print()
    for regime in regimes():
        if regime.key in used:
            out.print(f"  {regime.key}: {regime.name} ({regime.period})")
    return 0
