"""People's Council officers and provinces of the two-tier system, both ways.

The lawful strategies record council officers only on request (``wards(council_officers=
True)``) until the file format carries them; here they are always drawn.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import urbangov as ug
from urbangov import strategies

CODES = sorted(r.code for r in ug.rules() if r.code.startswith(("UG-COUNCIL", "UG-PROVINCE",
                                                                   "UG-COMMUNE", "UG-TWO-TIER")))
SETTINGS = settings(max_examples=20, deadline=None,
                    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])


def test_the_new_rules_are_here() -> None:
    assert len(CODES) == 13  # the twelve new rules and UG-COUNCIL


@SETTINGS
@given(data=st.data())
def test_lawful_councils_and_provinces_pass_every_rule(data: st.DataObject) -> None:
    drawn = data.draw(st.one_of(strategies.wards(council_officers=True),
                                strategies.provinces()))
    report = ug.validate(drawn.unit, on=drawn.on)
    assert not report.errors, str(report)


@pytest.mark.parametrize("code", CODES)
@SETTINGS
@given(data=st.data())
def test_each_breaking_change_is_caught(code: str, data: st.DataObject) -> None:
    drawn, refused = data.draw(strategies.broken(code))
    assert refused is None and drawn is not None
    assert code in ug.validate(drawn.unit, on=drawn.on).codes
