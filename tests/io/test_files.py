"""The io API: loading examples, references to bundled units, errors, schema, Popolo."""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import tomllib
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest

import urbangov as ug
import urbangov.io as io
from urbangov.structure import UNRECORDED

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
STRUCTURE_FILES = sorted(p for p in EXAMPLES.glob("*") if p.suffix in (".toml", ".json"))


def _raw(path: Path) -> Any:
    if path.suffix == ".json":
        return json.loads(path.read_text(encoding="utf-8"))
    # TOML dates are checked as ISO strings, as a JSON file writes them
    return json.loads(json.dumps(tomllib.loads(path.read_text(encoding="utf-8")), default=str))


def test_the_examples_exist() -> None:
    names = {p.name for p in STRUCTURE_FILES}
    assert {"gia_thuy_2022.toml", "gia_thuy_2022.json", "violations.toml"} <= names


def test_the_gia_thuy_example_is_lawful_and_the_same_in_both_formats() -> None:
    ward = io.load(EXAMPLES / "gia_thuy_2022.toml")
    assert ward == io.load(EXAMPLES / "gia_thuy_2022.json")
    assert isinstance(ward, ug.Ward)
    assert ward.as_of == dt.date(2022, 7, 1)
    assert (ward.name, ward.code, ward.city, ward.council) == ("Gia Thụy", "00130", "01", None)
    chair = ward.chair(ward.as_of)
    assert chair is not None
    assert chair.name == "Đặng Việt Phương"
    assert chair.appointment is not None
    assert chair.appointment.by is ug.Authority.PARENT_CHAIR
    assert ward.delegations[0].acts == {ug.Act.CERTIFY_COPY, ug.Act.CERTIFY_SIGNATURE}
    assert ward.delegations[0].decision
    assert not ug.validate(ward)


def test_the_violations_example_breaks_many_rules() -> None:
    result = io.check(EXAMPLES / "violations.toml")
    assert result.readable
    assert {"UG-COUNCIL", "UG-VICE-CHAIR-CAP", "UG-DELEG-DELEGATOR",
            "UG-DELEG-ACTS"} <= result.report.codes
    with pytest.raises(ug.InvariantError) as caught:
        io.load(EXAMPLES / "violations.toml")
    assert {v.code for v in caught.value.violations} == {v.code for v in result.report.errors}


@pytest.mark.parametrize("path", STRUCTURE_FILES, ids=lambda p: p.name)
def test_the_schema_accepts_every_example(path: Path) -> None:
    jsonschema.Draft202012Validator.check_schema(io.json_schema())
    jsonschema.validate(_raw(path), io.json_schema())


SCHEMA_REJECTS = {
    "unknown key": ("ward", "offcials", []),
    "unit class IV": ("ward", "unit_class", "IV"),
    "unknown post": ("officials", "post", "mayor"),
    "string for a list": ("ward", "officials", "A"),
    "number for a date": ("root", "as_of", 20220701),
    "wrong format_version": ("root", "format_version", 2),
    "null council": ("ward", "council", None),
    "council false": ("ward", "council", False),
    "empty name": ("officials", "name", ""),
    "unknown act": ("delegations", "acts", ["certify-copies"]),
    "duplicate act": ("delegations", "acts", ["certify-copy", "certify-copy"]),
    "not a date": ("root", "as_of", "July 2022"),
    "bool for text": ("officials", "name", True),
}


@pytest.mark.parametrize("where", sorted(SCHEMA_REJECTS))
def test_the_schema_rejects_structurally_broken_files(where: str) -> None:
    doc = _raw(EXAMPLES / "gia_thuy_2022.json")
    place, key, value = SCHEMA_REJECTS[where]
    target = {"root": doc, "ward": doc["ward"], "officials": doc["ward"]["officials"][0],
              "delegations": doc["ward"]["delegations"][0]}[place]
    target[key] = value
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, io.json_schema())
    with pytest.raises(io.LoadError):
        io.loads(json.dumps(doc), "json")


@pytest.mark.parametrize("change", ["missing version", "top-level list", "two roots",
                                    "no root", "end and last"])
def test_the_schema_rejects_bad_shapes(change: str) -> None:
    doc: Any = _raw(EXAMPLES / "gia_thuy_2022.json")
    if change == "missing version":
        del doc["format_version"]
    elif change == "top-level list":
        doc = [doc]
    elif change == "two roots":
        doc["district"] = {"name": "Long Biên"}
    elif change == "no root":
        del doc["ward"]
    else:
        doc["ward"]["delegations"][0]["period"]["end"] = "2023-07-01"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, io.json_schema())


def test_load_error_lists_every_problem_with_its_place() -> None:
    text = """format_version = 1
as_of = "31/2/2022"
[ward]
name = "X"
unit_class = "IV"
officials = [{ name = "A", post = "mayor", tenure = { start = 2021-07-01 } }]
"""
    with pytest.raises(io.LoadError) as caught:
        io.loads(text)
    paths = [p.path for p in caught.value.problems]
    assert paths == ["as_of", "ward.unit_class", "ward.officials[0].post"]
    assert "3 problems" in str(caught.value)
    assert caught.value.source == "<text>"


def test_syntax_errors_carry_line_and_column() -> None:
    with pytest.raises(io.LoadError) as caught:
        io.loads('{"format_version": 1,\n "as_of": }', "json")
    problem = caught.value.problems[0]
    assert (problem.line, problem.column) == (2, 11)
    with pytest.raises(io.LoadError) as caught:
        io.loads("format_version = 1\nas_of = \n", "toml")
    assert caught.value.problems[0].line == 2


def test_vietnamese_dates_are_read_and_written_back_as_iso() -> None:
    text = """format_version = 1
as_of = "ngày 1 tháng 7 năm 2022"
[ward]
ref = "00130"
city = 1
council = "none"
[[ward.working_rules]]
issued_by = "chair"
effective = "1/7/2021"
based_on = "2696/QĐ-UBND"
"""
    ward = io.loads(text)
    assert ward.as_of == dt.date(2022, 7, 1)
    assert ward.working_rules[0].effective == dt.date(2021, 7, 1)
    assert '"effective": "2021-07-01"' in io.dumps(ward, "json")
    assert "effective = 2021-07-01" in io.dumps(ward, "toml")


def test_last_day_is_read_as_the_exclusive_end() -> None:
    text = io.dumps(io.load(EXAMPLES / "gia_thuy_2022.toml"), "toml")
    assert "end = 2023-07-01" in text
    assert "last" not in text


def test_unrecorded_and_none_stay_apart() -> None:
    base = ug.Ward(name="X", city="01")
    assert "council" not in io.converter.unstructure(base)
    assert io.converter.unstructure(attrs.evolve(base, council=None))["council"] == "none"
    assert "officials" not in io.converter.unstructure(base)
    assert io.converter.unstructure(attrs.evolve(base, officials=()))["officials"] == []
    for unit in (base, attrs.evolve(base, council=None, officials=())):
        dated = attrs.evolve(unit, as_of=dt.date(2022, 7, 1))
        for fmt in io.FORMATS:
            back = io.loads(io.dumps(dated, fmt), fmt)
            assert back == dated
    assert io.loads(io.dumps(attrs.evolve(base, as_of=dt.date(2022, 7, 1)))).council \
        is UNRECORDED


def test_the_converter_structures_what_it_unstructures() -> None:
    ward = io.load(EXAMPLES / "gia_thuy_2022.toml")
    data = io.converter.unstructure(ward)
    assert io.converter.structure(copy.deepcopy(data), ug.Ward) == ward
    official = ward.officials[0] if ward.officials else None
    assert io.converter.structure(io.converter.unstructure(official), ug.Official) == official


def test_a_district_file_with_nested_bundled_wards() -> None:
    text = """format_version = 1
as_of = 2022-07-01
[district]
ref = "Long Biên"
city = "Hà Nội"
[[district.wards]]
ref = "Gia Thụy"
council = "none"
[[district.wards]]
ref = "00115"
"""
    district = io.loads(text)
    assert isinstance(district, ug.District)
    assert [w.name for w in district.wards] == ["Gia Thụy", "Thượng Thanh"]
    assert district.wards[0].council is None
    assert district.wards[1].council is UNRECORDED
    assert io.loads(io.dumps(district, "json")) == district


def test_a_unit_not_in_the_bundled_data() -> None:
    text = """format_version = 1
as_of = 2022-07-01
[ward]
name = "Phường Mới"
code = "99999"
city = "92"
"""
    ward = io.loads(text)
    assert (ward.name, ward.city, ward.kind) == ("Phường Mới", "92", ug.UnitKind.PHUONG)


def test_dumps_needs_a_dated_unit() -> None:
    with pytest.raises(ValueError, match="as_of"):
        io.dumps(ug.Ward(name="X"))
    with pytest.raises(TypeError):
        io.dumps(ug.Official("A", ug.Post.CHAIR, ug.Period(dt.date(2021, 1, 1))))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown format"):
        io.dumps(attrs.evolve(ug.Ward(name="X"), as_of=dt.date(2022, 7, 1)), "yaml")


def test_a_failed_write_leaves_the_old_file(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    ward = io.load(EXAMPLES / "gia_thuy_2022.toml")
    target = tmp_path / "w.toml"
    target.write_text("old", encoding="utf-8")

    def fail(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        io.dump(ward, target)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["w.toml"]


def test_dump_picks_the_format_from_the_suffix(tmp_path: Path) -> None:
    ward = io.load(EXAMPLES / "gia_thuy_2022.toml")
    io.dump(ward, tmp_path / "w.json")
    assert json.loads((tmp_path / "w.json").read_text(encoding="utf-8"))["format_version"] == 1
    io.dump(ward, tmp_path / "w.txt")
    assert io.load(tmp_path / "w.txt") == ward


def test_to_popolo_fits_the_popolo_subset() -> None:
    ward = io.load(EXAMPLES / "gia_thuy_2022.toml")
    popolo = io.to_popolo(ward)
    jsonschema.validate(popolo, io.POPOLO_SCHEMA)
    assert [o["classification"] for o in popolo["organizations"]] == ["executive"]
    chair = next(m for m in popolo["memberships"] if m["role"].startswith("Chairman"))
    assert chair["start_date"] == "2021-07-01"
    assert "end_date" not in chair
    ids = {p["id"] for p in popolo["persons"]}
    assert all(m["person_id"] in ids for m in popolo["memberships"])
    posts = {p["id"] for p in popolo["posts"]}
    assert all(m["post_id"] in posts for m in popolo["memberships"])


def test_to_popolo_of_a_structure_with_councils_and_ended_tenures() -> None:
    structure = io.check(EXAMPLES / "violations.toml").structure
    assert structure is not None
    popolo = io.to_popolo(structure)
    jsonschema.validate(popolo, io.POPOLO_SCHEMA)
    assert "legislature" in {o["classification"] for o in popolo["organizations"]}
    ended = [m for m in popolo["memberships"] if "end_date" in m]
    assert ended[0]["end_date"] == "2028-06-30"  # the last day, inclusive


def test_the_popolo_schema_is_a_valid_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(io.POPOLO_SCHEMA)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_dump_keeps_the_permissions_of_the_file_it_replaces(tmp_path: Path) -> None:
    ward = io.load(EXAMPLES / "gia_thuy_2022.toml")
    new = tmp_path / "new.toml"
    io.dump(ward, new)
    assert new.stat().st_mode & 0o777 == 0o644
    new.chmod(0o640)
    io.dump(ward, new)
    assert new.stat().st_mode & 0o777 == 0o640


def _sơn_tây_ward(district: str) -> str:
    return f"""format_version = 1
as_of = 2025-03-01
[district]
{district}
city = "Hà Nội"
[[district.wards]]
ref = "Lê Lợi"
council = "none"
"""


def test_a_ward_ref_is_looked_up_in_its_district_never_in_the_whole_city() -> None:
    """Sơn Tây's Phường Lê Lợi merged into Ngô Quyền on 2025-01-01: the ref must not
    quietly find Xã Lê Lợi of Huyện Thường Tín, the only Lê Lợi left in Hà Nội."""
    for district in ('name = "Sơn Tây"\nkind = "thi_xa"', 'ref = "Sơn Tây"'):
        with pytest.raises(io.LoadError) as caught:
            io.loads(_sơn_tây_ward(district), "toml")
        assert "Lê Lợi" in str(caught.value) and "Sơn Tây" in str(caught.value)
        assert "10243" not in str(caught.value)


def test_a_ward_ref_in_a_district_the_data_lacks_is_refused_not_widened() -> None:
    with pytest.raises(io.LoadError) as caught:
        io.loads(_sơn_tây_ward('name = "Quận Chưa Có"\nkind = "quan"'), "toml")
    problem = caught.value.problems[0]
    assert problem.path.endswith("wards[0].ref")
    assert "does not hold" in problem.message and "Quận Chưa Có" in problem.message
