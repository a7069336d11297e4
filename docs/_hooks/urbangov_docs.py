"""MkDocs hook: the legal pages, glossary, timeline and API index, generated at build time.

Nothing on these pages is written twice by hand: every regime, fact, rule, instrument
and term comes from the library's own registry and tables (``urbangov.regimes``,
``urbangov.rules()``, ``urbangov.law.catalogue()``, ``urbangov.terms``).

The generator functions (``regime_page``, ``rules_page``, ...) return Markdown and
import nothing from MkDocs, so ``tests/docs`` can call them without MkDocs installed.
The hook functions (``on_config``, ``on_files``, ``on_page_markdown``) import MkDocs
lazily.

Generated pages:

* ``regimes.md`` — the regimes overview (timeline and one table per regime);
* ``legal/index.md`` — the legal basis, by regime and by rule;
* ``legal/regimes/<key>.md`` — one page per regime;
* ``legal/rules.md`` — one entry per rule of the registry;
* ``legal/sources.md`` — the instrument catalogue;
* ``reference/<module>.md`` — an API page for every public module without a
  hand-written page.

Placeholders filled in hand-written pages (an HTML comment alone on its line):
``urbangov:timeline``, ``urbangov:medium``, ``urbangov:glossary``,
``urbangov:changelog``, ``urbangov:api-index``.
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
import logging
import pkgutil
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import urbangov
from urbangov import law, terms
from urbangov.law import Confidence, Instrument, Provision
from urbangov.regimes import Cited, Fact, Regime, regimes
from urbangov.terms import UnitKind

log = logging.getLogger("mkdocs.hooks.urbangov")

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"

#: Where each regime's city is named in the docs (GSO code → name).
CITY_NAMES = {"01": "Hà Nội", "79": "TP Hồ Chí Minh", "48": "Đà Nẵng", None: "National"}

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


# --------------------------------------------------------------------------- helpers


def cell(value: object) -> str:
    """Text safe inside a Markdown table cell."""
    return str(value).replace("|", "\\|").replace("\n", " ")


def show(value: Any) -> str:
    """A regime value in words: enums by English name with the Vietnamese term."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, enum.Enum):
        english = getattr(value, "english", None)
        vietnamese = getattr(value, "vietnamese", None)
        if english and vietnamese and english != vietnamese:
            return f"{english} (*{vietnamese}*)"
        return str(english or value.value)
    if isinstance(value, frozenset | set):
        return ", ".join(sorted(show(v) for v in value)) or "none"
    if isinstance(value, tuple):
        return " or ".join(show(v) for v in value) or "none"
    if isinstance(value, Mapping):
        return "; ".join(f"{getattr(k, 'english', k)}: {show(v)}" for k, v in value.items())
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Instrument):
        return str(value)
    return str(value)


def day(value: dt.date | None, open_text: str = "—") -> str:
    return open_text if value is None else value.isoformat()


def city_name(regime: Regime) -> str:
    return CITY_NAMES.get(regime.city, regime.city or "National")


def cite(provision: Provision) -> str:
    """A provision in Vietnamese, with the English pin-cite after it."""
    return f"{provision} <br><small>{provision.english}</small>"


def grouped_rows(regime: Regime) -> list[tuple[Fact, list[UnitKind], Cited]]:
    """The regime's facts, one row per (fact, cited answer) with the kinds it covers."""
    rows: dict[tuple[Fact, int], tuple[Fact, list[UnitKind], Cited]] = {}
    order: list[tuple[Fact, int]] = []
    for fact, kind, cited in regime.rows():
        key = (fact, id(cited))
        match = next((k for k in order if k[0] is fact and rows[k][2] == cited), None)
        if match is None:
            rows[key] = (fact, [kind], cited)
            order.append(key)
        else:
            rows[match][1].append(kind)
    ordered = sorted(order, key=lambda k: list(Fact).index(k[0]))
    return [rows[k] for k in ordered]


def kinds_text(kinds: Iterable[UnitKind]) -> str:
    return ", ".join(k.vietnamese for k in sorted(kinds, key=list(UnitKind).index))


def regime_link(regime: Regime, base: str = "") -> str:
    return f"[{regime.name}]({base}{regime.key}.md)"


# --------------------------------------------------------------------------- timeline


def _gantt_label(text: str) -> str:
    # ':' separates fields and '#', ';' end a task line in Mermaid's Gantt syntax.
    return re.sub(r"[:#;]", " ", text)


def timeline_mermaid(open_until: dt.date = dt.date(2026, 7, 1)) -> str:
    """The regimes as a Mermaid Gantt chart, one section per city, from the data.

    An open-ended regime is drawn up to *open_until* (its bar is marked "open").
    """
    lines = ["```mermaid",
             '%%{init: {"gantt": {"fontSize": 14, "sectionFontSize": 14, "barHeight": 26, '
             '"barGap": 6, "leftPadding": 120, "topPadding": 40}}}%%',
             "gantt", "    dateFormat YYYY-MM-DD", "    axisFormat %Y", "    tickInterval 1year",
             "    todayMarker off", "    title Regimes of urban government, by city"]
    by_city: dict[str | None, list[Regime]] = {}
    for regime in regimes():
        by_city.setdefault(regime.city, []).append(regime)
    for code in ("01", "79", "48", None):
        if code not in by_city:
            continue
        lines.append(f"    section {CITY_NAMES[code]}")
        for regime in sorted(by_city[code], key=lambda r: r.period.start):
            end = regime.period.end or open_until
            label = regime.name + ("" if regime.period.end else " (open)")
            lines.append(f"    {_gantt_label(label)} :{regime.key}, "
                         f"{regime.period.start.isoformat()}, {end.isoformat()}")
    lines.append("```")
    return "\n".join(lines)


def timeline_table(base: str = "legal/regimes/") -> str:
    """The regimes as a table: city, first and last day, instruments."""
    out = ["| City | Regime | First day | Last day | Rests on |", "|---|---|---|---|---|"]
    for regime in sorted(regimes(), key=lambda r: (r.period.start, r.city or "99")):
        instruments = ", ".join(i.identifier for i in regime.instruments)
        out.append(f"| {city_name(regime)} | {regime_link(regime, base)} | "
                   f"{regime.period.start.isoformat()} | {day(regime.period.last, 'open')} | "
                   f"{cell(instruments)} |")
    return "\n".join(out)


# --------------------------------------------------------------------------- regimes


def fact_table(regime: Regime) -> str:
    """Every fact of *regime*: question, kinds, value, provision, confidence, note."""
    out = ["| Question | Unit kinds | Value | Provision | Confidence | Note |",
           "|---|---|---|---|---|---|"]
    for fact, kinds, cited in grouped_rows(regime):
        out.append(f"| {cell(fact.question)} <br>`{fact.value}` | {kinds_text(kinds)} | "
                   f"{cell(show(cited.value))} | {cite(cited.provision)} | "
                   f"{cited.confidence.value} | {cell(cited.note or '')} |")
    return "\n".join(out)


def instrument_table(instruments: Iterable[Instrument]) -> str:
    out = ["| Instrument | Issuer | Signed | In force from | Ends (first day without effect) |",
           "|---|---|---|---|---|"]
    for inst in instruments:
        title = f" — {inst.title}" if inst.title else ""
        out.append(f"| {cell(str(inst) + title)} | {cell(inst.issuer or '')} | "
                   f"{day(inst.signed)} | {day(inst.effective)} | {day(inst.ends)} |")
    return "\n".join(out)


def rules_reading(regime: Regime) -> list[urbangov.Rule]:
    """The rules that read at least one fact this regime states."""
    stated = {fact for fact, _kind in regime.facts}
    return [r for r in urbangov.rules() if stated & set(r.facts)]


def regime_page(regime: Regime) -> str:
    """The page of one regime: its summary, instruments, facts and the rules on them."""
    kinds = kinds_text(regime.kinds)
    rules = rules_reading(regime)
    example_fact, example_kind = next(iter(regime.facts))
    rule_lines = "\n".join(f"- [`{r.code}`](../rules.md#{r.code.lower()}): {r.statement}"
                           for r in rules) or "- (none)"
    return f"""# {regime.name}

*{regime.vietnamese}*

| | |
|---|---|
| Key | `{regime.key}` |
| City | {city_name(regime)}{f" (GSO code `{regime.city}`)" if regime.city else ""} |
| First day | {regime.period.start.isoformat()} |
| Last day | {day(regime.period.last, "open (still in force)")} |
| Governs | {kinds} |

{regime.summary}

```python
from urbangov.regimes import Fact, regimes
from urbangov.terms import UnitKind

regime = next(r for r in regimes() if r.key == "{regime.key}")
print(regime.explain(Fact.{example_fact.name}, UnitKind.{example_kind.name}))
```

## Instruments

{instrument_table(regime.instruments)}

## Facts

Each row is one answer of the regime, with the provision that sets it and how sure
the reading is ([what the confidence levels mean](../index.md#confidence)). Ask for
one with `regime.explain(Fact.X, unit)`.

{fact_table(regime)}

## Rules that read these facts

{rule_lines}
"""


def regimes_overview() -> str:
    """The "Regimes" page: the timeline and one table per regime, from the data."""
    parts = ["""# Regimes

A **regime** is the law in force for some kinds of unit of one city (or, for the
national regimes, everywhere else) over a period of days. Each regime answers the same
questions (`urbangov.regimes.Fact`) with values that differ; every value carries the
provision it comes from. `ug.regime_for(unit, on=day)` picks the one in force: the
city's own regime where it governs that kind of unit, else the national one.

This page is generated from `urbangov.regimes.regimes()` when the site is built.

""", timeline_mermaid(), "", timeline_table(), "",
             "Dates are inclusive (*last day* is the last day the regime applied). "
             "In code, `regime.period` is half-open: `period.end` is the first day "
             "*after* the regime.", ""]
    for regime in regimes():
        parts += [f"## {regime.name}", "",
                  f"*{regime.vietnamese}* — {city_name(regime)}, "
                  f"{regime.period.start.isoformat()} to "
                  f"{day(regime.period.last, 'open')}. "
                  f"[Full page](legal/regimes/{regime.key}.md).", "",
                  regime.summary, "", fact_table(regime), ""]
    return "\n".join(parts)


# --------------------------------------------------------------------------- rules


def rule_entry(rule: urbangov.Rule, regime_base: str = "regimes/") -> str:
    """One rule: code, statement, term, principal provision, confidence, per regime."""
    try:
        principal = f"{cite(rule.provision)}"
        confidence = rule.confidence.value
    except IndexError:  # a rule over facts no regime states yet
        principal, confidence = "(no regime states its facts)", "—"
    backing = rule.provisions()
    if backing:
        rows = ["| Regime | Provision | Confidence |", "|---|---|---|"]
        rows += [f"| {regime_link(regime, regime_base)} | {cite(provision)} | "
                 f"{conf.value} |" for regime, provision, conf in backing]
        per_regime = "\n".join(rows)
    else:
        per_regime = ("Not backed by a regime fact: the rule names its own provision and "
                      "applies under every regime.")
    facts = ", ".join(f"`{f.value}`" for f in rule.facts) or "none"
    return f"""## {rule.code} {{#{rule.code.lower()}}}

{rule.statement}

| | |
|---|---|
| Vietnamese term | *{rule.term}* |
| Principal provision | {principal} |
| Confidence | {confidence} |
| Severity | {rule.severity.value} |
| Needs the regime of a date | {"yes" if rule.needs_regime else "no"} |
| Regime facts read | {facts} |

{per_regime}
"""


def rules_page() -> str:
    """Every rule of the registry (``urbangov.rules()``), with its provisions."""
    index = "\n".join(f"| [`{r.code}`](#{r.code.lower()}) | {cell(r.statement)} | *{r.term}* |"
                      for r in urbangov.rules())
    entries = "\n".join(rule_entry(r) for r in urbangov.rules())
    return f"""# Rules

Every invariant urbangov checks is a rule in one registry (`urbangov.rules()`). The
same check runs when a structure is built (raising `InvariantError` with every
error at once) and in `validate()` (returning a `Report`). A rule is written once and
reads the regime's facts; the provision a violation cites is the provision of the fact
in the regime of that day, so the same rule can cite different provisions in
different regimes (the tables below list them).

| Code | Statement | Vietnamese term |
|---|---|---|
{index}

{entries}"""


def legal_index() -> str:
    regimes_list = "\n".join(
        f"- {regime_link(regime, 'regimes/')} — {city_name(regime)}, "
        f"{regime.period.start.isoformat()} to {day(regime.period.last, 'open')}"
        for regime in regimes())
    return f"""# Legal basis

urbangov encodes the law as data: every value a rule reads is stated in a regime table
with the provision it comes from and a confidence. These pages are generated from that
data when the site is built, so they cannot drift from what the library enforces.

- **By regime**: what the law said, for which units, from which day to which day.
- **By rule**: what urbangov checks and which provision backs it in each regime
  ([Rules](rules.md)).
- [What is uncertain](uncertain.md): the medium-confidence readings, and the
  low-confidence items documented but not enforced.
- [Sources](sources.md): every instrument the library cites, with its dates.

## Confidence {{#confidence}}

| Level | Meaning | Enforced? |
|---|---|---|
| high | the provision text, or a reliable source quoting it with its article, \
agreeing with a second source | yes |
| medium | one reliable secondary source, or an article number inferred | yes, and shown as such |
| low | unconfirmed | no: documented only |

## Regimes

{regimes_list}
"""


# --------------------------------------------------------------------------- sources


def sources_page() -> str:
    """The instrument catalogue (``urbangov.law.catalogue()``) as a table."""
    rows = ["| Identifier | Kind | Issuer | Signed | Effective | Ends | Note |",
            "|---|---|---|---|---|---|---|"]
    for inst in law.catalogue():
        title = f"<br><small>{cell(inst.title)}</small>" if inst.title else ""
        rows.append(f"| **{cell(inst.identifier)}**{title} | {inst.kind.vietnamese} "
                    f"({inst.kind.english}) | {cell(inst.issuer or '')} | {day(inst.signed)} | "
                    f"{day(inst.effective)} | {day(inst.ends)} | {cell(inst.note or '')} |")
    table = "\n".join(rows)
    return f"""# Sources

Every instrument urbangov cites, from the bundled catalogue (`urbangov.law.catalogue()`,
{len(law.catalogue())} instruments). *Ends* is the first day the instrument no longer had
effect; a dash means it is still in force or the date is not known. The note says what
is uncertain about the dates.

```python
from urbangov.law import catalogue
nd32 = catalogue().get("32/2021/ND-CP")   # diacritics and separators do not matter
assert str(nd32) == "Nghị định 32/2021/NĐ-CP"
```

{table}
"""


# --------------------------------------------------------------------------- uncertain


def medium_readings() -> str:
    """Every medium-confidence answer in the regime tables, by regime."""
    parts: list[str] = []
    for regime in regimes():
        rows = [(f, k, c) for f, k, c in grouped_rows(regime)
                if c.confidence is Confidence.MEDIUM]
        if not rows:
            continue
        parts += [f"### {regime.name}", "",
                  "| Question | Unit kinds | Value | Provision | Note |", "|---|---|---|---|---|"]
        parts += [f"| {cell(f.question)} | {kinds_text(k)} | {cell(show(c.value))} | "
                  f"{cite(c.provision)} | {cell(c.note or '')} |" for f, k, c in rows]
        parts.append("")
    medium_rules = [r for r in urbangov.rules() if _confidence(r) is Confidence.MEDIUM]
    if medium_rules:
        parts += ["### Rules whose principal reading is medium", ""]
        parts += [f"- [`{r.code}`](rules.md#{r.code.lower()}): {r.statement}"
                  for r in medium_rules]
        parts.append("")
    return "\n".join(parts)


def _confidence(rule: urbangov.Rule) -> Confidence | None:
    try:
        return rule.confidence
    except IndexError:
        return None


# --------------------------------------------------------------------------- glossary


#: The enums whose members carry ``vietnamese``/``english`` names, in glossary order.
GLOSSARY_ENUMS: tuple[type[enum.Enum], ...] = (
    terms.UnitKind, terms.Level, terms.UnitClass, terms.Post, terms.Authority,
    terms.AppointmentMethod, terms.DecisionMode, terms.Act, law.InstrumentKind)


def glossary_tables() -> str:
    """One table per enum of ``urbangov.terms`` and ``urbangov.law.InstrumentKind``."""
    parts: list[str] = []
    for enum_type in GLOSSARY_ENUMS:
        module = enum_type.__module__
        qualified = f"{module}.{enum_type.__name__}"
        summary = (enum_type.__doc__ or "").strip().splitlines()[0]
        parts += [f"### {enum_type.__name__}", "", f"{summary} Defined in "
                  f"[`{qualified}`][{qualified}].", "",
                  "| Vietnamese | English | Abbreviation | Member | Value (in files) |",
                  "|---|---|---|---|---|"]
        for member in enum_type:
            abbreviation = getattr(member, "abbreviation", None) or ""
            parts.append(f"| *{cell(member.vietnamese)}* | {cell(member.english)} | "  # type: ignore[attr-defined]
                         f"{cell(abbreviation)} | `{enum_type.__name__}.{member.name}` | "
                         f"`{member.value}` |")
        parts.append("")
    return "\n".join(parts)


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
                        f"{cell(_first_line(obj.__doc__))} |")
            continue
        home = home_of(name)
        ref = f"[`{name}`][{home}.{name}]" if home else f"`{name}`"
        rows.append(f"| {ref} | `{home}` | {cell(_first_line(_doc(obj)))} |")
    return "\n".join(rows)


def _doc(obj: Any) -> str | None:
    import inspect

    if isinstance(obj, enum.Enum) and not isinstance(obj, type):
        return type(obj).__doc__
    return inspect.getdoc(obj)


def _first_line(doc: str | None) -> str:
    return (doc or "").strip().split("\n\n")[0].replace("\n", " ")


# --------------------------------------------------------------------------- pages


def generated_pages() -> dict[str, str]:
    """Every generated page, by its path under ``docs/``."""
    pages = {
        "regimes.md": regimes_overview(),
        "legal/index.md": legal_index(),
        "legal/rules.md": rules_page(),
        "legal/sources.md": sources_page(),
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
