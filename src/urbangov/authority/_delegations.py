"""Which delegations confer power: in force that day, lawful, between the right posts.

A delegation is judged by the registry's delegation rules (``UG-DELEG-*``); one that
breaks a rule, is not in force, or names someone not in the post that day confers
nothing, and the reason says why.  Delegations are never followed transitively.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from urbangov.authority._model import Basis, Grant, PostGrant
from urbangov.authority._posts import _QueryBase
from urbangov.regimes import Cited, Fact, Regime
from urbangov.structure import Delegation, Unit


@attrs.define
class _DelegationQuery(_QueryBase):
    def delegated(self) -> list[Grant]:
        index = self.sindex.unit(self.unit)
        candidates = index.by_act.get(self.act, ())
        delegable = self.fact(Fact.DELEGABLE_ACTS)
        if delegable is None or self.act not in delegable.value:
            scope = self.fact(Fact.DELEGATION_SCOPE_SET_BY) if delegable is None else None
            law = (f"the Chairman may delegate within the scope the {scope.value.english} "
                   f"sets ({scope.provision}), which the library does not record for this "
                   f"province, so it cannot say the act is within it" if scope is not None
                   else (f"it is not known whether the {self.regime.name} allows the "
                         f"Chairman to delegate it: the library does not encode delegation "
                         f"under it (not encoded; validate() leaves such delegations "
                         f"unjudged)") if delegable is None
                   else f"the Chairman may not delegate it ({delegable.provision})")
            # Unknown law (no fact at all) is reported as unknown, never as a refusal.
            unknown = delegable is None and scope is None
            named = [d for _i, d in candidates if d.in_force(self.day)]
            for d in named:
                self.reasons.append(
                    f"{_label(d)} confers nothing the library can confirm for this act: "
                    f"{law}." if unknown else
                    f"{_label(d)} confers nothing for this act: {law}.")
            if not named and index.in_force(self.day):
                self.reasons.append(
                    f"Whether the power to {self.act.english} may rest on a delegation "
                    f"{self.where} is not known: {law}." if unknown else
                    f"The power to {self.act.english} cannot rest on a delegation "
                    f"{self.where}: {law}.")
            return []
        delegator = self.fact(Fact.DELEGATOR_POST)
        delegate = self.fact(Fact.DELEGATE_POST)
        if delegator is None or delegate is None:
            self.reasons.append(f"The regime does not say who may delegate "
                                f"{self.act.english} to whom {self.where}.")
            return []
        in_force = [(i, d) for i, d in candidates if d.in_force(self.day)]
        for _i, d in candidates:
            if not d.in_force(self.day):
                self.reasons.append(_not_in_force(d, self.day))
        if not in_force:
            self.reasons.append(
                f"No delegation to {self.act.english} is in force {self.where}; only "
                f"officials with the power of their post may act.")
            return []
        problems = index.delegation_problems(self.unit, self.regime, self.city)
        grants = []
        for i, d in in_force:
            errors, warnings = problems.get(i, ((), ()))
            if errors:
                self.reasons.append(f"{_label(d)} confers nothing: it breaks the delegation "
                                    f"rules: " + "; ".join(errors) + ".")
                continue
            grant = self.delegation_grant(d, delegable, delegator, delegate, warnings)
            if grant is not None:
                grants.append(grant)
        return grants

    def delegation_grant(self, d: Delegation, delegable: Cited, delegator: Cited,
                         delegate: Cited, warnings: tuple[str, ...]) -> Grant | None:
        index = self.sindex.unit(self.unit)
        principals = [o for o in index.by_key.get(d.delegator, ())
                      if o.in_office(self.day) and o.post is delegator.value
                      and self.appointment_runs(self.unit, o, quiet=True)]
        if not principals:
            self.reasons.append(f"{_label(d)} confers nothing on {self.day.isoformat()}: "
                                f"{d.delegator} is not the {delegator.value.english} in "
                                f"office that day ({delegator.provision}).")
            return None
        allowed = posts_of(delegate.value)
        agents = [o for o in index.by_key.get(d.delegate, ())
                  if o.in_office(self.day) and o.post in allowed]
        if not agents:
            names = " or ".join(sorted(p.english for p in allowed))
            self.reasons.append(f"{_label(d)} confers nothing on {self.day.isoformat()}: "
                                f"{d.delegate} is not the {names} in office "
                                f"that day ({delegate.provision}).")
            return None
        notes = (f"delegated by {principals[0].name} ({principals[0].post.english}), "
                 f"{d.decision or 'decision not recorded'}, {d.period}", *warnings,
                 *self.delegation_conditions())
        return Grant(agents[0], Basis.DELEGATION, delegable.provision, delegable.confidence,
                     delegation=d, unit=self.unit, notes=notes)


    def delegation_conditions(self) -> tuple[str, ...]:
        """What the law of the day asks of a delegate beyond the delegation itself."""
        notes = []
        seal = self.fact(Fact.DELEGATE_SEAL)
        if seal is not None:
            notes.append(f"signs 'thừa ủy quyền' with {seal.value} ({seal.provision})")
        years = self.fact(Fact.DELEGATE_MIN_YEARS)
        if years is not None:
            notes.append(f"needs at least {years.value} years in the field ({years.provision})")
        degree = self.fact(Fact.DELEGATE_LAW_DEGREE)
        if degree is not None and degree.value:
            notes.append(f"needs a law degree ({degree.provision})")
        return tuple(notes)

    def delegable_posts(self) -> list[PostGrant]:
        """The posts a delegation may reach for this act, when no person is recorded."""
        delegable = self.fact(Fact.DELEGABLE_ACTS)
        delegate = self.fact(Fact.DELEGATE_POST)
        scope = self.fact(Fact.DELEGATION_SCOPE_SET_BY)
        if delegable is None or delegate is None or self.act not in delegable.value:
            if scope is not None and delegable is None:
                self.reasons.append(
                    f"The Chairman may delegate tasks to civil servants of the commune within "
                    f"the scope the {scope.value.english} sets ({scope.provision}); that scope "
                    f"is not recorded in the library for this province.")
            return []
        form = self.fact(Fact.DELEGATION_FORM)
        onward = self.fact(Fact.NO_REDELEGATION)
        notes = [f"within the scope set by {delegable.provision}"]
        if form is not None and onward is not None and onward.provision != form.provision:
            notes.append(f"written, for a set term ({form.provision}), never re-delegated "
                         f"({onward.provision})")
        elif form is not None:
            notes.append(f"written, for a set term, never re-delegated ({form.provision})")
        notes += self.delegation_conditions()
        return [PostGrant(post, Basis.DELEGATION, delegate.provision, delegate.confidence,
                          tuple(notes)) for post in posts_of(delegate.value)]


def posts_of(value: Any) -> frozenset[Any]:
    """One post, or a set of posts (the delegates of the two-tier system)."""
    return value if isinstance(value, frozenset) else frozenset({value})


def _label(d: Delegation) -> str:
    number = d.decision or "without a decision number"
    return f"Delegation {number} ({d.delegator} → {d.delegate}, {d.period})"


def _not_in_force(d: Delegation, day: dt.date) -> str:
    last = d.period.last
    if day < d.period.start:
        when = f"it starts on {d.period.start.isoformat()}"
    else:
        when = f"it ended on {last.isoformat() if last else '?'}"
    return f"{_label(d)} is not in force on {day.isoformat()}: {when}."


def _judge_delegations(unit: Unit, regime: Regime, city: str | None,
                       ) -> dict[int, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Run the registry's delegation rules on *unit* under *regime*, per delegation."""
    from urbangov.validation import Severity, UnitContext, Where, rules

    ctx = UnitContext("", None, city, regime, None, unit)
    found: dict[int, tuple[list[str], list[str]]] = {}
    for r in rules():
        if r.judges != "delegations":
            continue
        for finding in r.check(unit, ctx):
            first = finding.path.parts[0] if isinstance(finding.path, Where) else None
            if not isinstance(first, tuple) or first[0] != "delegations":
                continue
            errors, warnings = found.setdefault(first[1], ([], []))
            severity = finding.severity or r.severity
            text = f"{finding.message} ({r.code}, {finding.provision or r.provision})"
            (errors if severity is Severity.ERROR else warnings).append(text)
    return {i: (tuple(e), tuple(w)) for i, (e, w) in found.items()}
