"""The acceptance checks of the core-model issue, as tests."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import urbangov as ug
from urbangov.time import Period

DAY = dt.date(2022, 7, 1)


def test_at_least_twenty_rules_each_with_a_catalogued_provision_and_unique_code() -> None:
    rules = ug.rules()
    assert len(rules) >= 20
    assert len({r.code for r in rules}) == len(rules)
    for r in rules:
        assert r.provision.instrument in ug.catalogue()
        assert r.confidence in (ug.Confidence.HIGH, ug.Confidence.MEDIUM)
        assert r.statement and r.term


def test_a_2022_hanoi_ward_with_a_council_is_rejected_citing_nq_97() -> None:
    with pytest.raises(ug.InvariantError) as caught:
        ug.Ward(name="Gia Thụy", code="00130", city="01", as_of=DAY,
                council=ug.PeoplesCouncil())
    (violation,) = caught.value.violations
    assert violation.code == "UG-COUNCIL"
    assert violation.provision.instrument.identifier == "97/2019/QH14"
    assert violation.path == "council"


def test_the_same_ward_in_2020_is_judged_by_the_ordinary_regime_not_the_pilot() -> None:
    ward = ug.Ward(name="Gia Thụy", code="00130", city="01", as_of=dt.date(2020, 7, 1),
                   council=ug.PeoplesCouncil())
    assert ug.regime_for(ward, on=ward.as_of).key == "ordinary-2016"
    assert ug.validate(ward) == ()


def test_a_date_before_every_regime_is_reported_as_such() -> None:
    with pytest.raises(ug.InvariantError) as caught:
        ug.Ward(name="Gia Thụy", city="01", as_of=dt.date(2010, 1, 1))
    assert [v.code for v in caught.value.violations] == ["UG-REGIME-KNOWN"]
    assert "2016-01-01" in str(caught.value)


def _ward_with(delegations: tuple[ug.Delegation, ...]) -> ug.Ward:
    appointed = ug.Appointment(ug.Authority.PARENT_CHAIR, "15/QĐ-UBND")
    officials = (
        ug.Official("Chủ tịch A", ug.Post.CHAIR,
                    Period(dt.date(2021, 7, 1), dt.date(2026, 7, 1)), appointed),
        ug.Official("Phó Chủ tịch B", ug.Post.VICE_CHAIR,
                    Period(dt.date(2021, 7, 1), dt.date(2026, 7, 1)), appointed),
        ug.Official("Tư pháp C", ug.Post.TU_PHAP_HO_TICH, Period(dt.date(2015, 1, 1))),
        ug.Official("Văn hóa D", ug.Post.VAN_HOA_XA_HOI, Period(dt.date(2015, 1, 1))),
    )
    return ug.Ward(name="Gia Thụy", city="01", unit_class=ug.UnitClass.I,
                   officials=officials, delegations=delegations)


COPY = {ug.Act.CERTIFY_COPY}
LAWFUL = ug.Delegation("Chủ tịch A", "Tư pháp C", COPY,
                       Period(dt.date(2022, 1, 1), dt.date(2023, 1, 1)), "12/QĐ-UBND")
BAD = {
    "UG-DELEG-DELEGATE": attrs.evolve(LAWFUL, delegate="Văn hóa D"),
    "UG-DELEG-ACTS": attrs.evolve(LAWFUL, acts={ug.Act.CERTIFY_LAND_USE_CONTRACT}),
    "UG-DELEG-TENURE": attrs.evolve(LAWFUL, period=Period(dt.date(2022, 1, 1),
                                                          dt.date(2027, 1, 1))),
    "UG-DELEG-DELEGATOR": attrs.evolve(LAWFUL, delegator="Phó Chủ tịch B"),
}


def test_the_lawful_delegation_is_accepted() -> None:
    assert ug.validate(attrs.evolve(_ward_with((LAWFUL,)), as_of=DAY)) == ()


@pytest.mark.parametrize("code", sorted(BAD))
def test_each_bad_delegation_is_rejected_with_its_own_code(code: str) -> None:
    with pytest.raises(ug.InvariantError) as caught:
        attrs.evolve(_ward_with((BAD[code],)), as_of=DAY)
    assert {v.code for v in caught.value.violations} == {code}


def test_the_four_bad_delegations_are_reported_together() -> None:
    with pytest.raises(ug.InvariantError) as caught:
        attrs.evolve(_ward_with(tuple(BAD[c] for c in sorted(BAD))), as_of=DAY)
    assert {v.code for v in caught.value.violations} == set(BAD)
    assert len(str(caught.value).splitlines()) == 1 + len(BAD)
    assert all(v.path.startswith("delegations[") for v in caught.value.violations)


def _vices(n: int, unit_class: ug.UnitClass) -> ug.Ward:
    appointed = ug.Appointment(ug.Authority.PARENT_CHAIR, "1/QĐ-UBND")
    vices = tuple(ug.Official(f"Phó {i}", ug.Post.VICE_CHAIR, Period(dt.date(2021, 7, 1)),
                              appointed) for i in range(n))
    return ug.Ward(name="Tây Hồ", city="01", unit_class=unit_class, officials=vices)


def test_a_class_iii_ward_with_two_vice_chairs_is_rejected() -> None:
    with pytest.raises(ug.InvariantError) as caught:
        attrs.evolve(_vices(2, ug.UnitClass.III), as_of=DAY)
    assert [v.code for v in caught.value.violations] == ["UG-VICE-CHAIR-CAP"]


def test_a_class_i_ward_with_two_vice_chairs_is_accepted() -> None:
    assert ug.validate(attrs.evolve(_vices(2, ug.UnitClass.I), as_of=DAY)) == ()


def test_an_unknown_class_is_checked_against_the_largest_cap_with_a_warning() -> None:
    ward = attrs.evolve(_vices(2, ug.UnitClass.UNKNOWN), as_of=DAY)  # builds: only a warning
    (warning,) = ug.validate(ward)
    assert (warning.code, warning.severity) == ("UG-VICE-CHAIR-CAP", ug.Severity.WARNING)
    with pytest.raises(ug.InvariantError):
        attrs.evolve(_vices(3, ug.UnitClass.UNKNOWN), as_of=DAY)


def test_evolve_revalidates() -> None:
    ward = ug.Ward(name="Gia Thụy", city="01", as_of=DAY, council=None)
    with pytest.raises(ug.InvariantError):
        attrs.evolve(ward, council=ug.PeoplesCouncil())


def test_invariant_error_is_an_exception_group_usable_with_except_star() -> None:
    caught = []
    try:
        ug.Ward(name="X", city="01", as_of=DAY, council=ug.PeoplesCouncil())
    except* ug.RuleViolationError as group:
        caught.extend(group.exceptions)
    assert len(caught) == 1


def test_violations_carry_path_values_and_citation() -> None:
    district = ug.District(name="Long Biên", city="01", wards=(
        ug.Ward(name="Gia Thụy", council=ug.PeoplesCouncil()),))
    (v,) = ug.validate(district, on=DAY)
    assert v.path == "wards[0].council"
    assert v.citation is v.provision
    assert v.values["council"] is True
    assert str(v).startswith("UG-COUNCIL [error] wards[0].council:")


def test_the_district_keeps_its_council_under_the_pilot() -> None:
    district = ug.District(name="Long Biên", city="01", council=None)
    (v,) = ug.validate(district, on=DAY)
    assert v.code == "UG-COUNCIL"
    assert "97/2019/QH14" in str(v.provision)


def test_unrecorded_bodies_are_not_judged() -> None:
    assert ug.validate(ug.Ward(name="Gia Thụy", city="01"), on=DAY) == ()
    assert ug.validate(ug.Ward(name="Gia Thụy", city="01"), on=dt.date(2019, 1, 1)) == ()


def test_working_rules_before_the_pilot_or_not_by_the_chair_are_rejected() -> None:
    early = ug.WorkingRule(ug.Post.VICE_CHAIR, dt.date(2021, 6, 1), "1/QĐ-UBND",
                           "100/KH-UBND")
    report = ug.validate(ug.Ward(name="Gia Thụy", city="01", working_rules=(early,)), on=DAY)
    assert report.codes == {"UG-RULES-ISSUER", "UG-RULES-MODEL", "UG-RULES-FROM"}


def test_names_are_stored_in_nfc() -> None:
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Gia Thụy")
    assert ug.Ward(name=nfd).name == "Gia Thụy"


def test_wrong_types_get_clear_errors() -> None:
    with pytest.raises(ValueError, match=r"Ward\.kind: expected a UnitKind .* got str 'quanh'"):
        ug.Ward(name="X", kind="quanh")
    with pytest.raises(TypeError, match=r"Ward\.council: expected a PeoplesCouncil"):
        ug.Ward(name="X", council="yes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not after its start"):
        Period(dt.date(2022, 1, 1), dt.date(2021, 1, 1))


@pytest.mark.parametrize("city", ["01", 1, "1", "Hà Nội", "ha noi", "Thành phố Hà Nội", "Hanoi"])
def test_the_city_may_be_given_by_code_or_name_and_is_stored_as_the_code(city: object) -> None:
    assert ug.Ward(name="Gia Thụy", city=city).city == "01"  # type: ignore[arg-type]


def test_a_city_name_that_is_not_one_of_the_three_is_refused_not_guessed() -> None:
    with pytest.raises(ValueError, match="GSO province code"):
        ug.Ward(name="Phú Hội", city="Huế")


def test_days_may_be_written_the_vietnamese_way() -> None:
    ward = ug.Ward(name="Gia Thụy", city="01", as_of="ngày 1 tháng 7 năm 2022", council=None)
    assert ward.as_of == DAY
    assert ug.regime_for(ward, on="1/7/2022").key == "hanoi-pilot"
    assert ug.validate(ug.Ward(name="X", city="01", council=None), on="01.07.2020").codes == {
        "UG-COUNCIL"}
