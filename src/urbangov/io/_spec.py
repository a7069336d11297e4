"""The file format as data: every table, its keys and their values.

One description drives three things: the checker that walks a decoded file and
collects *every* problem with its key path (:func:`check_document`), the JSON Schema
(:mod:`urbangov.io._schema`) and the docs' key tables.  The checker's output is the
*canonical* form the cattrs converter structures: references to bundled units
resolved, dates as :class:`datetime.date`, enums as their slugs, ``council`` as
``"none"`` or a table.
"""

from __future__ import annotations

import datetime as dt
import difflib
import enum
from collections.abc import Iterator
from typing import Any

import attrs

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
from urbangov.time import DateParseError, parse_date

__all__ = [
    "FORMAT_VERSION",
    "ROOT_KEYS",
    "TYPES",
    "Problem",
    "check_document",
]

#: The version of the file format this library reads and writes.
FORMAT_VERSION = 1

#: The keys a root table may use to hold its unit, lowest level first.
ROOT_KEYS = ("ward", "district", "city")


@attrs.frozen
class Problem:
    """One thing wrong with an input file.

    Attributes:
        path: where, as a key path from the top of the file ("ward.officials[0].post");
            empty for the file as a whole.
        message: what is wrong, in plain words.
        line: the line (1-based), where the format tells it (syntax errors).
        column: the column (1-based), likewise.
    """

    path: str
    message: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = ""
        if self.line is not None:
            where = f"line {self.line}" + (f", column {self.column}" if self.column else "")
        if self.path:
            where = f"{where}: {self.path}" if where else self.path
        return f"{where}: {self.message}" if where else self.message


# --- value kinds -------------------------------------------------------------------


@attrs.frozen
class Text:
    """A non-empty string."""

    doc: str = ""


@attrs.frozen
class Date:
    """A date: ISO or a Vietnamese form in a string, or a TOML date."""

    doc: str = ""


@attrs.frozen
class Bool:
    """true or false."""

    doc: str = ""


@attrs.frozen
class Choice:
    """One of an enum's slugs."""

    enum: type[enum.Enum]
    doc: str = ""


@attrs.frozen
class Table:
    """A nested table of a named type."""

    type: str
    doc: str = ""


@attrs.frozen
class ListOf:
    """A list of values of one kind."""

    item: Text | Date | Bool | Choice | Table
    doc: str = ""
    unique: bool = False


@attrs.frozen
class Council:
    """``"none"`` (recorded as having no People's Council) or a council table."""

    doc: str = ""


@attrs.frozen
class CityRef:
    """A city: a bundled city's name or GSO code, or a two-digit GSO code."""

    doc: str = ""


Kind = Text | Date | Bool | Choice | Table | ListOf | Council | CityRef


@attrs.frozen
class Key:
    """A key of a table: what its value is, whether it must be there."""

    kind: Kind
    required: bool = False


def _unit_keys(children: str | None) -> dict[str, Key]:
    keys = {
        "ref": Key(Text("a bundled unit of the unit's city, by name or GSO code: name, kind, "
                        "code (and class, when the bundled data knows it) come from it")),
        "name": Key(Text("the unit's name without its kind word (\"Gia Thụy\"); required "
                         "unless ref is given")),
        "kind": Key(Choice(UnitKind, "the kind of unit; defaults to phuong, quan or "
                                     "thanh_pho by level")),
        "code": Key(Text("the GSO code (\"00130\")")),
        "unit_class": Key(Choice(UnitClass, "the unit's class; absent means unknown")),
        "city": Key(CityRef("the unit's centrally-run city, by name or GSO code; stored "
                            "as the GSO code")),
        "as_of": Key(Date("only for nested units, and then equal to the file's as_of")),
        "council": Key(Council("\"none\": recorded as having no People's Council; a table: "
                               "its council; absent: not recorded")),
        "committee": Key(Table("committee", "the People's Committee; absent: not recorded")),
        "officials": Key(ListOf(Table("official"), "the committee's officials; [] means "
                                                    "none, absent means not recorded")),
        "delegations": Key(ListOf(Table("delegation"), "delegations made within the unit")),
        "working_rules": Key(ListOf(Table("working_rule"), "working rules adopted")),
    }
    if children == "districts":
        keys["districts"] = Key(ListOf(Table("district"), "the city's districts"))
    elif children == "wards":
        keys["wards"] = Key(ListOf(Table("ward"), "the district's wards"))
    return keys


#: Every table of the format: its keys, in documentation order.
TYPES: dict[str, dict[str, Key]] = {
    "document": {
        "format_version": Key(Text(f"the format's version: {FORMAT_VERSION}"), required=True),
        "as_of": Key(Date("the day the structure describes"), required=True),
        "ward": Key(Table("ward", "the root unit, if it is a ward")),
        "district": Key(Table("district", "the root unit, if it is a district")),
        "city": Key(Table("city", "the root unit, if it is a city")),
    },
    "city": _unit_keys("districts"),
    "district": _unit_keys("wards"),
    "ward": _unit_keys(None),
    "official": {
        "name": Key(Text("the person's name"), required=True),
        "post": Key(Choice(Post, "the post held"), required=True),
        "tenure": Key(Table("period", "the days the person holds the post"), required=True),
        "appointment": Key(Table("appointment", "how the person got the post")),
        "acting": Key(Bool("whether the person only acts in the post; default false")),
        "payroll": Key(Choice(Level, "the level whose staff quota the person counts against")),
        "in_field_since": Key(Date("when the person began work in the post's field")),
        "id": Key(Text("a stable identifier of the person; defaults to the name")),
    },
    "appointment": {
        "by": Key(Choice(Authority, "who elected, appointed or assigned"), required=True),
        "decision": Key(Text("the decision's number (\"125/QĐ-UBND\")")),
        "effective": Key(Date("the day the decision took effect")),
        "method": Key(Choice(AppointmentMethod, "how; default appointed")),
    },
    "period": {
        "start": Key(Date("the first day"), required=True),
        "end": Key(Date("the first day after the period (exclusive); absent: open")),
        "last": Key(Date("the last day of the period (inclusive); instead of end")),
    },
    "delegation": {
        "delegator": Key(Text("the id or name of the official who delegates"), required=True),
        "delegate": Key(Text("the id or name of the official who receives"), required=True),
        "acts": Key(ListOf(Choice(Act), "the acts delegated", unique=True), required=True),
        "period": Key(Table("period", "the days the delegation is in force"), required=True),
        "decision": Key(Text("the number of the written delegation decision")),
    },
    "working_rule": {
        "issued_by": Key(Choice(Post, "the post of the official who issued them"),
                         required=True),
        "effective": Key(Date("the first day they apply"), required=True),
        "decision": Key(Text("the number of the decision issuing them")),
        "based_on": Key(Text("the identifier of the model they follow (\"2696/QĐ-UBND\")")),
    },
    "council": {
        "term": Key(Table("period", "the council's term")),
        "provisional": Key(Bool("a provisional council of a former pilot ward; default "
                                "false")),
    },
    "committee": {
        "decision_mode": Key(Choice(DecisionMode, "how the committee decides")),
    },
}

#: The Python class each unit table builds.
UNIT_LEVEL = {"city": 0, "district": 1, "ward": 2}


# --- the checker -------------------------------------------------------------------


class _Bad:
    """Marks a value the checker rejected (its problem is already recorded)."""


BAD: Any = _Bad()


def describe(value: Any, table_word: str = "table") -> str:
    """How a decoded value reads in a message: "a number (12)", "a list"."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"a boolean ({str(value).lower()})"
    if isinstance(value, int | float):
        return f"a number ({value!r})"
    if isinstance(value, str):
        short = value if len(value) <= 40 else value[:37] + "..."
        return f"a text ({short!r})"
    if isinstance(value, dt.datetime):
        return f"a date-time ({value.isoformat()})"
    if isinstance(value, dt.date):
        return f"a date ({value.isoformat()})"
    if isinstance(value, dt.time):
        return f"a time ({value.isoformat()})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return f"a {table_word}"
    return type(value).__name__  # pragma: no cover - decoders make nothing else


def message(exc: BaseException) -> str:
    """An exception's message, without the quotes ``str()`` adds to a KeyError's."""
    if isinstance(exc, KeyError) and len(exc.args) == 1 and isinstance(exc.args[0], str):
        return exc.args[0]
    return str(exc)


def suggest(word: str, choices: Iterator[str] | list[str] | tuple[str, ...]) -> str:
    """"; did you mean 'x'?" when a close choice exists, else ""."""
    options = list(choices)
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if not close:
        lower = {o.lower(): o for o in options}
        close = [lower[word.lower()]] if word.lower() in lower else []
    return f"; did you mean {close[0]!r}?" if close else ""


@attrs.define
class Checker:
    """Walks a decoded document, recording problems and building the canonical form."""

    table_word: str = "table"
    problems: list[Problem] = attrs.field(factory=list)
    as_of: dt.date | None = None
    root_city: str | None = None

    def problem(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    # values

    def text(self, value: Any, path: str) -> Any:
        if not isinstance(value, str):
            self.problem(path, f"expected a text, got {describe(value, self.table_word)}")
            return BAD
        if not value.strip():
            self.problem(path, "must not be empty")
            return BAD
        return value

    def date(self, value: Any, path: str) -> Any:
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        if isinstance(value, str):
            try:
                return parse_date(value)
            except DateParseError as exc:
                self.problem(path, str(exc))
                return BAD
        self.problem(path, f"expected a date such as 2021-07-01 or 1/7/2021, got "
                           f"{describe(value, self.table_word)}")
        return BAD

    def bool(self, value: Any, path: str) -> Any:
        if not isinstance(value, bool):
            self.problem(path, f"expected true or false, got {describe(value, self.table_word)}")
            return BAD
        return value

    def choice(self, value: Any, path: str, cls: type[enum.Enum]) -> Any:
        slugs = [str(m.value) for m in cls]
        what = _CHOICE_NAMES.get(cls, cls.__name__)
        if not isinstance(value, str):
            self.problem(path, f"expected {what} (one of {', '.join(slugs)}), got "
                               f"{describe(value, self.table_word)}")
            return BAD
        if value not in slugs:
            hint = suggest(value, slugs)
            self.problem(path, f"{value!r} is not {what}{hint} (one of {', '.join(slugs)})")
            return BAD
        return value

    def city(self, value: Any, path: str) -> Any:
        from urbangov import data

        if isinstance(value, int) and not isinstance(value, bool):
            value = f"{value:02d}"
        if not isinstance(value, str) or not value.strip():
            self.problem(path, f"expected a city name or GSO code, got "
                               f"{describe(value, self.table_word)}")
            return BAD
        try:
            return data.city(value).code
        except LookupError as exc:
            if value.isascii() and value.isdigit() and len(value) == 2:
                return value  # a city the bundled data does not hold, by its GSO code
            self.problem(path, f"unknown city: {exc}")
            return BAD

    def value(self, kind: Kind, value: Any, path: str) -> Any:
        if isinstance(kind, Text):
            return self.text(value, path)
        if isinstance(kind, Date):
            return self.date(value, path)
        if isinstance(kind, Bool):
            return self.bool(value, path)
        if isinstance(kind, Choice):
            return self.choice(value, path, kind.enum)
        if isinstance(kind, CityRef):
            return self.city(value, path)
        if isinstance(kind, Council):
            if value == "none":
                return "none"
            if isinstance(value, dict):
                return self.table(value, "council", path)
            self.problem(path, f"expected \"none\" (no People's Council) or a "
                               f"{self.table_word} describing the council, got "
                               f"{describe(value, self.table_word)}; leave the key out if "
                               "the council is not recorded")
            return BAD
        if isinstance(kind, ListOf):
            if not isinstance(value, list):
                self.problem(path, f"expected a list, got {describe(value, self.table_word)}")
                return BAD
            items = [self.value(kind.item, v, f"{path}[{i}]") for i, v in enumerate(value)]
            if kind.unique:
                seen: set[Any] = set()
                for i, item in enumerate(items):
                    if item is not BAD and item in seen:
                        self.problem(f"{path}[{i}]", f"{item!r} is listed twice")
                    seen.add(item)
            return items if all(i is not BAD for i in items) else BAD
        assert isinstance(kind, Table)
        return self.table(value, kind.type, path)

    # tables

    def keys(self, raw: Any, type_name: str, path: str) -> dict[str, Any] | None:
        """Check that *raw* is a table with only known keys and all required ones."""
        spec = TYPES[type_name]
        if not isinstance(raw, dict):
            self.problem(path, f"expected a {self.table_word} ({_TABLE_NAMES[type_name]}), "
                               f"got {describe(raw, self.table_word)}")
            return None
        for key in raw:
            if key not in spec:
                where = f"{path}.{key}" if path else key
                self.problem(where, f"unknown key {key!r} in {_TABLE_NAMES[type_name]}"
                                    f"{suggest(key, list(spec))}")
        for key, k in spec.items():
            if k.required and key not in raw:
                self.problem(path, f"missing key {key!r} ({_TABLE_NAMES[type_name]} needs it)")
        return raw

    def table(self, raw: Any, type_name: str, path: str) -> Any:
        if type_name in UNIT_LEVEL:
            return self.unit(raw, type_name, path, None)
        if self.keys(raw, type_name, path) is None:
            return BAD
        spec = TYPES[type_name]
        out: dict[str, Any] = {}
        ok = True
        for key, value in raw.items():
            if key not in spec:
                ok = False
                continue
            got = self.value(spec[key].kind, value, f"{path}.{key}")
            ok = ok and got is not BAD
            out[key] = got
        ok = ok and all(key in raw for key, k in spec.items() if k.required)
        if type_name == "period" and ok:
            return self.period(out, path)
        return out if ok else BAD

    def period(self, out: dict[str, Any], path: str) -> Any:
        if "end" in out and "last" in out:
            self.problem(path, "give either end (first day after) or last (last day), not both")
            return BAD
        if "last" in out:
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
        child_key = "districts" if type_name == "city" else "wards"
        for key, value in raw.items():
            if key not in spec:
                ok = False
                continue
            if key == child_key:
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
        if child_key in raw and child_key in spec:
            children = raw[child_key]
            child_type = "district" if type_name == "city" else "ward"
            if not isinstance(children, list):
                self.problem(f"{path}.{child_key}", f"expected a list, got "
                                                    f"{describe(children, self.table_word)}")
                ok = False
            else:
                built = [self.unit(c, child_type, f"{path}.{child_key}[{i}]", out)
                         for i, c in enumerate(children)]
                ok = ok and all(b is not BAD for b in built)
                out[child_key] = built
        return out if ok else BAD

    def resolve(self, out: dict[str, Any], type_name: str, path: str, parent: Any) -> Any:
        """Fill name, kind, code, class and city from the bundled unit *out['ref']* names."""
        from urbangov import data

        ref = out.pop("ref")
        city_code = out.get("city") or (parent or {}).get("city") or self.root_city
        if type_name == "city" and city_code is None:
            city_code = ref
        if city_code is None:
            self.problem(f"{path}.ref", f"ref {ref!r} needs the unit's city: add city = "
                                        "\"Hà Nội\" (or its GSO code)")
            return BAD
        try:
            city = data.city(city_code)
        except LookupError:
            self.problem(f"{path}.ref", f"the bundled data holds no units of city {city_code}")
            return BAD
        try:
            unit: Any
            if type_name == "city":
                unit = data.city(ref)
                if unit.code != city.code:
                    self.problem(f"{path}.ref", f"ref {ref!r} is city {unit.code}, but the "
                                                f"unit says city {city.code}")
                    return BAD
            elif type_name == "district":
                unit = city.district(ref)
            else:
                scope: Any = city
                if parent is not None and parent.get("code"):
                    scope = next((d for d in city.districts if d.code == parent["code"]), city)
                unit = scope.ward(ref)
        except data.AmbiguousUnitError as exc:
            text = message(exc).split("; ask the unit's parent")[0]
            self.problem(f"{path}.ref", f"ambiguous {type_name}: {text}; write its GSO code "
                                        "as ref (or nest the ward in its district)")
            return BAD
        except LookupError as exc:
            text = message(exc)
            self.problem(f"{path}.ref", f"unknown {type_name}: {text}")
            return BAD
        pulled = {"name": unit.name, "kind": unit.kind.value, "code": unit.code,
                  "city": unit.city}
        if unit.unit_class is not UnitClass.UNKNOWN:
            pulled["unit_class"] = unit.unit_class.value
        for key, value in pulled.items():
            if value is None or out.get(key) is BAD:
                continue
            if key in out and out[key] != value:
                given = out[key]
                self.problem(f"{path}.{key}", f"{given!r} contradicts the bundled "
                                              f"{unit.full_name} ({key} {value!r})")
                return BAD
            out[key] = value
        return unit

    def document(self, raw: Any) -> tuple[str, dict[str, Any]] | None:
        """Check a whole decoded file; return the root key and its canonical unit."""
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
        return key, built


_TABLE_NAMES = {
    "document": "the file",
    "city": "a city",
    "district": "a district",
    "ward": "a ward",
    "official": "an official",
    "appointment": "an appointment",
    "period": "a period",
    "delegation": "a delegation",
    "working_rule": "a working rule",
    "council": "a council",
    "committee": "a committee",
}

_CHOICE_NAMES: dict[type[enum.Enum], str] = {
    UnitKind: "a kind of unit",
    UnitClass: "a unit class",
    Post: "a post",
    Authority: "an appointing authority",
    AppointmentMethod: "an appointment method",
    Level: "a level",
    DecisionMode: "a decision mode",
    Act: "an act",
}


def check_document(raw: Any, table_word: str = "table") -> tuple[
        list[Problem], tuple[str, dict[str, Any], dt.date] | None]:
    """Check a decoded file: every problem, and the canonical root when there are none."""
    checker = Checker(table_word)
    found = checker.document(raw)
    if found is None or checker.as_of is None or checker.problems:
        return checker.problems, None
    return [], (found[0], found[1], checker.as_of)

