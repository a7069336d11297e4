"""Rules on the size of a People's Committee's staff (số lượng công chức).

``UG-STAFF-CAP``: under the Capital Law 2024, NĐ 169/2024/NĐ-CP caps the civil
servants of a Hà Nội ward People's Committee at nine (medium: press reports, article
not confirmed).  Each person counts once, whatever posts they hold that day.
"""

from __future__ import annotations

from collections.abc import Iterator

from urbangov._registry import Finding, UnitContext, rule
from urbangov._rules.officials import in_office
from urbangov.law import Confidence
from urbangov.regimes import Fact
from urbangov.structure import Unit
from urbangov.terms import Post

#: Posts held by people who are not the committee's civil servants: the police chief
#: belongs to the police and advises the Chairman (legal reference 4.5, 4.8).
_NOT_STAFF = frozenset({Post.POLICE_CHIEF})


@rule("UG-STAFF-CAP", "A ward People's Committee has no more civil servants, its Chairman "
      "and Vice-Chairmen included, than the law allows (nine in Hà Nội under NĐ 169/2024).",
      term="số lượng công chức Ủy ban nhân dân phường", judges="officials",
      facts=(Fact.STAFF_CAP,), confidence=Confidence.MEDIUM)
def staff_cap(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    cited = ctx.cited(Fact.STAFF_CAP, unit)
    if cited is None or unit.officials is None:
        return
    people = {o.name for _i, o in in_office(unit, ctx)
              if o.post not in _NOT_STAFF and not o.post.is_council}
    if len(people) > cited.value:
        yield Finding(ctx.at("officials"), f"{len(people)} civil servants in the People's "
                      f"Committee of {unit.full_name} on {ctx.as_of}, its Chairman and "
                      f"Vice-Chairmen included; at most {cited.value} are allowed",
                      cited.provision, {"staff": len(people), "cap": cited.value})
