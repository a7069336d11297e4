"""Every rule's findings are well formed: the path names a field that exists, the
message is text, the provision is a provision, the values are named in snake_case.

A broken structure for each rule (``strategies.broken``, as in
``tests/property/test_rules_both_ways.py``) is judged, and each violation of that rule
is checked.  These kill the mutants of the checks that ``python tools/mutation.py``
found surviving because no test read a violation's path, provision or values: a path
part renamed (``ctx.at("COUNCIL", "term")``, ``"XXpostXX"``) or dropped
(``ctx.at("council", "post")`` without the officer's index), a provision dropped so
that the values take its place, a value's name renamed (``"XXcapXX"``).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import urbangov as ug
from urbangov import strategies
from urbangov.law import Provision

CODES = sorted(r.code for r in ug.rules())
SETTINGS = settings(max_examples=15, deadline=None,
                    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
PART = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")
NAME = re.compile(r"[a-z][a-z0-9_]*")


def _resolve(root: Any, path: str) -> Any:
    """The object or value *path* ("communes[2].officials[0].post") names below *root*;
    fails the test if a part is malformed or names nothing."""
    obj = root
    for part in path.split(".") if path else ():
        match = PART.fullmatch(part)
        assert match, f"malformed path part {part!r} in {path!r}"
        name, index = match.groups()
        assert hasattr(obj, name), f"{type(obj).__name__} has no {name!r} ({path!r})"
        obj = getattr(obj, name)
        if index is not None:
            obj = obj[int(index)]
    return obj


def check_violation(root: Any, v: ug.Violation) -> None:
    _resolve(root, v.path)
    assert isinstance(v.message, str) and v.message.strip(), v
    assert isinstance(v.provision, Provision), (v.code, v.provision)
    assert isinstance(v.values, dict), (v.code, v.values)
    assert all(isinstance(k, str) and NAME.fullmatch(k) for k in v.values), (v.code, v.values)
    assert isinstance(v.severity, ug.Severity)


@pytest.mark.parametrize("code", CODES)
@SETTINGS
@given(data=st.data())
def test_each_rules_findings_are_well_formed(code: str, data: st.DataObject) -> None:
    drawn, refused = data.draw(strategies.broken(code))
    if refused is not None:
        assert isinstance(refused, ug.InvariantError)
        violations = [v for v in refused.violations if v.code == code]
        root = None
    else:
        assert drawn is not None
        violations = [v for v in ug.validate(drawn.unit, on=drawn.on) if v.code == code]
        root = drawn.unit
    assert violations
    for v in violations:
        if root is None:  # refused at construction: the object is not there to walk
            assert isinstance(v.provision, Provision) and isinstance(v.message, str)
            continue
        check_violation(root, v)


# The field each of these rules' violations is about, and the values they carry (the
# answer's shape; update with the rule).  Kills mutants that dropped the values
# (``units.x_council_matches_regime__mutmut_33``, ``units.x_decision_mode__mutmut_21``),
# cut the path short (``council.x_council_vice_chairs__mutmut_36``: "council" for
# "council.officials") or changed a value (``two_tier.x_commune_mean__mutmut_31``).
PINNED = {
    "UG-COUNCIL": ("council", {"council", "regime"}),
    "UG-DECISION-MODE": ("decision_mode", {"decision_mode"}),
    "UG-COUNCIL-VICE-CHAIR-CAP": ("officials", {"count", "cap"}),
    "UG-COMMUNE-VICE-CHAIR-MEAN": ("communes", {"vice_chairs", "communes", "listed", "mean",
                                               "cap"}),
}


@pytest.mark.parametrize("code", sorted(PINNED))
@SETTINGS
@given(data=st.data())
def test_each_rules_answer_names_its_field_and_values(code: str, data: st.DataObject) -> None:
    drawn, refused = data.draw(strategies.broken(code))
    assert refused is None and drawn is not None
    violations = [v for v in ug.validate(drawn.unit, on=drawn.on) if v.code == code]
    assert violations
    field, names = PINNED[code]
    for v in violations:
        assert v.path.rpartition(".")[2] == field, v.path
        assert set(v.values) == names, v.values
        if code == "UG-COMMUNE-VICE-CHAIR-MEAN":
            assert v.values["mean"] == round(v.values["vice_chairs"] / v.values["communes"], 3)
