"""The bundled units agree with the source and with the known facts (issue #4)."""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from importlib import resources

import pytest

import urbangov.data as data
from urbangov.terms import UnitClass, UnitKind

RAW = json.loads(
    resources.files("urbangov").joinpath("_data", "units.json").read_text(encoding="utf-8")
)


def district_kinds(code: str) -> dict[str, int]:
    return dict(Counter(d.kind.value for d in data.city(code).districts))


def ward_kinds(code: str) -> dict[str, int]:
    return dict(Counter(w.kind.value for d in data.city(code).districts for w in d.wards))


def test_hanoi_has_12_quan_1_thi_xa_17_huyen() -> None:
    assert district_kinds("01") == {"quan": 12, "thi_xa": 1, "huyen": 17}
    assert [d.name for d in data.city("01").districts if d.kind is UnitKind.THI_XA] == ["Sơn Tây"]


def test_hcm_has_16_quan_thu_duc_and_5_huyen() -> None:
    assert district_kinds("79") == {"quan": 16, "thanh_pho_thuoc_tp": 1, "huyen": 5}
    cities_within = [d for d in data.city(79).districts if d.kind is UnitKind.THANH_PHO_THUOC_TP]
    assert [d.name for d in cities_within] == ["Thủ Đức"]


def test_da_nang_has_6_quan_and_2_huyen_hoang_sa_without_communes() -> None:
    assert district_kinds("48") == {"quan": 6, "huyen": 2}
    hoang_sa = data.city(48).district("Hoàng Sa")
    assert hoang_sa.kind is UnitKind.HUYEN
    assert hoang_sa.wards == ()
    assert all(d.wards for d in data.city(48).districts if d is not hoang_sa)


@pytest.mark.parametrize(
    ("city", "expected"),
    [
        # After the 2023-2025 commune-level rearrangements (in force by 2025-01-01).
        ("01", {"phuong": 160, "thi_tran": 21, "xa": 345}),
        ("79", {"phuong": 210, "thi_tran": 5, "xa": 58}),
        ("48", {"phuong": 36, "xa": 11}),
    ],
)
def test_commune_level_counts(city: str, expected: dict[str, int]) -> None:
    assert ward_kinds(city) == expected


def test_counts_match_the_bundled_file() -> None:
    assert sum(len(c.districts) for c in data.cities()) == len(RAW["districts"]) == 60
    assert sum(len(c.wards()) for c in data.cities()) == len(RAW["wards"]) == 846


def test_every_parent_exists() -> None:
    cities = {c[0] for c in RAW["cities"]}
    districts = {d[0] for d in RAW["districts"]}
    assert all(d[3] in cities for d in RAW["districts"])
    assert all(w[3] in districts for w in RAW["wards"])
    for c in data.cities():
        for d in c.districts:
            assert d.city == c.code
            assert all(w.city == c.code for w in d.wards)


def test_codes_are_unique_and_well_formed() -> None:
    codes = [u[0] for key in ("cities", "districts", "wards") for u in RAW[key]]
    assert len(codes) == len(set(codes))
    assert all(len(c[0]) == 2 and c[0].isdigit() for c in RAW["cities"])
    assert all(len(d[0]) == 3 and d[0].isdigit() for d in RAW["districts"])
    assert all(len(w[0]) == 5 and w[0].isdigit() for w in RAW["wards"])


def test_every_name_is_nfc_trimmed_and_without_kind_word() -> None:
    for c in data.cities():
        for _, unit in c.walk():
            assert unicodedata.is_normalized("NFC", unit.name), unit
            assert unit.name == " ".join(unit.name.split())
            assert not unit.name.startswith(("Phường ", "Xã ", "Thị trấn ", "Quận ", "Huyện "))


def test_kinds_fit_levels() -> None:
    for c in data.cities():
        assert c.kind is UnitKind.THANH_PHO
        for d in c.districts:
            assert d.kind in {UnitKind.QUAN, UnitKind.THI_XA, UnitKind.HUYEN,
                              UnitKind.THANH_PHO_THUOC_TP}
            for w in d.wards:
                assert w.kind in {UnitKind.PHUONG, UnitKind.XA, UnitKind.THI_TRAN}
                if d.kind is UnitKind.QUAN:  # a quận has only phường
                    assert w.kind is UnitKind.PHUONG, w


def test_classes_unknown_below_city_level() -> None:
    assert data.city("01").unit_class is UnitClass.DAC_BIET
    assert data.city("79").unit_class is UnitClass.DAC_BIET
    assert data.city("48").unit_class is UnitClass.UNKNOWN
    for c in data.cities():
        for path, unit in c.walk():
            if path:
                assert unit.unit_class is UnitClass.UNKNOWN


def test_known_facts() -> None:
    hanoi = data.city("01")
    assert hanoi.district("Hoàn Kiếm").code == "002"
    assert hanoi.district("Long Biên").code == "004"
    assert hanoi.ward("Phúc Xá").code == "00001"
    assert len(data.city(79).district("Thủ Đức").wards) == 34
    assert data.city(79).district("Quận 1").code == "760"
    # Đà Nẵng's 2024 mergers: Hải Châu I and II became Phường Hải Châu.
    assert data.city(48).district("Hải Châu").ward("Hải Châu").code
    with pytest.raises(data.UnknownUnitError):
        data.city(48).ward("Hải Châu I")


def test_snapshot_metadata() -> None:
    s = data.snapshot()
    assert str(s.as_of) == "2025-06-30"
    assert str(s.in_force_from) == "2025-01-01"
    assert (s.source_package, s.source_table, s.licence) == (
        "vietnamadminunits", "admin_units_legacy", "MIT")
    assert s.source_version == RAW["source"]["version"]
    assert s.copyright.startswith("Copyright")
    assert "NQ 1286" in s.note
    assert "NQ 1278" in s.note
    # The only departures from the source: two Phú Nhuận wards typed "Xã" in the source,
    # and three names spelt as the 2025 resolution (and units_history.json.gz) spells them.
    assert {(c["code"], c["used"]) for c in s.corrections} == {
        ("27046", "phuong"), ("27076", "phuong"),
        ("00181", "Văn Miếu - Quốc Tử Giám"), ("00226", "Phương Liên - Trung Tự"),
        ("00430", "Đức Hoà")}


def test_notice_and_docs_record_the_source() -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    notice = (root / "NOTICE").read_text(encoding="utf-8")
    assert "vietnamadminunits" in notice
    assert "MIT" in notice
    assert "vietnamadminunits" in (root / "docs" / "data.md").read_text(encoding="utf-8")
