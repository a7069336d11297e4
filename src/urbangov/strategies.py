"""Hypothesis strategies for urbangov structures (needs the ``hypothesis`` extra).

``wards()`` and ``districts()`` draw structures that are lawful under the regime of
the day they are drawn for; :func:`broken` draws a lawful ward or district together
with a change that breaks one named rule.  Structures are drawn *undated* with the day
beside them (:class:`Drawn`), so a test can judge them with
``urbangov.validate(unit, on=day)`` or build them dated with ``drawn.dated()``.

>>> from hypothesis import given, settings
>>> from urbangov import validate
>>> @settings(max_examples=5, deadline=None)
... @given(wards())
... def test(drawn):
...     assert not validate(drawn.unit, on=drawn.on).errors
>>> test()
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs
from hypothesis import strategies as st

from urbangov.regimes import APPOINTING_FACT, Fact, Regime, UnitAbolishedError, regime_for
from urbangov.structure import (
    Appointment,
    Body,
    Delegation,
    District,
    Office,
    Official,
    PeoplesCommittee,
    PeoplesCouncil,
    Unit,
    Ward,
    WorkingRule,
)
from urbangov.terms import (
    KINDS_BELOW,
    AppointmentMethod,
    Authority,
    DecisionMode,
    Level,
    Post,
    UnitClass,
    UnitKind,
    kinds_at,
)
from urbangov.time import Period, add_years

__all__ = ["CITIES", "Drawn", "broken", "days", "districts", "mutations", "provinces", "wards"]

#: The three urban-government cities and one ordinary province (Hà Giang).
CITIES = ("01", "79", "48", "02")
_FIRST, _LAST = dt.date(2016, 1, 1), dt.date(2027, 12, 31)
_NAMES = ("Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường", "Phạm Thu Dung", "Hoàng Minh Đức",
          "Vũ Thị Hà", "Đặng Việt Phương", "Bùi Quang Khải", "Đỗ Thị Lan", "Ngô Bảo Minh")
_CIVIL = (Post.VAN_PHONG_THONG_KE, Post.DIA_CHINH_XAY_DUNG, Post.TAI_CHINH_KE_TOAN,
          Post.TU_PHAP_HO_TICH, Post.VAN_HOA_XA_HOI,
          # the commune of the two-tier system (from 2025-07-01)
          Post.OFFICE_CHIEF, Post.CIVIL_SERVANT)


@attrs.frozen
class Drawn:
    """A drawn structure, undated, with the day it is drawn for and that day's regime."""

    unit: Unit
    on: dt.date
    regime: Regime

    def dated(self) -> Unit:
        """The structure built dated (raising if it breaks a rule)."""
        return attrs.evolve(self.unit, as_of=self.on)


def days(first: dt.date = _FIRST, last: dt.date = _LAST) -> st.SearchStrategy[dt.date]:
    """Days in [*first*, *last*], with the regime boundary days drawn often."""
    boundaries = [d for d in (dt.date(2021, 6, 30), dt.date(2021, 7, 1), dt.date(2024, 12, 31),
                              dt.date(2025, 1, 1), dt.date(2025, 6, 30), dt.date(2025, 7, 1),
                              dt.date(2025, 10, 31), dt.date(2025, 11, 1), dt.date(2025, 11, 17),
                              dt.date(2025, 12, 8), dt.date(2026, 1, 1), dt.date(2026, 4, 30),
                              dt.date(2026, 7, 1)) if first <= d <= last]
    return st.one_of(st.sampled_from(boundaries), st.dates(first, last)) if boundaries \
        else st.dates(first, last)


def _cited(regime: Regime, fact: Fact, kind: UnitKind) -> Any:
    cited = regime.fact(fact, kind)
    return None if cited is None else cited.value


@st.composite
def _official(draw: st.DrawFn, post: Post, on: dt.date, regime: Regime, kind: UnitKind,
              name: str, *, acting: bool = False) -> Official:
    """An official in office on *on*, appointed as *regime* requires."""
    term = _cited(regime, Fact.TERM_YEARS, kind) if post.is_leader else None
    if post.is_leader:  # leaders took office under the regime of the day
        start = draw(st.dates(max(regime.period.start, on - dt.timedelta(days=4 * 365)), on))
    else:
        start = draw(st.dates(on - dt.timedelta(days=12 * 365), on))
    limit = add_years(start, term) if term else None
    end = draw(st.one_of(st.none(), st.dates(on + dt.timedelta(days=1),
                                             limit or on + dt.timedelta(days=3650))))
    if end is not None and limit is not None and end > limit:
        end = limit
    appointment = None
    if post.is_leader:
        fact = (Fact.ACTING_CHAIR_ASSIGNED_BY if acting else
                APPOINTING_FACT[post])
        authorities = _cited(regime, fact, kind) or (Authority.OWN_COUNCIL,)
        formed = _cited(regime, Fact.LEADERS_DESIGNATED_ON, kind)
        if not acting and formed in (None, start):  # the 2025 designations (NQ 203/2025/QH15)
            authorities = (*authorities,                 # staffed the units on their first day
                           *(_cited(regime, Fact.LEADERS_DESIGNATED_BY, kind) or ()))
        method = AppointmentMethod.ACTING if acting else draw(st.sampled_from(
            [AppointmentMethod.ELECTED, AppointmentMethod.APPOINTED]))
        named: Authority = draw(st.sampled_from(authorities))
        by: Authority | Office = draw(st.sampled_from([named, *_synonyms(named, kind, on)]))
        appointment = Appointment(by, f"{draw(st.integers(1, 999))}/QĐ-UBND", start, method)
    payroll = _cited(regime, Fact.STAFF_PAYROLL, kind)
    return Official(name, post, Period(start, end), appointment, acting=acting,
                    payroll=draw(st.sampled_from([None, payroll])) if payroll else None,
                    in_field_since=draw(st.one_of(st.none(), st.dates(
                        start - dt.timedelta(days=20 * 365), start - dt.timedelta(days=4 * 365)))))


@st.composite
def _officials(draw: st.DrawFn, on: dt.date, regime: Regime, kind: UnitKind,
               unit_class: UnitClass) -> tuple[Official, ...]:
    posts = _cited(regime, Fact.COMMITTEE_POSTS, kind) or frozenset(Post)
    caps = _cited(regime, Fact.MAX_VICE_CHAIRS, kind)
    cap = 2 if caps is None else caps.get(unit_class, min(caps.values()))
    names = iter(draw(st.permutations(_NAMES)))
    chair = draw(_official(Post.CHAIR, on, regime, kind, next(names)))
    vices = [draw(_official(Post.VICE_CHAIR, on, regime, kind, next(names)))
             for _ in range(draw(st.integers(0, cap)))]
    civil = [draw(_official(p, on, regime, kind, next(names))) for p in _CIVIL if p in posts]
    return (chair, *vices, *civil)


def _delegation(draw: st.DrawFn, on: dt.date, regime: Regime, kind: UnitKind,
                officials: tuple[Official, ...]) -> tuple[Delegation, ...]:
    acts = _cited(regime, Fact.DELEGABLE_ACTS, kind)
    to = _cited(regime, Fact.DELEGATE_POST, kind)
    to = to if isinstance(to, frozenset) else frozenset({to})
    delegate = next((o for o in officials if o.post in to), None)
    if not acts or delegate is None or _cited(regime, Fact.DELEGATOR_POST, kind) is None:
        return ()
    if _cited(regime, Fact.DELEGATE_MIN_YEARS, kind) and delegate.in_field_since is None:
        return ()  # lawful but unrecorded experience would draw a warning
    chair = officials[0]
    start = max(chair.tenure.start, delegate.tenure.start)
    ends = [e for e in (chair.tenure.end, delegate.tenure.end) if e is not None]
    end = min([*ends, on + dt.timedelta(days=400)])
    if end <= on:
        return ()
    period = Period(draw(st.dates(start, on)), draw(st.dates(on + dt.timedelta(days=1), end)))
    chosen = draw(st.sets(st.sampled_from(sorted(acts, key=lambda a: a.value)), min_size=1))
    return (Delegation(chair.key, delegate.key, chosen, period, "12/QĐ-UBND"),)


def _synonyms(by: Authority, kind: UnitKind, on: dt.date) -> list[Authority | Office]:
    """Other names of the office *by* denotes for a unit of *kind* on *on*: the unit's
    own bodies named as offices, and the unit above a district (or, from 2025-07-01, a
    commune) named as the city."""
    own: dict[Authority, Office] = {
        Authority.OWN_COUNCIL: Office(body=Body.PEOPLES_COUNCIL),
        Authority.OWN_CHAIR: Office(post=Post.CHAIR),
        Authority.OWN_COUNCIL_STANDING: Office(body=Body.COUNCIL_STANDING)}
    found: list[Authority | Office] = [own[by]] if by in own else []
    above_is_city = kind.level is Level.DISTRICT or (kind.level is Level.COMMUNE
                                                     and on >= dt.date(2025, 7, 1))
    if above_is_city and by in (Authority.PARENT_CHAIR, Authority.CITY_CHAIR):
        found.append(Authority.CITY_CHAIR if by is Authority.PARENT_CHAIR
                     else Authority.PARENT_CHAIR)
    return found


@st.composite
def _working_rules(draw: st.DrawFn, regime: Regime, kind: UnitKind,
                   on: dt.date) -> tuple[WorkingRule, ...]:
    issuer = _cited(regime, Fact.WORKING_RULES_ISSUER, kind)
    model = _cited(regime, Fact.WORKING_RULES_MODEL, kind)
    first = _cited(regime, Fact.WORKING_RULES_FROM, kind)
    if issuer is None or model is None or first is None or on < first:
        return ()
    # issued on or before the day they come into force, never before the model
    issued = draw(st.one_of(st.none(), st.dates(model.signed or first, first)))
    by = draw(st.sampled_from([issuer, Office(post=issuer)]))
    return (WorkingRule(by, first, "01/QĐ-UBND", model.identifier, issued),)


@st.composite
def _body_fields(draw: st.DrawFn, on: dt.date, regime: Regime, kind: UnitKind,
                 unit_class: UnitClass, council_officers: bool = False) -> dict[str, Any]:
    has_council = _cited(regime, Fact.HAS_COUNCIL, kind)
    mode: DecisionMode | None = _cited(regime, Fact.DECISION_MODE, kind)
    fields: dict[str, Any] = {}
    if has_council is not None and draw(st.booleans()):
        fields["council"] = (draw(_council(on, regime, kind, council_officers)) if has_council
                             else None)
    if mode is not None and draw(st.booleans()):
        fields["committee"] = PeoplesCommittee(mode)
    if draw(st.booleans()):
        officials = draw(_officials(on, regime, kind, unit_class))
        fields["officials"] = officials
        fields["delegations"] = _delegation(draw, on, regime, kind, officials)
    fields["working_rules"] = draw(_working_rules(regime, kind, on))
    return fields


@st.composite
def _council(draw: st.DrawFn, on: dt.date, regime: Regime, kind: UnitKind,
             officers: bool) -> PeoplesCouncil:
    """A lawful People's Council: its officers (deputies, never committee members) within
    the caps, provisional only where the law allows, a term no longer than the law's."""
    posts = _cited(regime, Fact.COUNCIL_POSTS, kind) or frozenset()
    provisional = bool(_cited(regime, Fact.COUNCIL_MAY_BE_PROVISIONAL, kind)) and draw(
        st.booleans())
    years = _cited(regime, Fact.COUNCIL_TERM_YEARS, kind)
    term = None
    if years and draw(st.booleans()):
        start = draw(st.dates(on - dt.timedelta(days=4 * 365), on))
        election = _cited(regime, Fact.ELECTION_DAY, kind)
        within = _cited(regime, Fact.FIRST_SESSION_WITHIN_DAYS, kind)
        if election is not None and within is not None and start > election:
            start = min(start, election + dt.timedelta(days=within))  # met in time
        term = Period(start, add_years(start, years))
    if not officers or not posts or not draw(st.booleans()):
        return PeoplesCouncil(term=term, provisional=provisional)
    cap = _cited(regime, Fact.COUNCIL_MAX_VICE_CHAIRS, kind)
    cap = cap if isinstance(cap, int) else 2
    since = Period(on - dt.timedelta(days=draw(st.integers(0, 900))))
    members = [Official("Đại biểu Chủ tịch", Post.COUNCIL_CHAIR, since)]
    members += [Official(f"Đại biểu Phó {i}", Post.COUNCIL_VICE_CHAIR, since)
                for i in range(draw(st.integers(0, cap)))]
    members += [Official("Đại biểu Trưởng ban", Post.COUNCIL_COMMITTEE_HEAD, since)]
    return PeoplesCouncil(term=term, provisional=provisional, officials=tuple(members))


def _regime(kind: UnitKind, on: dt.date, city: str) -> Regime | None:
    try:
        return regime_for(kind, on, city)
    except UnitAbolishedError:
        return None


@st.composite
def wards(draw: st.DrawFn, cities: tuple[str, ...] = CITIES,
          on: st.SearchStrategy[dt.date] | None = None,
          kinds: tuple[UnitKind, ...] = (UnitKind.PHUONG, UnitKind.XA, UnitKind.THI_TRAN),
          council_officers: bool = True) -> Drawn:
    """A lawful ward (or commune, or township) for a drawn city and day.

    With *council_officers*, a drawn People's Council may record its officers
    (``PeoplesCouncil.officials``).
    """
    day = draw(days() if on is None else on)
    city = draw(st.sampled_from(cities))
    kind = draw(st.sampled_from(kinds))
    regime = _regime(kind, day, city)
    if regime is None:  # a thị trấn after the reform: draw a ward instead
        kind, regime = UnitKind.PHUONG, regime_for(UnitKind.PHUONG, day, city)
    unit_class = draw(st.sampled_from([UnitClass.I, UnitClass.II, UnitClass.III,
                                       UnitClass.UNKNOWN]))
    fields = draw(_body_fields(day, regime, kind, unit_class, council_officers))
    unit = Ward(name=draw(st.sampled_from(["Gia Thụy", "Bến Nghé", "Hải Châu I", "Phúc Xá"])),
                # codes no real commune has (they end near 32250): a drawn ward is never a
                # real one on a day it did not exist (UG-UNIT-EXISTS knows the real ones)
                kind=kind, code=f"{draw(st.integers(90000, 99999)):05d}", unit_class=unit_class,
                city=city, **fields)
    return Drawn(unit, day, regime)


#: For each district kind, the commune kind its drawn wards have (from the one nesting
#: table, terms.KINDS_BELOW: a phường where it may be, else a xã).
_WARDS_UNDER = {kind: next(w for w in (UnitKind.PHUONG, UnitKind.XA, UnitKind.THI_TRAN)
                           if w in KINDS_BELOW[kind])
                for kind in sorted(kinds_at(Level.DISTRICT), key=lambda k: k.value)}


@st.composite
def districts(draw: st.DrawFn, cities: tuple[str, ...] = CITIES,
              on: st.SearchStrategy[dt.date] | None = None,
              kinds: tuple[UnitKind, ...] = tuple(_WARDS_UNDER)) -> Drawn:
    """A lawful district with up to three lawful wards, for a drawn city and day."""
    day = draw(days(last=dt.date(2025, 6, 30)) if on is None else on)
    city = draw(st.sampled_from(cities))
    kind = draw(st.sampled_from(kinds))
    regime = regime_for(kind, day, city)
    unit_class = draw(st.sampled_from([UnitClass.I, UnitClass.II, UnitClass.UNKNOWN]))
    children = draw(st.lists(wards((city,), st.just(day), (_WARDS_UNDER[kind],)), max_size=3))
    # a code no district holds (the bundled ones end at 973), as the wards' 90000–99999:
    # a drawn unit is no real one, whose kind and province UG-UNIT-EXISTS would check
    unit = District(name="Long Biên", kind=kind, code=f"{draw(st.integers(980, 999)):03d}",
                    unit_class=unit_class, city=city, wards=tuple(d.unit for d in children
                                           if isinstance(d.unit, Ward)),
                    **draw(_body_fields(day, regime, kind, unit_class)))
    return Drawn(unit, day, regime)


@st.composite
def provinces(draw: st.DrawFn, cities: tuple[str, ...] = ("01", "79", "48", "25"),
              on: st.SearchStrategy[dt.date] | None = None) -> Drawn:
    """A lawful province-level unit of the two-tier system holding up to three lawful
    communes directly, its committee within its Vice-Chairman cap."""
    from urbangov.structure import City

    day = draw(days(first=dt.date(2025, 7, 1)) if on is None else on)
    city = draw(st.sampled_from(cities))
    regime = regime_for(UnitKind.THANH_PHO, day, city)
    communes = draw(st.lists(wards((city,), st.just(day), (UnitKind.PHUONG, UnitKind.XA)),
                             max_size=3))
    caps = _cited(regime, Fact.PROVINCE_VICE_CHAIR_CAPS, UnitKind.THANH_PHO)
    cap = min(caps[city]) if caps else 3
    officials = None
    if draw(st.booleans()):
        names = iter(draw(st.permutations(_NAMES)))
        officials = (draw(_official(Post.CHAIR, day, regime, UnitKind.THANH_PHO, next(names))),
                     *(draw(_official(Post.VICE_CHAIR, day, regime, UnitKind.THANH_PHO,
                                      next(names))) for _ in range(draw(st.integers(0, cap)))))
    mode = _cited(regime, Fact.DECISION_MODE, UnitKind.THANH_PHO)
    unit = City(name=draw(st.sampled_from(["Hà Nội", "Hồ Chí Minh", "Đà Nẵng"])), city=city,
                code=city, officials=officials,
                committee=PeoplesCommittee(mode) if mode and draw(st.booleans()) else None,
                communes=tuple(d.unit for d in communes if isinstance(d.unit, Ward)))
    return Drawn(unit, day, regime)


Mutation = Callable[[st.DrawFn, Drawn], Drawn | None]


def mutations() -> dict[str, Mutation]:
    """For each rule code, a change that breaks the rule (see :mod:`urbangov._mutations`)."""
    from urbangov._mutations import MUTATIONS

    return MUTATIONS


def _exists(regime: Regime, kind: UnitKind) -> bool:
    cited = regime.fact(Fact.UNIT_EXISTS, kind)
    return cited is None or bool(cited.value)


def _targets(code: str) -> list[tuple[Regime, UnitKind]]:
    """The (regime, kind of unit) pairs whose facts the rule *code* reads."""
    from urbangov.regimes import regimes
    from urbangov.validation import rules

    facts = next(r.facts for r in rules() if r.code == code)
    pairs = {(r.key, kind): (r, kind) for r in regimes() for (fact, kind) in r.facts
             if fact in facts and kind.level is not Level.PROVINCE and _exists(r, kind)}
    return [pairs[k] for k in sorted(pairs, key=lambda k: (k[0], k[1].value))]


@st.composite
def _base(draw: st.DrawFn, code: str) -> Drawn:
    targets = _targets(code)
    if not targets:
        drawn: Drawn = draw(st.one_of(wards(), districts()))
        return drawn
    regime, kind = draw(st.sampled_from(targets))
    last = (regime.period.end or dt.date(2028, 1, 1)) - dt.timedelta(days=1)
    on = st.dates(regime.period.start, last)
    cities = (regime.city,) if regime.city else ("02",)
    if kind in _WARDS_UNDER:
        drawn = draw(districts(cities, on, (kind,)))
    else:
        drawn = draw(wards(cities, on, (kind,)))
    return drawn


@st.composite
def broken(draw: st.DrawFn, code: str) -> tuple[Drawn | None, Exception | None]:
    """A structure that breaks rule *code*: ``(drawn, None)``, or ``(None, error)`` when
    the change is refused at construction already (rules that need no date)."""
    mutate = mutations()[code]
    base = draw(_base(code))
    try:
        result = mutate(draw, base)
    except Exception as exc:  # the construction error is the result
        return None, exc
    if result is None:
        from hypothesis import reject

        reject()
    return result, None
