"""Rules on delegations (ủy quyền): who, to whom, what, how long, in what form."""

from __future__ import annotations

import functools
from collections.abc import Iterator

from urbangov._registry import Finding, Scope, Severity, UnitContext, rule
from urbangov._rules._offices import retired_title
from urbangov.regimes import (
    EARLIEST,
    Cited,
    Fact,
    Regime,
    RegimeError,
    UnitAbolishedError,
    regime_for,
)
from urbangov.structure import UNRECORDED, Delegation, Official, Unit
from urbangov.terms import Post, UnitKind
from urbangov.time import Period, add_years


def _judged_under(unit: Unit, ctx: UnitContext,
                  ) -> tuple[tuple[int, Delegation, tuple[Regime, ...]], ...]:
    return ctx.shared(_judged, unit)


def _judged(unit: Unit, ctx: UnitContext,
            ) -> tuple[tuple[int, Delegation, tuple[Regime, ...]], ...]:
    assert ctx.regime is not None
    out = []
    for i, d in enumerate(unit.delegations):
        found = _regimes_over(unit.kind, ctx.city, d.period, ctx.regime)
        if found:
            out.append((i, d, found))
    return tuple(out)


@functools.lru_cache(maxsize=4096)
def _regimes_over(kind: UnitKind, city: str | None, period: Period,
                  current: Regime) -> tuple[Regime, ...]:
    """The regimes in force on the days of *period*, up to the end of *current* (the
    regime of the structure's day): the law of each day of the delegation so far."""
    stop = current.period.end
    if period.end is not None and (stop is None or period.end < stop):
        stop = period.end
    day, found = period.start, []
    while stop is None or day < stop:
        try:
            regime = regime_for(kind, day, city)
        except UnitAbolishedError:
            break
        except RegimeError:
            if day >= EARLIEST:
                break
            day = EARLIEST  # before the first regime: judge from its first day
            continue
        found.append(regime)
        if regime is current or regime.period.end is None:
            break
        day = regime.period.end
    return tuple(found)


def under(unit: Unit, ctx: UnitContext, fact: Fact,
          ) -> Iterator[tuple[int, Delegation, Cited, str]]:
    """Each judged delegation with each distinct answer to *fact* of the law of its days,
    and the words that say which law ("" for the structure's own regime)."""
    for i, d, found in _judged_under(unit, ctx):
        seen: list[Cited] = []
        for regime in found:
            cited = regime.fact(fact, unit.kind)
            if cited is None or cited in seen:
                continue
            seen.append(cited)
            yield i, d, cited, "" if regime is ctx.regime else (
                f"under the law of {max(d.period.start, regime.period.start)} "
                f"({regime.name}): ")


def _by_key(unit: Unit, ctx: UnitContext) -> dict[str, list[Official]]:
    found: dict[str, list[Official]] = {}
    for o in unit.officials or ():
        found.setdefault(o.key, []).append(o)
    return found


def _who(unit: Unit, ctx: UnitContext, key: str) -> str:
    """A delegation's party in words: the official's name, with the id the delegation
    gives when that is not the name ("Nguyễn Văn A (tu-phap-1)")."""
    records = ctx.shared(_by_key, unit).get(key, ())
    name = records[-1].name if records else key
    return name if name == key else f"{name} ({key})"


def _holder_during(unit: Unit, ctx: UnitContext, key: str,
                   delegation: Delegation) -> Official | None:
    """The record of *key* whose tenure includes the delegation's first day."""
    start = delegation.period.start
    return next((o for o in ctx.shared(_by_key, unit).get(key, ()) if start in o.tenure), None)


def _why_no_holder(unit: Unit, ctx: UnitContext, key: str, delegation: Delegation) -> str:
    """Why *key* holds no post of the unit on the delegation's first day, in words."""
    records = ctx.shared(_by_key, unit).get(key, ())
    start = delegation.period.start
    later = sorted((o for o in records if o.tenure.start > start), key=lambda o: o.tenure.start)
    if later:
        first = later[0]
        return (f"{first.post.english}, took office only on {first.tenure.start}, after the "
                f"delegation's first day {start}")
    if records:
        last = max(records, key=lambda o: o.tenure.start)
        return f"{last.post.english} until {last.tenure.last}, no post on {start}"
    return "no post in this unit"


def _holds_post(unit: Unit, ctx: UnitContext, fact: Fact, role: str,
                who: str) -> Iterator[Finding]:
    """Each judged delegation's *role* ("delegator"/"delegate") holds the post *fact* names."""
    if unit.officials is None:
        return
    for i, d, cited, law in under(unit, ctx, fact):
        allowed = posts_of(cited.value)
        key = getattr(d, role)
        holder = _holder_during(unit, ctx, key, d)
        if holder is None or holder.post not in allowed:
            names = " or ".join(sorted(p.english for p in allowed))
            post = (_why_no_holder(unit, ctx, key, d) if holder is None
                    else holder.post.english)
            hint = "" if holder is None else retired_title(holder.post, allowed)
            yield Finding(ctx.at(("delegations", i), role),
                          f"{law}{_who(unit, ctx, key)} ({post}) cannot {who}: only the "
                          f"{names} of {unit.full_name} may{hint}", cited.provision,
                          {role: key})


def posts_of(value: Post | frozenset[Post]) -> frozenset[Post]:
    """The posts a delegation fact names: one post, or a set of them (from 2025-07-01)."""
    return value if isinstance(value, frozenset) else frozenset({value})


@rule("UG-DELEG-DELEGATOR", "Only the unit's Chairman in office delegates certification.",
      term="người ủy quyền",
      judges="delegations", facts=(Fact.DELEGATOR_POST,))
def delegator(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    return _holds_post(unit, ctx, Fact.DELEGATOR_POST, "delegator", "delegate")


@rule("UG-DELEG-DELEGATE", "Certification is delegated only to the post the regime names "
      "(Tư pháp–Hộ tịch until 2025; a civil servant of the commune from 2025-07-01).",
      term="công chức Tư pháp – Hộ tịch", judges="delegations", facts=(Fact.DELEGATE_POST,))
def delegate(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    return _holds_post(unit, ctx, Fact.DELEGATE_POST, "delegate", "receive the delegation")


@rule("UG-DELEG-ACTS", "Only the acts the regime makes delegable are delegated (certified "
      "copies from originals and signatures).", term="phạm vi ủy quyền",
      judges="delegations", facts=(Fact.DELEGABLE_ACTS,))
def acts(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    for i, d, cited, law in under(unit, ctx, Fact.DELEGABLE_ACTS):
        extra = d.acts - cited.value
        if extra:
            names = ", ".join(sorted(a.english for a in extra))
            text = (f"{law}the law gave no basis to delegate any act, yet the delegation "
                    f"covers: {names}" if not cited.value else
                    f"{law}the delegation covers acts the law does not let the Chairman "
                    f"delegate: {names}")
            yield Finding(ctx.at(("delegations", i), "acts"), text,
                          cited.provision, {"acts": sorted(a.value for a in extra)})


@rule("UG-DELEG-TENURE", "A delegation lies within both the delegator's and the delegate's "
      "tenure.", term="thời hạn ủy quyền",
      judges="delegations", facts=(Fact.DELEGATION_FORM,))
def within_tenure(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    if unit.officials is None:
        return
    for i, d, cited, _law in under(unit, ctx, Fact.DELEGATION_FORM):
        for role, key in (("delegator", d.delegator), ("delegate", d.delegate)):
            holder = _holder_during(unit, ctx, key, d)
            if holder is not None and not holder.tenure.covers(d.period):
                yield Finding(ctx.at(("delegations", i), "period"),
                              f"the delegation ({d.period}) runs outside the {role} "
                              f"{_who(unit, ctx, key)}'s tenure ({holder.tenure})",
                              cited.provision,
                              {"role": role, "tenure_end": holder.tenure.end})


@rule("UG-DELEG-WRITTEN", "A delegation is made by a written decision.",
      term="quyết định ủy quyền bằng văn bản",
      judges="delegations", facts=(Fact.DELEGATION_FORM,))
def written(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    for i, d, cited, _law in under(unit, ctx, Fact.DELEGATION_FORM):
        if d.decision is UNRECORDED:  # unknown is not absent: say so, do not condemn
            yield Finding(ctx.at(("delegations", i), "decision"),
                          "the delegation's written decision is not recorded", cited.provision,
                          severity=Severity.WARNING)
        elif not d.decision:
            yield Finding(ctx.at(("delegations", i), "decision"),
                          "the delegation was made without a written decision", cited.provision)


@rule("UG-DELEG-TIME-LIMITED", "A delegation is limited in time (it has an end).",
      term="giới hạn thời gian ủy quyền",
      judges="delegations", facts=(Fact.DELEGATION_FORM,))
def time_limited(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    for i, d, cited, _law in under(unit, ctx, Fact.DELEGATION_FORM):
        if d.period.end is None:
            yield Finding(ctx.at(("delegations", i), "period"),
                          f"the delegation from {d.period.start} has no end", cited.provision)


@rule("UG-DELEG-NO-REDELEGATION", "A delegate never delegates onward what was delegated to "
      "them.", term="không được ủy quyền lại",
      judges="delegations", facts=(Fact.NO_REDELEGATION,))
def no_redelegation(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    for i, d, cited, _law in under(unit, ctx, Fact.NO_REDELEGATION):
        for other in unit.delegations:
            if (other is not d and other.delegate == d.delegator
                    and other.period.overlaps(d.period) and other.acts & d.acts):
                yield Finding(ctx.at(("delegations", i)),
                              f"{_who(unit, ctx, d.delegator)} re-delegates to "
                              f"{_who(unit, ctx, d.delegate)} acts delegated to them by "
                              f"{_who(unit, ctx, other.delegator)}", cited.provision,
                              {"from": other.delegator, "to": d.delegate})
                break


@rule("UG-DELEG-EXPERIENCE", "The delegate has the years of work in the field the regime "
      "requires (three, in TP Hồ Chí Minh).", term="thời gian công tác trong lĩnh vực",
      judges="delegations", facts=(Fact.DELEGATE_MIN_YEARS,))
def experience(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    if unit.officials is None:
        return
    for i, d, cited, _law in under(unit, ctx, Fact.DELEGATE_MIN_YEARS):
        holder = _holder_during(unit, ctx, d.delegate, d)
        if holder is None:
            continue
        if holder.in_field_since is None:
            yield Finding(ctx.at(("delegations", i), "delegate"),
                          f"{_who(unit, ctx, d.delegate)}'s years in the field are not "
                          "recorded; the law "
                          f"requires {cited.value}", cited.provision, severity=Severity.WARNING)
        elif add_years(holder.in_field_since, cited.value) > d.period.start:
            yield Finding(ctx.at(("delegations", i), "delegate"),
                          f"{_who(unit, ctx, d.delegate)} has worked in the field since "
                          f"{holder.in_field_since}, less than {cited.value} years before the "
                          f"delegation of {d.period.start}", cited.provision,
                          {"in_field_since": holder.in_field_since})


@rule("UG-DELEG-OTHER-UNIT", "A delegation names officials of its own unit: a delegator or "
      "delegate who holds a post in another unit of the structure is named with that unit.",
      term="ủy quyền trong đơn vị", judges="delegations",
      facts=(Fact.DELEGATOR_POST, Fact.DELEGATE_POST), scope=Scope.TREE)
def other_unit(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    # The root is judged too: a ward alone finds no other unit, and units above the
    # commune level have no delegation facts.
    if not unit.delegations or ctx.as_of is None:
        return
    own = _keys(unit)
    elsewhere: dict[str, list[tuple[Unit, Official]]] | None = None
    for i, d in enumerate(unit.delegations):
        for role, fact, who in (("delegator", Fact.DELEGATOR_POST, "delegate"),
                                ("delegate", Fact.DELEGATE_POST, "receive the delegation")):
            key = getattr(d, role)
            if key in own:
                continue
            if elsewhere is None:
                elsewhere = _officials_by_key(ctx.root)
            found = [(u, o) for u, o in elsewhere.get(key, ()) if u is not unit]
            if not found:
                continue
            try:
                cited = regime_for(unit.kind, ctx.as_of, ctx.city).fact(fact, unit.kind)
            except RegimeError:
                continue
            if cited is None:
                continue
            holder_unit, holder = next(((u, o) for u, o in found
                                        if d.period.start in o.tenure), found[0])
            name = holder.name if holder.name == key else f"{holder.name} ({key})"
            yield Finding(ctx.at(("delegations", i), role),
                          f"{name} ({holder.post.english} of {holder_unit.full_name}, another "
                          f"unit) cannot {who} in {unit.full_name}: only the "
                          f"{' or '.join(sorted(p.english for p in posts_of(cited.value)))} "
                          f"of {unit.full_name} may", cited.provision,
                          {role: key, "unit": holder_unit.code or holder_unit.name})


def _keys(unit: Unit) -> frozenset[str]:
    """The keys of the unit's officials (kept on the unit: this tree rule runs for the
    unit in every structure that holds it)."""
    found: frozenset[str] | None = unit._cache.get(("official-keys",))
    if found is None:
        found = unit._cache[("official-keys",)] = frozenset(
            o.key for o in unit.officials or ())
    return found


def _officials_by_key(root: Unit) -> dict[str, list[tuple[Unit, Official]]]:
    """Every official of every unit of *root*'s tree, by key (kept on the root)."""
    cache_key = ("officials-by-key",)
    found: dict[str, list[tuple[Unit, Official]]] | None = root._cache.get(cache_key)
    if found is None:
        found = {}
        for _path, u in root.walk():
            for o in u.officials or ():
                found.setdefault(o.key, []).append((u, o))
        root._cache[cache_key] = found
    return found
