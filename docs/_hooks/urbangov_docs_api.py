"""The generated API pages and the API index: public modules and where each name lives.

Imports nothing from MkDocs (see ``urbangov_docs.py``).
"""

from __future__ import annotations

import enum
import importlib
import pkgutil
import re
from typing import Any

from urbangov_docs_common import cell

import urbangov

# --------------------------------------------------------------------------- API


def public_modules() -> list[str]:
    """Every public module of the installed package (no part starting with '_')."""
    names = ["urbangov"]
    for info in pkgutil.walk_packages(urbangov.__path__, "urbangov."):
        if any(part.startswith("_") for part in info.name.split(".")):
            continue
        names.append(info.name)
    return sorted(names)


def importable(module: str) -> bool:
    """Whether *module* ("pkg.mod" or "pkg.mod:attr") imports and has the attribute.

    A directory without ``__init__.py`` (a namespace package) does not count.
    """
    name, _, attr = module.partition(":")
    try:
        found = importlib.import_module(name)
    except ImportError:
        return False
    if getattr(found, "__file__", None) is None:
        return False
    return not attr or hasattr(found, attr)


def reference_path(module: str) -> str:
    """The docs path of *module*'s API page ("reference/urbangov.time.md")."""
    return f"reference/{module}.md"


def reference_page(module: str) -> str:
    """A generated API page: the module's docstring and members (mkdocstrings)."""
    return f"# `{module}`\n\n::: {module}\n"


def home_of(name: str) -> str | None:
    """The public module other than ``urbangov`` whose ``__all__`` lists *name*."""
    for module in public_modules():
        if module == "urbangov":
            continue
        if name in getattr(importlib.import_module(module), "__all__", ()):
            return module
    return None


def api_index() -> str:
    """A table of ``urbangov.__all__``: each name with a link to where it is documented."""
    rows = ["| Name | Documented in | Summary |", "|---|---|---|"]
    for name in urbangov.__all__:
        obj = getattr(urbangov, name)
        if isinstance(obj, type(urbangov)):
            target = obj.__name__
            rows.append(f"| [`{name}`]({target}.md) | `{target}` | "
                        f"{cell(link_roles(_first_line(obj.__doc__)))} |")
            continue
        home = home_of(name)
        ref = f"[`{name}`][{home}.{name}]" if home else f"`{name}`"
        rows.append(f"| {ref} | `{home}` | {cell(link_roles(_first_line(_doc(obj))))} |")
    return "\n".join(rows)


#: A Sphinx cross-reference role (as in the docstrings; see ``griffe_doctests.py``).
_ROLE = re.compile(r":(?:py:)?(?:class|func|meth|attr|data|mod|exc|obj|const):`~?([^`]+)`")


def link_roles(text: str) -> str:
    """*text* with each Sphinx role as a Markdown cross-reference to where it is documented.

    A name no public module exports stays inline code.
    """

    def sub(match: re.Match[str]) -> str:
        target = match.group(1).strip()
        head, _, rest = target.rpartition(".") if target.startswith("urbangov.") else \
            ("", "", target)
        name = rest.split(".", 1)[0]
        home = head if head else home_of(name)
        if home is None:
            return f"`{rest}`"
        return f"[`{rest}`][{home}.{rest}]"

    return _ROLE.sub(sub, text)


def _doc(obj: Any) -> str | None:
    import inspect

    if isinstance(obj, enum.Enum) and not isinstance(obj, type):
        return type(obj).__doc__
    return inspect.getdoc(obj)


def _first_line(doc: str | None) -> str:
    return (doc or "").strip().split("\n\n")[0].replace("\n", " ")
