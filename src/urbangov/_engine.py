"""The engine: a structure is judged once, each unit once per day, from compiled plans.

For a unit on a day in a city the engine picks the regime once, compiles (once per
regime and kind of unit) the plan of unit-scope rules whose facts that regime states,
and runs it.  The findings are kept on the unit (its private cache: out of eq, repr and
pickle), with paths relative to the unit, so a unit that appears unchanged in a new
structure (``attrs.evolve`` of one ward of a city) is not judged again: only its place
in the tree is (tree-scope rules, which are cheap), and aggregate rules run once at the
root.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING, Any

from urbangov._registry import Finding, Rule, Scope, Severity, UnitContext, Where, load_rules
from urbangov._report import InvariantError, Report, Target, Violation
from urbangov.structure import Unit
from urbangov.terms import UnitKind

if TYPE_CHECKING:  # the regimes load when a structure is first judged for a day
    from urbangov.regimes import Regime, RegimeError

__all__ = ["enforce", "judge"]


def judge(root: Unit, as_of: dt.date | None) -> Report:
    """Every violation of *root* and the units below it, as the structure of *as_of*."""
    registry = load_rules()
    tree_rules, aggregate_rules = _scoped(len(registry))
    city = root.city
    found: list[Violation] = []
    if aggregate_rules and as_of is not None:
        regime, error = _regime(root.kind, as_of, city)
        ctx = UnitContext("", as_of, city, regime, None, root, error)
        for r in aggregate_rules:
            if regime is not None or not r.needs_regime:
                found += [_violation(r, f, root, as_of) for f in r.check(root, ctx)]
    found += _own(root, as_of, city)
    for name in root.CHILD_FIELDS:
        for i, child in enumerate(getattr(root, name)):
            _below(child, f"{name}[{i}]", root, root, as_of, city, tree_rules, found)
    return Report(found)


def _below(unit: Unit, path: str, parent: Unit, root: Unit, as_of: dt.date | None,
           city: str | None, tree_rules: tuple[Rule, ...], found: list[Violation]) -> None:
    """Judge *unit*, placed at *path* below *root*, and the units below it."""
    found += [_moved(v, path) for v in _own(unit, as_of, city)]
    if tree_rules:
        ctx = UnitContext(path, as_of, city, None, parent, root)
        for r in tree_rules:
            found += [_violation(r, f, unit, as_of) for f in r.check(unit, ctx)]
    for name in unit.CHILD_FIELDS:
        for i, child in enumerate(getattr(unit, name)):
            _below(child, f"{path}.{name}[{i}]", unit, root, as_of, city, tree_rules, found)


def enforce(unit: Unit) -> None:
    """Judge a freshly built *unit* on its own day; raise every error at once."""
    errors = [v for v in judge(unit, unit.as_of) if v.severity is Severity.ERROR]
    if errors:
        raise InvariantError(errors, f"{type(unit).__name__} {unit.name!r}")


def _own(unit: Unit, as_of: dt.date | None, city: str | None) -> tuple[Violation, ...]:
    """The unit-scope violations of *unit* on *as_of* in *city*, judged once and kept."""
    if as_of is None:  # no day, no law of a day: what is left is the same in any city
        city = None
    key = ("judged", as_of, city)
    cache = unit._cache
    found: tuple[Violation, ...] | None = cache.get(key)
    if found is None:
        found = cache[key] = _judge_unit(unit, as_of, city)
    return found


def _judge_unit(unit: Unit, as_of: dt.date | None, city: str | None) -> tuple[Violation, ...]:
    regime, error = _regime(unit.kind, as_of, city)
    ctx = UnitContext("", as_of, city, regime, None, unit, error)
    # A rule that judges a part of the unit (its officials, delegations, working rules)
    # finds nothing in a unit that records none: the plan for what it records leaves it out.
    gates, rest = _plan(regime, unit.kind, (bool(unit.officials), bool(unit.delegations),
                                             bool(unit.working_rules)))
    found: list[Violation] = []
    for r in gates:
        found += [_violation(r, f, unit, as_of) for f in r.check(unit, ctx)]
    # A gate's error means the unit did not exist that day: the day's law is not applied.
    gone = any(v.severity is Severity.ERROR for v in found)
    for r in rest:
        if not (gone and r.needs_regime):
            found += [_violation(r, f, unit, as_of) for f in r.check(unit, ctx)]
    return tuple(found)


_PARTS = ("officials", "delegations", "working_rules")  # in the order _judge_unit gives


@functools.lru_cache(maxsize=4096)
def _regime(kind: UnitKind, as_of: dt.date | None,
            city: str | None) -> tuple[Regime | None, RegimeError | None]:
    if as_of is None:
        return None, None
    from urbangov.regimes import RegimeError, regime_for

    try:
        return regime_for(kind, as_of, city), None
    except RegimeError as exc:
        return None, exc


@functools.cache
def _plan(regime: Regime | None, kind: UnitKind,
          recorded: tuple[bool, ...]) -> tuple[tuple[Rule, ...], tuple[Rule, ...]]:
    """The unit-scope rules that can find anything for *kind* under *regime*, in
    registry order, gates apart (they run first: they may end the judgement).  A rule is
    left out when the regime states none of its facts, or when it judges a part of the
    unit (*recorded* says which of :data:`_PARTS` the unit records) that is empty."""
    empty = {part for part, has in zip(_PARTS, recorded, strict=True) if not has}
    plan = []
    for r in load_rules().values():
        if r.scope is not Scope.UNIT or r.judges in empty:
            continue
        if regime is None:
            if not r.needs_regime:
                plan.append(r)
        elif not r.facts or not r.needs_regime or any(
                regime.fact(fact, kind) is not None for fact in r.facts):
            plan.append(r)
    return tuple(r for r in plan if r.gate), tuple(r for r in plan if not r.gate)


@functools.cache
def _scoped(_size: int) -> tuple[tuple[Rule, ...], tuple[Rule, ...]]:
    # Keyed on the registry's size, so a rule registered later is not missed.
    registry = load_rules().values()
    return (tuple(r for r in registry if r.scope is Scope.TREE),
            tuple(r for r in registry if r.scope is Scope.AGGREGATE))


def _violation(r: Rule, f: Finding, unit: Unit, as_of: dt.date | None) -> Violation:
    # A finding without its own provision cites the rule's, as the law stood that day.
    return Violation(r.code, f.severity or r.severity, str(f.path), f.message,
                     f.provision or r.provision_on(as_of), r, f.values, _target(unit, f.path))


def _moved(v: Violation, prefix: str) -> Violation:
    path = f"{prefix}.{v.path}" if v.path else prefix
    return Violation(v.code, v.severity, path, v.message, v.provision, v.rule, v.values,
                     v.target)


def _target(unit: Unit, path: str) -> Target:
    """The object and field *path* (relative to *unit*) names."""
    parts = path.parts if isinstance(path, Where) else ()
    obj: Any = unit
    try:
        for part in parts[:-1]:
            obj = getattr(obj, part[0])[part[1]] if isinstance(part, tuple) else getattr(
                obj, part)
        if parts and isinstance(parts[-1], tuple):
            return Target(unit, getattr(obj, parts[-1][0])[parts[-1][1]], None)
    except (AttributeError, IndexError, KeyError, TypeError):
        return Target(unit, unit, None)
    last = parts[-1] if parts else None
    return Target(unit, obj, last if isinstance(last, str) else None)
