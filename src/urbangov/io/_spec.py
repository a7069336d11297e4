"""The file format as data: every table, its keys and their values.

One description drives three things: the checker that walks a decoded file and
collects *every* problem with its key path (:mod:`urbangov.io._check`), the JSON Schema
(:mod:`urbangov.io._schema`) and the docs' key tables.  The checker builds each good
table as it reads it (references to bundled units resolved, dates as
:class:`datetime.date`, slugs as enum members, ``"none"`` as ``None``), so a file's
tree is walked once.
"""

from __future__ import annotations

import enum

import attrs

from urbangov.structure import Body
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

__all__ = [
    "FORMAT_VERSION",
    "ROOT_KEYS",
    "TYPES",
]

#: The version of the file format this library reads and writes.
FORMAT_VERSION = 1

#: The keys a root table may use to hold its unit, lowest level first.
ROOT_KEYS = ("ward", "district", "city")


# --- value kinds -------------------------------------------------------------------


@attrs.frozen
class Text:
    """A non-empty string."""

    doc: str = ""


@attrs.frozen
class Decision(Text):
    """A delegation's decision number, or "none": made without a written one."""


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


@attrs.frozen
class ChoiceOrTable:
    """One of an enum's slugs (a shorthand), or a nested table of a named type."""

    enum: type[enum.Enum]
    type: str
    doc: str = ""


Kind = Text | Decision | Date | Bool | Choice | Table | ListOf | Council | CityRef | ChoiceOrTable


@attrs.frozen
class Key:
    """A key of a table: what its value is, whether it must be there."""

    kind: Kind
    required: bool = False


def _unit_keys(children: str | None) -> dict[str, Key]:
    keys = {
        "ref": Key(Text("a bundled unit of the unit's city as it stood on the file's as_of, "
                        "by name or GSO code: name, kind, code (and class, when the bundled "
                        "data knows it) come from it")),
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
        keys["communes"] = Key(ListOf(Table("ward"), "the communes, wards and special "
                                                      "zones the city holds directly (the "
                                                      "two-tier tree, from 2025-07-01)"))
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
        "by": Key(ChoiceOrTable(Authority, "office", "who elected, appointed or assigned: "
                                "a name relative to the unit (\"parent_chair\") or an "
                                "office table naming the unit"), required=True),
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
        "decision": Key(Decision("the number of the written delegation decision; \"none\": "
                                 "recorded as made without one; absent: not recorded")),
    },
    "working_rule": {
        "issued_by": Key(ChoiceOrTable(Post, "office", "who issued them: a post of this "
                                       "unit (\"chair\") or an office table naming another "
                                       "body"), required=True),
        "effective": Key(Date("the day they come into force"), required=True),
        "issued": Key(Date("the day they were issued (on or before effective)")),
        "decision": Key(Text("the number of the decision issuing them")),
        "based_on": Key(Text("the identifier of the model they follow (\"2696/QĐ-UBND\")")),
    },
    "office": {
        "unit": Key(Text("the unit, by GSO code or name (\"769\", \"Thủ Đức\", \"Quận 1, "
                         "Hồ Chí Minh\"), resolved in the bundled units on the file's "
                         "as_of; absent: the unit itself")),
        "post": Key(Choice(Post, "a post of that unit (\"chair\"); give post or body")),
        "body": Key(Choice(Body, "a body of that unit: peoples_committee, peoples_council "
                                 "or council_standing; give post or body")),
    },
    "council": {
        "term": Key(Table("period", "the council's term")),
        "provisional": Key(Bool("a provisional council of a former pilot ward; default "
                                "false")),
        "officials": Key(ListOf(Table("official"), "the council's officers (Chair, "
                                                    "Vice-Chair, committee heads); absent "
                                                    "means not recorded")),
    },
    "committee": {
        "decision_mode": Key(Choice(DecisionMode, "how the committee decides")),
    },
}

#: The Python class each unit table builds.
UNIT_LEVEL = {"city": 0, "district": 1, "ward": 2}

# How the checker names each table and each enum in its messages.
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
    "office": "an office",
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
    Body: "a body",
}
