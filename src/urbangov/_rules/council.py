"""Rules on People's Councils (Hội đồng nhân dân): their officers, size, kind and term.

The council's officers are recorded on the council (``PeoplesCouncil.officials``);
a People's Council post listed among the committee's officials is out of place in
every era: where the unit has no council there is no such post at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping

from urbangov._registry import Finding, UnitContext, rule
from urbangov.regimes import Fact
from urbangov.structure import Official, PeoplesCouncil, Unit
from urbangov.terms import Post
from urbangov.time import add_years


def council_officers(unit: Unit, ctx: UnitContext) -> Iterator[tuple[int, Official]]:
    """The council's recorded officers in office on the structure's day, with their index."""
    council = unit.council
    if not isinstance(council, PeoplesCouncil) or ctx.as_of is None:
        return
    for i, official in enumerate(council.officials or ()):
        if official.in_office(ctx.as_of):
            yield i, official


@rule("UG-COUNCIL-POSTS", "A People's Council's officers hold posts the council has "
      "(Chair, Vice-Chair, heads and deputy heads of its committees).",
      term="Thường trực, các Ban của Hội đồng nhân dân", facts=(Fact.COUNCIL_POSTS,))
def council_posts(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    cited = ctx.cited(Fact.COUNCIL_POSTS, unit)
    if cited is None:
        return
    for i, official in council_officers(unit, ctx):
        if official.post not in cited.value:
            yield Finding(ctx.at("council", ("officials", i), "post"),
                          f"{official.name} is recorded on the People's Council (HĐND) as "
                          f"{official.post.english} ({official.post.vietnamese}), which is no "
                          f"post of the council of a {unit.kind.vietnamese} on {ctx.as_of}",
                          cited.provision, {"post": official.post.value})


@rule("UG-COUNCIL-POST-BODY", "People's Council posts are held on the council, never in the "
      "People's Committee; a unit without a council has none.",
      term="chức danh Hội đồng nhân dân", facts=(Fact.COUNCIL_POSTS, Fact.HAS_COUNCIL))
def council_post_body(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    cited = ctx.cited(Fact.COUNCIL_POSTS, unit)
    if cited is None or ctx.as_of is None:
        return
    for i, official in enumerate(unit.officials or ()):
        if not (official.post.is_council and official.in_office(ctx.as_of)):
            continue
        if cited.value:
            why = ("it belongs to the People's Council (HĐND), not to the People's Committee "
                   "(UBND): record it on the council")
        else:
            why = (f"{unit.full_name} has no People's Council (HĐND) on {ctx.as_of}, so there "
                   "is no such council post")
        yield Finding(ctx.at(("officials", i), "post"),
                      f"{official.name} is listed in the People's Committee as "
                      f"{official.post.english} ({official.post.vietnamese}); {why}",
                      cited.provision, {"post": official.post.value,
                                        "council": bool(cited.value)})


@rule("UG-COUNCIL-STANDING-APART", "No member of the People's Council's Standing Committee "
      "holds a post in the People's Committee of the same unit.",
      term="thành viên Thường trực Hội đồng nhân dân không đồng thời là thành viên Ủy ban "
           "nhân dân", facts=(Fact.COUNCIL_STANDING_APART,))
def standing_apart(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    cited = ctx.cited(Fact.COUNCIL_STANDING_APART, unit)
    if cited is None or not cited.value or ctx.as_of is None:
        return
    committee = {o.key: o for o in unit.officials or () if o.in_office(ctx.as_of)}
    for i, officer in council_officers(unit, ctx):
        other = committee.get(officer.key)
        if officer.post.is_standing and other is not None:
            yield Finding(ctx.at("council", ("officials", i)),
                          f"{officer.name} is {officer.post.english} and also holds the "
                          f"People's Committee post of {other.post.english} on {ctx.as_of}; "
                          "the council's Standing Committee may not sit on the People's "
                          "Committee",
                          cited.provision, {"official": officer.key})


def cap_for(value: int | Mapping[str, int], unit: Unit, ctx: UnitContext) -> int | None:
    """A cap given per unit, or per province-level GSO code (None if the code is unknown)."""
    if isinstance(value, int):
        return value
    code = ctx.city or unit.city or unit.code
    return None if code is None else value.get(code)


@rule("UG-COUNCIL-VICE-CHAIR-CAP", "A People's Council has no more Vice-Chairs than the law "
      "allows (one in a commune from the 2026–2031 term).",
      term="số lượng Phó Chủ tịch Hội đồng nhân dân", facts=(Fact.COUNCIL_MAX_VICE_CHAIRS,))
def council_vice_chairs(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    cited = ctx.cited(Fact.COUNCIL_MAX_VICE_CHAIRS, unit)
    if cited is None:
        return
    cap = cap_for(cited.value, unit, ctx)
    count = sum(1 for _i, o in council_officers(unit, ctx) if o.post is Post.COUNCIL_VICE_CHAIR)
    if cap is not None and count > cap:
        yield Finding(ctx.at("council", "officials"),
                      f"{count} Vice-Chairs of the People's Council in office on {ctx.as_of}; "
                      f"the law allows {cap}", cited.provision, {"count": count, "cap": cap})


@rule("UG-COUNCIL-PROVISIONAL", "A provisional People's Council (HĐND lâm thời) exists only "
      "in a former pilot ward, until its 2026–2031 council meets.",
      term="Hội đồng nhân dân lâm thời", facts=(Fact.COUNCIL_MAY_BE_PROVISIONAL,))
def provisional(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    cited = ctx.cited(Fact.COUNCIL_MAY_BE_PROVISIONAL, unit)
    council = unit.council
    if cited is None or not isinstance(council, PeoplesCouncil):
        return
    if council.provisional and not cited.value:
        yield Finding(ctx.at("council", "provisional"),
                      f"{unit.full_name}'s People's Council is recorded as provisional on "
                      f"{ctx.as_of}, but the law in force allows none here", cited.provision,
                      {"provisional": True})


@rule("UG-COUNCIL-TERM", "A People's Council's recorded term lasts no longer than the term "
      "the law sets (five years).", term="nhiệm kỳ Hội đồng nhân dân",
      facts=(Fact.COUNCIL_TERM_YEARS,))
def council_term(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    cited = ctx.cited(Fact.COUNCIL_TERM_YEARS, unit)
    council = unit.council
    if cited is None or not isinstance(council, PeoplesCouncil) or council.term is None:
        return
    term = council.term
    limit = add_years(term.start, cited.value)
    if term.end is not None and term.end > limit:
        yield Finding(ctx.at("council", "term"),
                      f"the council's term is recorded as {term}, longer than "
                      f"{cited.value} years (to {limit - dt.timedelta(days=1)})",
                      cited.provision, {"end": term.end, "limit": limit})


@rule("UG-COUNCIL-FIRST-SESSION", "A People's Council of the 2026–2031 term first met "
      "within 45 days of the election of 2026-03-15.", term="kỳ họp thứ nhất",
      facts=(Fact.FIRST_SESSION_WITHIN_DAYS, Fact.ELECTION_DAY))
def first_session(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    days = ctx.cited(Fact.FIRST_SESSION_WITHIN_DAYS, unit)
    election = ctx.cited(Fact.ELECTION_DAY, unit)
    council = unit.council
    if days is None or election is None or not isinstance(council, PeoplesCouncil) \
            or council.term is None:
        return
    start = council.term.start
    latest = election.value + dt.timedelta(days=days.value)
    # The term that election opened begins before the next one; after *latest*, it is late.
    if latest < start < add_years(election.value, 5):
        yield Finding(ctx.at("council", "term"),
                      f"the council elected on {election.value} is recorded as first meeting "
                      f"on {start}, later than {days.value} days after the election "
                      f"({latest})", days.provision, {"start": start, "latest": latest})
