"""The documentation works: its code runs, its legal pages are complete, its API is.

* every ```python block in ``docs/**/*.md`` runs (per page, in order, in one fresh
  namespace), except one preceded by a visible ``<!-- skip-test -->`` line;
* every example script runs;
* every rule of the registry appears on the generated legal-basis pages;
* every public name has a docstring and a place in the API reference;
* the doctests of every public module pass.

Paths are taken from the repository root, so the tests run from any directory and
against an installed (non-editable) package.
"""

from __future__ import annotations

import doctest
import importlib
import inspect
import pkgutil
import re
import subprocess
import sys
import types
from pathlib import Path

import pytest

import urbangov

from .conftest import DOCS, EXAMPLES, SKIP_MARKER, load_hook, python_blocks, run_blocks

# --------------------------------------------------------------------------- pages

PAGES = sorted(p for p in DOCS.rglob("*.md") if "_hooks" not in p.relative_to(DOCS).parts)


def _id(path: Path) -> str:
    return str(path.relative_to(DOCS))


def test_the_docs_have_pages() -> None:
    assert (DOCS / "index.md") in PAGES
    assert len(PAGES) >= 10


@pytest.mark.parametrize("page", PAGES, ids=_id)
def test_python_blocks_run(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hook = load_hook()
    if not all(hook.importable(need) for path, need in hook.TUTORIAL_NEEDS.items()
               if page == DOCS / path):
        pytest.skip("the module this tutorial needs is not installed")
    run_blocks(page.read_text(encoding="utf-8"), _id(page))


@pytest.mark.parametrize("page", PAGES, ids=_id)
def test_skip_markers_are_rare_and_visible(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    skipped = [line for line, _code, skip in python_blocks(text) if skip]
    assert len(skipped) <= 1, f"{_id(page)} skips blocks at lines {skipped}"
    markers = sum(1 for line in text.splitlines() if line.strip() == SKIP_MARKER)
    assert markers == len(skipped), "a skip marker not right before a python block"


def test_the_block_reader_honours_the_skip_marker() -> None:
    text = ("```python\nx = 1\n```\n\n<!-- skip-test -->\n```python\nraise SystemExit\n```\n"
            "```console\n$ urbangov check\n```\n    ```python\n    y = x + 1\n    ```\n")
    blocks = python_blocks(text)
    assert [(code, skip) for _line, code, skip in blocks] == [
        ("x = 1", False), ("raise SystemExit", True), ("y = x + 1", False)]
    assert run_blocks(text, "sample")["y"] == 2


def test_the_install_commands_are_the_readme_quickstart() -> None:
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    install = index.split("## Install", 1)[1].split("```console\n", 1)[1].split("```", 1)[0]
    commands = [line.strip() for line in install.splitlines() if line.strip()]
    assert commands == ['pip install . && urbangov check examples/gia_thuy_2022.toml',
                        'pip install ".[test]" && pytest']
    for command in commands:
        assert command in readme


# --------------------------------------------------------------------------- generated


def _generated() -> dict[str, str]:
    return load_hook().generated_pages()  # type: ignore[no-any-return]


def test_generated_pages_have_their_python_blocks_run() -> None:
    for path, text in _generated().items():
        run_blocks(text, path)


def test_every_rule_is_on_the_legal_basis_pages() -> None:
    hook = load_hook()
    codes = {r.code for r in urbangov.rules()}
    page = hook.rules_page()
    headed = set(re.findall(r"^## (UG-[A-Z0-9-]+) \{#", page, re.MULTILINE))
    assert headed == codes
    for rule in urbangov.rules():
        entry = hook.rule_entry(rule)
        assert rule.statement in entry
        assert rule.term in entry
        for regime, provision, _confidence in rule.provisions():
            assert f"(regimes/{regime.key}.md)" in entry
            assert str(provision) in entry


def test_every_rule_on_a_regime_page_reads_a_fact_of_that_regime() -> None:
    hook = load_hook()
    listed: set[str] = set()
    for regime in urbangov.regimes.regimes():
        page = hook.regime_page(regime)
        codes = set(re.findall(r"\[`(UG-[A-Z0-9-]+)`\]", page))
        listed |= codes
        assert codes == {r.code for r in hook.rules_reading(regime)}
    assert listed == {r.code for r in urbangov.rules() if r.facts}


def test_every_regime_fact_is_on_its_page() -> None:
    hook = load_hook()
    for regime in urbangov.regimes.regimes():
        page = hook.regime_page(regime)
        assert regime.period.start.isoformat() in page
        assert regime.vietnamese in page
        for fact, _kind, cited in regime.rows():
            assert fact.question.replace("|", "\\|") in page
            assert str(cited.provision) in page
        for inst in regime.instruments:
            assert str(inst) in page


def test_the_sources_page_lists_the_whole_catalogue() -> None:
    page = load_hook().sources_page()
    for inst in urbangov.catalogue():
        assert f"**{inst.identifier}**" in page


def test_the_glossary_lists_every_term() -> None:
    hook = load_hook()
    tables = hook.glossary_tables()
    for enum_type in hook.GLOSSARY_ENUMS:
        for member in enum_type:
            assert f"`{enum_type.__name__}.{member.name}`" in tables
            assert member.english.replace("|", "\\|") in tables
    hand = (DOCS / "glossary.md").read_text(encoding="utf-8")
    for abbreviation in ("HĐND", "UBND", "MTTQ", "QH14", "NĐ-CP", "TTg", "UBTVQH", "TW",
                         "QU", "QĐ-UBND", "KH-UBND"):
        assert abbreviation in hand + tables, abbreviation


def test_the_timeline_has_every_regime() -> None:
    hook = load_hook()
    chart = hook.timeline_mermaid()
    assert chart.startswith("```mermaid") and "\ngantt\n" in chart
    for regime in urbangov.regimes.regimes():
        assert f":{regime.key}, {regime.period.start.isoformat()}," in chart


def test_every_placeholder_in_the_pages_is_known() -> None:
    hook = load_hook()
    for page in PAGES:
        for name in hook.PLACEHOLDER.findall(page.read_text(encoding="utf-8")):
            assert hook.fill(name)


# --------------------------------------------------------------------------- examples

SCRIPTS = sorted(EXAMPLES.glob("*.py"))


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_example_runs(script: Path) -> None:
    done = subprocess.run([sys.executable, str(script)], cwd=EXAMPLES.parent,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


# --------------------------------------------------------------------------- API


def _public_modules() -> list[str]:
    names = ["urbangov"]
    for info in pkgutil.walk_packages(urbangov.__path__, "urbangov."):
        if not any(part.startswith("_") for part in info.name.split(".")):
            names.append(info.name)
    return sorted(names)


def _importable(name: str) -> types.ModuleType | None:
    try:
        module = importlib.import_module(name)
    except ImportError as error:
        # a module whose optional extra is missing (strategies needs hypothesis)
        if error.name and not error.name.startswith("urbangov"):
            return None
        raise
    return module if getattr(module, "__file__", None) else None


MODULES = [m for m in _public_modules() if _importable(m) is not None]


def test_the_core_modules_are_public() -> None:
    assert {"urbangov", "urbangov.time", "urbangov.law", "urbangov.terms",
            "urbangov.structure", "urbangov.regimes", "urbangov.validation",
            "urbangov.data"} <= set(MODULES)


def _reference_text() -> str:
    hook = load_hook()
    pages = [p.read_text(encoding="utf-8") for p in (DOCS / "reference").glob("*.md")]
    pages += [text for path, text in hook.generated_pages().items()
              if path.startswith("reference/")]
    return "\n".join(pages)


@pytest.mark.parametrize("name", MODULES)
def test_every_public_module_has_a_reference_page(name: str) -> None:
    assert re.search(rf"^::: {re.escape(name)}$", _reference_text(), re.MULTILINE)


@pytest.mark.parametrize("name", MODULES)
def test_every_public_name_has_a_docstring(name: str) -> None:
    module = importlib.import_module(name)
    assert inspect.getdoc(module), f"{name} has no docstring"
    exported = getattr(module, "__all__", None)
    assert exported is not None, f"{name} has no __all__"
    missing = []
    for attr in exported:
        obj = getattr(module, attr)
        doc = type(obj).__doc__ if _is_enum_member(obj) else inspect.getdoc(obj)
        if not doc:
            missing.append(attr)
    assert not missing, f"{name}: no docstring for {missing}"


def _is_enum_member(obj: object) -> bool:
    import enum

    return isinstance(obj, enum.Enum)


def test_every_name_of_the_package_is_in_the_api_index() -> None:
    hook = load_hook()
    index = hook.api_index()
    for name in urbangov.__all__:
        assert f"`{name}`" in index
        obj = getattr(urbangov, name)
        if not isinstance(obj, types.ModuleType):
            home = hook.home_of(name)
            assert home in MODULES, f"{name} is exported by no public module"
            assert f"[{home}.{name}]" in index


def test_the_package_page_lists_the_public_names() -> None:
    page = (DOCS / "reference" / "urbangov.md").read_text(encoding="utf-8")
    assert "::: urbangov" in page
    assert "<!-- urbangov:api-index -->" in page


# --------------------------------------------------------------------------- doctests

FLAGS = doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=FLAGS, verbose=False, report=True)
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"


# --------------------------------------------------------------------------- site (issue #16)


def _site_module():  # type: ignore[no-untyped-def]
    load_hook()
    import urbangov_docs_site  # type: ignore[import-not-found]  # loaded by the hook

    return urbangov_docs_site


def test_search_folding_drops_vietnamese_diacritics() -> None:
    site = _site_module()
    assert site.fold("Phường Đà Nẵng, Thụy") == "phuong da nang, thuy"
    assert site.folded_words("<p>Phường <code>Gia Thụy</code> ward</p>") == ["phuong", "thuy"]
    index = {"docs": [{"location": "x/", "title": "Phường", "text": "<p>xã phường</p>"},
                      {"location": "y/", "title": "Ward", "text": "plain"}]}
    folded = site.fold_search_index(index)["docs"]
    assert folded[0]["title"] == "Phường <span hidden>phuong</span>"
    assert folded[0]["text"].endswith("<span hidden>xa phuong</span>")
    assert folded[1] == {"location": "y/", "title": "Ward", "text": "plain"}


def test_the_schema_is_published_at_the_path_of_its_id(tmp_path: Path) -> None:
    import json

    site = _site_module()
    assert site.schema_path("https://urbangov.readthedocs.io/schema/structure-v1.json",
                            "https://urbangov.readthedocs.io/") == "schema/structure-v1.json"
    with pytest.raises(ValueError):
        site.schema_path("https://example.org/s.json", "https://urbangov.readthedocs.io/")
    written = site.publish_schema(tmp_path, "https://urbangov.readthedocs.io/")
    assert written == tmp_path / "schema" / "structure-v1.json"
    assert json.loads(written.read_text(encoding="utf-8")) == urbangov.io.json_schema()


def test_the_chart_page_shows_the_command_output_or_why_not() -> None:
    site = _site_module()
    page = site.chart_page()
    assert 'urbangov chart "Hà Nội" --on 2022-07-01' in page
    status = re.search(r'data-status="([a-z-]+)"', page)
    assert status and status.group(1) in ("ok", "over-limits", "failed")
    if status.group(1) != "failed":
        assert "```mermaid\nflowchart" in page
    assert site.mermaid_edges("flowchart TD\n  a --> b\n  b -.-> c\n  c ==> d\n") == 3


def test_sphinx_roles_become_cross_references_in_the_api_index() -> None:
    hook = load_hook()
    index = hook.api_index()
    assert not re.search(r":(class|func|meth|attr|data|mod|exc):`", index)
    assert "[`who_may`][urbangov.authority.who_may]" in index


def test_the_timeline_is_one_legible_gantt_per_city() -> None:
    chart = load_hook().timeline_mermaid()
    assert chart.count("```mermaid") == 4
    assert chart.count('"useWidth": ') == 4
    for city in ("Hà Nội", "TP Hồ Chí Minh", "Đà Nẵng", "National"):
        assert f"    title {city}\n" in chart


def test_every_instrument_has_an_english_title_on_the_sources_page() -> None:
    page = load_hook().sources_page()
    for inst in urbangov.catalogue():
        assert inst.title_en, f"{inst.identifier} has no English title"
        assert inst.title_en.isascii() or "–" in inst.title_en
        assert f"*{inst.title_en.replace('|', chr(92) + '|')}*" in page
