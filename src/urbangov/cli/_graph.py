"""The graph behind ``urbangov chart``, written as Mermaid or Graphviz DOT.

Mermaid refuses a diagram past its limits (``maxEdges`` 500 and ``maxTextSize`` 50,000
characters by default): :data:`MAX_EDGES` and :data:`MAX_TEXT` keep every chart well
inside both, so that what ``chart`` prints is what a reader's browser draws.
"""

from __future__ import annotations

__all__ = ["MAX_EDGES", "MAX_TEXT", "Graph"]

MAX_EDGES = 300
"""The most edges a Mermaid chart may have (Mermaid's default maxEdges is 500)."""

MAX_TEXT = 30_000
"""The longest a Mermaid chart may be, in characters (Mermaid's maxTextSize is 50,000)."""


class Graph:
    """Nodes and edges, in the order drawn."""

    def __init__(self) -> None:
        self.nodes: list[tuple[str, str, str]] = []
        self.edges: list[tuple[str, str, str, bool]] = []
        self.notes: list[str] = []

    def node(self, label: str, shape: str = "box") -> str:
        name = f"n{len(self.nodes)}"
        self.nodes.append((name, label, shape))
        return name

    def edge(self, a: str, b: str, label: str = "", dashed: bool = False) -> None:
        self.edges.append((a, b, label, dashed))

    def mermaid(self) -> str:
        def q(text: str) -> str:
            return text.replace('"', "#quot;").replace("\n", "<br/>")

        lines = ["flowchart TD", *(f"  %% {n}" for n in self.notes)]
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

        lines = ["digraph urbangov {", *(f"  // {n}" for n in self.notes), "  rankdir=TB;",
                 '  node [shape=box, fontname="sans"];']
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

    def fits(self) -> bool:
        """Whether Mermaid draws the chart: within :data:`MAX_EDGES` and :data:`MAX_TEXT`."""
        return len(self.edges) <= MAX_EDGES and len(self.mermaid()) <= MAX_TEXT
