"""Authority: who may perform an act in a unit on a day, and on what legal basis.

:func:`who_may` answers the question an e-government app asks every day: *who may sign
this certification at this ward today?*  It reads the structure (who holds which post
on that day, and which delegations are in force) against the regime in force that day
(:func:`urbangov.regimes.regime_for`), and returns an :class:`Answer`: every
:class:`Grant` (an official with the basis of their power: the power of their own post
or a delegation, each with its provision), plus the reasons why others may not.

* **Own power.**  The posts the regime names (``Fact.CERTIFIERS`` for certifications:
  the Chairman or a Vice-Chairman under NĐ 23/2015 Điều 5 k.2; the Chairman alone from
  2025-11-01 under NĐ 280/2025).  An acting Chairman (quyền Chủ tịch) has the
  Chairman's powers while the acting assignment lasts.
* **Delegation.**  Under the urban-government regimes the Chairman may delegate
  certifying copies and signatures to the Tư pháp–Hộ tịch civil servant.  A delegation
  confers power only on the days it is in force and only if it satisfies every
  delegation rule (:mod:`urbangov._rules.delegations`: delegator is the Chairman,
  delegate is the Tư pháp–Hộ tịch civil servant, the acts are delegable, it lies
  within both tenures, it is written and time-limited, it is not a re-delegation,
  and in TP Hồ Chí Minh the delegate has three years in the field).  Delegations are
  never followed transitively.
* **The level above.**  Appointing and dismissing ward Chairmen and Vice-Chairmen is
  for the authority the regime names (``Fact.CHAIR_APPOINTED_BY``): under the pilots,
  the Chairman of the district containing the ward.  Pass the district or city with
  ``ward=`` to have that person named.

>>> import datetime as dt
>>> from urbangov.structure import Appointment, Delegation, Official, Ward
>>> from urbangov.terms import Act, Authority, Post
>>> from urbangov.time import Period
>>> ward = Ward(name="Phúc Xá", code="00001", city="01", officials=(
...     Official("Nguyễn Văn A", Post.CHAIR, Period(dt.date(2021, 7, 1)),
...              Appointment(Authority.PARENT_CHAIR, "12/QĐ-UBND")),
...     Official("Trần Thị C", Post.TU_PHAP_HO_TICH, Period(dt.date(2019, 1, 1))),
... ), delegations=(
...     Delegation("Nguyễn Văn A", "Trần Thị C", {"certify-copy", "certify-signature"},
...                Period.through(dt.date(2021, 7, 15), dt.date(2021, 12, 31)), "05/QĐ-UBND"),
... ))
>>> answer = who_may("certify-copy", ward, on=dt.date(2021, 8, 1))
>>> [(g.official.name, g.basis.value) for g in answer]
[('Nguyễn Văn A', 'own_power'), ('Trần Thị C', 'delegation')]
>>> str(answer.grants[1].provision)
'khoản 3 Điều 7 Nghị định 32/2021/NĐ-CP'
>>> [g.official.name for g in who_may(Act.CERTIFY_LAND_USE_CONTRACT, ward, on=dt.date(2021, 8, 1))]
['Nguyễn Văn A']
>>> later = who_may(Act.CERTIFY_COPY, ward, on=dt.date(2022, 1, 1))
>>> [g.official.name for g in later]
['Nguyễn Văn A']
>>> print(later.reasons[0][:74])
Delegation 05/QĐ-UBND (Nguyễn Văn A → Trần Thị C, 2021-07-15 → 2021-12-31)
>>> print(later.reasons[0][75:])
is not in force on 2022-01-01: it ended on 2021-12-31.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import weakref
from collections.abc import Iterator, Sequence
from typing import Any

import attrs

from urbangov._lookup import UnitIndex
from urbangov.law import Confidence, Provision
from urbangov.regimes import Cited, Fact, Regime, RegimeError, UnitAbolishedError, regime_for
from urbangov.structure import City, Delegation, District, Official, Unit
from urbangov.tenure import Term, appointment_term, is_acting
from urbangov.terms import Act, Authority, DecisionMode, Level, Post
from urbangov.time import parse_date

__all__ = ["Answer", "Basis", "Grant", "who_may"]


class Basis(enum.Enum):
    """Where an official's power to perform an act comes from."""

    OWN_POWER = "own_power"
    DELEGATION = "delegation"

    @property
    def vietnamese(self) -> str:
        """The Vietnamese term."""
        return {"own_power": "theo thẩm quyền", "delegation": "theo ủy quyền"}[self.value]

    @property
    def english(self) -> str:
        """The English name."""
        return {"own_power": "own power of the post",
                "delegation": "delegation"}[self.value]


@attrs.frozen
class Grant:
    """One official who may perform the act, with the legal basis.

    Attributes:
        official: the official's record in force on the day.
        basis: own power of the post, or a delegation.
        provision: the provision that gives the power (for a delegation, the one that
            allows the delegation).
        confidence: how sure the reading of that provision is.
        delegation: the delegation relied on, for ``Basis.DELEGATION``.
        acting: whether the official only acts in the post (quyền Chủ tịch).
        unit: the unit whose official this is (the district, for acts of the level
            above).
        notes: what else a reader should know (the acting assignment's basis, a
            collective discussion required first, a condition the data cannot show).
    """

    official: Official
    basis: Basis
    provision: Provision
    confidence: Confidence = Confidence.HIGH
    delegation: Delegation | None = None
    acting: bool = False
    unit: Unit | None = attrs.field(default=None, eq=False, repr=False)
    notes: tuple[str, ...] = ()

    def __str__(self) -> str:
        post = ("acting " if self.acting else "") + self.official.post.english
        where = f" of {self.unit.full_name}" if self.unit is not None else ""
        if self.delegation is not None:
            d = self.delegation
            how = (f"by delegation {d.decision or '(no decision number)'} from "
                   f"{d.delegator}, {d.period}, allowed by {self.provision}")
        else:
            how = f"by the power of the post, {self.provision}"
        return f"{self.official.name} ({post}{where}) — {how} [{self.confidence.value}]"


@attrs.frozen
class Answer:
    """The answer of :func:`who_may`: the grants, and why there are no others.

    Iterating, ``len()`` and truth go over :attr:`grants`; an empty answer is false and
    its :attr:`reasons` say why (post vacant, no delegation in force, act not performed
    at this level, unit abolished, regime unknown, ...).

    Attributes:
        act: the act asked about.
        on: the day asked about.
        unit: the unit the act concerns (the ward).
        grants: every official who may perform it, Chairman first.
        reasons: why others may not, and anything else the app should tell the user.
        regime: the regime in force for the unit that day, if known.
        performed_by: for acts of the level above, the regime's cited answer of who
            performs them.
    """

    act: Act
    on: dt.date
    unit: Unit = attrs.field(eq=False, repr=lambda u: repr(u.full_name))
    grants: tuple[Grant, ...] = ()
    reasons: tuple[str, ...] = ()
    regime: Regime | None = attrs.field(default=None, eq=False,
                                        repr=lambda r: repr(r and r.key))
    performed_by: Cited | None = None

    def __iter__(self) -> Iterator[Grant]:
        return iter(self.grants)

    def __len__(self) -> int:
        return len(self.grants)

    def __bool__(self) -> bool:
        return bool(self.grants)

    @property
    def officials(self) -> tuple[Official, ...]:
        """The officials who may perform the act."""
        return tuple(g.official for g in self.grants)

    def __str__(self) -> str:
        regime = self.regime.name if self.regime is not None else "no regime"
        lines = [f"Who may {self.act.english} ({self.act.vietnamese}) in "
                 f"{self.unit.full_name} on {self.on.isoformat()} [{regime}]:"]
        lines += [f"  ✓ {g}" for g in self.grants] or ["  nobody"]
        lines += [f"  · {r}" for r in self.reasons]
        return "\n".join(lines)


# ---------------------------------------------------------------------------------------
# Indexes, built on the first query for a structure and kept while it lives.


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


# ---------------------------------------------------------------------------------------
# The query.

_APPOINTMENT_ACTS = {
    Act.APPOINT_WARD_CHAIR: (Post.CHAIR, "appoints"),
    Act.DISMISS_WARD_CHAIR: (Post.CHAIR, "dismisses"),
    Act.APPOINT_WARD_VICE_CHAIR: (Post.VICE_CHAIR, "appoints"),
    Act.DISMISS_WARD_VICE_CHAIR: (Post.VICE_CHAIR, "dismisses"),
}
_BODIES = {
    Authority.OWN_COUNCIL: "the People's Council of the ward itself does (elected, and "
                           "relieved, by vote)",
    Authority.CITY_COUNCIL_STANDING: "the Standing Committee of the city People's Council "
                                     "does (designation in units formed by the 2025 mergers)",
}
_POST_ORDER = {post: i for i, post in enumerate(Post)}
_OWN_POWER_FACT = {Act.ISSUE_WORKING_RULES: Fact.WORKING_RULES_ISSUER,
                   Act.HOLD_DIALOGUE: Fact.DIALOGUES_PER_YEAR}


def who_may(act: Act | str, structure: Unit, on: dt.date | str | None = None, *,
            ward: str | int | None = None) -> Answer:
    """Every official who may perform *act* in a unit on day *on*, each with its basis.

    Args:
        act: the act, as :class:`~urbangov.terms.Act` or its slug ("certify-copy").
        structure: the ward itself, or a district or city containing it.
        on: the day (a date, or a text :func:`urbangov.time.parse_date` reads); defaults
            to the structure's ``as_of``.
        ward: with a district or city, the ward the act concerns (name or GSO code, as
            :meth:`urbangov.structure.City.ward` reads them).  Without it the act
            concerns *structure* itself.

    Returns:
        An :class:`Answer`; empty (false) when nobody may, with the reasons.

    Raises:
        ValueError: *act* is not an act, or no day is given and the structure has none.
        TypeError: *structure* is not a unit, or *ward* is given with a ward.
        urbangov.data.UnknownUnitError: no ward matches *ward*.
        urbangov.data.AmbiguousUnitError: several wards match *ward*.
    """
    act = _act(act)
    if not isinstance(structure, Unit):
        raise TypeError(f"who_may() takes a City, District or Ward, not "
                        f"{type(structure).__name__}")
    day = _day(on, structure)
    sindex = _index_for(structure)
    unit, parent, grandparent = _locate(structure, sindex, ward)
    city = (unit.city or (parent.city if parent else None) or structure.city
            or (structure.code if isinstance(structure, City) else None))
    try:
        regime = regime_for(unit.kind, day, city)
    except UnitAbolishedError as exc:
        return Answer(act, day, unit, reasons=(
            f"{unit.full_name} no longer exists (unit abolished): {exc}.",))
    except RegimeError as exc:
        return Answer(act, day, unit, reasons=(f"No regime is known for {unit.full_name} on "
                                                f"{day.isoformat()}: {exc}.",))
    query = _Query(act, day, unit, regime, city, sindex)
    if act in _APPOINTMENT_ACTS:
        return query.by_level_above(parent, grandparent)
    if act.is_certification:
        return query.certification()
    if act is Act.DECIDE_COMMITTEE_MATTER:
        return query.decision()
    return query.own_power(_OWN_POWER_FACT[act])


def _act(act: Act | str) -> Act:
    if isinstance(act, Act):
        return act
    try:
        return Act(str(act).strip().lower().replace("_", "-"))
    except ValueError:
        try:
            return Act[str(act).strip().upper().replace("-", "_")]
        except KeyError:
            known = ", ".join(a.value for a in Act)
            raise ValueError(f"{act!r} is not an act; known acts: {known}") from None


def _day(on: dt.date | str | None, structure: Unit) -> dt.date:
    if on is None:
        if structure.as_of is None:
            raise ValueError(f"say which day: {structure.full_name} has no as_of, so pass "
                             "on=datetime.date(...)")
        return structure.as_of
    if isinstance(on, dt.datetime):
        raise TypeError("on must be a datetime.date (a day), not a datetime")
    return parse_date(on)


def _locate(structure: Unit, sindex: _StructureIndex, ward: str | int | None,
            ) -> tuple[Unit, Unit | None, Unit | None]:
    """The unit asked about, its parent and grandparent where the structure shows them."""
    if ward is None:
        return structure, None, None
    if isinstance(structure, City):
        found = sindex.ward_index(structure).get(ward)
        return found, structure.districts[sindex.district_of[id(found)]], structure
    if isinstance(structure, District):
        return sindex.ward_index(structure).get(ward), structure, None
    raise TypeError(f"ward={ward!r} selects a ward of a district or city; "
                    f"{structure.full_name} is a {structure.kind.vietnamese}")


@attrs.define
class _Query:
    act: Act
    day: dt.date
    unit: Unit
    regime: Regime
    city: str | None
    sindex: _StructureIndex
    reasons: list[str] = attrs.field(factory=list)

    def answer(self, grants: Sequence[Grant], performed_by: Cited | None = None) -> Answer:
        ordered = sorted(grants, key=lambda g: (g.basis is Basis.DELEGATION,
                                                _POST_ORDER[g.official.post], g.official.name))
        return Answer(self.act, self.day, self.unit, tuple(ordered), tuple(self.reasons),
                      self.regime, performed_by)

    @property
    def where(self) -> str:
        return (f"in {self.unit.full_name} on {self.day.isoformat()} under the "
                f"{self.regime.name}")

    def fact(self, fact: Fact, unit: Unit | None = None) -> Cited | None:
        return self.regime.fact(fact, (unit or self.unit).kind)

    def not_here(self) -> Answer:
        self.reasons.append(
            f"No one may {self.act.english} {self.where}: the regime gives that act to no "
            f"post of a {self.unit.kind.vietnamese} ({self.unit.kind.english}) People's "
            f"Committee (act not performed at this level).")
        return self.answer(())

    def unrecorded(self, unit: Unit) -> bool:
        if unit.officials is None:
            self.reasons.append(f"The officials of {unit.full_name} are not recorded in this "
                                "structure, so no one can be named.")
            return True
        return False

    # -- posts ---------------------------------------------------------------------------

    def holders(self, unit: Unit, post: Post, cited: Cited, regime: Regime | None = None,
                extra: tuple[str, ...] = (), report: bool = True) -> list[Grant]:
        """Grants to the officials of *unit* holding *post* on the day, by own power."""
        index = self.sindex.unit(unit)
        grants = []
        for official in index.holding(post, self.day):
            if not self.appointment_runs(unit, official):
                continue
            notes = extra
            acting = is_acting(official)
            if acting:
                notes = (*notes, self.acting_note(unit, official, regime or self.regime))
            grants.append(Grant(official, Basis.OWN_POWER, cited.provision, cited.confidence,
                                acting=acting, unit=unit, notes=notes))
        if not grants and report:
            self.vacant(unit, post, regime or self.regime)
        return grants

    def appointment_runs(self, unit: Unit, official: Official, quiet: bool = False) -> bool:
        """Whether the appointment behind *official*'s record covers the day."""
        appointment = official.appointment
        if appointment is not None and appointment.effective is not None \
                and appointment.effective > self.day:
            if not quiet:
                self.reasons.append(f"{official.name}'s appointment takes effect only on "
                                    f"{appointment.effective.isoformat()}.")
            return False
        term = self.sindex.unit(unit).term(unit, official, unit.city or self.city)
        if term is not None and self.day >= term.end:
            if quiet:
                return False
            self.reasons.append(
                f"{official.name}'s appointment as {official.post.english} ended with its "
                f"{term.years}-year term on {term.last.isoformat()} ({term.provision}); "
                f"the record runs on, but a reappointment decision would be needed.")
            return False
        return True

    def acting_note(self, unit: Unit, official: Official, regime: Regime) -> str:
        cited = regime.fact(Fact.ACTING_CHAIR_ASSIGNED_BY, unit.kind)
        by = "" if cited is None else (
            f", assigned by the {' or '.join(a.english for a in cited.value)} "
            f"({cited.provision})")
        return (f"{official.name} acts as {official.post.english} (quyền) for "
                f"{official.tenure}{by}, with the powers of the post")

    def vacant(self, unit: Unit, post: Post, regime: Regime) -> None:
        if unit.officials is None:
            return
        text = (f"No {post.english} ({post.vietnamese}) of {unit.full_name} is in office "
                f"on {self.day.isoformat()} (post vacant or not recorded).")
        cited = regime.fact(Fact.ACTING_CHAIR_ASSIGNED_BY, unit.kind)
        if post is Post.CHAIR and cited is not None:
            text += (f" The {' or '.join(a.english for a in cited.value)} assigns an acting "
                     f"Chairman until one is appointed ({cited.provision}).")
        self.reasons.append(text)

    # -- acts ----------------------------------------------------------------------------

    def own_power(self, fact: Fact) -> Answer:
        cited = self.fact(fact)
        if cited is None:
            return self.not_here()
        if self.unrecorded(self.unit):
            return self.answer(())
        post = cited.value if isinstance(cited.value, Post) else Post.CHAIR
        extra: tuple[str, ...] = ()
        if fact is Fact.DIALOGUES_PER_YEAR:
            extra = (f"at least {cited.value} a year ({cited.provision})",)
        return self.answer(self.holders(self.unit, post, cited, extra=extra))

    def decision(self) -> Answer:
        cited = self.fact(Fact.DECISION_MODE)
        if cited is None:
            return self.not_here()
        if cited.value is DecisionMode.COLLECTIVE:
            self.reasons.append(
                f"The People's Committee of {self.unit.full_name} decides its matters "
                f"collectively, by a majority of all its members, not through one official "
                f"({cited.value.vietnamese}, {cited.provision}).")
            return self.answer(())
        if self.unrecorded(self.unit):
            return self.answer(())
        extra: tuple[str, ...] = ()
        discuss = self.fact(Fact.COLLECTIVE_DISCUSSION)
        if discuss is not None:
            extra = (f"listed matters must first be discussed collectively "
                     f"({discuss.provision})",)
        return self.answer(self.holders(self.unit, Post.CHAIR, cited, extra=extra))

    def by_level_above(self, parent: Unit | None, grandparent: Unit | None) -> Answer:
        post, verb = _APPOINTMENT_ACTS[self.act]
        if self.unit.kind.level is not Level.COMMUNE:
            self.reasons.append(f"To {self.act.english} concerns a ward: pass the "
                                f"ward as the structure, or ward=... with a district or city.")
            return self.answer(())
        fact = Fact.CHAIR_APPOINTED_BY if post is Post.CHAIR else Fact.VICE_CHAIR_APPOINTED_BY
        cited = self.fact(fact)
        if cited is None:
            return self.not_here()
        grants: list[Grant] = []
        for authority in cited.value:
            grants += self.authority(authority, cited, verb, post, parent, grandparent)
        return self.answer(grants, performed_by=cited)

    def authority(self, authority: Authority, cited: Cited, verb: str, post: Post,
                  parent: Unit | None, grandparent: Unit | None) -> list[Grant]:
        whom = f"the {post.english} of {self.unit.full_name}"
        if authority is Authority.PARENT_CHAIR or authority is Authority.CITY_CHAIR:
            above = parent if authority is Authority.PARENT_CHAIR else grandparent
            if above is None:
                level = ("the district (quận, thị xã or thành phố thuộc thành phố) containing "
                         "the ward" if authority is Authority.PARENT_CHAIR else "the city")
                self.reasons.append(
                    f"This act is performed by the level above: the Chairman of the People's "
                    f"Committee of {level} {verb} {whom} ({cited.provision}). Pass the "
                    f"district or city structure with ward=... to name them.")
                return []
            return self.above(above, verb, whom, cited)
        body = _BODIES.get(authority, f"the {authority.english} does")
        self.reasons.append(
            f"No single official {verb} {whom}: {body} ({authority.vietnamese}, "
            f"{cited.provision}).")
        return []

    def above(self, above: Unit, verb: str, whom: str, cited: Cited) -> list[Grant]:
        try:
            regime = regime_for(above.kind, self.day, above.city or self.city)
        except RegimeError as exc:
            self.reasons.append(f"{above.full_name}, which {verb} {whom}, has no regime on "
                                f"{self.day.isoformat()}: {exc}.")
            return []
        if self.unrecorded(above):
            self.reasons.append(f"The Chairman of {above.full_name} {verb} {whom} "
                                f"({cited.provision}).")
            return []
        return self.holders(above, Post.CHAIR, cited, regime)

    def certification(self) -> Answer:
        certifiers = self.fact(Fact.CERTIFIERS)
        if certifiers is None:
            return self.not_here()
        if self.unrecorded(self.unit):
            return self.answer(())
        posts = sorted(certifiers.value, key=_POST_ORDER.__getitem__)
        grants: list[Grant] = []
        for post in posts:
            grants += self.holders(self.unit, post, certifiers, report=False)
        if not grants:  # say why for each post; a missing Vice-Chairman alone is no news
            for post in posts:
                self.vacant(self.unit, post, self.regime)
        elif not any(g.official.post is Post.CHAIR for g in grants) and Post.CHAIR in posts:
            self.vacant(self.unit, Post.CHAIR, self.regime)
        return self.answer(grants + self.delegated())

    def delegated(self) -> list[Grant]:
        index = self.sindex.unit(self.unit)
        candidates = index.by_act.get(self.act, ())
        delegable = self.fact(Fact.DELEGABLE_ACTS)
        if delegable is None or self.act not in delegable.value:
            law = ("the regime provides no delegation" if delegable is None
                   else f"the Chairman may not delegate it ({delegable.provision})")
            named = [d for _i, d in candidates if d.in_force(self.day)]
            for d in named:
                self.reasons.append(f"{_label(d)} confers nothing for this act: {law}.")
            if not named and index.in_force(self.day):
                self.reasons.append(
                    f"The power to {self.act.english} cannot rest on a delegation {self.where}: "
                    f"{law}.")
            return []
        delegator = self.fact(Fact.DELEGATOR_POST)
        delegate = self.fact(Fact.DELEGATE_POST)
        if delegator is None or delegate is None:
            self.reasons.append(f"The regime does not say who may delegate "
                                f"{self.act.english} to whom {self.where}.")
            return []
        in_force = [(i, d) for i, d in candidates if d.in_force(self.day)]
        for _i, d in candidates:
            if not d.in_force(self.day):
                self.reasons.append(_not_in_force(d, self.day))
        if not in_force:
            self.reasons.append(
                f"No delegation to {self.act.english} is in force {self.where}; only "
                f"officials with the power of their post may act.")
            return []
        problems = index.delegation_problems(self.unit, self.regime, self.city)
        grants = []
        for i, d in in_force:
            errors, warnings = problems.get(i, ((), ()))
            if errors:
                self.reasons.append(f"{_label(d)} confers nothing: it breaks the delegation "
                                    f"rules: " + "; ".join(errors) + ".")
                continue
            grant = self.delegation_grant(d, delegable, delegator, delegate, warnings)
            if grant is not None:
                grants.append(grant)
        return grants

    def delegation_grant(self, d: Delegation, delegable: Cited, delegator: Cited,
                         delegate: Cited, warnings: tuple[str, ...]) -> Grant | None:
        index = self.sindex.unit(self.unit)
        principals = [o for o in index.by_key.get(d.delegator, ())
                      if o.in_office(self.day) and o.post is delegator.value
                      and self.appointment_runs(self.unit, o, quiet=True)]
        if not principals:
            self.reasons.append(f"{_label(d)} confers nothing on {self.day.isoformat()}: "
                                f"{d.delegator} is not the {delegator.value.english} in "
                                f"office that day ({delegator.provision}).")
            return None
        agents = [o for o in index.by_key.get(d.delegate, ())
                  if o.in_office(self.day) and o.post is delegate.value]
        if not agents:
            self.reasons.append(f"{_label(d)} confers nothing on {self.day.isoformat()}: "
                                f"{d.delegate} is not the {delegate.value.english} in office "
                                f"that day ({delegate.provision}).")
            return None
        notes = (f"delegated by {principals[0].name} ({principals[0].post.english}), "
                 f"{d.decision}, {d.period}", *warnings)
        return Grant(agents[0], Basis.DELEGATION, delegable.provision, delegable.confidence,
                     delegation=d, unit=self.unit, notes=notes)


def _label(d: Delegation) -> str:
    number = d.decision or "without a decision number"
    return f"Delegation {number} ({d.delegator} → {d.delegate}, {d.period})"


def _not_in_force(d: Delegation, day: dt.date) -> str:
    last = d.period.last
    if day < d.period.start:
        when = f"it starts on {d.period.start.isoformat()}"
    else:
        when = f"it ended on {last.isoformat() if last else '?'}"
    return f"{_label(d)} is not in force on {day.isoformat()}: {when}."


_DELEGATION_RULES: tuple[Any, ...] | None = None
_INDEX_IN_PATH = re.compile(r"^delegations\[(\d+)\]")


def _judge_delegations(unit: Unit, regime: Regime, city: str | None,
                       ) -> dict[int, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Run the registry's delegation rules on *unit* under *regime*, per delegation."""
    global _DELEGATION_RULES
    from urbangov.validation import Severity, UnitContext, rules

    if _DELEGATION_RULES is None:
        _DELEGATION_RULES = tuple(r for r in rules() if r.code.startswith("UG-DELEG-"))
    ctx = UnitContext("", None, city, regime, None, unit)
    found: dict[int, tuple[list[str], list[str]]] = {}
    for r in _DELEGATION_RULES:
        for finding in r.check(unit, ctx):
            match = _INDEX_IN_PATH.match(finding.path)
            if match is None:
                continue
            errors, warnings = found.setdefault(int(match[1]), ([], []))
            severity = finding.severity or r.severity
            text = f"{finding.message} ({r.code}, {finding.provision or r.provision})"
            (errors if severity is Severity.ERROR else warnings).append(text)
    return {i: (tuple(e), tuple(w)) for i, (e, w) in found.items()}


def __dir__() -> list[str]:
    return sorted(__all__)
