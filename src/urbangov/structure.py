"""Structure: administrative units, their bodies, officials, delegations and working rules.

The domain types are frozen attrs classes.  ``City`` is the aggregate root; a unit's
children are tuples.  A unit that states the day it describes (``as_of``) is checked
as a whole against the regime in force that day when it is built, and again by
``attrs.evolve``; every rule runs, and all violations are raised together as one
:class:`urbangov.InvariantError`.

**Unknown is not absent.**  ``council`` defaults to :data:`UNRECORDED` (nothing is
known); ``council=None`` records that the unit has *no* People's Council.  Likewise
``officials=None`` means "not recorded" while ``officials=()`` means "none".

>>> import datetime as dt
>>> from urbangov.time import Period
>>> ward = Ward(name="Gia Thụy", code="00130", city="01", as_of=dt.date(2022, 7, 1),
...             council=None, officials=(
...                 Official("Đặng Việt Phương", Post.CHAIR, Period(dt.date(2021, 7, 1)),
...                          Appointment(Authority.PARENT_CHAIR)),))
>>> ward.chair(dt.date(2022, 7, 1)).name
'Đặng Việt Phương'
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

import attrs

from urbangov._text import nfc
from urbangov.terms import (
    Act,
    AppointmentMethod,
    Authority,
    DecisionMode,
    Level,
    Post,
    UnitClass,
    UnitKind,
    city_code,
)
from urbangov.time import Period, parse_date

if TYPE_CHECKING:
    from urbangov._lookup import UnitIndex

U = TypeVar("U", bound="Unit")

__all__ = [
    "UNRECORDED",
    "Appointment",
    "City",
    "Delegation",
    "District",
    "Official",
    "PeoplesCommittee",
    "PeoplesCouncil",
    "Unit",
    "Unrecorded",
    "Ward",
    "WorkingRule",
]


class Unrecorded(enum.Enum):
    """The type of :data:`UNRECORDED`: a fact the data does not record."""

    UNRECORDED = "unrecorded"

    def __repr__(self) -> str:
        return "UNRECORDED"

    def __bool__(self) -> bool:
        return False


UNRECORDED: Final = Unrecorded.UNRECORDED
"""Marks a body the data says nothing about (as opposed to ``None``: there is none)."""

#: Set by :mod:`urbangov.validation`: checks a freshly built unit, raising on errors.
#: A hook rather than an import, so that this layer imports nothing above it.
_enforcer: Callable[[Unit], None] | None = None


def _enforce(unit: Unit) -> None:
    if _enforcer is not None:
        _enforcer(unit)


def _opt_date(value: dt.date | str | None) -> dt.date | None:
    return None if value is None else parse_date(value)


def _nfc_opt(value: str | None) -> str | None:
    return None if value is None else nfc(value)


def _opt_tuple(value: Any) -> tuple[Any, ...] | None:
    return None if value is None else tuple(value)


def _instance_of(*types: type) -> Callable[[Any, Any, Any], None]:
    return attrs.validators.instance_of(types)


def _decision(value: str | Unrecorded | None) -> str | Unrecorded | None:
    return value if value is None or value is UNRECORDED else nfc(str(value))


def _acts(value: Iterable[Act | str]) -> frozenset[Act]:
    return frozenset(Act(a) for a in value)


def _council(_inst: Any, attribute: Any, value: Any) -> None:
    if value is not None and not isinstance(value, PeoplesCouncil | Unrecorded):
        raise TypeError(f"council must be a PeoplesCouncil, None (there is none) or "
                        f"UNRECORDED, got {value!r}")


@attrs.frozen
class Appointment:
    """How an official got the post: who decided, by which decision, from when.

    Attributes:
        by: the authority that elected, appointed or assigned (thẩm quyền).
        decision: the number of the decision ("125/QĐ-UBND"), if recorded.
        effective: the day the decision took effect; defaults to the tenure's start.
        method: elected (bầu), appointed (bổ nhiệm), acting (giao quyền), recruited.
    """

    by: Authority = attrs.field(converter=Authority)
    decision: str | None = attrs.field(default=None, converter=_nfc_opt)
    effective: dt.date | None = None
    method: AppointmentMethod = attrs.field(default=AppointmentMethod.APPOINTED,
                                            converter=AppointmentMethod)


@attrs.frozen
class Official:
    """A person holding a post in a unit's People's Committee for a period.

    Attributes:
        name: the person's name, in NFC.
        post: the post held (:class:`~urbangov.terms.Post`).
        tenure: the days the person holds the post (half-open; open end allowed).
        appointment: how the person got the post, if recorded.
        acting: whether the person only acts in the post (quyền Chủ tịch).
        payroll: the level whose civil-service quota the person counts against.
        in_field_since: when the person began work in the post's field (years of
            experience count from here).
        id: a stable identifier linking records of the same person; defaults to name.
    """

    name: str = attrs.field(converter=nfc)
    post: Post = attrs.field(converter=Post)
    tenure: Period = attrs.field(validator=_instance_of(Period))
    appointment: Appointment | None = None
    acting: bool = False
    payroll: Level | None = attrs.field(
        default=None, converter=attrs.converters.optional(Level))
    in_field_since: dt.date | None = None
    id: str | None = attrs.field(default=None, converter=_nfc_opt)

    @property
    def key(self) -> str:
        """The identifier delegations use to name this official (``id`` or ``name``)."""
        return self.id or self.name

    def in_office(self, on: dt.date) -> bool:
        """Whether the official holds the post on day *on*."""
        return on in self.tenure


@attrs.frozen
class Delegation:
    """A written authorisation (ủy quyền) from one official to another.

    Attributes:
        delegator: key of the official who delegates (the ward Chairman).
        delegate: key of the official who receives the power.
        acts: the acts delegated.
        period: the days the delegation is in force.
        decision: the number of the written delegation decision; ``None`` records that
            there is none; :data:`UNRECORDED` (the default) that it is not known.
    """

    delegator: str = attrs.field(converter=nfc)
    delegate: str = attrs.field(converter=nfc)
    acts: frozenset[Act] = attrs.field(converter=_acts)
    period: Period = attrs.field(validator=_instance_of(Period))
    decision: str | Unrecorded | None = attrs.field(default=UNRECORDED, converter=_decision)

    def in_force(self, on: dt.date) -> bool:
        """Whether the delegation is in force on day *on*."""
        return on in self.period


@attrs.frozen
class WorkingRule:
    """The working rules (quy chế làm việc) a People's Committee adopted.

    Attributes:
        issued_by: the post of the official who issued them.
        effective: the first day they apply.
        decision: the number of the decision issuing them.
        based_on: the identifier of the model they follow ("2696/QĐ-UBND").
    """

    issued_by: Post = attrs.field(converter=Post)
    effective: dt.date
    decision: str | None = attrs.field(default=None, converter=_nfc_opt)
    based_on: str | None = attrs.field(default=None, converter=_nfc_opt)


@attrs.frozen
class PeoplesCouncil:
    """A People's Council (Hội đồng nhân dân, HĐND).

    Attributes:
        term: the council's term (nhiệm kỳ), if recorded.
        provisional: a provisional council (HĐND lâm thời) of a former pilot ward.
        officials: the council's officers (Chair, Vice-Chair, heads and deputy heads of
            its committees); ``None``: not recorded.
    """

    term: Period | None = None
    provisional: bool = False
    officials: tuple[Official, ...] | None = attrs.field(default=None, converter=_opt_tuple)


@attrs.frozen
class PeoplesCommittee:
    """A People's Committee (Ủy ban nhân dân, UBND).

    Attributes:
        decision_mode: how it decides, if recorded (head-of-agency or collective).
    """

    decision_mode: DecisionMode | None = attrs.field(
        default=None, converter=attrs.converters.optional(DecisionMode))


def _delegations(value: Iterable[Delegation]) -> tuple[Delegation, ...]:
    return tuple(value)


def _working_rules(value: Iterable[WorkingRule]) -> tuple[WorkingRule, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Unit:
    """What every administrative unit has: code, name, kind, class and its bodies.

    Attributes:
        name: the unit's name without its kind word ("Gia Thụy"), in NFC.
        kind: the unit's kind (phường, quận, ...).
        code: the GSO code (mã đơn vị hành chính), if known.
        unit_class: the unit's class; ``UnitClass.UNKNOWN`` if not recorded.
        city: GSO code of the city the unit belongs to ("01"); a code as a number, or
            the name of Hà Nội, Hồ Chí Minh or Đà Nẵng, is read as that code.
        as_of: the day the structure describes; set on the root you validate (a date,
            or a text that :func:`urbangov.time.parse_date` reads).
        council: the People's Council, ``None`` (there is none) or ``UNRECORDED``.
        committee: the People's Committee, if recorded.
        officials: the officials of the committee (``None``: not recorded).
        delegations: the delegations made within the unit.
        working_rules: the working rules the committee adopted.
    """

    name: str = attrs.field(converter=nfc)
    kind: UnitKind = attrs.field(converter=UnitKind)
    code: str | None = attrs.field(default=None, converter=_nfc_opt)
    unit_class: UnitClass = attrs.field(default=UnitClass.UNKNOWN, converter=UnitClass)
    city: str | None = attrs.field(default=None, converter=attrs.converters.optional(city_code))
    as_of: dt.date | None = attrs.field(default=None, converter=_opt_date)
    council: PeoplesCouncil | Unrecorded | None = attrs.field(default=UNRECORDED,
                                                              validator=_council)
    committee: PeoplesCommittee | None = None
    officials: tuple[Official, ...] | None = attrs.field(default=None, converter=_opt_tuple)
    delegations: tuple[Delegation, ...] = attrs.field(default=(), converter=_delegations)
    working_rules: tuple[WorkingRule, ...] = attrs.field(default=(), converter=_working_rules)

    CHILDREN: ClassVar[str | None] = None

    def __attrs_post_init__(self) -> None:
        _enforce(self)

    @property
    def full_name(self) -> str:
        """The name with its kind word ("Phường Gia Thụy")."""
        kind = self.kind.vietnamese
        if self.kind is UnitKind.THANH_PHO or self.kind is UnitKind.THANH_PHO_THUOC_TP:
            kind = "thành phố"
        return f"{kind[0].upper()}{kind[1:]} {self.name}"

    def children(self) -> tuple[Unit, ...]:
        """The units directly below this one."""
        return ()

    def walk(self) -> Iterator[tuple[str, Unit]]:
        """Every unit of the tree with its path from this one, this one first."""
        yield "", self
        names = getattr(self, "CHILD_FIELDS", None) or ((self.CHILDREN,) if self.CHILDREN
                                                        else ())
        for name in names:
            for i, child in enumerate(getattr(self, name)):
                for path, unit in child.walk():
                    yield f"{name}[{i}]{'.' + path if path else ''}", unit

    def in_office(self, on: dt.date, post: Post | None = None) -> tuple[Official, ...]:
        """The recorded officials holding a post on day *on* (all posts, or *post*)."""
        return tuple(o for o in self.officials or ()
                     if o.in_office(on) and (post is None or o.post is post))

    def chair(self, on: dt.date) -> Official | None:
        """The Chairman (or acting Chairman) in office on day *on*, if recorded."""
        chairs = self.in_office(on, Post.CHAIR)
        return chairs[0] if chairs else None

    def official(self, key: str) -> Official | None:
        """The first recorded official whose key (``id`` or name) is *key*."""
        return next((o for o in self.officials or () if o.key == key), None)


@attrs.frozen(kw_only=True)
class Ward(Unit):
    """A commune-level unit: phường (ward), xã (commune) or thị trấn (township)."""

    kind: UnitKind = attrs.field(default=UnitKind.PHUONG, converter=UnitKind)


def _wards(value: Iterable[Ward]) -> tuple[Ward, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class District(Unit):
    """A district-level unit: quận, thị xã, huyện or thành phố thuộc thành phố."""

    kind: UnitKind = attrs.field(default=UnitKind.QUAN, converter=UnitKind)
    wards: tuple[Ward, ...] = attrs.field(default=(), converter=_wards)
    _index: dict[str, UnitIndex[Any]] = attrs.field(init=False, factory=dict, eq=False,
                                               repr=False)

    CHILDREN: ClassVar[str | None] = "wards"

    def children(self) -> tuple[Unit, ...]:
        return self.wards

    def ward(self, name_or_code: str | int) -> Ward:
        """The ward of this district named *name_or_code* (diacritics optional).

        Raises:
            urbangov.data.UnknownUnitError: no such ward (the closest names are given).
            urbangov.data.AmbiguousUnitError: several wards match (all are listed).
        """
        return _lookup(self, "wards", lambda: (self.wards, None), name_or_code)


def _districts(value: Iterable[District]) -> tuple[District, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class City(Unit):
    """A centrally-run city (thành phố trực thuộc trung ương): the aggregate root.

    Before 2025-07-01 it holds ``districts``; from 2025-07-01 (two-tier local
    government) it holds its ``communes`` (xã, phường) directly.
    """

    kind: UnitKind = attrs.field(default=UnitKind.THANH_PHO, converter=UnitKind)
    districts: tuple[District, ...] = attrs.field(default=(), converter=_districts)
    communes: tuple[Ward, ...] = attrs.field(default=(), converter=_wards)
    _index: dict[str, UnitIndex[Any]] = attrs.field(init=False, factory=dict, eq=False,
                                               repr=False)

    CHILDREN: ClassVar[str | None] = "districts"
    CHILD_FIELDS: ClassVar[tuple[str, ...]] = ("districts", "communes")

    def children(self) -> tuple[Unit, ...]:
        return (*self.districts, *self.communes)

    def district(self, name_or_code: str | int) -> District:
        """The district named *name_or_code* ("Long Biên", "long bien", "Quận 1", "004").

        Raises:
            urbangov.data.UnknownUnitError: no such district (closest names given).
            urbangov.data.AmbiguousUnitError: several match (all are listed).
        """
        return _lookup(self, "districts", lambda: (self.districts, None), name_or_code)

    def ward(self, name_or_code: str | int) -> Ward:
        """The ward of any district named *name_or_code*, as :meth:`District.ward`."""
        return _lookup(self, "wards", lambda: (self.wards(), {
            id(w): d.full_name for d in self.districts for w in d.wards}), name_or_code)

    def wards(self) -> tuple[Ward, ...]:
        """Every ward of every district, in order, then the communes held directly."""
        return (*(w for d in self.districts for w in d.wards), *self.communes)


def _lookup(owner: City | District, name: str,
            units: Callable[[], tuple[tuple[U, ...], dict[int, str] | None]],
            query: str | int) -> U:
    from urbangov._lookup import UnitIndex  # the index is built only when first asked

    index = owner._index.get(name)
    if index is None:
        members, parents = units()
        index = UnitIndex(members, parents=parents, scope=owner.full_name)
        owner._index[name] = index
    found: U = index.get(query)
    return found
