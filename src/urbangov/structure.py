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

import contextvars
import datetime as dt
import enum
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, ClassVar, Final, Self, TypeVar

import attrs

from urbangov import _fields as f
from urbangov._fields import FieldError
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
from urbangov.time import Period

if TYPE_CHECKING:
    from urbangov._lookup import UnitIndex

U = TypeVar("U", bound="Unit")

__all__ = [
    "UNRECORDED",
    "Appointment",
    "Body",
    "City",
    "Delegation",
    "District",
    "FieldError",
    "Office",
    "Official",
    "PeoplesCommittee",
    "PeoplesCouncil",
    "Unit",
    "Unrecorded",
    "Ward",
    "WorkingRule",
]

FieldError.__module__ = __name__


class Unrecorded(enum.Enum):
    """The type of :data:`UNRECORDED`: a fact the data does not record."""

    UNRECORDED = "unrecorded"

    def __repr__(self) -> str:
        return "UNRECORDED"

    def __bool__(self) -> bool:
        return False


UNRECORDED: Final = Unrecorded.UNRECORDED
"""Marks a body the data says nothing about (as opposed to ``None``: there is none)."""

#: Set by :mod:`urbangov.validation`: judges a freshly built unit, raising on errors.
#: A hook rather than an import, so that this layer imports nothing above it.
_enforcer: Callable[[Unit], None] | None = None

#: True while :meth:`Unit.draft` builds a unit: its judgement is left for later.
_drafting: contextvars.ContextVar[bool] = contextvars.ContextVar("drafting", default=False)


class _Cache(dict[Any, Any]):
    """Per-object memo (lookup indexes, judgements): never compared, shown or pickled."""

    __slots__ = ()

    def __reduce__(self) -> tuple[Any, ...]:
        return _Cache, ()


def _decision(value: Any, inst: Any, field: Any) -> Any:
    if value is None or value is UNRECORDED:
        return value
    return _DECISION_TEXT(value, inst, field)


_DECISION_TEXT = f.decision_text().converter


def _council(value: Any, inst: Any, field: Any) -> Any:
    if value is None or value is UNRECORDED or isinstance(value, PeoplesCouncil):
        return value
    raise FieldError(type(inst).__name__, field.name, "a PeoplesCouncil, None (there is "
                     "none) or UNRECORDED", value)


class Body(enum.Enum):
    """A body of a unit that may appoint or issue (cơ quan): see :class:`Office`."""

    PEOPLES_COMMITTEE = "peoples_committee"
    PEOPLES_COUNCIL = "peoples_council"
    COUNCIL_STANDING = "council_standing"

    @property
    def vietnamese(self) -> str:
        """The Vietnamese name ("Thường trực Hội đồng nhân dân")."""
        return _BODY_NAMES[self][0]

    @property
    def english(self) -> str:
        """The English name ("Standing Committee of the People's Council")."""
        return _BODY_NAMES[self][1]


_BODY_NAMES = {
    Body.PEOPLES_COMMITTEE: ("Ủy ban nhân dân", "People's Committee"),
    Body.PEOPLES_COUNCIL: ("Hội đồng nhân dân", "People's Council"),
    Body.COUNCIL_STANDING: ("Thường trực Hội đồng nhân dân",
                            "Standing Committee of the People's Council"),
}


@attrs.frozen
class Office:
    """A concrete authority (chủ thể có thẩm quyền): a post of a named unit, or a body of it.

    Exactly one of *post* and *body* is given.  *unit* names the unit by GSO code
    ("769") or name ("Thủ Đức", "Quận 1, Hồ Chí Minh"); it is resolved in the bundled
    units (:mod:`urbangov.units`) for the structure's day.  ``unit=None`` means the
    unit whose record holds the office (the ward's own Chairman, say).

    >>> Office("Thủ Đức", post=Post.CHAIR)
    Office(unit='Thủ Đức', post=<Post.CHAIR: 'chair'>, body=None)
    >>> Office("79", body="council_standing").body.english
    "Standing Committee of the People's Council"

    Attributes:
        unit: the unit, by code or name; ``None``: the unit itself.
        post: a post of that unit's People's Committee (its Chairman, say).
        body: a body of that unit (its People's Committee, People's Council or the
            council's Standing Committee).
    """

    unit: str | None = attrs.field(default=None, converter=f.text(optional=True))
    post: Post | None = attrs.field(default=None, converter=f.member(Post, optional=True))
    body: Body | None = attrs.field(default=None, converter=f.member(Body, optional=True))

    def __attrs_post_init__(self) -> None:
        if (self.post is None) == (self.body is None):
            raise FieldError("Office", "post", "exactly one of post and body",
                             (self.post, self.body), "an office is a post or a body")

    def describe(self, unit_name: str | None = None) -> str:
        """The office in English, of *unit_name* (else its own ``unit``, else "this unit").

        >>> Office("Quận 1", post=Post.CHAIR).describe()
        "the Chairman of the People's Committee of Quận 1"
        """
        where = unit_name or self.unit or "this unit"
        what = self.post.english if self.post is not None else (
            self.body.english if self.body is not None else "")
        return f"the {what} of {where}"


def _authority(value: Any, inst: Any, field: Any) -> Any:
    if isinstance(value, Office):
        return value
    return _AUTHORITY(value, inst, field)


_AUTHORITY = f.member(Authority).converter
_AUTHORITY_EXPECTED = ("an Authority (a name relative to the unit: 'parent_chair', "
                       "'city_chair', …) or an Office (a post or body of a named unit)")


def _issuer(value: Any, inst: Any, field: Any) -> Any:
    if isinstance(value, Office):
        return value
    try:
        return _POST(value, inst, field)
    except FieldError:
        raise FieldError(type(inst).__name__, field.name, "a Post of this unit ('chair') or "
                         "an Office (a post or body of a named unit)", value) from None


_POST = f.member(Post).converter


def _by(value: Any, inst: Any, field: Any) -> Any:
    try:
        return _authority(value, inst, field)
    except FieldError:
        raise FieldError(type(inst).__name__, field.name, _AUTHORITY_EXPECTED,
                         value) from None


@attrs.frozen
class Appointment:
    """How an official got the post: who decided, by which decision, from when.

    Attributes:
        by: the authority that elected, appointed or assigned (thẩm quyền): a name
            relative to the unit (:class:`~urbangov.terms.Authority`, shorthand such
            as ``parent_chair``) or the concrete :class:`Office` ("the Chairman of the
            People's Committee of Quận 1").  Both are resolved for the structure's day
            to the office they denote, and compared as offices.
        decision: the number of the decision ("125/QĐ-UBND"), if recorded.
        effective: the day the decision took effect; defaults to the tenure's start.
        method: elected (bầu), appointed (bổ nhiệm), acting (giao quyền), recruited.
    """

    by: Authority | Office = attrs.field(converter=attrs.Converter(
        _by, takes_self=True, takes_field=True))
    decision: str | None = attrs.field(default=None, converter=f.text(optional=True))
    effective: dt.date | None = attrs.field(default=None, converter=f.date(optional=True))
    method: AppointmentMethod = attrs.field(default=AppointmentMethod.APPOINTED,
                                            converter=f.member(AppointmentMethod))


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

    name: str = attrs.field(converter=f.text())
    post: Post = attrs.field(converter=f.member(Post))
    tenure: Period = attrs.field(converter=f.instance(Period))
    appointment: Appointment | None = attrs.field(
        default=None, converter=f.instance(Appointment, optional=True))
    acting: bool = attrs.field(default=False, converter=f.flag())
    payroll: Level | None = attrs.field(default=None, converter=f.member(Level, optional=True))
    in_field_since: dt.date | None = attrs.field(default=None,
                                                 converter=f.date(optional=True))
    id: str | None = attrs.field(default=None, converter=f.text(optional=True))

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

    delegator: str = attrs.field(converter=f.text())
    delegate: str = attrs.field(converter=f.text())
    acts: frozenset[Act] = attrs.field(converter=f.enum_set(Act))
    period: Period = attrs.field(converter=f.instance(Period))
    decision: str | Unrecorded | None = attrs.field(
        default=UNRECORDED, converter=attrs.Converter(
            _decision, takes_self=True, takes_field=True))

    def in_force(self, on: dt.date) -> bool:
        """Whether the delegation is in force on day *on*."""
        return on in self.period


@attrs.frozen
class WorkingRule:
    """The working rules (quy chế làm việc) a People's Committee adopted.

    Attributes:
        issued_by: who issued them: a post of this unit (``Post.CHAIR``: its Chairman)
            or an :class:`Office` (a post or body of a named unit, or ``unit=None``
            for this unit).
        effective: the day they come into force (ngày có hiệu lực).
        decision: the number of the decision issuing them.
        based_on: the identifier of the model they follow ("2696/QĐ-UBND").
        issued: the day they were issued (ngày ban hành), if recorded; on or before
            ``effective``.
    """

    issued_by: Post | Office = attrs.field(converter=attrs.Converter(
        _issuer, takes_self=True, takes_field=True))
    effective: dt.date = attrs.field(converter=f.date())
    decision: str | None = attrs.field(default=None, converter=f.text(optional=True))
    based_on: str | None = attrs.field(default=None, converter=f.text(optional=True))
    issued: dt.date | None = attrs.field(default=None, converter=f.date(optional=True))

    @property
    def in_force(self) -> dt.date:
        """The day they come into force (the same as :attr:`effective`)."""
        return self.effective


@attrs.frozen
class PeoplesCouncil:
    """A People's Council (Hội đồng nhân dân, HĐND).

    Attributes:
        term: the council's term (nhiệm kỳ), if recorded.
        provisional: a provisional council (HĐND lâm thời) of a former pilot ward.
        officials: the council's officers (Chair, Vice-Chair, heads and deputy heads of
            its committees); ``None``: not recorded.
    """

    term: Period | None = attrs.field(default=None, converter=f.instance(Period, optional=True))
    provisional: bool = attrs.field(default=False, converter=f.flag())
    officials: tuple[Official, ...] | None = attrs.field(
        default=None, converter=f.tuple_of(Official, optional=True))


@attrs.frozen
class PeoplesCommittee:
    """A People's Committee (Ủy ban nhân dân, UBND).

    Attributes:
        decision_mode: how it decides, if recorded (head-of-agency or collective).
    """

    decision_mode: DecisionMode | None = attrs.field(
        default=None, converter=f.member(DecisionMode, optional=True))


@attrs.frozen(kw_only=True)
class Unit:
    """What every administrative unit has: code, name, kind, class and its bodies.

    Every field is checked when the unit is built: a value of the wrong type raises
    :class:`FieldError` naming the class and the field.  A unit built with
    :meth:`draft` is not judged against the law until you ask
    (:func:`urbangov.validate`).

    Attributes:
        name: the unit's name without its kind word ("Gia Thụy"), in NFC.
        kind: the unit's kind (phường, quận, ...).
        code: the GSO code (mã đơn vị hành chính), if known, as a text ("00130").
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

    name: str = attrs.field(converter=f.text())
    kind: UnitKind = attrs.field(converter=f.member(UnitKind))
    code: str | None = attrs.field(default=None, converter=f.text(optional=True))
    unit_class: UnitClass = attrs.field(default=UnitClass.UNKNOWN, converter=f.member(UnitClass))
    city: str | None = attrs.field(default=None, converter=f.custom(
        lambda v: None if v is None else city_code(v),
        "a GSO province code (\"01\", 1) or the name of Hà Nội, Hồ Chí Minh or Đà Nẵng"))
    as_of: dt.date | None = attrs.field(default=None, converter=f.date(optional=True))
    council: PeoplesCouncil | Unrecorded | None = attrs.field(
        default=UNRECORDED, converter=attrs.Converter(
            _council, takes_self=True, takes_field=True))
    committee: PeoplesCommittee | None = attrs.field(
        default=None, converter=f.instance(PeoplesCommittee, optional=True))
    officials: tuple[Official, ...] | None = attrs.field(
        default=None, converter=f.tuple_of(Official, optional=True))
    delegations: tuple[Delegation, ...] = attrs.field(default=(),
                                                      converter=f.tuple_of(Delegation))
    working_rules: tuple[WorkingRule, ...] = attrs.field(default=(),
                                                         converter=f.tuple_of(WorkingRule))
    _cache: _Cache = attrs.field(init=False, factory=_Cache, eq=False, repr=False)

    #: The fields holding the units directly below (the first is :attr:`CHILDREN`).
    CHILD_FIELDS: ClassVar[tuple[str, ...]] = ()
    CHILDREN: ClassVar[str | None] = None

    def __attrs_post_init__(self) -> None:
        if _enforcer is not None and not _drafting.get():
            _enforcer(self)

    @classmethod
    def draft(cls, **fields: Any) -> Self:
        """Build the unit with its fields checked but *without* judging it against the law.

        The draft of a structure that breaks the law can be built, inspected and then
        judged in full with :func:`urbangov.validate` (every violation, warnings too);
        ``urbangov.validate(draft).raise_for_errors()`` raises as a normal build would.
        ``attrs.evolve`` of a draft builds a normal, judged unit.

        >>> bad = Ward.draft(name="Gia Thụy", city="01", as_of="2022-07-01",
        ...                  council=PeoplesCouncil())
        >>> import urbangov as ug
        >>> [v.code for v in ug.validate(bad)]
        ['UG-COUNCIL']
        """
        token = _drafting.set(True)
        try:
            return cls(**fields)
        finally:
            _drafting.reset(token)

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
        for name in self.CHILD_FIELDS:
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

    kind: UnitKind = attrs.field(default=UnitKind.PHUONG, converter=f.member(UnitKind))


@attrs.frozen(kw_only=True)
class District(Unit):
    """A district-level unit: quận, thị xã, huyện or thành phố thuộc thành phố."""

    kind: UnitKind = attrs.field(default=UnitKind.QUAN, converter=f.member(UnitKind))
    wards: tuple[Ward, ...] = attrs.field(default=(), converter=f.tuple_of(Ward))

    CHILDREN: ClassVar[str | None] = "wards"
    CHILD_FIELDS: ClassVar[tuple[str, ...]] = ("wards",)

    def children(self) -> tuple[Unit, ...]:
        return self.wards

    def ward(self, name_or_code: str | int) -> Ward:
        """The ward of this district named *name_or_code* (diacritics optional).

        Raises:
            urbangov.data.UnknownUnitError: no such ward (the closest names are given).
            urbangov.data.AmbiguousUnitError: several wards match (all are listed).
        """
        return _lookup(self, "wards", lambda: (self.wards, None), name_or_code)


@attrs.frozen(kw_only=True)
class City(Unit):
    """A centrally-run city (thành phố trực thuộc trung ương): the aggregate root.

    Before 2025-07-01 it holds ``districts``; from 2025-07-01 (two-tier local
    government) it holds its ``communes`` (xã, phường) directly.
    """

    kind: UnitKind = attrs.field(default=UnitKind.THANH_PHO, converter=f.member(UnitKind))
    districts: tuple[District, ...] = attrs.field(default=(), converter=f.tuple_of(District))
    communes: tuple[Ward, ...] = attrs.field(default=(), converter=f.tuple_of(Ward))

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

    key = ("index", name)
    index: UnitIndex[Any] | None = owner._cache.get(key)
    if index is None:
        members, parents = units()
        index = UnitIndex(members, parents=parents, scope=owner.full_name)
        owner._cache[key] = index
    found: U = index.get(query)
    return found
