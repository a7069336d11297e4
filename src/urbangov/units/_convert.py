"""Converting an old address or code to the unit(s) of another day."""

from __future__ import annotations

import datetime as dt

import attrs

from urbangov._lookup import AmbiguousUnitError
from urbangov.units._model import Link, Share, Unit, UnitOnDay
from urbangov.units._query import _day, _describe, _not_in_force, _one, _placed, coverage
from urbangov.units._resolve import Deeper, tiers
from urbangov.units._store import Store, store

__all__ = ["Conversion", "Target", "convert"]


@attrs.frozen
class Target:
    """One unit an old unit (or part of it) became, and the links that lead there."""

    unit: UnitOnDay
    share: Share
    path: tuple[Link, ...]


@attrs.frozen
class Conversion:
    """An old unit and the unit(s) of another day it became (or still is).

    Attributes:
        source: the unit asked about, as it last stood.
        day: the day converted to.
        targets: the units of that day; one with an empty path if the unit still existed.
        unresolved: a note when the sources say the unit ceased but not into what.
    """

    source: UnitOnDay
    day: dt.date
    targets: tuple[Target, ...]
    unresolved: str | None = None


def convert(query: str | int, to: str | dt.date | None = None, *,
            on: str | dt.date | None = None) -> Conversion:
    """Convert an old address or code to the unit(s) of day *to* (default: today).

    Without *on* (the day of the address), the unit the address names that had ceased by
    *to*, if any (an old address); a district abolished on 2025-07-01 goes where its
    wards went.

    >>> c = convert("Phường Gia Thụy, Quận Long Biên, Hà Nội", "2025-07-01")
    >>> sorted(t.unit.full_name for t in c.targets)
    ['Phường Bồ Đề', 'Phường Long Biên', 'Phường Việt Hưng']
    """
    day = _day(to)
    s = store()
    u = _one(query, on) if on is not None else _old(query, day)
    when = _day(on) if on is not None else None
    if when is None or u.on(when) is None:
        when = u.start or coverage().start
        if u.end is not None:
            when = u.end - dt.timedelta(days=1)
        if day >= when and u.on(day) is not None:
            when = day
    source = _placed(s, u, when)
    targets: list[Target] = []
    unresolved: list[str] = []

    def walk(uid: str, share: Share, path: tuple[Link, ...]) -> None:
        cur = s.unit(uid)
        if cur.on(day) is not None:
            targets.append(Target(_placed(s, cur, day), share, path))
            return
        if cur.start is not None and day < cur.start:
            return
        nxt = [ln for ln in s.successors_of(uid) if ln.day <= day]
        children = [] if nxt or cur.end is None else _children_on(s, cur, cur.end)
        for child in children:  # a level abolished (the districts): its units' area
            walk(child.id, Share.PARTIAL, path)
        if not nxt and not children:
            unresolved.append(f"{cur.latest.full_name} [{cur.code}] ceased on "
                              f"{cur.end.isoformat() if cur.end else '?'}; the sources do not "
                              "say which unit took its area")
        for ln in nxt:
            walk(ln.successor, share if ln.share is Share.FULL else Share.PARTIAL,
                 (*path, ln))

    if day < (u.start or coverage().start):
        raise _not_in_force(s, u, day, query)
    walk(u.id, Share.FULL, ())
    seen: dict[str, Target] = {}
    for t in targets:
        seen.setdefault(t.unit.unit.id, t)
    return Conversion(source=source, day=day, targets=tuple(seen.values()),
                      unresolved="; ".join(unresolved) or None)


def _old(query: str | int, day: dt.date) -> Unit:
    """The unit an address of no stated day names, to convert to *day*: the one that had
    ceased by then, if the address names one (an old address is what one converts:
    "Phường Bồ Đề, Hà Nội" is the ward of Quận Long Biên, not the ward formed on
    2025-07-01), else the one of that day (or the one the error for that day names)."""
    direct, deeper = tiers(query)
    first: Deeper = direct.copy
    for tier in (first, deeper):
        ended = [u for u in tier() if u.end is not None and u.end <= day]
        if ended:
            last = max(u.end for u in ended if u.end is not None)
            latest = [u for u in ended if u.end == last]
            if len(latest) > 1:
                names = ", ".join(_describe(store(), u, last - dt.timedelta(days=1))
                                  for u in latest)
                raise AmbiguousUnitError(
                    f"{len(latest)} units match {str(query)!r} before {day.isoformat()}: "
                    f"{names}; add the parent, the day of the address or the GSO code",
                    str(query), tuple(latest))
            return latest[0]
    return _one(query, day)


def _children_on(s: Store, unit: Unit, end: dt.date) -> list[Unit]:
    """The units directly under *unit* on its last day (the day before *end*)."""
    last = end - dt.timedelta(days=1)
    return [c for c in s.units(s.children.get(unit.code, ()))
            if (v := c.on(last)) is not None and v.parent == unit.code]
