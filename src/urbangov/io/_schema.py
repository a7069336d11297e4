"""The JSON Schema (draft 2020-12) of the file format, generated from its description."""

from __future__ import annotations

import enum
from typing import Any

from urbangov.io._spec import (
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
    Kind,
    ListOf,
    Table,
    Text,
)

__all__ = ["SCHEMA_ID", "json_schema"]

SCHEMA_ID = "https://urbangov.readthedocs.io/schema/structure-v1.json"

#: The date forms a file may use, as regular expressions (the loader also checks the
#: day exists: the schema accepts 31/2/2022, the loader does not).
DATE_PATTERNS = (
    r"^\d{4}-\d{2}-\d{2}$",
    r"^\s*\d{1,2}\s*([/.\-])\s*\d{1,2}\s*\1\s*\d{4}\s*$",
    r"^\s*([Nn]g[àa]y\s+)?\d{1,2}\s+th[áa]ng\s+\d{1,2}\s+n[ăa]m\s+\d{4}\s*$",
)


def _slugs(cls: type[enum.Enum]) -> list[str]:
    return [str(m.value) for m in cls]


def _kind(kind: Kind) -> dict[str, Any]:
    doc = {"description": kind.doc} if kind.doc else {}
    if isinstance(kind, Text):
        return {"type": "string", "minLength": 1, "pattern": r"\S", **doc}
    if isinstance(kind, Date):
        return {"$ref": "#/$defs/date", **doc}
    if isinstance(kind, Bool):
        return {"type": "boolean", **doc}
    if isinstance(kind, Choice):
        return {"enum": _slugs(kind.enum), **doc}
    if isinstance(kind, ChoiceOrTable):
        return {"oneOf": [{"enum": _slugs(kind.enum)}, {"$ref": f"#/$defs/{kind.type}"}],
                **doc}
    if isinstance(kind, CityRef):
        return {"anyOf": [{"type": "string", "minLength": 1}, {"type": "integer"}], **doc}
    if isinstance(kind, Council):
        return {"oneOf": [{"const": "none"}, {"$ref": "#/$defs/council"}], **doc}
    if isinstance(kind, ListOf):
        out: dict[str, Any] = {"type": "array", "items": _kind(kind.item), **doc}
        if kind.unique:
            out["uniqueItems"] = True
        return out
    assert isinstance(kind, Table)
    return {"$ref": f"#/$defs/{kind.type}", **doc}


def _table(name: str) -> dict[str, Any]:
    keys = TYPES[name]
    out: dict[str, Any] = {
        "type": "object",
        "properties": {key: _kind(k.kind) for key, k in keys.items()},
        "additionalProperties": False,
    }
    required = [key for key, k in keys.items() if k.required]
    if required:
        out["required"] = required
    if name in UNIT_LEVEL:
        out["anyOf"] = [{"required": ["name"]}, {"required": ["ref"]}]
    if name == "period":
        out["not"] = {"required": ["end", "last"]}
    if name == "office":
        out["oneOf"] = [{"required": ["post"]}, {"required": ["body"]}]
    return out


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a structure file (format version 1).

    TOML files are checked against it after decoding, with TOML dates written as ISO
    strings.  The schema checks shape (keys, types, enum values, date forms); the
    loader checks the rest (that days exist, that periods end after they start, that
    referenced units exist).
    """
    defs = {name: _table(name) for name in TYPES if name != "document"}
    defs["date"] = {"type": "string", "anyOf": [{"pattern": p} for p in DATE_PATTERNS],
                    "description": "2021-07-01, 1/7/2021, 1-7-2021, 1.7.2021 or "
                                   "'ngày 1 tháng 7 năm 2021'"}
    root = _table("document")
    root["properties"]["format_version"] = {"const": FORMAT_VERSION,
                                            "description": "the format's version"}
    root["oneOf"] = [{"required": [key]} for key in ROOT_KEYS]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "urbangov structure file, format version 1",
        "description": "One administrative unit (ward, district or city) of Vietnam's "
                       "urban government as it stood on the day as_of.",
        **root,
        "$defs": defs,
    }
