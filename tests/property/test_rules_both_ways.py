"""Every rule, both ways: lawful structures pass it; a mutation that breaks it is caught.

Named after the law each test checks, as in pypa/packaging's property tests.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import urbangov as ug
from urbangov import strategies

CODES = sorted(r.code for r in ug.rules())
SETTINGS = settings(max_examples=30, deadline=None,
                    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])


def test_every_rule_has_a_mutation() -> None:
    assert set(CODES) == set(strategies.mutations())


@pytest.mark.parametrize("code", CODES)
@SETTINGS
@given(data=st.data())
def test_lawful_structures_pass_the_rule(code: str, data: st.DataObject) -> None:
    drawn = data.draw(st.one_of(strategies.wards(), strategies.districts(),
                                strategies.provinces()))
    report = ug.validate(drawn.unit, on=drawn.on)
    assert code not in report.codes, str(report)
    if code == CODES[0]:  # building it dated must succeed too (once per example is enough)
        attrs.evolve(drawn.unit, as_of=drawn.on)


@pytest.mark.parametrize("code", CODES)
@SETTINGS
@given(data=st.data())
def test_a_mutation_that_breaks_the_rule_is_rejected_with_its_code(
        code: str, data: st.DataObject) -> None:
    drawn, refused = data.draw(strategies.broken(code))
    if refused is not None:  # a rule that needs no date refuses the object outright
        assert isinstance(refused, ug.InvariantError)
        assert code in {v.code for v in refused.violations}
        return
    assert drawn is not None
    report = ug.validate(drawn.unit, on=drawn.on)
    assert code in report.codes, str(report)
    if any(v.code == code and v.severity is ug.Severity.ERROR for v in report):
        with pytest.raises(ug.InvariantError) as caught:
            attrs.evolve(drawn.unit, as_of=drawn.on)
        assert code in {v.code for v in caught.value.violations}
