"""Converting an address of no stated day: it is an old address, the unit it names that
had ceased by the day converted to; a district abolished on 2025-07-01 goes where its
wards went; a name alone is a province's first."""

from __future__ import annotations

import subprocess
import sys

import pytest

from urbangov import units
from urbangov.units import Level, Share


def _codes(conversion: units.Conversion) -> set[str]:
    return {t.unit.code for t in conversion.targets}


def test_an_old_address_is_the_unit_that_ceased_not_the_new_one_of_its_name() -> None:
    # Phường Bồ Đề [00139] of Quận Long Biên ceased on 2025-07-01; a new Phường Bồ Đề
    # [00118] sits directly in Hà Nội from that day
    c = units.convert("Phường Bồ Đề, Hà Nội", "2025-07-01")
    assert c.source.code == "00139"
    assert _codes(c) == {"00097", "00118", "00145"}
    assert units.convert("Phường Bồ Đề, Hà Nội", "2026-01-01").source.code == "00139"


def test_a_stated_day_still_decides() -> None:
    c = units.convert("Phường Bồ Đề, Hà Nội", "2026-01-01", on="2025-12-01")
    assert c.source.code == "00118"
    assert [t.path for t in c.targets] == [()]  # unchanged


def test_an_address_with_no_ceased_unit_converts_as_before() -> None:
    c = units.convert("Phường Bồ Đề, Hà Nội", "2025-06-01")  # before the reform
    assert c.source.code == "00139"
    assert [t.path for t in c.targets] == [()]


def test_a_district_goes_where_its_wards_went() -> None:
    c = units.convert("Quận Long Biên, Hà Nội", "2025-07-01")
    assert c.source.code == "004"
    assert c.unresolved is None
    expected = set()
    for ward in units.units("Hà Nội", "2025-06-30", level=Level.COMMUNE):
        if ward.parent_name == "Quận Long Biên":
            expected |= _codes(units.convert(ward.code, "2025-07-01", on="2025-06-30"))
    assert len(expected) > 3
    assert _codes(c) == expected
    assert {t.share for t in c.targets} == {Share.PARTIAL}


def test_a_name_alone_is_the_province_first() -> None:
    c = units.convert("Bình Dương", "2025-07-01")
    assert (c.source.code, _codes(c)) == ("74", {"79"})
    assert units.unit("Bình Dương", "2025-06-30").code == "74"
    # no province of that name on a later day: the communes of the name, ambiguous
    with pytest.raises(units.AmbiguousUnitError):
        units.unit("Bình Dương", "2026-01-01")


def test_the_text_output_names_no_parent_for_a_province() -> None:
    run = subprocess.run([sys.executable, "-m", "urbangov", "convert", "Bình Dương",
                          "--to", "2025-07-01"], capture_output=True, text=True, check=True)
    assert "None" not in run.stdout
    assert run.stdout.splitlines()[0] == "Tỉnh Bình Dương [74] → 2025-07-01:"
