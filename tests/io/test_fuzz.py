"""No input makes reading raise: arbitrary documents, texts and bytes give a report."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import urbangov.io as io
from urbangov.io._spec import TYPES

KEYS = sorted({key for table in TYPES.values() for key in table} | {"x", "Name"})
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=False),
    st.sampled_from(["none", "2022-07-01", "1/7/2021", "31/2/2022", "chair", "phuong",
                     "Gia Thụy", "00130", "Hà Nội", "01", "79", "certify-copy", "", "IV",
                     "parent_chair", "head_of_agency", "-2022-01-01", "Phường 1"]),
    st.text(max_size=8))
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(KEYS), inner, max_size=4)),
    max_leaves=20)
UNIT = st.fixed_dictionaries({}, optional=dict.fromkeys(TYPES["ward"], VALUES)).map(
    lambda d: {"ref": "00130", "city": "01", **d} if "name" not in d else d)
DOCUMENTS = st.fixed_dictionaries(
    {"format_version": st.just(1), "as_of": st.sampled_from(["2022-07-01", "2030-01-01",
                                                              "2010-01-01"])},
    optional={"ward": UNIT, "district": VALUES, "city": VALUES, "x": VALUES})

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def _ok(result: io.Checked) -> None:
    assert result.readable == (result.structure is not None)
    assert all(p.message for p in result.problems)


@SETTINGS
@given(DOCUMENTS)
def test_arbitrary_documents_are_reported_not_raised(doc: dict[str, Any]) -> None:
    _ok(io.check(json.dumps(doc), "json"))


@SETTINGS
@given(st.binary(max_size=200))
def test_arbitrary_bytes_are_reported_not_raised(data: bytes) -> None:
    _ok(io.check(data))
    _ok(io.check(data, "json"))


@SETTINGS
@given(st.text(max_size=200))
def test_arbitrary_text_is_reported_not_raised(text: str) -> None:
    _ok(io.check(text.encode("utf-8", "surrogatepass"), "toml"))
