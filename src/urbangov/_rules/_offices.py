"""Offices (chủ thể có thẩm quyền): what an authority denotes, for a unit on a day.

An appointment or a set of working rules may name its authority relative to the unit
(:class:`~urbangov.terms.Authority`, ``parent_chair``) or concretely
(:class:`~urbangov.structure.Office`, "the Chairman of the People's Committee of Quận
1").  Both are resolved here, for the structure's day, to a :class:`Seat`: a seat in a
unit at a level, known by GSO code where the bundled units (:mod:`urbangov.units`) know
it.  Rules compare seats, so two names for one office agree (a quận's ``parent_chair``
is the city's Chairman, ``city_chair``) and a named wrong unit is caught with both
units named.

The unit above a commune-level unit is the one the bundled units give for its GSO code
on the day (or for its name in its city, when that is unique); before 2025-07-01 that
is its district, from then on its province.  When it is not known, two seats at the
same level are taken to agree: only what the data asserts is judged.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import warnings
from collections.abc import Collection
from typing import Any

import attrs

from urbangov.structure import Body, Office, Unit
from urbangov.terms import Authority, Level, Post

__all__ = ["Seat", "Unresolved", "resolve", "retired_title", "seat_of_post", "shown"]

#: The day the district level ended (two-tier local government, Luật 72/2025/QH15).
_TWO_TIER = dt.date(2025, 7, 1)

SeatKind = str  # "chair", "vice_chair", "committee", "council", "council_standing", …

#: What each relative name denotes: the unit ("own", "parent", "city", "nation") and seat.
_RELATIVE: dict[Authority, tuple[str, SeatKind]] = {
    Authority.OWN_COUNCIL: ("own", "council"),
    Authority.PARENT_CHAIR: ("parent", "chair"),
    Authority.CITY_CHAIR: ("city", "chair"),
    Authority.CITY_COUNCIL_STANDING: ("city", "council_standing"),
    Authority.PRIME_MINISTER: ("nation", "prime_minister"),
    Authority.OWN_CHAIR: ("own", "chair"),
    Authority.OWN_COUNCIL_STANDING: ("own", "council_standing"),
    Authority.CITY_COUNCIL: ("city", "council"),
    Authority.GOVERNMENT: ("nation", "government"),
}

_BODY_SEATS: dict[Body, SeatKind] = {Body.PEOPLES_COMMITTEE: "committee",
                                     Body.PEOPLES_COUNCIL: "council",
                                     Body.COUNCIL_STANDING: "council_standing"}

_SEAT_WORDS: dict[str, str] = {
    "chair": "Chairman of the People's Committee",
    "vice_chair": "Vice-Chairman of the People's Committee",
    "committee": "People's Committee",
    "council": "People's Council",
    "council_standing": "Standing Committee of the People's Council",
}

_LEVEL_WORDS = {Level.PROVINCE: "the city or province", Level.DISTRICT: "the district",
                Level.COMMUNE: "the commune or ward"}


@attrs.frozen
class Seat:
    """An office resolved for a day: a seat in a unit.

    Attributes:
        seat: what the office is ("chair", "council", "council_standing", …; for another
            post, ``"post:<slug>"``).
        level: the level of the unit holding it (``None``: national).
        code: the unit's GSO code, when known.
        unit_name: the unit's full name for messages ("Quận 1"), when known.
    """

    seat: str
    level: Level | None
    code: str | None = None
    unit_name: str | None = None

    def same(self, other: Seat) -> bool:
        """Whether the two denote one office (a unit not known by code agrees with any
        unit of its level)."""
        return (self.seat == other.seat and self.level is other.level
                and (self.code is None or other.code is None or self.code == other.code))

    def describe(self) -> str:
        """"the Chairman of the People's Committee of Quận 1 [760]"."""
        if self.seat == "prime_minister":
            return "the Prime Minister"
        if self.seat == "government":
            return "the Government"
        words = _SEAT_WORDS.get(self.seat) or Post(self.seat.removeprefix("post:")).english
        if self.level is None:  # above a province: no unit of the units over time
            return f"the {words} of the level above the province"
        if self.unit_name:
            code = f" [{self.code}]" if self.code else ""
            return f"the {words} of {self.unit_name}{code}"
        return f"the {words} of {_LEVEL_WORDS[self.level]} above"


@attrs.frozen
class Unresolved:
    """A named unit the bundled units cannot place on the day (why, in *reason*).

    *gone*: the unit existed, but not that day; *ambiguous*: several units match."""

    reason: str
    gone: bool = False
    ambiguous: bool = False


def seat_of_post(post: Post) -> str:
    """The seat of a post of a People's Committee ("chair" for the Chairman)."""
    if post is Post.CHAIR:
        return "chair"
    if post is Post.VICE_CHAIR:
        return "vice_chair"
    return f"post:{post.value}"


def resolve(authority: Authority | Office | Post, unit: Unit, day: dt.date,
            city: str | None) -> Seat | Unresolved:
    """The seat *authority* denotes for *unit* on *day* (a :class:`Post` is a post of
    the unit itself, as a working rule's ``issued_by`` records it)."""
    if isinstance(authority, Post):
        return _own(unit, seat_of_post(authority))
    if isinstance(authority, Authority):
        where, seat = _RELATIVE[authority]
        if where == "nation":
            return Seat(seat, None)
        if where == "own":
            return _own(unit, seat)
        if where == "city":
            return _province(seat, city, day)
        return _parent(unit, seat, day, city)
    if authority.post is not None:
        seat = seat_of_post(authority.post)
    else:
        assert authority.body is not None  # an Office is a post or a body
        seat = _BODY_SEATS[authority.body]
    if authority.unit is None:
        return _own(unit, seat)
    found = _named(authority.unit, day, city)
    if isinstance(found, Unresolved):
        return found
    code, name, level = found
    return Seat(seat, level, code, name)


def _own(unit: Unit, seat: str) -> Seat:
    return Seat(seat, unit.kind.level, unit.code, unit.full_name)


def _province(seat: str, city: str | None, day: dt.date) -> Seat:
    name = None
    if city is not None:
        found = _placed(city, None, day)  # the province's name, for messages
        # "99" also reads as district 099: only a province-level unit names the city
        name = found[1] if isinstance(found, tuple) and found[2] is Level.PROVINCE else None
    return Seat(seat, Level.PROVINCE, city, name)


def _parent(unit: Unit, seat: str, day: dt.date, city: str | None) -> Seat:
    level = unit.kind.level
    if level is Level.DISTRICT or (level is Level.COMMUNE and day >= _TWO_TIER):
        return _province(seat, city, day)
    if level is Level.PROVINCE:  # nothing above a province in the units: the nation
        return Seat(seat, None)
    above = _above(unit.code, unit.name, day, city)
    if above is None:
        return Seat(seat, Level.DISTRICT)
    code, name, above_level = above
    return Seat(seat, above_level, code, name)


def _named(query: str, day: dt.date, city: str | None,
           ) -> tuple[str, str, Level] | Unresolved:
    """The unit *query* names on *day*: first within *city*, then anywhere."""
    first = _placed(query, city, day)  # no city: anywhere, as below (the same answer)
    if isinstance(first, tuple):
        return first
    found = _placed(query, None, day)  # a reused code, or a unit of another province
    return found if isinstance(found, tuple) or not (first.gone or first.ambiguous) else first


def _above(code: str | None, name: str, day: dt.date, city: str | None,
           ) -> tuple[str, str, Level] | None:
    """The unit directly above a commune-level unit on *day*, from the bundled units."""
    found = _record(code, day) if code else None
    if found is None and city is not None:
        found = _record(f"{name}, {city}", day)
    if found is None or found[0] is None:
        return None
    parent = _placed(found[0], None, day)
    return parent if isinstance(parent, tuple) else None


@functools.lru_cache(maxsize=4096)
def _record(query: str, day: dt.date) -> tuple[str | None, str] | None:
    """The parent code and own code of the unit *query* names on *day*, if unique."""
    from urbangov import units

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = units.unit(query, day, strict=False)
    except LookupError:
        return None
    return found.parent, found.code


@functools.lru_cache(maxsize=4096)
def _placed(query: str, city: str | None, day: dt.date,
            ) -> tuple[str, str, Level] | Unresolved:
    """(code, full name, level) of the unit *query* names on *day* (within *city*)."""
    from urbangov import units

    text = query if city is None else f"{query}, {city}"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = units.unit(text, day, strict=False)
    except units.UnitNotInForceError as exc:
        return Unresolved(str(exc), gone=True)
    except units.AmbiguousUnitError as exc:
        return Unresolved(str(exc), ambiguous=True)
    except LookupError as exc:
        return Unresolved(str(exc))
    return found.code, found.full_name, found.level


def retired_title(post: Post, allowed: Collection[Post]) -> str:
    """What to say of an old commune civil-servant title where the day's law has civil
    servants in job positions instead (from 2025-07-01); "" otherwise."""
    if post.is_commune_title and Post.CIVIL_SERVANT in allowed:
        return ("; the titles of commune civil servants lost their basis on 2025-07-01 "
                "(khoản 3 Điều 71 Nghị định 170/2025/NĐ-CP, Luật 80/2025/QH15): a civil "
                "servant in a job position is recorded as civil_servant (công chức)")
    return ""


def shown(name: enum.Enum | Office) -> Any:
    """An authority or issuer as a finding's values show it: a relative name or post as
    its slug (``"parent_chair"``), an office as its table (``{"level": "district",
    "code": "760", "post": "chair"}``), as a structure file writes them."""
    if isinstance(name, enum.Enum):
        return name.value
    return {k: getattr(v, "value", v) for k, v in attrs.asdict(name).items()
            if v is not None}
