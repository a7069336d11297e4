"""Queries over the units of Vietnam on any day from 2021-11-01: lists, lookups, history."""

from __future__ import annotations

import datetime as dt
import difflib
import warnings

import attrs

from urbangov._args import check_choice
from urbangov._lookup import AmbiguousUnitError, UnknownUnitError, split_kind
from urbangov._text import fold, nfc
from urbangov.terms import Level
from urbangov.time import parse_date
from urbangov.units._errors import CoverageWarning, OutsideCoverageError, UnitNotInForceError
from urbangov.units._model import Link, Unit, UnitHistory, UnitOnDay
from urbangov.units._parts import unknown_parts
from urbangov.units._resolve import Deeper, address_parts, resolve_all, tiers
from urbangov.units._store import Store, store

__all__ = ["Coverage", "Gap", "absence", "coverage", "history", "predecessors", "provinces",
           "resolve_all", "successors", "transitions", "unit", "units"]

#: The day of the two-tier rearrangement; links of that day are the old → new table.
REFORM = dt.date(2025, 7, 1)


@attrs.frozen
class Gap:
    """A later change the bundled data does not hold, for one province from a day."""

    province: str
    start: dt.date
    instrument: str
    what: str


@attrs.frozen
class Coverage:
    """What the bundled unit data covers (phạm vi dữ liệu).

    Attributes:
        start: the first day described (2021-11-01); earlier days are refused.
        last_change: the last change the data holds.
        source_data_of: the date of the newest source data used.
        gaps: later changes known but not in the data.
        sources: the upstream sources, each with its licence and copyright line.
    """

    start: dt.date
    last_change: dt.date
    source_data_of: dt.date
    gaps: tuple[Gap, ...]
    sources: tuple[dict[str, str], ...]

    def describe(self) -> str:
        """One sentence for messages."""
        return (f"the bundled units cover every province, district and commune from "
                f"{self.start.isoformat()} to the changes of {self.last_change.isoformat()}")


def coverage() -> Coverage:
    """What the bundled unit data covers, with its sources and known gaps.

    >>> str(coverage().start)
    '2021-11-01'
    """
    s = store()
    cached = s.memo.get("coverage")
    if isinstance(cached, Coverage):
        return cached
    raw = s.raw
    s.memo["coverage"] = found = Coverage(
        start=dt.date.fromisoformat(raw["coverage"]["from"]),
        last_change=dt.date.fromisoformat(raw["coverage"]["last_change"]),
        source_data_of=dt.date.fromisoformat(raw["coverage"]["source_data_of"]),
        gaps=tuple(Gap(g["province"], dt.date.fromisoformat(g["from"]), g["instrument"],
                       g["what"]) for g in raw["gaps"]),
        sources=tuple(raw["sources"]))
    return found


def _day(on: str | dt.date | None, *, strict: bool = True) -> dt.date:
    """The day asked: None or "today" is today; before the coverage is refused."""
    if on is None or (isinstance(on, str) and on.strip().lower() in ("today", "hôm nay")):
        day = dt.date.today()
    else:
        day = parse_date(on)
    start = coverage().start
    if day < start:
        if strict:
            raise OutsideCoverageError(
                f"{day.isoformat()} is before {start.isoformat()}, the first day the "
                "bundled units describe; no unit list is given for it (pass strict=False "
                f"for the units of {start.isoformat()}, with a warning)", day.isoformat())
        warnings.warn(CoverageWarning(
            f"{day.isoformat()} is before {start.isoformat()}: these are the units of "
            f"{start.isoformat()}, the first day the bundled data describes; the units of "
            f"{day.isoformat()} may differ"), stacklevel=3)
        day = start
    return day


def _level(function: str, level: Level | str | None) -> Level | None:
    """*level* as a :class:`Level` (given as one or by its value), None for all."""
    return None if level is None else check_choice(function, "level", level, Level)


def _warn_gaps(province: str, day: dt.date) -> None:
    for gap in coverage().gaps:
        if gap.province == province and day >= gap.start:
            warnings.warn(CoverageWarning(
                f"from {gap.start.isoformat()}, {gap.what} ({gap.instrument})"), stacklevel=3)


def _province_of(s: Store, u: Unit, day: dt.date) -> str:
    """The code of the province *u* sat in on *day* (or in its last version)."""
    version = u.on(day) or u.latest
    parent = version.parent
    if parent is None:
        return u.code
    when = day if u.on(day) is not None else (version.end or day) - dt.timedelta(days=1)
    above = s.holding(parent, when)
    return parent if above is None or above.level is Level.PROVINCE else (
        above.on(when) or above.latest).parent or parent


def _placed(s: Store, u: Unit, day: dt.date) -> UnitOnDay:
    version = u.on(day)
    assert version is not None
    parent = s.holding(version.parent, day) if version.parent else None
    parent_name = None
    if parent is not None:
        pv = parent.on(day)
        parent_name = pv.full_name if pv else None
    return UnitOnDay(unit=u, version=version, day=day, parent_name=parent_name)


def provinces(on: str | dt.date | None = None, *, strict: bool = True) -> tuple[UnitOnDay, ...]:
    """The provincial units (tỉnh, thành phố trực thuộc trung ương) on a day.

    >>> len(provinces("2025-06-30")), len(provinces("2025-07-01"))
    (63, 34)
    """
    day = _day(on, strict=strict)
    s = store()
    out = [s.unit(uid) for uid, row in s.rows.items() if row[2] == 1]
    return tuple(_placed(s, u, day) for u in out if u.on(day) is not None)


def units(province: str | int, on: str | dt.date | None = None, *,
          level: Level | str | None = None, strict: bool = True) -> tuple[UnitOnDay, ...]:
    """The district- and commune-level units of *province* on a day, parents first.

    *province* is a GSO code or a name (diacritics optional).  Each unit carries its
    kind and parent (a district until 2025-06-30, the province from 2025-07-01).

    *level* keeps the units of one level only: a :class:`Level` or its value
    ("district", "commune").

    >>> hn = units("Hà Nội", "2026-12-01")
    >>> len(hn), sum(u.kind.value == "phuong" for u in hn)
    (126, 51)

    Raises:
        FieldError: *level* is no level (a ValueError; the message lists the levels).
    """
    level = _level("units", level)
    day = _day(on, strict=strict)
    s = store()
    prov = _pick(s, resolve_all(province, level=Level.PROVINCE), day, province)
    _warn_gaps(prov.code, day)
    out: list[UnitOnDay] = []
    for uid in s.children.get(prov.code, ()):
        u = s.unit(uid)
        v = u.on(day)
        if v is None or v.parent != prov.code:
            continue
        if level in (None, u.level):
            out.append(_placed(s, u, day))
        if u.level is Level.DISTRICT and level in (None, Level.COMMUNE):
            for cid in s.children.get(u.code, ()):
                c = s.unit(cid)
                cv = c.on(day)
                if cv is not None and cv.parent == u.code:
                    out.append(_placed(s, c, day))
    return tuple(out)


def _pick(s: Store, found: list[Unit], day: dt.date, query: str | int,
          deeper: Deeper | None = None) -> Unit:
    """The one unit of *found* that existed on *day* (else of those *deeper* gives, the
    units an address names a level down), or the error that says why not."""
    cov = coverage()
    alive = [u for u in found if u.on(day) is not None]
    if not alive and deeper is not None:
        more = deeper()
        alive = [u for u in more if u.on(day) is not None]
        found = found + more
    if not found:
        unknown = unknown_parts(query)
        close = _suggest(s, unknown[0] if unknown else query)
        hint = f"; did you mean: {', '.join(close)}?" if close else ""
        which = "".join(f"; {p!r} names no unit of any day" for p in unknown
                        if len(unknown) > 1 or p != str(query))
        raise UnknownUnitError(
            f"no unit matches {str(query)!r}{which}{hint}; {cov.describe()} (GSO codes, Vietnamese "
            "names with or without diacritics, or an address such as 'Phường Gia Thụy, "
            "Quận Long Biên, Hà Nội')", str(query), close)
    if len(alive) > 1:  # "Gia Thụy" written with its diacritics is not "Gia Thủy"
        alive = _exact(alive, day, query) or alive
    if len(alive) == 1:
        return alive[0]
    if alive:
        names = ", ".join(_describe(s, u, day) for u in alive)
        raise AmbiguousUnitError(
            f"{len(alive)} units match {str(query)!r} on {day.isoformat()}: {names}; add "
            "the parent ('Phường 1, Quận 3, Hồ Chí Minh') or use the GSO code",
            str(query), tuple(_placed(s, u, day) for u in alive))
    # none existed that day: the nearest before, else the nearest after
    before = [u for u in found if u.end is not None and u.end <= day]
    target = max(before, key=lambda u: u.end or day) if before else min(
        found, key=lambda u: u.start or day)
    raise _not_in_force(s, target, day, query)


def _suggest(s: Store, query: str | int, n: int = 5) -> tuple[str, ...]:
    """Up to *n* names of any day close to the first part of *query*."""
    parts = address_parts(query)
    if not parts:
        return ()
    _, rest = split_kind(fold(parts[0]))
    names = s.names()
    keys = difflib.get_close_matches(rest, list(names), n=n, cutoff=0.75)
    return tuple(dict.fromkeys(s.unit(names[k][-1]).latest.full_name for k in keys))


def _exact(found: list[Unit], day: dt.date, query: str | int) -> list[Unit]:
    """The units whose name, as written (diacritics and all), is the query's first part."""
    parts = address_parts(query)
    if not parts:
        return []
    text = nfc(parts[0]).lower()
    out = []
    for u in found:
        v = u.on(day) or u.latest
        if text in (v.name.lower(), v.full_name.lower()) or text.endswith(" " + v.name.lower()):
            out.append(u)
    return out


def _describe(s: Store, u: Unit, day: dt.date) -> str:
    v = u.on(day) or u.latest
    parent = s.holding(v.parent, day) if v.parent else None
    where = ""
    if parent is not None:
        pv = parent.on(day)
        where = f" ({pv.full_name})" if pv else ""
    return f"{v.full_name}{where} [{u.code}]"


def _cite(link: Link) -> str:
    return str(link.provision) if link.provision else "provision not recorded"


def _not_in_force(s: Store, u: Unit, day: dt.date, query: str | int) -> UnitNotInForceError:
    name = u.latest.full_name
    if u.end is not None and u.end <= day:
        succ = s.successors_of(u.id)
        if succ:
            parts = [f"{s.unit(ln.successor).latest.full_name} [{s.unit(ln.successor).code}]"
                     f" ({ln.share.value}; {_cite(ln)})" for ln in succ]
            tail = "; it went into " + ", ".join(parts)
        else:
            changes = [c for c in s.changes_of(u.id) if c.day == u.end]
            basis = next((str(c.provision) for c in changes if c.provision), None)
            note = next((c.note for c in changes if c.note), None)
            tail = (f" ({basis})" if basis else "") + (f"; {note}" if note else "")
        return UnitNotInForceError(
            f"{name} [{u.code}] did not exist on {day.isoformat()}: it ceased on "
            f"{u.end.isoformat()}{tail}", str(query), u, day, succ, ())
    preds = s.predecessors_of(u.id)
    start = u.start.isoformat() if u.start else "?"
    tail = ""
    if preds:
        tail = "; it was formed from " + ", ".join(
            f"{s.unit(ln.predecessor).latest.full_name} [{s.unit(ln.predecessor).code}] "
            f"({ln.share.value}; {_cite(ln)})" for ln in preds)
    return UnitNotInForceError(
        f"{name} [{u.code}] did not exist on {day.isoformat()}: it began on {start}{tail}",
        str(query), u, day, (), preds)


def absence(unit_id: str, on: str | dt.date | None = None) -> UnitNotInForceError | None:
    """Why the unit with id *unit_id* (its code, or ``code@day`` for a reused code) did
    not exist on a day (default: today), or None when it did.

    Unlike :func:`unit`, which reads a code as the unit that held it that day, this asks
    about one unit: Phường Trúc Bạch [00004] did not exist on 2026-01-01, though Phường
    Ba Đình holds its code.

    >>> absence("00004", "2026-01-01").ceased
    datetime.date(2025, 7, 1)
    >>> absence("00004", "2022-07-01") is None
    True

    Raises:
        UnknownUnitError: no unit has that id.
        OutsideCoverageError: the day is before 2021-11-01.
    """
    day = _day(on)
    s = store()
    if unit_id not in s.rows:
        raise UnknownUnitError(f"no unit has the id {unit_id!r}", str(unit_id))
    u = s.unit(unit_id)
    return None if u.on(day) is not None else _not_in_force(s, u, day, unit_id)


def unit(query: str | int, on: str | dt.date | None = None, *,
         level: Level | str | None = None, strict: bool = True) -> UnitOnDay:
    """The unit *query* names as it stood on a day (default: today).

    *query* is a GSO code ("00130"), a name ("Gia Thụy", "P. Gia Thuy") or an address
    ("Phường Gia Thụy, Quận Long Biên, Hà Nội").

    >>> unit("Phường Gia Thụy, Quận Long Biên, Hà Nội", "2022-07-01").code
    '00130'

    Raises:
        UnitNotInForceError: the unit existed, but not on that day; the error names the
            day it ceased (or began) and its successors (or predecessors) with the
            provision of each.
        UnknownUnitError: no unit of any day matches; the message says what the data covers.
        AmbiguousUnitError: several units of that day match.
        OutsideCoverageError: the day is before 2021-11-01.
        FieldError: *level* is no level (a ValueError naming the levels).
    """
    level = _level("unit", level)
    day = _day(on, strict=strict)
    s = store()
    found, deeper = tiers(query, level)
    u = _pick(s, found, day, query, deeper)
    _warn_gaps(_province_of(s, u, day), day)
    return _placed(s, u, day)


def _one(query: str | int, on: str | dt.date | None) -> Unit:
    """The unit *query* means: on *on* if given, else the latest that matches."""
    s = store()
    direct, deeper = tiers(query)
    found = direct or deeper()  # without a day, the units directly under the parent first
    if on is not None:
        day = _day(on)
        try:
            return _pick(s, direct, day, query, deeper)
        except UnitNotInForceError as exc:
            return exc.unit
    if not found:
        _pick(s, found, dt.date.today(), query)
    ends = {u.id: u.end or dt.date.max for u in found}
    latest = max(ends.values())
    last = [u for u in found if ends[u.id] == latest]
    if len(last) > 1:
        names = ", ".join(_describe(s, u, (u.end or dt.date.today()) - dt.timedelta(days=1))
                          for u in last)
        raise AmbiguousUnitError(f"{len(last)} units match {str(query)!r}: {names}; add the "
                                 "parent or use the GSO code", str(query), tuple(last))
    return last[0]


def history(query: str | int, on: str | dt.date | None = None) -> UnitHistory:
    """A unit's versions, changes (each with its provision), predecessors and successors.

    Without *on*, the latest unit that matches; with it, the one of that day (or the
    one the error for that day names).
    """
    s = store()
    u = _one(query, on)
    return UnitHistory(unit=u, changes=s.changes_of(u.id), predecessors=s.predecessors_of(u.id),
                       successors=s.successors_of(u.id))


def successors(query: str | int, on: str | dt.date | None = None) -> tuple[Link, ...]:
    """The units the unit went into, each link with full/partial and its provision."""
    return history(query, on).successors


def predecessors(query: str | int, on: str | dt.date | None = None) -> tuple[Link, ...]:
    """The units the unit was formed from, each link with full/partial and its provision."""
    return history(query, on).predecessors


def transitions(day: str | dt.date = REFORM, *, within: str | int | None = None,
                on: str | dt.date | None = None) -> tuple[Link, ...]:
    """The old → new links of a day (default 2025-07-01), optionally of the units under
    *within* (a province or district as it stood the day before, e.g. "Quận Hoàn Kiếm,
    Hà Nội").
    """
    d = parse_date(day)
    s = store()
    links = s.links_on(d)
    if within is None:
        return links
    parent = _one(within, on or (d - dt.timedelta(days=1)))
    before = d - dt.timedelta(days=1)
    inside = {parent.id}
    for uid in s.children.get(parent.code, ()):
        child = s.unit(uid)
        cv = child.on(before)
        if cv is not None and cv.parent == parent.code:
            inside.add(uid)
            for gid in s.children.get(child.code, ()):
                g = s.unit(gid)
                gv = g.on(before)
                if gv is not None and gv.parent == child.code:
                    inside.add(gid)
    return tuple(ln for ln in links if ln.predecessor in inside)
