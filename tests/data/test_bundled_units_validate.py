"""The bundled units validate under the regime of any day they describe (as bare units)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import urbangov as ug
import urbangov.data as data
from urbangov import units

SNAPSHOT = dt.date(2025, 6, 30)  # the day of the bundled structures
BOUNDARIES = [dt.date(2021, 7, 1), dt.date(2024, 12, 31), dt.date(2025, 1, 1),
              dt.date(2025, 6, 30)]


def _findings(code: str, day: dt.date) -> list[ug.Violation]:
    """The findings on the snapshot (of 2025-06-30) judged on *day*, but those of its
    wards that began after *day*: HCMC renumbered wards on 2025-03-01, so its Phường 14
    [26929] of the snapshot did not exist on 2024-12-31 (UG-UNIT-EXISTS says so), and
    its Phường 2 [27367] of Quận 6 took on 2025-03-01 the code of a ward that had ceased
    on 2025-01-01."""
    return [v for v in ug.validate(data.city(code), on=day)
            if not (v.code == "UG-UNIT-EXISTS" and _began_after(v.values["code"], day))]


def _began_after(code: str, day: dt.date) -> bool:
    """Whether the unit of the snapshot's day with GSO *code* began after *day*."""
    start = units.unit(code, SNAPSHOT).unit.start
    return start is not None and start > day


@pytest.mark.parametrize("day", BOUNDARIES)
@pytest.mark.parametrize("code", ["01", "79", "48"])
def test_every_bundled_city_validates_cleanly_on_the_boundary_days(code: str,
                                                                   day: dt.date) -> None:
    assert _findings(code, day) == []


def test_the_snapshot_before_hcmcs_renumbering_names_the_wards_that_began_later() -> None:
    report = ug.validate(data.city("79"), on=dt.date(2024, 12, 31))
    assert report.codes == {"UG-UNIT-EXISTS"}
    assert all(_began_after(v.values["code"], dt.date(2024, 12, 31)) for v in report)
    # six renumbered wards; Phường 2 [27367] of Quận 6 bore the code and name that day
    assert len(report) == 6


@settings(max_examples=25, deadline=None)
@given(day=st.dates(dt.date(2021, 7, 1), dt.date(2025, 6, 30)),
       code=st.sampled_from(["01", "79", "48"]))
def test_every_bundled_city_validates_cleanly_on_any_day_of_the_urban_regimes(
        code: str, day: dt.date) -> None:
    assert _findings(code, day) == []


def test_after_the_reform_the_bundled_districts_no_longer_exist() -> None:
    report = ug.validate(data.city("01"), on=dt.date(2025, 7, 1))
    assert report.codes == {"UG-UNIT-EXISTS"}
    by_kind = [v for v in report if "exists on 2025-07-01" in v.message]
    assert len(by_kind) == 30 + 21  # every district and every thị trấn, by kind
    # and every ward that ceased that day, by name, with its successors and clause
    assert all("did not exist on 2025-07-01" in v.message and "1656/NQ-UBTVQH15" in v.message
               for v in report if v not in by_kind)
