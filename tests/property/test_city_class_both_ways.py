"""UG-VICE-CHAIR-CAP for centrally-run cities, both ways (hist26 D2, D7).

The law, restated here apart from the regime tables: Hà Nội and TP Hồ Chí Minh alone are
of special class (Luật 77/2015/QH13 Điều 3 k.3 a).  Before NĐ 08/2016/NĐ-CP (2016-03-10)
Luật 77/2015 capped a province-level unit by class (special 5, I 4, II and III 3); from
then NĐ 08/2016 Điều 7 named the cities: Hà Nội and TP Hồ Chí Minh 5, every other
centrally-run city 4, whatever its class.  A city whose committee keeps within the law's
cap for its code, with a class the law allows or none recorded, passes; one more
Vice-Chairman, or a recorded class the law contradicts, is an error.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

import urbangov as ug
from urbangov import Appointment, Authority, City, Official, Period, Post
from urbangov.terms import AppointmentMethod, UnitClass

D = dt.date
ND_08 = D(2016, 3, 10)
SPECIAL = frozenset({"01", "79"})
CODES = st.sampled_from(["01", "79", "48", "31", "92"])
DAYS = st.dates(D(2016, 1, 1), D(2025, 6, 30))
ORDINARY = [UnitClass.I, UnitClass.II, UnitClass.III]
SETTINGS = settings(max_examples=60, deadline=None)


def law_cap(code: str, cls: UnitClass, day: dt.date) -> int:
    """The cap the law sets for the city on the day, its class as the law has it
    (an unrecorded class of an ordinary city: the largest cap of its classes)."""
    if code in SPECIAL:
        return 5
    if day >= ND_08:
        return 4
    return 4 if cls in (UnitClass.I, UnitClass.UNKNOWN) else 3


def lawful_classes(code: str) -> list[UnitClass]:
    return [UnitClass.UNKNOWN, *([UnitClass.DAC_BIET] if code in SPECIAL else ORDINARY)]


def city(code: str, cls: UnitClass, vices: int) -> City:
    elected = Appointment(Authority.OWN_COUNCIL, method=AppointmentMethod.ELECTED)
    start = D(2016, 1, 1)
    officials = (Official("Chủ tịch", Post.CHAIR, Period(start), elected),
                 *(Official(f"Phó {i}", Post.VICE_CHAIR, Period(start), elected)
                   for i in range(vices)))
    return City(name="Thử", code=code, unit_class=cls, council=ug.PeoplesCouncil(),
                officials=officials)


def errors(unit: City, day: dt.date) -> list[ug.Violation]:
    return [v for v in ug.validate(unit, on=day)
            if v.code == "UG-VICE-CHAIR-CAP" and v.severity is ug.Severity.ERROR]


@SETTINGS
@given(code=CODES, day=DAYS, data=st.data())
def test_a_city_within_the_law_s_cap_for_its_code_passes(code: str, day: dt.date,
                                                          data: st.DataObject) -> None:
    cls = data.draw(st.sampled_from(lawful_classes(code)))
    vices = data.draw(st.integers(0, law_cap(code, cls, day)))
    assert errors(city(code, cls, vices), day) == []


@SETTINGS
@given(code=CODES, day=DAYS, data=st.data())
def test_one_vice_chairman_too_many_is_an_error(code: str, day: dt.date,
                                               data: st.DataObject) -> None:
    cls = data.draw(st.sampled_from(lawful_classes(code)))
    found = errors(city(code, cls, law_cap(code, cls, day) + 1), day)
    assert [v.path for v in found] == ["officials"]


@SETTINGS
@given(code=CODES, day=DAYS, data=st.data())
def test_a_class_the_law_contradicts_is_an_error_and_the_cap_stays_the_law_s(
        code: str, day: dt.date, data: st.DataObject) -> None:
    wrong = [c for c in (UnitClass.DAC_BIET, *ORDINARY) if c not in lawful_classes(code)]
    cls = data.draw(st.sampled_from(wrong))
    cap = law_cap(code, UnitClass.UNKNOWN, day)
    within = errors(city(code, cls, cap), day)
    assert [v.path for v in within] == ["unit_class"]
    over = errors(city(code, cls, cap + 1), day)
    assert [v.path for v in over] == ["unit_class", "officials"]
