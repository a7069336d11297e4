"""Rules on working rules (quy chế làm việc): who issues them, on what model, from when."""

from __future__ import annotations

from collections.abc import Iterator

from urbangov._registry import Finding, Severity, UnitContext, rule
from urbangov._rules._offices import Seat, Unresolved, resolve, shown
from urbangov.law import catalogue
from urbangov.regimes import Fact
from urbangov.structure import Unit


@rule("UG-RULES-ISSUER", "A ward's working rules are issued by its Chairman.",
      term="ban hành quy chế làm việc",
      judges="working_rules", facts=(Fact.WORKING_RULES_ISSUER,))
def issuer(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    cited = ctx.cited(Fact.WORKING_RULES_ISSUER, unit)
    if cited is None or ctx.as_of is None:
        return
    expected: Seat | None = None
    for i, wr in enumerate(unit.working_rules):
        if wr.issued_by is cited.value:  # the very post the law names
            continue
        if expected is None:
            found = resolve(cited.value, unit, ctx.as_of, ctx.city)
            assert isinstance(found, Seat)  # a post of the unit itself always resolves
            expected = found
        where = ctx.at(("working_rules", i), "issued_by")
        recorded = resolve(wr.issued_by, unit, ctx.as_of, ctx.city)
        if isinstance(recorded, Unresolved):
            yield Finding(where, f"the issuer of the working rules cannot be placed on "
                          f"{ctx.as_of}: {recorded.reason}", cited.provision,
                          {"issued_by": shown(wr.issued_by)},
                          None if recorded.gone else Severity.WARNING)
        elif not (recorded.same(expected) or _signs_for(expected, recorded)):
            yield Finding(where, f"the working rules were issued by {recorded.describe()}; "
                          f"{expected.describe()} issues them", cited.provision,
                          {"issued_by": shown(wr.issued_by), "issuer_unit": recorded.code,
                           "expected_unit": expected.code})


def _signs_for(chair: Seat, committee: Seat) -> bool:
    """The library's reading: rules "issued by the People's Committee" of the unit are
    issued by its Chairman, who signs the committee's decision (NĐ 315/2025 Điều 3 says
    the commune committee issues them; QĐ 2696/QĐ-UBND, its Chairman).  See
    docs/legal/uncertain.md."""
    return (chair.seat == "chair" and committee.seat == "committee"
            and committee.level is chair.level and committee.code == chair.code)


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
        signed = cited.value.signed
        if wr.issued is not None and signed is not None and wr.issued < signed:
            yield Finding(ctx.at(("working_rules", i), "issued"),
                          f"the working rules were issued on {wr.issued}, before the model "
                          f"{cited.value.identifier} they follow was signed ({signed})",
                          cited.provision, {"issued": wr.issued, "model_signed": signed})


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
                          f"the working rules come into force on {wr.effective}, before "
                          f"{cited.value}", cited.provision, {"effective": wr.effective})
