"""The rule registry: every legal invariant as a :class:`Rule`, and what a check sees.

A rule is registered once, with the :func:`rule` decorator, in one of the modules of
:mod:`urbangov._rules`.  Its check is a generator over :class:`Finding` objects; it
reads the law from its :class:`UnitContext` (the regime in force, its facts) and names
places with :meth:`UnitContext.at`.  The engine (:mod:`urbangov._engine`) decides when
each check runs, from the rule's :class:`Scope`.

The public names are re-exported by :mod:`urbangov.validation`.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

if TYPE_CHECKING:  # the law and the regimes load when a rule first asks
    from urbangov.law import Confidence, Provision
    from urbangov.regimes import Cited, Fact, Regime, RegimeError
    from urbangov.structure import Official, Unit

T = TypeVar("T")
_MISSING: Any = object()  # no value computed yet (None may be one)

__all__ = [
    "Finding",
    "Rule",
    "Scope",
    "Severity",
    "UnitContext",
    "Where",
    "rule",
    "rule_by_code",
    "rules",
]


class Severity(enum.Enum):
    """How bad a violation is: an ``ERROR`` stops construction, a ``WARNING`` does not."""

    ERROR = "error"
    WARNING = "warning"


class Scope(enum.StrEnum):
    """What a rule's check looks at, and so how often the engine runs it.

    - ``UNIT``: one unit on one day in one city (its fields, bodies, officials,
      delegations, and the kinds of its children).  Judged once per unit and day; the
      findings are kept on the unit, so an unchanged unit is never judged again.
    - ``TREE``: one unit in its place in the structure (its root's city and day).
      Cheap checks run for every unit below the root of every structure judged.
    - ``AGGREGATE``: the whole structure at once (an average across a province).
      Run once per judgement of a dated structure, at the root.
    """

    UNIT = "unit"
    TREE = "tree"
    AGGREGATE = "aggregate"


class Where(str):
    """A path below a unit ("officials[2].appointment.by") that keeps its parts.

    A :class:`str`, so a check may use it wherever a path is expected; the engine
    reads :attr:`parts` to find the object and field a finding is about.
    """

    parts: tuple[str | tuple[str, int], ...]
    prefix: str

    def __new__(cls, prefix: str, parts: tuple[str | tuple[str, int], ...]) -> Where:
        out = prefix
        for part in parts:
            text = f"{part[0]}[{part[1]}]" if isinstance(part, tuple) else part
            out = f"{out}.{text}" if out else text
        self = super().__new__(cls, out)
        self.parts = parts
        self.prefix = prefix
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return Where, (self.prefix, self.parts)


@attrs.frozen
class Finding:
    """What a check found, before the registry names the rule (internal to checks).

    Attributes:
        path: where, below the unit judged (a :class:`Where` from
            :meth:`UnitContext.at`, or a plain text).
        message: what is wrong, with the values involved.
        provision: the provision broken (else the rule's own).
        values: the values involved, by name.
        severity: overrides the rule's severity.
    """

    path: str
    message: str
    provision: Provision | None = None
    values: dict[str, Any] = attrs.field(factory=dict)
    severity: Severity | None = None


Check = Callable[["Unit", "UnitContext"], Iterable[Finding]]


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
        scope: what the check looks at (:class:`Scope`).
        judges: the part of a unit its findings are about ("unit", "officials",
            "delegations", "working_rules", "council").
        gate: an error of this rule means the unit is not there to judge (it did not
            exist that day): the rules that need the day's regime are not run on it.
    """

    code: str
    statement: str
    term: str
    check: Check = attrs.field(repr=False)
    facts: tuple[Fact, ...] = ()
    # A rule no regime fact backs names its provision; looked up on first use, with the
    # day judged where the provision changed with the law (``provision(on=day)``).
    own_provision: Callable[..., Provision] | None = attrs.field(default=None, repr=False)
    own_confidence: Confidence | None = attrs.field(default=None, repr=False)
    needs_regime: bool = True
    severity: Severity = Severity.ERROR
    scope: Scope = Scope.UNIT
    judges: str = "unit"
    gate: bool = False

    def provisions(self) -> list[tuple[Regime, Provision, Confidence]]:
        """For each regime that states the rule's facts, the provision and confidence."""
        from urbangov.regimes import regimes

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

    def provision_on(self, day: dt.date | None) -> Provision:
        """The rule's principal provision on *day*: its own for that day, else that of
        the first regime in force that day that backs it (else :attr:`provision`)."""
        if day is None:
            return self.provision
        if self.own_provision is not None:
            return self.own_provision(day)
        return next((provision for regime, provision, _ in self.provisions()
                     if day in regime.period), self.provision)

    @property
    def confidence(self) -> Confidence:
        """How sure the rule's principal reading is."""
        if self.own_provision is not None:
            if self.own_confidence is None:  # not given: the rule's reading is sure
                from urbangov.law import Confidence

                return Confidence.HIGH
            return self.own_confidence
        return self.provisions()[0][2]

    def __reduce__(self) -> tuple[Any, ...]:
        # Checks and provision lookups are functions of the registry: a rule travels
        # (pickle, processes) as its code.
        return rule_by_code, (self.code,)


_REGISTRY: dict[str, Rule] = {}


def rule(code: str, statement: str, *, term: str, facts: Sequence[Fact] = (),
         provision: Callable[..., Provision] | None = None,
         confidence: Confidence | None = None, needs_regime: bool = True,
         severity: Severity = Severity.ERROR, scope: Scope | str = Scope.UNIT,
         judges: str = "unit", gate: bool = False) -> Callable[[Check], Check]:
    """Register *check* as the rule *code* (a decorator for the rule modules)."""

    def register(check: Check) -> Check:
        if code in _REGISTRY:
            raise ValueError(f"rule code {code} registered twice")
        _REGISTRY[code] = Rule(code, statement, term, check, tuple(facts), provision,
                               confidence, needs_regime, severity, Scope(scope), judges,
                               gate)
        return check

    return register


_LOADED: list[bool] = []


def load_rules() -> dict[str, Rule]:
    """The registry, in registration order, with every rule module imported."""
    if not _LOADED:
        from urbangov._rules import (  # noqa: F401
            council,
            delegations,
            officials,
            staff,
            two_tier,
            units,
            working_rules,
        )

        _LOADED.append(True)
    return _REGISTRY


def rules() -> tuple[Rule, ...]:
    """The rule registry, in code order."""
    return tuple(sorted(load_rules().values(), key=lambda r: r.code))


def rule_by_code(code: str) -> Rule:
    """The registered rule *code*.

    Raises:
        KeyError: no rule has that code.
    """
    return load_rules()[code]


class UnitContext:
    """What a check knows about the unit it judges.

    Attributes:
        path: the unit's path from the structure judged ("" for unit-scope checks,
            whose findings the engine places in the structure).
        as_of: the day the structure describes, if any.
        city: the city's GSO code, if known.
        regime: the regime in force for the unit on that day (None if unknown).
        parent: the unit directly above, where the check's scope gives it.
        root: the top of what is judged: the unit itself for unit-scope checks, the
            structure for tree- and aggregate-scope checks.
        regime_error: why no regime applies on that day, if none does.
    """

    __slots__ = ("_facts", "_in_office", "_shared", "as_of", "city", "parent", "path",
                 "regime", "regime_error", "root")

    def __init__(self, path: str, as_of: dt.date | None, city: str | None,
                 regime: Regime | None, parent: Unit | None, root: Unit,
                 regime_error: RegimeError | None = None) -> None:
        self.path = path
        self.as_of = as_of
        self.city = city
        self.regime = regime
        self.parent = parent
        self.root = root
        self.regime_error = regime_error
        self._in_office: tuple[tuple[int, Official], ...] | None = None
        self._facts: Mapping[Fact, Cited] | None = None
        self._shared: dict[Callable[..., Any], Any] | None = None

    def __repr__(self) -> str:
        regime = self.regime.key if self.regime else None
        return (f"UnitContext(path={self.path!r}, as_of={self.as_of!r}, city={self.city!r}, "
                f"regime={regime!r})")

    def at(self, *parts: str | tuple[str, int]) -> Where:
        """A path below the unit: ``ctx.at(("officials", 2))`` → "wards[0].officials[2]"."""
        return Where(self.path, parts)

    def cited(self, fact: Fact, unit: Unit) -> Cited | None:
        """The regime's :class:`~urbangov.regimes.Cited` answer, or None if silent."""
        if self.regime is None:
            return None
        if unit is not self.root:  # another unit (an aggregate rule's): its own kind
            return self.regime.fact(fact, unit.kind)
        facts = self._facts
        if facts is None:
            facts = self._facts = self.regime.facts_for(unit.kind)
        return facts.get(fact)

    def in_office(self, unit: Unit) -> tuple[tuple[int, Official], ...]:
        """The officials of *unit* (the unit judged) in office on the day, with their
        index; computed once for all the rules that ask."""
        found = self._in_office if unit is self.root else None
        if found is None:
            day = self.as_of
            found = () if day is None else tuple(
                (i, o) for i, o in enumerate(unit.officials or ()) if day in o.tenure)
            if unit is self.root:  # another unit (an aggregate rule's): not kept
                self._in_office = found
        return found

    def shared(self, compute: Callable[[Unit, UnitContext], T], unit: Unit) -> T:
        """``compute(unit, self)``, computed once for every rule of this judgement that
        asks (officials appointed under the regime, holders by key, …)."""
        if unit is not self.root:  # another unit (an aggregate rule's): not kept
            return compute(unit, self)
        cache = self._shared
        if cache is None:
            cache = self._shared = {}
        found: T = cache.get(compute, _MISSING)
        if found is _MISSING:
            found = cache[compute] = compute(unit, self)
        return found

