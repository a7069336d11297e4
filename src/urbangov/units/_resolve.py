"""Which units a query names, at any time: a GSO code, a name, or an address.

An address lists units from the smallest up, separated by commas ("Phường Gia Thụy,
Quận Long Biên, Hà Nội"); each part narrows the next to the units that lay under it
while it existed, so a code a later unit reused (Bình Định's 52, Gia Lai's from
2025-07-01) does not make the earlier unit's children the later one's.  The last part
may skip a level ("Phường Gia Thụy, Hà Nội"): those units are looked for only when no
unit directly under the parent will do (:func:`tiers`).  A name alone is a province's
first ("Bình Dương"), then any unit's.

How the address is written (parts, parentheses, notes such as "cũ") is read in
:mod:`._parts`; a part noted as old also names, under it, the units formed from its
area since ("phường Bến Thành (quận 1 cũ)" after 2025-07-01 is the ward formed then).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable

from urbangov._lookup import UnknownUnitError, split_kind
from urbangov._text import fold
from urbangov.terms import CITY_ALIASES, Level
from urbangov.units._model import Unit
from urbangov.units._parts import (
    Part,
    address_parts,
    below_commune,
    commune_kind,
    glued_readings,
    has_kind,
    names_a_unit,
    readings,
)
from urbangov.units._store import Store, store

__all__ = ["Deeper", "address_parts", "resolve_all", "tiers"]

#: The kinds of a province-level unit (a kind word that names another kind is no alias's).
_PROVINCE_KINDS = frozenset({"tinh", "thanh_pho"})

#: The units an address names a level below its parent, computed when first needed.
Deeper = Callable[[], list[Unit]]


def resolve_all(query: str | int, *, level: Level | None = None,
                within: Iterable[Unit] = ()) -> list[Unit]:
    """Every unit, at any time, that *query* may mean (a code, a name, or an address).

    An address lists units from the smallest up, separated by commas (or semicolons, or
    dashes between spaces): "Phường Gia Thụy, Quận Long Biên, Hà Nội".  Each part narrows
    the next to the units under it; the last part may skip a level ("Phường Gia Thụy,
    Hà Nội"), as addresses often do.
    """
    found, deeper = tiers(query, level, within)
    return found + deeper()


def tiers(query: str | int, level: Level | None = None,
          within: Iterable[Unit] = ()) -> tuple[list[Unit], Deeper]:
    """The units *query* names directly under the parts after it, and a function giving
    those it names a level deeper (a ward of a district, in an address that names only
    the province).

    Each reading of the address counts ("xã Gio An cũ (nay là xã Cồn Tiên)" names both;
    the day asked picks one); an address that names nothing as written is read again
    with a kind word inside a part taken as a new part ("xã Bình Đông H.Bình Sơn").
    """
    ways = readings(query)
    if not ways[0]:
        raise UnknownUnitError("an empty name matches no unit", str(query))
    inside = list(within)
    if len(ways) == 1:
        found, deeper = _dropping(ways[0], level, inside)
        if found:
            return found, deeper
        more = deeper()
        if more:
            return found, more.copy
        glued = glued_readings(ways[0])
        return _dropping(glued, level, inside) if glued is not None else (found, list)
    pairs = [_dropping(parts, level, inside) for parts in ways]
    direct = _unique(u for found, _ in pairs for u in found)
    return direct, functools.partial(_more, [d for _, d in pairs], direct)


def _unique(found: Iterable[Unit]) -> list[Unit]:
    return list({u.id: u for u in found}.values())


def _more(deepers: list[Deeper], direct: list[Unit]) -> list[Unit]:
    seen = {u.id for u in direct}
    return [u for u in _unique(u for d in deepers for u in d()) if u.id not in seen]


def _dropping(names: list[Part], level: Level | None,
              within: list[Unit]) -> tuple[list[Unit], Deeper]:
    """:func:`_tiers`, leaving out the parts before the commune that name no unit."""
    found, deeper = _tiers(names, level, within)
    # a house, street or hamlet before the commune is not a unit: left out when the
    # address names nothing with it ("Số 1 Hoàng Hoa Thám, Phường Phúc Xá, ..."); so is
    # a part with no kind word before a part that says it is the commune ("Tố Hữu,
    # P. Dương Nội, Q. Hà Đông")
    while not found and len(names) > 1 and _droppable(names):
        more = deeper()
        if more:  # the address names a unit a level down: kept, not looked for again
            return found, more.copy
        names = names[1:]
        found, deeper = _tiers(names, level, within)
    return found, deeper


def _droppable(names: list[Part]) -> bool:
    """Whether the first of *names* is no unit, but a house, street or hamlet."""
    first = names[0].text
    if below_commune(first):
        return True
    return (not has_kind(first) and not first.isdigit()
            and any(commune_kind(p.text) for p in names[1:]) and not names_a_unit(first))


def _tiers(names: list[Part], level: Level | None,
           within: list[Unit]) -> tuple[list[Unit], Deeper]:
    s = store()
    parents: list[Unit] | None = within or None
    if len(names) == 1 and level is None and parents is None:
        # a name alone: a province of that name first ("Bình Dương" is the province,
        # before the communes of that name), the other units when no province will do
        part = names[0]
        provinces = _noted(_match(s, part.text, Level.PROVINCE), part)
        return provinces, functools.partial(_others, s, part, provinces)
    found: list[Unit] = []
    deeper: Deeper = list
    old_parent = False
    for i, part in enumerate(reversed(names)):
        last = i == len(names) - 1
        want = level if last else None
        if i == 0 and len(names) > 1:
            want = Level.PROVINCE
        found = _match(s, part.text, want, parents)
        if i == 0 and not last and not found and not within:
            found = _match(s, part.text, None)  # no province given: "Phường 1, Quận 3"
        if old_parent and parents:  # "(quận 1 cũ)": the units formed from its area too
            found = _unique([*found, *_formed_in(s, part.text, want, parents)])
        found = _noted(found, part)
        if not last and not found:
            break
        if last and parents is not None and len(names) > 1:
            deeper = functools.partial(_deeper, s, part, want, parents, found)
        parents = found
        old_parent = part.old
    return found, deeper


def _noted(found: list[Unit], part: Part) -> list[Unit]:
    """The units of *found* that fit the note on *part*: those that ceased ("cũ"), or
    that began in the period the data covers ("mới"); all if none does."""
    if part.old:
        return [u for u in found if u.end is not None] or found
    if part.new:
        return [u for u in found if u.start is not None] or found
    return found


def _formed_in(s: Store, text: str, level: Level | None, parents: list[Unit]) -> list[Unit]:
    """The units *text* names that were formed, wholly or in part, from units that lay
    under *parents* (units of an old district or province: "xã X (huyện Y cũ)")."""
    area = {u.id for u in parents}
    todo = list(parents)
    while todo:  # the units under them, to two levels, while they existed
        p = todo.pop()
        for c in s.units(s.children.get(p.code, ())):
            if c.id not in area and _under(c, (p,)):
                area.add(c.id)
                todo.append(c)
    todo = [s.unit(uid) for uid in area]
    while todo:  # and every unit formed from them since
        for link in s.successors_of(todo.pop().id):
            if link.successor not in area:
                area.add(link.successor)
                todo.append(s.unit(link.successor))
    return [u for u in _match(s, text, level) if u.id in area]


def _deeper(s: Store, part: Part, level: Level | None, parents: list[Unit],
            direct: list[Unit]) -> list[Unit]:
    """The units *part* names under the children of *parents*, other than *direct*."""
    below = [c for p in parents for c in s.units(s.children.get(p.code, ()))
             if _under(c, (p,))]
    seen = {u.id for u in direct}
    return [u for u in _noted(_match(s, part.text, level, below), part) if u.id not in seen]


def _others(s: Store, part: Part, provinces: list[Unit]) -> list[Unit]:
    """The units *part* names, other than *provinces*."""
    seen = {u.id for u in provinces}
    return [u for u in _noted(_match(s, part.text, None), part) if u.id not in seen]


def _match(s: Store, text: str, level: Level | None,
           parents: list[Unit] | None = None) -> list[Unit]:
    """Units of any day that *text* (a code or a name) names, under *parents* if given."""
    t = text.strip()
    if "@" in t and t in s.rows:  # a unit id: "00004@2025-07-01"
        found = [s.unit(t)]
    elif t.isascii() and t.isdigit():
        found = s.units(s.by_code.get(t, ()))
        if not found and len(t) < 5:
            for width in (2, 3, 5):
                found += s.units(s.by_code.get(t.zfill(width), ()))
    else:
        pool: list[str] | None = None
        if level is Level.PROVINCE:
            pool = s.province_ids
        elif parents is not None:
            pool = list(dict.fromkeys(u for p in parents for u in s.children.get(p.code, ())))
        ids = s.match_name(t, pool)
        if level is Level.PROVINCE:
            ids += _alias(s, t)
        found = s.units(dict.fromkeys(ids))
    if parents is not None:
        found = [u for u in found if _under(u, parents)]
    return [u for u in found if level is None or u.level is level]


def _alias(s: Store, text: str) -> list[str]:
    """The ids of the city *text* names by another name ("TP.HCM", "Sài Gòn"): a
    province's only, so not after another kind's word ("phường Sài Gòn" is the ward)."""
    key = fold(text)
    kinds, rest = split_kind(key)
    if kinds is not None and not kinds & _PROVINCE_KINDS:
        return []
    return [uid for code, aliases in CITY_ALIASES.items()
            if any(fold(a) in (key, rest) for a in aliases) for uid in s.by_code.get(code, [])]


def _under(unit: Unit, parents: Iterable[Unit]) -> bool:
    """Whether a version of *unit* lay directly under one of *parents* while that parent
    existed (its parent code alone could be a later unit's, reused)."""
    return any(v.parent == p.code and _overlap(v.start, v.end, p.start, p.end)
               for v in unit.versions for p in parents)


def _overlap(start: dt.date | None, end: dt.date | None, other_start: dt.date | None,
             other_end: dt.date | None) -> bool:
    """Whether the half-open periods [start, end) and [other_start, other_end) share a
    day (None: open on that side)."""
    return ((start is None or other_end is None or start < other_end)
            and (other_start is None or end is None or other_start < end))
