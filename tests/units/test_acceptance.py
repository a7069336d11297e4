"""Issue #12 acceptance: counts of a day, a ward that ceased, and the errors that say so."""

from __future__ import annotations

import datetime as dt
import pickle
from collections import Counter

import pytest

from urbangov import units
from urbangov.units import Level, UnitKind

D = dt.date


@pytest.mark.parametrize(("city", "total", "kinds"), [
    ("Hà Nội", 126, {"phuong": 51, "xa": 75}),
    ("Hồ Chí Minh", 168, {"phuong": 113, "xa": 54, "dac_khu": 1}),
    ("Đà Nẵng", 94, {"phuong": 23, "xa": 70, "dac_khu": 1}),
])
def test_the_three_cities_on_2026_12_01(city: str, total: int, kinds: dict[str, int]) -> None:
    found = units.units(city, "2026-12-01")
    assert len(found) == total
    assert Counter(u.kind.value for u in found) == kinds
    assert all(u.level is Level.COMMUNE and len(u.parent or "") == 2 for u in found)


def test_hanoi_on_2022_07_01_has_its_30_districts_and_their_communes() -> None:
    districts = units.units("01", "2022-07-01", level=Level.DISTRICT)
    assert len(districts) == 30
    assert Counter(d.kind.value for d in districts) == {"quan": 12, "thi_xa": 1, "huyen": 17}
    communes = units.units("01", "2022-07-01", level=Level.COMMUNE)
    assert {c.parent for c in communes} == {d.code for d in districts}
    assert len(communes) == 579


def test_the_country_before_and_after_the_reform() -> None:
    assert len(units.provinces("2025-06-30")) == 63
    assert len(units.provinces("2025-07-01")) == 34
    assert all(not units.units(p.code, "2025-07-01", level=Level.DISTRICT)
               for p in units.provinces("2025-07-01"))


def test_gia_thuy_exists_on_2022_07_01_and_not_on_2025_07_01() -> None:
    ward = units.unit("Phường Gia Thụy, Quận Long Biên, Hà Nội", "2022-07-01")
    assert (ward.code, ward.kind, ward.parent_name) == ("00130", UnitKind.PHUONG, "Quận Long Biên")
    # diacritics optional; alone, "gia thuy" also fits Xã Gia Thủy (Ninh Bình)
    assert units.unit("p gia thuy, long bien, ha noi", "2022-07-01").code == "00130"
    with pytest.raises(units.AmbiguousUnitError if hasattr(units, "AmbiguousUnitError")
                       else LookupError, match="Gia Thủy"):
        units.unit("gia thuy", "2022-07-01")
    with pytest.raises(units.UnitNotInForceError) as info:
        units.unit("Phường Gia Thụy, Quận Long Biên, Hà Nội", "2025-07-01")
    err = info.value
    assert err.ceased == D(2025, 7, 1) and err.began is None
    assert {units.get(ln.successor).latest.full_name for ln in err.successors} == {
        "Phường Long Biên", "Phường Bồ Đề", "Phường Việt Hưng"}
    for ln in err.successors:
        assert ln.provision is not None
        assert ln.provision.instrument.identifier == "1656/NQ-UBTVQH15"
        assert ln.provision.article == 1 and ln.provision.clause in (39, 40, 41)
        assert str(ln.provision) in str(err)
    assert "khoản 39 Điều 1 Nghị quyết 1656/NQ-UBTVQH15" in str(err)
    assert isinstance(err, LookupError)
    again = pickle.loads(pickle.dumps(err))
    assert str(again) == str(err) and again.successors == err.successors


def test_a_new_unit_asked_for_before_it_began_names_its_predecessors() -> None:
    with pytest.raises(units.UnitNotInForceError) as info:
        units.unit("Phường Hồng Hà, Hà Nội", "2025-06-30")
    assert info.value.began == D(2025, 7, 1)
    assert {units.get(ln.predecessor).code for ln in info.value.predecessors} >= {"00001"}
    assert "it began on 2025-07-01" in str(info.value)


def test_a_day_before_the_data_is_refused_or_warned_about() -> None:
    with pytest.raises(units.OutsideCoverageError, match="2021-11-01"):
        units.units("Hà Nội", "2020-01-01")
    with pytest.warns(units.CoverageWarning, match="units of 2021-11-01"):
        found = units.units("Hà Nội", "2020-01-01", strict=False)
    assert found == units.units("Hà Nội", "2021-11-01")


def test_a_province_the_data_does_not_follow_past_a_day_warns() -> None:
    with pytest.warns(units.CoverageWarning, match="Bắc Ninh"):
        units.units("Bắc Ninh", "2026-12-01")
    assert units.units("Bắc Ninh", "2026-09-19")  # no warning before the gap


def test_quang_ninh_and_bac_ninh_become_cities_on_their_days() -> None:
    """NQ 36/2026/QH16 (from 2026-09-01) and NQ 39/2026/QH16 (from 2026-09-20):
    legal-reference-2025-2026.md §4.1 (medium); 25 provinces and 9 cities after."""
    import warnings

    tinh, city = units.UnitKind.TINH, units.UnitKind.THANH_PHO
    assert units.unit("22", "2026-08-31").version.kind is tinh
    assert units.unit("22", "2026-09-01").version.kind is city
    assert units.unit("24", "2026-09-19").version.kind is tinh
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", units.CoverageWarning)
        assert units.unit("24", "2026-09-20").version.kind is city
        kinds = [p.version.kind for p in units.provinces("2026-12-01")]
    assert (kinds.count(tinh), kinds.count(city)) == (25, 9)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # Quảng Ninh's change is in the data: no gap
        assert len(units.units("Quảng Ninh", "2026-12-01")) == 54


def test_unknown_names_say_what_the_data_covers() -> None:
    with pytest.raises(units.UnitLookupError if hasattr(units, "UnitLookupError")
                       else LookupError, match="2021-11-01"):
        units.unit("Phường Không Có", "2025-01-01")


def test_dong_nai_becomes_a_city_on_2026_04_30_with_its_provision() -> None:
    h = units.history("Đồng Nai")
    kinds = [v.kind for v in h.unit.versions]
    assert kinds == [UnitKind.TINH, UnitKind.THANH_PHO]
    change = next(c for c in h.changes if c.kind is units.ChangeKind.KIND_CHANGED)
    assert change.day == D(2026, 4, 30)
    assert change.provision is not None
    assert change.provision.instrument.identifier == "30/2026/QH16"
    wards = [u for u in units.units("Đồng Nai", "2026-05-01")
             if units.history(u.code, "2026-05-01").changes
             and any(c.kind is units.ChangeKind.KIND_CHANGED and c.day == D(2026, 4, 30)
                     for c in units.history(u.code, "2026-05-01").changes)]
    assert len(wards) == 10 and all(w.kind is UnitKind.PHUONG for w in wards)


def test_every_cited_instrument_is_in_the_catalogue_with_its_dates() -> None:
    from urbangov.units._store import store

    s = store()
    seen = {b[0] for row in s.raw["events"] for b in row[3]}
    seen |= {b[0] for row in s.raw["links"] for b in row[4]}
    import urbangov as ug

    for ident in seen:
        inst = ug.catalogue().get(ident)
        assert inst.signed is not None and inst.effective is not None, ident


def test_lookup_by_code_and_history_of_a_reused_code() -> None:
    old = units.unit("00004", "2025-06-30")
    new = units.unit("00004", "2025-07-01")
    assert (old.full_name, new.full_name) == ("Phường Trúc Bạch", "Phường Ba Đình")
    assert old.unit.id != new.unit.id
    assert units.history("00004", "2025-06-30").successors[0].successor == new.unit.id


def test_units_of_a_day_carry_kind_parent_and_names() -> None:
    u = units.unit("Thủ Đức", "2024-01-01")
    assert u.kind is UnitKind.THANH_PHO_THUOC_TP and u.level is Level.DISTRICT
    assert u.parent == "79" and u.parent_name == "Thành phố Hồ Chí Minh"


def test_a_unit_whose_successor_the_sources_do_not_give_says_so() -> None:
    gone = units.get("00010")  # Phường Nguyễn Trung Trực (Ba Đình), gone on 2025-01-01
    assert gone.end == D(2025, 1, 1)
    change = units.history("00010").changes[-1]
    assert change.kind is units.ChangeKind.ABOLISHED and change.basis == ()
    assert change.note is not None and "not recorded" in change.note
    conversion = units.convert("00010", "2025-07-01")
    assert conversion.targets == () and conversion.unresolved is not None
    with pytest.raises(units.UnitNotInForceError, match="not recorded"):
        units.unit("00010", "2025-02-01")


def test_today_is_the_default_day() -> None:
    assert units.units("Hà Nội") == units.units("Hà Nội", dt.date.today())
    assert units.unit("00004", "today").full_name == "Phường Ba Đình"
