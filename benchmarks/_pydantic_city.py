"""The benchmark city as pydantic v2 models carrying the same checks as urbangov's rules.

Frozen models with typed, validated fields (non-empty NFC names, enums, dates), and one
``model_validator`` on the dated city that judges every unit as urbangov's 24 rules do,
reading the same regime facts.  Written plainly, as a pydantic user would: the fair
baseline for "what would the same guarantees cost with the usual tool".  Benchmark-only:
pydantic is no dependency of urbangov (``pip install ".[bench]"``).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Annotated, Any, Self

from pydantic import AfterValidator, BaseModel, ConfigDict, model_validator

import urbangov as ug
from urbangov.regimes import RegimeError, UnitAbolishedError, regime_for, vice_chair_caps
from urbangov.time import Period, add_years, years_between

F = ug.Fact
K = ug.UnitKind


def _name(value: str) -> str:
    out = " ".join(unicodedata.normalize("NFC", value).split())
    if not out:
        raise ValueError("must not be empty")
    return out


Name = Annotated[str, AfterValidator(_name)]
FROZEN = ConfigDict(frozen=True, arbitrary_types_allowed=True)
BELOW = {K.THANH_PHO: {K.QUAN, K.THI_XA, K.HUYEN, K.THANH_PHO_THUOC_TP}, K.QUAN: {K.PHUONG},
         K.THI_XA: {K.PHUONG, K.XA}, K.THANH_PHO_THUOC_TP: {K.PHUONG, K.XA},
         K.HUYEN: {K.XA, K.THI_TRAN}}


class Appointment(BaseModel):
    model_config = FROZEN
    by: ug.Authority
    decision: Name | None = None
    effective: dt.date | None = None
    method: ug.AppointmentMethod = ug.AppointmentMethod.APPOINTED


class Official(BaseModel):
    model_config = FROZEN
    name: Name
    post: ug.Post
    tenure: Period
    appointment: Appointment | None = None
    acting: bool = False
    payroll: ug.Level | None = None
    in_field_since: dt.date | None = None
    id: Name | None = None

    @property
    def key(self) -> str:
        return self.id or self.name


class Delegation(BaseModel):
    model_config = FROZEN
    delegator: Name
    delegate: Name
    acts: frozenset[ug.Act]
    period: Period
    decision: Name | None = None


class Ward(BaseModel):
    model_config = FROZEN
    name: Name
    kind: ug.UnitKind = K.PHUONG
    code: Name | None = None
    unit_class: ug.UnitClass = ug.UnitClass.UNKNOWN
    city: str | None = None
    as_of: dt.date | None = None
    has_council: bool | None = None
    officials: tuple[Official, ...] | None = None
    delegations: tuple[Delegation, ...] = ()


class District(BaseModel):
    model_config = FROZEN
    name: Name
    kind: ug.UnitKind = K.QUAN
    city: str | None = None
    as_of: dt.date | None = None
    wards: tuple[Ward, ...] = ()


class City(BaseModel):
    model_config = FROZEN
    name: Name
    kind: ug.UnitKind = K.THANH_PHO
    code: Name | None = None
    unit_class: ug.UnitClass = ug.UnitClass.UNKNOWN
    city: str | None = None
    as_of: dt.date | None = None
    districts: tuple[District, ...] = ()

    @model_validator(mode="after")
    def _judge(self) -> Self:
        errors = judge(self)
        if errors:
            raise ValueError(f"{len(errors)} rule(s) broken: {errors[:3]}")
        return self


def judge(city: City) -> list[str]:
    """The errors urbangov's rules would find in *city*, checked unit by unit."""
    errors: list[str] = []
    on = city.as_of
    if on is None:
        return errors
    for unit, children in [(city, city.districts), *((d, d.wards) for d in city.districts)]:
        errors += [f"nesting {c.name}" for c in children if c.kind not in BELOW[unit.kind]]
        errors += [f"context {c.name}" for c in children
                   if (c.city and c.city != city.city) or (c.as_of and c.as_of != on)]
    for district in city.districts:
        for ward in district.wards:
            try:
                regime = regime_for(ward.kind, on, city.city)
            except UnitAbolishedError:
                errors.append(f"{ward.name} does not exist")
                continue
            except RegimeError:
                continue
            errors += _ward(ward, on, city.city, regime)
    return errors


def _ward(ward: Ward, on: dt.date, city: str | None, regime: ug.Regime) -> list[str]:
    def fact(f: ug.Fact) -> Any:
        cited = regime.fact(f, ward.kind)
        return None if cited is None else cited.value

    errors: list[str] = []
    council = fact(F.HAS_COUNCIL)
    if council is not None and ward.has_council is not None and ward.has_council != council:
        errors.append("council")
    officials = ward.officials or ()
    present = [o for o in officials if on in o.tenure]
    posts = fact(F.COMMITTEE_POSTS)
    if posts is not None:
        errors += [f"post {o.name}" for o in present if o.post not in posts]
        if sum(o.post is ug.Post.CHAIR for o in present) > 1:
            errors.append("two chairs")
    caps = fact(F.MAX_VICE_CHAIRS)
    if caps is not None:
        cap = max(vice_chair_caps(caps, ward.kind, city, ward.unit_class))
        if sum(o.post is ug.Post.VICE_CHAIR for o in present) > cap:
            errors.append("vice-chair cap")
    under = [o for o in officials if on in o.tenure or o.tenure.start in regime.period]
    by_post = {ug.Post.CHAIR: F.CHAIR_APPOINTED_BY, ug.Post.VICE_CHAIR: F.VICE_CHAIR_APPOINTED_BY}
    years = fact(F.TERM_YEARS)
    for o in under:
        a = o.appointment
        if o.post in by_post and a is not None:
            acting = o.acting or a.method is ug.AppointmentMethod.ACTING
            allowed = fact(F.ACTING_CHAIR_ASSIGNED_BY if acting else by_post[o.post])
            if allowed is not None and a.by not in allowed:
                errors.append(f"appointed by {o.name}")
        if years is not None and o.post.is_leader and not o.acting and o.tenure.end:
            start = a.effective if a and a.effective else o.tenure.start
            if o.tenure.end > add_years(start, years):
                errors.append(f"term {o.name}")
    limit = fact(F.CHAIR_MAX_CONSECUTIVE_YEARS)
    for o in present:
        if limit is not None and o.post is ug.Post.CHAIR and not o.acting:
            runs = sorted((p.tenure for p in officials
                           if p.key == o.key and p.post is ug.Post.CHAIR), key=lambda t: t.start)
            start = o.tenure.start
            for period in reversed(runs):
                if period.start < start and period.end is not None and period.end >= start:
                    start = period.start
            if years_between(start, on + dt.timedelta(days=1)) > limit:
                errors.append(f"tenure {o.name}")
    payroll = fact(F.STAFF_PAYROLL)
    errors += [f"payroll {o.name}" for o in present
               if payroll is not None and o.payroll is not None and o.payroll is not payroll]
    return errors + _delegations(ward, regime, fact)


def _delegations(ward: Ward, regime: ug.Regime, fact: Any) -> list[str]:
    errors: list[str] = []
    officials = ward.officials
    judged = [d for d in ward.delegations if d.period.overlaps(regime.period)]
    form, delegator, delegate = (fact(F.DELEGATION_FORM), fact(F.DELEGATOR_POST),
                                 fact(F.DELEGATE_POST))
    acts, min_years = fact(F.DELEGABLE_ACTS), fact(F.DELEGATE_MIN_YEARS)

    def holder(key: str, d: Delegation) -> Official | None:
        return next((o for o in officials or () if o.key == key and d.period.start in o.tenure),
                    None)

    for d in judged:
        if officials is not None:
            for post, key in ((delegator, d.delegator), (delegate, d.delegate)):
                who = holder(key, d)
                if post is not None and (who is None or who.post is not post):
                    errors.append(f"delegation holder {key}")
                if form is not None and who is not None and not who.tenure.covers(d.period):
                    errors.append(f"delegation tenure {key}")
            who = holder(d.delegate, d)
            if (min_years is not None and who is not None and who.in_field_since is not None
                    and add_years(who.in_field_since, min_years) > d.period.start):
                errors.append("experience")
        if acts is not None and d.acts - acts:
            errors.append("acts")
        if form is not None:
            if d.decision is None:
                errors.append("written")
            if d.period.end is None:
                errors.append("time-limited")
            if any(o is not d and o.delegate == d.delegator and o.period.overlaps(d.period)
                   and o.acts & d.acts for o in ward.delegations):
                errors.append("re-delegation")
    return errors
