"""The layers of ../shared/design.md, enforced: imports point downward, and no module
outside a package imports that package's private modules.

The import graph is read from the source with :mod:`ast` (every ``import`` and
``from … import`` naming an ``urbangov`` module, at any depth of the file, except those
under ``if TYPE_CHECKING:``), so a lazy import inside a function counts too.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"

#: Each layer may import itself and the layers before it.  A module is placed by the
#: longest prefix of its dotted name found here.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("text", ("urbangov._text", "urbangov._valid", "urbangov._lookup", "urbangov._messages")),
    ("time", ("urbangov.time", "urbangov._fields", "urbangov._args")),
    ("law", ("urbangov.law", "urbangov.citations")),
    ("terms", ("urbangov.terms",)),
    ("units", ("urbangov.units",)),
    ("regimes", ("urbangov.regimes",)),
    ("structure", ("urbangov.structure",)),
    ("rules", ("urbangov._registry", "urbangov._report", "urbangov._engine",
               "urbangov._rules", "urbangov.validation")),
    ("queries", ("urbangov.authority", "urbangov.tenure")),
    ("edges", ("urbangov.io", "urbangov.data", "urbangov.strategies", "urbangov._mutations",
               "urbangov.cli", "urbangov.__main__", "urbangov")),
)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _type_checking_only(node: ast.AST) -> bool:
    test = getattr(node, "test", None)
    return isinstance(node, ast.If) and (
        (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING")
        or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"))


def imports_of(source: str, module: str, is_package: bool) -> set[str]:
    """The urbangov modules *source* imports (outside ``if TYPE_CHECKING:`` blocks)."""
    found: set[str] = set()
    package = module if is_package else module.rpartition(".")[0]

    def visit(node: ast.AST) -> None:
        if _type_checking_only(node):
            for child in getattr(node, "orelse", []):
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("urbangov"))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            if base.startswith("urbangov"):
                # "from pkg import mod" imports the module; "from mod import name" the module
                found.update(_known(f"{base}.{a.name}", base) for a in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(source))
    return found


MODULES = {module_name(p): p for p in SRC.rglob("*.py")}


def _known(candidate: str, base: str) -> str:
    return candidate if candidate in MODULES else base


def import_graph() -> dict[str, set[str]]:
    modules = MODULES
    graph = {}
    for name, path in modules.items():
        targets = imports_of(path.read_text("utf-8"), name, path.name == "__init__.py")
        graph[name] = {t for t in targets if t in modules and t != name}
    return graph


def layer_of(module: str, layers: Iterable[tuple[str, tuple[str, ...]]] = LAYERS) -> int:
    best, rank = -1, -1
    for i, (_name, prefixes) in enumerate(layers):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best:
                best, rank = len(prefix), i
    if rank < 0:
        raise LookupError(f"{module} is in no layer: add it to LAYERS")
    return rank


def upward_imports(graph: Mapping[str, set[str]],
                   layers: tuple[tuple[str, tuple[str, ...]], ...] = LAYERS) -> list[str]:
    """Every import of a higher layer by a lower one, as "a (layer) -> b (layer)"."""
    bad = []
    for module, targets in sorted(graph.items()):
        mine = layer_of(module, layers)
        for target in sorted(targets):
            theirs = layer_of(target, layers)
            if theirs > mine:
                bad.append(f"{module} ({layers[mine][0]}) -> {target} ({layers[theirs][0]})")
    return bad


def private_reach_ins(graph: Mapping[str, set[str]]) -> list[str]:
    """Imports of a package's private module (``pkg._x``) from outside ``pkg``."""
    bad = []
    for module, targets in sorted(graph.items()):
        for target in sorted(targets):
            package, _, last = target.rpartition(".")
            if (last.startswith("_") and not last.startswith("__") and package != "urbangov"
                    and module != package and not module.startswith(package + ".")):
                bad.append(f"{module} -> {target}")
    return bad


def test_every_module_is_in_a_layer() -> None:
    for module in import_graph():
        layer_of(module)


def test_imports_point_down_the_layers() -> None:
    assert upward_imports(import_graph()) == []


def test_no_module_reaches_into_another_package_s_private_modules() -> None:
    assert private_reach_ins(import_graph()) == []


# --- the test of the test: the checks fail on graphs that break the rules -------------


def test_the_layer_check_catches_a_lower_layer_importing_a_higher_one() -> None:
    graph = dict(import_graph())
    graph["urbangov.time"] = {*graph["urbangov.time"], "urbangov.structure"}
    assert upward_imports(graph) == [
        "urbangov.time (time) -> urbangov.structure (structure)"]


def test_the_layer_check_reads_lazy_imports_inside_functions() -> None:
    source = "def f():\n    from urbangov.io import load\n"
    assert imports_of(source, "urbangov.time", False) == {"urbangov.io"}
    assert upward_imports({"urbangov.time": {"urbangov.io"}}) == [
        "urbangov.time (time) -> urbangov.io (edges)"]


def test_type_checking_imports_do_not_count() -> None:
    source = "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import urbangov.io\n"
    assert imports_of(source, "urbangov.time", False) == set()


def test_the_private_check_catches_a_reach_into_another_package() -> None:
    assert private_reach_ins({"urbangov.cli._check": {"urbangov.io._spec"}}) == [
        "urbangov.cli._check -> urbangov.io._spec"]
    assert private_reach_ins({"urbangov.io._files": {"urbangov.io._spec"}}) == []


def test_an_unplaced_module_is_an_error() -> None:
    with pytest.raises(LookupError, match="in no layer"):
        layer_of("elsewhere.module")
