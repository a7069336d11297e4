"""Laws of the file format: dump then load gives back the same object, in both formats."""

from __future__ import annotations

import json
import tomllib

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from io_strategies import structures

import urbangov.io as io
from urbangov.structure import Unit

FORMATS = ["toml", "json"]
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.mark.parametrize("fmt", FORMATS)
@SETTINGS
@given(structures())
def test_dump_then_read_gives_the_same_structure(fmt: str, unit: Unit) -> None:
    text = io.dumps(unit, fmt)
    result = io.check(text, fmt)
    assert result.problems == ()
    assert result.structure == unit


@pytest.mark.parametrize("fmt", FORMATS)
@SETTINGS
@given(structures())
def test_dump_is_deterministic_and_a_fixed_point(fmt: str, unit: Unit) -> None:
    text = io.dumps(unit, fmt)
    again = io.check(text, fmt).structure
    assert again is not None
    assert io.dumps(again, fmt) == text


@SETTINGS
@given(structures())
def test_toml_and_json_hold_the_same_document(unit: Unit) -> None:
    from_toml = tomllib.loads(io.dumps(unit, "toml"))
    from_json = json.loads(io.dumps(unit, "json"))
    assert json.loads(json.dumps(from_toml, default=str, ensure_ascii=False)) == from_json


@SETTINGS
@given(structures())
def test_every_dumped_file_fits_the_schema(unit: Unit) -> None:
    jsonschema.validate(json.loads(io.dumps(unit, "json")), io.json_schema())


@SETTINGS
@given(structures())
def test_json_keys_are_sorted(unit: Unit) -> None:
    def check(value: object) -> None:
        if isinstance(value, dict):
            keys = [k for k in value if k != "format_version"]
            assert keys == sorted(keys)
            for v in value.values():
                check(v)
        elif isinstance(value, list):
            for v in value:
                check(v)

    check(json.loads(io.dumps(unit, "json")))


def _lawful() -> st.SearchStrategy[Unit]:
    strategies = pytest.importorskip("urbangov.strategies")
    return st.one_of(strategies.wards(), strategies.districts()).map(lambda d: d.dated())


@pytest.mark.parametrize("fmt", FORMATS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_lawful_structures_load_back_equal(fmt: str, data: st.DataObject) -> None:
    unit = data.draw(_lawful())
    loaded = io.loads(io.dumps(unit, fmt), fmt)
    assert loaded == unit
    assert type(loaded) is type(unit)


@pytest.mark.parametrize("fmt", FORMATS)
@SETTINGS
@given(structures())
def test_dump_writes_a_whole_file(tmp_path_factory: pytest.TempPathFactory, fmt: str,
                                  unit: Unit) -> None:
    path = tmp_path_factory.mktemp("d") / f"s.{fmt}"
    io.dump(unit, path)
    assert io.check(path).structure == unit
    assert [p.name for p in path.parent.iterdir()] == [path.name]
