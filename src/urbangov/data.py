"""Bundled data: the real administrative units of Hà Nội, TP Hồ Chí Minh and Đà Nẵng.

The three centrally-run cities with their district- and commune-level units, GSO codes
and kinds, as they stood just before the 2025-07-01 reform (see :func:`snapshot` for
the date, source and licence, and ``docs/data.md``).

>>> import urbangov.data as data
>>> hanoi = data.city("ha noi")
>>> hanoi.name, hanoi.code, len(hanoi.districts)
('Hà Nội', '01', 30)
>>> ward = hanoi.ward("gia thuy")
>>> ward.full_name, ward.code
('Phường Gia Thụy', '00130')
>>> data.city(79).district("Thu Duc").full_name
'Thành phố Thủ Đức'
>>> data.city("TP.HCM").district("Q.12").code
'761'

Names are matched without diacritics, case or punctuation, and a leading kind word
("Phường", "P.", "Quận", "Q.", "Huyện", "TP", ...) narrows the match to that kind.
A name that fits several units raises :class:`AmbiguousUnitError` listing them all; one
that fits none raises :class:`UnknownUnitError` with the closest names:

>>> data.city("Hồ Chí Minh").ward("Phường 1")
Traceback (most recent call last):
    ...
urbangov.data.AmbiguousUnitError: 10 wards ...match 'Phường 1': Phường 1 (Quận Gò Vấp) [26890], ...
>>> data.city("Đà Nẵng").district("Hai Chau").ward("Hai Chau")
Ward(name='Hải Châu', ...)

Nothing is read when :mod:`urbangov.data` is imported: the bundled file is parsed once,
on the first call of :func:`city`, :func:`cities` or :func:`snapshot`, and the same
objects are returned afterwards.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Mapping
from importlib import resources
from typing import Any

import attrs

from urbangov._lookup import AmbiguousUnitError, UnitIndex, UnitLookupError, UnknownUnitError
from urbangov.structure import City, District, Ward
from urbangov.terms import CITY_ALIASES, UnitClass, UnitKind
from urbangov.time import parse_date

__all__ = [
    "AmbiguousUnitError",
    "Snapshot",
    "UnitLookupError",
    "UnknownUnitError",
    "cities",
    "city",
    "snapshot",
]

_RESOURCE = "units.json"

@attrs.frozen
class Snapshot:
    """What the bundled units are: their date, source and licence.

    Attributes:
        as_of: the day the snapshot describes (the last day before the 2025 reform).
        in_force_from: the first day on which this arrangement of units was in force.
        note: exactly what the snapshot reflects, and how that was established.
        source_package: the package the data was derived from.
        source_version: its version.
        source_table: the table of its dataset used.
        source_url: where the source is published.
        licence: the source's licence (SPDX id).
        copyright: the source's copyright line.
        corrections: every place where the bundled data differs from the source, each
            with the reason (as mappings: code, field, source, used, reason).
        generated_by: the script that wrote the bundled file.
    """

    as_of: dt.date
    in_force_from: dt.date
    note: str
    source_package: str
    source_version: str
    source_table: str
    source_url: str
    licence: str
    copyright: str
    corrections: tuple[Mapping[str, str], ...]
    generated_by: str


@attrs.frozen
class _Bundle:
    snapshot: Snapshot
    cities: tuple[City, ...]
    index: UnitIndex[City]


def _read() -> dict[str, Any]:
    text = resources.files("urbangov").joinpath("_data", _RESOURCE).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@functools.cache
def _load() -> _Bundle:
    raw = _read()
    source = raw["source"]
    snap = Snapshot(
        as_of=dt.date.fromisoformat(raw["as_of"]),
        in_force_from=dt.date.fromisoformat(raw["in_force_from"]),
        note=raw["as_of_note"],
        source_package=source["package"],
        source_version=source["version"],
        source_table=source["table"],
        source_url=source["url"],
        licence=source["licence"],
        copyright=source["copyright"],
        corrections=tuple(raw["corrections"]),
        generated_by=raw["generated_by"],
    )
    wards_of: dict[str, list[Ward]] = {}
    city_of: dict[str, str] = {code: city for code, _, _, city in raw["districts"]}
    for code, name, kind, parent in raw["wards"]:
        wards_of.setdefault(parent, []).append(
            Ward(name=name, kind=UnitKind(kind), code=code, unit_class=UnitClass.UNKNOWN,
                 city=city_of[parent])
        )
    districts_of: dict[str, list[District]] = {}
    for code, name, kind, parent in raw["districts"]:
        districts_of.setdefault(parent, []).append(
            District(name=name, kind=UnitKind(kind), code=code, unit_class=UnitClass.UNKNOWN,
                     wards=tuple(wards_of.get(code, [])), city=parent)
        )
    built = tuple(
        City(name=name, code=code, kind=UnitKind(kind), unit_class=UnitClass(cls),
             districts=tuple(districts_of.get(code, [])), city=code)
        for code, name, kind, cls, _basis in raw["cities"]
    )
    index = UnitIndex(built, what="city", aliases=CITY_ALIASES)
    return _Bundle(snapshot=snap, cities=built, index=index)


def city(name_or_code: str | int, on: dt.date | str | None = None) -> City:
    """The bundled city *name_or_code* names, with all its districts and wards.

    Without *on*, the three cities of the snapshot (2025-06-30, below).  With *on* (a
    date, a date text or ``"today"``), any province-level unit as it stood that day,
    from the units over time (:mod:`urbangov.units`, 2021-11-01 onwards): until
    2025-06-30 its districts and their communes, from 2025-07-01 the communes, wards and
    special zones it holds directly (``City.communes``).  Units are built undated, for
    you to date and judge.

    Accepts the GSO code (``1``, ``"01"``, ``79``, ``48``) or a name with or without
    diacritics and "Thành phố"/"TP"/"Thủ đô": "Hà Nội", "ha noi", "Hanoi",
    "TP Hà Nội", "TP.HCM", "Hồ Chí Minh", "Sài Gòn", "Đà Nẵng", "Danang".

    >>> city("Hanoi") is city(1) is city("01")
    True
    >>> city("Sài Gòn").full_name
    'Thành phố Hồ Chí Minh'

    Raises:
        UnknownUnitError: no bundled city has that name or code.
        AmbiguousUnitError: the query fits several cities.
        urbangov.units.UnitNotInForceError: the unit did not exist on *on*.
        urbangov.units.OutsideCoverageError: *on* is before the units over time begin.
    """
    if on is None:
        return _load().index.get(name_or_code)
    day = dt.date.today() if on == "today" else parse_date(on)
    return _city_on(str(name_or_code), day)


@functools.lru_cache(maxsize=64)
def _city_on(query: str, day: dt.date) -> City:
    from urbangov import units
    from urbangov.terms import Level

    province = units.unit(query, on=day, level=Level.PROVINCE)
    rows = units.units(province.code, on=day)

    def ward(row: Any) -> Ward:
        return Ward(name=row.version.name, kind=row.version.kind, code=row.code,
                    city=province.code)

    communes = [r for r in rows if r.unit.level is Level.COMMUNE]
    districts = [r for r in rows if r.unit.level is Level.DISTRICT]
    fields: dict[str, Any] = {"name": province.version.name, "kind": province.version.kind,
                              "code": province.code, "city": province.code}
    if districts:
        under: dict[str, list[Ward]] = {}
        for r in communes:
            under.setdefault(r.version.parent or "", []).append(ward(r))
        # drafts: the units are as the data has them; a kind the law would not nest there
        # is for validate() to report, not for the loader to refuse or change
        fields["districts"] = tuple(
            District.draft(name=d.version.name, kind=d.version.kind, code=d.code,
                           city=province.code, wards=tuple(under.get(d.code, ())))
            for d in districts)
    else:
        fields["communes"] = tuple(ward(r) for r in communes)
    return City.draft(**fields)


def cities() -> tuple[City, ...]:
    """The three bundled cities: Hà Nội, TP Hồ Chí Minh and Đà Nẵng.

    >>> [c.name for c in cities()]
    ['Hà Nội', 'Hồ Chí Minh', 'Đà Nẵng']
    """
    return _load().cities


def snapshot() -> Snapshot:
    """The date, source and licence of the bundled units.

    >>> s = snapshot()
    >>> str(s.as_of), s.source_package, s.licence
    ('2025-06-30', 'vietnamadminunits', 'MIT')
    """
    return _load().snapshot
