"""Rules on units: which regime, whether the unit exists, its kind and its bodies."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator
from typing import Any

from urbangov._registry import Finding, Scope, UnitContext, rule
from urbangov._text import fold
from urbangov.law import Confidence, Provision, catalogue
from urbangov.regimes import Fact, UnitAbolishedError
from urbangov.structure import UNRECORDED, City, District, Unit, Ward
from urbangov.terms import COMMUNES_BELOW, KINDS_BELOW, Level, UnitKind, kinds_at
from urbangov.units import UnitNotInForceError

K = UnitKind

#: Which kinds a unit of each class may be, from the one nesting table of the terms.
_OWN_KINDS: dict[type[Unit], frozenset[UnitKind]] = {
    City: kinds_at(Level.PROVINCE),
    District: kinds_at(Level.DISTRICT),
    Ward: kinds_at(Level.COMMUNE),
}
#: The two-tier tree (from 2025-07-01): a city holds its communes directly.
_BELOW_IN: dict[str, frozenset[UnitKind]] = {"communes": COMMUNES_BELOW}


_ANY_KIND = frozenset(UnitKind)


#: Where the general law on local government places the administrative units, from the
#: day each reading applies: Luật 77/2015 Điều 2 (medium: the legal reference does not
#: quote it); Luật 65/2025 (its articles are not in the reference); Luật 72/2025 Điều 51
#: k.3 while the district level worked on (to 2025-06-30), then its Điều 1 k.1 (two levels).
_UNITS_ARTICLES: tuple[tuple[dt.date, str, int | None, int | None], ...] = (
    (dt.date(2016, 1, 1), "77/2015/QH13", 2, None),
    (dt.date(2025, 3, 1), "65/2025/QH15", None, None),
    (dt.date(2025, 6, 16), "72/2025/QH15", 51, 3),
    (dt.date(2025, 7, 1), "72/2025/QH15", 1, 1),
)


def _cite_on(table: tuple[tuple[dt.date, str, int | None, int | None], ...],
             on: dt.date | None) -> Provision:
    """The row of *table* in force on *on* (its first row before it or without a day)."""
    rows = [r for r in table if on is not None and r[0] <= on] or [table[0]]
    _since, identifier, article, clause = rows[-1]
    return catalogue().get(identifier).at(article, clause)


def units_article(on: dt.date | None = None) -> Provision:
    """Where the general law in force on *on* places the administrative units (Điều 2 of
    Luật 77/2015/QH13 without a day)."""
    return _cite_on(_UNITS_ARTICLES, on)


def _units_article(on: dt.date | None = None) -> Provision:
    return units_article(on)


def _general_law(on: dt.date | None = None) -> Provision:
    """The general law on local government in force on *on* (Luật 77/2015/QH13, whose
    entry into force on 2016-01-01 starts what the library covers, without a day): the
    law of :data:`_UNITS_ARTICLES`' row of that day, without its article."""
    return _cite_on(tuple((since, law, None, None) for since, law, _a, _c in
                          _UNITS_ARTICLES), on)


@rule("UG-REGIME-KNOWN", "A dated structure falls within a regime the library covers "
      "(2016-01-01 onwards).", term="chế độ pháp lý",
      provision=_general_law, confidence=Confidence.HIGH,
      needs_regime=False, scope=Scope.AGGREGATE)
def regime_known(root: Unit, ctx: UnitContext) -> Iterator[Finding]:
    error = ctx.regime_error
    if error is not None and not isinstance(error, UnitAbolishedError):
        yield Finding(ctx.at(), str(error), None, {"as_of": ctx.as_of, "city": ctx.city})


@rule("UG-UNIT-EXISTS", "A unit exists on the day its structure describes, of the kind "
      "and in the province its GSO code and name give.",
      term="đơn vị hành chính", facts=(Fact.UNIT_EXISTS,), needs_regime=False, gate=True)
def unit_exists(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    error = ctx.regime_error
    if isinstance(error, UnitAbolishedError):  # no unit of its kind exists that day
        yield Finding(ctx.at(), str(error), error.cited.provision,
                      {"kind": unit.kind.value, "as_of": ctx.as_of})
        return
    city = unit.city or ctx.city
    gone = not_in_force(unit, ctx.as_of, city)
    if gone is not None:  # this unit, known by code and name, did not exist that day
        links = gone.successors or gone.predecessors
        yield Finding(ctx.at(), str(gone),
                      links[0].provision if links else units_article(ctx.as_of),
                      {"code": unit.code, "as_of": ctx.as_of,
                       "ceased": gone.ceased, "began": gone.began})
        return
    other = _other(unit, ctx.as_of, city)
    if other is not None:  # the code and name are of a unit of another kind or province
        field, message, values = other
        yield Finding(ctx.at(field), message, units_article(ctx.as_of),
                      {"code": unit.code, "as_of": ctx.as_of, **values})


def absent(unit: Unit, day: dt.date, city: str | None) -> str | None:
    """Why the recorded *unit* was not, on *day*, the unit its record names (it did not
    exist that day, or its GSO code and name are of a unit of another kind or province),
    in words; None when the units over time say nothing against it.  What
    UG-UNIT-EXISTS finds, for the queries that answer about a unit on a day."""
    gone = not_in_force(unit, day, city)
    if gone is not None:
        return str(gone)
    other = _other(unit, day, city)
    return None if other is None else other[1]


def _other(unit: Unit, day: dt.date | None,
           city: str | None) -> tuple[str, str, dict[str, Any]] | None:
    """The field, words and values saying that *unit*'s GSO code and name belong, on
    *day*, to a unit in another province or of another kind; None when they do not, or
    when nothing is known (no day, no code, or a name the code's units never had)."""
    if day is None:
        return None
    name = _folded(unit.name)
    for u, _latest, names in _holders(unit.code):
        version = u.on(day) if name in names else None
        if version is None or _folded(version.name) != name:
            continue
        if unit.kind.level is not Level.PROVINCE:
            province = province_on(version.parent, day)
            if city is not None and province is not None and province != city:
                return ("city", f"{unit.full_name} [{unit.code}] lay in "
                        f"{_named(province, day)} on {day}, not in the city its structure "
                        f"records ({city}): its code and name are that unit's",
                        {"city": city, "province": province})
        if version.kind is not unit.kind:
            return ("kind", f"{unit.full_name} [{unit.code}] was {version.full_name}, a "
                    f"{version.kind.vietnamese} ({version.kind.english}), on {day}, not a "
                    f"{unit.kind.vietnamese}: the law of its kind applies to it",
                    {"kind": unit.kind.value, "was": version.kind.value})
    return None


def _named(code: str, day: dt.date) -> str:
    """The unit of *code* by its full name on *day*, with the code ("Thành phố Hồ Chí
    Minh [79]")."""
    from urbangov import units

    version = units.get(code).on(day)
    return f"{version.full_name} [{code}]" if version is not None else f"[{code}]"


def province_on(code: str | None, day: dt.date) -> str | None:
    """The province-level unit above the unit *code* (a district, or a province) on *day*."""
    from urbangov import units

    for _ in range(2):  # district → province, at most
        if code is None:
            return None
        try:
            above = units.get(code)
        except LookupError:
            return None
        version = above.on(day)
        if above.level is Level.PROVINCE or version is None:
            return code if above.level is Level.PROVINCE else None
        code = version.parent
    return None


def not_in_force(unit: Unit, day: dt.date | None,
                  city: str | None) -> UnitNotInForceError | None:
    """Why the recorded unit did not exist on *day*, if the units over time know it by
    its GSO code, name and province and say so; None when it existed, or nothing is
    known (a code the data lacks, another name or province, a day before the data)."""
    if day is None:
        return None  # no day: nothing to look up (and no lookup of a code to pay for)
    if unit.kind.level is Level.PROVINCE:
        city = unit.code  # a province lies in itself, whatever its structure records
    holders = _holders(unit.code)
    if not holders:
        return None  # a code the data lacks: nothing known
    name = _folded(unit.name)
    these = [u for u, province, names in holders if province == city and name in names]
    if not these or any(u.on(day) is not None for u in these):
        return None  # nothing known of this unit, or it existed that day
    # the one that ended last before the day, else the first (which began after it)
    target = next((u for u in reversed(these) if u.end is not None and u.end <= day),
                  these[0])
    from urbangov import units

    try:  # about this unit, though a later one with another name may hold its code
        return units.absence(target.id, day)
    except LookupError:  # outside the days the data covers: nothing said
        return None


@functools.lru_cache(maxsize=8192)
def _folded(name: str) -> str:
    return fold(name)


@functools.lru_cache(maxsize=16384)
def _holders(code: str | None) -> tuple[tuple[Any, str | None, frozenset[str]], ...]:
    """The units of the units over time that held the GSO *code*, in turn, each with its
    province's code and the folded names of its versions (read once per code)."""
    from urbangov import units

    if not code or not (code.isascii() and code.isdigit()):
        return ()  # not a GSO code: no unit holds it
    return tuple((u, _province(u.id), frozenset(_folded(v.name) for v in u.versions))
                 for u in units.resolve_all(code) if u.code == code)


@functools.lru_cache(maxsize=16384)
def _province(unit_id: str) -> str | None:
    """The code of the province-level unit the unit *unit_id* lay in on the last day of
    its last version (its own, for a province)."""
    from urbangov import units

    unit = units.get(unit_id)
    if unit.level is Level.PROVINCE:  # a province lies in itself
        return str(unit.code)
    last = unit.versions[-1]
    return province_on(last.parent, dt.date.max if last.end is None
                       else last.end - dt.timedelta(days=1))


@rule("UG-CONTEXT", "Units nested in a structure belong to its city and describe its day.",
      term="đơn vị hành chính", provision=_units_article, confidence=Confidence.MEDIUM,
      needs_regime=False, scope=Scope.TREE)
def context(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    """A nested unit's own city and day agree with its root's."""
    if unit is ctx.root:
        return
    for name, own, root in (("city", unit.city, ctx.city), ("as_of", unit.as_of, ctx.as_of)):
        if own is not None and root is not None and own != root:
            yield Finding(ctx.at(name), f"{unit.full_name} says {name}={own!s} but its "
                          f"structure says {root!s}", values={name: own, "root": root})


@rule("UG-KIND-NESTING", "Each unit is of a kind that may sit where it is "
      "(phường under a quận, xã or thị trấn under a huyện, ...).",
      term="đơn vị hành chính", provision=_units_article, confidence=Confidence.MEDIUM,
      needs_regime=False)
def kind_nesting(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    allowed = _OWN_KINDS.get(type(unit), _ANY_KIND)
    if unit.kind not in allowed:
        yield Finding(ctx.at("kind"), f"a {type(unit).__name__} cannot be a "
                      f"{unit.kind.vietnamese} ({unit.kind.english})",
                      values={"kind": unit.kind.value})
    for name in type(unit).CHILD_FIELDS:
        below = _BELOW_IN.get(name) or KINDS_BELOW.get(unit.kind, frozenset())
        for i, child in enumerate(getattr(unit, name)):
            if child.kind not in below:
                yield Finding(ctx.at((name, i), "kind"),
                              f"a {child.kind.vietnamese} cannot sit under a "
                              f"{unit.kind.vietnamese}{' directly' if name == 'communes' else ''}",
                              values={"kind": child.kind.value, "parent": unit.kind.value})


@rule("UG-COUNCIL", "A unit has a People's Council exactly when its regime provides one.",
      term="Hội đồng nhân dân", facts=(Fact.HAS_COUNCIL,))
def council_matches_regime(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    cited = ctx.cited(Fact.HAS_COUNCIL, unit)
    if cited is None or unit.council is UNRECORDED:
        return  # unknown is not absent: only what the data asserts is judged
    has = unit.council is not None
    if has != cited.value:
        recorded = "with a" if has else "without a"
        law = "provides one" if cited.value else "provides none"
        yield Finding(ctx.at("council"),
                      f"{unit.full_name} is recorded {recorded} People's Council (HĐND), but on "
                      f"{ctx.as_of} the law in force {law}", cited.provision,
                      {"council": has, "regime": ctx.regime.key if ctx.regime else None})


@rule("UG-DECISION-MODE", "A People's Committee decides in the mode its regime sets "
      "(head-of-agency or collective).", term="chế độ thủ trưởng / chế độ tập thể",
      facts=(Fact.DECISION_MODE,))
def decision_mode(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    cited = ctx.cited(Fact.DECISION_MODE, unit)
    mode = unit.committee.decision_mode if unit.committee else None
    if cited is not None and mode is not None and mode is not cited.value:
        yield Finding(ctx.at("committee", "decision_mode"),
                      f"{unit.full_name}'s People's Committee is recorded as deciding by the "
                      f"{mode.english}, but the law in force sets the {cited.value.english}",
                      cited.provision, {"decision_mode": mode.value})
