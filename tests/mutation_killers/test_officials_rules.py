"""Tests that kill surviving mutants of the officials' rules (``_rules/officials.py``);
each names its mutant (``python tools/mutation.py --show NAME`` prints its diff)."""

from __future__ import annotations

import datetime as dt

import urbangov as ug
from urbangov.structure import Appointment, Official, Ward
from urbangov.terms import Authority, Post, UnitKind
from urbangov.time import Period

DAY = dt.date(2024, 1, 1)  # Hà Nội's urban-government pilot: ten consecutive years at most


def _chair(name: str, since: dt.date, *, acting: bool = False) -> Official:
    return Official(name, Post.CHAIR, Period(since, None),
                    Appointment(Authority.PARENT_CHAIR, "1/QĐ-UBND", since), acting=acting)


def _tenure_findings(*officials: Official) -> list[str]:
    ward = Ward(name="Gia Thụy", code="00130", city="01", council=None, officials=officials)
    return [v.path for v in ug.validate(ward, on=DAY) if v.code == "UG-CHAIR-TENURE"]


def test_every_chair_in_office_is_counted_after_another_official() -> None:
    """``x_chair_tenure__mutmut_15`` (``continue`` → ``break`` past a non-chair): a
    Vice-Chairman listed first ended the count before the overlong chair."""
    vice = Official("Trần Thị B", Post.VICE_CHAIR, Period(dt.date(2021, 7, 1), None),
                    Appointment(Authority.PARENT_CHAIR, "2/QĐ-UBND", dt.date(2021, 7, 1)))
    assert _tenure_findings(vice, _chair("Nguyễn Văn A", dt.date(2012, 1, 1))) == [
        "officials[1].tenure"]


def test_every_chair_is_counted_after_one_within_the_limit() -> None:
    """``x_chair_tenure__mutmut_30`` (``continue`` → ``break`` past a chair within the
    limit): a recent chair listed first hid an overlong one (both in office, which
    UG-ONE-CHAIR reports apart)."""
    recent = _chair("Lê Văn C", dt.date(2023, 1, 1))
    assert _tenure_findings(recent, _chair("Nguyễn Văn A", dt.date(2012, 1, 1))) == [
        "officials[1].tenure"]


def test_an_acting_chair_is_not_counted_and_does_not_stop_the_count() -> None:
    acting = _chair("Phạm Văn D", dt.date(2010, 1, 1), acting=True)
    assert _tenure_findings(acting, _chair("Nguyễn Văn A", dt.date(2012, 1, 1))) == [
        "officials[1].tenure"]


def test_a_cap_that_depends_on_the_unrecorded_class_is_a_warning_about_the_class() -> None:
    """``x_vice_chair_cap__mutmut_59`` (``ctx.at("unit_class")`` → ``"UNIT_CLASS"``): the
    warning that only some classes allow the count named no field of the ward."""
    regime = ug.regime_for(UnitKind.PHUONG, on=DAY, city="01")
    caps = regime.explain(ug.Fact.MAX_VICE_CHAIRS, UnitKind.PHUONG).value
    count = min(caps.values()) + 1
    assert count <= max(caps.values())
    vices = tuple(Official(f"Phó {i}", Post.VICE_CHAIR, Period(dt.date(2023, 1, 1), None),
                           Appointment(Authority.PARENT_CHAIR, f"{i}/QĐ-UBND",
                                       dt.date(2023, 1, 1))) for i in range(count))
    ward = Ward(name="Gia Thụy", code="00130", city="01", council=None, officials=vices)
    found = [v for v in ug.validate(ward, on=DAY) if v.code == "UG-VICE-CHAIR-CAP"]
    assert [(v.path, v.severity) for v in found] == [("unit_class", ug.Severity.WARNING)]


def _appointed_by_findings(by: Authority) -> list[str]:
    day = dt.date(2026, 1, 1)  # two tiers: the council elects, the city's Chair assigns
    acting = Official("Hoàng Văn E", Post.CHAIR, Period(dt.date(2025, 12, 1), None),
                      Appointment(by, "5/QĐ-UBND", dt.date(2025, 12, 1)), acting=True)
    ward = Ward(name="Phường Ba Đình", city="01", officials=(acting,))
    return [v.path for v in ug.validate(ward, on=day) if v.code == "UG-APPOINTED-BY"]


def test_an_acting_chair_is_judged_by_who_may_assign_one() -> None:
    """``x_appointed_by__mutmut_20`` (the acting chair judged as an elected one): Luật
    72/2025 Điều 42 lets the city's Chair assign an acting commune Chair, whom the
    council does not elect."""
    assert _appointed_by_findings(Authority.CITY_CHAIR) == []
    assert _appointed_by_findings(Authority.OWN_COUNCIL) == ["officials[0].appointment.by"]
