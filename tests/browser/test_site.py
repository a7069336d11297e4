"""The built docs site, opened in a real (headless) browser.

Run with one command (``docs/contributing.md``)::

    bash tests/browser/run            # builds the site, then runs these tests

``.ci/run`` runs the same script on the site it has just built (``--site DIR``). The
script sets ``URBANGOV_BROWSER_REQUIRED=1``: then a missing browser, driver or site is a
failure, never a skip. Under a plain ``pytest`` (the README's command) these tests skip
unless a site is given in ``URBANGOV_SITE``.

* every page loads without console errors, and every Mermaid diagram renders;
* the Gantt charts of the regimes are legible;
* search folds diacritics: "phuong" finds at least the pages "phường" finds, the ward
  guide first;
* the output of ``urbangov chart "Hà Nội" --on 2022-07-01`` renders;
* the API reference shows no raw Sphinx role; the JSON Schema is served at its ``$id``;
* and the checker itself fails on a site with a broken diagram (a test of the test).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
import sitecheck  # noqa: E402

REQUIRED = os.environ.get("URBANGOV_BROWSER_REQUIRED") == "1"


def _missing(why: str) -> None:
    if REQUIRED:
        pytest.fail(f"{why} (URBANGOV_BROWSER_REQUIRED=1: a browser test must not skip)")
    pytest.skip(f"{why}; run `bash tests/browser/run`")


@pytest.fixture(scope="session")
def tools() -> None:
    if importlib.util.find_spec("selenium") is None:
        _missing("selenium is not installed")
    if sitecheck.find_chromium() is None:
        _missing("chromium and chromium-driver are not installed")


@pytest.fixture(scope="session")
def site(tools: None) -> Path:
    given = os.environ.get("URBANGOV_SITE")
    if not given:
        _missing("no built site (URBANGOV_SITE)")
    path = Path(str(given))
    if not (path / "index.html").exists():
        pytest.fail(f"URBANGOV_SITE={path} is not a built site")
    return path


@pytest.fixture(scope="session")
def driver(tools: None) -> Iterator[Any]:
    with sitecheck.browser() as chrome:
        yield chrome


@pytest.fixture(scope="session")
def base(site: Path) -> Iterator[str]:
    with sitecheck.serve(site) as url:
        yield url


# --------------------------------------------------------------------------- pages


def _chart_status(site: Path) -> str:
    html = (site / "chart" / "index.html").read_text(encoding="utf-8")
    found = re.search(r'class="urbangov-chart" data-status="([a-z-]+)"', html)
    assert found, "the chart page has no status marker"
    return found.group(1)


def test_every_page_loads_without_errors_and_renders_its_diagrams(
        site: Path, base: str, driver: Any) -> None:
    started = time.monotonic()
    reports = [sitecheck.check_page(driver, base, site, page)
               for page in sitecheck.pages(site) if page != "chart/"]
    problems = [f"/{r.path}: {p}" for r in reports for p in r.problems]
    assert len(reports) >= 40
    assert sum(r.diagrams for r in reports) >= 5, "the site lost its diagrams"
    print(f"{len(reports)} pages, {sum(r.diagrams for r in reports)} diagrams, "
          f"{time.monotonic() - started:.1f} s")
    assert not problems, "\n".join(problems)


def test_the_regimes_gantt_charts_are_legible(site: Path, base: str, driver: Any) -> None:
    report = sitecheck.check_page(driver, base, site, "regimes/")
    assert report.diagrams >= 4  # one chart per city, and the national one
    assert not report.problems, report.problems


def test_the_cli_chart_renders(site: Path, base: str, driver: Any) -> None:
    status = _chart_status(site)
    if status == "failed":
        # The command itself failed at build time: `--on` for `urbangov chart` comes with
        # the command-line work of issue #16. Until it lands the page shows the error, and
        # only this case is excused; output over Mermaid's limits ("over-limits") fails.
        pytest.xfail("`urbangov chart ... --on` is not available in this build yet")
    report = sitecheck.check_page(driver, base, site, "chart/")
    assert report.diagrams == 1
    assert not report.problems, report.problems


# --------------------------------------------------------------------------- search


def test_search_folds_diacritics(site: Path, base: str, driver: Any) -> None:
    plain, plain_pages = sitecheck.search(driver, base, "phuong")
    marked, marked_pages = sitecheck.search(driver, base, "phường")
    # before folding: 6 pages for "phuong", 24 for "phường"
    assert marked >= 20, marked
    assert plain >= marked, (plain, marked)
    # the ward guide is the first result either way
    assert plain_pages[:1] == marked_pages[:1] == ["units-over-time/"], (
        plain_pages[:3], marked_pages[:3])


def test_the_search_index_has_folded_words(site: Path) -> None:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    folded = [d for d in index["docs"] if "<span hidden>" in d["text"]]
    assert folded
    # every entry that has "phường" also has "phuong": the query finds a superset
    for doc in index["docs"]:
        for key in ("title", "text"):
            if "phường" in doc[key].lower():
                assert "phuong" in doc[key].rsplit("<span hidden>", 1)[1], doc["location"]


# --------------------------------------------------------------------------- static


def test_the_api_reference_has_no_raw_sphinx_role(site: Path) -> None:
    role = re.compile(r":(?:class|func|meth|attr|data|mod|exc|obj|const):(?:<code>|`)")
    for page in sorted((site / "reference").rglob("index.html")):
        html = page.read_text(encoding="utf-8")
        assert not role.search(html), f"{page.relative_to(site)} shows a raw Sphinx role"
        assert "<blockquote>\n<blockquote>" not in html, f"{page} shows doctests as quotes"
    package = (site / "reference" / "urbangov" / "index.html").read_text(encoding="utf-8")
    assert 'class="language-pycon' in package or "highlight" in package


def test_the_json_schema_is_published_at_its_id(site: Path, base: str) -> None:
    from urllib.request import urlopen

    from urbangov.io import json_schema

    schema = json_schema()
    path = schema["$id"].split("urbangov.readthedocs.io/", 1)[1]
    with urlopen(base + path, timeout=30) as response:  # the local server
        served = json.loads(response.read().decode("utf-8"))
    assert served == schema


# --------------------------------------------------------------------------- the checker


MKDOCS_YML = """\
site_name: broken-diagram
theme:
  name: material
  font: false
extra_javascript:
  - assets/vendor/mermaid.min.js
markdown_extensions:
  - pymdownx.superfences:
      custom_fences:
        - name: mermaid
          class: mermaid
          format: !!python/name:pymdownx.superfences.fence_code_format
plugins:
  - search
"""

GOOD = "# Good\n\n```mermaid\nflowchart TD\n  a --> b\n```\n"
BROKEN = "# Broken\n\n```mermaid\nflowchart TD\n  a -->> b ((( ]]\n```\n"


def test_the_checker_fails_on_a_broken_diagram(tools: None, tmp_path: Path) -> None:
    if importlib.util.find_spec("mkdocs") is None:
        _missing("mkdocs is not installed (pip install '.[docs]')")
    docs = tmp_path / "docs"
    (docs / "assets" / "vendor").mkdir(parents=True)
    vendored = ROOT / "docs" / "assets" / "vendor" / "mermaid.min.js"
    (docs / "assets" / "vendor" / "mermaid.min.js").write_bytes(vendored.read_bytes())
    (docs / "index.md").write_text(GOOD, encoding="utf-8")
    (docs / "broken.md").write_text(BROKEN, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(textwrap.dedent(MKDOCS_YML), encoding="utf-8")
    built = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir",
                            str(tmp_path / "site")], cwd=tmp_path, capture_output=True,
                           text=True, timeout=300, check=False)
    assert built.returncode == 0, built.stderr
    reports = {r.path: r for r in sitecheck.check_site(tmp_path / "site")}
    assert reports[""].diagrams == 1
    assert not reports[""].problems, reports[""].problems
    broken = reports["broken/"]
    assert broken.diagrams == 1
    assert broken.problems, "the checker passed a page whose diagram does not render"
    assert any("not rendered" in p or "Mermaid" in p for p in broken.problems)
    # and the command-line checker exits non-zero on that site
    assert sitecheck.main([str(tmp_path / "site")]) == 1
