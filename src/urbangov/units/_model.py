"""The types of units over time: a unit, its versions, its changes and its links."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from urbangov._lookup import KIND_LABELS
from urbangov.law import Provision
from urbangov.terms import Level, UnitKind

__all__ = ["Change", "ChangeKind", "Link", "Share", "Unit", "UnitHistory", "UnitOnDay",
           "UnitVersion"]


class ChangeKind(enum.Enum):
    """What happened to a unit on a day (biến động đơn vị hành chính)."""

    ESTABLISHED = "established"
    MERGED = "merged"
    SPLIT = "split"
    ABOLISHED = "abolished"
    RENAMED = "renamed"
    KIND_CHANGED = "kind_changed"
    PARENT_CHANGED = "parent_changed"

    @property
    def vietnamese(self) -> str:
        """The Vietnamese term ("thành lập", "nhập", ...)."""
        return _CHANGE_NAMES[self][0]

    @property
    def english(self) -> str:
        """The English name."""
        return _CHANGE_NAMES[self][1]


_CHANGE_NAMES = {
    ChangeKind.ESTABLISHED: ("thành lập", "established"),
    ChangeKind.MERGED: ("nhập vào đơn vị khác", "merged into another unit"),
    ChangeKind.SPLIT: ("chia vào nhiều đơn vị", "split among several units"),
    ChangeKind.ABOLISHED: ("giải thể, không còn", "abolished"),
    ChangeKind.RENAMED: ("đổi tên", "renamed"),
    ChangeKind.KIND_CHANGED: ("chuyển loại đơn vị", "kind changed"),
    ChangeKind.PARENT_CHANGED: ("điều chỉnh đơn vị cấp trên", "parent changed"),
}


class Share(enum.Enum):
    """How much of the old unit went into the new one (toàn bộ / một phần)."""

    FULL = "full"
    PARTIAL = "partial"

    @property
    def vietnamese(self) -> str:
        """"toàn bộ" or "một phần"."""
        return "toàn bộ" if self is Share.FULL else "một phần"


@attrs.frozen
class UnitVersion:
    """One version of a unit, valid from :attr:`start` until the day before :attr:`end`.

    Attributes:
        name: the name without its kind word, NFC ("Gia Thụy", "1" for Phường 1).
        name_en: the English name as the source gives it, if any.
        kind: the kind of unit (phường, xã, quận, tỉnh, ...).
        parent: the GSO code of the unit directly above, or None for a province.
        start: the first day of the version; None if it began before the data's coverage.
        end: the first day it no longer held (exclusive); None if it still holds.
    """

    name: str
    name_en: str | None
    kind: UnitKind
    parent: str | None
    start: dt.date | None
    end: dt.date | None

    def holds_on(self, day: dt.date) -> bool:
        """Whether this version describes the unit on *day*."""
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    @property
    def full_name(self) -> str:
        """The name with its kind word ("Phường Gia Thụy", "Tỉnh Lào Cai")."""
        return f"{KIND_LABELS.get(self.kind.value, '')} {self.name}".strip()


@attrs.frozen
class Unit:
    """An administrative unit over time: a stable identity and its versions.

    Attributes:
        id: the identity: the GSO code, or ``code@YYYY-MM-DD`` (the day it began) where
            a code was reused for a new unit (2025-07-01: a new unit takes the code of
            the old unit holding its seat, QĐ 19/2025/QĐ-TTg Điều 3).
        code: the GSO code.
        level: province, district or commune level.
        versions: its versions, oldest first.
    """

    id: str
    code: str
    level: Level
    versions: tuple[UnitVersion, ...]

    @property
    def start(self) -> dt.date | None:
        """The day it began (None: before 2021-11-01, the start of the data)."""
        return self.versions[0].start

    @property
    def end(self) -> dt.date | None:
        """The first day it no longer existed (None: it still exists)."""
        return self.versions[-1].end

    def on(self, day: dt.date) -> UnitVersion | None:
        """Its version on *day*, or None if it did not exist that day."""
        return next((v for v in self.versions if v.holds_on(day)), None)

    @property
    def latest(self) -> UnitVersion:
        """Its last version."""
        return self.versions[-1]


@attrs.frozen
class UnitOnDay:
    """A unit as it stood on one day: what a list of the units of a day holds.

    It has the ``name``, ``code`` and ``kind`` of the :mod:`urbangov._lookup` protocol.
    """

    unit: Unit
    version: UnitVersion
    day: dt.date
    parent_name: str | None = None

    @property
    def code(self) -> str:
        """The GSO code."""
        return self.unit.code

    @property
    def name(self) -> str:
        """The name without the kind word."""
        return self.version.name

    @property
    def kind(self) -> UnitKind:
        """The kind on that day."""
        return self.version.kind

    @property
    def level(self) -> Level:
        """Province, district or commune level."""
        return self.unit.level

    @property
    def parent(self) -> str | None:
        """The GSO code of the unit above on that day."""
        return self.version.parent

    @property
    def full_name(self) -> str:
        """"Phường Gia Thụy"."""
        return self.version.full_name


@attrs.frozen
class Change:
    """A change to a unit on a day, with its legal basis (căn cứ pháp lý).

    Attributes:
        day: the first day the change held.
        kind: what happened.
        unit: the id of the unit it happened to.
        basis: the provisions it rests on (usually one; empty where the sources do not
            say, and then :attr:`note` says why).
        note: what is uncertain about the change or its basis.
    """

    day: dt.date
    kind: ChangeKind
    unit: str
    basis: tuple[Provision, ...]
    note: str | None = None

    @property
    def provision(self) -> Provision | None:
        """The first provision of the basis, if there is one."""
        return self.basis[0] if self.basis else None


@attrs.frozen
class Link:
    """Part or all of one unit went into another on a day (predecessor → successor).

    Attributes:
        day: the first day of the successor.
        predecessor: the id of the old unit.
        successor: the id of the new unit.
        share: all of the old unit, or part of it.
        basis: the provisions it rests on ("khoản 40 Điều 1 Nghị quyết 1656/NQ-UBTVQH15").
        note: what is uncertain.
    """

    day: dt.date
    predecessor: str
    successor: str
    share: Share
    basis: tuple[Provision, ...]
    note: str | None = None

    @property
    def provision(self) -> Provision | None:
        """The first provision of the basis, if there is one."""
        return self.basis[0] if self.basis else None


@attrs.frozen
class UnitHistory:
    """A unit with every change to it and its links to the units before and after."""

    unit: Unit
    changes: tuple[Change, ...]
    predecessors: tuple[Link, ...]
    successors: tuple[Link, ...]
