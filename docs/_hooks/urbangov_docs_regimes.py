"""Generated regime pages: the timeline, one page per regime, and the overview.

Imports nothing from MkDocs (see ``urbangov_docs.py``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from urbangov_docs_common import (
    CITY_NAMES,
    cell,
    cite,
    city_name,
    day,
    grouped_rows,
    kinds_text,
    regime_link,
    show,
)

import urbangov
from urbangov.law import Instrument
from urbangov.regimes import Regime, regimes

# --------------------------------------------------------------------------- timeline


def _gantt_label(text: str) -> str:
    # ':' separates fields and '#', ';' end a task line in Mermaid's Gantt syntax.
    return re.sub(r"[:#;]", " ", text)


#: The day the law is described as of ("today" for the docs: the 2025–2026 reference).
TODAY = dt.date(2026, 12, 1)


#: The width (px) Mermaid lays a Gantt chart out at: about the width of the page's text
#: column, so that the chart is not drawn at the window's width and then shrunk to fit
#: the column (which left 5–7 px labels when all cities shared one chart).
GANTT_WIDTH = 680


def _short_label(regime: Regime) -> str:
    # the city is the chart's title: drop it from the bar's label
    city = CITY_NAMES.get(regime.city, "")
    label = regime.name
    if regime.city is not None and label.startswith(city):
        label = label[len(city):].lstrip(" :")
    label = label[:1].upper() + label[1:]
    # a bar too short for its label has it drawn beside it, where an early bar has little
    # room: "(2021–2026 term, until the two-tier reform)" → "(2021–2026 term)"
    label = re.sub(r", until [^()]*\)$", ")", label)
    return label + ("" if regime.period.end else " (open)")


def timeline_mermaid(open_until: dt.date = TODAY) -> str:
    """The regimes as Mermaid Gantt charts, one per city (and one national), from the data.

    One chart per city keeps each chart to a dozen bars drawn at the text column's
    width, so its labels stay legible.  An open-ended regime is drawn up to
    *open_until* (its bar is marked "open").
    """
    by_city: dict[str | None, list[Regime]] = {}
    for regime in regimes():
        by_city.setdefault(regime.city, []).append(regime)
    charts = []
    for code in ("01", "79", "48", None):
        if code not in by_city:
            continue
        lines = ["```mermaid",
                 '%%{init: {"gantt": {"useWidth": ' + str(GANTT_WIDTH) + ', "fontSize": 13, '
                 '"sectionFontSize": 13, "barHeight": 22, "barGap": 6, "leftPadding": 20, '
                 '"rightPadding": 20, "topPadding": 40}}}%%',
                 "gantt", "    dateFormat YYYY-MM-DD", "    axisFormat %Y",
                 "    tickInterval 1year", "    todayMarker off",
                 f"    title {CITY_NAMES[code]}"]
        for regime in sorted(by_city[code], key=lambda r: r.period.start):
            end = regime.period.end or open_until
            lines.append(f"    {_gantt_label(_short_label(regime))} :{regime.key}, "
                         f"{regime.period.start.isoformat()}, {end.isoformat()}")
        lines.append("```")
        charts.append("\n".join(lines))
    return "\n\n".join(charts)


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


def previous(regime: Regime) -> Regime | None:
    """The regime of the same city (or the national line) that ended the day before."""
    return next((r for r in regimes() if r.city == regime.city
                 and r.period.end == regime.period.start), None)


def changes_table(regime: Regime, before: Regime) -> str:
    """The answers *regime* gives differently from *before* (new, changed or dropped)."""
    out = ["| Question | Unit kind | Before | From this regime | Provision | Confidence |",
           "|---|---|---|---|---|---|"]
    keys = list(dict.fromkeys([*before.facts, *regime.facts]))
    for fact, kind in keys:
        old, new = before.facts.get((fact, kind)), regime.facts.get((fact, kind))
        if old is not None and new is not None and (old.value, old.provision) == \
                (new.value, new.provision):
            continue
        shown = new or old
        assert shown is not None
        out.append(f"| {cell(fact.question)} <br>`{fact.value}` | {kind.vietnamese} | "
                   f"{cell(show(old.value)) if old else '—'} | "
                   f"{cell(show(new.value)) if new else '— (no longer answered)'} | "
                   f"{cite(shown.provision)} | {shown.confidence.value} |")
    return "\n".join(out) if len(out) > 2 else "No answer changed."


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
        if inst.title_en:
            title += f" <br><small>*{inst.title_en}*</small>"
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
{_changes_section(regime)}"""


def _changes_section(regime: Regime) -> str:
    before = previous(regime)
    if before is None:
        return ""
    return (f"\n## What changed from the regime before\n\nFrom "
            f"[{before.name}]({before.key}.md), which ended on "
            f"{day(before.period.last, '')}:\n\n{changes_table(regime, before)}\n")


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
                  regime.summary, ""]
        before = previous(regime)
        if before is not None and before.period.start >= dt.date(2025, 7, 1):
            # The two-tier stages share most answers: show what changed.
            parts += [f"What changed from [{before.name}](legal/regimes/{before.key}.md):",
                      "", changes_table(regime, before), ""]
        else:
            parts += [fact_table(regime), ""]
    return "\n".join(parts)
