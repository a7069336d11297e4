"""The cattrs converter between urbangov's types and plain data (the file's canonical form).

``converter.unstructure(obj)`` gives the table a file holds for *obj*: enums as their
slugs, dates as :class:`datetime.date` (ISO strings once written as JSON), a set of
acts as a sorted list, optional keys left out when they hold their default, and
``council`` as ``"none"`` when the unit is recorded as having none (left out when it
is not recorded).  ``converter.structure(data, Ward)`` is the inverse; units are built
with their constructors, so their invariants are checked.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from urbangov.structure import (
    UNRECORDED,
    Appointment,
    City,
    Delegation,
    District,
    Office,
    Official,
    PeoplesCommittee,
    PeoplesCouncil,
    Unit,
    Ward,
    WorkingRule,
)
from urbangov.terms import Act
from urbangov.time import Period, parse_date

__all__ = ["UNIT_TYPES", "build_unit", "converter"]

U = TypeVar("U", bound=Unit)

#: The unit class for each root key of a file.
UNIT_TYPES: dict[str, type[Unit]] = {"city": City, "district": District, "ward": Ward}

_LEAVES = (Period, Office, Appointment, Official, Delegation, WorkingRule, PeoplesCouncil,
           PeoplesCommittee)

converter = cattrs.Converter()
"""The converter for every public structure type (see the module docs)."""


def _structure_date(value: Any, _type: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        raise TypeError(f"expected a date, got a date-time {value!r}")
    return parse_date(value)


converter.register_unstructure_hook(dt.date, lambda d: d)
converter.register_structure_hook(dt.date, _structure_date)


def _unstructure_acts(acts: frozenset[Act]) -> list[str]:
    return sorted(a.value for a in acts)


def _unstructure_council(value: Any) -> Any:
    if value is None:
        return "none"
    out: dict[str, Any] = converter.unstructure(value, PeoplesCouncil)
    if isinstance(out.get("officials"), tuple):
        out["officials"] = list(out["officials"])
    return out


def _structure_council(value: Any, _type: Any) -> Any:
    if value == "none":
        return None
    if isinstance(value, PeoplesCouncil):
        return value
    return _build(PeoplesCouncil, value)


def _unstructure_decision(value: Any) -> Any:
    # UNRECORDED is the default and so left out; None is written "none", like a council.
    return "none" if value is None else value


def _structure_decision(value: Any, _type: Any) -> Any:
    return None if value == "none" else str(value)


def _unstructure_authority(value: Any) -> Any:
    if isinstance(value, Office):
        return converter.unstructure(value, Office)
    return value.value


def _structure_authority(value: Any, _type: Any) -> Any:
    if isinstance(value, dict):
        return _build(Office, value)
    return value


for _cls in _LEAVES:
    attrs.resolve_types(_cls)
    _un: dict[str, Any] = {}
    _st: dict[str, Any] = {}
    if _cls is Appointment or _cls is WorkingRule:
        # a relative name (a slug) or an office (a table): the constructor tells them apart
        _key = "by" if _cls is Appointment else "issued_by"
        _un[_key] = override(unstruct_hook=_unstructure_authority)
        _st[_key] = override(struct_hook=_structure_authority)
    if _cls is Delegation:
        _un["acts"] = override(unstruct_hook=_unstructure_acts)
        _st["acts"] = override(struct_hook=lambda v, _t: frozenset(Act(a) for a in v))
        _un["decision"] = override(unstruct_hook=_unstructure_decision)
        _st["decision"] = override(struct_hook=_structure_decision)
    converter.register_unstructure_hook(
        _cls, make_dict_unstructure_fn(_cls, converter, _cattrs_omit_if_default=True, **_un))
    converter.register_structure_hook(
        _cls, make_dict_structure_fn(_cls, converter, _cattrs_forbid_extra_keys=True, **_st))

#: Unit keys always written, even when they hold their default.
_ALWAYS = ("name", "kind")
_CHILD_TYPES: dict[str, type[Unit]] = {"districts": District, "wards": Ward,
                                        "communes": Ward}


def _resolve(cls: type[Unit]) -> None:
    from urbangov._lookup import UnitIndex

    attrs.resolve_types(cls, localns={"UnitIndex": UnitIndex})


def _unit_unstructurer(cls: type[Unit]) -> Callable[[Unit], dict[str, Any]]:
    _resolve(cls)
    overrides: dict[str, Any] = {name: override(omit_if_default=False) for name in _ALWAYS}
    overrides["council"] = override(unstruct_hook=_unstructure_council)
    fn = make_dict_unstructure_fn(cls, converter, _cattrs_omit_if_default=True, **overrides)

    def unstructure(unit: Unit) -> dict[str, Any]:
        out: dict[str, Any] = fn(unit)
        out.pop("_cache", None)
        for key in ("officials", "delegations", "working_rules", "districts", "wards",
                    "communes"):
            if isinstance(out.get(key), tuple):
                out[key] = list(out[key])
        return out

    return unstructure


for _unit_cls in (Ward, District, City):
    converter.register_unstructure_hook(_unit_cls, _unit_unstructurer(_unit_cls))

#: The tables inside a unit table, by key: built with their constructors, which check
#: every field (cattrs' generated functions would check nothing more, at twice the cost).
_TABLES: dict[str, type[Any]] = {"tenure": Period, "period": Period, "term": Period,
                                 "appointment": Appointment, "committee": PeoplesCommittee}
_LISTS: dict[str, type[Any]] = {"officials": Official, "delegations": Delegation,
                                "working_rules": WorkingRule}


def _init_keys(cls: type[Any]) -> frozenset[str]:
    return frozenset(a.alias for a in attrs.fields(cls) if a.init)


_KEYS: dict[type[Any], frozenset[str]] = {
    cls: _init_keys(cls) for cls in (*_LEAVES, Ward, District, City)}


def _refuse_extra(cls: type[Any], data: dict[str, Any]) -> None:
    """Refuse keys *cls*'s table does not have (the checker reports them first)."""
    if not data.keys() <= _KEYS[cls]:
        extra = data.keys() - _KEYS[cls]
        raise cattrs.ForbiddenExtraKeysError(f"unknown key(s) {sorted(extra)}", cls, extra)


def _build(cls: type[Any], data: dict[str, Any]) -> Any:
    """*cls* from its table in canonical form (nested tables built the same way)."""
    _refuse_extra(cls, data)
    nested = _NESTED[cls]
    return cls(**{key: value if (build := nested.get(key)) is None else build(value)
                  for key, value in data.items()})


def _table(cls: type[Any]) -> Callable[[Any], Any]:
    return lambda value: _build(cls, value) if isinstance(value, dict) else value


def _listed(cls: type[Any]) -> Callable[[Any], Any]:
    def build(value: Any) -> Any:
        if not isinstance(value, list | tuple):
            return value
        return tuple(v if isinstance(v, cls) else _build(cls, v) for v in value)
    return build


def _nested_keys(cls: type[Any]) -> dict[str, Callable[[Any], Any]]:
    """How each key of *cls*'s table that holds more than a value is built."""
    out: dict[str, Callable[[Any], Any]] = {
        **{key: _table(table) for key, table in _TABLES.items()},
        **{key: _listed(item) for key, item in _LISTS.items()},
        "council": lambda value: _structure_council(value, None),
        "by": _table(Office), "issued_by": _table(Office)}
    if cls is Delegation:
        out["decision"] = lambda value: _structure_decision(value, None)
    return {key: build for key, build in out.items() if key in _KEYS[cls]}


#: How each key of a class's table that holds more than a value is built, by class.
_NESTED = {cls: _nested_keys(cls) for cls in _KEYS}


def build_unit(data: dict[str, Any], cls: type[U]) -> U:
    """Structure the unit table *data* (canonical form) as *cls*, judged."""
    _refuse_extra(cls, data)
    nested = _NESTED[cls]
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        if key in _CHILD_TYPES:
            child = _CHILD_TYPES[key]
            kwargs[key] = tuple(build_unit(v, child) for v in value)
        else:
            build = nested.get(key)
            kwargs[key] = value if build is None else build(value)
    return cls(**kwargs)


def _unit_structurer(cls: type[Unit]) -> Callable[[Any, Any], Unit]:
    _resolve(cls)

    def structure(value: Any, _type: Any) -> Unit:
        return build_unit(value, cls)

    return structure


for _unit_cls in (Ward, District, City):
    converter.register_structure_hook(_unit_cls, _unit_structurer(_unit_cls))


def plain(value: Any) -> Any:
    """*value* with enums as slugs and tuples as lists (for values outside the types)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


assert UNRECORDED is not None
