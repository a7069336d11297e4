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
