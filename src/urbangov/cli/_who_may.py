"""``urbangov who-may``: who may perform an act in a ward on a day, and on what basis."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from urbangov._messages import message
from urbangov.cli._common import _bundled_city, _json, _load_for_use
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
    if args.act not in slugs:
        from urbangov._messages import suggest

        raise CliError(f"{args.act!r} is not an act{suggest(args.act, slugs)}; acts: "
                       + ", ".join(slugs))
    if args.file:
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
        structure, ward = _find_ward(args.ward, args.city, on), None
    try:
        answer = ask(args.act, structure, on=on, ward=ward)
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
                    "reasons": list(answer.reasons)})
    else:
        out.print(str(answer))
    return 0


def _find_ward(name: str, city: str | None, on: dt.date) -> Any:
    """The commune-level unit *name* (of *city*, if given) as it stood *on* that day."""
    from urbangov import units
    from urbangov.terms import Level

    query = name if city is None else f"{name}, {city}"
    try:
        found = units.unit(query, on=on, level=Level.COMMUNE)
        province = found
        while province.unit.level is not Level.PROVINCE and province.version.parent:
            province = units.unit(province.version.parent, on=on)
    except LookupError as exc:
        raise CliError(message(exc)) from None
    return _bundled_city(province.code, on).ward(found.code)
