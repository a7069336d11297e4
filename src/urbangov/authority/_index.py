"""Indexes, built on the first query for a structure and kept while it lives.

The cache holds each structure by weak reference, so an index goes with its structure.
"""

from __future__ import annotations

import datetime as dt
import weakref
from typing import Any

import attrs

from urbangov._lookup import UnitIndex
from urbangov.authority._delegations import _judge_delegations
from urbangov.regimes import Regime
from urbangov.structure import City, Delegation, District, Official, Unit
from urbangov.tenure import Term, appointment_term
from urbangov.terms import Act, Post


@attrs.define
class _UnitIndex:
    """What a query needs of one unit, so that it never scans the unit's records twice."""

    by_post: dict[Post, tuple[Official, ...]]
    by_key: dict[str, tuple[Official, ...]]
    by_act: dict[Act, tuple[tuple[int, Delegation], ...]]
    has_delegations: bool
    problems: dict[str, dict[int, tuple[tuple[str, ...], tuple[str, ...]]]] = attrs.field(
        factory=dict)
    terms: dict[tuple[int, str | None], Term | None] = attrs.field(factory=dict)

    @classmethod
    def build(cls, unit: Unit) -> _UnitIndex:
        by_post: dict[Post, list[Official]] = {}
        by_key: dict[str, list[Official]] = {}
        for official in unit.officials or ():
            by_post.setdefault(official.post, []).append(official)
            by_key.setdefault(official.key, []).append(official)
        by_act: dict[Act, list[tuple[int, Delegation]]] = {}
        for i, delegation in enumerate(unit.delegations):
            for act in delegation.acts:
                by_act.setdefault(act, []).append((i, delegation))
        return cls({p: tuple(v) for p, v in by_post.items()},
                   {k: tuple(v) for k, v in by_key.items()},
                   {a: tuple(v) for a, v in by_act.items()}, bool(unit.delegations))

    def in_force(self, on: dt.date) -> bool:
        return any(d.in_force(on) for ds in self.by_act.values() for _i, d in ds)

    def term(self, unit: Unit, official: Official, city: str | None) -> Term | None:
        key = (id(official), city)
        if key not in self.terms:
            self.terms[key] = appointment_term(official, unit, city)
        return self.terms[key]

    def holding(self, post: Post, on: dt.date) -> list[Official]:
        return [o for o in self.by_post.get(post, ()) if o.in_office(on)]

    def delegation_problems(self, unit: Unit, regime: Regime, city: str | None,
                            ) -> dict[int, tuple[tuple[str, ...], tuple[str, ...]]]:
        """Per delegation index: (errors, warnings) of the delegation rules under *regime*."""
        cached = self.problems.get(regime.key)
        if cached is None:
            cached = self.problems[regime.key] = _judge_delegations(unit, regime, city)
        return cached


@attrs.define
class _StructureIndex:
    """Per structure: its wards by name and code, each ward's district, unit indexes."""

    wards: UnitIndex[Any] | None = None
    district_of: dict[int, int] = attrs.field(factory=dict)
    units: dict[int, _UnitIndex] = attrs.field(factory=dict)

    def unit(self, unit: Unit) -> _UnitIndex:
        index = self.units.get(id(unit))
        if index is None:
            index = self.units[id(unit)] = _UnitIndex.build(unit)
        return index

    def ward_index(self, structure: City | District) -> UnitIndex[Any]:
        if self.wards is None:
            if isinstance(structure, City):
                wards = []
                names: dict[int, str] = {}
                for i, district in enumerate(structure.districts):
                    for w in district.wards:
                        wards.append(w)
                        self.district_of[id(w)] = i
                        names[id(w)] = district.full_name
                for w in structure.communes:  # the two-tier tree: no district between
                    wards.append(w)
                    names[id(w)] = structure.full_name
                self.wards = UnitIndex(wards, parents=names, scope=structure.full_name)
            else:
                self.wards = UnitIndex(structure.wards, scope=structure.full_name)
        return self.wards


_INDEXES: dict[int, tuple[weakref.ref[Unit], _StructureIndex]] = {}


def _index_for(structure: Unit) -> _StructureIndex:
    key = id(structure)
    entry = _INDEXES.get(key)
    if entry is not None and entry[0]() is structure:
        return entry[1]

    def forget(ref: weakref.ref[Unit], key: int = key) -> None:
        if _INDEXES is None:  # interpreter shutdown: module globals are gone
            return
        current = _INDEXES.get(key)
        if current is not None and current[0] is ref:
            del _INDEXES[key]

    index = _StructureIndex()
    _INDEXES[key] = (weakref.ref(structure, forget), index)
    return index
