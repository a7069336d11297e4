"""The acceptance checks of issue #14 (items 1, 2, 4 and 6): each through the Python API
and through a structure file read by ``urbangov check``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

import urbangov as ug
from urbangov import io
from urbangov.cli import main
from urbangov.time import Period

DAY = dt.date(2022, 7, 1)
BEN_NGHE = {"name": "Bến Nghé", "code": "26740", "city": "79"}  # a ward of Quận 1
GIA_THUY = {"name": "Gia Thụy", "code": "00130", "city": "01"}  # Quận Long Biên, Hà Nội


def _check_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], unit: ug.Ward |
                ug.District, fmt: str = "toml") -> tuple[int, list[dict[str, Any]]]:
    """Write *unit* as a structure file and run ``urbangov check`` on it (JSON report)."""
    path = tmp_path / f"structure.{fmt}"
    path.write_text(io.dumps(unit, fmt), encoding="utf-8")
    code = main(["check", str(path), "--format", "json"])
    found = json.loads(capsys.readouterr().out)
    return code, [v for v in found if v["severity"] == "error"]


def _errors(unit: ug.Ward | ug.District, code: str) -> list[ug.Violation]:
    return [v for v in ug.validate(unit) if v.code == code and v.severity is ug.Severity.ERROR]


# -- 1. the concrete appointing authority -------------------------------------------------

def _vice(by: ug.Authority | ug.Office | str) -> ug.Ward:
    vice = ug.Official("Lê Văn Phó", ug.Post.VICE_CHAIR, Period(dt.date(2022, 1, 1)),
                       ug.Appointment(by, "12/QĐ-UBND"))
    return ug.Ward.draft(**BEN_NGHE, as_of=DAY, council=None, officials=(vice,))


def test_a_quan_1_vice_chair_appointed_by_the_thu_duc_chair_is_rejected_naming_both(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ward = _vice(ug.Office("Thủ Đức", post=ug.Post.CHAIR))
    (violation,) = _errors(ward, "UG-APPOINTED-BY")
    assert "Thành phố Thủ Đức [769]" in violation.message
    assert "Quận 1 [760]" in violation.message
    assert str(violation.provision) == "khoản 3 Điều 3 Nghị định 33/2021/NĐ-CP"
    assert violation.path == "officials[0].appointment.by"
    with pytest.raises(ug.InvariantError):
        ug.Ward(**BEN_NGHE, as_of=DAY, council=None, officials=ward.officials)
    code, found = _check_file(tmp_path, capsys, ward)
    assert code == 1
    assert any(v["code"] == "UG-APPOINTED-BY" and "Thủ Đức" in v["message"]
               and "Quận 1" in v["message"] for v in found)


@pytest.mark.parametrize("by", [ug.Office("Quận 1", post=ug.Post.CHAIR),
                                ug.Office("760", post="chair"),
                                ug.Office("Quận 1, Hồ Chí Minh", post="chair"),
                                ug.Authority.PARENT_CHAIR, "parent_chair"])
@pytest.mark.parametrize("fmt", ["toml", "json"])
def test_the_same_vice_chair_appointed_by_the_quan_1_chair_is_accepted(
        by: Any, fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ward = _vice(by)
    assert ug.validate(ward) == ()
    ug.Ward(**BEN_NGHE, as_of=DAY, council=None, officials=ward.officials)  # builds
    assert io.loads(io.dumps(ward, fmt)) == ward
    code, found = _check_file(tmp_path, capsys, ward, fmt)
    assert (code, found) == (0, [])


@pytest.mark.parametrize("by", ["parent_chair", "city_chair",
                                ug.Office("Hồ Chí Minh", post="chair")])
def test_a_hcm_quan_chair_appointed_by_parent_chair_or_city_chair_is_accepted_in_2023(
        by: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    chair = ug.Official("Trần Chủ Tịch", ug.Post.CHAIR, Period(dt.date(2022, 3, 1)),
                        ug.Appointment(by, "7/QĐ-UBND"))
    quan = ug.District(name="1", kind="quan", code="760", city="79",
                       as_of=dt.date(2023, 1, 1), council=None, officials=(chair,))
    assert ug.validate(quan) == ()
    assert _check_file(tmp_path, capsys, quan) == (0, [])


def test_a_quan_chair_appointed_by_a_ward_chair_is_rejected() -> None:
    chair = ug.Official("Trần Chủ Tịch", ug.Post.CHAIR, Period(dt.date(2022, 3, 1)),
                        ug.Appointment(ug.Office("26740", post="chair")))
    quan = ug.District.draft(name="1", kind="quan", code="760", city="79",
                             as_of=DAY, council=None, officials=(chair,))
    (violation,) = _errors(quan, "UG-APPOINTED-BY")
    assert "Phường Bến Nghé [26740]" in violation.message
    assert "Thành phố Hồ Chí Minh [79]" in violation.message


def test_a_named_unit_the_data_cannot_place_is_a_warning_not_an_error() -> None:
    report = ug.validate(_vice(ug.Office("Phường Không Có", post="chair")))
    assert [(v.code, v.severity) for v in report] == [("UG-APPOINTED-BY",
                                                       ug.Severity.WARNING)]


def test_a_named_unit_that_no_longer_exists_is_an_error() -> None:
    vice = ug.Official("Lê Văn Phó", ug.Post.VICE_CHAIR, Period(dt.date(2025, 8, 1)),
                       ug.Appointment(ug.Office("004", post="chair")))
    ward = ug.Ward.draft(name="Bồ Đề", code="00118", city="01", as_of="2025-09-01",
                         officials=(vice,))
    errors = _errors(ward, "UG-APPOINTED-BY")
    assert errors and "did not exist on 2025-09-01" in errors[0].message


def test_an_office_is_a_post_or_a_body_and_its_fields_are_typed() -> None:
    with pytest.raises(ug.FieldError):
        ug.Office("Quận 1")
    with pytest.raises(ug.FieldError):
        ug.Office("Quận 1", post="chair", body="peoples_council")
    with pytest.raises(ug.FieldError):
        ug.Office("Quận 1", post="mayor")
    with pytest.raises(ug.FieldError, match=r"Appointment\.by"):
        ug.Appointment(42)  # type: ignore[arg-type]
    with pytest.raises(ug.FieldError, match=r"WorkingRule\.issued_by"):
        ug.WorkingRule(["chair"], DAY)  # type: ignore[arg-type]
    with pytest.raises(ug.FieldError, match=r"WorkingRule\.issued"):
        ug.WorkingRule("chair", DAY, issued="not a day")


# -- 2. working rules: issuer and both days ------------------------------------------------

def _rules(**fields: Any) -> ug.Ward:
    rule = {"issued_by": "chair", "effective": "2021-07-01", "decision": "1/QĐ-UBND",
            "based_on": "2696/QĐ-UBND", "issued": "2021-06-25", **fields}
    return ug.Ward.draft(**GIA_THUY, as_of=DAY, council=None,
                         working_rules=(ug.WorkingRule(**rule),))


def test_ward_working_rules_issued_by_the_district_committee_are_rejected(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ward = _rules(issued_by=ug.Office("Long Biên", body=ug.Body.PEOPLES_COMMITTEE))
    (violation,) = _errors(ward, "UG-RULES-ISSUER")
    assert "People's Committee of Quận Long Biên [004]" in violation.message
    assert "Chairman of the People's Committee of Phường Gia Thụy" in violation.message
    assert violation.provision.instrument.identifier == "2696/QĐ-UBND"
    code, found = _check_file(tmp_path, capsys, ward)
    assert code == 1 and [v["code"] for v in found] == ["UG-RULES-ISSUER"]


@pytest.mark.parametrize("issued_by", ["chair", ug.Post.CHAIR, ug.Office(post="chair"),
                                       ug.Office("Gia Thụy, Long Biên", post="chair"),
                                       ug.Office("00130", post="chair")])
def test_rules_issued_on_25_june_in_force_on_1_july_2021_are_accepted(
        issued_by: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ward = _rules(issued_by=issued_by)
    assert ward.working_rules[0].issued == dt.date(2021, 6, 25)
    assert ward.working_rules[0].in_force == dt.date(2021, 7, 1)
    assert ug.validate(ward) == ()
    for fmt in ("toml", "json"):
        assert io.loads(io.dumps(ward, fmt)) == ward
    assert _check_file(tmp_path, capsys, ward) == (0, [])


def test_rules_in_force_before_the_pilot_or_issued_before_the_model_are_rejected() -> None:
    assert [v.code for v in _errors(_rules(effective="2021-06-30"), "UG-RULES-FROM")] == [
        "UG-RULES-FROM"]
    (early,) = _errors(_rules(issued="2021-06-20"), "UG-RULES-MODEL")
    assert "before the model 2696/QĐ-UBND" in early.message and "2021-06-21" in early.message


def test_old_working_rules_without_an_issue_day_still_load() -> None:
    text = """format_version = 1
as_of = 2022-07-01
[ward]
name = "Gia Thụy"
code = "00130"
city = "01"
council = "none"
[[ward.working_rules]]
issued_by = "chair"
effective = 2021-07-01
based_on = "2696/QĐ-UBND"
"""
    ward = io.loads(text)
    assert ward.working_rules[0].issued is None
    assert ward.working_rules[0].issued_by is ug.Post.CHAIR


# -- council officers in a 2022 ward; a delegation of 2020 ------------------------------

def test_a_2022_ward_listing_a_council_vice_chair_is_rejected_about_the_council(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    officer = ug.Official("Ngô Phó HĐND", ug.Post.COUNCIL_VICE_CHAIR,
                          Period(dt.date(2021, 7, 1)))
    ward = ug.Ward.draft(**GIA_THUY, as_of=DAY, officials=(officer,))
    (violation,) = [v for v in ug.validate(ward) if v.severity is ug.Severity.ERROR]
    assert "People's Council" in violation.message and "no People's Council" in (
        violation.message)
    code, found = _check_file(tmp_path, capsys, ward)
    assert code == 1 and any("People's Council" in v["message"] for v in found)


def _delegating_2020() -> ug.Ward:
    chair = ug.Official("Chủ tịch A", ug.Post.CHAIR, Period(dt.date(2019, 1, 1),
                                                            dt.date(2021, 7, 1)))
    new_chair = ug.Official("Chủ tịch B", ug.Post.CHAIR, Period(dt.date(2021, 7, 1)),
                            ug.Appointment("parent_chair", "3/QĐ-UBND"))
    clerk = ug.Official("Tư pháp C", ug.Post.TU_PHAP_HO_TICH, Period(dt.date(2015, 1, 1)))
    made = ug.Delegation("Chủ tịch A", "Tư pháp C", ["certify-copy"],
                         Period(dt.date(2020, 3, 1), dt.date(2021, 3, 1)), "5/QĐ-UBND")
    return ug.Ward.draft(**GIA_THUY, as_of=DAY, council=None,
                         officials=(chair, new_chair, clerk), delegations=(made,))


def test_a_2022_ward_holding_a_delegation_of_2020_is_rejected_citing_the_2020_law(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ward = _delegating_2020()
    (violation,) = [v for v in ug.validate(ward) if v.severity is ug.Severity.ERROR]
    assert violation.code == "UG-DELEG-ACTS"
    assert str(violation.provision) == "khoản 2 Điều 5 Nghị định 23/2015/NĐ-CP"
    assert "2020-03-01" in violation.message and "no basis" in violation.message
    code, found = _check_file(tmp_path, capsys, ward)
    assert code == 1 and [v["code"] for v in found] == ["UG-DELEG-ACTS"]


def test_a_delegation_made_under_the_pilot_is_judged_by_the_pilot() -> None:
    ward = _delegating_2020()
    made = ug.Delegation("Chủ tịch B", "Tư pháp C", ["certify-copy"],
                         Period(dt.date(2021, 8, 1), dt.date(2022, 8, 1)), "6/QĐ-UBND")
    ward = ug.Ward.draft(**GIA_THUY, as_of=DAY, council=None, officials=ward.officials,
                         delegations=(made,))
    assert ug.validate(ward) == ()


# -- 6. messages that name the other ward and the day the delegator took office ---------

def test_a_delegate_of_another_ward_is_named_with_that_ward() -> None:
    chair = ug.Official("Chủ tịch", ug.Post.CHAIR, Period(dt.date(2021, 7, 1)),
                        ug.Appointment("parent_chair"))
    clerk = ug.Official("Tư pháp B", ug.Post.TU_PHAP_HO_TICH, Period(dt.date(2015, 1, 1)))
    made = ug.Delegation("Chủ tịch", "Tư pháp B", ["certify-copy"],
                         Period(dt.date(2021, 8, 1), dt.date(2022, 12, 31)), "1/QĐ-UBND")
    here = ug.Ward(name="Gia Thụy", code="00130", officials=(chair,), delegations=(made,))
    there = ug.Ward(name="Ngọc Lâm", code="00127", officials=(clerk,))
    district = ug.District.draft(name="Long Biên", code="004", city="01", as_of=DAY,
                                 wards=(here, there))
    (named,) = [v for v in ug.validate(district) if v.code == "UG-DELEG-OTHER-UNIT"]
    assert named.path == "wards[0].delegations[0].delegate"
    assert "Phường Ngọc Lâm, another unit" in named.message


def test_a_delegation_before_the_delegator_took_office_names_the_day() -> None:
    chair = ug.Official("Chủ tịch", ug.Post.CHAIR, Period(dt.date(2021, 9, 1)),
                        ug.Appointment("parent_chair"))
    clerk = ug.Official("Tư pháp", ug.Post.TU_PHAP_HO_TICH, Period(dt.date(2015, 1, 1)))
    made = ug.Delegation("Chủ tịch", "Tư pháp", ["certify-copy"],
                         Period(dt.date(2021, 8, 1), dt.date(2022, 12, 31)), "1/QĐ-UBND")
    ward = ug.Ward.draft(**GIA_THUY, as_of=DAY, council=None, officials=(chair, clerk),
                         delegations=(made,))
    (violation,) = [v for v in ug.validate(ward) if v.code == "UG-DELEG-DELEGATOR"]
    assert "took office only on 2021-09-01" in violation.message
    assert "no post in this unit" not in violation.message
