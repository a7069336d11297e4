"""``urbangov chart``: a structure or bundled city as a Mermaid or Graphviz chart.

Labels are in one language (``--lang vi|en``).  A city is drawn in full when Mermaid
can draw it (:func:`urbangov.cli._graph.Graph.fits`), else to its districts, with a
note saying how to chart one district; ``--depth`` and ``--district`` choose.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from typing import Any

from urbangov._messages import message
from urbangov.cli._common import _bundled_city, _load_for_use
from urbangov.cli._graph import MAX_EDGES, MAX_TEXT, Graph
from urbangov.cli._out import CliError, Output

# The words of a chart in each language (--lang): data, not branching code.
_WORDS = {
    "vi": {"council": "Hội đồng nhân dân (HĐND)", "committee": "Ủy ban nhân dân (UBND)",
           "acting": "quyền ", "delegation": "ủy quyền"},
    "en": {"council": "People's Council", "committee": "People's Committee",
           "acting": "acting ", "delegation": "delegation"},
}


def _unit_label(unit: Any, lang: str) -> str:
    code = f" [{unit.code}]" if unit.code else ""
    if lang == "en" and unit.kind is not None:
        return f"{unit.name} ({unit.kind.english}){code}"
    return f"{unit.full_name}{code}"


def _chart_unit(graph: Graph, unit: Any, on: dt.date | None, lang: str, people: bool,
                depth: int | None) -> str:
    from urbangov.structure import PeoplesCouncil

    words = _WORDS[lang]
    node = graph.node(_unit_label(unit, lang))
    if isinstance(unit.council, PeoplesCouncil):
        graph.edge(node, graph.node(words["council"], "round"))
    if people and (unit.committee is not None or unit.officials):
        committee = graph.node(words["committee"], "round")
        graph.edge(node, committee)
        names: dict[str, str] = {}
        for official in unit.officials or ():
            if on is not None and not official.in_office(on):
                continue
            acting = words["acting"] if official.acting else ""
            post = official.post.vietnamese if lang == "vi" else official.post.english
            person = graph.node(f"{official.name}\n{acting}{post}")
            names.setdefault(official.key, person)
            graph.edge(committee, person)
        for d in unit.delegations:
            if (on is None or d.in_force(on)) and d.delegator in names and d.delegate in names:
                acts = ", ".join(sorted(a.vietnamese if lang == "vi" else a.english
                                        for a in d.acts))
                decision = f" {d.decision}" if d.decision else ""
                graph.edge(names[d.delegator], names[d.delegate],
                           f"{words['delegation']}{decision}: {acts}", True)
    if depth is None or depth > 0:
        for child in unit.children():
            graph.edge(node, _chart_unit(graph, child, on, lang, people,
                                         None if depth is None else depth - 1))
    return node


def _city_graph(unit: Any, args: argparse.Namespace, on: dt.date) -> Graph:
    """The chart of a bundled city (or one district): in full if Mermaid can draw it."""
    graph = Graph()
    _chart_unit(graph, unit, on, args.lang, False, args.depth)
    if args.format != "mermaid" or graph.fits():
        return graph
    if args.depth is not None or args.district:
        raise CliError(f"the chart of {unit.full_name} would have {len(graph.edges)} edges "
                       f"({len(graph.mermaid()):,} characters), more than Mermaid draws "
                       f"(this command keeps to {MAX_EDGES} edges and {MAX_TEXT:,} "
                       "characters): chart one district with --district NAME, a smaller "
                       "--depth, or --format dot")
    graph = Graph()
    graph.notes.append(f"{unit.full_name} on {on.isoformat()}, to its districts: the whole "
                       "tree is more than Mermaid draws; chart one district with "
                       "--district NAME")
    _chart_unit(graph, unit, on, args.lang, False, 1)
    return graph


def chart(args: argparse.Namespace, out: Output) -> int:
    source = args.source
    # os.path.exists, not Path.exists: a name too long for the system is no file, no error
    if source == "-" or os.path.exists(source) or source.lower().endswith((".toml", ".json")):
        if args.district or args.depth is not None:
            raise CliError("--district and --depth go with a city name, not with a "
                           "structure file")
        structure = _load_for_use(source, out)
        graph = Graph()
        _chart_unit(graph, structure, args.on or structure.as_of, args.lang, True, None)
        if args.format == "mermaid" and not graph.fits():
            raise CliError(f"{source}: the chart would have {len(graph.edges)} edges, more "
                           "than Mermaid draws: use --format dot")
    else:
        if args.depth is not None and args.depth < 0:
            raise CliError(f"--depth {args.depth}: give 0 or more levels")
        on = args.on or dt.date.today()
        city = _bundled_city(source, on)
        unit = city
        if args.district:
            if not city.districts:
                raise CliError(f"--district {args.district!r}: {city.full_name} has no "
                               f"districts on {on.isoformat()} (the district level ended "
                               "on 2025-07-01)")
            try:
                unit = city.district(args.district)
            except LookupError as exc:
                raise CliError(message(exc)) from None
        graph = _city_graph(unit, args, on)
    out.print(graph.mermaid() if args.format == "mermaid" else graph.dot())
    return 0
