"""The answer of :func:`~urbangov.authority.who_may`: each grant of power and its basis."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator

import attrs

from urbangov.law import Confidence, Provision
from urbangov.regimes import Cited, Regime
from urbangov.structure import Delegation, Official, Unit
from urbangov.terms import Act, Post


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
class PostGrant:
    """A post whose holder may perform the act, when no person is recorded.

    Attributes:
        post: the post (chức danh).
        basis: own power of the post, or a delegation the law allows to that post.
        provision: the provision that gives the power, or allows the delegation.
        confidence: how sure the reading of that provision is.
        notes: conditions (a written, time-limited delegation within the scope the
            provincial People's Council set, the seal to use, ...).
    """

    post: Post
    basis: Basis
    provision: Provision
    confidence: Confidence = Confidence.HIGH
    notes: tuple[str, ...] = ()

    def __str__(self) -> str:
        if self.basis is Basis.DELEGATION:
            how = f"if delegated in writing by the Chairman, allowed by {self.provision}"
        else:
            how = f"by the power of the post, {self.provision}"
        return f"the {self.post.english} ({self.post.vietnamese}) — {how} [{self.confidence.value}]"


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
        posts: when the unit's officials are not recorded, the posts whose holders may
            perform the act, each with its provision (own power first).
        known: ``False`` when the library does not encode who may perform the act under
            the regime: an empty answer then means "not known", not "no one may".
    """

    act: Act
    on: dt.date
    unit: Unit = attrs.field(eq=False, repr=lambda u: repr(u.full_name))
    grants: tuple[Grant, ...] = ()
    reasons: tuple[str, ...] = ()
    regime: Regime | None = attrs.field(default=None, eq=False,
                                        repr=lambda r: repr(r and r.key))
    performed_by: Cited | None = None
    posts: tuple[PostGrant, ...] = ()
    known: bool = True

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
        lines += [f"  ✓ {g}" for g in self.grants] or (
            ["  no official is named; by post:"] if self.posts
            else ["  nobody"] if self.known else ["  not known (not encoded in the library)"])
        lines += [f"  ◦ {p}" for p in self.posts]
        lines += [f"  · {r}" for r in self.reasons]
        return "\n".join(lines)
