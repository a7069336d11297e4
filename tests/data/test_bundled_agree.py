"""The two bundled unit files agree on the snapshot day of units.json.

``urbangov.data`` (units.json: the three centrally-run cities on 2025-06-30) and
``urbangov.units`` (units_history.json.gz: every unit over time) are built from different
sources by tools/build_units.py and tools/build_units_history.py.  On the snapshot day
each unit code must name the same unit in both: same name, kind and parent, and neither
file may hold a unit of those cities that the other lacks.  Needs nothing but the
installed package.
"""

from __future__ import annotations

import datetime as dt

import pytest

from urbangov import data, units
from urbangov.terms import Level

DAY = data.snapshot().as_of


def _bundled() -> dict[str, tuple[str, str, str]]:
    """code -> (name, kind, parent) for every district and ward of units.json."""
    out: dict[str, tuple[str, str, str]] = {}
    for city in data.cities():
        for district in city.districts:
            out[district.code] = (district.name, district.kind.value, city.code)
            for ward in district.wards:
                out[ward.code] = (ward.name, ward.kind.value, district.code)
    return out


def _over_time() -> dict[str, tuple[str, str, str]]:
    """The same, from the units-over-time data on the snapshot day."""
    out: dict[str, tuple[str, str, str]] = {}
    for city in data.cities():
        for level in (Level.DISTRICT, Level.COMMUNE):
            for on_day in units.units(city.code, DAY, level=level):
                v = on_day.version
                out[on_day.unit.code] = (v.name, v.kind.value, str(v.parent))
    return out


def test_snapshot_day_is_the_day_before_the_reform() -> None:
    assert dt.date(2025, 6, 30) == DAY


def test_every_code_names_the_same_unit_in_both_files() -> None:
    bundled, over_time = _bundled(), _over_time()
    differ = {
        code: (row, over_time.get(code))
        for code, row in bundled.items()
        if over_time.get(code) != row
    }
    assert differ == {}
    assert sorted(set(over_time) - set(bundled)) == []


@pytest.mark.parametrize(
    ("code", "day", "name"),
    [
        # Sơn Tây: 09574 was Phường Lê Lợi until 2024-12-31; from 2025-01-01 the code
        # is borne by Phường Ngô Quyền (the snapshots v2.0.0 -> v2.3.0 of the source).
        ("09574", "2022-07-01", "Lê Lợi"),
        ("09574", "2024-12-31", "Lê Lợi"),
        ("09574", "2025-01-01", "Ngô Quyền"),
        ("09574", "2025-06-30", "Ngô Quyền"),
        ("09580", "2024-12-31", "Ngô Quyền"),
        ("09583", "2024-12-31", "Quang Trung"),
        ("09574", "2025-07-01", "Sơn Tây"),
    ],
)
def test_son_tay_code_09574_over_time(code: str, day: str, name: str) -> None:
    assert units.unit(code, day).name == name


def test_son_tay_wards_on_the_snapshot_day() -> None:
    son_tay = data.city("Hà Nội").district("Sơn Tây")
    assert [(w.code, w.name) for w in son_tay.wards] == [
        ("09574", "Ngô Quyền"), ("09577", "Phú Thịnh"), ("09586", "Sơn Lộc"),
        ("09589", "Xuân Khanh"), ("09592", "Đường Lâm"), ("09595", "Viên Sơn"),
        ("09598", "Xuân Sơn"), ("09601", "Trung Hưng"), ("09604", "Thanh Mỹ"),
        ("09607", "Trung Sơn Trầm"), ("09610", "Kim Sơn"), ("09613", "Sơn Đông"),
        ("09616", "Cổ Đông"),
    ]


def test_son_tay_ngo_quyen_09580_went_into_09574() -> None:
    """The merger of 2025-01-01 is seen in the snapshots only as 09580 gone and 09574
    renamed Ngô Quyền; the build links the two (an inferred, noted link)."""
    (link,) = units.successors("09580", "2024-12-31")
    assert (link.successor, link.share.value, str(link.day)) == ("09574", "full", "2025-01-01")
    assert link.note is not None and link.note.startswith("inferred")
