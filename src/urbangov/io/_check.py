"""The document-level walker: tables, units and the whole file, every problem at once.

The walk checks and builds in one pass: a table whose values are all good is built
with its class's constructor (a unit as a draft, which the caller judges once, for the
whole tree), so that a file's tree is walked once and each value converted once.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any

import attrs

from urbangov.io._convert import UNIT_TYPES
from urbangov.io._problems import Problem, describe, message, suggest
from urbangov.io._refs import absent, class_on, not_in_force, on_day, reform, units_day
from urbangov.io._spec import (
    _TABLE_NAMES,
    FORMAT_VERSION,
    ROOT_KEYS,
    TYPES,
    UNIT_LEVEL,
    Bool,
    Choice,
    ChoiceOrTable,
    CityRef,
    Council,
    Date,
    Decision,
    Kind,
    ListOf,
    Table,
    Text,
)
from urbangov.io._values import BAD, ValueReader
from urbangov.structure import (
    Appointment,
    Delegation,
    Office,
    Official,
    PeoplesCommittee,
    PeoplesCouncil,
    Unit,
    WorkingRule,
)
from urbangov.terms import UnitClass
from urbangov.time import MAX_DATE, Period

__all__ = ["Checker", "check_document"]

#: The class each table of the file builds, but the units (:data:`UNIT_TYPES`, drafts).
_CLASSES: dict[str, Callable[..., Any]] = {
    "official": Official, "appointment": Appointment, "period": Period,
    "delegation": Delegation, "working_rule": WorkingRule, "office": Office,
    "council": PeoplesCouncil, "committee": PeoplesCommittee}

#: The keys of a unit table that hold units, with the type of unit each holds.
_CHILD_KEYS: dict[str, dict[str, str]] = {
    "city": {"districts": "district", "communes": "ward"},
    "district": {"wards": "ward"},
}


@attrs.define
class Checker(ValueReader):
    """Walks a decoded document, recording problems and building the canonical form."""

    as_of: dt.date | None = None
    root_city: str | None = None

    def value(self, kind: Kind, value: Any, path: str) -> Any:
        return _reader(kind)(self, value, path)

    def council(self, value: Any, path: str) -> Any:
        if value == "none":
            return None  # recorded as having no council
        if isinstance(value, dict):
            return self.table(value, "council", path)
        self.problem(path, f"expected \"none\" (no People's Council) or a "
                           f"{self.table_word} describing the council, got "
                           f"{describe(value, self.table_word)}; leave the key out if "
                           "the council is not recorded")
        return BAD

    def list(self, kind: ListOf, value: Any, path: str) -> Any:
        if not isinstance(value, list):
            self.problem(path, f"expected a list, got {describe(value, self.table_word)}")
            return BAD
        read = _reader(kind.item)
        items = [read(self, v, f"{path}[{i}]") for i, v in enumerate(value)]
        if kind.unique:
            seen: set[Any] = set()
            for i, item in enumerate(items):
                if item is not BAD and item in seen:
                    self.problem(f"{path}[{i}]", f"{value[i]!r} is listed twice")
                seen.add(item)
        return BAD if any(item is BAD for item in items) else items  # by identity: no __eq__

    # tables

    def keys(self, raw: Any, type_name: str, path: str) -> dict[str, Any] | None:
        """Check that *raw* is a table with only known keys and all required ones."""
        spec = TYPES[type_name]
        if not isinstance(raw, dict):
            self.problem(path, f"expected a {self.table_word} ({_TABLE_NAMES[type_name]}), "
                               f"got {describe(raw, self.table_word)}")
            return None
        if not raw.keys() <= spec.keys():
            for key in raw:
                if key not in spec:
                    where = f"{path}.{key}" if path else key
                    self.problem(where, f"unknown key {key!r} in {_TABLE_NAMES[type_name]}"
                                        f"{suggest(key, list(spec))}")
        if not _REQUIRED[type_name] <= raw.keys():
            for key, k in spec.items():
                if k.required and key not in raw:
                    self.problem(path, f"missing key {key!r} ({_TABLE_NAMES[type_name]} "
                                       "needs it)")
        return raw

    def table(self, raw: Any, type_name: str, path: str) -> Any:
        if type_name in UNIT_LEVEL:
            return self.unit(raw, type_name, path, None)
        if self.keys(raw, type_name, path) is None:
            return BAD
        readers = _READERS[type_name]
        out: dict[str, Any] = {}
        ok = True
        for key, value in raw.items():
            read = readers.get(key)
            if read is None:
                ok = False
                continue
            got = read(self, value, f"{path}.{key}")
            if got is BAD:
                ok = False
            out[key] = got
        ok = ok and _REQUIRED[type_name] <= raw.keys()
        if not ok:
            return BAD
        if type_name == "period" and self.period(out, path) is BAD:
            return BAD
        if type_name == "office" and ("post" in out) == ("body" in out):
            self.problem(path, "an office names a post or a body (one of the two keys)")
            return BAD
        return self.build(_CLASSES[type_name], out, path)

    def build(self, make: Callable[..., Any], fields: dict[str, Any], path: str) -> Any:
        """The object *make* builds from a table's checked *fields*; a constructor's own
        refusal (none is expected of checked values) is the table's problem."""
        try:
            return make(**fields)
        except (TypeError, ValueError) as exc:
            self.problem(path, str(exc))
            return BAD

    def period(self, out: dict[str, Any], path: str) -> Any:
        if "end" in out and "last" in out:
            self.problem(path, "give either end (first day after) or last (last day), not both")
            return BAD
        if "last" in out:
            if out["last"] >= MAX_DATE:  # its end, the day after, would leave the range
                self.problem(f"{path}.last", f"the last day must be before "
                                             f"{MAX_DATE.isoformat()}, the last day urbangov "
                                             "accepts (a period ends the day after its last)")
                return BAD
            out["end"] = out.pop("last") + dt.timedelta(days=1)
        if "end" in out and out["end"] <= out["start"]:
            self.problem(path, f"the period ends ({out['end']}, exclusive) before or on its "
                               f"start ({out['start']})")
            return BAD
        return out

    def unit(self, raw: Any, type_name: str, path: str, parent: Any) -> Any:
        if self.keys(raw, type_name, path) is None:
            return BAD
        spec = TYPES[type_name]
        out: dict[str, Any] = {}
        ok = True
        child_keys = _CHILD_KEYS.get(type_name, {})
        for key, value in raw.items():
            if key not in spec:
                ok = False
                continue
            if key in child_keys:
                continue  # after this unit's own keys: children look up in it
            if key == "as_of" and not path.count("["):
                self.problem(f"{path}.as_of", "the root unit's day is the file's as_of "
                                              "(at the top of the file), not a key of the unit")
                ok = False
                continue
            got = self.value(spec[key].kind, value, f"{path}.{key}")
            ok = ok and got is not BAD
            out[key] = got
        if out.get("ref", BAD) is not BAD and out.get("city") is not BAD:
            # resolved even when other keys are wrong, so its problems come in this pass
            ok = self.resolve(out, type_name, path, parent) is not BAD and ok
        elif "ref" not in raw and "name" not in raw:
            self.problem(path, f"missing key 'name' (or 'ref' to a bundled unit) in "
                               f"{_TABLE_NAMES[type_name]}")
            ok = False
        if not path.count("[") and out.get("city") not in (None, BAD):
            self.root_city = out["city"]
        for child_key, child_type in child_keys.items():
            if child_key not in raw or child_key not in spec:
                continue
            children = raw[child_key]
            if not isinstance(children, list):
                self.problem(f"{path}.{child_key}", f"expected a list, got "
                                                    f"{describe(children, self.table_word)}")
                ok = False
            else:
                built = [self.unit(c, child_type, f"{path}.{child_key}[{i}]",
                                   (type_name, out))
                         for i, c in enumerate(children)]
                ok = ok and all(b is not BAD for b in built)
                out[child_key] = built
        if not ok:
            return BAD
        if not path.count("["):
            out["as_of"] = self.as_of  # the root's day is the file's
        return self.build(UNIT_TYPES[type_name].draft, out, path)

    def resolve(self, out: dict[str, Any], type_name: str, path: str,
                parent: tuple[str, dict[str, Any]] | None) -> Any:
        """Fill name, kind, code, class and city from the bundled unit *out['ref']* names
        as it stood on the file's as_of (a ward's within the district that holds it in
        the file, *parent*)."""
        from urbangov import data

        ref = out.pop("ref")
        above = parent[1] if parent is not None else {}
        city_code = out.get("city") or above.get("city") or self.root_city
        if type_name == "city" and city_code is None:
            city_code = ref
        if city_code is None:
            self.problem(f"{path}.ref", f"ref {ref!r} needs the unit's city: add city = "
                                        "\"Hà Nội\" (or its GSO code)")
            return BAD
        day = units_day(self.as_of)
        when = on_day(day, self.as_of)
        try:
            city = data.city(city_code, on=day)
        except LookupError as exc:
            if not_in_force(exc):  # the city itself did not exist on the day
                self.problem(f"{path}.ref", f"ref {ref!r}: {message(exc)}")
            else:
                self.problem(f"{path}.ref", f"the bundled data holds no units of city "
                                            f"{city_code}{when}")
            return BAD
        try:
            unit: Any
            scope: Any = city
            if type_name == "city":
                unit = data.city(ref, on=day)
                if unit.code != city.code:
                    self.problem(f"{path}.ref", f"ref {ref!r} is city {unit.code}, but the "
                                                f"unit says city {city.code}")
                    return BAD
            elif type_name == "district":
                unit = city.district(ref)
            else:
                if parent is not None and parent[0] == "district":
                    scope = _district_in(city, above)
                    if scope is None:  # never widened to the city: a ward of another district
                        self.problem(f"{path}.ref", f"ref {ref!r} is looked up in its district, "
                                                    f"{_named(above)}, which the bundled data "
                                                    f"of {city.full_name}{when} does not "
                                                    "hold; give the district's ref or code, or "
                                                    "the ward's name without ref")
                        return BAD
                unit = scope.ward(ref)
        except data.AmbiguousUnitError as exc:
            text = message(exc).split("; ask the unit's parent")[0]
            self.problem(f"{path}.ref", f"ambiguous {type_name}: {text}; write its GSO code "
                                        "as ref (or nest the ward in its district)")
            return BAD
        except LookupError as exc:
            gone = absent(ref, type_name, scope, city, day)
            if gone is None and type_name == "district" and day is not None \
                    and not city.districts:
                gone = (f"{city.full_name} has no district-level units on {day.isoformat()} "
                        f"(the district level ended on {reform().isoformat()})")
            if gone is not None:
                early = when if day != self.as_of else ""
                self.problem(f"{path}.ref", f"ref {ref!r}{early}: {gone}; a file's units are "
                                            "those of its as_of: refer to a unit of that day")
            else:
                self.problem(f"{path}.ref", f"unknown {type_name}{when}: {message(exc)}")
            return BAD
        pulled = {"name": unit.name, "kind": unit.kind, "code": unit.code, "city": unit.city}
        cls = class_on(unit, type_name, self.as_of)
        if cls is not UnitClass.UNKNOWN:
            pulled["unit_class"] = cls
        for key, value in pulled.items():
            if value is None or out.get(key) is BAD:
                continue
            if key in out and out[key] != value:
                given = getattr(out[key], "value", out[key])  # a slug, as the file wrote it
                value = getattr(value, "value", value)
                self.problem(f"{path}.{key}", f"{given!r} contradicts the bundled "
                                              f"{unit.full_name}{when} ({key} {value!r})")
                return BAD
            out[key] = value
        return unit

    def document(self, raw: Any) -> Unit | None:
        """Check a whole decoded file; return its root unit, built as a draft."""
        if not isinstance(raw, dict):
            self.problem("", f"the file must hold a {self.table_word} at the top (with "
                             f"format_version, as_of and one of ward, district or city), "
                             f"not {describe(raw, self.table_word)}")
            return None
        version = raw.get("format_version", BAD)
        if version is BAD:
            self.problem("", f"missing key 'format_version'; write format_version = "
                             f"{FORMAT_VERSION} at the top of the file")
        elif isinstance(version, bool) or not isinstance(version, int):
            self.problem("format_version", f"expected the number {FORMAT_VERSION}, got "
                                           f"{describe(version, self.table_word)}")
            return None
        elif version != FORMAT_VERSION:
            newer = "newer than" if version > FORMAT_VERSION else "not"
            self.problem("format_version", f"format_version {version} is {newer} the version "
                                           f"this urbangov reads ({FORMAT_VERSION})")
            return None
        for key in raw:
            if key not in TYPES["document"]:
                hint = suggest(key, list(TYPES["document"]))
                unit_hint = ("" if hint else "; the unit's own keys go inside its ward, "
                             "district or city table")
                self.problem(key, f"unknown key {key!r} at the top of the file{hint}"
                                  f"{unit_hint}")
        if "as_of" in raw:
            got = self.date(raw["as_of"], "as_of")
            self.as_of = None if got is BAD else got
        else:
            self.problem("", "missing key 'as_of': the day the structure describes "
                             "(as_of = 2022-07-01)")
        roots = [k for k in ROOT_KEYS if k in raw]
        if not roots:
            self.problem("", "no unit: the file needs one table named ward, district or city")
            return None
        if len(roots) > 1:
            self.problem("", f"more than one root unit ({', '.join(roots)}); a file describes "
                             "one unit (nest the others inside it)")
            return None
        key = roots[0]
        built = self.unit(raw[key], key, key, None)
        if self.problems or built is BAD:
            return None
        return built  # type: ignore[no-any-return]


#: The readers of single values, by kind.
_SCALARS: dict[type[Any], Callable[[Checker, Any, str], Any]] = {
    Text: Checker.text, Decision: Checker.decision, Date: Checker.date, Bool: Checker.bool,
    CityRef: Checker.city, Council: Checker.council}


@functools.cache
def _reader(kind: Kind) -> Callable[[Checker, Any, str], Any]:
    """How a value of *kind* is read, the dispatch on the kind done once (a file holds
    thousands of values)."""
    if isinstance(kind, Choice):
        cls = kind.enum
        return lambda c, v, p: c.choice(v, p, cls)
    if isinstance(kind, ChoiceOrTable):
        cls, name = kind.enum, kind.type
        return lambda c, v, p: c.table(v, name, p) if isinstance(v, dict) else c.choice(v, p, cls)
    if isinstance(kind, ListOf):
        return lambda c, v, p: c.list(kind, v, p)
    if isinstance(kind, Table):
        name = kind.type
        return lambda c, v, p: c.table(v, name, p)
    return _SCALARS[type(kind)]


#: The reader of each key of each table.
_READERS: dict[str, dict[str, Callable[[Checker, Any, str], Any]]] = {
    name: {key: _reader(k.kind) for key, k in spec.items()} for name, spec in TYPES.items()}

#: The keys each table must have.
_REQUIRED: dict[str, frozenset[str]] = {
    name: frozenset(key for key, k in spec.items() if k.required)
    for name, spec in TYPES.items()}


def check_document(raw: Any, table_word: str = "table") -> tuple[list[Problem], Unit | None]:
    """Check a decoded file: every problem, and the root unit (a draft, dated the file's
    as_of) when there are none."""
    checker = Checker(table_word)
    found = checker.document(raw)
    if found is None or checker.as_of is None or checker.problems:
        return checker.problems, None
    return [], found


def _district_in(city: Any, district: dict[str, Any]) -> Any:
    """The bundled district of *city* that a file's district table names (by code, else
    by name), or None."""
    code, name = district.get("code"), district.get("name")
    if isinstance(code, str):
        return next((d for d in city.districts if d.code == code), None)
    if isinstance(name, str):
        try:
            return city.district(name)
        except LookupError:
            return None
    return None


def _named(district: dict[str, Any]) -> str:
    name, code = district.get("name"), district.get("code")
    return repr(name if isinstance(name, str) else code if isinstance(code, str) else "?")

