"""What judging gives back: violations, the report, and the one error that carries them.

The public names are re-exported by :mod:`urbangov.validation`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Self

import attrs

from urbangov._registry import Rule, Severity

if TYPE_CHECKING:
    from urbangov.law import Provision

__all__ = ["InvariantError", "Report", "RuleViolationError", "Target", "Violation"]


@attrs.frozen
class Target:
    """The object and field a violation is about, as objects rather than a printed path.

    Attributes:
        unit: the unit whose rule found it.
        obj: the object holding the field (the unit, an official, a delegation, an
            appointment, …).
        field: the field's name, or ``None`` when the whole object is at fault.
    """

    unit: Any = attrs.field(repr=False)
    obj: Any = attrs.field(repr=False)
    field: str | None = None


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
        target: the object and field it is about (:class:`Target`), where known.
    """

    code: str
    severity: Severity
    path: str
    message: str
    provision: Provision
    rule: Rule = attrs.field(repr=False, eq=False)
    values: dict[str, Any] = attrs.field(factory=dict, eq=False, repr=False)
    target: Target | None = attrs.field(default=None, eq=False, repr=False)

    @property
    def citation(self) -> Provision:
        """The provision broken (an alias of :attr:`provision`)."""
        return self.provision

    def __str__(self) -> str:
        where = self.path or "(root)"
        return f"{self.code} [{self.severity.value}] {where}: {self.message} ({self.provision})"


class Report(tuple[Violation, ...]):
    """The violations :func:`~urbangov.validate` found: a tuple, with helpers."""

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

    def raise_for_errors(self, what: str = "structure") -> None:
        """Raise :class:`InvariantError` with every error, if there is any.

        >>> import urbangov as ug
        >>> draft = ug.Ward.draft(name="Gia Thụy", city="01", as_of="2022-07-01",
        ...                       council=ug.PeoplesCouncil())
        >>> ug.validate(draft).raise_for_errors("Ward 'Gia Thụy'")
        Traceback (most recent call last):
        ...
        urbangov.validation.InvariantError: Ward 'Gia Thụy' breaks 1 rule(s):
          UG-COUNCIL [error] council: ...
        """
        errors = self.errors
        if errors:
            raise InvariantError(errors, what)

    def __str__(self) -> str:
        return "\n".join(map(str, self)) if self else "no violations"


class RuleViolationError(ValueError):
    """One violation as an exception, the member type of :class:`InvariantError`."""

    def __init__(self, violation: Violation) -> None:
        super().__init__(str(violation))
        self.violation = violation

    def __reduce__(self) -> tuple[Any, ...]:
        return RuleViolationError, (self.violation,)


class InvariantError(ExceptionGroup[RuleViolationError], ValueError):
    """An object breaks the law: every error-severity violation, raised at once.

    A subclass of :class:`ExceptionGroup`, so ``except* RuleViolationError`` works, and
    of :class:`ValueError`; :attr:`violations` holds the :class:`Violation` objects.
    It pickles with its violations (for process pools and task queues).
    """

    violations: tuple[Violation, ...]
    what: str

    def __new__(cls, violations: Sequence[Violation], what: str = "structure") -> Self:
        members = [RuleViolationError(v) for v in violations]
        self = super().__new__(cls, f"{what} breaks {len(members)} rule(s)", members)
        self.violations = tuple(violations)
        self.what = what
        return self

    def __init__(self, violations: Sequence[Violation], what: str = "structure") -> None:
        super().__init__(f"{what} breaks {len(violations)} rule(s)",
                         [RuleViolationError(v) for v in violations])

    def __reduce__(self) -> tuple[Any, ...]:
        return InvariantError, (self.violations, self.what)

    def derive(self, excs: Sequence[RuleViolationError]) -> InvariantError:  # type: ignore[override]
        return InvariantError([e.violation for e in excs], self.what)

    def __str__(self) -> str:
        lines = [self.message + ":"]
        lines += [f"  {v}" for v in self.violations]
        return "\n".join(lines)
