"""UG-VICE-CHAIR-CAP for class-II communes in the weeks after the 2021 election, both
ways (hist26 D8).

Luật 47/2019/QH14 raised the class-II commune cap from one Vice-Chairman to two, but kept
the old number "until the 2021–2026 People's Councils are elected"; they were elected on
2021-05-23 (NQ 133/2020/QH14 Điều 1).  From that day to 2021-06-30 a commune whose
recorded council began its 2021–2026 term by the day judged may have two; a commune
with no such council, one; three are never lawful.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

import urbangov as ug
from urbangov import Appointment, Authority, Official, Period, Post, Ward
from urbangov.terms import AppointmentMethod, UnitKind

D = dt.date
ELECTION = D(2021, 5, 23)
WINDOW = st.dates(ELECTION, D(2021, 6, 30))
KINDS = st.sampled_from([UnitKind.PHUONG, UnitKind.XA, UnitKind.THI_TRAN])
SETTINGS = settings(max_examples=60, deadline=None)


def commune(kind: UnitKind, day: dt.date, vices: int, term_start: dt.date | None) -> Ward:
    elected = Appointment(Authority.OWN_COUNCIL, method=AppointmentMethod.ELECTED)
    start = min(day, D(2021, 5, 25))
    officials = (Official("Chủ tịch", Post.CHAIR, Period(start), elected),
                 *(Official(f"Phó {i}", Post.VICE_CHAIR, Period(start), elected)
                   for i in range(vices)))
    council = ug.PeoplesCouncil(term=None if term_start is None else Period(term_start))
    return Ward(name="Thử", kind=kind, city="31", unit_class="II", council=council,
                officials=officials)


def cap_errors(unit: Ward, day: dt.date) -> list[ug.Violation]:
    return [v for v in ug.validate(unit, on=day)
            if v.code == "UG-VICE-CHAIR-CAP" and v.severity is ug.Severity.ERROR]


@SETTINGS
@given(kind=KINDS, day=WINDOW, data=st.data())
def test_a_commune_whose_new_council_has_met_may_have_two(kind: UnitKind, day: dt.date,
                                                          data: st.DataObject) -> None:
    term_start = data.draw(st.dates(ELECTION, day))
    vices = data.draw(st.integers(0, 2))
    assert cap_errors(commune(kind, day, vices, term_start), day) == []
    assert [v.values["cap"] for v in cap_errors(commune(kind, day, 3, term_start), day)] == [2]


@SETTINGS
@given(kind=KINDS, day=WINDOW, data=st.data())
def test_without_a_new_council_the_old_number_holds(kind: UnitKind, day: dt.date,
                                                     data: st.DataObject) -> None:
    term_start = data.draw(st.one_of(st.none(), st.dates(D(2016, 3, 10),
                                                         ELECTION - dt.timedelta(days=1))))
    assert cap_errors(commune(kind, day, 1, term_start), day) == []
    assert [v.values["cap"] for v in cap_errors(commune(kind, day, 2, term_start), day)] == [1]
