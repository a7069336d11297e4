"""Properties of every day's units: parents exist that day, lookups round-trip."""

from __future__ import annotations

import datetime as dt
import functools

from hypothesis import given, settings
from hypothesis import strategies as st

from urbangov import units
from urbangov.units import Level

DAYS = st.dates(dt.date(2021, 11, 1), dt.date(2026, 8, 31))
PROVINCES = st.sampled_from(["01", "79", "48", "08", "02", "75", "96", "31", "30"])


@settings(max_examples=20, deadline=None)
@given(day=DAYS, province=PROVINCES)
def test_every_unit_of_a_day_sits_under_a_unit_of_that_day(day: dt.date, province: str) -> None:
    try:
        found = units.units(province, day)
    except units.UnitNotInForceError as exc:  # a province merged away (02, 30) or new
        assert exc.ceased is not None or exc.began is not None
        return
    codes = {u.code for u in found} | {province}
    for u in found:
        assert u.version.holds_on(day)
        assert u.parent in codes
        assert (u.level is Level.DISTRICT) is (len(u.parent or "") == 2 and len(u.code) == 3)
    if day >= units.REFORM:
        assert all(u.level is Level.COMMUNE for u in found)


@settings(max_examples=20, deadline=None)
@given(day=DAYS, province=PROVINCES, data=st.data())
def test_a_unit_of_a_day_is_found_again_by_its_code_that_day(
        day: dt.date, province: str, data: st.DataObject) -> None:
    try:
        found = units.units(province, day)
    except units.UnitNotInForceError:
        return
    u = data.draw(st.sampled_from(found))
    again = units.unit(u.code, day)
    assert again.unit.id == u.unit.id and again.full_name == u.full_name


@functools.cache
def _links() -> tuple[units.Link, ...]:
    return units.transitions()


@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_successors_and_predecessors_mirror_each_other(data: st.DataObject) -> None:
    link = data.draw(st.sampled_from(_links()))
    old, new = units.get(link.predecessor), units.get(link.successor)
    assert link in units.history(old.id, old.end - dt.timedelta(days=1)
                                 if old.end else None).successors
    assert link in units.history(new.id).predecessors  # ids are queries too
    assert old.end == link.day and new.on(link.day) is not None
