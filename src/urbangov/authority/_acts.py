"""The answer for each kind of act: own power of a post, committee decisions,
certifications, and appointments made by the level above.
"""

from __future__ import annotations

import attrs

from urbangov.authority._delegations import _DelegationQuery
from urbangov.authority._model import Answer, Basis, Grant, PostGrant
from urbangov.authority._posts import _POST_ORDER
from urbangov.regimes import APPOINTING_FACT, Cited, Fact, RegimeError, regime_for
from urbangov.structure import Unit
from urbangov.terms import Act, Authority, DecisionMode, Level, Post

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
_OWN_POWER_FACT = {Act.ISSUE_WORKING_RULES: Fact.WORKING_RULES_ISSUER,
                   Act.HOLD_DIALOGUE: Fact.DIALOGUES_PER_YEAR}


@attrs.define
class _Query(_DelegationQuery):
    def own_power(self, fact: Fact) -> Answer:
        cited = self.fact(fact)
        if cited is None:
            return self.not_here()
        post = cited.value if isinstance(cited.value, Post) else Post.CHAIR
        extra: tuple[str, ...] = ()
        if fact is Fact.DIALOGUES_PER_YEAR:
            extra = (f"at least {cited.value} a year ({cited.provision})",)
        mode = self.fact(Fact.DECISION_MODE)
        if fact is Fact.WORKING_RULES_ISSUER and mode is not None \
                and mode.value is DecisionMode.COLLECTIVE:  # the committee adopts them
            extra = (f"the People's Committee issues its own working rules "
                     f"({cited.provision}); the Chairman signs its decision",)
        if self.unrecorded(self.unit):
            return self.answer((), posts=[PostGrant(post, Basis.OWN_POWER, cited.provision,
                                                    cited.confidence, extra)])
        return self.answer(self.holders(self.unit, post, cited, extra=extra))

    def decision(self) -> Answer:
        cited = self.fact(Fact.DECISION_MODE)
        if cited is None:
            return self.not_here()
        residual = self.fact(Fact.CHAIR_DECIDES_OTHER_MATTERS)
        if cited.value is DecisionMode.COLLECTIVE and residual is not None and residual.value:
            return self.residual(cited, residual)
        if cited.value is DecisionMode.COLLECTIVE:
            self.reasons.append(
                f"The People's Committee of {self.unit.full_name} decides its matters "
                f"collectively, by a majority of all its members, not through one official "
                f"({cited.value.vietnamese}, {cited.provision}).")
            return self.answer(())
        extra: tuple[str, ...] = ()
        discuss = self.fact(Fact.COLLECTIVE_DISCUSSION)
        if discuss is not None:
            extra = (f"listed matters must first be discussed collectively "
                     f"({discuss.provision})",)
        if self.unrecorded(self.unit):  # head of agency: the post, though no one is named
            return self.answer((), posts=[PostGrant(Post.CHAIR, Basis.OWN_POWER,
                                                    cited.provision, cited.confidence, extra)])
        return self.answer(self.holders(self.unit, Post.CHAIR, cited, extra=extra))

    def residual(self, mode: Cited, residual: Cited) -> Answer:
        """Two-tier: the listed matters collectively, the Chairman the rest."""
        majority = self.fact(Fact.DECISION_MAJORITY)
        vote = f" by {majority.value} ({majority.provision})" if majority is not None else ""
        self.reasons.append(
            f"The People's Committee of {self.unit.full_name} decides the matters of "
            f"{mode.provision} collectively{vote}; no one official decides those.")
        note = (f"only matters outside {mode.provision}, on the committee's behalf, "
                f"reporting at its next meeting",)
        if self.unrecorded(self.unit):
            return self.answer((), posts=[PostGrant(Post.CHAIR, Basis.OWN_POWER,
                                                    residual.provision, residual.confidence,
                                                    note)])
        return self.answer(self.holders(self.unit, Post.CHAIR, residual, extra=note))

    def by_level_above(self, parent: Unit | None, grandparent: Unit | None) -> Answer:
        post, verb = _APPOINTMENT_ACTS[self.act]
        if self.unit.kind.level is not Level.COMMUNE:
            self.reasons.append(f"To {self.act.english} concerns a ward: pass the "
                                f"ward itself, or name it within its district or city (ward=... in "
                                f"Python, --ward on the command line).")
            return self.answer(())
        fact = APPOINTING_FACT[post]
        removed = self.fact(Fact.LEADERS_REMOVED_BY)
        if verb == "dismisses" and removed is not None:
            fact = Fact.LEADERS_REMOVED_BY
        cited = self.fact(fact)
        if cited is None:
            return self.not_here()
        grants: list[Grant] = []
        relieves = self.fact(Fact.COUNCIL_RELIEVES_LEADERS)
        if fact is Fact.LEADERS_REMOVED_BY and relieves is not None and relieves.value:
            grants += self.authority(Authority.OWN_COUNCIL, relieves, "relieves", post,
                                     parent, grandparent)
        for authority in cited.value:
            grants += self.authority(authority, cited, verb, post, parent, grandparent)
        designated = self.fact(Fact.LEADERS_DESIGNATED_BY)
        formed = self.fact(Fact.LEADERS_DESIGNATED_ON)  # designation staffed new units
        if designated is not None and formed is not None and self.day >= formed.value:
            self.reasons.append(
                f"Designation ({designated.provision}) staffs the units formed on "
                f"{formed.value}: a post left vacant later is filled by election.")
        if verb == "appoints" and designated is not None:
            for authority in designated.value:
                grants += self.authority(authority, designated, "designates", post, parent,
                                         grandparent)
        approved = self.fact(Fact.CHAIR_APPROVED_BY)
        relieved = relieves is not None and relieves.value and fact is Fact.LEADERS_REMOVED_BY
        if approved is not None and (verb == "appoints" or relieved):
            who = " or ".join(f"the {a.english}" for a in approved.value)
            what = "election" if verb == "appoints" else "council's relief, like its election,"
            self.reasons.append(f"The {what} is approved (phê chuẩn) by {who} "
                                f"({approved.provision}).")
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
                    f"Committee of {level} {verb} {whom} ({cited.provision}); given the "
                    f"structure that contains the ward (ward=... with the district or city "
                    f"in Python, --file on the command line), they are named.")
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
        posts = sorted(certifiers.value, key=_POST_ORDER.__getitem__)
        if self.unrecorded(self.unit):
            own = [PostGrant(p, Basis.OWN_POWER, certifiers.provision, certifiers.confidence)
                   for p in posts]
            return self.answer((), posts=own + self.delegable_posts())
        grants: list[Grant] = []
        for post in posts:
            grants += self.holders(self.unit, post, certifiers, report=False)
        if not grants:  # say why for each post; a missing Vice-Chairman alone is no news
            for post in posts:
                self.vacant(self.unit, post, self.regime)
        elif not any(g.official.post is Post.CHAIR for g in grants) and Post.CHAIR in posts:
            self.vacant(self.unit, Post.CHAIR, self.regime)
        return self.answer(grants + self.delegated())
