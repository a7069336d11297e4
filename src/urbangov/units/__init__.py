"""Units over time: every administrative unit of Vietnam from 2021-11-01 to today.

A unit (đơn vị hành chính) has a stable identity (its GSO code) and versions, each
valid for a period: name, kind, parent.  Changes are events with a day and a legal
basis (a :class:`~urbangov.law.Provision`): established, merged, split, renamed, kind
or parent changed, abolished.  The 2025-07-01 rearrangement links every old unit to
the new unit(s) it went into, full or partial, citing the clause of its resolution.

>>> from urbangov import units
>>> len(units.units("Hà Nội", "2022-07-01", level=units.Level.DISTRICT))
30
>>> units.unit("Gia Thụy", "2022-07-01").full_name
'Phường Gia Thụy'
>>> units.unit("Phường Gia Thụy, Quận Long Biên, Hà Nội", "2025-07-01")
Traceback (most recent call last):
    ...
urbangov.units.UnitNotInForceError: Phường Gia Thụy [00130] did not exist on 2025-07-01:
it ceased on 2025-07-01; it went into Phường Bồ Đề [00118] (partial; khoản 40 Điều 1
Nghị quyết 1656/NQ-UBTVQH15), ...

Days before 2021-11-01 are refused (:class:`OutsideCoverageError`) unless
``strict=False``, which answers for 2021-11-01 with a :class:`CoverageWarning`.
Nothing is read at import: the bundled file is read on the first query.
"""

from __future__ import annotations

from urbangov._lookup import AmbiguousUnitError, UnitLookupError, UnknownUnitError
from urbangov.terms import Level, UnitKind
from urbangov.units._convert import Conversion, Target, convert
from urbangov.units._errors import CoverageWarning, OutsideCoverageError, UnitNotInForceError
from urbangov.units._model import (
    Change,
    ChangeKind,
    Link,
    Share,
    Unit,
    UnitHistory,
    UnitOnDay,
    UnitVersion,
)
from urbangov.units._query import (
    REFORM,
    Coverage,
    Gap,
    absence,
    coverage,
    history,
    predecessors,
    provinces,
    resolve_all,
    successors,
    transitions,
    unit,
    units,
)

__all__ = [
    "REFORM",
    "AmbiguousUnitError",
    "Change",
    "ChangeKind",
    "Conversion",
    "Coverage",
    "CoverageWarning",
    "Gap",
    "Level",
    "Link",
    "OutsideCoverageError",
    "Share",
    "Target",
    "Unit",
    "UnitHistory",
    "UnitKind",
    "UnitLookupError",
    "UnitNotInForceError",
    "UnitOnDay",
    "UnitVersion",
    "UnknownUnitError",
    "absence",
    "convert",
    "coverage",
    "get",
    "history",
    "predecessors",
    "provinces",
    "resolve_all",
    "successors",
    "transitions",
    "unit",
    "units",
]


def get(unit_id: str) -> Unit:
    """The unit with this id (its code, or ``code@day`` for a reused code).

    Raises:
        UnknownUnitError: no unit has that id.
    """
    from urbangov._lookup import UnknownUnitError
    from urbangov.units._store import store

    s = store()
    if unit_id not in s.rows:
        raise UnknownUnitError(f"no unit has the id {unit_id!r}", unit_id)
    return s.unit(unit_id)
