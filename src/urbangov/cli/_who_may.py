"""``urbangov who-may``: who may perform an act in a ward on a day, and on what basis.

Named officials when the structure records them (``--file``), else the posts that may
act, each with its provision; exit 1 when no one in the ward may (the answer's reasons
say why: the act belongs to the level above, say).
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from urbangov._messages import message
from urbangov.cli._common import _bundled_city, _json, _load_for_use, suggest
from urbangov.cli._out import CliError, Output


def who_may(args: argparse.Namespace, out: Output) -> int:
    try:
        from urbangov.authority import who_may as ask
    except ImportError:  # pragma: no cover - present since #5
        raise CliError("who-may is not available: this urbangov has no urbangov.authority "
                       "module yet") from None
    from urbangov.structure import Ward
    from urbangov.terms import Act

    slugs = [a.value for a in Act]
    act = args.act.strip().lower().replace("_", "-")  # as who_may reads it: certify_copy too
    if act not in slugs:
        raise CliError(f"{args.act!r} is not an act{suggest(act, slugs)} (the acts: "
                       "urbangov acts)")
    if args.file:
        if args.district or args.city:
            raise CliError("--district and --province go with --ward, not with --file")
        structure = _load_for_use(args.file, out)
        ward = args.ward
        if isinstance(structure, Ward):
            if ward is not None:
                from urbangov._text import fold

                if fold(ward) not in (fold(structure.name), fold(structure.full_name)) \
                        and ward != structure.code:
                    raise CliError(f"--ward {ward!r}: {args.file} describes "
                                   f"{structure.full_name}")
            ward = None
        on = args.on or structure.as_of
    else:
        if args.ward is None:
            raise CliError("who-may needs --ward NAME (and --on DATE), or --file FILE")
        on = args.on or dt.date.today()
        structure, ward = _find_ward(args.ward, args.district, args.city, on, out), None
    try:
        answer = ask(act, structure, on=on, ward=ward)
    except LookupError as exc:
        raise CliError(message(exc)) from None
    if args.format == "json":
        _json(out, {"act": answer.act.value, "on": answer.on, "unit": answer.unit.full_name,
                    "regime": answer.regime.key if answer.regime else None,
                    "grants": [{"official": g.official.name, "post": g.official.post.value,
                                "basis": g.basis.value, "provision": str(g.provision),
                                "confidence": g.confidence.value, "acting": g.acting,
                                "delegation": (g.delegation.decision or None
                                               if g.delegation else None),
                                "notes": list(g.notes)} for g in answer.grants],
                    "posts": [{"post": p.post.value, "basis": p.basis.value,
                               "provision": str(p.provision),
                               "confidence": p.confidence.value, "notes": list(p.notes)}
                              for p in answer.posts],
                    "reasons": list(answer.reasons),
                    "known": answer.known})
    else:
        for line in str(answer).splitlines():
            out.wrapped(line, "", "      ")
    return 0 if answer.grants or answer.posts else 1


def _matches(query: str, unit: Any) -> bool:
    """Whether *query* names *unit* (a unit on a day): its code, name or full name."""
    from urbangov._text import fold

    return query == unit.code or fold(query) in (fold(unit.name), fold(unit.full_name))


def _above(unit: Any, on: dt.date) -> list[Any]:
    """The units above *unit* on the day, nearest first."""
    from urbangov import units

    chain = []
    while unit.version.parent:
        unit = units.unit(unit.version.parent, on=on)
        chain.append(unit)
    return chain


def _find_ward(name: str, district: str | None, city: str | None, on: dt.date,
               out: Output) -> Any:
    """The commune-level unit *name* (of *district* and *city*, if given) on the day; for
    a day before the bundled units begin, as they stood on their first day (a note says
    so: the law asked about is still that of the day)."""
    from urbangov import units
    from urbangov.data import AmbiguousUnitError
    from urbangov.terms import Level

    first = units.coverage().start
    if on < first:
        out.error(f"note: the ward is looked up among the units of {first.isoformat()}, the "
                  f"first day the bundled units describe; the law is that of "
                  f"{on.isoformat()}")
        on = first

    try:
        candidates: list[Any]
        try:
            candidates = [units.unit(name, on=on, level=Level.COMMUNE)]
        except AmbiguousUnitError as exc:
            candidates = list(exc.candidates)
        chains = {c.code: _above(c, on) for c in candidates}
    except LookupError as exc:
        raise CliError(message(exc)) from None
    for query, level in ((district, Level.DISTRICT), (city, Level.PROVINCE)):
        if query is not None:
            candidates = [c for c in candidates if any(
                u.unit.level is level and _matches(query, u) for u in chains[c.code])]
    given = " in ".join(q for q in (district, city) if q)
    if not candidates:
        raise CliError(f"no ward {name!r} in {given} on {on.isoformat()}")
    if len(candidates) > 1:
        listed = "; ".join(f"{c.full_name} [{c.code}] in "
                           + ", ".join(u.full_name for u in chains[c.code])
                           for c in candidates[:8])
        if len(candidates) > 8:
            listed += f"; and {len(candidates) - 8} more"
        raise CliError(f"{len(candidates)} wards match {name!r}"
                       + (f" in {given}" if given else "") + f" on {on.isoformat()}: "
                       f"{listed}; add --district NAME (or --province NAME), or give the "
                       "GSO code as --ward")
    found = candidates[0]
    province = ([found, *chains[found.code]])[-1]
    return _bundled_city(province.code, on).ward(found.code)
