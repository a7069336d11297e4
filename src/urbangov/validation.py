"""Validation: the rule registry, violations, and the one error that carries them all.

Every legal invariant is a :class:`Rule` with a stable code, a one-line English
statement, the Vietnamese term, the provision it comes from and a confidence.  The
same check runs when a structure is built (raising :class:`InvariantError` with every
error at once) and in :func:`validate` (returning them, warnings included).

>>> import urbangov as ug
>>> ward = ug.Ward(name="Gia Thụy", city="01", council=None)   # undated: nothing judged yet
>>> report = ug.validate(ward, on=dt.date(2020, 7, 1))         # "what if it stood that day"
>>> [(v.code, str(v.provision)) for v in report]
[('UG-COUNCIL', 'Luật 77/2015/QH13')]
>>> attrs.evolve(ward, as_of=dt.date(2020, 7, 1))              # building it dated raises
Traceback (most recent call last):
...
urbangov.validation.InvariantError: Ward 'Gia Thụy' breaks 1 rule(s):
  UG-COUNCIL [error] council: ...
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Self

import attrs

from urbangov import structure
from urbangov.law import Confidence, Provision
from urbangov.regimes import Fact, Regime, RegimeError, UnitAbolishedError, regime_for, regimes
from urbangov.structure import Unit
from urbangov.time import parse_date

__all__ = [
    "Finding",
    "InvariantError",
    "Report",
    "Rule",
    "RuleViolationError",
    "Severity",
    "UnitContext",
    "Violation",
    "rule",
    "rules",
    "validate",
]


class Severity(enum.Enum):
    """How bad a violation is: an ``ERROR`` stops construction, a ``WARNING`` does not."""

    ERROR = "error"
    WARNING = "warning"


@attrs.frozen
class Finding:
    """What a check found, before the registry names the rule (internal to checks)."""

    path: str
    message: str
    provision: Provision | None = None
    values: dict[str, Any] = attrs.field(factory=dict)
    severity: Severity | None = None


Check = Callable[[Unit, "UnitContext"], Iterable[Finding]]


@attrs.frozen(eq=False)
class Rule:
    """A legal invariant.

    Attributes:
        code: the stable code ("UG-COUNCIL").
        statement: one line in English.
        term: the Vietnamese term it is about.
        facts: the regime facts it reads; each regime cites its own provision.
        needs_regime: whether the rule judges against the regime of a date.
        severity: the severity of its violations unless a finding says otherwise.
        scope: ``"unit"`` (judged on every unit) or ``"aggregate"`` (judged once per
            judgement, on the root, with the root's context; it may walk the tree).
    """

    code: str
    statement: str
    term: str
    check: Check = attrs.field(repr=False)
    facts: tuple[Fact, ...] = ()
    # A rule no regime fact backs names its provision; looked up on first use.
    own_provision: Callable[[], Provision] | None = attrs.field(default=None, repr=False)
    own_confidence: Confidence = attrs.field(default=Confidence.HIGH, repr=False)
    needs_regime: bool = True
    severity: Severity = Severity.ERROR
    scope: str = "unit"

    def provisions(self) -> list[tuple[Regime, Provision, Confidence]]:
        """For each regime that states the rule's facts, the provision and confidence."""
        seen: list[tuple[Regime, Provision, Confidence]] = []
        for regime in regimes():
            for (fact, _kind), cited in regime.facts.items():
                if fact in self.facts and (regime, cited.provision, cited.confidence) not in seen:
                    seen.append((regime, cited.provision, cited.confidence))
        return seen

    @property
    def provision(self) -> Provision:
        """The rule's principal provision: its own, else the first regime's that backs it."""
        if self.own_provision is not None:
            return self.own_provision()
        return self.provisions()[0][1]

    @property
    def confidence(self) -> Confidence:
        """How sure the rule's principal reading is."""
        if self.own_provision is not None:
            return self.own_confidence
        return self.provisions()[0][2]


_REGISTRY: dict[str, Rule] = {}


def rule(code: str, statement: str, *, term: str, facts: Sequence[Fact] = (),
         provision: Callable[[], Provision] | None = None,
         confidence: Confidence = Confidence.HIGH, needs_regime: bool = True,
         severity: Severity = Severity.ERROR, scope: str = "unit",
         ) -> Callable[[Check], Check]:
    """Register *check* as the rule *code* (a decorator for the rule modules).

    A rule of ``scope="aggregate"`` (an average across a province, say) is called once
    per judgement, with the root unit and the root's context.
    """
    if scope not in ("unit", "aggregate"):
        raise ValueError(f"scope must be 'unit' or 'aggregate', not {scope!r}")

    def register(check: Check) -> Check:
        if code in _REGISTRY:
            raise ValueError(f"rule code {code} registered twice")
        _REGISTRY[code] = Rule(code, statement, term, check, tuple(facts), provision,
                               confidence, needs_regime, severity, scope)
        return check

    return register


def rules() -> tuple[Rule, ...]:
    """The rule registry, in code order."""
    _load_rules()
    return tuple(sorted(_REGISTRY.values(), key=lambda r: r.code))


def _load_rules() -> None:
    from urbangov._rules import (  # noqa: F401
        council,
        delegations,
        officials,
        two_tier,
        units,
        working_rules,
    )


@attrs.frozen
class Violation:
    """One broken rule in one object.

    Attributes:
        code: the rule's code.
        severity: error or warning.
        path: where, from the root object ("districts[3].wards[0].officials[2]").
        message: what is wrong, with the values involved.
        provision: the provision broken (also :attr:`citation`).
        rule: the :class:`Rule`.
        values: the values involved, by name.
    """

    code: str
    severity: Severity
    path: str
    message: str
    provision: Provision
    rule: Rule = attrs.field(repr=False, eq=False)
    values: dict[str, Any] = attrs.field(factory=dict, eq=False, repr=False)

    @property
    def citation(self) -> Provision:
        """The provision broken (an alias of :attr:`provision`)."""
        return self.provision

    def __str__(self) -> str:
        where = self.path or "(root)"
        return f"{self.code} [{self.severity.value}] {where}: {self.message} ({self.provision})"


class Report(tuple[Violation, ...]):
    """The violations :func:`validate` found: a tuple, with helpers."""

    __slots__ = ()

    @property
    def errors(self) -> tuple[Violation, ...]:
        """The violations of severity error."""
        return tuple(v for v in self if v.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Violation, ...]:
        """The violations of severity warning."""
        return tuple(v for v in self if v.severity is Severity.WARNING)

    @property
    def codes(self) -> frozenset[str]:
        """The codes of the rules broken."""
        return frozenset(v.code for v in self)

    def __str__(self) -> str:
        return "\n".join(map(str, self)) if self else "no violations"


class RuleViolationError(ValueError):
    """One violation as an exception, the member type of :class:`InvariantError`."""

    def __init__(self, violation: Violation) -> None:
        super().__init__(str(violation))
        self.violation = violation


class InvariantError(ExceptionGroup[RuleViolationError]):
    """An object breaks the law: every error-severity violation, raised at once.

    A subclass of :class:`ExceptionGroup`, so ``except* RuleViolationError`` works;
    :attr:`violations` holds the :class:`Violation` objects.
    """

    violations: tuple[Violation, ...]

    def __new__(cls, violations: Sequence[Violation], what: str = "structure") -> Self:
        members = [RuleViolationError(v) for v in violations]
        self = super().__new__(cls, f"{what} breaks {len(members)} rule(s)", members)
        self.violations = tuple(violations)
        return self

    def __init__(self, violations: Sequence[Violation], what: str = "structure") -> None:
        super().__init__(f"{what} breaks {len(violations)} rule(s)",
                         [RuleViolationError(v) for v in violations])

    def derive(self, excs: Sequence[RuleViolationError]) -> InvariantError:  # type: ignore[override]
        return InvariantError([e.violation for e in excs])

    def __str__(self) -> str:
        lines = [self.message + ":"]
        lines += [f"  {v}" for v in self.violations]
        return "\n".join(lines)


@attrs.frozen
class UnitContext:
    """What a check knows about the unit it judges.

    Attributes:
        path: the unit's path from the root ("" for the root).
        as_of: the day the structure describes, if any.
        city: the city's GSO code, if known.
        regime: the regime in force for the unit on that day (None if unknown).
        parent: the unit directly above, if any.
        root: the object being validated.
    """

    path: str
    as_of: dt.date | None
    city: str | None
    regime: Regime | None
    parent: Unit | None
    root: Unit

    def at(self, *parts: str | tuple[str, int]) -> str:
        """A path below the unit: ``ctx.at(("officials", 2))`` → "wards[0].officials[2]"."""
        out = self.path
        for part in parts:
            text = f"{part[0]}[{part[1]}]" if isinstance(part, tuple) else part
            out = f"{out}.{text}" if out else text
        return out

    def cited(self, fact: Fact, unit: Unit) -> Any:
        """The regime's :class:`~urbangov.regimes.Cited` answer, or None if silent."""
        return None if self.regime is None else self.regime.fact(fact, unit.kind)


def _contexts(root: Unit, as_of: dt.date | None) -> Iterator[tuple[Unit, UnitContext]]:
    parents: dict[int, Unit] = {}
    for _path, unit in root.walk():
        for child in unit.children():
            parents[id(child)] = unit
    for path, unit in root.walk():
        yield unit, UnitContext(path, as_of, root.city, None, parents.get(id(unit)), root)


def _judge(root: Unit, as_of: dt.date | None) -> Report:
    from urbangov._rules.units import context_findings

    _load_rules()
    found: list[Violation] = []
    for unit, ctx in _contexts(root, as_of):
        regime: Regime | None = None
        if as_of is not None:
            regime, problems = _regime(unit, ctx)
            found += problems
        ctx = attrs.evolve(ctx, regime=regime)
        for finding in context_findings(unit, ctx):
            found.append(_violation(_REGISTRY["UG-CONTEXT"], finding))
        for r in _REGISTRY.values():
            if r.code == "UG-CONTEXT" or (r.needs_regime and regime is None):
                continue
            if r.scope == "aggregate" and unit is not root:
                continue
            found += (_violation(r, f) for f in r.check(unit, ctx))
    return Report(found)


def _regime(unit: Unit, ctx: UnitContext) -> tuple[Regime | None, list[Violation]]:
    assert ctx.as_of is not None
    try:
        return regime_for(unit.kind, ctx.as_of, ctx.city), []
    except UnitAbolishedError as exc:
        finding = Finding(ctx.path, str(exc), exc.cited.provision,
                          {"kind": unit.kind.value, "as_of": ctx.as_of})
        return None, [_violation(_REGISTRY["UG-UNIT-EXISTS"], finding)]
    except RegimeError as exc:
        if ctx.path:  # said once, for the root
            return None, []
        finding = Finding(ctx.path, str(exc), None, {"as_of": ctx.as_of, "city": ctx.city})
        return None, [_violation(_REGISTRY["UG-REGIME-KNOWN"], finding)]


def _violation(r: Rule, f: Finding) -> Violation:
    return Violation(r.code, f.severity or r.severity, f.path, f.message,
                     f.provision or r.provision, r, f.values)


def validate(obj: Unit, on: dt.date | str | None = None) -> Report:
    """Every violation in *obj*, judged against the regime in force on its day.

    The day is *obj*'s ``as_of``, or *on* for an undated structure (judging "what if
    this structure stood on that day" without building it dated).  A unit with
    neither is judged only by the rules that need no date.

    Raises:
        TypeError: *obj* is not a unit.
        ValueError: *on* contradicts *obj*'s own ``as_of``.
    """
    if not isinstance(obj, Unit):
        raise TypeError(f"validate() takes a City, District or Ward, not {type(obj).__name__}")
    on = None if on is None else parse_date(on)
    if on is not None and obj.as_of is not None and on != obj.as_of:
        raise ValueError(f"{obj.full_name} describes {obj.as_of}; it cannot be judged on {on}")
    return _judge(obj, on or obj.as_of)


def _enforce(unit: Unit) -> None:
    errors = [v for v in _judge(unit, unit.as_of) if v.severity is Severity.ERROR]
    if errors:
        raise InvariantError(errors, f"{type(unit).__name__} {unit.name!r}")


structure._enforcer = _enforce
