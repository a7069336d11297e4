"""The bundled units over time: read once, and only the indexes a query needs are built.

The file (``_data/units_history.json.gz``, written by ``tools/build_units_history.py``)
holds flat rows: ``units`` ``[id, code, level, [[start, end, name, name_en, kind,
parent], ...]]``, ``events`` ``[day, kind, id, basis, note]`` and ``links`` ``[day, old
id, new id, share, basis, note]``, each basis a list of ``[instrument, article,
clause]``.  Objects are made from rows on demand and kept.
"""

from __future__ import annotations

import datetime as dt
import functools
import gzip
import json
from collections.abc import Iterable, Sequence
from importlib import resources
from typing import Any

from urbangov._lookup import split_kind
from urbangov._text import fold
from urbangov.law import Provision, catalogue
from urbangov.terms import Level, UnitKind
from urbangov.units._model import (
    Change,
    ChangeKind,
    Link,
    Share,
    Unit,
    UnitVersion,
)

RESOURCE = "units_history.json.gz"
_LEVELS = {1: Level.PROVINCE, 2: Level.DISTRICT, 3: Level.COMMUNE}


def read_bytes() -> bytes:
    """The bundled file as stored (gzip'd JSON)."""
    return resources.files("urbangov").joinpath("_data", RESOURCE).read_bytes()


def _date(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def _basis(rows: Sequence[Sequence[Any]]) -> tuple[Provision, ...]:
    return tuple(_provision(ident, art, cl) for ident, art, cl in rows)


@functools.cache
def _provision(ident: str, article: int | None, clause: int | None) -> Provision:
    """One provision, made once (a few hundred distinct ones back ten thousand links)."""
    return catalogue().get(ident).at(article=article, clause=clause)


class Store:
    """The rows of the bundled file and lazily built indexes over them."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw
        self._units: dict[str, Unit] = {}
        self.memo: dict[str, object] = {}  # small derived values (the coverage)
        self._names: dict[str, list[str]] | None = None
        self._folded: dict[str, str] = {}

    # -- rows ---------------------------------------------------------------------
    @functools.cached_property
    def rows(self) -> dict[str, list[Any]]:
        """Unit id -> its row."""
        return {row[0]: row for row in self.raw["units"]}

    @functools.cached_property
    def by_code(self) -> dict[str, list[str]]:
        """GSO code -> the ids of the units that bore it, oldest first."""
        out: dict[str, list[str]] = {}
        for row in self.raw["units"]:
            out.setdefault(row[1], []).append(row[0])
        return out

    @functools.cached_property
    def children(self) -> dict[str, list[str]]:
        """Parent code -> the ids of units that had it as parent in some version."""
        out: dict[str, list[str]] = {}
        for row in self.raw["units"]:
            for parent in {v[5] for v in row[3]}:
                if parent is not None:
                    out.setdefault(parent, []).append(row[0])
        return out

    def names(self, ids: Iterable[str] | None = None) -> dict[str, list[str]]:
        """Folded name (without kind word) -> ids of the units that bore it.

        With *ids*, an index of those units only (the children of an address's parent);
        without, of every unit, built once.
        """
        if ids is None:
            cached = self._names
            if cached is None:
                cached = self._names = self._index(row[0] for row in self.raw["units"])
            return cached
        return self._index(ids)

    def _index(self, ids: Iterable[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for uid in ids:
            for key in {self._fold(v[2]) for v in self.rows[uid][3]}:
                found = out.setdefault(key, [])
                if not found or found[-1] != uid:
                    found.append(uid)
        return out

    def _fold(self, name: str) -> str:
        key = self._folded.get(name)
        if key is None:
            key = self._folded[name] = fold(name)
        return key

    @functools.cached_property
    def province_ids(self) -> list[str]:
        """Ids of the provincial units of every day."""
        return [row[0] for row in self.raw["units"] if row[2] == 1]

    def unit(self, uid: str) -> Unit:
        """The unit with id *uid*."""
        found = self._units.get(uid)
        if found is None:
            row = self.rows[uid]
            found = Unit(id=row[0], code=row[1], level=_LEVELS[row[2]], versions=tuple(
                UnitVersion(name=v[2], name_en=v[3], kind=UnitKind(v[4]), parent=v[5],
                            start=_date(v[0]), end=_date(v[1])) for v in row[3]))
            self._units[uid] = found
        return found

    def units(self, uids: Iterable[str]) -> list[Unit]:
        return [self.unit(u) for u in uids]

    def holding(self, code: str, day: dt.date) -> Unit | None:
        """The unit bearing *code* on *day*, if any."""
        for uid in self.by_code.get(code, ()):
            u = self.unit(uid)
            if u.on(day) is not None:
                return u
        return None

    # -- events and links -------------------------------------------------------------
    @functools.cached_property
    def changes(self) -> dict[str, list[list[Any]]]:
        out: dict[str, list[list[Any]]] = {}
        for row in self.raw["events"]:
            out.setdefault(row[2], []).append(row)
        return out

    @functools.cached_property
    def _links(self) -> tuple[dict[str, list[list[Any]]], dict[str, list[list[Any]]]]:
        fwd: dict[str, list[list[Any]]] = {}
        back: dict[str, list[list[Any]]] = {}
        for row in self.raw["links"]:
            fwd.setdefault(row[1], []).append(row)
            back.setdefault(row[2], []).append(row)
        return fwd, back

    def changes_of(self, uid: str) -> tuple[Change, ...]:
        return tuple(Change(day=dt.date.fromisoformat(r[0]), kind=ChangeKind(r[1]), unit=r[2],
                            basis=_basis(r[3]), note=r[4]) for r in self.changes.get(uid, ()))

    @staticmethod
    def _link(r: list[Any]) -> Link:
        return Link(day=dt.date.fromisoformat(r[0]), predecessor=r[1], successor=r[2],
                    share=Share(r[3]), basis=_basis(r[4]), note=r[5])

    def successors_of(self, uid: str) -> tuple[Link, ...]:
        return tuple(self._link(r) for r in self._links[0].get(uid, ()))

    def predecessors_of(self, uid: str) -> tuple[Link, ...]:
        return tuple(self._link(r) for r in self._links[1].get(uid, ()))

    def links_on(self, day: dt.date) -> tuple[Link, ...]:
        text = day.isoformat()
        return tuple(self._link(r) for r in self.raw["links"] if r[0] == text)

    def match_name(self, text: str, ids: Iterable[str] | None = None) -> list[str]:
        """Ids of units (of *ids*, or all) whose name at any time fits *text*.

        A leading kind word ("Phường", "Q.") narrows the match to that kind.
        """
        names = self.names(ids)
        key = fold(text)
        kinds, rest = split_kind(key)
        found = list(names.get(key, ()))
        if kinds is not None:
            found += [u for u in names.get(rest, ())
                      if any(v[4] in kinds for v in self.rows[u][3])]
        return list(dict.fromkeys(found))


@functools.cache
def store() -> Store:
    """The bundled data, read on first use."""
    return Store(json.loads(gzip.decompress(read_bytes())))
