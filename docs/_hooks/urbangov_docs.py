"""MkDocs hook: the legal pages, glossary, timeline and API index, generated at build time.

Nothing on these pages is written twice by hand: every regime, fact, rule, instrument
and term comes from the library's own registry and tables (``urbangov.regimes``,
``urbangov.rules()``, ``urbangov.law.catalogue()``, ``urbangov.terms``).

The generator functions (``regime_page``, ``rules_page``, ...) return Markdown and
import nothing from MkDocs, so ``tests/docs`` can call them without MkDocs installed.
The hook functions (``on_config``, ``on_files``, ``on_page_markdown``) import MkDocs
lazily.

This file, the one ``mkdocs.yml`` names, holds the hooks and the list of generated
pages; the generators live next to it (MkDocs puts this directory on ``sys.path``
while it loads a hook): ``urbangov_docs_regimes`` (timeline, regime pages),
``urbangov_docs_legal`` (rules, legal index, sources, uncertain readings),
``urbangov_docs_glossary``, ``urbangov_docs_api`` (API pages and index) and
``urbangov_docs_common`` (paths and Markdown helpers they share).

Generated pages:

* ``regimes.md`` — the regimes overview (timeline and one table per regime);
* ``legal/index.md`` — the legal basis, by regime and by rule;
* ``legal/regimes/<key>.md`` — one page per regime;
* ``legal/rules.md`` — one entry per rule of the registry;
* ``legal/sources.md`` — the instrument catalogue;
* ``reference/<module>.md`` — an API page for every public module without a
  hand-written page;
* ``chart.md`` — the output of ``urbangov chart "Hà Nội" --on 2022-07-01``.

After the build (``on_post_build``, ``urbangov_docs_site``) the search index is given
the diacritic-free form of its words and the JSON Schema is written at its ``$id``.

Placeholders filled in hand-written pages (an HTML comment alone on its line):
``urbangov:timeline``, ``urbangov:medium``, ``urbangov:glossary``,
``urbangov:changelog``, ``urbangov:api-index``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import Any

from urbangov_docs_api import (
    api_index,
    home_of,
    importable,
    public_modules,
    reference_page,
    reference_path,
)
from urbangov_docs_common import DOCS, ROOT
from urbangov_docs_glossary import GLOSSARY_ENUMS, glossary_tables
from urbangov_docs_legal import legal_index, medium_readings, rule_entry, rules_page, sources_page
from urbangov_docs_regimes import (
    regime_page,
    regimes_overview,
    rules_reading,
    timeline_mermaid,
    timeline_table,
)
from urbangov_docs_site import CHART_PAGE, chart_page, fold_search, publish_schema

from urbangov.regimes import regimes

#: The hooks, and the generators ``tests/docs`` reaches through this module.
__all__ = [
    "GLOSSARY_ENUMS",
    "PLACEHOLDER",
    "TUTORIAL_NEEDS",
    "api_index",
    "chart_page",
    "fill",
    "generated_pages",
    "glossary_tables",
    "home_of",
    "importable",
    "legal_index",
    "medium_readings",
    "on_config",
    "on_files",
    "on_page_markdown",
    "on_post_build",
    "public_modules",
    "reference_page",
    "reference_path",
    "regime_page",
    "regimes_overview",
    "rule_entry",
    "rules_page",
    "rules_reading",
    "sources_page",
    "timeline_mermaid",
    "timeline_table",
]

log = logging.getLogger("mkdocs.hooks.urbangov")

#: Pages other engineers write; a nav entry to one of them is dropped while the file
#: does not exist yet, so that ``mkdocs build --strict`` passes in the meantime.
OPTIONAL_PAGES = frozenset({"citations.md", "data.md", "authority.md", "file-format.md",
                            "cli.md"})

#: Hand-written tutorial pages and the module each needs; a tutorial is built and
#: linked only when its module is importable.
TUTORIAL_NEEDS = {
    "tutorials/delegation.md": "urbangov.authority:who_may",
    "tutorials/citations.md": "urbangov.citations:find",
    "tutorials/command-line.md": "urbangov.cli:main",
}

PLACEHOLDER = re.compile(r"^<!-- urbangov:([a-z-]+) -->$", re.MULTILINE)

# --------------------------------------------------------------------------- pages


def generated_pages() -> dict[str, str]:
    """Every generated page, by its path under ``docs/``."""
    pages = {
        "regimes.md": regimes_overview(),
        "legal/index.md": legal_index(),
        "legal/rules.md": rules_page(),
        "legal/sources.md": sources_page(),
        CHART_PAGE: chart_page(),
    }
    for regime in regimes():
        pages[f"legal/regimes/{regime.key}.md"] = regime_page(regime)
    for module in public_modules():
        path = reference_path(module)
        if not (DOCS / path).exists() and importable(module):
            pages[path] = reference_page(module)
    return pages


def fill(name: str) -> str:
    """The Markdown that replaces the placeholder ``<!-- urbangov:name -->``."""
    if name == "timeline":
        return timeline_mermaid()
    if name == "timeline-table":
        return timeline_table()
    if name == "medium":
        return medium_readings()
    if name == "glossary":
        return glossary_tables()
    if name == "api-index":
        return api_index()
    if name == "changelog":
        changelog = ROOT / "CHANGELOG.md"
        if changelog.exists():
            text = changelog.read_text(encoding="utf-8")
            return re.sub(r"\A# .*\n", "", text)  # the page has its own title
        return "No release has been recorded yet."
    raise KeyError(f"unknown placeholder urbangov:{name}")


# --------------------------------------------------------------------------- hooks


def _nav_paths(nav: Any) -> Iterator[str]:
    if isinstance(nav, str):
        yield nav
    elif isinstance(nav, list):
        for item in nav:
            yield from _nav_paths(item)
    elif isinstance(nav, dict):
        for value in nav.values():
            yield from _nav_paths(value)


def _prune(nav: Any, keep: Any) -> Any:
    if isinstance(nav, list):
        items = [_prune(item, keep) for item in nav]
        return [item for item in items if item is not None]
    if isinstance(nav, dict):
        pruned = {title: _prune(value, keep) for title, value in nav.items()}
        kept = {t: v for t, v in pruned.items() if v is not None and v != []}
        return kept or None
    if isinstance(nav, str):
        return nav if keep(nav) else None
    return nav


def _available(path: str) -> bool:
    if (path in OPTIONAL_PAGES or path in TUTORIAL_NEEDS) and not (DOCS / path).exists():
        return False
    need = TUTORIAL_NEEDS.get(path)
    return need is None or importable(need)


def on_config(config: Any) -> Any:
    """Drop nav entries for colleagues' pages not written yet; list the API pages."""
    nav = config.get("nav")
    if nav is None:
        return config
    pruned = _prune(nav, _available)
    dropped = set(_nav_paths(nav)) - set(_nav_paths(pruned))
    if dropped:
        log.info("urbangov: not in nav yet: %s", ", ".join(sorted(dropped)))
    modules = [m for m in public_modules() if importable(m)]
    for section in pruned:
        if isinstance(section, dict) and "Legal basis" in section:
            entries = section["Legal basis"]
            at = next((i + 1 for i, e in enumerate(entries)
                       if isinstance(e, dict) and "Rules" in e), len(entries))
            entries.insert(at, {"Regimes": [
                {r.name: f"legal/regimes/{r.key}.md"} for r in regimes()]})
        if isinstance(section, dict) and "API reference" in section:
            entries = section["API reference"]
            listed = set(_nav_paths(entries))
            entries += [{m: reference_path(m)} for m in modules
                        if reference_path(m) not in listed]
    config["nav"] = pruned
    return config


def on_files(files: Any, config: Any) -> Any:
    """Add the generated pages; leave out tutorials whose API does not exist yet."""
    from mkdocs.structure.files import File

    for path, need in TUTORIAL_NEEDS.items():
        if not importable(need):
            found = files.get_file_from_path(path)
            if found is not None:
                files.remove(found)
    for path, content in generated_pages().items():
        if files.get_file_from_path(path) is None:
            files.append(File.generated(config, path, content=content))
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Fill the ``<!-- urbangov:... -->`` placeholders of hand-written pages."""
    return PLACEHOLDER.sub(lambda m: fill(m.group(1)), markdown)


def on_post_build(config: Any) -> None:
    """Fold the search index's diacritics; publish the JSON Schema at its ``$id``."""
    from pathlib import Path

    site_dir = Path(config["site_dir"])
    fold_search(site_dir)
    written = publish_schema(site_dir, config["site_url"])
    log.info("urbangov: JSON Schema written to %s", written.relative_to(site_dir))
