"""The entry point: :func:`who_may` finds the unit, its day and regime, then asks."""

from __future__ import annotations

import datetime as dt

from urbangov._rules.units import absent
from urbangov.authority._acts import _APPOINTMENT_ACTS, _OWN_POWER_FACT, _Query
from urbangov.authority._index import _index_for, _StructureIndex
from urbangov.authority._model import Answer
from urbangov.regimes import RegimeError, UnitAbolishedError, regime_for
from urbangov.structure import City, District, Unit
from urbangov.terms import Act
from urbangov.time import parse_date


def who_may(act: Act | str, structure: Unit, on: dt.date | str | None = None, *,
            ward: str | int | None = None) -> Answer:
    """Every official who may perform *act* in a unit on day *on*, each with its basis.

    Args:
        act: the act, as :class:`~urbangov.terms.Act` or its slug ("certify-copy").
        structure: the ward itself, or a district or city containing it.
        on: the day (a date, or a text :func:`urbangov.time.parse_date` reads); defaults
            to the structure's ``as_of``.
        ward: with a district or city, the ward the act concerns (name or GSO code, as
            :meth:`urbangov.structure.City.ward` reads them).  Without it the act
            concerns *structure* itself.

    Returns:
        An :class:`Answer`; empty (false) when nobody may, with the reasons.

    Raises:
        ValueError: *act* is not an act, or no day is given and the structure has none.
        TypeError: *structure* is not a unit, or *ward* is given with a ward.
        urbangov.data.UnknownUnitError: no ward matches *ward*.
        urbangov.data.AmbiguousUnitError: several wards match *ward*.
    """
    act = _act(act)
    if not isinstance(structure, Unit):
        raise TypeError(f"who_may() takes a City, District or Ward, not "
                        f"{type(structure).__name__}")
    day = _day(on, structure)
    sindex = _index_for(structure)
    unit, parent, grandparent = _locate(structure, sindex, ward)
    city = (unit.city or (parent.city if parent else None) or structure.city
            or (structure.code if isinstance(structure, City) else None))
    try:
        regime = regime_for(unit.kind, day, city)
    except UnitAbolishedError as exc:
        return Answer(act, day, unit, reasons=(
            f"{unit.full_name} no longer exists (unit abolished): {exc}.",))
    except RegimeError as exc:
        return Answer(act, day, unit, reasons=(f"No regime is known for {unit.full_name} on "
                                                f"{day.isoformat()}: {exc}.",))
    gone = absent(unit, day, city)
    if gone is not None:  # no answer about a unit on a day it was not what it says
        return Answer(act, day, unit, reasons=(f"No answer for that day: {gone}.",))
    query = _Query(act, day, unit, regime, city, sindex)
    if act in _APPOINTMENT_ACTS:
        return query.by_level_above(parent, grandparent)
    if act.is_certification:
        return query.certification()
    if act is Act.DECIDE_COMMITTEE_MATTER:
        return query.decision()
    return query.own_power(_OWN_POWER_FACT[act])


def _act(act: Act | str) -> Act:
    if isinstance(act, Act):
        return act
    try:
        return Act(str(act).strip().lower().replace("_", "-"))
    except ValueError:
        try:
            return Act[str(act).strip().upper().replace("-", "_")]
        except KeyError:
            known = ", ".join(a.value for a in Act)
            raise ValueError(f"{act!r} is not an act; known acts: {known}") from None


def _day(on: dt.date | str | None, structure: Unit) -> dt.date:
    if on is None:
        if structure.as_of is None:
            raise ValueError(f"say which day: {structure.full_name} has no as_of, so pass "
                             "on=datetime.date(...)")
        return structure.as_of
    if isinstance(on, dt.datetime):
        raise TypeError("on must be a datetime.date (a day), not a datetime")
    return parse_date(on)


def _locate(structure: Unit, sindex: _StructureIndex, ward: str | int | None,
            ) -> tuple[Unit, Unit | None, Unit | None]:
    """The unit asked about, its parent and grandparent where the structure shows them."""
    if ward is None:
        return structure, None, None
    if isinstance(structure, City):
        found = sindex.ward_index(structure).get(ward)
        district = sindex.district_of.get(id(found))
        if district is None:  # a commune the city holds directly (from 2025-07-01)
            return found, structure, structure
        return found, structure.districts[district], structure
    if isinstance(structure, District):
        return sindex.ward_index(structure).get(ward), structure, None
    raise TypeError(f"ward={ward!r} selects a ward of a district or city; "
                    f"{structure.full_name} is a {structure.kind.vietnamese}")
