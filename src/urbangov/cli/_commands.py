"""The commands of ``urbangov``: each takes the parsed arguments and returns an exit status."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from urbangov.cli._out import CliError, Output
from urbangov.io._problems import message

__all__ = ["COMMANDS"]

Command = Callable[[argparse.Namespace, Output], int]


def _json(out: Output, value: Any) -> None:
    out.print(json.dumps(value, ensure_ascii=False, indent=2, default=_default))


def _default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


# --- check -------------------------------------------------------------------------


def _object_path(path: str) -> str:
    """The object a violation path points into: up to its last ``[i]``."""
    end = path.rfind("]")
    return path[:end + 1] if end >= 0 else ""


_STEP = re.compile(r"([A-Za-z_]+)(?:\[(\d+)\])?")


def _resolve(root: Any, path: str) -> Any:
    obj = root
    for part in path.split(".") if path else ():
        m = _STEP.fullmatch(part)
        if m is None:
            return None
        obj = getattr(obj, m[1], None)
        if m[2] is not None:
            try:
                obj = obj[int(m[2])]  # type: ignore[index]
            except (TypeError, IndexError):
                return None
    return obj


def _label(root: Any, path: str) -> str:
    from urbangov.structure import Delegation, Official, Unit, WorkingRule

    obj = _resolve(root, path)
    where = path or "(root)"
    if isinstance(obj, Unit):
        return f"{obj.full_name}  {where}"
    if isinstance(obj, Official):
        return f"{obj.name}, {obj.post.english}  {where}"
    if isinstance(obj, Delegation):
        return f"delegation {obj.delegator} → {obj.delegate}  {where}"
    if isinstance(obj, WorkingRule):
        return f"working rules {obj.decision or ''}".rstrip() + f"  {where}"
    return where


def check(args: argparse.Namespace, out: Output) -> int:
    from urbangov import io
    from urbangov.validation import Severity

    results = [io.check(f) for f in args.files]
    status = 0
    for r in results:
        if not r.readable:
            status = max(status, 2)
        elif r.report.errors:
            status = max(status, 1)
    if args.format == "json":
        items: list[dict[str, Any]] = []
        for r in results:
            for p in r.problems:
                items.append({"file": r.source, "code": "LOAD", "severity": "error",
                              "path": p.path, "message": p.message, "provision": None,
                              "line": p.line, "column": p.column})
            for v in r.report:
                items.append({"file": r.source, "code": v.code, "severity": v.severity.value,
                              "path": v.path, "message": v.message,
                              "provision": str(v.provision), "line": None, "column": None})
        _json(out, items)
        return status
    for n, r in enumerate(results):
        if n:
            out.print()
        if not r.readable:
            count = len(r.problems)
            out.print(out.paint(f"{r.source}: cannot be read ({count} problem"
                                f"{'s' if count != 1 else ''}):", "red", "bold"))
            for p in r.problems:
                out.print(f"  {p}")
            continue
        assert r.structure is not None
        unit = r.structure
        errors, warnings = len(r.report.errors), len(r.report.warnings)
        head = (f"{r.source}: {unit.full_name} on {unit.as_of}: {errors} error"
                f"{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}")
        out.print(out.paint(head, "bold", "red" if errors else "green"))
        groups: dict[str, list[Any]] = {}
        for v in r.report:
            groups.setdefault(_object_path(v.path), []).append(v)
        for obj_path in sorted(groups, key=lambda p: (p.count("["), p)):
            out.print()
            out.print("  " + out.paint(_label(unit, obj_path), "bold"))
            for v in groups[obj_path]:
                colour = "red" if v.severity is Severity.ERROR else "yellow"
                sev = out.paint(f"{v.severity.value:<7}", colour)
                out.print(f"    {v.code:<24} {sev}  {v.path or '(root)'}")
                out.print(f"      {v.message}")
                out.print(out.paint(f"      provision: {v.provision}", "dim"))
    return status


# --- show --------------------------------------------------------------------------


def _bundled_city(name: str) -> Any:
    from urbangov import data

    try:
        return data.city(name)
    except LookupError as exc:
        raise CliError(message(exc)) from None


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

    if args.on < EARLIEST:
        raise CliError(f"--on {args.on}: the library's regimes begin on {EARLIEST}")
    city = _bundled_city(args.city)
    units: list[tuple[int, Any]] = [(0, city)]
    if args.district:
        try:
            district = city.district(args.district)
        except LookupError as exc:
            raise CliError(message(exc)) from None
        units.append((1, district))
        units += [(2, w) for w in district.wards]
    else:
        units += [(1, d) for d in city.districts]
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


# --- who-may -----------------------------------------------------------------------


def _load_for_use(path: str, out: Output) -> Any:
    """The structure in *path* for a query; exit 2 if unreadable, a note if unlawful."""
    from urbangov import io

    result = io.check(path)
    if not result.readable:
        lines = [f"{result.source}: cannot be read:"] + [f"  {p}" for p in result.problems]
        raise CliError("\n".join(lines))
    if result.report.errors:
        out.error(f"urbangov: note: {result.source} breaks {len(result.report.errors)} "
                  f"rule(s); run `urbangov check {path}` for the details")
    return result.structure


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
        from urbangov.io._problems import suggest

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
                                "delegation": g.delegation.decision if g.delegation else None,
                                "notes": list(g.notes)} for g in answer.grants],
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


# --- cite --------------------------------------------------------------------------


def _read_text(name: str) -> str:
    if name == "-":
        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else \
            sys.stdin.read().encode("utf-8")
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
    found = citations.find(text)
    items: list[dict[str, Any]] = []
    for c in found:
        resolved = c.resolve()
        items.append({"span": list(c.span), "text": c.text,
                      "kind": c.instrument.kind.value, "identifier": c.instrument.identifier,
                      "date": c.date, "issuer": c.issuer,
                      "pinpoint": str(c.pinpoint) if c.pinpoint else None,
                      "resolved": resolved.identifier if resolved else None})
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


# --- rules -------------------------------------------------------------------------


def _regime(name: str) -> Any:
    from urbangov._text import fold
    from urbangov.io._problems import suggest
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
                backing = [(r.provision, r.confidence)]
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


# --- chart -------------------------------------------------------------------------


class _Graph:
    def __init__(self) -> None:
        self.nodes: list[tuple[str, str, str]] = []
        self.edges: list[tuple[str, str, str, bool]] = []

    def node(self, label: str, shape: str = "box") -> str:
        name = f"n{len(self.nodes)}"
        self.nodes.append((name, label, shape))
        return name

    def edge(self, a: str, b: str, label: str = "", dashed: bool = False) -> None:
        self.edges.append((a, b, label, dashed))

    def mermaid(self) -> str:
        def q(text: str) -> str:
            return text.replace('"', "#quot;").replace("\n", "<br/>")

        lines = ["flowchart TD"]
        for name, label, shape in self.nodes:
            lines.append(f'  {name}("{q(label)}")' if shape == "round"
                         else f'  {name}["{q(label)}"]')
        for a, b, label, dashed in self.edges:
            arrow = "-.->" if dashed else "-->"
            lines.append(f'  {a} {arrow}|"{q(label)}"| {b}' if label else f"  {a} {arrow} {b}")
        return "\n".join(lines)

    def dot(self) -> str:
        def q(text: str) -> str:
            return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")

        lines = ["digraph urbangov {", "  rankdir=TB;", '  node [shape=box, fontname="sans"];']
        for name, label, shape in self.nodes:
            extra = ", style=rounded" if shape == "round" else ""
            lines.append(f'  {name} [label="{q(label)}"{extra}];')
        for a, b, label, dashed in self.edges:
            attrs = [f'label="{q(label)}"'] if label else []
            if dashed:
                attrs.append("style=dashed")
            lines.append(f"  {a} -> {b}" + (f" [{', '.join(attrs)}]" if attrs else "") + ";")
        lines.append("}")
        return "\n".join(lines)


def _chart_unit(graph: _Graph, unit: Any, on: dt.date | None, people: bool) -> str:
    from urbangov.structure import PeoplesCouncil

    node = graph.node(f"{unit.full_name}" + (f" [{unit.code}]" if unit.code else ""))
    if isinstance(unit.council, PeoplesCouncil):
        graph.edge(node, graph.node("Hội đồng nhân dân (HĐND)", "round"))
    if people and (unit.committee is not None or unit.officials):
        committee = graph.node("Ủy ban nhân dân (UBND)", "round")
        graph.edge(node, committee)
        names: dict[str, str] = {}
        for official in unit.officials or ():
            if on is not None and not official.in_office(on):
                continue
            acting = "quyền " if official.acting else ""
            person = graph.node(f"{official.name}\n{acting}{official.post.vietnamese}")
            names.setdefault(official.key, person)
            graph.edge(committee, person)
        for d in unit.delegations:
            if (on is None or d.in_force(on)) and d.delegator in names and d.delegate in names:
                acts = ", ".join(sorted(a.value for a in d.acts))
                graph.edge(names[d.delegator], names[d.delegate],
                           f"ủy quyền {d.decision or ''}: {acts}".replace("  ", " "), True)
    for child in unit.children():
        graph.edge(node, _chart_unit(graph, child, on, people))
    return node


def chart(args: argparse.Namespace, out: Output) -> int:
    graph = _Graph()
    source = args.source
    if Path(source).exists() or source.lower().endswith((".toml", ".json")):
        if args.district:
            raise CliError("--district goes with a city name, not with a structure file")
        structure = _load_for_use(source, out)
        _chart_unit(graph, structure, structure.as_of, people=True)
    else:
        city = _bundled_city(source)
        unit = city
        if args.district:
            try:
                unit = city.district(args.district)
            except LookupError as exc:
                raise CliError(message(exc)) from None
        _chart_unit(graph, unit, None, people=False)
    out.print(graph.mermaid() if args.format == "mermaid" else graph.dot())
    return 0


# --- schema, export ----------------------------------------------------------------


def schema(args: argparse.Namespace, out: Output) -> int:
    from urbangov.io import json_schema

    _json(out, json_schema())
    return 0


def export(args: argparse.Namespace, out: Output) -> int:
    from urbangov.io import to_popolo

    structure = _load_for_use(args.popolo, out)
    text = json.dumps(to_popolo(structure), ensure_ascii=False, indent=2) + "\n"
    if args.output is None:
        out.stdout.write(text)
        return 0
    from urbangov.io._files import write_atomic

    try:
        write_atomic(args.output, text)
    except OSError as exc:
        raise CliError(f"{args.output}: cannot be written: {exc.strerror or exc}") from None
    out.error(f"urbangov: wrote {args.output}")
    return 0


def _iter() -> Iterator[tuple[str, Command]]:
    yield from (("check", check), ("show", show), ("who-may", who_may), ("cite", cite),
                ("rules", rules), ("chart", chart), ("schema", schema), ("export", export))


COMMANDS: dict[str, Command] = dict(_iter())
