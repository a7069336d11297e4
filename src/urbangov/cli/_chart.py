"""``urbangov chart``: a structure or bundled city as a Mermaid or Graphviz chart."""

from __future__ import annotations

import argparse
import datetime as dt
import os
from typing import Any

from urbangov._messages import message
from urbangov.cli._common import _bundled_city, _load_for_use
from urbangov.cli._out import CliError, Output


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
    # os.path.exists, not Path.exists: a name too long for the system is no file, no error
    if os.path.exists(source) or source.lower().endswith((".toml", ".json")):
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
