"""``urbangov units|unit|history|successors|convert|transitions``: units over time.

Each command takes ``--on`` (default today; ``today`` accepted), ``--format
text|json|csv`` and ``-o FILE``, so that a pipeline can take a province's units on a day, or the
whole old → new table of 2025-07-01, as CSV.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import warnings
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from urbangov.cli._common import _json
from urbangov.cli._options import add_format, add_on, add_output
from urbangov.cli._out import CliError, Output

__all__ = ["COMMANDS", "add_parsers"]

FORMATS = ("text", "json", "csv")


def add_parsers(sub: Any) -> None:
    """Add the units-over-time commands to the ``urbangov`` sub-parsers."""
    def common(p: argparse.ArgumentParser, on: str | None = "today",
               default: str = "text") -> None:
        if on == "today":
            add_on(p, "the day")
        elif on is not None:
            add_on(p, on, default=None, note="the latest")
        add_format(p, FORMATS, default)
        add_output(p)

    p = sub.add_parser("units", help="the units of a province on a day (2021-11-01 on)",
                       description="Every district- and commune-level unit of PROVINCE on "
                                   "the day, with its code, kind and parent.")
    p.add_argument("province", metavar="PROVINCE", help='a name or GSO code ("Hà Nội", "79")')
    p.add_argument("--level", choices=("district", "commune"), help="only this level")
    common(p)
    p = sub.add_parser("unit", help="one unit as it stood on a day",
                       description="The unit QUERY names (code, name or address) on the "
                                   "day; if it did not exist then, when it began or ceased "
                                   "and what it became, with the provision (exit 1).")
    p.add_argument("query", metavar="QUERY", help='"00130", "Gia Thụy" or an address')
    common(p)
    p = sub.add_parser("history", help="a unit's versions and changes with their provisions")
    p.add_argument("query", metavar="QUERY", help='"00130", "Gia Thụy" or an address')
    common(p, "choose the unit that existed on this day")
    p = sub.add_parser("successors", help="what a unit (or a district's units) became",
                       description="The successors of QUERY, each full or partial with its "
                                   "provision; for a district or province, those of every "
                                   "unit in it.")
    p.add_argument("query", metavar="QUERY", help='"00130", "Gia Thụy" or an address')
    common(p, "choose the unit that existed on this day")
    p = sub.add_parser("convert", help="an old address or code to the units of another day")
    p.add_argument("query", metavar="QUERY", help='"Phường Gia Thụy, Quận Long Biên, Hà Nội"')
    add_on(p, "the day to convert to", flag="--to")
    add_on(p, "the day the address was valid", default=None,
           note="an old address: the unit that had ceased by --to, if any")
    common(p, None)
    p = sub.add_parser("transitions", help="the old -> new table of a day (default 2025-07-01)")
    add_on(p, "the day of the changes", flag="--day", default="2025-07-01")
    p.add_argument("--within", metavar="NAME", help="only the units of this province or district")
    common(p, None, "csv")


def _guard(fn: Callable[[], Any], out: Output) -> Any:
    """Run a query; library errors become CLI errors, warnings go to stderr."""
    from urbangov._messages import message
    from urbangov.units import UnitNotInForceError

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            value = fn()
        except UnitNotInForceError as exc:  # an answer: the unit did not exist that day
            raise CliError(message(exc), code=1) from None
        except LookupError as exc:
            raise CliError(message(exc)) from None
        except ValueError as exc:
            raise CliError(str(exc)) from None
    for w in caught:
        out.error(f"urbangov: warning: {w.message}")
    return value


def _csv(out: Output, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(["" if c is None else c for c in r] for r in rows)
    out.stdout.write(buf.getvalue())


def _placed(u: Any) -> dict[str, Any]:
    return {"id": u.unit.id, "code": u.code, "name": u.name, "full_name": u.full_name,
            "name_en": u.version.name_en, "kind": u.kind.value, "level": u.level.value,
            "parent": u.parent, "parent_name": u.parent_name, "day": u.day,
            # for a reader without Vietnamese; new keys go last (CSV columns keep order)
            "kind_vi": u.kind.vietnamese, "kind_en": u.kind.english}


def kind_words(kind: Any) -> str:
    """A kind of unit in Vietnamese with its English: "phường (ward)"."""
    return f"{kind.vietnamese} ({kind.english})"


def _link(ln: Any, name: Callable[[str], Any]) -> dict[str, Any]:
    old, new = name(ln.predecessor), name(ln.successor)
    return {"day": ln.day, "old_id": ln.predecessor, "old_code": old.code,
            "old_name": old.latest.full_name, "new_id": ln.successor, "new_code": new.code,
            "new_name": new.versions[0].full_name if new.start == ln.day else
            (new.on(ln.day) or new.latest).full_name,
            "share": ln.share.value, "provision": str(ln.provision) if ln.provision else None,
            "provision_en": ln.provision.english if ln.provision else None, "note": ln.note}


_LINK_COLS = ("day", "old_code", "old_name", "new_code", "new_name", "share", "provision")


def units_cmd(args: argparse.Namespace, out: Output) -> int:
    from urbangov import units

    level = {"district": units.Level.DISTRICT, "commune": units.Level.COMMUNE}.get(
        args.level or "")
    found = _guard(lambda: units.units(args.province, args.on, level=level), out)
    rows = [_placed(u) for u in found]
    if args.format == "json":
        _json(out, rows)
    elif args.format == "csv":
        # The English name and kind come last, after the columns readers already use.
        cols = ("code", "name", "full_name", "kind", "level", "parent", "parent_name", "day",
                "name_en", "kind_vi", "kind_en")
        _csv(out, cols, [[r[c] for c in cols] for r in rows])
    else:
        day = found[0].day.isoformat() if found else str(args.on)
        out.print(out.paint(f"{len(found)} units on {day}", "bold"))
        out.table(["UNIT", "CODE", "KIND", "NAME (EN)", "PARENT"],
                  [(("  " if u.parent is not None and len(u.parent) == 3 else "")
                    + u.full_name, u.code, kind_words(u.kind), u.version.name_en or "",
                    u.parent_name or "")
                   for u in found], indent="  ")
    return 0


def unit_cmd(args: argparse.Namespace, out: Output) -> int:
    from urbangov import units

    try:
        found = _guard(lambda: units.unit(args.query, args.on), out)
    except CliError:
        raise
    rows = _placed(found)
    if args.format == "json":
        _json(out, rows)
    elif args.format == "csv":
        _csv(out, list(rows), [list(rows.values())])
    else:
        where = f", in {found.parent_name}" if found.parent_name else ""
        english = f"; in English: {found.version.name_en}" if found.version.name_en else ""
        out.print(f"{found.full_name} [{found.code}] on {found.day.isoformat()}: "
                  f"{kind_words(found.kind)}{where}{english}")
    return 0


def _history_rows(h: Any) -> Iterator[dict[str, Any]]:
    from urbangov import units

    for v in h.unit.versions:
        yield {"what": "version", "day": v.start, "until": v.end, "text": v.full_name,
               "kind": v.kind.value, "parent": v.parent, "provision": None}
    for c in h.changes:
        yield {"what": c.kind.value, "day": c.day, "until": None, "text": c.kind.english,
               "kind": None, "parent": None,
               "provision": "; ".join(str(b) for b in c.basis) or None, "note": c.note}
    for ln in h.predecessors:
        old = units.get(ln.predecessor)
        yield {"what": "predecessor", "day": ln.day, "until": None,
               "text": f"{old.latest.full_name} [{old.code}] ({ln.share.value})",
               "kind": None, "parent": None,
               "provision": str(ln.provision) if ln.provision else None}
    for ln in h.successors:
        new = units.get(ln.successor)
        yield {"what": "successor", "day": ln.day, "until": None,
               "text": f"{new.versions[0].full_name} [{new.code}] ({ln.share.value})",
               "kind": None, "parent": None,
               "provision": str(ln.provision) if ln.provision else None}


def _parent_name(v: Any) -> str:
    """The full name of the unit above version *v*, on its last day ("Quận Long Biên")."""
    from urbangov.units import UnitLookupError, coverage, unit

    if v.parent is None:
        return "-"
    day = v.end - dt.timedelta(days=1) if v.end else max(v.start or coverage().start,
                                                           coverage().last_change)
    try:
        version = unit(v.parent, on=day)
    except UnitLookupError:
        version = None
    return version.full_name if version is not None else v.parent


def history_cmd(args: argparse.Namespace, out: Output) -> int:
    from urbangov import units

    h = _guard(lambda: units.history(args.query, args.on), out)
    if args.format == "json":
        _json(out, {"unit": {"id": h.unit.id, "code": h.unit.code, "level": h.unit.level.value,
                             "start": h.unit.start, "end": h.unit.end},
                    "versions": [{"name": v.name, "full_name": v.full_name,
                                  "name_en": v.name_en, "kind": v.kind.value,
                                  "parent": v.parent, "start": v.start, "end": v.end}
                                 for v in h.unit.versions],
                    "changes": [{"day": c.day, "kind": c.kind.value,
                                 "provisions": [str(b) for b in c.basis],
                                 "provisions_en": [b.english for b in c.basis], "note": c.note}
                                for c in h.changes],
                    "predecessors": [_link(ln, units.get) for ln in h.predecessors],
                    "successors": [_link(ln, units.get) for ln in h.successors]})
        return 0
    rows = list(_history_rows(h))
    if args.format == "csv":
        cols = ("what", "day", "until", "text", "kind", "parent", "provision")
        _csv(out, cols, [[r.get(c) for c in cols] for r in rows])
        return 0
    u = h.unit
    since = u.start.isoformat() if u.start else "before 2021-11-01 (the data's start)"
    until = u.end.isoformat() if u.end else "today"
    out.print(out.paint(f"{u.latest.full_name} [{u.code}]: from {since} until {until}", "bold"))
    out.print("  versions:")
    for v in u.versions:
        out.print(f"    {v.start.isoformat() if v.start else '…':<10} → "
                  f"{v.end.isoformat() if v.end else 'now':<10}  {v.full_name} "
                  f"({v.kind.vietnamese}{'; in ' + _parent_name(v) if v.parent else ''})")
    if h.changes:
        out.print("  changes:")
        for c in h.changes:
            basis = "; ".join(str(b) for b in c.basis) or "basis not recorded"
            out.print(f"    {c.day.isoformat()}  {c.kind.english} ({c.kind.vietnamese}): {basis}"
                      + (f" [{c.note}]" if c.note else ""))
    for label, links in (("formed from", h.predecessors), ("went into", h.successors)):
        if links:
            out.print(f"  {label}:")
            for r in rows:
                if r["what"] == ("predecessor" if label == "formed from" else "successor"):
                    out.print(f"    {r['day'].isoformat()}  {r['text']}: "
                              f"{r['provision'] or 'provision not recorded'}")
    return 0


def _print_links(links: Sequence[Any], args: argparse.Namespace, out: Output) -> None:
    from urbangov import units

    rows = [_link(ln, units.get) for ln in links]
    if args.format == "json":
        _json(out, rows)
    elif args.format == "csv":
        _csv(out, _LINK_COLS, [[r[c] for c in _LINK_COLS] for r in rows])
    else:
        out.table(["OLD", "CODE", "NEW", "CODE", "SHARE", "PROVISION"],
                  [(r["old_name"], r["old_code"], r["new_name"], r["new_code"], r["share"],
                    r["provision"] or "not recorded") for r in rows], indent="  ")


def successors_cmd(args: argparse.Namespace, out: Output) -> int:
    from urbangov import units

    h = _guard(lambda: units.history(args.query, args.on), out)
    links = h.successors
    if not links and h.unit.level is not units.Level.COMMUNE and h.unit.end is not None:
        links = _guard(lambda: units.transitions(h.unit.end, within=h.unit.id), out)
    elif not links and h.unit.level is units.Level.PROVINCE:
        links = _guard(lambda: units.transitions(units.REFORM, within=h.unit.id), out)
    if args.format == "text":
        end = h.unit.end.isoformat() if h.unit.end else "—"
        out.print(out.paint(f"{h.unit.latest.full_name} [{h.unit.code}] (ceased: {end})",
                            "bold"))
        if not links:
            out.print("  no successors recorded" + (
                "" if h.unit.end else ": the unit still exists"))
            return 0
    _print_links(links, args, out)
    return 0


def convert_cmd(args: argparse.Namespace, out: Output) -> int:
    from urbangov import units

    c = _guard(lambda: units.convert(args.query, args.to, on=args.on), out)
    rows = [{"from_code": c.source.code, "from_name": c.source.full_name,
             "from_parent": c.source.parent_name, "from_day": c.source.day,
             "to_day": c.day, "code": t.unit.code, "name": t.unit.full_name,
             "parent": t.unit.parent_name, "share": t.share.value,
             "provisions": [str(ln.provision) for ln in t.path if ln.provision]}
            for t in c.targets]
    if args.format == "json":
        _json(out, {"source": _placed(c.source), "day": c.day, "targets": rows,
                    "unresolved": c.unresolved})
    elif args.format == "csv":
        cols = ("from_code", "from_name", "from_parent", "to_day", "code", "name", "parent",
                "share", "provisions")
        _csv(out, cols, [[r[k] if k != "provisions" else "; ".join(r[k]) for k in cols]
                         for r in rows])
    else:
        out.print(out.paint(f"{_within(c.source.full_name, c.source.parent_name)} "
                            f"[{c.source.code}] → {c.day.isoformat()}:", "bold"))
        for r in rows:
            cite = "; ".join(r["provisions"]) or "unchanged"
            out.print(f"  {r['name']} [{r['code']}]{_within('', r['parent'])} ({r['share']}): "
                      f"{cite}")
        if c.unresolved:
            out.print(f"  note: {c.unresolved}")
    return 0


def _within(name: str, parent: str | None) -> str:
    """*name*, followed by ", *parent*" when the unit lies in one (not a province)."""
    return f"{name}, {parent}" if parent else name


def transitions_cmd(args: argparse.Namespace, out: Output) -> int:
    from urbangov import units

    links = _guard(lambda: units.transitions(args.day, within=args.within), out)
    _print_links(links, args, out)
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, Output], int]] = {
    "units": units_cmd, "unit": unit_cmd, "history": history_cmd,
    "successors": successors_cmd, "convert": convert_cmd, "transitions": transitions_cmd,
}
