"""``urbangov check``: load and validate files, violations grouped by the object they concern."""

from __future__ import annotations

import argparse
import re
from typing import Any

from urbangov.cli._common import _json
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
