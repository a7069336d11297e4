"""``urbangov who-may``: who may perform an act in a ward on a day, and on what basis."""

from __future__ import annotations

import argparse
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
        if args.on is None:
            raise CliError("who-may needs --on DATE without --file")
        structure, ward = _find_ward(args.ward, args.city), None
        on = args.on
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


def _find_ward(name: str, city: str | None) -> Any:
    from urbangov import data

    cities = [_bundled_city(city)] if city else list(data.cities())
    found = []
    errors = []
    for c in cities:
        try:
            found.append(c.ward(name))
        except data.AmbiguousUnitError as exc:
            raise CliError(message(exc)) from None
        except LookupError as exc:
            errors.append(message(exc))
    if not found:
        raise CliError("; ".join(errors) if city else f"no ward {name!r} in the bundled "
                       "cities (" + "; ".join(errors) + ")")
    if len(found) > 1:
        raise CliError(f"{name!r} names wards in several cities: "
                       + ", ".join(f"{w.full_name} [{w.code}]" for w in found)
                       + "; add --city")
    return found[0]
