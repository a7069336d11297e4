"""Offices in structure files: the `office` table, its schema and its problems."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest

import urbangov as ug
from urbangov import io


def _doc(by: Any, issued_by: Any = "chair") -> dict[str, Any]:
    return {"format_version": 1, "as_of": "2022-07-01", "ward": {
        "name": "Gia Thụy", "code": "00130", "city": "01", "council": "none",
        "officials": [{"name": "Lê Văn Phó", "post": "vice_chair",
                       "tenure": {"start": "2022-01-01"},
                       "appointment": {"by": by, "decision": "12/QĐ-UBND"}}],
        "working_rules": [{"issued_by": issued_by, "effective": "2021-07-01",
                           "issued": "2021-06-25", "based_on": "2696/QĐ-UBND"}]}}


@pytest.mark.parametrize("by", ["parent_chair", {"unit": "Long Biên", "post": "chair"},
                                {"unit": "004", "post": "chair"}])
@pytest.mark.parametrize("issued_by", ["chair", {"post": "chair"},
                                       {"body": "peoples_committee"}])
def test_offices_validate_against_the_schema_and_load(by: Any, issued_by: Any) -> None:
    doc = _doc(by, issued_by)
    jsonschema.validate(doc, io.json_schema())
    ward = io.loads(json.dumps(doc), "json")
    assert ug.validate(ward) == ()
    assert io.loads(io.dumps(ward, "toml")) == ward


@pytest.mark.parametrize("office", [{"unit": "Long Biên"},
                                    {"unit": "Long Biên", "post": "chair",
                                     "body": "peoples_council"},
                                    {"unit": "Long Biên", "post": "mayor"},
                                    {"unit": "", "post": "chair"},
                                    {"unit": "Long Biên", "post": "chair", "x": 1}])
def test_a_malformed_office_is_a_problem_at_its_key_and_a_schema_error(
        office: dict[str, Any]) -> None:
    doc = _doc(office)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, io.json_schema())
    checked = io.check(json.dumps(doc), "json")
    assert checked.structure is None
    assert checked.problems
    assert all(p.path.startswith("ward.officials[0].appointment.by")
               for p in checked.problems)
