"""Tests that kill surviving mutants of the regime queries (``regimes/_model.py``,
``regimes/__init__.py``); each names its mutant (``python tools/mutation.py --show``)."""

from __future__ import annotations

import pytest

import urbangov as ug
from urbangov.regimes import Fact, RegimeError, UnitAbolishedError, UnknownFactError
from urbangov.terms import UnitKind as K


def test_a_province_cap_asked_without_a_province_names_the_codes() -> None:
    """``xǁRegimeǁmax_vice_chairs__mutmut_33``: the provinces' codes in the error became
    ``', '.join(None)``, a TypeError (a traceback) instead of the library's error."""
    regime = ug.regime_for(K.TINH, on="2026-01-01", city="24")
    with pytest.raises(UnknownFactError, match=r"province-level GSO code \(01, 04, .*, 96\)"):
        regime.max_vice_chairs(K.TINH)


def test_a_province_cap_is_found_by_the_units_own_code() -> None:
    """``xǁRegimeǁmax_vice_chairs__mutmut_29/30/38``: a province-level unit that records
    its GSO code but no ``city`` was no longer found in the table of caps."""
    regime = ug.regime_for(K.THANH_PHO, on="2026-01-01", city="79")
    assert regime.max_vice_chairs(ug.City(name="Hồ Chí Minh", code="79")) == 8


def test_asking_who_appoints_another_post_says_which_posts_have_an_answer() -> None:
    """``xǁRegimeǁappointing_authority__mutmut_4``: the error's message became None."""
    regime = ug.regime_for(K.PHUONG, on="2022-07-01", city="01")
    with pytest.raises(UnknownFactError, match="who appoints Chairs and Vice-Chairs, not "):
        regime.appointing_authority(ug.Post.POLICE_CHIEF, K.PHUONG)


def test_a_query_about_something_not_a_unit_is_a_type_error_naming_it() -> None:
    """``x__kind__mutmut_6`` (``getattr(unit, "kind")`` without a default: an
    AttributeError, a traceback) and ``x__kind__mutmut_10`` (the message became None):
    a regime query about a text rather than a unit or a UnitKind is the library's
    TypeError, which names what it got."""
    regime = ug.regime_for(K.PHUONG, on="2022-07-01", city="01")
    with pytest.raises(TypeError, match=r"^expected a unit or a UnitKind, got 'phuong'$"):
        regime.explain(Fact.HAS_COUNCIL, "phuong")


def test_a_fact_the_regime_does_not_state_names_the_regime_the_question_and_the_kind() -> None:
    """``xǁRegimeǁexplain__mutmut_6``: the error's message became None.  The Hà Nội
    pilot (Nghị quyết 97/2019/QH14) caps Vice-Chairmen by class, not per province."""
    regime = ug.regime_for(K.PHUONG, on="2022-07-01", city="01")
    with pytest.raises(UnknownFactError) as caught:
        regime.explain(Fact.PROVINCE_VICE_CHAIR_CAPS, K.PHUONG)
    assert str(caught.value) == (
        "the regime 'Hà Nội urban-government pilot' has no answer to \"How many "
        "Vice-Chairmen may each province-level People's Committee have, by GSO code?\" "
        "for a phường (ward)")


def test_a_regime_is_silent_on_a_kind_it_does_not_govern() -> None:
    """``xǁRegimeǁgoverns__mutmut_1``, ``xǁRegimeǁfact__mutmut_1..6``,
    ``xǁRegimeǁfacts_for__mutmut_1..4``: the Hà Nội pilot (Nghị quyết 97/2019/QH14)
    governs the city's phường, quận and thị xã, not its xã; asked about a xã it has no
    facts (None, an empty mapping), not an AttributeError nor another kind's facts."""
    regime = ug.regime_for(K.PHUONG, on="2022-07-01", city="01")
    assert regime.governs(K.PHUONG) and not regime.governs(K.XA)
    assert regime.fact(Fact.HAS_COUNCIL, K.XA) is None
    assert regime.facts_for(K.XA) == {}
    no_council = regime.fact(Fact.HAS_COUNCIL, K.PHUONG)
    assert no_council is not None and no_council.value is False
    assert str(no_council.provision) == "điểm b khoản 1 Điều 1 Nghị quyết 97/2019/QH14"
    assert regime.facts_for(K.PHUONG)[Fact.HAS_COUNCIL] is no_council


def test_the_vice_chair_cap_narrows_by_the_city_and_the_recorded_class() -> None:
    """``x_vice_chair_caps__mutmut_1..10``, among them ``__mutmut_2/3`` (the kind or
    city no longer narrowed the classes), ``__mutmut_4`` (the recorded class ignored)
    and ``__mutmut_10`` (``or`` → ``and``: every class's cap, whatever the class).
    Điều 7 Nghị định 08/2016/NĐ-CP: at most 5 Vice-Chairmen in Hà Nội and TP Hồ Chí
    Minh (special class), 4 in another centrally-run city (class I–III, LTCCQĐP 2015
    Điều 3 k.3); in the 2016–2021 term a class I ward 2, a class III ward 1."""
    city_regime = ug.regime_for(K.THANH_PHO, on="2019-01-01", city="31")
    assert city_regime.max_vice_chairs(ug.City(name="Hải Phòng", code="31", city="31")) == 4
    assert city_regime.max_vice_chairs(ug.City(name="Hà Nội", code="01", city="01")) == 5
    ward_regime = ug.regime_for(K.PHUONG, on="2019-01-01", city="31")
    assert ward_regime.max_vice_chairs(K.PHUONG) == 2
    assert ward_regime.max_vice_chairs(K.PHUONG, ug.UnitClass.III) == 1
    ward = ug.Ward(name="Máy Chai", city="31", unit_class=ug.UnitClass.III, council=None)
    assert ward_regime.max_vice_chairs(ward) == 1


def test_a_kind_abolished_on_the_day_is_its_own_error_citing_the_law() -> None:
    """``xǁUnitAbolishedErrorǁ__init____mutmut_1/2`` and ``x_regime_for__mutmut_24..35``:
    from 2025-07-01 there is no quận (khoản 3 Điều 51 Luật 72/2025/QH15); asking for
    its regime says so, and the error carries the cited fact."""
    with pytest.raises(UnitAbolishedError) as caught:
        ug.regime_for(K.QUAN, on="2025-07-01", city="01")
    assert str(caught.value) == (
        "no quận (urban district) exists on 2025-07-01: khoản 3 Điều 51 Luật 72/2025/QH15 "
        "no longer provides that kind of unit")
    assert caught.value.cited.value is False
    assert str(caught.value.cited.provision) == "khoản 3 Điều 51 Luật 72/2025/QH15"


def test_a_day_before_the_regimes_and_a_kind_not_yet_governed_are_told_apart() -> None:
    """``x_regime_for__mutmut_36`` (``<`` → ``<=``: 2016-01-01 itself called "before
    2016-01-01"), ``__mutmut_37..40`` (the message: None, or the law's name altered)
    and ``__mutmut_41`` (the message None): the regimes start on 2016-01-01, when Luật
    77/2015/QH13 took effect; a đặc khu is governed only from 2025-07-01 (Luật
    72/2025/QH15)."""
    with pytest.raises(RegimeError) as before:
        ug.regime_for(K.PHUONG, on="2015-12-31", city="01")
    assert str(before.value) == ("2015-12-31 is before 2016-01-01, the first day the "
                                 "library's regimes cover (Luật 77/2015/QH13)")
    with pytest.raises(RegimeError) as ungoverned:
        ug.regime_for(K.DAC_KHU, on="2016-01-01", city="01")
    assert not isinstance(ungoverned.value, UnitAbolishedError)
    assert str(ungoverned.value) == "no regime governs a đặc khu of city 01 on 2016-01-01"


def test_the_city_comes_from_the_argument_read_as_a_code_or_else_from_the_unit() -> None:
    """``x_regime_for__mutmut_3/4`` (a unit taken for a kind, or its kind lost) and
    ``__mutmut_7..18``: the city given (a GSO code as a number, a name)
    is read as its code and wins over the unit's; without it, the unit's own city
    chooses; a bare kind without a city gets the national regime.  On 2022-07-01 a
    Hà Nội phường is under the pilot (Nghị quyết 97/2019/QH14), a TP Hồ Chí Minh one
    under Nghị quyết 131/2020/QH14, any other under the ordinary law."""
    ward = ug.Ward(name="Gia Thụy", code="00130", city="01", council=None)
    assert ug.regime_for(ward, on="2022-07-01").key == "hanoi-pilot"
    assert ug.regime_for(ward, on="2022-07-01", city=79).key == "hcmc-urban"
    assert ug.regime_for(K.PHUONG, on="2022-07-01", city=1).key == "hanoi-pilot"
    assert ug.regime_for(K.PHUONG, on="2022-07-01", city="Hà Nội").key == "hanoi-pilot"
    assert ug.regime_for(K.PHUONG, on="2022-07-01").key == "ordinary-2021"
