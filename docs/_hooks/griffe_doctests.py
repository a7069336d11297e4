"""Griffe extension: render urbangov's docstrings well in Markdown.

* The library's docstrings carry runnable examples (``>>>`` lines, checked by the test
  suite) outside any "Examples:" section.  Markdown would render them as block quotes
  and read ``[...]`` in their output as links; each run of doctest lines is fenced as
  ``pycon``.
* Some docstrings use Sphinx roles (``:class:`Period```, ``:func:`~a.b```); each becomes
  a cross-reference to the page and anchor where the object is documented (an
  ``optional`` autoref: a name that is not documented anywhere stays inline code).

This happens once the whole package is loaded (``on_package``: the root module's own
docstring included, which ``on_object`` never sees), before mkdocstrings renders a
docstring; the source is not changed.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from typing import Any

import griffe

_FENCE = re.compile(r"^\s*(```|~~~)")
#: A Sphinx cross-reference role: kind, optional "~", target (or "title <target>").
ROLE = re.compile(r":(?:py:)?(?:class|func|meth|attr|data|mod|exc|obj|const):`(~?)([^`]+)`")

Resolver = Callable[[str], "str | None"]


def link_roles(text: str, resolve: Resolver | None = None) -> str:
    """*text* with each Sphinx role as a cross-reference (or inline code, if unresolved).

    *resolve* maps a role's target ("Period", "urbangov.time.Period", "Period.start")
    to the identifier of the place it is documented, or None.
    """

    def sub(match: re.Match[str]) -> str:
        tilde, target = match.group(1), match.group(2).strip()
        explicit = re.fullmatch(r"(.+?)\s*<([^>]+)>", target)
        if explicit:
            shown, target = explicit.group(1), explicit.group(2)
        else:
            shown = target.rsplit(".", 1)[-1] if tilde else target
        path = resolve(target.lstrip(".")) if resolve else None
        if path is None:
            return f"`{shown}`"
        return (f'<autoref identifier="{html.escape(path)}" optional>'
                f"<code>{html.escape(shown)}</code></autoref>")

    return ROLE.sub(sub, text)


def plain_roles(text: str) -> str:
    """*text* with Sphinx cross-reference roles shown as inline code (no links)."""
    return link_roles(text, None)


def fence_doctests(text: str) -> str:
    """*text* with every block of doctest lines wrapped in a ```` ```pycon ```` fence.

    A block starts at a ``>>>`` line and runs to the next blank line, as in doctest.
    Text already inside a fence is left alone.
    """
    out: list[str] = []
    lines = text.splitlines()
    i, in_fence = 0, False
    while i < len(lines):
        line = lines[i]
        if _FENCE.match(line):
            in_fence = not in_fence
        if in_fence or not line.lstrip().startswith(">>>"):
            out.append(line)
            i += 1
            continue
        indent = line[: len(line) - len(line.lstrip())]
        out.append(f"{indent}```pycon")
        while i < len(lines) and lines[i].strip():
            out.append(lines[i])
            i += 1
        out.append(f"{indent}```")
    return "\n".join(out)


# --------------------------------------------------------------------------- resolution


def _public(path: str) -> bool:
    return not any(part.startswith("_") for part in path.split("."))


def _final_path(member: Any) -> str | None:
    try:
        return str(member.final_target.path if member.is_alias else member.path)
    except (griffe.AliasResolutionError, griffe.CyclicAliasError, AttributeError):
        return None


def _documented(obj: Any) -> Iterator[tuple[str, str]]:
    """(documented identifier, path of the object it shows) for *obj* and its members.

    mkdocstrings documents a public module's public members under the module's path
    (an object re-exported from a private module is documented where it is exported).
    """
    for name, member in list(obj.members.items()):
        if name.startswith("_"):
            continue
        final = _final_path(member)  # None: an import from outside the package
        if final is None:
            continue
        target = member.final_target if member.is_alias else member
        if member.is_alias and target.is_module:
            continue
        path = f"{obj.path}.{name}"
        yield path, final
        if target.is_module or target.is_class:
            for sub, subfinal in _documented(target):
                yield path + sub[len(target.path):], subfinal


class Index:
    """Where each object of a loaded package is documented."""

    def __init__(self, package: Any) -> None:
        self.package = package
        self.home: dict[str, str] = {}          # final path -> documented identifier
        self.by_name: dict[str, set[str]] = {}  # short name -> documented identifiers
        self.home[package.path] = package.path
        pairs = [pair for name, module in list(package.members.items())
                 if not name.startswith("_") and not module.is_alias and module.is_module
                 for pair in _documented(module)]
        # The package root documents no members (its page lists them in a table): an
        # object is documented where it is defined if that module is public, else
        # where a public module re-exports it.
        for documented, final in sorted(pairs, key=lambda p: p[0] != p[1]):
            if final not in self.home:
                self.home[final] = documented
        for documented, final in pairs:
            if final in self.home:
                self.by_name.setdefault(documented.rsplit(".", 1)[-1], set()).add(
                    self.home[final])

    def _lookup(self, scope: Any, target: str) -> str | None:
        try:
            member = scope[target]
        except (KeyError, ValueError, AttributeError, griffe.AliasResolutionError):
            return None
        final = _final_path(member)
        return self.home.get(final) if final else None

    def resolver(self, obj: Any) -> Resolver:
        """A resolver for roles written in *obj*'s docstring."""

        def resolve(target: str) -> str | None:
            root = self.package.path
            if target == root:
                return root
            if target.startswith(root + "."):
                found = self._lookup(self.package, target[len(root) + 1:])
                if found:
                    return found
            scope = obj
            while scope is not None:
                found = self._lookup(scope, target)
                if found:
                    return found
                scope = scope.parent
            head, _, rest = target.partition(".")
            homes = self.by_name.get(head, set())
            if len(homes) == 1:
                (home,) = homes
                return f"{home}.{rest}" if rest else home
            return None

        return resolve


def _walk(obj: Any) -> Iterator[Any]:
    yield obj
    for member in list(obj.members.values()):
        if not member.is_alias:
            yield from _walk(member)


class DoctestFences(griffe.Extension):
    """Fence doctest blocks and link Sphinx roles in every docstring of the package."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        index = Index(pkg)
        for obj in _walk(pkg):
            if obj.docstring is not None:
                obj.docstring.value = link_roles(fence_doctests(obj.docstring.value),
                                                 index.resolver(obj))
