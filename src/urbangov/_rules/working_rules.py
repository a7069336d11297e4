"""Rules on working rules (quy chế làm việc): who issues them, on what model, from when."""

from __future__ import annotations

from collections.abc import Iterator

from urbangov._registry import Finding, Severity, UnitContext, rule
from urbangov.law import catalogue
from urbangov.regimes import Fact
from urbangov.structure import Unit


@rule("UG-RULES-ISSUER", "A ward's working rules are issued by its Chairman.",
      term="ban hành quy chế làm việc",
      judges="working_rules", facts=(Fact.WORKING_RULES_ISSUER,))
def issuer(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    cited = ctx.cited(Fact.WORKING_RULES_ISSUER, unit)
    if cited is None:
        return
    for i, wr in enumerate(unit.working_rules):
        if wr.issued_by is not cited.value:
            yield Finding(ctx.at(("working_rules", i), "issued_by"),
                          f"the working rules were issued by the {wr.issued_by.english}; "
                          f"the {cited.value.english} issues them", cited.provision,
                          {"issued_by": wr.issued_by.value})


@rule("UG-RULES-MODEL", "A ward's working rules follow the city's model rules "
      "(QĐ 2696/QĐ-UBND in Hà Nội).", term="quy chế làm việc mẫu",
      judges="working_rules", facts=(Fact.WORKING_RULES_MODEL,))
def model(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    cited = ctx.cited(Fact.WORKING_RULES_MODEL, unit)
    if cited is None:
        return
    for i, wr in enumerate(unit.working_rules):
        basis = None if wr.based_on is None else catalogue().find(wr.based_on)
        if wr.based_on is None:
            yield Finding(ctx.at(("working_rules", i), "based_on"),
                          f"the model the working rules follow is not recorded (should be "
                          f"{cited.value.identifier})", cited.provision,
                          severity=Severity.WARNING)
        elif basis != cited.value:
            yield Finding(ctx.at(("working_rules", i), "based_on"),
                          f"the working rules are based on {wr.based_on}, not on the model "
                          f"{cited.value.identifier}", cited.provision,
                          {"based_on": wr.based_on})


@rule("UG-RULES-FROM", "A ward's working rules under the pilot apply no earlier than the "
      "pilot's first day (2021-07-01).", term="thời điểm áp dụng quy chế",
      judges="working_rules", facts=(Fact.WORKING_RULES_FROM,))
def effective_from(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    cited = ctx.cited(Fact.WORKING_RULES_FROM, unit)
    if cited is None:
        return
    for i, wr in enumerate(unit.working_rules):
        if wr.effective < cited.value:
            yield Finding(ctx.at(("working_rules", i), "effective"),
                          f"the working rules take effect on {wr.effective}, before "
                          f"{cited.value}", cited.provision, {"effective": wr.effective})
