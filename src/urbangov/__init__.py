"""urbangov: Vietnam's urban government (chính quyền đô thị) as validated, cited objects.

Build the structure of a ward, district or city as it stood on a day; urbangov checks
it against the law in force that day and names the provision behind every answer.

>>> import datetime as dt, urbangov as ug
>>> ward = ug.Ward(name="Gia Thụy", city="01", as_of=dt.date(2022, 7, 1), council=None)
>>> ug.regime_for(ward, on=ward.as_of).name
'Hà Nội urban-government pilot'
>>> ug.validate(ward)
()
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from urbangov.structure import (
    UNRECORDED,
    Appointment,
    Body,
    City,
    Delegation,
    District,
    FieldError,
    Office,
    Official,
    PeoplesCommittee,
    PeoplesCouncil,
    Ward,
    WorkingRule,
)
from urbangov.terms import (
    Act,
    AppointmentMethod,
    Authority,
    DecisionMode,
    Level,
    Post,
    UnitClass,
    UnitKind,
)
from urbangov.time import Period, parse_date
from urbangov.validation import (
    InvariantError,
    Report,
    Rule,
    RuleViolationError,
    Severity,
    Violation,
    rules,
    validate,
)

if TYPE_CHECKING:
    from urbangov import citations, data, io, units
    from urbangov.authority import Answer, Basis, Grant, who_may
    from urbangov.law import Confidence, Instrument, InstrumentKind, Provision, catalogue
    from urbangov.regimes import Cited, Fact, Regime, RegimeError, UnitAbolishedError, regime_for

__version__ = "0.2.0"

__all__ = [
    "UNRECORDED",
    "Act",
    "Answer",
    "Appointment",
    "AppointmentMethod",
    "Authority",
    "Basis",
    "Body",
    "Cited",
    "City",
    "Confidence",
    "DecisionMode",
    "Delegation",
    "District",
    "Fact",
    "FieldError",
    "Grant",
    "Instrument",
    "InstrumentKind",
    "InvariantError",
    "Level",
    "Office",
    "Official",
    "PeoplesCommittee",
    "PeoplesCouncil",
    "Period",
    "Post",
    "Provision",
    "Regime",
    "RegimeError",
    "Report",
    "Rule",
    "RuleViolationError",
    "Severity",
    "UnitAbolishedError",
    "UnitClass",
    "UnitKind",
    "Violation",
    "Ward",
    "WorkingRule",
    "catalogue",
    "citations",
    "data",
    "io",
    "parse_date",
    "regime_for",
    "rules",
    "units",
    "validate",
    "who_may",
]

_LAZY = {"data", "citations", "io", "units"}
_LAZY_NAMES = {"Answer": "authority", "Basis": "authority", "Grant": "authority",
               "who_may": "authority",
               **dict.fromkeys(("Cited", "Fact", "Regime", "RegimeError",
                                "UnitAbolishedError", "regime_for"), "regimes"),
               **dict.fromkeys(("Confidence", "Instrument", "InstrumentKind", "Provision",
                                "catalogue"), "law")}


def __getattr__(name: str) -> Any:
    # Submodules with data or heavy patterns, the regime tables and the queries load on
    # first use.
    import importlib

    if name in _LAZY:
        return importlib.import_module(f"urbangov.{name}")
    if name in _LAZY_NAMES:
        value = getattr(importlib.import_module(f"urbangov.{_LAZY_NAMES[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'urbangov' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
