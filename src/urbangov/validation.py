"""Validation: the rule registry, violations, and the one error that carries them all.

Every legal invariant is a :class:`Rule` with a stable code, a one-line English
statement, the Vietnamese term, the provision it comes from and a confidence.  The
same checks run when a structure is built (raising :class:`InvariantError` with every
error at once) and in :func:`validate` (returning them, warnings included).

A structure is judged once, when its root is built: each unit once for its day (the
findings are kept on the unit, so ``attrs.evolve`` of one ward re-judges only what
changed), rules that need the whole structure once at the root.  To build without
judging and judge later, use :meth:`urbangov.structure.Unit.draft`.

>>> import attrs, datetime as dt, urbangov as ug
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

from urbangov import _engine, structure
from urbangov._registry import (
    Finding,
    Rule,
    Scope,
    Severity,
    UnitContext,
    Where,
    rule,
    rule_by_code,
    rules,
)
from urbangov._report import InvariantError, Report, RuleViolationError, Target, Violation
from urbangov.structure import Unit
from urbangov.time import parse_date

__all__ = [
    "Finding",
    "InvariantError",
    "Report",
    "Rule",
    "RuleViolationError",
    "Scope",
    "Severity",
    "Target",
    "UnitContext",
    "Violation",
    "Where",
    "rule",
    "rule_by_code",
    "rules",
    "validate",
]

for _public in (Finding, InvariantError, Report, Rule, RuleViolationError, Scope, Severity,
                Target, UnitContext, Violation, Where):
    _public.__module__ = __name__


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
    return _engine.judge(obj, on or obj.as_of)


structure._enforcer = _engine.enforce
