"""Open a built docs site in headless Chromium and report what a reader would see broken.

``python tests/browser/sitecheck.py SITE_DIR`` prints one line per problem and exits 1
if there is any. ``tests/browser/test_site.py`` runs the same checks under pytest.

The browser is Debian's ``chromium`` driven through Debian's ``chromium-driver`` by
Selenium (Apache-2.0): the driver matches the browser's version by construction, and
nothing is downloaded at run time (Selenium Manager is not used when both paths are
given).  The site is served from a local HTTP server on 127.0.0.1 (a web worker, which
the theme's search uses, cannot load from ``file://``).

Per page:

* no error in the browser console, and no uncaught error or rejected promise;
* every Mermaid diagram (``<pre class="mermaid">`` in the built HTML) rendered: the theme
  replaces each with a ``<div class="mermaid">`` holding an ``<svg>`` and no error text
  ("Syntax error", "Maximum text size", "Too many edges");
* every Gantt chart legible: no task or section label drawn smaller than
  ``MIN_LABEL_PX`` or cut off at the chart's edge.

And search: typing a query into the theme's search box lists the pages it finds.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import os
import shutil
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: The smallest height (CSS px) a Gantt label may be drawn at and still be read.
MIN_LABEL_PX = 9.0
#: How long a page may take to render its diagrams (a 1,000-node flowchart takes a few
#: seconds on a loaded 2-core machine).
RENDER_TIMEOUT = 60.0

# The theme renders each diagram into a *closed* shadow root; opening them lets the
# check see the SVG.  Errors the page does not catch are collected too.
_PRELUDE = """
(() => {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    return attach.call(this, Object.assign({}, init, {mode: "open"}));
  };
  window.__ugErrors = [];
  window.addEventListener("error", e => window.__ugErrors.push(String(e.message)));
  window.addEventListener("unhandledrejection",
    e => window.__ugErrors.push("unhandled rejection: " + String(e.reason)));
})();
"""

_DIAGRAMS = """
const out = {pending: document.querySelectorAll("pre.mermaid").length, rendered: [],
             errors: [...window.__ugErrors]};
for (const host of document.querySelectorAll("div.mermaid")) {
  const root = host.shadowRoot || host;
  const svg = root.querySelector("svg");
  const item = {svg: !!svg, text: svg ? svg.textContent.slice(0, 2000) : "",
                kind: svg ? (svg.getAttribute("aria-roledescription") || "") : "",
                labels: []};
  if (svg && item.kind === "gantt") {
    const frame = svg.getBoundingClientRect();
    for (const t of svg.querySelectorAll(
        "text.taskText, text.taskTextOutsideRight, text.taskTextOutsideLeft, text.sectionTitle")) {
      const box = t.getBoundingClientRect();
      const inside = box.left >= frame.left - 1 && box.right <= frame.right + 1;
      if (box.width > 0) item.labels.push([t.textContent, box.height, inside]);
    }
  }
  out.rendered.push(item);
}
// Mermaid leaves a failed render's error graphic in the body, outside any diagram.
out.stray = [...document.querySelectorAll(
    "body > div[id^='d__mermaid'], body > svg[id^='__mermaid']")]
  .map(e => e.textContent.slice(0, 300));
return out;
"""

_ERROR_TEXT = ("Syntax error", "Maximum text size", "Too many edges", "Parse error")


def find_chromium() -> tuple[str, str] | None:
    """(browser, driver) paths: Debian's chromium and chromedriver, or None."""
    browser = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which(
        "chromium-browser")
    driver = os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver")
    if browser and driver:
        return browser, driver
    return None


@dataclass
class PageReport:
    """What one page showed."""

    path: str
    diagrams: int = 0
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0


@contextlib.contextmanager
def serve(site_dir: Path) -> Iterator[str]:
    """Serve *site_dir* on 127.0.0.1 (a free port) for the duration; yield its base URL."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def browser() -> Iterator[Any]:
    """A headless Chromium (Selenium WebDriver) with console logging and the prelude."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    found = find_chromium()
    if found is None:
        raise RuntimeError("chromium and chromedriver not found (apt-get install chromium "
                           "chromium-driver)")
    binary, driver_path = found
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--disable-extensions", "--no-first-run"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium Manager download
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    try:
        driver.set_page_load_timeout(120)
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": _PRELUDE})
        yield driver
    finally:
        driver.quit()


def pages(site_dir: Path) -> list[str]:
    """Every page of the built site, as a path relative to its root ("", "glossary/")."""
    found = []
    for index in sorted(site_dir.rglob("index.html")):
        rel = index.parent.relative_to(site_dir).as_posix()
        found.append("" if rel == "." else rel + "/")
    return found


def expected_diagrams(site_dir: Path, page: str) -> int:
    """How many Mermaid diagrams the built HTML of *page* has."""
    html = (site_dir / page / "index.html").read_text(encoding="utf-8")
    return html.count('<pre class="mermaid">')


def _console_errors(driver: Any) -> list[str]:
    errors = []
    for entry in driver.get_log("browser"):
        if entry.get("level") == "SEVERE":
            errors.append(str(entry.get("message", ""))[:300])
    return errors


def check_page(driver: Any, base: str, site_dir: Path, page: str) -> PageReport:
    """Load *page* and report console errors, unrendered diagrams, illegible charts."""
    report = PageReport(page, diagrams=expected_diagrams(site_dir, page))
    start = time.monotonic()
    driver.get(base + page)
    state: dict[str, Any] = {}
    deadline = time.monotonic() + RENDER_TIMEOUT
    while True:
        ready = driver.execute_script("return document.readyState") == "complete"
        state = driver.execute_script(_DIAGRAMS)
        done = len(state["rendered"]) >= report.diagrams and state["pending"] == 0
        if ready and (done or state["stray"] or state["errors"]):
            break
        if time.monotonic() > deadline:
            break
        time.sleep(0.2)
    time.sleep(0.3)  # let a late error reach the console
    state = driver.execute_script(_DIAGRAMS)
    report.seconds = time.monotonic() - start
    for message in _console_errors(driver) + state["errors"]:
        report.problems.append(f"console error: {message}")
    rendered = state["rendered"]
    if state["pending"] or len(rendered) < report.diagrams:
        report.problems.append(
            f"{report.diagrams - len(rendered)} of {report.diagrams} Mermaid diagram(s) "
            "not rendered")
    for stray in state["stray"]:
        report.problems.append(f"Mermaid error: {stray.strip()[:200]}")
    for number, item in enumerate(rendered, 1):
        if not item["svg"]:
            report.problems.append(f"diagram {number}: no <svg>")
        bad = next((e for e in _ERROR_TEXT if e in item["text"]), None)
        if bad:
            report.problems.append(f"diagram {number}: Mermaid shows {bad!r}")
        small = [(text, round(h, 1)) for text, h, _in in item["labels"] if h < MIN_LABEL_PX]
        if small:
            report.problems.append(f"diagram {number} (gantt): {len(small)} label(s) drawn "
                                   f"under {MIN_LABEL_PX} px, e.g. {small[0]}")
        cut = [text for text, _h, inside in item["labels"] if not inside]
        if cut:
            report.problems.append(f"diagram {number} (gantt): {len(cut)} label(s) cut off "
                                   f"at the chart's edge, e.g. {cut[0]!r}")
    return report


def search(driver: Any, base: str, query: str) -> tuple[int, list[str]]:
    """Type *query* into the site's search box: (matching documents, result links)."""
    from selenium.webdriver.common.by import By

    driver.get(base)
    driver.execute_script("document.querySelector('label[for=\"__search\"]').click()")
    box = driver.find_element(By.CSS_SELECTOR, "input.md-search__input")
    deadline = time.monotonic() + RENDER_TIMEOUT
    # the index loads in a web worker: the box says so until it is ready
    while time.monotonic() < deadline:
        box.clear()
        box.send_keys(query)
        time.sleep(0.5)
        meta = driver.find_element(By.CSS_SELECTOR, ".md-search-result__meta").text
        digits = "".join(c for c in meta.split(" ")[0] if c.isdigit())
        if digits or meta.lower().startswith("no matching"):
            total = int(digits) if digits else 0
            return total, _all_results(driver, base, total)
        time.sleep(0.5)
    raise TimeoutError(f"search for {query!r} gave no result count")


def _all_results(driver: Any, base: str, total: int) -> list[str]:
    """The pages of the results the theme lists (it shows the first ones, more on scroll)."""
    from selenium.webdriver.common.by import By

    links: list[str] = []
    for _attempt in range(5):
        items = driver.find_elements(By.CSS_SELECTOR, "li.md-search-result__item")
        found = [(i.find_element(By.CSS_SELECTOR, "a").get_attribute("href") or "")
                 for i in items]
        if len(found) == len(links) and links:
            break
        links = found
        if len(links) >= total or not items:
            break
        driver.execute_script(
            "const w = document.querySelector('.md-search__scrollwrap');"
            "w.scrollTop = w.scrollHeight; w.dispatchEvent(new Event('scroll'));")
        time.sleep(0.3)
    return [link[len(base):].split("?")[0].split("#")[0] for link in links]


def check_site(site_dir: Path, only: list[str] | None = None) -> list[PageReport]:
    """Open every page of the built site at *site_dir* (or only those listed)."""
    reports = []
    with serve(site_dir) as base, browser() as driver:
        for page in only if only is not None else pages(site_dir):
            reports.append(check_page(driver, base, site_dir, page))
    return reports


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python tests/browser/sitecheck.py SITE_DIR", file=sys.stderr)
        return 2
    site_dir = Path(args[0])
    started = time.monotonic()
    reports = check_site(site_dir)
    problems = [(r.path, p) for r in reports for p in r.problems]
    for path, problem in problems:
        print(f"/{path}: {problem}")
    print(json.dumps({"pages": len(reports), "diagrams": sum(r.diagrams for r in reports),
                      "problems": len(problems),
                      "seconds": round(time.monotonic() - started, 1)}))
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
