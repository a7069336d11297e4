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

A term never outlasts what it was made under: it ends early (:class:`Cut`) on the day
the unit ceased (the units over time, by its GSO code, as UG-UNIT-EXISTS reads them), or
on the day the law gave the unit a People's Council or abolished its kind: the
urban-government appointments ended with the model on 2025-07-01 (see
docs/legal/uncertain.md).

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
>>> term.years, str(term.provision), term.full_end
(5, 'Nghị định 32/2021/NĐ-CP', datetime.date(2026, 7, 1))
>>> term.last  # Phúc Xá ceased, and wards got a People's Council, on 2025-07-01
datetime.date(2025, 6, 30)
>>> [str(cut.provision) for cut in term.cuts]
['khoản 14 Điều 1 Nghị quyết 1656/NQ-UBTVQH15', 'khoản 1 Điều 2 Luật 72/2025/QH15']
>>> expiring(ward, on=dt.date(2026, 6, 1), within=60)  # nothing left to remind of
()
>>> [soon] = expiring(ward, on=dt.date(2025, 6, 1), within=60)
>>> soon.ending.value, soon.last_day, soon.days_left, str(soon.provision)
('appointment', datetime.date(2025, 6, 30), 29, 'khoản 14 Điều 1 Nghị quyết 1656/NQ-UBTVQH15')
"""

from __future__ import annotations

import datetime as dt
import enum
import functools

import attrs

from urbangov import units
from urbangov._args import refuse
from urbangov._rules import officials as _officials
from urbangov._rules.units import not_in_force
from urbangov.law import Confidence, Provision, catalogue
from urbangov.regimes import Fact, RegimeError, UnitAbolishedError, regime_for
from urbangov.structure import Delegation, Official, Unit
from urbangov.terms import AppointmentMethod, UnitKind, city_code
from urbangov.time import MAX_DATE, Period, add_years, parse_date, years_between

__all__ = [
    "Cut",
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

#: Who named the leaders of the units formed or given a People's Council on 2025-07-01
#: (NQ 203/2025/QH15 Điều 2 k.3: the provincial HĐND Standing Committee appoints them):
#: the reading that an appointment made under an urban-government decree ended then is
#: recorded in docs/legal/uncertain.md.
_NEW_LEADERS = ("203/2025/QH15", 2, 3)


def _official(function: str, value: object) -> Official:
    if not isinstance(value, Official):
        raise refuse(function, "official", "an Official", value)
    return value


def _unit(function: str, name: str, value: object) -> Unit:
    if not isinstance(value, Unit):
        raise refuse(function, name, "a Ward, District or City", value)
    return value


def _city(function: str, value: object) -> str | None:
    if value is None:
        return None
    try:
        return city_code(value)  # type: ignore[arg-type]
    except ValueError:
        raise refuse(function, "city", "a GSO province code (01–99), a city's name or None",
                     value) from None


def consecutive_start(unit: Unit, official: Official) -> dt.date:
    """When the unbroken run of Chair records of this person, ending in *official*, began.

    Records of the same person (same :attr:`~urbangov.structure.Official.key`) in the
    post of Chairman of the same unit count across reappointments and across regimes:
    an elected term that runs straight into an appointment is one run.  A gap of one
    day or more breaks it.

    Raises:
        FieldError: *unit* is no unit or *official* no Official.
    """
    return _officials.consecutive_start(_unit("consecutive_start", "unit", unit),
                                        _official("consecutive_start", official))


def is_acting(official: Official) -> bool:
    """Whether *official* only acts in the post (quyền, giao quyền), by flag or method.

    >>> import datetime as dt
    >>> from urbangov.structure import Appointment, Official
    >>> from urbangov.terms import AppointmentMethod, Authority, Post
    >>> from urbangov.time import Period
    >>> is_acting(Official("B", Post.CHAIR, Period(dt.date(2022, 1, 1)),
    ...                    Appointment(Authority.PARENT_CHAIR, method=AppointmentMethod.ACTING)))
    True

    Raises:
        FieldError: *official* is no Official.
    """
    appointment = _official("is_acting", official).appointment
    return official.acting or (appointment is not None
                               and appointment.method is AppointmentMethod.ACTING)


def _effective(official: Official) -> dt.date:
    """The day the appointment decision took effect (the tenure's start if not recorded)."""
    appointment = official.appointment
    if appointment is not None and appointment.effective is not None:
        return appointment.effective
    return official.tenure.start


@attrs.frozen
class Cut:
    """Why a fixed term ends before its years run out (chấm dứt trước thời hạn).

    Attributes:
        day: the first day the appointment no longer runs.
        why: what happened that day, in English.
        provision: the provision that made it happen, if known.
        confidence: how sure that reading is.
    """

    day: dt.date
    why: str
    provision: Provision | None = None
    confidence: Confidence = Confidence.HIGH

    def __str__(self) -> str:
        cite = f" ({self.provision})" if self.provision is not None else ""
        return f"{self.why}{cite}"


@attrs.frozen
class Term:
    """One fixed-length appointment term (thời hạn giữ chức vụ).

    Attributes:
        official: the appointment's record.
        start: the day the appointment decision took effect.
        end: the first day after the term (half-open, as :class:`Period`): the
            :attr:`full_end` of its years, or the day of its :attr:`cuts`.
        years: the term's length in years.
        provision: the provision that sets the length.
        confidence: how sure that reading is.
        cuts: why the term ends before its years run out, each on :attr:`end`
            (empty when it runs its years).
    """

    official: Official
    start: dt.date
    end: dt.date
    years: int
    provision: Provision
    confidence: Confidence = Confidence.HIGH
    cuts: tuple[Cut, ...] = ()

    @property
    def full_end(self) -> dt.date:
        """The first day after the term's full years (:attr:`end` unless cut short)."""
        return add_years(self.start, self.years)

    @property
    def last(self) -> dt.date:
        """The term's last day."""
        return self.end - _DAY

    @property
    def period(self) -> Period:
        """The term as a :class:`Period`."""
        return Period(self.start, self.end)

    def __str__(self) -> str:
        cut = "".join(f"; ended early: {c}" for c in self.cuts)
        return (f"{self.years}-year term from {self.start.isoformat()} to "
                f"{self.last.isoformat()} ({self.provision}){cut}")


def appointment_term(official: Official, unit: Unit, city: str | None = None) -> Term | None:
    """The fixed term of *official*'s appointment in *unit*, or ``None`` if there is none.

    The length is the ``TERM_YEARS`` fact of the regime in force on the day the
    appointment decision took effect (``appointment.effective``, else the tenure's
    start), counted with :func:`urbangov.time.add_years` (relativedelta).  There is no
    fixed term for posts other than Chairman and Vice-Chairman, for acting officials,
    for officials elected by a People's Council (their term is the council's), or when
    that regime sets none.

    The term ends early (:attr:`Term.cuts`) on the day the unit ceased, if the units
    over time know it by its GSO code and name, and on the day the law gave the unit a
    People's Council or abolished its kind, whichever comes first: the appointment was
    made for a unit, and under a model, that no longer exist.

    Args:
        official: the record of the appointment.
        unit: the unit whose committee the official belongs to (its kind and city
            choose the regime).
        city: the city's GSO code, if *unit* does not record it.

    Raises:
        FieldError: an argument of the wrong type.
    """
    official = _official("appointment_term", official)
    unit = _unit("appointment_term", "unit", unit)
    city = _city("appointment_term", city) or unit.city
    appointment = official.appointment
    if not official.post.is_leader or is_acting(official):
        return None
    if appointment is not None and appointment.method is AppointmentMethod.ELECTED:
        return None
    start = _effective(official)
    try:
        regime = regime_for(unit.kind, start, city)
    except RegimeError:
        return None
    cited = regime.fact(Fact.TERM_YEARS, unit.kind)
    if cited is None:
        return None
    years = int(cited.value)
    end = add_years(start, years)
    cuts = [c for c in (_unit_ceased(unit, city, start, end),
                        _model_ended(unit.kind, city, regime.period.end))
            if c is not None and start < c.day < end]
    if cuts:
        end = min(c.day for c in cuts)
    return Term(official, start, end, years, cited.provision, cited.confidence,
                tuple(c for c in cuts if c.day == end))


def _unit_ceased(unit: Unit, city: str | None, start: dt.date, end: dt.date) -> Cut | None:
    """The day *unit* ceased, if the units over time know it (GSO code, name and
    province) and it ceased after *start* but before the term's *end*."""
    if not unit.code:
        return None  # nothing to look up: the units over time know units by their code
    key = (unit.code, unit.name, unit.kind, unit.full_name, city, end)
    if key not in _CEASED:
        if len(_CEASED) >= 4096:  # a structure's wards, many times over: start afresh
            _CEASED.clear()
        _CEASED[key] = _ceased(unit, city, end)
    cut = _CEASED[key]
    return cut if cut is not None and start < cut.day else None


#: The answers of _ceased by the unit's code, name, kind, full name, city and term end:
#: the who_may index asks for every official of every ward, each answer costs a lookup.
_CEASED: dict[tuple[object, ...], Cut | None] = {}


def _ceased(unit: Unit, city: str | None, end: dt.date) -> Cut | None:
    gone = not_in_force(unit, end - _DAY, city)
    if gone is None or gone.ceased is None:
        return None
    links = gone.successors
    into = ", ".join(_named(ln.successor) for ln in links)
    why = (f"{unit.full_name} [{unit.code}] ceased on {gone.ceased.isoformat()}"
           + (f" (it went into {into})" if into else ""))
    return Cut(gone.ceased, why, links[0].provision if links else None)


def _named(unit_id: str) -> str:
    """The unit of the units over time with this id, as "Phường Hồng Hà [00097]"."""
    found = units.get(unit_id)
    return f"{found.latest.full_name} [{found.code}]"


@functools.lru_cache(maxsize=256)
def _model_ended(kind: UnitKind, city: str | None, since: dt.date | None) -> Cut | None:
    """The first day from *since* on which the law gives a *kind* of *city* that had no
    People's Council one, or no longer provides the kind: the appointing model ended."""
    day = since
    while day is not None:
        try:
            regime = regime_for(kind, day, city)
        except UnitAbolishedError as exc:
            return Cut(day, f"no {kind.vietnamese} ({kind.english}) exists from "
                       f"{day.isoformat()}", exc.cited.provision, exc.cited.confidence)
        except RegimeError:
            return None
        council = regime.fact(Fact.HAS_COUNCIL, kind)
        if council is not None and council.value:
            identifier, article, clause = _NEW_LEADERS
            leaders = catalogue().get(identifier).at(article, clause)
            return Cut(day, f"from {day.isoformat()} the {kind.vietnamese} "
                       f"({kind.english}) has a People's Council and its leaders were "
                       f"appointed anew under {leaders}", council.provision,
                       council.confidence)
        day = regime.period.end
    return None


def consecutive_years(unit: Unit, official: Official, on: dt.date | str | None = None,
                      ) -> float:
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
    >>> round(consecutive_years(ward, again, on="30/6/2022"), 2)
    6.0

    *on* is a date or a text :func:`urbangov.time.parse_date` reads.

    Raises:
        FieldError: *unit* is no unit or *official* no Official.
        DateParseError: *on* is no date (DateRangeError: outside 1900–2200).
    """
    start = consecutive_start(unit, official)
    if on is not None:
        until = min(parse_date(on), MAX_DATE - _DAY) + _DAY
    elif official.tenure.end is not None:
        until = official.tenure.end
    else:
        term = appointment_term(official, unit)
        until = term.end if term is not None else dt.date.today() + _DAY
    return max(0.0, years_between(start, until))


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


def expiring(structure: Unit, on: dt.date | str, within: int | dt.timedelta = 30,
             ) -> tuple[Expiry, ...]:
    """The appointments and delegations in *structure* whose last day falls in the window.

    The window runs from *on* to *within* days after it, both included.  An
    official's last day is the recorded end of their tenure or, if their appointment
    has a fixed term that ends earlier (or the tenure is open), the term's last day.
    Items come in order of their last day.

    Args:
        structure: a ward, district or city; every unit in it is searched.
        on: the day of the reminder: a date or a text :func:`urbangov.time.parse_date`
            reads.
        within: the window's length: a whole number of days (0 or more) or a
            :class:`datetime.timedelta`; a window past 2200-12-31 stops there.

    Raises:
        FieldError: *structure* is no unit, or *within* is no whole number of days of 0
            or more (a ValueError and a TypeError).
        DateParseError: *on* is no date (DateRangeError: outside 1900–2200).
    """
    structure = _unit("expiring", "structure", structure)
    on = parse_date(on)
    if isinstance(within, dt.timedelta):
        days = within.days
        if days < 0:
            raise refuse("expiring", "within", "a window of 0 days or more", within)
    elif isinstance(within, int) and not isinstance(within, bool) and within >= 0:
        days = within
    else:
        raise refuse("expiring", "within", "a whole number of days, 0 days or more, or a "
                     "timedelta", within)
    # Nothing ends after MAX_DATE (Period refuses it): a longer window stops there.
    horizon = on + dt.timedelta(days=days) if days <= (MAX_DATE - on).days else MAX_DATE
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
        if term.cuts:
            why += "".join(f", ended early: {c.why}" for c in term.cuts)
            cut = term.cuts[0]
            provision, confidence = cut.provision or provision, cut.confidence
    elif last is not None and (
            gone := _unit_ceased(unit, city, official.tenure.start, last + _DAY)) is not None:
        # a recorded tenure (an elected or acting official's) ends with its unit, too
        last, why = gone.day - _DAY, f"{why}, ended early: {gone.why}"
        provision, confidence = gone.provision, gone.confidence
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
    gone = None if last is None else _unit_ceased(unit, city, delegation.period.start,
                                                  last + _DAY)
    if gone is not None:  # a delegation ends with the unit whose Chairman made it
        last = gone.day - _DAY
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
    if gone is not None:
        why += f", ended early: {gone.why}"
        provision, confidence = gone.provision or provision, gone.confidence
    renewed = any(d is not delegation and d.delegate == delegation.delegate
                  and d.period.start == last + _DAY and d.acts & delegation.acts
                  for d in unit.delegations)
    return Expiry(Ending.DELEGATION, last, (last - on).days, unit.full_name, "", what, why,
                  provision, confidence, delegation=delegation, renewed=renewed)


def __dir__() -> list[str]:
    return sorted(__all__)
