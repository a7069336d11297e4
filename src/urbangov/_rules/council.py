"""Rules on People's Councils (Hội đồng nhân dân): their officers, size, kind and term.

The council's officers are recorded on the council (``PeoplesCouncil.officials``);
a People's Council post listed among the committee's officials is out of place in
every era: where the unit has no council there is no such post at all.
"""

from __future__ import annotations

import datetime as dt
import functools
import warnings
from collections.abc import Iterator, Mapping

from urbangov._registry import Finding, UnitContext, rule
from urbangov._rules.units import _general_law, province_on
from urbangov.law import Confidence, Provision, catalogue
from urbangov.regimes import Fact, RegimeError, regime_for
from urbangov.structure import Official, PeoplesCouncil, Unit
from urbangov.terms import Level, Post, UnitKind
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
    committee = {o.key: o for o in unit.officials or ()
                 if o.in_office(ctx.as_of) and o.post not in _NOT_MEMBERS}
    for i, officer in council_officers(unit, ctx):
        other = committee.get(officer.key)
        if officer.post.is_standing and other is not None:
            yield Finding(ctx.at("council", ("officials", i)),
                          f"{officer.name} is {officer.post.english} and also holds the "
                          f"People's Committee post of {other.post.english} on {ctx.as_of}; "
                          "the council's Standing Committee may not sit on the People's "
                          "Committee",
                          cited.provision, {"official": officer.key})


#: Staff of the committee who are not its members (thành viên): civil servants, and the
#: Director of the public-service centre, which is no specialised agency (NĐ 300/2025
#: Điều 7 k.2 names the heads of specialised agencies, the military and police members).
_NOT_MEMBERS = frozenset({Post.CIVIL_SERVANT, Post.SERVICE_CENTRE_DIRECTOR,
                          *(p for p in Post if p.is_commune_title)})


@rule("UG-COUNCIL-BAN-APART", "No head or deputy head of a People's Council committee (Ban) "
      "heads a specialised office of the People's Committee of the same unit (a head, a "
      "Standing Committee member, is reported by UG-COUNCIL-STANDING-APART).",
      term="Trưởng Ban, Phó Trưởng Ban không đồng thời là người đứng đầu cơ quan chuyên môn",
      facts=(Fact.COUNCIL_BAN_OFFICERS_APART,))
def ban_apart(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    cited = ctx.cited(Fact.COUNCIL_BAN_OFFICERS_APART, unit)
    if cited is None or ctx.as_of is None:
        return
    heads = {o.key: o for o in unit.officials or ()
             if o.in_office(ctx.as_of) and o.post in cited.value}
    # A committee head sits on the Standing Committee: where UG-COUNCIL-STANDING-APART
    # bars it from the People's Committee altogether, that rule reports it, once.
    standing = ctx.cited(Fact.COUNCIL_STANDING_APART, unit)
    judged = {Post.COUNCIL_COMMITTEE_DEPUTY} | (
        set() if standing is not None and standing.value else {Post.COUNCIL_COMMITTEE_HEAD})
    for i, officer in council_officers(unit, ctx):
        other = heads.get(officer.key)
        if other is not None and officer.post in judged:
            yield Finding(ctx.at("council", ("officials", i)),
                          f"{officer.name} is {officer.post.english} and also "
                          f"{other.post.english} on {ctx.as_of}; a head or deputy head of a "
                          "council committee may not head a specialised office of the "
                          "People's Committee", cited.provision, {"official": officer.key})


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


def _provisional_basis(on: dt.date | None = None) -> Provision:
    """Why a provisional council is refused on *on*: from 2025-07-01 (the wards formed that
    day) the one provision that creates one, Luật 72/2025 Điều 53 k.2 b; before, the
    general law of the day, under which every council was elected and none provisional."""
    from urbangov import units

    if on is not None and on < units.REFORM:
        return _general_law(on)
    return catalogue().get("72/2025/QH15").at(53, 2, "b")


@functools.lru_cache(maxsize=4096)
def _formed_from(code: str, day: dt.date) -> tuple[bool, tuple[str, ...]] | None:
    """Whether the commune-level unit holding *code* on *day* was formed from wards of
    the urban-government model, with the units it was formed from; None if the bundled
    units (:mod:`urbangov.units`) do not know it.

    A ward of that model is one the regime of the eve of the 2025-07-01 rearrangement
    gives no People's Council (Hà Nội, TP Hồ Chí Minh, Đà Nẵng): the library's own
    regimes say which, not a second list of cities.  A unit that kept its identity across
    2025-07-01 was formed from itself.
    """
    from urbangov import units

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a coverage gap: what the data says still holds
            history = units.history(code, day)
    except (LookupError, ValueError):
        return None
    now = history.unit.on(day)
    if now is None or history.unit.level is not Level.COMMUNE:
        return None
    eve = units.REFORM - dt.timedelta(days=1)
    ids = [ln.predecessor for ln in history.predecessors if ln.day == units.REFORM]
    if not ids and history.unit.on(eve) is not None:
        ids = [history.unit.id]
    found = [(v, province_on(v.parent, eve)) for v in
             (units.get(i).on(eve) for i in ids) if v is not None]
    if not found:
        return None  # formed later, or before the data: nothing known
    pilot = any(v.kind is UnitKind.PHUONG and _without_council(province, eve)
                for v, province in found)
    return pilot, tuple(v.full_name for v, _province in found)


def _without_council(province: str | None, day: dt.date) -> bool:
    """Whether a ward of *province* had no People's Council on *day* (the urban-government
    model), by the regime of that day."""
    if province is None:
        return False
    try:
        cited = regime_for(UnitKind.PHUONG, day, city=province).fact(Fact.HAS_COUNCIL,
                                                                     UnitKind.PHUONG)
    except RegimeError:
        return False
    return cited is not None and cited.value is False


@rule("UG-COUNCIL-PROVISIONAL", "A provisional People's Council (HĐND lâm thời) exists only "
      "from 2025-07-01, in a ward formed from wards of the urban-government model (Hà Nội, "
      "TP Hồ Chí Minh, Đà Nẵng), until its 2026–2031 council meets.",
      term="Hội đồng nhân dân lâm thời", provision=_provisional_basis,
      confidence=Confidence.HIGH)
def provisional(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    # No ``facts=``: the engine would skip the rule under the regimes before 2025-07-01,
    # which state nothing of provisional councils, and that silence is the refusal.
    council = unit.council
    if not isinstance(council, PeoplesCouncil) or not council.provisional \
            or ctx.regime is None or ctx.as_of is None:
        return
    where = ctx.at("council", "provisional")
    cited = ctx.cited(Fact.COUNCIL_MAY_BE_PROVISIONAL, unit)
    if cited is None:  # no regime of the day provides one: before 2025-07-01, or no ward
        yield Finding(where, f"{unit.full_name}'s People's Council is recorded as "
                      f"provisional on {ctx.as_of}, but a provisional council (HĐND lâm thời) "
                      "exists only in a ward formed from wards of the urban-government "
                      "model, from 2025-07-01 until its 2026–2031 council met",
                      _provisional_basis(ctx.as_of), {"provisional": True})
        return
    if not cited.value:
        yield Finding(where, f"{unit.full_name}'s People's Council is recorded as "
                      f"provisional on {ctx.as_of}, but the law in force allows none here",
                      cited.provision, {"provisional": True})
        return
    # The city's regime allows one; the ward must also come from wards of the model.
    origin = _formed_from(unit.code, ctx.as_of) if unit.code else None
    if origin is not None and not origin[0]:  # an unknown unit: the regime's answer stands
        yield Finding(where, f"{unit.full_name}'s People's Council is recorded as "
                      f"provisional on {ctx.as_of}, but the unit was formed from "
                      f"{', '.join(origin[1])}, none of them a ward of the urban-government "
                      "model (without a People's Council); only a ward formed from such "
                      "wards may have a provisional council", cited.provision,
                      {"provisional": True, "formed_from": origin[1]})


@rule("UG-COUNCIL-TERM", "A People's Council's recorded term lasts no longer than the term "
      "the law sets (five years), and a term still open has not ended: a council of a term "
      "that began before the last general election is of an ended term once the new "
      "councils had to meet.", term="nhiệm kỳ Hội đồng nhân dân",
      facts=(Fact.COUNCIL_TERM_YEARS, Fact.ELECTION_DAY, Fact.FIRST_SESSION_WITHIN_DAYS))
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
    ended = _ended_by_election(unit, ctx)
    if term.end is None and not council.provisional and ended is not None \
            and term.start < ended[0]:  # a provisional council's end is UG-COUNCIL-PROVISIONAL's
        election, latest, provision = ended
        yield Finding(ctx.at("council", "term"),
                      f"the council's term is recorded as {term}, still open on {ctx.as_of}, "
                      f"but a term that began before the election of {election} ended when "
                      f"the new councils first met, by {latest} at the latest",
                      provision, {"start": term.start, "election": election,
                                  "latest": latest})


def _ended_by_election(unit: Unit,
                       ctx: UnitContext) -> tuple[dt.date, dt.date, Provision] | None:
    """The last general election before the day, the last day the councils it elected
    could first meet, and the provision of the term's end (from one first session to the
    next: the term's provision), if that last day is past; None otherwise."""
    election = ctx.cited(Fact.ELECTION_DAY, unit)
    days = ctx.cited(Fact.FIRST_SESSION_WITHIN_DAYS, unit)
    years = ctx.cited(Fact.COUNCIL_TERM_YEARS, unit)
    if election is None or days is None or years is None or ctx.as_of is None:
        return None
    latest = election.value + dt.timedelta(days=days.value)
    if ctx.as_of <= latest:
        return None
    return election.value, latest, years.provision


@rule("UG-COUNCIL-FIRST-SESSION", "A People's Council first met within the days the law "
      "allows after the general election that elected it (45 days).",
      term="kỳ họp thứ nhất",
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
