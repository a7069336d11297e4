"""Which units a query names, at any time: a GSO code, a name, or an address.

An address lists units from the smallest up, separated by commas ("Phường Gia Thụy,
Quận Long Biên, Hà Nội"); each part narrows the next to the units that lay under it
while it existed, so a code a later unit reused (Bình Định's 52, Gia Lai's from
2025-07-01) does not make the earlier unit's children the later one's.  The last part
may skip a level ("Phường Gia Thụy, Hà Nội"): those units are looked for only when no
unit directly under the parent will do (:func:`tiers`).  A name alone is a province's
first ("Bình Dương"), then any unit's.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable

from urbangov._lookup import UnknownUnitError, split_kind
from urbangov._text import fold
from urbangov.terms import CITY_ALIASES, Level
from urbangov.units._model import Unit
from urbangov.units._store import Store, store

__all__ = ["Deeper", "address_parts", "resolve_all", "tiers"]

#: The units an address names a level below its parent, computed when first needed.
Deeper = Callable[[], list[Unit]]


#: What separates the parts of an address: a comma or a semicolon; and a dash between
#: spaces ("Phúc Xá - Ba Đình - Hà Nội") in a part that names no unit whole ("Bà Rịa -
#: Vũng Tàu" and "Văn Miếu - Quốc Tử Giám" are names; "Phan Rang-Tháp Chàm" has no spaces).
_SEPARATORS = re.compile(r"[,;]")
_DASHES = re.compile(r" [-–—] ")
#: The country, which some addresses end with (folded).
_COUNTRY = frozenset({"viet nam", "vietnam", "vn", "cong hoa xa hoi chu nghia viet nam",
                      "nuoc cong hoa xa hoi chu nghia viet nam", "chxhcn viet nam"})
#: How the parts below a commune begin (lower case, with or without diacritics): a house
#: number, a street, a village or hamlet, a residential group.  Such a part is left out
#: only when it names no unit of any day ("Phố Huế", "Bản Lầu", "Đội Cấn" are units).
_BELOW_COMMUNE = re.compile(
    r"(\d|(số|so)( nhà| nha)? |(đường|duong|phố|pho|ngõ|ngo|ngách|ngach|hẻm|hem|kiệt|kiet"
    r"|thôn|thon|tổ|to|ấp|ap|khóm|khom|xóm|xom|bản|ban|làng|lang|khu|cụm|cum|đội|doi"
    r"|tòa|toa|lô|lo) |(tổ dân phố|to dan pho|khu phố|khu pho|chung cư|chung cu|tdp|kp)\b)")


def address_parts(query: str | int) -> list[str]:
    """The parts of an address, smallest first, trimmed; empty parts and a final
    country ("Việt Nam") left out."""
    parts = []
    for part in _SEPARATORS.split(str(query)):
        part = part.strip()
        if _DASHES.search(part) and not _names_a_unit(part):
            parts += [p.strip() for p in _DASHES.split(part)]
        else:
            parts.append(part)
    parts = [p for p in parts if p]
    if len(parts) > 1 and fold(parts[-1]) in _COUNTRY:
        parts.pop()
    return parts


def _names_a_unit(part: str) -> bool:
    """Whether *part*, whole, names a unit of any day."""
    return bool(_match(store(), part, None))


def _below_commune(part: str) -> bool:
    """Whether *part* reads as a house, street or hamlet, and names no unit of any day."""
    text = unicodedata.normalize("NFC", part).lower()
    return (not part.isdigit()  # a code is a unit's
            and _BELOW_COMMUNE.match(text) is not None and not _names_a_unit(part))


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
    the province)."""
    names = address_parts(query)
    if not names:
        raise UnknownUnitError("an empty name matches no unit", str(query))
    found, deeper = _tiers(names, level, list(within))
    # a house, street or hamlet before the commune is not a unit: left out when the
    # address names nothing with it ("Số 1 Hoàng Hoa Thám, Phường Phúc Xá, ...")
    while not found and len(names) > 1 and _below_commune(names[0]):
        more = deeper()
        if more:  # the address names a unit a level down: kept, not looked for again
            return found, more.copy
        names = names[1:]
        found, deeper = _tiers(names, level, list(within))
    return found, deeper


def _tiers(names: list[str], level: Level | None,
           within: list[Unit]) -> tuple[list[Unit], Deeper]:
    s = store()
    parents: list[Unit] | None = within or None
    if len(names) == 1 and level is None and parents is None:
        # a name alone: a province of that name first ("Bình Dương" is the province,
        # before the communes of that name), the other units when no province will do
        provinces = _match(s, names[0], Level.PROVINCE)
        return provinces, functools.partial(_others, s, names[0], provinces)
    found: list[Unit] = []
    deeper: Deeper = list
    for i, part in enumerate(reversed(names)):
        last = i == len(names) - 1
        want = level if last else None
        if i == 0 and len(names) > 1:
            want = Level.PROVINCE
        found = _match(s, part, want, parents)
        if i == 0 and not last and not found and not within:
            found = _match(s, part, None)  # no province given: "Phường 1, Quận 3"
        if not last and not found:
            break
        if last and parents is not None and len(names) > 1:
            deeper = functools.partial(_deeper, s, part, want, parents, found)
        parents = found
    return found, deeper


def _deeper(s: Store, part: str, level: Level | None, parents: list[Unit],
            direct: list[Unit]) -> list[Unit]:
    """The units *part* names under the children of *parents*, other than *direct*."""
    below = [c for p in parents for c in s.units(s.children.get(p.code, ()))
             if _under(c, (p,))]
    seen = {u.id for u in direct}
    return [u for u in _match(s, part, level, below) if u.id not in seen]


def _others(s: Store, part: str, provinces: list[Unit]) -> list[Unit]:
    """The units *part* names, other than *provinces*."""
    seen = {u.id for u in provinces}
    return [u for u in _match(s, part, None) if u.id not in seen]


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
            key = fold(t)
            _, rest = split_kind(key)
            for code, aliases in CITY_ALIASES.items():
                if any(fold(a) in (key, rest) for a in aliases):
                    ids += s.by_code.get(code, [])
        found = s.units(dict.fromkeys(ids))
    if parents is not None:
        found = [u for u in found if _under(u, parents)]
    return [u for u in found if level is None or u.level is level]


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
