"""One question being answered: its day and regime, and who holds a post that day.

The base of the query: the reasons gathered so far, the answer assembled from grants,
the officials holding a post by their own power, and why a post counts as vacant.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from urbangov.authority._model import Answer, Basis, Grant, PostGrant
from urbangov.regimes import Cited, Fact, Regime
from urbangov.structure import Official, Unit
from urbangov.tenure import is_acting
from urbangov.terms import Act, Post

if TYPE_CHECKING:  # the index imports the delegation rules, which build on this module
    from urbangov.authority._index import _StructureIndex

_POST_ORDER = {post: i for i, post in enumerate(Post)}


@attrs.define
class _QueryBase:
    act: Act
    day: dt.date
    unit: Unit
    regime: Regime
    city: str | None
    sindex: _StructureIndex
    reasons: list[str] = attrs.field(factory=list)

    def answer(self, grants: Sequence[Grant], performed_by: Cited | None = None,
               posts: Sequence[PostGrant] = (), known: bool = True) -> Answer:
        ordered = sorted(grants, key=lambda g: (g.basis is Basis.DELEGATION,
                                                _POST_ORDER[g.official.post], g.official.name))
        by_post = sorted(posts, key=lambda p: (p.basis is Basis.DELEGATION,
                                               _POST_ORDER[p.post]))
        return Answer(self.act, self.day, self.unit, tuple(ordered), tuple(self.reasons),
                      self.regime, performed_by, tuple(by_post), known)

    @property
    def where(self) -> str:
        return (f"in {self.unit.full_name} on {self.day.isoformat()} under the "
                f"{self.regime.name}")

    def fact(self, fact: Fact, unit: Unit | None = None) -> Cited | None:
        return self.regime.fact(fact, (unit or self.unit).kind)

    def not_here(self) -> Answer:
        # A regime that is silent is not a law that no one may: say what is not known.
        self.reasons.append(
            f"Not known: the library does not encode who may {self.act.english} {self.where}"
            f"; the regime gives that act to no post of a {self.unit.kind.vietnamese} "
            f"({self.unit.kind.english}) People's Committee (not encoded, or an act not "
            f"performed at this level). This is not a finding that no one may.")
        return self.answer((), known=False)

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
            how = (f"ended early on {term.last.isoformat()}: {term.cuts[0]}" if term.cuts
                   else f"ended with its {term.years}-year term on {term.last.isoformat()} "
                        f"({term.provision})")
            self.reasons.append(
                f"{official.name}'s appointment as {official.post.english} {how}; the record "
                f"runs on, but a new appointment decision would be needed.")
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
