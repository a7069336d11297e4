"""Tenure: term arithmetic for appointments and the reminders a personnel office needs.

Under the urban-government regimes a ward Chairman or Vice-Chairman is *appointed*, not
elected, and each appointment lasts a fixed number of years "from the day the
appointment decision takes effect" (05 năm cho mỗi lần bổ nhiệm: NĐ 32/2021 in
Hà Nội, NĐ 33/2021 Điều 32 in TP Hồ Chí Minh, NĐ 34/2021 Điều 29 in Đà Nẵng).  A
Chairman may not chair the same unit for more than ten consecutive years.  This module
computes those dates from the regime tables, so every answer carries its provision:

* :func:`appointment_term`: the term of one appointment (start, end, provision);
* :func:`consecutive_start` and :func:`consecutive_years`: how long a person has chaired
  the same unit without a break, across reappointments;
* :func:`expiring`: the appointments and delegations that end within *N* days.

Dates follow :class:`urbangov.time.Period`: ``end`` is the first day *after* a term,
``last`` its last day.

>>> import datetime as dt
>>> from urbangov.structure import Appointment, Official, Ward
>>> from urbangov.terms import Authority, Post
>>> from urbangov.time import Period
>>> chair = Official("Nguyễn Văn A", Post.CHAIR, Period(dt.date(2021, 7, 1)),
...                  Appointment(Authority.PARENT_CHAIR, "12/QĐ-UBND"))
>>> ward = Ward(name="Phúc Xá", code="00001", city="01", officials=(chair,))
>>> term = appointment_term(chair, ward)
>>> term.last, term.years
(datetime.date(2026, 6, 30), 5)
>>> str(term.provision)
'Nghị định 32/2021/NĐ-CP'
>>> [soon] = expiring(ward, on=dt.date(2026, 6, 1), within=60)
>>> soon.ending.value, soon.last_day, soon.days_left
('appointment', datetime.date(2026, 6, 30), 29)
>>> soon.why, str(soon.provision)
('5-year term from 2021-07-01', 'Nghị định 32/2021/NĐ-CP')
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from urbangov._rules.officials import consecutive_start
from urbangov.law import Confidence, Provision
from urbangov.regimes import Fact, RegimeError, regime_for
from urbangov.structure import Delegation, Official, Unit
from urbangov.terms import AppointmentMethod
from urbangov.time import Period, add_years, years_between

__all__ = [
    "Ending",
    "Expiry",
    "Term",
    "appointment_term",
    "consecutive_start",
    "consecutive_years",
    "expiring",
    "is_acting",
]

_DAY = dt.timedelta(days=1)


def is_acting(official: Official) -> bool:
    """Whether *official* only acts in the post (quyền, giao quyền), by flag or method.

    >>> import datetime as dt
    >>> from urbangov.structure import Appointment, Official
    >>> from urbangov.terms import AppointmentMethod, Authority, Post
    >>> from urbangov.time import Period
    >>> is_acting(Official("B", Post.CHAIR, Period(dt.date(2022, 1, 1)),
    ...                    Appointment(Authority.PARENT_CHAIR, method=AppointmentMethod.ACTING)))
    True
    """
    appointment = official.appointment
    return official.acting or (appointment is not None
                               and appointment.method is AppointmentMethod.ACTING)


def _effective(official: Official) -> dt.date:
    """The day the appointment decision took effect (the tenure's start if not recorded)."""
    appointment = official.appointment
    if appointment is not None and appointment.effective is not None:
        return appointment.effective
    return official.tenure.start


@attrs.frozen
class Term:
    """One fixed-length appointment term (thời hạn giữ chức vụ).

    Attributes:
        official: the appointment's record.
        start: the day the appointment decision took effect.
        end: the first day after the term (half-open, as :class:`Period`).
        years: the term's length in years.
        provision: the provision that sets the length.
        confidence: how sure that reading is.
    """

    official: Official
    start: dt.date
    end: dt.date
    years: int
    provision: Provision
    confidence: Confidence = Confidence.HIGH

    @property
    def last(self) -> dt.date:
        """The term's last day."""
        return self.end - _DAY

    @property
    def period(self) -> Period:
        """The term as a :class:`Period`."""
        return Period(self.start, self.end)

    def __str__(self) -> str:
        return (f"{self.years}-year term from {self.start.isoformat()} to "
                f"{self.last.isoformat()} ({self.provision})")


def appointment_term(official: Official, unit: Unit, city: str | None = None) -> Term | None:
    """The fixed term of *official*'s appointment in *unit*, or ``None`` if there is none.

    The length is the ``TERM_YEARS`` fact of the regime in force on the day the
    appointment decision took effect (``appointment.effective``, else the tenure's
    start), counted with :func:`urbangov.time.add_years` (relativedelta).  There is no
    fixed term for posts other than Chairman and Vice-Chairman, for acting officials,
    for officials elected by a People's Council (their term is the council's), or when
    that regime sets none.

    Args:
        official: the record of the appointment.
        unit: the unit whose committee the official belongs to (its kind and city
            choose the regime).
        city: the city's GSO code, if *unit* does not record it.
    """
    appointment = official.appointment
    if not official.post.is_leader or is_acting(official):
        return None
    if appointment is not None and appointment.method is AppointmentMethod.ELECTED:
        return None
    start = _effective(official)
    try:
        regime = regime_for(unit.kind, start, city or unit.city)
    except RegimeError:
        return None
    cited = regime.fact(Fact.TERM_YEARS, unit.kind)
    if cited is None:
        return None
    years = int(cited.value)
    return Term(official, start, add_years(start, years), years, cited.provision,
                cited.confidence)


def consecutive_years(unit: Unit, official: Official, on: dt.date | None = None) -> float:
    """How many consecutive years the person of *official* has chaired *unit*.

    Counted from :func:`consecutive_start` to the end of day *on* (inclusive), or, if
    *on* is not given, to the end of *official*'s record (its recorded end, else the
    end of its fixed term, else today).

    >>> import datetime as dt
    >>> from urbangov.structure import Appointment, Official, Ward
    >>> from urbangov.terms import Authority, Post
    >>> from urbangov.time import Period
    >>> elected = Official("A", Post.CHAIR, Period.through(dt.date(2016, 7, 1),
    ...                    dt.date(2021, 6, 30)), Appointment(Authority.OWN_COUNCIL))
    >>> again = Official("A", Post.CHAIR, Period.through(dt.date(2021, 7, 1),
    ...                  dt.date(2026, 6, 30)), Appointment(Authority.PARENT_CHAIR))
    >>> ward = Ward(name="Phúc Xá", city="01", officials=(elected, again))
    >>> consecutive_years(ward, again)
    10.0
    >>> round(consecutive_years(ward, again, on=dt.date(2022, 6, 30)), 2)
    6.0
    """
    if on is not None:
        until = on + _DAY
    elif official.tenure.end is not None:
        until = official.tenure.end
    else:
        term = appointment_term(official, unit)
        until = term.end if term is not None else dt.date.today() + _DAY
    return max(0.0, years_between(consecutive_start(unit, official), until))


class Ending(enum.Enum):
    """What an :class:`Expiry` is about."""

    APPOINTMENT = "appointment"
    ACTING = "acting"
    DELEGATION = "delegation"


@attrs.frozen
class Expiry:
    """Something that ends soon: an appointment, an acting assignment or a delegation.

    Attributes:
        ending: what kind of thing ends.
        last_day: its last day.
        days_left: days from the query's day to :attr:`last_day`.
        unit: the full name of the unit ("Phường Gia Thụy").
        path: where it is in the structure ("districts[0].wards[3].officials[1]").
        what: a sentence saying what ends.
        why: why it ends then (the recorded end, or the fixed term).
        provision: the provision that limits it, if any.
        confidence: how sure that reading is.
        official: the official's record, for appointments and acting assignments.
        delegation: the delegation, for delegations.
        renewed: whether the data already records the same person continuing in the
            same post (or a new delegation to the same delegate) from the next day.
    """

    ending: Ending
    last_day: dt.date
    days_left: int
    unit: str
    path: str
    what: str
    why: str
    provision: Provision | None = None
    confidence: Confidence | None = None
    official: Official | None = attrs.field(default=None, repr=False)
    delegation: Delegation | None = attrs.field(default=None, repr=False)
    renewed: bool = False

    def __str__(self) -> str:
        cite = f" ({self.provision})" if self.provision is not None else ""
        then = "; already renewed" if self.renewed else ""
        return (f"{self.last_day.isoformat()} (in {self.days_left} days): {self.what} ends: "
                f"{self.why}{cite}{then}")


def expiring(structure: Unit, on: dt.date, within: int | dt.timedelta = 30,
             ) -> tuple[Expiry, ...]:
    """The appointments and delegations in *structure* whose last day falls in the window.

    The window runs from *on* to *within* days after it, both included.  An
    official's last day is the recorded end of their tenure or, if their appointment
    has a fixed term that ends earlier (or the tenure is open), the term's last day.
    Items come in order of their last day.

    Args:
        structure: a ward, district or city; every unit in it is searched.
        on: the day of the reminder.
        within: the window's length in days.
    """
    days = within.days if isinstance(within, dt.timedelta) else int(within)
    if days < 0:
        raise ValueError(f"within must be 0 days or more, got {days}")
    horizon = on + dt.timedelta(days=days)
    found: list[Expiry] = []
    for path, unit in structure.walk():
        city = unit.city or structure.city
        for i, official in enumerate(unit.officials or ()):
            item = _official_expiry(unit, city, official, on, horizon)
            if item is not None:
                found.append(attrs.evolve(item, path=_at(path, f"officials[{i}]")))
        for i, delegation in enumerate(unit.delegations):
            item = _delegation_expiry(unit, city, delegation, on, horizon)
            if item is not None:
                found.append(attrs.evolve(item, path=_at(path, f"delegations[{i}]")))
    return tuple(sorted(found, key=lambda e: (e.last_day, e.path)))


def _at(path: str, part: str) -> str:
    return f"{path}.{part}" if path else part


def _official_expiry(unit: Unit, city: str | None, official: Official, on: dt.date,
                     horizon: dt.date) -> Expiry | None:
    term = appointment_term(official, unit, city)
    last = official.tenure.last
    provision: Provision | None = None
    confidence: Confidence | None = None
    why = f"the recorded tenure {official.tenure}"
    if term is not None and (last is None or term.last <= last):
        last = term.last
        provision, confidence = term.provision, term.confidence
        why = f"{term.years}-year term from {term.start.isoformat()}"
    if last is None or not on <= last <= horizon:
        return None
    acting = is_acting(official)
    decision = official.appointment.decision if official.appointment else None
    what = (f"{'acting assignment' if acting else 'appointment'} of {official.name} as "
            f"{official.post.english} of {unit.full_name}"
            + (f" ({decision})" if decision else ""))
    next_day = last + _DAY
    renewed = any(o is not official and o.key == official.key and o.post is official.post
                  and o.tenure.start == next_day for o in unit.officials or ())
    return Expiry(Ending.ACTING if acting else Ending.APPOINTMENT, last, (last - on).days,
                  unit.full_name, "", what, why, provision, confidence, official=official,
                  renewed=renewed)


def _delegation_expiry(unit: Unit, city: str | None, delegation: Delegation, on: dt.date,
                       horizon: dt.date) -> Expiry | None:
    last = delegation.period.last
    if last is None or not on <= last <= horizon:
        return None
    provision: Provision | None = None
    confidence: Confidence | None = None
    try:
        regime = regime_for(unit.kind, last, city)
    except RegimeError:
        regime = None
    if regime is not None:
        cited = (regime.fact(Fact.DELEGATION_FORM, unit.kind)
                 or regime.fact(Fact.DELEGABLE_ACTS, unit.kind))
        if cited is not None:
            provision, confidence = cited.provision, cited.confidence
    acts = ", ".join(sorted(a.english for a in delegation.acts))
    what = (f"delegation from {delegation.delegator} to {delegation.delegate} in "
            f"{unit.full_name}" + (f" ({delegation.decision})" if delegation.decision else "")
            + f" to {acts}")
    why = f"the delegation is limited to {delegation.period}"
    renewed = any(d is not delegation and d.delegate == delegation.delegate
                  and d.period.start == last + _DAY and d.acts & delegation.acts
                  for d in unit.delegations)
    return Expiry(Ending.DELEGATION, last, (last - on).days, unit.full_name, "", what, why,
                  provision, confidence, delegation=delegation, renewed=renewed)


def __dir__() -> list[str]:
    return sorted(__all__)
