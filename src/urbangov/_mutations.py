"""For each rule, a change to a lawful structure that breaks it (for property tests).

Each mutation takes a lawful :class:`~urbangov.strategies.Drawn` and returns a drawn
structure breaking its rule, ``None`` when the rule cannot be broken there (the
regime is silent, say), or raises the error construction gives for a rule that
needs no date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs
from hypothesis import strategies as st

from urbangov._rules import Seat, Unresolved, resolve
from urbangov.regimes import APPOINTING_FACT, Fact, regime_for
from urbangov.strategies import Drawn
from urbangov.structure import (
    Appointment,
    Body,
    Delegation,
    District,
    Office,
    Official,
    PeoplesCommittee,
    PeoplesCouncil,
    Ward,
    WorkingRule,
)
from urbangov.terms import Act, Authority, DecisionMode, Level, Post, UnitClass, UnitKind
from urbangov.time import Period, add_years

Mutation = Callable[[st.DrawFn, Drawn], Drawn | None]
MUTATIONS: dict[str, Mutation] = {}


def _mutation(code: str) -> Callable[[Mutation], Mutation]:
    def register(fn: Mutation) -> Mutation:
        MUTATIONS[code] = fn
        return fn
    return register


def _fact(drawn: Drawn, fact: Fact) -> Any:
    cited = drawn.regime.fact(fact, drawn.unit.kind)
    return None if cited is None else cited.value


def _with(drawn: Drawn, **changes: Any) -> Drawn:
    return attrs.evolve(drawn, unit=attrs.evolve(drawn.unit, **changes))


def _leader(drawn: Drawn, name: str, post: Post, **fields: Any) -> Official:
    """A lawfully appointed leader in office on the drawn day."""
    start = max(drawn.regime.period.start, drawn.on - dt.timedelta(days=30))
    term = _fact(drawn, Fact.TERM_YEARS)
    fact = APPOINTING_FACT[post]
    by = (_fact(drawn, fact) or (Authority.OWN_COUNCIL,))[0]
    end = add_years(start, term) if term else None
    return Official(name, post, Period(start, end), Appointment(by, "9/QĐ-UBND", start),
                    **fields)


def _chair(drawn: Drawn) -> tuple[int, Official] | None:
    return next(((i, o) for i, o in enumerate(drawn.unit.officials or ())
                 if o.post is Post.CHAIR and o.in_office(drawn.on)), None)


def _replace(officials: tuple[Official, ...], i: int, new: Official) -> tuple[Official, ...]:
    return (*officials[:i], new, *officials[i + 1:])


@_mutation("UG-COUNCIL")
def _council(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    has = _fact(drawn, Fact.HAS_COUNCIL)
    return None if has is None else _with(drawn, council=None if has else PeoplesCouncil())


@_mutation("UG-DECISION-MODE")
def _mode(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    mode = _fact(drawn, Fact.DECISION_MODE)
    if mode is None:
        return None
    other = next(m for m in DecisionMode if m is not mode)
    return _with(drawn, committee=PeoplesCommittee(other))


@_mutation("UG-KIND-NESTING")
def _nesting(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    wrong = draw(st.sampled_from([UnitKind.QUAN, UnitKind.HUYEN, UnitKind.THANH_PHO]))
    return Drawn(Ward(name="Sai", kind=wrong, city=drawn.unit.city), drawn.on, drawn.regime)


@_mutation("UG-CONTEXT")
def _context(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    other = "79" if drawn.unit.city != "79" else "01"
    ward = Ward(name="Khác", kind=UnitKind.PHUONG, city=other)
    return Drawn(District(name="Ba Đình", kind=UnitKind.QUAN, city=drawn.unit.city,
                          wards=(ward,)), min(drawn.on, dt.date(2025, 6, 30)), drawn.regime)


@_mutation("UG-REGIME-KNOWN")
def _regime_known(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    return attrs.evolve(drawn, on=draw(st.dates(dt.date(1990, 1, 1), dt.date(2015, 12, 31))))


@_mutation("UG-UNIT-EXISTS")
def _exists(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    how = draw(st.sampled_from(["abolished", "kind", "province"]))
    if how == "abolished":  # a district after the district level ended
        kind = draw(st.sampled_from([UnitKind.QUAN, UnitKind.HUYEN, UnitKind.THI_XA]))
        day = draw(st.dates(dt.date(2025, 7, 1), dt.date(2030, 12, 31)))
        return Drawn(District(name="Cầu Giấy", kind=kind, city=drawn.unit.city), day,
                     regime_for(UnitKind.PHUONG, day, drawn.unit.city))
    # a real unit of 2021-11-01 to 2025-06-30 by its GSO code and name, recorded as a
    # ward (Xã Tân Lập of Hà Nội) or in another city (Phường Bến Nghé of TP HCM)
    day = draw(st.dates(dt.date(2021, 11, 1), dt.date(2025, 6, 30)))
    name, code, city = (("Tân Lập", "09820", "01") if how == "kind"
                        else ("Bến Nghé", "26740", "01" if drawn.unit.city != "01" else "48"))
    return Drawn(Ward(name=name, code=code, kind=UnitKind.PHUONG, city=city), day,
                 regime_for(UnitKind.PHUONG, day, city))


@_mutation("UG-POSTS")
def _posts(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    posts = _fact(drawn, Fact.COMMITTEE_POSTS)
    missing = sorted((p for p in set(Post) - (posts or set(Post)) if not p.is_council),
                     key=lambda p: p.value)
    if not missing:
        return None
    post = draw(st.sampled_from(missing))
    extra = Official("Lạ", post, Period(drawn.on - dt.timedelta(days=10)))
    return _with(drawn, officials=(*(drawn.unit.officials or ()), extra))


@_mutation("UG-ONE-CHAIR")
def _one_chair(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    if _fact(drawn, Fact.COMMITTEE_POSTS) is None:
        return None
    two = (_leader(drawn, "Chủ tịch Một", Post.CHAIR), _leader(drawn, "Chủ tịch Hai", Post.CHAIR))
    return _with(drawn, officials=two, delegations=())


@_mutation("UG-VICE-CHAIR-CAP")
def _cap(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    caps = _fact(drawn, Fact.MAX_VICE_CHAIRS)
    if caps is None:
        return None
    cls = draw(st.sampled_from(sorted(caps, key=lambda c: c.value)))
    vices = tuple(_leader(drawn, f"Phó {i}", Post.VICE_CHAIR) for i in range(caps[cls] + 1))
    return _with(drawn, unit_class=cls, officials=vices, delegations=())


#: Named offices a mutation may record as the appointing authority: a commune (that
#: ceased on 2025-07-01), a district and two provinces, by code, by name and by body.
_NAMED = (Office("00130", post=Post.CHAIR), Office("Long Biên, Hà Nội", post=Post.CHAIR),
          Office("Thủ Đức", body=Body.PEOPLES_COMMITTEE), Office("96", post=Post.CHAIR),
          Office("Hồ Chí Minh", body=Body.COUNCIL_STANDING), Office(body=Body.PEOPLES_COMMITTEE))


def _wrong_authorities(drawn: Drawn, allowed: tuple[Authority, ...]) -> list[Authority | Office]:
    """The relative names and named offices that denote none of the *allowed* offices for
    the drawn unit on its day (two names of one office are not a mutation)."""
    unit, day = drawn.unit, drawn.on
    lawful = [resolve(a, unit, day, unit.city) for a in allowed]
    out: list[Authority | Office] = []
    candidates: list[Authority | Office] = [*sorted(Authority, key=lambda a: a.value), *_NAMED]
    for candidate in candidates:
        seat = resolve(candidate, unit, day, unit.city)
        if isinstance(seat, Unresolved):
            if seat.gone:  # naming a unit that no longer exists is an error too
                out.append(candidate)
        elif not any(isinstance(s, Seat) and s.same(seat) for s in lawful):
            out.append(candidate)
    return out


@_mutation("UG-APPOINTED-BY")
def _appointed_by(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    allowed = _fact(drawn, Fact.CHAIR_APPOINTED_BY)
    if allowed is None:
        return None
    allowed = (*allowed, *(_fact(drawn, Fact.LEADERS_DESIGNATED_BY) or ()))
    wrong = draw(st.sampled_from(_wrong_authorities(drawn, allowed)))
    chair = _leader(drawn, "Chủ tịch", Post.CHAIR)
    assert chair.appointment is not None
    chair = attrs.evolve(chair, appointment=attrs.evolve(chair.appointment, by=wrong))
    return _with(drawn, officials=(chair,), delegations=())


@_mutation("UG-TERM")
def _term(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    years = _fact(drawn, Fact.TERM_YEARS)
    if years is None:
        return None
    chair = _leader(drawn, "Chủ tịch", Post.CHAIR)
    limit = add_years(chair.tenure.start, years)
    end = limit + dt.timedelta(days=draw(st.integers(1, 900)))
    return _with(drawn, officials=(attrs.evolve(chair, tenure=Period(chair.tenure.start, end)),),
                 delegations=())


@_mutation("UG-CHAIR-TENURE")
def _tenure(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    limit = _fact(drawn, Fact.CHAIR_MAX_CONSECUTIVE_YEARS)
    if limit is None:
        return None
    chair = _leader(drawn, "Chủ tịch", Post.CHAIR)
    start = add_years(drawn.on, -limit) - dt.timedelta(days=draw(st.integers(2, 2000)))
    earlier = Official(chair.name, Post.CHAIR, Period(start, chair.tenure.start),
                       Appointment(Authority.OWN_COUNCIL, "1/NQ-HĐND", start))
    return _with(drawn, officials=(earlier, chair), delegations=())


@_mutation("UG-PAYROLL")
def _payroll(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    level = _fact(drawn, Fact.STAFF_PAYROLL)
    if level is None:
        return None
    wrong = next(lv for lv in Level if lv is not level)
    clerk = Official("Công chức", Post.VAN_PHONG_THONG_KE,
                     Period(drawn.on - dt.timedelta(days=5)), payroll=wrong)
    return _with(drawn, officials=(*(drawn.unit.officials or ()), clerk))


def _no_basis_before(drawn: Drawn) -> Any:
    """The regime just before the drawn one, if it let nothing be delegated."""
    try:
        before = regime_for(drawn.unit.kind, drawn.regime.period.start - dt.timedelta(days=1),
                            drawn.unit.city)
    except LookupError:
        return None
    cited = before.fact(Fact.DELEGABLE_ACTS, drawn.unit.kind)
    return before if cited is not None and not cited.value else None


@_mutation("UG-STAFF-CAP")
def _staff_cap(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    cap = _fact(drawn, Fact.STAFF_CAP)
    if cap is None:
        return None
    since = Period(drawn.on - dt.timedelta(days=5))
    clerks = tuple(Official(f"Công chức {i}", Post.VAN_PHONG_THONG_KE, since)
                   for i in range(cap + draw(st.integers(1, 4))))
    return _with(drawn, officials=(_leader(drawn, "Chủ tịch", Post.CHAIR), *clerks),
                 delegations=())


def _delegating(draw: st.DrawFn, drawn: Drawn, **changes: Any) -> Drawn | None:
    """A lawful chair, Tư pháp–Hộ tịch and Văn hóa–Xã hội, and a delegation changed so."""
    if _fact(drawn, Fact.DELEGATOR_POST) is None:
        return None
    chair = _leader(drawn, "Chủ tịch", Post.CHAIR)
    vice = _leader(drawn, "Phó Chủ tịch", Post.VICE_CHAIR)
    since = drawn.on - dt.timedelta(days=3650)
    tp = Official("Tư pháp", Post.TU_PHAP_HO_TICH, Period(since), in_field_since=since)
    vh = Official("Văn hóa", Post.VAN_HOA_XA_HOI, Period(since), in_field_since=since)
    end = chair.tenure.end or drawn.on + dt.timedelta(days=365)
    delegation = Delegation(chair.key, tp.key, {Act.CERTIFY_COPY},
                            Period(chair.tenure.start, end), "5/QĐ-UBND")
    officials = changes.pop("officials", (chair, vice, tp, vh))
    extra = changes.pop("extra", ())
    return _with(drawn, unit_class=UnitClass.I, officials=officials,
                 delegations=(attrs.evolve(delegation, **changes), *extra))


@_mutation("UG-DELEG-DELEGATOR")
def _delegator(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    return _delegating(draw, drawn, delegator="Phó Chủ tịch")


@_mutation("UG-DELEG-DELEGATE")
def _delegate(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    return _delegating(draw, drawn, delegate="Văn hóa")


@_mutation("UG-DELEG-OTHER-UNIT")
def _other_unit(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    above = _DISTRICT_ABOVE.get(drawn.unit.kind)
    if not isinstance(drawn.unit, Ward) or above is None or drawn.on >= dt.date(2025, 7, 1):
        return None
    lawful = _delegating(draw, drawn)
    if lawful is None:
        return None
    ward = lawful.unit
    clerk = ward.official("Tư pháp")
    # the delegate is recorded in the neighbouring ward, not in the delegating one
    own = tuple(o for o in ward.officials or () if o is not clerk)
    here = attrs.evolve(ward, officials=own, as_of=None)
    there = Ward(name="Bên cạnh", kind=ward.kind, city=ward.city, officials=(clerk,))
    return Drawn(District(name="Cha", kind=above, city=ward.city, wards=(here, there)),
                 drawn.on, drawn.regime)


#: A district kind that may hold each commune kind (before 2025-07-01).
_DISTRICT_ABOVE = {UnitKind.PHUONG: UnitKind.QUAN, UnitKind.XA: UnitKind.HUYEN,
                   UnitKind.THI_TRAN: UnitKind.HUYEN}


@_mutation("UG-DELEG-ACTS")
def _acts(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    allowed = _fact(drawn, Fact.DELEGABLE_ACTS)
    if allowed is None:
        return None
    wrong = sorted((a for a in Act if a.is_certification and a not in allowed),
                   key=lambda a: a.value)
    if not wrong:  # every certification is delegable: delegate a non-certification act
        wrong = [Act.DECIDE_COMMITTEE_MATTER]
    before = _no_basis_before(drawn)
    if before is not None and draw(st.booleans()):
        # a delegation made under the law before, which gave no basis for any
        day = max(before.period.start, drawn.regime.period.start - dt.timedelta(
            days=draw(st.integers(31, 900))))
        old = Official("Chủ tịch cũ", Post.CHAIR, Period(day - dt.timedelta(days=10)))
        d = Delegation(old.key, old.key, {Act.CERTIFY_COPY},
                       Period(day, day + dt.timedelta(days=30)), "4/QĐ-UBND")
        return _with(drawn, officials=(old,), delegations=(d,))
    if _fact(drawn, Fact.DELEGATOR_POST) is None:  # nothing delegable: any delegation breaks
        officials = (_leader(drawn, "Chủ tịch", Post.CHAIR),)
        d = Delegation("Chủ tịch", "Chủ tịch", {draw(st.sampled_from(wrong))},
                       Period(drawn.on, drawn.on + dt.timedelta(days=30)), "5/QĐ-UBND")
        return _with(drawn, officials=officials, delegations=(d,))
    return _delegating(draw, drawn, acts={Act.CERTIFY_COPY, draw(st.sampled_from(wrong))})


@_mutation("UG-DELEG-TENURE")
def _deleg_tenure(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    chair = _leader(drawn, "Chủ tịch", Post.CHAIR)
    if chair.tenure.end is None:
        chair = attrs.evolve(chair, tenure=Period(chair.tenure.start,
                                                  drawn.on + dt.timedelta(days=100)))
    since = drawn.on - dt.timedelta(days=3650)
    tp = Official("Tư pháp", Post.TU_PHAP_HO_TICH, Period(since), in_field_since=since)
    assert chair.tenure.end is not None
    late = chair.tenure.end + dt.timedelta(days=draw(st.integers(1, 400)))
    return _delegating(draw, drawn, officials=(chair, tp),
                       period=Period(chair.tenure.start, late))


@_mutation("UG-DELEG-WRITTEN")
def _written(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    return _delegating(draw, drawn, decision=None)


@_mutation("UG-DELEG-TIME-LIMITED")
def _time_limited(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    chair = _leader(drawn, "Chủ tịch", Post.CHAIR)
    chair = attrs.evolve(chair, tenure=Period(chair.tenure.start))
    since = drawn.on - dt.timedelta(days=3650)
    tp = Official("Tư pháp", Post.TU_PHAP_HO_TICH, Period(since), in_field_since=since)
    return _delegating(draw, drawn, officials=(chair, tp), period=Period(chair.tenure.start))


@_mutation("UG-DELEG-NO-REDELEGATION")
def _redelegation(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    onward = Delegation("Tư pháp", "Văn hóa", {Act.CERTIFY_COPY},
                        Period(drawn.on, drawn.on + dt.timedelta(days=10)), "6/QĐ-UBND")
    return _delegating(draw, drawn, extra=(onward,))


@_mutation("UG-DELEG-EXPERIENCE")
def _experience(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    years = _fact(drawn, Fact.DELEGATE_MIN_YEARS)
    if years is None:
        return None
    chair = _leader(drawn, "Chủ tịch", Post.CHAIR)
    recent = chair.tenure.start - dt.timedelta(days=draw(st.integers(0, 365 * years - 5)))
    tp = Official("Tư pháp", Post.TU_PHAP_HO_TICH, Period(recent), in_field_since=recent)
    return _delegating(draw, drawn, officials=(chair, tp))


def _working(drawn: Drawn, **changes: Any) -> Drawn | None:
    if _fact(drawn, Fact.WORKING_RULES_ISSUER) is None \
            or _fact(drawn, Fact.WORKING_RULES_MODEL) is None:  # no model: two-tier 2025
        return None
    lawful = WorkingRule(Post.CHAIR, _fact(drawn, Fact.WORKING_RULES_FROM), "1/QĐ-UBND",
                         _fact(drawn, Fact.WORKING_RULES_MODEL).identifier)
    return _with(drawn, working_rules=(attrs.evolve(lawful, **changes),))


@_mutation("UG-RULES-ISSUER")
def _rules_issuer(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    return _working(drawn, issued_by=draw(st.sampled_from([
        Post.VICE_CHAIR, Post.VAN_PHONG_THONG_KE, Office(body=Body.COUNCIL_STANDING),
        Office("Long Biên, Hà Nội", body=Body.PEOPLES_COMMITTEE),
        Office("Hà Nội", post=Post.CHAIR)])))


@_mutation("UG-RULES-MODEL")
def _rules_model(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    model = _fact(drawn, Fact.WORKING_RULES_MODEL)
    if model is not None and model.signed is not None and draw(st.booleans()):
        # issued before the model they follow was signed
        early = model.signed - dt.timedelta(days=draw(st.integers(1, 400)))
        return _working(drawn, issued=early)
    return _working(drawn, based_on=draw(st.sampled_from(["100/KH-UBND", "32/2021/NĐ-CP"])))


@_mutation("UG-RULES-FROM")
def _rules_from(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    first = _fact(drawn, Fact.WORKING_RULES_FROM)
    if first is None:
        return None
    return _working(drawn, effective=first - dt.timedelta(days=draw(st.integers(1, 300))))



# -- People's Councils (every era) and the two-tier system -----------------------------


def _since(drawn: Drawn) -> Period:
    return Period(drawn.on - dt.timedelta(days=10))


@_mutation("UG-COUNCIL-POSTS")
def _council_posts(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    posts = _fact(drawn, Fact.COUNCIL_POSTS)
    if posts is None:
        return None
    wrong = Post.COUNCIL_VICE_CHAIR if not posts else draw(st.sampled_from(
        [Post.CHAIR, Post.VICE_CHAIR, Post.MEMBER]))
    officer = Official("Đại biểu", wrong, _since(drawn))
    return _with(drawn, council=PeoplesCouncil(officials=(officer,)))


@_mutation("UG-COUNCIL-POST-BODY")
def _council_post_body(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    if _fact(drawn, Fact.COUNCIL_POSTS) is None:
        return None
    post = draw(st.sampled_from([Post.COUNCIL_VICE_CHAIR, Post.COUNCIL_CHAIR,
                                 Post.COUNCIL_COMMITTEE_HEAD]))
    stray = Official("Phó Chủ tịch HĐND", post, _since(drawn))
    return _with(drawn, officials=(*(drawn.unit.officials or ()), stray))


@_mutation("UG-COUNCIL-STANDING-APART")
def _standing_apart(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    if not _fact(drawn, Fact.COUNCIL_STANDING_APART):
        return None
    chair = _leader(drawn, "Người kiêm", Post.CHAIR)
    post = draw(st.sampled_from([Post.COUNCIL_CHAIR, Post.COUNCIL_VICE_CHAIR,
                                 Post.COUNCIL_COMMITTEE_HEAD]))
    officer = Official("Người kiêm", post, _since(drawn))
    return _with(drawn, officials=(chair,), delegations=(),
                 council=PeoplesCouncil(officials=(officer,)))


@_mutation("UG-COUNCIL-BAN-APART")
def _ban_apart(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    heads = _fact(drawn, Fact.COUNCIL_BAN_OFFICERS_APART)
    if not heads:
        return None
    head = Official("Người kiêm", draw(st.sampled_from(sorted(heads, key=lambda p: p.value))),
                    _since(drawn))
    officer = Official("Người kiêm", Post.COUNCIL_COMMITTEE_DEPUTY, _since(drawn))
    return _with(drawn, officials=(head,), delegations=(),
                 council=PeoplesCouncil(officials=(officer,)))


@_mutation("UG-COUNCIL-VICE-CHAIR-CAP")
def _council_cap(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    cap = _fact(drawn, Fact.COUNCIL_MAX_VICE_CHAIRS)
    if not isinstance(cap, int):
        return None
    vices = tuple(Official(f"Phó {i}", Post.COUNCIL_VICE_CHAIR, _since(drawn))
                  for i in range(cap + draw(st.integers(1, 3))))
    return _with(drawn, council=PeoplesCouncil(officials=vices))


@_mutation("UG-COUNCIL-PROVISIONAL")
def _provisional(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    # Wherever the day's law does not allow one (silent, before 2025-07-01, or False).
    if _fact(drawn, Fact.COUNCIL_MAY_BE_PROVISIONAL) is True:
        return None
    return _with(drawn, council=PeoplesCouncil(provisional=True))


@_mutation("UG-COUNCIL-TERM")
def _council_term(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    years = _fact(drawn, Fact.COUNCIL_TERM_YEARS)
    if years is None:
        return None
    start = drawn.on - dt.timedelta(days=draw(st.integers(0, 1000)))
    end = add_years(start, years) + dt.timedelta(days=draw(st.integers(1, 700)))
    return _with(drawn, council=PeoplesCouncil(term=Period(start, end)))


def _city(code: str, **fields: Any) -> Any:
    from urbangov.structure import City

    return City(name="Tỉnh", city=code, code=code, **fields)


@_mutation("UG-TWO-TIER-TREE")
def _two_tier_tree(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    city = draw(st.sampled_from(["01", "79", "48", "02"]))
    day = draw(st.dates(dt.date(2016, 1, 1), dt.date(2025, 6, 30)))
    commune = Ward(name="Xã Mới", kind=UnitKind.XA, city=city)
    return Drawn(_city(city, communes=(commune,)), day,
                 regime_for(UnitKind.THANH_PHO, day, city))


def _ubnd_caps() -> dict[str, tuple[int, ...]]:
    """NĐ 300/2025's caps on a province's Vice-Chairs, by province code (from the regime)."""
    regime = regime_for(UnitKind.THANH_PHO, dt.date(2026, 1, 1), "01")
    caps: dict[str, tuple[int, ...]] = regime.explain(Fact.PROVINCE_VICE_CHAIR_CAPS,
                                                      UnitKind.THANH_PHO).value
    return caps


def _province(draw: st.DrawFn) -> tuple[str, dt.date, Any]:
    UBND_CAPS = _ubnd_caps()
    code = draw(st.sampled_from(sorted(UBND_CAPS)))
    day = draw(st.dates(dt.date(2025, 11, 17), dt.date(2027, 12, 31)))
    return code, day, regime_for(UnitKind.THANH_PHO, day, code)


def _elected(name: str, post: Post, day: dt.date) -> Official:
    start = day - dt.timedelta(days=20)
    return Official(name, post, Period(start), Appointment(Authority.OWN_COUNCIL, "1/NQ-HĐND",
                                                           start))


@_mutation("UG-PROVINCE-VICE-CHAIR-CAP")
def _province_cap(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    UBND_CAPS = _ubnd_caps()
    code, day, regime = _province(draw)
    vices = max(UBND_CAPS[code]) + draw(st.integers(1, 3))
    officials = (_elected("Chủ tịch", Post.CHAIR, day),
                 *(_elected(f"Phó {i}", Post.VICE_CHAIR, day) for i in range(vices)))
    return Drawn(_city(code, officials=officials), day, regime)


def _commune_count(code: str, day: dt.date) -> int:
    """How many communes the province *code* had on *day* (the bundled units)."""
    import warnings

    from urbangov import units
    from urbangov.units import CoverageWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CoverageWarning)
        return len(units.units(code, day, level=Level.COMMUNE))


@_mutation("UG-COMMUNE-VICE-CHAIR-MEAN")
def _commune_mean(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    # The average runs over all the province's communes, listed or not: the few listed
    # hold more than 2.5 for every commune of the province (Lai Châu 38, Huế 40).
    code = draw(st.sampled_from(["12", "46"]))
    day = draw(st.dates(dt.date(2025, 11, 17), dt.date(2027, 12, 31)))
    regime = regime_for(UnitKind.THANH_PHO, day, code)
    listed = draw(st.integers(1, 4))
    each = -(-(_commune_count(code, day) * 5 // 2 + 1) // listed)
    communes = []
    for n in range(listed):
        officials = (_elected("Chủ tịch", Post.CHAIR, day),
                     *(_elected(f"Phó {i}", Post.VICE_CHAIR, day) for i in range(each)))
        communes.append(Ward(name=f"Xã {n}", kind=UnitKind.XA, city=code,
                             officials=officials))
    return Drawn(_city(code, communes=tuple(communes)), day, regime)


@_mutation("UG-COUNCIL-FIRST-SESSION")
def _first_session(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    election = _fact(drawn, Fact.ELECTION_DAY)
    days = _fact(drawn, Fact.FIRST_SESSION_WITHIN_DAYS)
    if election is None or days is None:
        return None
    start = election + dt.timedelta(days=days + draw(st.integers(1, 300)))
    return _with(drawn, council=PeoplesCouncil(term=Period(start, add_years(start, 5))))


@_mutation("UG-COUNCIL-DEPUTY-HEADS-MEAN")
def _deputy_heads(draw: st.DrawFn, drawn: Drawn) -> Drawn | None:
    code = draw(st.sampled_from(["12", "46"]))
    day = draw(st.dates(dt.date(2026, 4, 30), dt.date(2027, 12, 31)))
    since = Period(day - dt.timedelta(days=5))
    listed = draw(st.integers(1, 3))
    # Two committees per commune, at most two deputy heads each on average, across all
    # the province's communes: the few listed hold more than that for all of them.
    each = -(-(_commune_count(code, day) * 4 + 1) // listed)
    communes = tuple(
        Ward(name=f"Xã {n}", kind=UnitKind.XA, city=code, council=PeoplesCouncil(officials=tuple(
            Official(f"Phó Trưởng ban {n}.{j}", Post.COUNCIL_COMMITTEE_DEPUTY, since)
            for j in range(each))))
        for n in range(listed))
    return Drawn(_city(code, communes=communes), day,
                 regime_for(UnitKind.THANH_PHO, day, code))
