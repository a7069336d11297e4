"""Tests that kill surviving mutants of the regime queries (``regimes/_model.py``,
``regimes/__init__.py``); each names its mutant (``python tools/mutation.py --show``)."""

from __future__ import annotations

import pytest

import urbangov as ug
from urbangov.regimes import UnknownFactError
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
