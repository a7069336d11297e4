"""``urbangov check``: load and validate files, violations grouped by the object they concern.

``-`` reads standard input; a rule whose reading is not of high confidence shows it
beside its provision ("[confidence: medium]").
"""

from __future__ import annotations

import argparse
import re
from typing import Any

from urbangov.cli._common import _json, checked
from urbangov.cli._out import Output


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


def _names(root: Any) -> dict[str, str]:
    """Each official's key → name, in *root* and the units below it (for messages)."""
    names: dict[str, str] = {}
    stack = [root]
    while stack:
        unit = stack.pop()
        for official in getattr(unit, "officials", None) or ():
            names.setdefault(official.key, official.name)
        stack.extend(unit.children())
    return names


def _confidence(v: Any) -> str:
    """" [confidence: medium]" when the reading behind violation *v* is not high."""
    from urbangov.law import Confidence

    level = getattr(v, "confidence", None)
    if level is None:
        level = next((c for _g, p, c in v.rule.provisions() if p == v.provision),
                     v.rule.confidence)
    return "" if level is Confidence.HIGH else f" [confidence: {level.value}]"


def _label(root: Any, path: str) -> str:
    from urbangov.structure import Delegation, Official, Unit, WorkingRule

    obj = _resolve(root, path)
    where = path or "(root)"
    if isinstance(obj, Unit):
        return f"{obj.full_name}  {where}"
    if isinstance(obj, Official):
        return f"{obj.name}, {obj.post.english}  {where}"
    if isinstance(obj, Delegation):
        names = _names(root)
        return (f"delegation {names.get(obj.delegator, obj.delegator)} → "
                f"{names.get(obj.delegate, obj.delegate)}  {where}")
    if isinstance(obj, WorkingRule):
        return f"working rules {obj.decision or ''}".rstrip() + f"  {where}"
    return where


def check(args: argparse.Namespace, out: Output) -> int:
    from urbangov.validation import Severity

    results = [checked(f) for f in args.files]
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
                out.wrapped(v.message, "      ")
                out.wrapped(f"provision: {v.provision}{_confidence(v)}", "      ",
                            style=("dim",))
    return status
