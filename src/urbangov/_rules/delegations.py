"""Rules on delegations (ủy quyền): who, to whom, what, how long, in what form."""

from __future__ import annotations

from collections.abc import Iterator

from urbangov._registry import Finding, Severity, UnitContext, rule
from urbangov.regimes import Fact
from urbangov.structure import UNRECORDED, Delegation, Official, Unit
from urbangov.terms import Post
from urbangov.time import add_years


def judged(unit: Unit, ctx: UnitContext) -> tuple[tuple[int, Delegation], ...]:
    """The delegations in force at some time while the structure's regime applies."""
    return ctx.shared(_judged, unit)


def _judged(unit: Unit, ctx: UnitContext) -> tuple[tuple[int, Delegation], ...]:
    assert ctx.regime is not None
    period = ctx.regime.period
    return tuple((i, d) for i, d in enumerate(unit.delegations) if d.period.overlaps(period))


def _by_key(unit: Unit, ctx: UnitContext) -> dict[str, list[Official]]:
    found: dict[str, list[Official]] = {}
    for o in unit.officials or ():
        found.setdefault(o.key, []).append(o)
    return found


def _holder_during(unit: Unit, ctx: UnitContext, key: str,
                   delegation: Delegation) -> Official | None:
    """The record of *key* whose tenure includes the delegation's first day."""
    start = delegation.period.start
    return next((o for o in ctx.shared(_by_key, unit).get(key, ()) if start in o.tenure), None)


def _holds_post(unit: Unit, ctx: UnitContext, fact: Fact, role: str,
                who: str) -> Iterator[Finding]:
    """Each judged delegation's *role* ("delegator"/"delegate") holds the post *fact* names."""
    cited = ctx.cited(fact, unit)
    if cited is None or unit.officials is None:
        return
    allowed = posts_of(cited.value)
    names = " or ".join(sorted(p.english for p in allowed))
    for i, d in judged(unit, ctx):
        key = getattr(d, role)
        holder = _holder_during(unit, ctx, key, d)
        if holder is None or holder.post not in allowed:
            post = "no post in this unit" if holder is None else holder.post.english
            yield Finding(ctx.at(("delegations", i), role),
                          f"{key} ({post}) cannot {who}: only the {names} of "
                          f"{unit.full_name} may", cited.provision, {role: key})


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
    cited = ctx.cited(Fact.DELEGABLE_ACTS, unit)
    if cited is None:
        return
    for i, d in judged(unit, ctx):
        extra = d.acts - cited.value
        if extra:
            names = ", ".join(sorted(a.english for a in extra))
            yield Finding(ctx.at(("delegations", i), "acts"),
                          f"the delegation covers acts the law does not let the Chairman "
                          f"delegate: {names}", cited.provision,
                          {"acts": sorted(a.value for a in extra)})


@rule("UG-DELEG-TENURE", "A delegation lies within both the delegator's and the delegate's "
      "tenure.", term="thời hạn ủy quyền",
      judges="delegations", facts=(Fact.DELEGATION_FORM,))
def within_tenure(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    cited = ctx.cited(Fact.DELEGATION_FORM, unit)
    if cited is None or unit.officials is None:
        return
    for i, d in judged(unit, ctx):
        for role, key in (("delegator", d.delegator), ("delegate", d.delegate)):
            holder = _holder_during(unit, ctx, key, d)
            if holder is not None and not holder.tenure.covers(d.period):
                yield Finding(ctx.at(("delegations", i), "period"),
                              f"the delegation ({d.period}) runs outside the {role} "
                              f"{key}'s tenure ({holder.tenure})", cited.provision,
                              {"role": role, "tenure_end": holder.tenure.end})


@rule("UG-DELEG-WRITTEN", "A delegation is made by a written decision.",
      term="quyết định ủy quyền bằng văn bản",
      judges="delegations", facts=(Fact.DELEGATION_FORM,))
def written(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    cited = ctx.cited(Fact.DELEGATION_FORM, unit)
    if cited is None:
        return
    for i, d in judged(unit, ctx):
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
    cited = ctx.cited(Fact.DELEGATION_FORM, unit)
    if cited is None:
        return
    for i, d in judged(unit, ctx):
        if d.period.end is None:
            yield Finding(ctx.at(("delegations", i), "period"),
                          f"the delegation from {d.period.start} has no end", cited.provision)


@rule("UG-DELEG-NO-REDELEGATION", "A delegate never delegates onward what was delegated to "
      "them.", term="không được ủy quyền lại",
      judges="delegations", facts=(Fact.DELEGATION_FORM,))
def no_redelegation(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    cited = ctx.cited(Fact.DELEGATION_FORM, unit)
    if cited is None:
        return
    for i, d in judged(unit, ctx):
        for other in unit.delegations:
            if (other is not d and other.delegate == d.delegator
                    and other.period.overlaps(d.period) and other.acts & d.acts):
                yield Finding(ctx.at(("delegations", i)),
                              f"{d.delegator} re-delegates to {d.delegate} acts delegated to "
                              f"them by {other.delegator}", cited.provision,
                              {"from": other.delegator, "to": d.delegate})
                break


@rule("UG-DELEG-EXPERIENCE", "The delegate has the years of work in the field the regime "
      "requires (three, in TP Hồ Chí Minh).", term="thời gian công tác trong lĩnh vực",
      judges="delegations", facts=(Fact.DELEGATE_MIN_YEARS,))
def experience(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    cited = ctx.cited(Fact.DELEGATE_MIN_YEARS, unit)
    if cited is None or unit.officials is None:
        return
    for i, d in judged(unit, ctx):
        holder = _holder_during(unit, ctx, d.delegate, d)
        if holder is None:
            continue
        if holder.in_field_since is None:
            yield Finding(ctx.at(("delegations", i), "delegate"),
                          f"{d.delegate}'s years in the field are not recorded; the law "
                          f"requires {cited.value}", cited.provision, severity=Severity.WARNING)
        elif add_years(holder.in_field_since, cited.value) > d.period.start:
            yield Finding(ctx.at(("delegations", i), "delegate"),
                          f"{d.delegate} has worked in the field since "
                          f"{holder.in_field_since}, less than {cited.value} years before the "
                          f"delegation of {d.period.start}", cited.provision,
                          {"in_field_since": holder.in_field_since})
