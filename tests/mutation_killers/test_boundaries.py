"""Tests that kill surviving mutants moving a legal boundary by one (``>`` → ``>=``,
``<`` → ``<=``): the value the law allows is lawful, one past it is not."""

from __future__ import annotations

import datetime as dt

import urbangov as ug
from urbangov import regime_for
from urbangov.regimes import Fact
from urbangov.structure import Appointment, City, Official, Ward, WorkingRule
from urbangov.terms import Authority, Post, UnitKind
from urbangov.time import Period

TWO_TIER_DAY = dt.date(2026, 1, 1)


def _elected(name: str, post: Post) -> Official:
    start = TWO_TIER_DAY - dt.timedelta(days=20)
    return Official(name, post, Period(start), Appointment(Authority.OWN_COUNCIL, "1/NQ-HĐND",
                                                           start))


def _province_findings(code: str, vice_chairs: int) -> list[ug.Violation]:
    officials = (_elected("Chủ tịch", Post.CHAIR),
                 *(_elected(f"Phó {i}", Post.VICE_CHAIR) for i in range(vice_chairs)))
    city = City(name="Tỉnh", city=code, code=code, officials=officials)
    return [v for v in ug.validate(city, on=TWO_TIER_DAY)
            if v.code == "UG-PROVINCE-VICE-CHAIR-CAP"]


def test_a_province_may_have_exactly_its_cap_of_vice_chairs() -> None:
    """``two_tier.x_province_cap__mutmut_30`` (``count > max`` → ``>=``): a province
    with exactly the Vice-Chairmen NĐ 300/2025 allows it was an error."""
    caps = regime_for(UnitKind.THANH_PHO, TWO_TIER_DAY, "79").explain(
        Fact.PROVINCE_VICE_CHAIR_CAPS, UnitKind.THANH_PHO).value
    for code in ("79", "01", "48"):
        top = max(caps[code])
        assert not [v for v in _province_findings(code, top)
                    if v.severity is ug.Severity.ERROR], code
        assert [v.severity for v in _province_findings(code, top + 1)] == [ug.Severity.ERROR]


def _rules_findings(effective: dt.date) -> list[str]:
    regime = regime_for(UnitKind.PHUONG, dt.date(2022, 7, 1), "01")
    first = regime.explain(Fact.WORKING_RULES_FROM, UnitKind.PHUONG).value
    model = regime.explain(Fact.WORKING_RULES_MODEL, UnitKind.PHUONG).value.identifier
    ward = Ward(name="Gia Thụy", code="00130", city="01", council=None, working_rules=(
        WorkingRule(Post.CHAIR, first + (effective - dt.date(2021, 7, 1)), "1/QĐ-UBND",
                    model),))
    return [v.path for v in ug.validate(ward, on=dt.date(2022, 7, 1))
            if v.code == "UG-RULES-FROM"]


def test_working_rules_may_apply_from_the_pilots_first_day() -> None:
    """``working_rules.x_effective_from__mutmut_8`` (``<`` → ``<=``): working rules taking
    effect on the pilot's first day were reported as too early."""
    assert _rules_findings(dt.date(2021, 7, 1)) == []
    assert _rules_findings(dt.date(2021, 6, 30)) == ["working_rules[0].effective"]
