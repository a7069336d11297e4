"""Rules on officials: posts, numbers, who appointed them, terms and tenure limits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from urbangov._registry import Finding, Severity, UnitContext, rule
from urbangov._rules._offices import Seat, Unresolved, resolve, retired_title, shown
from urbangov.law import Provision, catalogue
from urbangov.regimes import APPOINTING_FACT, Fact, RegimeError, regime_for, vice_chair_caps
from urbangov.structure import Office, Official, PeoplesCouncil, Unit
from urbangov.terms import AppointmentMethod, Authority, Level, Post, UnitClass, law_classes
from urbangov.time import add_years, years_between


def in_office(unit: Unit, ctx: UnitContext) -> tuple[tuple[int, Official], ...]:
    """The recorded officials in office on the structure's day, with their index."""
    return ctx.in_office(unit)


def appointed_under(unit: Unit, ctx: UnitContext) -> tuple[tuple[int, Official], ...]:
    """Officials in office on the day, or whose tenure began under the same regime."""
    return ctx.shared(_appointed_under, unit)


def _appointed_under(unit: Unit, ctx: UnitContext) -> tuple[tuple[int, Official], ...]:
    assert ctx.as_of is not None
    assert ctx.regime is not None
    day, period = ctx.as_of, ctx.regime.period
    return tuple((i, o) for i, o in enumerate(unit.officials or ())
                 if day in o.tenure or o.tenure.start in period)


@rule("UG-POSTS", "Every official holds a post the unit's People's Committee has.",
      term="cơ cấu Ủy ban nhân dân",
      judges="officials", facts=(Fact.COMMITTEE_POSTS,))
def posts(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    cited = ctx.cited(Fact.COMMITTEE_POSTS, unit)
    if cited is None:
        return
    for i, official in in_office(unit, ctx):
        if official.post.is_council:
            continue  # judged by UG-COUNCIL-POST-BODY, with a message about the council
        if official.post not in cited.value:
            yield Finding(ctx.at(("officials", i), "post"),
                          f"{official.name} holds the post of {official.post.english} "
                          f"({official.post.vietnamese}), which a {unit.kind.vietnamese} "
                          f"People's Committee does not have on {ctx.as_of}"
                          f"{retired_title(official.post, cited.value)}", cited.provision,
                          {"post": official.post.value})


@rule("UG-ONE-CHAIR", "A People's Committee has at most one Chairman (acting or not) at a "
      "time.", term="Chủ tịch Ủy ban nhân dân",
      judges="officials", facts=(Fact.COMMITTEE_POSTS,))
def one_chair(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    cited = ctx.cited(Fact.COMMITTEE_POSTS, unit)
    chairs = [(i, o) for i, o in in_office(unit, ctx) if o.post is Post.CHAIR]
    if cited is not None and len(chairs) > 1:
        names = ", ".join(o.name for _i, o in chairs)
        yield Finding(ctx.at(("officials", chairs[1][0])),
                      f"{len(chairs)} Chairmen in office on {ctx.as_of}: {names}",
                      cited.provision, {"chairs": [o.name for _i, o in chairs]})


@rule("UG-VICE-CHAIR-CAP", "A People's Committee has no more Vice-Chairmen than its unit "
      "class allows; a province-level unit's class is the one the law gives it.",
      term="số lượng Phó Chủ tịch",
      judges="officials", facts=(Fact.MAX_VICE_CHAIRS, Fact.NEW_COUNCIL_VICE_CHAIR_CAPS))
def vice_chair_cap(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    cited = ctx.cited(Fact.MAX_VICE_CHAIRS, unit)
    if cited is None:
        return
    assert ctx.as_of is not None  # a regime's fact: the structure has a day
    # A City records its own code, not a city (City(name="Hà Nội", code="01")).
    city = ctx.city or (unit.code if unit.kind.level is Level.PROVINCE else None)
    allowed = law_classes(unit.kind, city)
    recorded = unit.unit_class
    contradicted = (allowed is not None and recorded is not UnitClass.UNKNOWN
                    and recorded not in allowed)
    if contradicted:
        assert allowed is not None
        yield Finding(ctx.at("unit_class"),
                      f"{unit.full_name} is recorded as of {recorded.english}, but the law "
                      f"gives it {_classes(allowed)}: only Hà Nội and TP Hồ Chí Minh are of "
                      f"special class (its cap is checked as the law's class)",
                      _classification(ctx.as_of, cited.provision),
                      {"unit_class": recorded.value,
                       "law_classes": sorted(c.value for c in allowed)})
    table, provision = cited.value, cited.provision
    newer = ctx.cited(Fact.NEW_COUNCIL_VICE_CHAIR_CAPS, unit)
    if newer is not None and _new_council(unit, ctx.as_of, newer.value[0]):
        table, provision = newer.value[1], newer.provision
    count = sum(1 for _i, o in in_office(unit, ctx) if o.post is Post.VICE_CHAIR)
    caps = vice_chair_caps(table, unit.kind, city, recorded)
    cap = max(caps)
    values = {"vice_chairs": count, "cap": cap, "unit_class": recorded.value}
    shown_class = _classes(allowed) if contradicted and allowed is not None else (
        recorded.english)
    if count > cap:
        yield Finding(ctx.at("officials"), f"{count} Vice-Chairmen in office on {ctx.as_of}; "
                      f"a {unit.kind.vietnamese} of {shown_class} may have at most "
                      f"{cap}", provision, values)
    elif count > min(caps):
        why = ("the class is not recorded" if recorded is UnitClass.UNKNOWN else
               f"the law in force sets no cap for {recorded.english}")
        yield Finding(ctx.at("unit_class"), f"{count} Vice-Chairmen is lawful only for some "
                      f"classes of {unit.kind.vietnamese}, and {why} (checked against the "
                      f"largest cap, {cap})", provision, values, Severity.WARNING)


def _new_council(unit: Unit, day: dt.date, since: dt.date) -> bool:
    """Whether *unit* records a council elected on or after *since* whose term had begun
    by *day* (Luật 47/2019's "until the 2021–2026 councils are elected")."""
    council = unit.council
    term = council.term if isinstance(council, PeoplesCouncil) else None
    return term is not None and since <= term.start <= day


def _classes(classes: frozenset[UnitClass]) -> str:
    """“special class”, or “class I, II or III”."""
    names = [c.english for c in sorted(classes, key=lambda c: list(UnitClass).index(c))]
    if len(names) == 1:
        return names[0]
    return "class " + ", ".join(n.removeprefix("class ") for n in names[:-1]) + \
        " or " + names[-1].removeprefix("class ")


def _classification(day: dt.date, fallback: Provision) -> Provision:
    """Where the law classes province-level units: Luật 77/2015/QH13 Điều 3 k.3 a while
    it was in force, else the cap's own provision (NĐ 08/2016 Điều 7 names the two
    special cities)."""
    law = catalogue().get("77/2015/QH13")
    if law.ends is not None and day >= law.ends:
        return fallback
    return law.at(3, 3, "a")




# The authority recorded and the one the regime names are compared as offices on the
# structure's day (_offices.resolve): two names of one office agree.
@rule("UG-APPOINTED-BY", "Chairmen and Vice-Chairmen are elected, appointed or assigned by "
      "the authority the regime names.",
      term="thẩm quyền bầu, bổ nhiệm, giao quyền",
      judges="officials", facts=(Fact.CHAIR_APPOINTED_BY, Fact.VICE_CHAIR_APPOINTED_BY,
             Fact.ACTING_CHAIR_ASSIGNED_BY, Fact.LEADERS_DESIGNATED_BY))
def appointed_by(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    assert ctx.as_of is not None
    for i, official in appointed_under(unit, ctx):
        fact = APPOINTING_FACT.get(official.post)
        appointment = official.appointment
        if fact is None or appointment is None:
            continue
        acting = official.acting or appointment.method is AppointmentMethod.ACTING
        cited = ctx.cited(Fact.ACTING_CHAIR_ASSIGNED_BY if acting else fact, unit)
        if cited is None:
            continue
        if appointment.by in cited.value:  # the very name the law uses: nothing to resolve
            continue
        lawful = tuple(cited.value) + (() if acting else _designators(unit, ctx, official))
        if appointment.by in lawful:
            continue
        where = ctx.at(("officials", i), "appointment", "by")
        recorded = resolve(appointment.by, unit, ctx.as_of, ctx.city)
        if isinstance(recorded, Unresolved):
            yield Finding(where, f"{official.name} ({official.post.english}): the appointing "
                          f"unit cannot be placed on {ctx.as_of}: {recorded.reason}",
                          cited.provision, {"by": shown(appointment.by)},
                          None if recorded.gone else Severity.WARNING)
            continue
        expected = [resolve(a, unit, ctx.as_of, ctx.city) for a in lawful]
        if any(isinstance(e, Seat) and e.same(recorded) for e in expected):
            continue
        names = " or ".join(dict.fromkeys(
            e.describe() for e in expected[:len(cited.value)] if isinstance(e, Seat)))
        yield Finding(where, f"{official.name} ({official.post.english}, "
                      f"{appointment.method.english}): the authority is recorded as "
                      f"{_recorded(appointment.by, recorded)}, but the law in force names "
                      f"{names}", cited.provision,
                      {"by": shown(appointment.by), "acting": acting,
                       "recorded_unit": recorded.code,
                       "expected_unit": next((e.code for e in expected
                                              if isinstance(e, Seat)), None)})


def _recorded(by: Authority | Office, seat: Seat) -> str:
    """“parent_chair” (the Chairman … of Quận 1 [760]), or the named office resolved."""
    if isinstance(by, Authority):
        return f"“{by.english}” ({seat.describe()})"
    return seat.describe()


def _designators(unit: Unit, ctx: UnitContext, official: Official) -> tuple[Authority, ...]:
    """Who could designate the official without an election on the day of the appointment
    (NQ 203/2025/QH15 Điều 2 k.3, in 2025): an appointment is judged by the law of its
    day, so a leader designated then stays lawful after it."""
    assert ctx.regime is not None
    appointment = official.appointment
    day = (appointment.effective if appointment and appointment.effective
           else official.tenure.start)
    regime = ctx.regime
    if day not in regime.period:
        try:
            regime = regime_for(unit.kind, day, ctx.city)
        except RegimeError:
            return ()
    cited = regime.fact(Fact.LEADERS_DESIGNATED_BY, unit.kind)
    formed = regime.fact(Fact.LEADERS_DESIGNATED_ON, unit.kind)
    if cited is None or (formed is not None and (
            day < formed.value or fills_vacancy(unit, official, formed.value))):
        return ()  # designation staffed the new units; later vacancies are elected
    return tuple(cited.value)


def fills_vacancy(unit: Unit, official: Official, formed: dt.date) -> bool:
    """Whether *official* took a post that someone else held in the unit from its
    formation and had left: a later vacancy, filled by the council's election (Luật
    72/2025 Điều 36 k.2) or an acting Chairman (Điều 42), not by designation."""
    start = official.tenure.start
    return any(o is not official and o.post is official.post and o.key != official.key
               and formed <= o.tenure.start < start and o.tenure.end is not None
               and o.tenure.end <= start for o in unit.officials or ())


def term_end(official: Official, years: int) -> dt.date:
    """The last possible end of an appointment of *years* (first day after it)."""
    start = (official.appointment.effective if official.appointment
             and official.appointment.effective else official.tenure.start)
    return add_years(start, years)


@rule("UG-TERM", "One appointment of a Chairman or Vice-Chairman lasts at most the years "
      "the regime sets (five).", term="thời hạn giữ chức vụ",
      judges="officials", facts=(Fact.TERM_YEARS,))
def term(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    cited = ctx.cited(Fact.TERM_YEARS, unit)
    if cited is None:
        return
    for i, official in appointed_under(unit, ctx):
        end = official.tenure.end
        if official.post.is_leader and not official.acting and end is not None:
            limit = term_end(official, cited.value)
            if end > limit:
                yield Finding(ctx.at(("officials", i), "tenure"),
                              f"{official.name}'s appointment runs to {official.tenure.last}, "
                              f"past the {cited.value}-year term ending {limit - dt.timedelta(1)}",
                              cited.provision, {"end": end, "limit": limit})


def consecutive_start(unit: Unit, official: Official) -> dt.date:
    """When the unbroken run of Chair records of this person, ending in *official*, began.

    Records of the same person (same :attr:`~urbangov.structure.Official.key`) in the
    post of Chairman of the same unit count across reappointments and across regimes:
    an elected term that runs straight into an appointment is one run.  A gap of one
    day or more breaks it.
    """
    runs = sorted((o.tenure for o in unit.officials or ()
                   if o.key == official.key and o.post is Post.CHAIR), key=lambda p: p.start)
    start = official.tenure.start
    for period in reversed(runs):
        if period.start < start and period.end is not None and period.end >= start:
            start = period.start
    return start


@rule("UG-CHAIR-TENURE", "No one has chaired the same unit for more consecutive years than "
      "the regime allows (ten), counted to the structure's day.",
      term="không quá 10 năm liên tục",
      judges="officials", facts=(Fact.CHAIR_MAX_CONSECUTIVE_YEARS,))
def chair_tenure(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    assert ctx.as_of is not None  # the rule runs under a regime, which has a day
    cited = ctx.cited(Fact.CHAIR_MAX_CONSECUTIVE_YEARS, unit)
    if cited is None:
        return
    for i, official in in_office(unit, ctx):
        if official.post is not Post.CHAIR or official.acting:
            continue
        start = consecutive_start(unit, official)
        end = ctx.as_of + dt.timedelta(days=1)
        if end <= add_years(start, cited.value):  # within the limit
            continue
        years = years_between(start, end)  # past the limit by a day or more: > the limit
        yield Finding(ctx.at(("officials", i), "tenure"),
                      f"{official.name} has chaired {unit.full_name} for {years:.1f} "
                      f"consecutive years by {ctx.as_of} (since {start}), more than "
                      f"{cited.value}", cited.provision,
                      {"years": round(years, 2), "since": start})


@rule("UG-PAYROLL", "Civil servants count against the quota of the level the regime names "
      "(the district's, for urban-government wards).", term="biên chế công chức",
      judges="officials", facts=(Fact.STAFF_PAYROLL,))
def payroll(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    cited = ctx.cited(Fact.STAFF_PAYROLL, unit)
    if cited is None:
        return
    for i, official in in_office(unit, ctx):
        if official.payroll is not None and official.payroll is not cited.value:
            yield Finding(ctx.at(("officials", i), "payroll"),
                          f"{official.name} is recorded on the {official.payroll.english} "
                          f"payroll; the law in force puts {unit.kind.vietnamese} staff on the "
                          f"{cited.value.english} quota", cited.provision,
                          {"payroll": official.payroll.value})
