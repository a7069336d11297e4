"""Properties of unit lookup, over every bundled unit and over random text."""

from __future__ import annotations

import contextlib
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import urbangov.data as data
from urbangov._lookup import UnitIndex, label
from urbangov._text import fold

CITIES = data.cities()
DISTRICTS = [(c, d) for c in CITIES for d in c.districts]
WARDS = [(c, d, w) for c, d in DISTRICTS for w in d.wards]


def found_or_listed(lookup: Any, query: str | int, unit: object) -> None:
    """*lookup(query)* returns *unit*, or raises Ambiguous with *unit* among candidates."""
    try:
        got = lookup(query)
    except data.AmbiguousUnitError as err:
        candidates = err.candidates
    else:
        candidates = (got,)
        assert got is unit, (query, got, unit)
    assert any(c is unit for c in candidates), query


def test_every_city_by_its_name_folded_name_full_name_and_code() -> None:
    for c in CITIES:
        assert c.code is not None
        for q in (c.name, fold(c.name), c.full_name, c.code, int(c.code)):
            assert data.city(q) is c


def test_every_district_by_its_names_and_code() -> None:
    for c, d in DISTRICTS:
        assert d.code is not None
        for q in (d.name, fold(d.name), d.full_name, fold(d.full_name), d.code, int(d.code)):
            found_or_listed(c.district, q, d)


def test_every_ward_by_its_names_and_code() -> None:
    for c, d, w in WARDS:
        assert w.code is not None
        for q in (w.name, fold(w.name), w.full_name, fold(w.full_name)):
            found_or_listed(c.ward, q, w)
            found_or_listed(d.ward, q, w)
        assert c.ward(w.code) is w
        assert c.ward(int(w.code)) is w
        assert d.ward(w.code) is w


def test_full_name_is_never_ambiguous_within_a_district() -> None:
    for _, d, w in WARDS:
        assert d.ward(w.full_name) is w


@given(st.sampled_from(WARDS), st.sampled_from(["upper", "lower", "fold", "spaces"]))
def test_ward_lookup_ignores_case_and_spacing(cdw: Any, how: str) -> None:
    c, _, w = cdw
    name = w.full_name
    query = {"upper": name.upper(), "lower": name.lower(), "fold": fold(name),
             "spaces": "  " + "   ".join(name.split()) + " "}[how]
    found_or_listed(c.ward, query, w)


@given(
    st.one_of(
        st.text(max_size=30),
        st.text(alphabet=st.characters(categories=["Nd", "No"]), max_size=6),
        st.integers(),
        st.from_regex(r"[PpQq]\.? ?\d{1,3}", fullmatch=True),
    )
)
def test_random_queries_raise_only_lookup_errors(query: str | int) -> None:
    hcm = data.city(79)
    for lookup in (data.city, hcm.district, hcm.ward, hcm.districts[0].ward):
        with contextlib.suppress(data.UnknownUnitError, data.AmbiguousUnitError):
            lookup(query)


@given(st.text(alphabet="aàáạăằắâầấđeêhgnoôơpqtuưxy 0123456789.", max_size=20))
def test_vietnamese_like_queries_raise_only_lookup_errors(query: str) -> None:
    for lookup in (data.city("Hà Nội").ward, data.city(48).district):
        try:
            unit = lookup(query)
        except (data.UnknownUnitError, data.AmbiguousUnitError):
            continue
        assert unit.code is not None


def test_index_is_generic_over_plain_records() -> None:
    index = UnitIndex(c for c in CITIES)
    assert len(index) == 3
    assert [label(c) for c in index] == [c.full_name for c in CITIES]
