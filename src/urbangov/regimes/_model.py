"""The shape of a regime: dated facts, each with its provision and confidence."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from typing import Any

import attrs

from urbangov.law import Confidence, Instrument, Provision
from urbangov.terms import (
    Authority,
    DecisionMode,
    Level,
    Post,
    UnitClass,
    UnitKind,
    possible_classes,
)
from urbangov.time import Period

__all__ = ["APPOINTING_FACT", "Cited", "Fact", "Regime", "RegimeError", "UnknownFactError"]


class RegimeError(LookupError):
    """No regime covers that unit on that day (or the unit no longer exists)."""


class UnknownFactError(RegimeError):
    """The regime has no answer to that question for that kind of unit."""


class Fact(enum.Enum):
    """A question every regime answers, per kind of unit.  The value is a slug.

    The English statement of each fact is :attr:`question`.
    """

    __hash__ = object.__hash__  # singletons: identity hash, as terms._Named

    UNIT_EXISTS = "unit_exists"
    HAS_COUNCIL = "has_council"
    DECISION_MODE = "decision_mode"
    COLLECTIVE_DISCUSSION = "collective_discussion"
    CHAIR_APPOINTED_BY = "chair_appointed_by"
    VICE_CHAIR_APPOINTED_BY = "vice_chair_appointed_by"
    ACTING_CHAIR_ASSIGNED_BY = "acting_chair_assigned_by"
    MAX_VICE_CHAIRS = "max_vice_chairs"
    TERM_YEARS = "term_years"
    CHAIR_MAX_CONSECUTIVE_YEARS = "chair_max_consecutive_years"
    COMMITTEE_POSTS = "committee_posts"
    STAFF_PAYROLL = "staff_payroll"
    STAFF_CAP = "staff_cap"
    CERTIFIERS = "certifiers"
    DELEGATOR_POST = "delegator_post"
    DELEGATE_POST = "delegate_post"
    DELEGABLE_ACTS = "delegable_acts"
    DELEGATE_MIN_YEARS = "delegate_min_years"
    DELEGATION_FORM = "delegation_form"
    NO_REDELEGATION = "no_redelegation"
    WORKING_RULES_ISSUER = "working_rules_issuer"
    WORKING_RULES_MODEL = "working_rules_model"
    WORKING_RULES_FROM = "working_rules_from"
    DIALOGUES_PER_YEAR = "dialogues_per_year"
    # The two-tier local government (from 2025-07-01) and the councils of every era.
    COLLECTIVE_MATTERS = "collective_matters"
    CHAIR_DECIDES_OTHER_MATTERS = "chair_decides_other_matters"
    DECISION_MAJORITY = "decision_majority"
    LEADERS_DESIGNATED_BY = "leaders_designated_by"
    LEADERS_DESIGNATED_ON = "leaders_designated_on"
    CHAIR_APPROVED_BY = "chair_approved_by"
    LEADERS_REMOVED_BY = "leaders_removed_by"
    COUNCIL_RELIEVES_LEADERS = "council_relieves_leaders"
    PROVINCE_VICE_CHAIR_CAPS = "province_vice_chair_caps"
    NEW_COUNCIL_VICE_CHAIR_CAPS = "new_council_vice_chair_caps"
    SURPLUS_KEPT_UNTIL = "surplus_kept_until"
    MEAN_VICE_CHAIRS_PER_COMMUNE = "mean_vice_chairs_per_commune"
    COMMITTEE_MEMBERS = "committee_members"
    COMMITTEE_COMPOSITION_SET_BY = "committee_composition_set_by"
    COMMUNE_OFFICES = "commune_offices"
    MEAN_OFFICES_PER_COMMUNE = "mean_offices_per_commune"
    COUNCIL_POSTS = "council_posts"
    COUNCIL_STANDING_APART = "council_standing_apart"
    COUNCIL_BAN_OFFICERS_APART = "council_ban_officers_apart"
    COUNCIL_COMMITTEES = "council_committees"
    COUNCIL_MAX_VICE_CHAIRS = "council_max_vice_chairs"
    MEAN_COUNCIL_DEPUTY_HEADS = "mean_council_deputy_heads"
    COUNCIL_COMPOSITION_SET_BY = "council_composition_set_by"
    COUNCIL_TERM_YEARS = "council_term_years"
    COUNCIL_MAY_BE_PROVISIONAL = "council_may_be_provisional"
    ELECTION_DAY = "election_day"
    FIRST_SESSION_WITHIN_DAYS = "first_session_within_days"
    DELEGATION_SCOPE_SET_BY = "delegation_scope_set_by"
    DELEGATE_SEAL = "delegate_seal"
    DELEGATE_LAW_DEGREE = "delegate_law_degree"
    CAPITAL_POWERS_NOT_DELEGABLE = "capital_powers_not_delegable"
    PILOT_MODELS_ALLOWED = "pilot_models_allowed"

    @property
    def question(self) -> str:
        """What the fact answers, in English."""
        return _QUESTIONS[self]


#: The fact that names who puts the holder of each leading post in office.
APPOINTING_FACT: Mapping[Post, Fact] = {Post.CHAIR: Fact.CHAIR_APPOINTED_BY,
                                        Post.VICE_CHAIR: Fact.VICE_CHAIR_APPOINTED_BY}

_QUESTIONS = {
    Fact.UNIT_EXISTS: "Does this kind of unit exist?",
    Fact.HAS_COUNCIL: "Does the unit have a People's Council (HĐND)?",
    Fact.DECISION_MODE: "How does the People's Committee decide?",
    Fact.COLLECTIVE_DISCUSSION: "Who discusses listed matters collectively before the "
                                "Chairman decides?",
    Fact.CHAIR_APPOINTED_BY: "Who elects or appoints the Chairman?",
    Fact.VICE_CHAIR_APPOINTED_BY: "Who elects or appoints the Vice-Chairmen?",
    Fact.ACTING_CHAIR_ASSIGNED_BY: "Who assigns an acting Chairman when the post is vacant?",
    Fact.MAX_VICE_CHAIRS: "How many Vice-Chairmen may the committee have, by unit class?",
    Fact.TERM_YEARS: "How long is one appointment of a Chairman or Vice-Chairman (years)?",
    Fact.CHAIR_MAX_CONSECUTIVE_YEARS: "How many consecutive years may one person chair "
                                      "the same unit?",
    Fact.COMMITTEE_POSTS: "Which posts does the People's Committee have?",
    Fact.STAFF_PAYROLL: "Whose civil-service quota do the unit's civil servants count against?",
    Fact.STAFF_CAP: "How many civil servants may the People's Committee have at most, "
                    "its Chairman and Vice-Chairmen included?",
    Fact.CERTIFIERS: "Which posts sign certifications by their own power?",
    Fact.DELEGATOR_POST: "Which post may delegate certification?",
    Fact.DELEGATE_POST: "Which post may receive a certification delegation?",
    Fact.DELEGABLE_ACTS: "Which acts may be delegated?",
    Fact.DELEGATE_MIN_YEARS: "How many years in the field must the delegate have?",
    Fact.DELEGATION_FORM: "Must a delegation be written, limited in time and never "
                          "re-delegated?",
    Fact.NO_REDELEGATION: "Is the delegate barred from delegating onward (ủy quyền lại)?",
    Fact.WORKING_RULES_ISSUER: "Which post issues the committee's working rules?",
    Fact.WORKING_RULES_MODEL: "Which model must the working rules follow?",
    Fact.WORKING_RULES_FROM: "From which day may the working rules apply?",
    Fact.DIALOGUES_PER_YEAR: "How many dialogues with residents must the Chairman hold a year?",
    Fact.COLLECTIVE_MATTERS: "Which matters must the People's Committee decide collectively?",
    Fact.CHAIR_DECIDES_OTHER_MATTERS: "May the Chairman decide the other matters on the "
                                      "committee's behalf?",
    Fact.DECISION_MAJORITY: "What majority does a collective decision need?",
    Fact.LEADERS_DESIGNATED_BY: "Who designated the first leaders of units formed in the "
                                "2025 reorganisation?",
    Fact.LEADERS_DESIGNATED_ON: "From which day (the units' formation) could their first "
                                "leaders be designated without election?",
    Fact.CHAIR_APPROVED_BY: "Who approves the election of the Chairman and Vice-Chairmen?",
    Fact.LEADERS_REMOVED_BY: "Who may dismiss or transfer the Chairman and Vice-Chairmen?",
    Fact.COUNCIL_RELIEVES_LEADERS: "Does the People's Council relieve (miễn nhiệm) the "
                                   "Chairman and Vice-Chairmen by its vote?",
    Fact.PROVINCE_VICE_CHAIR_CAPS: "How many Vice-Chairmen may each province-level "
                                   "People's Committee have, by GSO code?",
    Fact.NEW_COUNCIL_VICE_CHAIR_CAPS: "From which day, once the unit's new People's Council "
                                      "has begun its term, do which caps on Vice-Chairmen "
                                      "apply?",
    Fact.SURPLUS_KEPT_UNTIL: "Until which day may a province formed by the 2025 merger keep "
                             "the Vice-Chairmen it had above the cap?",
    Fact.MEAN_VICE_CHAIRS_PER_COMMUNE: "How many Vice-Chairmen may a province's communes "
                                       "have on average?",
    Fact.COMMITTEE_MEMBERS: "Which posts are members (ủy viên) of the People's Committee?",
    Fact.COMMITTEE_COMPOSITION_SET_BY: "Who sets the number and structure of the "
                                       "committee's members?",
    Fact.COMMUNE_OFFICES: "Which specialised offices does the commune People's Committee "
                          "have?",
    Fact.MEAN_OFFICES_PER_COMMUNE: "How many offices may a province's communes have on "
                                   "average?",
    Fact.COUNCIL_POSTS: "Which posts does the People's Council have?",
    Fact.COUNCIL_STANDING_APART: "Are members of the council's Standing Committee barred "
                                 "from the People's Committee?",
    Fact.COUNCIL_BAN_OFFICERS_APART: "Which People's Committee posts may the heads and deputy "
                                     "heads of the council's committees (Ban) not hold?",
    Fact.COUNCIL_COMMITTEES: "Which committees (ban) does the People's Council have?",
    Fact.COUNCIL_MAX_VICE_CHAIRS: "How many Vice-Chairs may the People's Council have?",
    Fact.MEAN_COUNCIL_DEPUTY_HEADS: "How many deputy heads may each committee of the "
                                    "province's commune councils have on average?",
    Fact.COUNCIL_COMPOSITION_SET_BY: "Who sets the number of council deputies and "
                                     "committees?",
    Fact.COUNCIL_TERM_YEARS: "How long is the People's Council's term (years)?",
    Fact.COUNCIL_MAY_BE_PROVISIONAL: "May the unit's council be a provisional one "
                                     "(HĐND lâm thời)?",
    Fact.ELECTION_DAY: "On which day were the 2026–2031 People's Councils elected?",
    Fact.FIRST_SESSION_WITHIN_DAYS: "Within how many days of the election must a new "
                                    "council first meet?",
    Fact.DELEGATION_SCOPE_SET_BY: "Who sets what the Chairman may delegate to civil "
                                  "servants?",
    Fact.DELEGATE_SEAL: "Whose seal does a delegated civil servant use?",
    Fact.DELEGATE_LAW_DEGREE: "Must the delegate hold a law degree?",
    Fact.CAPITAL_POWERS_NOT_DELEGABLE: "Are powers the Capital Law gives barred from "
                                       "further transfer or delegation?",
    Fact.PILOT_MODELS_ALLOWED: "May the city People's Council pilot new models of "
                               "government organisation?",
}


@attrs.frozen
class Cited:
    """A value of the law together with the provision that sets it.

    Attributes:
        value: the answer (a bool, an int, an enum member, a set or a mapping).
        provision: where the law says so.
        confidence: how sure the reading is.
        note: what a reader should know about the reading, in English.
    """

    value: Any
    provision: Provision
    confidence: Confidence = Confidence.HIGH
    note: str | None = None

    def __str__(self) -> str:
        return f"{_show(self.value)} ({self.provision}; {self.confidence.value})"


def _show(value: Any) -> str:
    if isinstance(value, enum.Enum):
        return str(getattr(value, "english", value.value))
    if isinstance(value, frozenset):
        return ", ".join(sorted(_show(v) for v in value)) or "none"
    if isinstance(value, Mapping):
        return ", ".join(f"{_show(k)}: {_show(v)}" for k, v in value.items())
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Instrument):
        return str(value)
    return str(value)


@attrs.frozen(eq=False)
class Regime:
    """The law in force for some kinds of unit of one city (or everywhere) in a period.

    Attributes:
        key: a stable slug ("hanoi-pilot").
        name: an English name.
        vietnamese: the Vietnamese name.
        city: GSO code of the city it governs, or ``None`` for the national default.
        period: the days it applies.
        instruments: the instruments it rests on.
        facts: answers per (fact, kind of unit), each :class:`Cited`.
        summary: one paragraph on the regime, in English.
    """

    key: str
    name: str
    vietnamese: str
    city: str | None
    period: Period
    instruments: tuple[Instrument, ...]
    facts: Mapping[tuple[Fact, UnitKind], Cited] = attrs.field(repr=False)
    summary: str = ""
    # The same facts by kind, then by fact: validation asks thousands of times.
    _by_kind: dict[UnitKind, dict[Fact, Cited]] = attrs.field(init=False, repr=False,
                                                              eq=False)

    def __attrs_post_init__(self) -> None:
        by_kind: dict[UnitKind, dict[Fact, Cited]] = {}
        for (fact, kind), cited in self.facts.items():
            by_kind.setdefault(kind, {})[fact] = cited
        object.__setattr__(self, "_by_kind", by_kind)

    @property
    def kinds(self) -> frozenset[UnitKind]:
        """The kinds of unit this regime governs."""
        return frozenset(self._by_kind)

    def governs(self, kind: UnitKind) -> bool:
        """Whether the regime has answers for this kind of unit."""
        return kind in self._by_kind

    def fact(self, fact: Fact, kind: UnitKind) -> Cited | None:
        """The cited answer to *fact* for *kind*, or ``None`` if the regime is silent."""
        facts = self._by_kind.get(kind)
        return None if facts is None else facts.get(fact)

    def facts_for(self, kind: UnitKind) -> Mapping[Fact, Cited]:
        """Every cited answer for *kind*, by fact (empty if the regime does not govern it)."""
        return self._by_kind.get(kind, _NO_FACTS)

    def explain(self, fact: Fact, unit: Any) -> Cited:
        """The cited answer to *fact* for *unit* (a unit or a :class:`UnitKind`).

        Raises:
            UnknownFactError: the regime does not answer that for that kind of unit.
        """
        kind = _kind(unit)
        cited = self.facts.get((fact, kind))
        if cited is None:
            raise UnknownFactError(
                f"the regime {self.name!r} has no answer to {fact.question!r} for a "
                f"{kind.vietnamese} ({kind.english})")
        return cited

    def has_council(self, unit: Any) -> bool:
        """Whether *unit* has a People's Council (Hội đồng nhân dân) in this regime."""
        return bool(self.explain(Fact.HAS_COUNCIL, unit).value)

    def decision_mode(self, unit: Any) -> DecisionMode:
        """Whether *unit*'s People's Committee decides as head of agency or collectively."""
        mode: DecisionMode = self.explain(Fact.DECISION_MODE, unit).value
        return mode

    def appointing_authority(self, post: Post, unit: Any) -> Authority:
        """Who elects or appoints the holder of *post* (Chair or Vice-Chair) in *unit*.

        Where the law accepts more than one (the 2025 designations), this is the
        ordinary one; :meth:`explain` gives them all.
        """
        fact = APPOINTING_FACT.get(post)
        if fact is None:
            raise UnknownFactError(f"the regimes say who appoints Chairs and Vice-Chairs, "
                                   f"not {post.english}s")
        authorities: tuple[Authority, ...] = self.explain(fact, unit).value
        return authorities[0]

    def max_vice_chairs(self, unit: Any, unit_class: UnitClass | None = None) -> int:
        """The most Vice-Chairmen *unit*'s committee may have.

        The class is *unit_class*, else the unit's own; when it is not recorded, the
        largest cap of the classes the unit can have (see :func:`vice_chair_caps`).
        """
        kind = _kind(unit)
        # A regime caps a kind of unit one way: by class (MAX_VICE_CHAIRS), per province
        # (PROVINCE_VICE_CHAIR_CAPS) or, for communes, on average over a province
        # (MEAN_VICE_CHAIRS_PER_COMMUNE); tests/regimes/test_timeline.py checks the tables.
        by_province = self.fact(Fact.PROVINCE_VICE_CHAIR_CAPS, kind)
        if by_province is not None:
            code = _city_of(unit, kind)
            if code not in by_province.value:
                raise UnknownFactError(
                    f"{by_province.provision} sets a cap per province: pass a unit whose "
                    f"city is a province-level GSO code ({', '.join(sorted(by_province.value))})")
            return int(max(by_province.value[code]))
        if kind.level is Level.COMMUNE:
            mean = next((c for (f, _k), c in self.facts.items()
                         if f is Fact.MEAN_VICE_CHAIRS_PER_COMMUNE), None)
            if mean is not None:
                raise UnknownFactError(
                    f"no cap per commune under the {self.name}: the province's communes may "
                    f"have at most {mean.value} Vice-Chairmen on average ({mean.provision})")
        caps: Mapping[UnitClass, int] = self.explain(Fact.MAX_VICE_CHAIRS, unit).value
        cls = unit_class or getattr(unit, "unit_class", None) or UnitClass.UNKNOWN
        return max(vice_chair_caps(caps, kind, _city_of(unit, kind), cls))

    def rows(self) -> list[tuple[Fact, UnitKind, Cited]]:
        """Every fact of the regime as (fact, kind, cited answer), in table order."""
        return [(fact, kind, cited) for (fact, kind), cited in self.facts.items()]


_NO_FACTS: Mapping[Fact, Cited] = {}


def _kind(unit: Any) -> UnitKind:
    if isinstance(unit, UnitKind):
        return unit
    kind = getattr(unit, "kind", None)
    if not isinstance(kind, UnitKind):
        raise TypeError(f"expected a unit or a UnitKind, got {unit!r}")
    return kind


def _city_of(unit: Any, kind: UnitKind) -> str | None:
    """The GSO code of *unit*'s city: its ``city``, or a province-level unit's own code
    (``City(name="Hải Phòng", code="31")`` records no ``city``)."""
    city = getattr(unit, "city", None)
    if city is None and kind.level is Level.PROVINCE:
        city = getattr(unit, "code", None)
    return city


def vice_chair_caps(caps: Mapping[UnitClass, int], kind: UnitKind, city: str | None,
                    unit_class: UnitClass) -> list[int]:
    """The caps that may apply to a unit: one if its class is known, else one per class
    it can have (every class of the table, when the law does not narrow it)."""
    classes = possible_classes(kind, city, unit_class)
    found = [caps[c] for c in classes if c in caps]
    return found or list(caps.values())
