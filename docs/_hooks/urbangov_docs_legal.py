"""Generated legal pages: the rules, the legal index, the sources, what is uncertain.

Imports nothing from MkDocs (see ``urbangov_docs.py``).
"""

from __future__ import annotations

from urbangov_docs_common import (
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
from urbangov import law
from urbangov.law import Confidence
from urbangov.regimes import regimes

# --------------------------------------------------------------------------- rules


def _scope(rule: urbangov.Rule) -> str:
    if getattr(rule, "scope", "unit") == "aggregate":
        return "once per structure, at its root (an aggregate over the whole tree)"
    return "on each unit"


def _by_day(rule: urbangov.Rule) -> str:
    """The rule's own provision from each day it changes (regime boundaries)."""
    days = sorted({r.period.start for r in regimes()})
    rows = ["| From | Provision |", "|---|---|"]
    last = None
    for first in days:
        provision = rule.provision_on(first)
        if provision != last:
            rows.append(f"| {first.isoformat()} | {cite(provision)} |")
            last = provision
    return "\n".join(rows)


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
        per_regime = ("Not backed by a regime fact: the rule names its own provision, "
                      "that of the law in force on the day judged, and applies under "
                      "every regime.\n\n" + _by_day(rule))
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
| Judged | {_scope(rule)} |

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
        if inst.title_en:
            title += f"<br><small>*{cell(inst.title_en)}*</small>"
        rows.append(f"| **{cell(inst.identifier)}**{title} | {inst.kind.vietnamese} "
                    f"({inst.kind.english}) | {cell(inst.issuer or '')} | {day(inst.signed)} | "
                    f"{day(inst.effective)} | {day(inst.ends)} | {cell(inst.note or '')} |")
    table = "\n".join(rows)
    return f"""# Sources

Every instrument urbangov cites, from the bundled catalogue (`urbangov.law.catalogue()`,
{len(law.catalogue())} instruments). *Ends* is the first day the instrument no longer had
effect; a dash means it is still in force or the date is not known. The note says what
is uncertain about the dates. Each title is given in Vietnamese (the *trích yếu*, where
the catalogue records it) and, in italics, in English (`Instrument.title_en`).

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
