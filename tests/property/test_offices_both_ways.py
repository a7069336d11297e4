"""Appointing authorities as offices, both ways.

Law: two names of one office are one authority (renaming the authority of a lawful
appointment to another name of the same office changes no judgement); a named unit
that is not the one the law names is an error of UG-APPOINTED-BY naming both units.
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import urbangov as ug
from urbangov import strategies
from urbangov.time import Period

SETTINGS = settings(max_examples=30, deadline=None,
                    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])

#: Each quận of TP Hồ Chí Minh on a day of the urban-government regime, with a ward.
HCM_DAY = dt.date(2022, 7, 1)
QUAN = {"760": ("Quận 1", "26740"), "770": ("Quận 3", "27139"),
        "774": ("Quận 5", "27301"), "769": ("Thành phố Thủ Đức", "26794")}


def _synonyms(by: ug.Authority, unit: ug.Ward | ug.District | ug.City,
              ) -> list[ug.Authority | ug.Office]:
    own = {ug.Authority.OWN_COUNCIL: ug.Office(body=ug.Body.PEOPLES_COUNCIL),
           ug.Authority.OWN_CHAIR: ug.Office(post=ug.Post.CHAIR),
           ug.Authority.OWN_COUNCIL_STANDING: ug.Office(body=ug.Body.COUNCIL_STANDING)}
    found: list[ug.Authority | ug.Office] = [own[by]] if by in own else []
    if by is ug.Authority.CITY_CHAIR and unit.city:
        found.append(ug.Office(unit.city, post=ug.Post.CHAIR))
    return found


@SETTINGS
@given(data=st.data())
def test_renaming_a_lawful_authority_to_another_name_of_its_office_changes_nothing(
        data: st.DataObject) -> None:
    drawn = data.draw(st.one_of(strategies.wards(), strategies.districts()))
    officials = drawn.unit.officials or ()
    before = ug.validate(drawn.unit, on=drawn.on)
    renamed = []
    for o in officials:
        if o.appointment is not None and isinstance(o.appointment.by, ug.Authority):
            choices = _synonyms(o.appointment.by, drawn.unit)
            if choices:
                by = data.draw(st.sampled_from(choices))
                o = attrs.evolve(o, appointment=attrs.evolve(o.appointment, by=by))
        renamed.append(o)
    unit = attrs.evolve(drawn.unit, officials=tuple(renamed) if drawn.unit.officials
                        is not None else None)
    after = ug.validate(unit, on=drawn.on)
    assert [(v.code, v.path) for v in after] == [(v.code, v.path) for v in before]


@SETTINGS
@given(here=st.sampled_from(sorted(QUAN)), there=st.sampled_from(sorted(QUAN)),
       by_code=st.booleans(), post=st.sampled_from([ug.Post.CHAIR, ug.Post.VICE_CHAIR]))
def test_a_ward_leader_appointed_by_the_chair_of_a_named_district_is_judged_by_which(
        here: str, there: str, by_code: bool, post: ug.Post) -> None:
    name, ward_code = QUAN[here]
    office = ug.Office(there if by_code else QUAN[there][0], post=ug.Post.CHAIR)
    leader = ug.Official("Người được bổ nhiệm", post, Period(dt.date(2022, 1, 1)),
                         ug.Appointment(office, "1/QĐ-UBND"))
    ward = ug.Ward.draft(name="X", code=ward_code, city="79", as_of=HCM_DAY, council=None,
                         officials=(leader,))
    found = [v for v in ug.validate(ward) if v.code == "UG-APPOINTED-BY"]
    if here == there:
        assert found == []
    else:
        (violation,) = found
        assert violation.severity is ug.Severity.ERROR
        assert f"[{there}]" in violation.message and f"[{here}]" in violation.message
        assert name in violation.message
