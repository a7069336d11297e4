"""Finding bundled cities, districts and wards the way people type them."""

from __future__ import annotations

import pytest

import urbangov.data as data
from urbangov.terms import UnitKind

CITY_SPELLINGS = {
    "01": ["Hà Nội", "Ha Noi", "ha noi", "HA NOI", "Hanoi", "Thành phố Hà Nội", "TP Hà Nội",
           "TP. Hà Nội", "Thủ đô Hà Nội", 1, "01", "1"],
    "79": ["TP.HCM", "TP HCM", "TPHCM", "HCM", "Hồ Chí Minh", "Ho Chi Minh",
           "Thành phố Hồ Chí Minh", "Ho Chi Minh City", "Sài Gòn", "Saigon", 79, "79"],
    "48": ["Đà Nẵng", "Da Nang", "da nang", "Danang", "TP Đà Nẵng", 48, "48"],
}


@pytest.mark.parametrize(
    ("code", "query"), [(c, q) for c, qs in CITY_SPELLINGS.items() for q in qs]
)
def test_city_spellings(code: str, query: str | int) -> None:
    assert data.city(query).code == code


def test_city_returns_the_same_object() -> None:
    assert data.city("Hà Nội") is data.city(1)
    assert data.cities() == (data.city(1), data.city(79), data.city(48))


@pytest.mark.parametrize("query", ["Gia Thụy", "gia thuy", "Phường Gia Thụy", "P. Gia Thụy",
                                   "p gia thuy", "PHƯỜNG GIA THỤY", "00130", 130])
def test_gia_thuy(query: str | int) -> None:
    ward = data.city("ha noi").ward(query)
    assert (ward.name, ward.kind, ward.code) == ("Gia Thụy", UnitKind.PHUONG, "00130")
    long_bien = data.city("ha noi").district("Long Biên")
    assert ward in long_bien.wards
    assert long_bien.ward(query) is ward


def test_thu_duc() -> None:
    thu_duc = data.city(79).district("Thu Duc")
    assert thu_duc.full_name == "Thành phố Thủ Đức"
    assert thu_duc.kind is UnitKind.THANH_PHO_THUOC_TP
    assert data.city(79).district("TP Thủ Đức") is thu_duc
    assert data.city(79).district("769") is thu_duc


@pytest.mark.parametrize(("query", "code"), [
    ("Quận 12", "761"), ("Q.12", "761"), ("q12", "761"), ("Q 12", "761"), ("quan 12", "761"),
    ("12", "761"), ("Quận 1", "760"), ("1", "760"), ("Q1", "760"), (760, "760"), ("760", "760"),
])
def test_numbered_districts(query: str | int, code: str) -> None:
    assert data.city(79).district(query).code == code


def test_quan_1_is_not_phuong_1() -> None:
    hcm = data.city(79)
    with pytest.raises(data.UnknownUnitError):
        hcm.district("Phường 1")
    q3 = hcm.district("Quận 3")
    assert q3.ward("Phường 1").full_name == "Phường 1"
    assert q3.ward("1") is q3.ward("P.1") is q3.ward("p1")
    with pytest.raises(data.UnknownUnitError):
        q3.ward("Quận 1")


def test_numbered_ward_in_a_district() -> None:
    ward = data.city(79).district("Quận Gò Vấp").ward("Phường 17")
    assert (ward.name, ward.kind) == ("17", UnitKind.PHUONG)


def test_ambiguous_ward_lists_candidates_with_districts() -> None:
    with pytest.raises(data.AmbiguousUnitError) as info:
        data.city(79).ward("Phường 1")
    err = info.value
    assert isinstance(err, LookupError)
    assert len(err.candidates) > 1
    assert all(c.name == "1" and c.kind is UnitKind.PHUONG for c in err.candidates)
    message = str(err)
    assert "Quận 3" in message
    assert "Quận Gò Vấp" in message
    for ward in err.candidates:
        assert ward.code in message


def test_kind_word_resolves_ambiguity() -> None:
    gia_lam = data.city("Hà Nội").district("Gia Lâm")
    with pytest.raises(data.AmbiguousUnitError):
        gia_lam.ward("Yên Viên")  # a thị trấn and a xã
    assert gia_lam.ward("Thị trấn Yên Viên").kind is UnitKind.THI_TRAN
    assert gia_lam.ward("TT Yên Viên").kind is UnitKind.THI_TRAN
    assert gia_lam.ward("Xã Yên Viên").kind is UnitKind.XA


def test_unknown_name_suggests_close_ones() -> None:
    with pytest.raises(data.UnknownUnitError) as info:
        data.city("Hà Nội").ward("Gia Thuyy")
    assert isinstance(info.value, LookupError)
    assert any("Gia Thụy" in s for s in info.value.suggestions)
    assert "Gia Thụy" in str(info.value)


def test_unknown_city() -> None:
    with pytest.raises(data.UnknownUnitError) as info:
        data.city("Ha Noii")
    assert info.value.suggestions == ("Thành phố Hà Nội",)
    with pytest.raises(data.UnknownUnitError):
        data.city(2)
    with pytest.raises(data.UnknownUnitError):
        data.city("")


def test_unknown_code() -> None:
    with pytest.raises(data.UnknownUnitError):
        data.city(1).ward("99999")
    with pytest.raises(data.UnknownUnitError):
        data.city(1).district(760)  # an HCM district


def test_ward_of_another_district_is_unknown_there() -> None:
    with pytest.raises(data.UnknownUnitError):
        data.city(1).district("Ba Đình").ward("Gia Thụy")


@pytest.mark.parametrize("query", ["²", "1²", "q²", "١٢", "０１", " ", "...", "Phường", "Q."])
def test_odd_queries_raise_lookup_errors(query: str) -> None:
    for lookup in (data.city, data.city(79).district, data.city(79).ward):
        with pytest.raises((data.UnknownUnitError, data.AmbiguousUnitError)):
            lookup(query)


def test_errors_pickle() -> None:
    import pickle

    for query, lookup in (("Phường 1", data.city(79).ward), ("Gia Thuyy", data.city(1).ward)):
        with pytest.raises(LookupError) as info:
            lookup(query)
        err = pickle.loads(pickle.dumps(info.value))
        assert type(err) is type(info.value)
        assert str(err) == str(info.value)
        assert err.query == query
        assert getattr(err, "candidates", None) == getattr(info.value, "candidates", None)
        assert getattr(err, "suggestions", None) == getattr(info.value, "suggestions", None)


def test_numbered_wards_are_found_without_their_leading_zero() -> None:
    """TP HCM's numbered wards are named as the resolutions write them ("1", not the
    source's padded "01" of the releases before 2025); people write "Phường 01", "P5"."""
    import datetime as dt

    city = data.city(79, on=dt.date(2022, 7, 1))
    quan = city.district("Quận 3")
    assert quan.ward("Phường 01").name == "1"
    assert quan.ward("P. 01") is quan.ward("phuong 1")
    assert city.district("Gò Vấp").ward("P5").code == "26887"
