"""What the build adds to the built site: folded search, the JSON Schema, the chart page.

Imports nothing from MkDocs (see ``urbangov_docs.py``).

* **Search that folds diacritics.** The theme's search (lunr) matches words as written,
  so "phuong" did not find "phường". After the build, every entry of
  ``search/search_index.json`` gets, in a hidden ``<span>``, the diacritic-free form of
  each of its words that has diacritics ("phường" → "phuong", "Đà Nẵng" → "da nang").
  A query typed with or without diacritics then finds the same pages, and the results
  still show the text as written.
* **The JSON Schema at its ``$id``.** ``urbangov.io.json_schema()`` names itself
  ``https://urbangov.readthedocs.io/schema/structure-v1.json``; the build writes the schema
  at that path of the site, so the ``$id`` resolves once the site is published.
* **The command line's chart, rendered.** ``urbangov chart "Hà Nội" --on 2022-07-01`` is
  run at build time and its Mermaid output put on a page, so the browser test proves
  that what the command prints renders.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

#: The command whose output the chart page shows.
CHART_COMMAND = ("chart", "Hà Nội", "--on", "2022-07-01")
#: Mermaid's default limits (``maxEdges``, ``maxTextSize``): past them it draws an error.
MERMAID_MAX_EDGES = 500
MERMAID_MAX_TEXT = 50_000
#: The page the chart goes on, and the class the browser test looks for.
CHART_PAGE = "chart.md"

_WORD = re.compile(r"\w+", re.UNICODE)
_TAG = re.compile(r"<[^>]+>")

# --------------------------------------------------------------------------- search


def fold(text: str) -> str:
    """*text* without diacritics, lower-cased: "Phường Đà Nẵng" → "phuong da nang"."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def folded_words(text: str) -> list[str]:
    """The folded form of each word of *text* (HTML tags ignored) that has diacritics."""
    seen: dict[str, None] = {}
    for word in _WORD.findall(_TAG.sub(" ", text)):
        folded = fold(word)
        if folded != word.lower():
            seen.setdefault(folded, None)
    return list(seen)


def fold_search_index(index: dict[str, Any]) -> dict[str, Any]:
    """The theme's search index with each entry's folded words added, hidden."""
    for doc in index.get("docs", []):
        # the title's folded words go into the title, so that they weigh as much there
        for key in ("title", "text"):
            words = folded_words(doc.get(key) or "")
            if words:
                doc[key] = f'{doc.get(key) or ""} <span hidden>{" ".join(words)}</span>'
    return index


def fold_search(site_dir: Path) -> None:
    """Rewrite the built site's search index so that search folds diacritics."""
    path = site_dir / "search" / "search_index.json"
    if not path.exists():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps(fold_search_index(index), ensure_ascii=False,
                               separators=(",", ":")), encoding="utf-8")


# --------------------------------------------------------------------------- schema


def schema_path(schema_id: str, site_url: str) -> str:
    """Where in the site the schema whose ``$id`` is *schema_id* must be written."""
    site, schema = urlsplit(site_url), urlsplit(schema_id)
    base = site.path.rstrip("/") + "/"
    path = schema.path
    if schema.netloc != site.netloc or not path.startswith(base):
        raise ValueError(f"the schema's $id {schema_id} is not under the site {site_url}")
    return path[len(base):]


def publish_schema(site_dir: Path, site_url: str) -> Path:
    """Write ``urbangov.io.json_schema()`` into *site_dir* at the path of its ``$id``."""
    from urbangov.io import json_schema

    schema = json_schema()
    target = site_dir / schema_path(schema["$id"], site_url)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(schema, ensure_ascii=False, indent=2) + "\n",
                      encoding="utf-8")
    return target


# --------------------------------------------------------------------------- chart


def run_cli(*args: str) -> tuple[int, str, str]:
    """Run ``python -m urbangov ARGS`` and return its exit code, stdout and stderr."""
    done = subprocess.run([sys.executable, "-m", "urbangov", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=300, check=False)
    return done.returncode, done.stdout, done.stderr


def mermaid_edges(chart: str) -> int:
    """How many edges a Mermaid flowchart has (one per ``-->``/``-.->``/``==>`` link)."""
    return len(re.findall(r"--+>|-\.+->|==+>", chart))


def chart_page() -> str:
    """The page that shows the output of ``urbangov chart "Hà Nội" --on 2022-07-01``."""
    command = "urbangov " + " ".join(f'"{a}"' if " " in a else a for a in CHART_COMMAND)
    code, out, err = run_cli(*CHART_COMMAND)
    if code != 0:
        return (f"# Chart: Hà Nội on 2022-07-01\n\n"
                f'<div class="urbangov-chart" data-status="failed"></div>\n\n'
                f"`{command}` failed at build time (exit {code}):\n\n"
                f"```text\n{err.strip() or out.strip()}\n```\n")
    edges, size = mermaid_edges(out), len(out)
    fits = edges <= MERMAID_MAX_EDGES and size <= MERMAID_MAX_TEXT
    status = "ok" if fits else "over-limits"
    note = "" if fits else (
        f'\n!!! warning "Over Mermaid\'s limits"\n    This output has {edges} edges and '
        f"{size} characters; Mermaid draws at most {MERMAID_MAX_EDGES} edges and "
        f"{MERMAID_MAX_TEXT} characters, so the chart below shows Mermaid's error "
        "instead of the units.\n")
    return f"""# Chart: Hà Nội on 2022-07-01

The units of Hà Nội as they stood on 2022-07-01, drawn by the command line:

```console
{command}
```

The build runs this command and puts what it prints below, unchanged
({edges} edges, {size} characters), so that the site's browser test proves the
command's output renders. See [Command line](cli.md) for the command's options.
{note}
<div class="urbangov-chart" data-status="{status}" data-edges="{edges}"></div>

```mermaid
{out.rstrip()}
```
"""
