"""Rules of the two-tier local government: the tree, provincial and average caps.

``UG-COMMUNE-VICE-CHAIR-MEAN`` judges an aggregate: the average number of commune
Vice-Chairmen across a whole province (NĐ 300/2025/NĐ-CP Điều 6).  It runs once per
judgement, on the root (``scope="aggregate"``).  The average is over every commune the
province had that day (the bundled units know how many), not over those a structure
happens to list: a commune left out may hold none or many, so a partial list proves a
breach only when its own count already exceeds the cap times the province's communes.
"""

from __future__ import annotations

import datetime as dt
import functools
import warnings
from collections.abc import Iterator

from urbangov._registry import Finding, Severity, UnitContext, rule
from urbangov._rules.officials import in_office
from urbangov._rules.units import units_article
from urbangov.law import Confidence
from urbangov.regimes import Cited, Fact
from urbangov.structure import City, PeoplesCouncil, Unit
from urbangov.terms import Level, Post, UnitKind
from urbangov.units import CoverageWarning, OutsideCoverageError, UnitLookupError


@rule("UG-TWO-TIER-TREE", "A city holds communes directly only under the two-tier system "
      "(from 2025-07-01); before, its communes sit in districts.",
      term="chính quyền địa phương hai cấp", provision=units_article,
      confidence=Confidence.MEDIUM)
def two_tier_tree(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    if not isinstance(unit, City) or not unit.communes or ctx.regime is None:
        return
    districts = ctx.regime.fact(Fact.UNIT_EXISTS, UnitKind.QUAN)
    if districts is None or districts.value:
        yield Finding(ctx.at("communes"),
                      f"{unit.full_name} holds {len(unit.communes)} commune(s) directly on "
                      f"{ctx.as_of}, but the district level still exists that day: communes "
                      f"sit in districts until 2025-07-01", None,
                      {"communes": len(unit.communes)})


def _vice_chairs(unit: Unit, ctx: UnitContext) -> int:
    return sum(1 for _i, o in in_office(unit, ctx) if o.post is Post.VICE_CHAIR)


@functools.lru_cache(maxsize=256)
def formed_by_merger(code: str, day: dt.date) -> bool:
    """Whether the province-level unit *code* of *day* was formed on 2025-07-01 from
    more than one province (NQ 202/2025/QH15 Điều 1), by the bundled units."""
    from urbangov import units

    try:
        links = units.predecessors(code, day)
    except (UnitLookupError, OutsideCoverageError, ValueError):
        return False
    return len({ln.predecessor for ln in links if ln.day == units.REFORM}) > 1


def kept_surplus(unit: Unit, ctx: UnitContext, post: Post) -> tuple[int, Cited] | None:
    """How many holders of *post* the unit keeps from its merger (Luật 72/2025 Điều 54
    k.6): those in office since 2025-07-01, if the unit was formed by merging provinces
    and the surplus may still be kept; ``None`` where the deviation does not apply."""
    cited = ctx.cited(Fact.SURPLUS_KEPT_UNTIL, unit)
    code = unit.city or ctx.city or unit.code
    if cited is None or ctx.as_of is None or ctx.as_of >= cited.value or code is None \
            or not formed_by_merger(code, ctx.as_of):
        return None
    from urbangov import units

    kept = sum(1 for _i, o in in_office(unit, ctx)
               if o.post is post and o.tenure.start <= units.REFORM)
    return kept, cited


@rule("UG-PROVINCE-VICE-CHAIR-CAP", "A province-level People's Committee has no more "
      "Vice-Chairmen than NĐ 300/2025 allows that province (TP Hồ Chí Minh 8, Đà Nẵng 6, "
      "Hà Nội 5, ...), save those a merged province keeps from the merger for five years "
      "(Luật 72/2025 Điều 54 k.6).", term="số lượng Phó Chủ tịch Ủy ban nhân dân cấp tỉnh",
      facts=(Fact.PROVINCE_VICE_CHAIR_CAPS, Fact.SURPLUS_KEPT_UNTIL))
def province_cap(unit: Unit, ctx: UnitContext) -> Iterator[Finding]:
    cited = ctx.cited(Fact.PROVINCE_VICE_CHAIR_CAPS, unit)
    if cited is None or unit.officials is None:
        return
    code = unit.city or ctx.city or unit.code
    caps = cited.value.get(code) if code else None
    if not caps:
        return
    count = _vice_chairs(unit, ctx)
    surplus = kept_surplus(unit, ctx, Post.VICE_CHAIR)
    kept = surplus[0] if surplus else 0
    allowed = max(*caps, kept)
    values = {"vice_chairs": count, "cap": max(caps), "city": code, "kept": kept}
    if count > allowed and surplus is not None and kept > max(caps):
        yield Finding(ctx.at("officials"), f"{count} Vice-Chairmen of the People's Committee "
                      f"of {unit.full_name} in office on {ctx.as_of}: the cap is {max(caps)} "
                      f"and the province may keep only the {kept} in office since the "
                      f"merger until {surplus[1].value}", surplus[1].provision, values)
    elif count > allowed:
        yield Finding(ctx.at("officials"), f"{count} Vice-Chairmen of the People's Committee "
                      f"of {unit.full_name} in office on {ctx.as_of}; at most {max(caps)} "
                      f"are allowed", cited.provision, values)
    elif min(caps) < count and count > kept:
        yield Finding(ctx.at("officials"), f"{count} Vice-Chairmen is lawful only if one of "
                      f"the provinces merged into {unit.full_name} was of class I (else at "
                      f"most {min(caps)}); the class is not recorded", cited.provision, values,
                      Severity.WARNING)


def province_communes(root: Unit, ctx: UnitContext) -> tuple[UnitKind, ...]:
    """The kinds of every commune the province *root* had on the day, from the bundled
    units (``()`` for a province they do not know: its structure is taken as whole)."""
    from urbangov import units

    code = root.code or root.city
    if not isinstance(root, City) or code is None or ctx.as_of is None:
        return ()
    try:
        with warnings.catch_warnings():  # a later change the data lacks: still the best count
            warnings.simplefilter("ignore", CoverageWarning)
            found = units.units(code, ctx.as_of, level=Level.COMMUNE)
    except (UnitLookupError, OutsideCoverageError, ValueError):
        return ()
    return tuple(u.version.kind for u in found)


@rule("UG-COMMUNE-VICE-CHAIR-MEAN", "A province's communes have on average no more "
      "Vice-Chairmen than NĐ 300/2025 allows (2.5), counted across all the province's "
      "communes, listed or not.",
      term="bình quân số lượng Phó Chủ tịch Ủy ban nhân dân cấp xã",
      facts=(Fact.MEAN_VICE_CHAIRS_PER_COMMUNE,), scope="aggregate")
def commune_mean(root: Unit, ctx: UnitContext) -> Iterator[Finding]:
    cited = ctx.cited(Fact.MEAN_VICE_CHAIRS_PER_COMMUNE, root)
    if cited is None or ctx.as_of is None:
        return
    communes = [u for _path, u in root.walk() if u.kind.level is Level.COMMUNE]
    if not communes:
        return
    recorded = [u for u in communes if u.officials is not None]
    total = sum(_vice_chairs(u, ctx) for u in recorded)
    # Unknown is not absent: communes not listed, or whose officials are not recorded,
    # count as holding none, so an average above the cap is above it whatever they hold;
    # one below it proves nothing about a province listed in part.
    whole = max(len(communes), len(province_communes(root, ctx)))
    mean = total / whole
    values = {"vice_chairs": total, "communes": whole, "listed": len(communes),
              "mean": round(mean, 3), "cap": cited.value}
    if mean > cited.value:
        yield Finding(ctx.at("communes"), f"{total} Vice-Chairmen across the {whole} "
                      f"communes of {root.full_name} on {ctx.as_of}: {mean:.2f} on average "
                      f"even if the communes not recorded have none, more than the "
                      f"{cited.value} the law allows across the province",
                      cited.provision, values)
    elif recorded and len(recorded) < whole and total / len(recorded) > cited.value:
        yield Finding(ctx.at("communes"), f"the {len(recorded)} communes whose officials are "
                      f"recorded average {total / len(recorded):.2f} Vice-Chairmen, more than "
                      f"{cited.value}; lawful only if the other {whole - len(recorded)} of "
                      f"{root.full_name}'s {whole} communes hold fewer", cited.provision,
                      values, Severity.WARNING)


@rule("UG-COUNCIL-DEPUTY-HEADS-MEAN", "The committees of a province's commune councils have "
      "on average no more deputy heads than NQ 106/2025/UBTVQH15 allows (two), counted "
      "across all the province's communes, listed or not.",
      term="bình quân số lượng Phó Trưởng ban của Hội đồng nhân dân cấp xã",
      facts=(Fact.MEAN_COUNCIL_DEPUTY_HEADS, Fact.COUNCIL_COMMITTEES), scope="aggregate")
def deputy_heads_mean(root: Unit, ctx: UnitContext) -> Iterator[Finding]:
    cited = ctx.cited(Fact.MEAN_COUNCIL_DEPUTY_HEADS, root)
    if cited is None or ctx.as_of is None or ctx.regime is None:
        return
    regime = ctx.regime

    def committees_of(kind: UnitKind) -> int:
        names = regime.fact(Fact.COUNCIL_COMMITTEES, kind)
        return len(names.value) if names is not None else 0

    committees = 0
    deputies = 0
    for _path, unit in root.walk():
        if unit.kind.level is not Level.COMMUNE:
            continue
        committees += committees_of(unit.kind)
        council = unit.council
        if isinstance(council, PeoplesCouncil):
            deputies += sum(1 for o in council.officials or ()
                            if o.in_office(ctx.as_of) and o.post is Post.COUNCIL_COMMITTEE_DEPUTY)
    # As for the Vice-Chairmen: the committees of communes not listed count, holding none.
    committees = max(committees, sum(committees_of(k) for k in province_communes(root, ctx)))
    if committees and deputies / committees > cited.value:
        yield Finding(ctx.at("communes"), f"{deputies} deputy heads for the {committees} "
                      f"commune council committees of {root.full_name} on {ctx.as_of}: "
                      f"{deputies / committees:.2f} on average even if those not recorded "
                      f"have none, more than {cited.value}",
                      cited.provision, {"deputies": deputies, "committees": committees})
