"""Building blocks of the regime tables: rows shared by several regimes.

Each ``facts(...)`` row says: for these kinds of unit, this fact has this value, by
this provision, with this confidence.  Sources and confidence levels follow the
project's legal reference (parts 1, 2 and 4); the docs' legal pages list them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import attrs

from urbangov.law import Confidence, Provision, catalogue
from urbangov.regimes._model import Cited, Fact
from urbangov.terms import Act, Authority, DecisionMode, Level, Post, UnitClass, UnitKind
from urbangov.time import Period

HIGH, MEDIUM = Confidence.HIGH, Confidence.MEDIUM
K = UnitKind
I = UnitClass.I  # noqa: E741 - the law names the class so
II, III, SPECIAL = UnitClass.II, UnitClass.III, UnitClass.DAC_BIET


WARD_KINDS = (K.PHUONG, K.XA, K.THI_TRAN)
DISTRICT_KINDS = (K.QUAN, K.THI_XA, K.HUYEN, K.THANH_PHO_THUOC_TP, K.THANH_PHO_THUOC_TINH)
#: Every kind the ordinary law governed until 2025-06-30: a tỉnh as a centrally-run city
#: (LTCCQĐP 77/2015 treats "tỉnh, thành phố trực thuộc trung ương" alike).
ALL_KINDS = (K.THANH_PHO, K.TINH, *DISTRICT_KINDS, *WARD_KINDS)

CIVIL_SERVANTS = frozenset(p for p in Post if p.is_commune_title)
WARD_POSTS = frozenset({Post.CHAIR, Post.VICE_CHAIR, Post.POLICE_CHIEF,
                        Post.MILITARY_COMMANDER}) | CIVIL_SERVANTS
DISTRICT_POSTS = frozenset({Post.CHAIR, Post.VICE_CHAIR, Post.MEMBER, Post.POLICE_CHIEF,
                            Post.MILITARY_COMMANDER})
CERTIFICATIONS = frozenset(a for a in Act if a.is_certification)
COPY_AND_SIGNATURE = frozenset({Act.CERTIFY_COPY, Act.CERTIFY_SIGNATURE})
COUNCIL_POSTS = frozenset({Post.COUNCIL_CHAIR, Post.COUNCIL_VICE_CHAIR,
                           Post.COUNCIL_COMMITTEE_HEAD, Post.COUNCIL_COMMITTEE_DEPUTY})
COUNCIL_POSTS_NOTE = ("The council's Chair, Vice-Chair(s), and the heads and deputy heads of "
                      "its committees (ban); article not confirmed.")
POSTS_NOTE = ("Chairman, Vice-Chairmen and members, among them the police and military "
              "commanders; article not confirmed.")

# National caps on Vice-Chairmen, NĐ 08/2016/NĐ-CP Điều 7 (as amended by NĐ 69/2020).
CAPS_CLAUSE_NOTE = ("NĐ 08/2016/NĐ-CP Điều 7 (as amended by NĐ 69/2020/NĐ-CP); the clause "
                    "for each level is not confirmed.")
CITY_CAPS = {SPECIAL: 5, I: 4, II: 4, III: 4}  # thành phố trực thuộc trung ương
PROVINCE_CAPS = {I: 4, II: 3, III: 3}  # tỉnh
DISTRICT_CAPS = {I: 3, II: 2, III: 2}
WARD_CAPS_2016 = {I: 2, II: 1, III: 1}
WARD_CAPS_2021 = {I: 2, II: 2, III: 1}
#: Luật 77/2015/QH13 as passed capped a province-level unit by class alone, a city like a
#: tỉnh (special 5, I 4, II and III 3); NĐ 08/2016 Điều 7 later gave every centrally-run
#: city other than Hà Nội and TP Hồ Chí Minh 4, whatever its class.
LAW_77_CITY_CAPS = {SPECIAL: CITY_CAPS[SPECIAL], **PROVINCE_CAPS}


def at(identifier: str, article: int | str | None = None, clause: int | None = None,
        point: str | None = None) -> Provision:
    return catalogue().get(identifier).at(article, clause, point)


def facts(fact: Fact, kinds: Iterable[UnitKind], value: Any, provision: Provision,
           confidence: Confidence = HIGH, note: str | None = None,
           ) -> dict[tuple[Fact, UnitKind], Cited]:
    cited = Cited(value, provision, confidence, note)
    return {(fact, kind): cited for kind in kinds}


def table(*rows: dict[tuple[Fact, UnitKind], Cited]) -> dict[tuple[Fact, UnitKind], Cited]:
    table: dict[tuple[Fact, UnitKind], Cited] = {}
    for row in rows:
        clash = table.keys() & row.keys()
        if clash:  # a table that answers one question twice is a typo, not a choice
            raise ValueError(f"regime table answers {sorted(str(k) for k in clash)} twice")
        table.update(row)
    return table


@attrs.frozen
class GeneralLaw:
    """The general law on local government (Luật Tổ chức chính quyền địa phương) of a
    stretch of days, and where in it each ordinary answer stands.

    Each role holds (article, clause, point, confidence, note) in :attr:`law`, or a
    whole :class:`Cited` template where another instrument answers.
    """

    since: dt.date
    law: str
    council: tuple[Any, ...]
    district_council: tuple[Any, ...]
    mode: tuple[Any, ...]
    elected: tuple[Any, ...]
    posts: tuple[Any, ...]
    rural_posts: tuple[Any, ...]
    ward_posts: tuple[Any, ...]
    council_posts: tuple[Any, ...]
    payroll: tuple[Any, ...]

    def cite(self, role: str, value: Any) -> Cited:
        """The cited answer *value* for *role* under this law."""
        identifier, article, clause, point, confidence, note = (
            getattr(self, role) if len(getattr(self, role)) == 6
            else (self.law, *getattr(self, role)))
        return Cited(value, at(identifier, article, clause, point), confidence, note)


_NO_ARTICLE = ("Article not confirmed: the legal reference cites the law without an "
               "article; substance high.")
_LAW65 = ("Luật 65/2025/QH15 replaced Luật 77/2015/QH13 from 2025-03-01 without changing "
          "this answer (legal reference 4.9); the legal reference gives none of its article "
          "numbers, which differ from both 77/2015 and 72/2025.")
_WINDOW = ("Luật 72/2025/QH15 was in force from 2025-06-16; the district level and the "
           "communes before the 2025 mergers worked on until 2025-07-01 (Điều 51 k.3; the "
           "commune-level resolutions of 2025-06-16, Điều 2 k.2). ")

#: The general law on local government, in the order it governed (legal reference part 1,
#: NAT-1, 4.9, END-3; Luật 72/2025 Điều 51 k.1-2).  Ordinary answers cite the law of
#: their day; a regime spanning a change of law is split on these days.
GENERAL_LAWS = (
    GeneralLaw(
        since=dt.date(2016, 1, 1), law="77/2015/QH13",
        council=(None, None, None, HIGH, _NO_ARTICLE),
        district_council=(None, None, None, HIGH, _NO_ARTICLE),
        mode=(117, None, None, MEDIUM,
              "The committee decides its matters at its meeting by vote (Điều 117, Biểu "
              "quyết tại phiên họp Ủy ban nhân dân, k.1), by a majority of all its "
              "members; the clause of the majority is not confirmed.  Điều 114 k.3, cited "
              "before, is the quorum (two thirds present)."),
        elected=(None, None, None, MEDIUM,
                 "Elected by the People's Council of the same level among its deputies; "
                 "article not confirmed."),
        posts=(None, None, None, MEDIUM, "POSTS"),
        rural_posts=(27, None, None, MEDIUM,
                     "Chairman, Vice-Chairmen and members, among them the police and "
                     "military commanders: the article on the huyện committee's structure "
                     "(legal reference 5.4, from a provincial site's translation)."),
        ward_posts=(None, None, None, MEDIUM,
                    "Chairman, Vice-Chairmen and the police and military commissioners (as "
                    "amended by Luật 47/2019 Điều 2 k.20 from 2020-07-01, legal reference "
                    "5.3); article not confirmed."),
        council_posts=(None, None, None, MEDIUM, "COUNCIL_POSTS"),
        payroll=(None, None, None, MEDIUM,
                 "Commune-level cadres and civil servants (cán bộ, công chức cấp xã)."),
    ),
    GeneralLaw(
        since=dt.date(2025, 3, 1), law="65/2025/QH15",
        council=(None, None, None, MEDIUM, _LAW65),
        district_council=(None, None, None, MEDIUM, _LAW65),
        mode=(None, None, None, MEDIUM, _LAW65),
        elected=(None, None, None, MEDIUM, _LAW65),
        posts=(None, None, None, MEDIUM, _LAW65),
        rural_posts=(None, None, None, MEDIUM, _LAW65),
        ward_posts=(None, None, None, MEDIUM, _LAW65),
        council_posts=(None, None, None, MEDIUM, _LAW65),
        payroll=(None, None, None, MEDIUM, _LAW65),
    ),
    GeneralLaw(
        since=dt.date(2025, 6, 16), law="72/2025/QH15",
        council=(2, 1, None, MEDIUM,
                 _WINDOW + "Every province and commune-level unit has a People's Council "
                           "and a People's Committee."),
        district_council=(51, 3, None, MEDIUM,
                          _WINDOW + "The district People's Councils and Committees ended "
                                    "on 2025-07-01, so worked until then."),
        mode=(40, 2, None, MEDIUM,
              _WINDOW + "The committee decides the listed matters collectively, by a "
                        "majority of all members (Điều 40 k.2-3)."),
        elected=(36, 2, None, MEDIUM,
                 _WINDOW + "Elected by the People's Council of the same level."),
        posts=(39, 1, None, MEDIUM, _WINDOW + "Chair, Vice-Chairmen and members."),
        rural_posts=(39, 1, None, MEDIUM, _WINDOW + "Chair, Vice-Chairmen and members."),
        ward_posts=(39, 1, None, MEDIUM, _WINDOW + "Chair, Vice-Chairmen and members."),
        council_posts=(29, 1, None, MEDIUM, _WINDOW + "The council's Standing Committee, "
                                                      "committees and their heads."),
        payroll=("33/2023/NĐ-CP", None, None, None, MEDIUM,
                 _WINDOW + "Commune-level cadres and civil servants (NĐ 33/2023/NĐ-CP) "
                           "until Luật 80/2025/QH15 ended the category on 2025-07-01."),
    ),
)


def general_law(day: dt.date) -> GeneralLaw:
    """The general law on local government in force on *day* (from 2016-01-01)."""
    return [g for g in GENERAL_LAWS if g.since <= day][-1]


@attrs.frozen
class Caps:
    """The caps on Vice-Chairmen of a stretch of days, by level, each with its provision.

    Attributes:
        city: a thành phố trực thuộc trung ương's caps by class.
        province: a tỉnh's.
        district: every district-level unit's.
        communes: per commune-level kind (xã, phường, thị trấn).
    """

    city: Cited
    province: Cited
    district: Cited
    communes: dict[UnitKind, Cited]


def decree_caps(ward_caps: dict[UnitClass, int], ward_by: Provision) -> Caps:
    """The caps of NĐ 08/2016/NĐ-CP Điều 7 (in force from 2016-03-10), the communes' as
    *ward_by* sets them (NĐ 69/2020 amended them)."""
    decree = at("08/2016/NĐ-CP", 7)
    ward = Cited(ward_caps, ward_by, HIGH, CAPS_CLAUSE_NOTE + " " + WARD_CAPS_NOTE)
    return Caps(Cited(CITY_CAPS, decree, HIGH, CAPS_CLAUSE_NOTE + " " + CITY_CAPS_NOTE),
                Cited(PROVINCE_CAPS, decree, HIGH, CAPS_CLAUSE_NOTE),
                Cited(DISTRICT_CAPS, decree, HIGH, CAPS_CLAUSE_NOTE),
                dict.fromkeys(WARD_KINDS, ward))


_LAW_CAPS_NOTE = (
    "Luật 77/2015/QH13 itself set these numbers from 2016-01-01, before NĐ 08/2016/NĐ-CP "
    "(2016-03-10): a province-level unit of special class (Hà Nội, TP Hồ Chí Minh) at "
    "most 5 Vice-Chairmen, of class I 4, of class II or III 3; a district-level unit of "
    "class I 3, of class II or III 2; a commune-level unit of class I 2, of class II or "
    "III 1 (the law as passed, infonet 19/6/2015; Luật 47/2019 kept its class-II commune "
    "number until the 2021–2026 councils). ")


def law_77_caps() -> Caps:
    """The caps Luật 77/2015/QH13 set itself, in force before NĐ 08/2016/NĐ-CP."""
    law = at("77/2015/QH13")
    unconfirmed = _LAW_CAPS_NOTE + "The article for this level is not confirmed."
    ward = Cited(WARD_CAPS_2016, law, MEDIUM, unconfirmed + " " + WARD_CAPS_NOTE)
    communes = dict.fromkeys(WARD_KINDS, ward)
    communes[K.XA] = Cited(WARD_CAPS_2016, at("77/2015/QH13", 34), MEDIUM,
                           _LAW_CAPS_NOTE + "Điều 34 is the commune (xã) committee's "
                           "article (one provincial portal); its clause is not confirmed. "
                           + WARD_CAPS_NOTE)
    return Caps(Cited(LAW_77_CITY_CAPS, law, MEDIUM, unconfirmed),
                Cited(PROVINCE_CAPS, law, MEDIUM, unconfirmed),
                Cited(DISTRICT_CAPS, law, MEDIUM, unconfirmed), communes)


def ordinary_rows(kinds: Iterable[UnitKind], caps: Caps | None,
                   law: GeneralLaw = GENERAL_LAWS[0], ward_posts: Cited | None = None,
                   ) -> list[dict[tuple[Fact, UnitKind], Cited]]:
    """The ordinary local-government answers for *kinds* under the general *law*.

    *caps* is ``None`` where no cap on Vice-Chairmen was in force.
    """
    kinds = tuple(kinds)
    wards = [k for k in kinds if k in WARD_KINDS]
    districts = [k for k in kinds if k in DISTRICT_KINDS]
    cities = [k for k in kinds if k in (K.THANH_PHO, K.TINH)]

    def each(kinds: Iterable[UnitKind], fact: Fact, cited: Cited,
             ) -> dict[tuple[Fact, UnitKind], Cited]:
        return {(fact, kind): cited for kind in kinds}

    rows = [
        each([*cities, *wards], Fact.HAS_COUNCIL, law.cite("council", True)),
        each(districts, Fact.HAS_COUNCIL, law.cite("district_council", True)),
        each(kinds, Fact.DECISION_MODE, law.cite("mode", DecisionMode.COLLECTIVE)),
        each(kinds, Fact.CHAIR_APPOINTED_BY, law.cite("elected", (Authority.OWN_COUNCIL,))),
        each(kinds, Fact.VICE_CHAIR_APPOINTED_BY,
             law.cite("elected", (Authority.OWN_COUNCIL,))),
        each([*cities, *(k for k in districts if k is not K.HUYEN)], Fact.COMMITTEE_POSTS,
             _noted(law.cite("posts", DISTRICT_POSTS))),
        each([k for k in districts if k is K.HUYEN], Fact.COMMITTEE_POSTS,
             law.cite("rural_posts", DISTRICT_POSTS)),
        each(wards, Fact.COMMITTEE_POSTS, ward_posts or law.cite("ward_posts",
                                                                 WARD_POSTS | {Post.MEMBER})),
        each(kinds, Fact.COUNCIL_POSTS, _noted(law.cite("council_posts", COUNCIL_POSTS))),
        each(wards, Fact.STAFF_PAYROLL, law.cite("payroll", Level.COMMUNE)),
        facts(Fact.CERTIFIERS, wards, frozenset({Post.CHAIR, Post.VICE_CHAIR}),
               at("23/2015/NĐ-CP", 5, 2)),
        facts(Fact.DELEGABLE_ACTS, wards, frozenset(), at("23/2015/NĐ-CP", 5, 2), HIGH,
               "The Chairman or a Vice-Chairman signs; no delegation to a civil servant."),
    ]
    if caps is not None:
        rows += [
            each([k for k in cities if k is K.THANH_PHO], Fact.MAX_VICE_CHAIRS, caps.city),
            each([k for k in cities if k is K.TINH], Fact.MAX_VICE_CHAIRS, caps.province),
            each(districts, Fact.MAX_VICE_CHAIRS, caps.district),
            {(Fact.MAX_VICE_CHAIRS, k): caps.communes[k] for k in wards},
        ]
    return rows


def _noted(cited: Cited) -> Cited:
    """Fill the shared notes the general-law table names by key."""
    shared = {"POSTS": POSTS_NOTE, "COUNCIL_POSTS": COUNCIL_POSTS_NOTE}
    if cited.note in shared:
        return attrs.evolve(cited, note=shared[cited.note])
    return cited


def split(period: Period, days: Iterable[dt.date]) -> list[Period]:
    """*period* cut on each of *days* that falls strictly inside it."""
    cuts = sorted(d for d in set(days) if d in period and d != period.start)
    starts = [period.start, *cuts]
    ends: list[dt.date | None] = [*cuts, period.end]
    return [Period(s, e) for s, e in zip(starts, ends, strict=True)]


#: The days a general law took over: a regime spanning one is split there.
LAW_DAYS = tuple(g.since for g in GENERAL_LAWS[1:])


def urban_ward_rows(kinds: Iterable[UnitKind], *, no_council: Provision, mode: Cited,
                     appointed: Cited, caps: Cited, payroll: Cited, posts: Cited,
                     ) -> list[dict[tuple[Fact, UnitKind], Cited]]:
    """What every urban-government ward shares: no council, appointed head of agency."""
    kinds = tuple(kinds)

    def each(fact: Fact, cited: Cited) -> dict[tuple[Fact, UnitKind], Cited]:
        return {(fact, kind): cited for kind in kinds}

    return [
        facts(Fact.HAS_COUNCIL, kinds, False, no_council),
        facts(Fact.COUNCIL_POSTS, kinds, frozenset(), no_council, HIGH,
              "No People's Council, so no council officers."),
        each(Fact.DECISION_MODE, mode),
        each(Fact.CHAIR_APPOINTED_BY, appointed),
        each(Fact.VICE_CHAIR_APPOINTED_BY, appointed),
        each(Fact.MAX_VICE_CHAIRS, caps),
        each(Fact.STAFF_PAYROLL, payroll),
        each(Fact.COMMITTEE_POSTS, posts),
        facts(Fact.CERTIFIERS, kinds, frozenset({Post.CHAIR, Post.VICE_CHAIR}),
               at("23/2015/NĐ-CP", 5, 2)),
    ]


def delegation_rows(kinds: Iterable[UnitKind], where: Provision, confidence: Confidence,
                    note: str | None = None) -> list[dict[tuple[Fact, UnitKind], Cited]]:
    """The ward Chairman may delegate copies and signatures to Tư pháp–Hộ tịch."""
    kinds = tuple(kinds)
    return [
        facts(Fact.DELEGATOR_POST, kinds, Post.CHAIR, where, confidence, note),
        facts(Fact.DELEGATE_POST, kinds, Post.TU_PHAP_HO_TICH, where, confidence, note),
        facts(Fact.DELEGABLE_ACTS, kinds, COPY_AND_SIGNATURE, where, confidence,
               "Copies from originals issued or certified by Vietnamese bodies, and "
               "signatures (not a translator's)."),
        facts(Fact.DELEGATION_FORM, kinds, True, at("30/2020/NĐ-CP", 13, 3), MEDIUM,
               "General clerical rule applied to this delegation by the HCMC Department of "
               "Home Affairs: written, limited in time and content, never re-delegated."),
        facts(Fact.NO_REDELEGATION, kinds, True, at("30/2020/NĐ-CP", 13, 3), MEDIUM,
               "The same clause of the clerical rule: the delegate does not delegate "
               "onward."),
    ]


def district_rows(kinds: Iterable[UnitKind], council: Cited, mode: Cited, appointed: Cited,
                   caps: Cited, law: GeneralLaw = GENERAL_LAWS[0], posts: Cited | None = None,
                   ) -> list[dict[tuple[Fact, UnitKind], Cited]]:
    """A district-level unit's answers; council officers and posts from the general *law*
    unless *posts* names the instrument that sets the committee's composition."""
    kinds = tuple(kinds)
    officers = (_noted(law.cite("council_posts", COUNCIL_POSTS)) if council.value
                else Cited(frozenset(), council.provision, council.confidence,
                           "No People's Council, so no council officers."))
    posts = posts or _noted(law.cite("posts", DISTRICT_POSTS))
    return [{(fact, kind): cited for kind in kinds} for fact, cited in (
        (Fact.HAS_COUNCIL, council), (Fact.COUNCIL_POSTS, officers),
        (Fact.DECISION_MODE, mode),
        (Fact.CHAIR_APPOINTED_BY, appointed), (Fact.VICE_CHAIR_APPOINTED_BY, appointed),
        (Fact.MAX_VICE_CHAIRS, caps),
        (Fact.COMMITTEE_POSTS, posts))]


def ordinary_district(law: GeneralLaw) -> dict[str, Any]:
    """The ordinary answers of a district that keeps its council, under *law*."""
    return {"mode": law.cite("mode", DecisionMode.COLLECTIVE),
            "appointed": law.cite("elected", (Authority.OWN_COUNCIL,)),
            "caps": Cited(DISTRICT_CAPS, at("08/2016/NĐ-CP", 7), HIGH, CAPS_CLAUSE_NOTE),
            "law": law}


WARD_CAPS_NOTE = "Class III: the decrees say 'có 01'; read as a cap of one (a vacancy is lawful)."
CITY_CAPS_NOTE = ("The decree names the cities: Hà Nội and TP Hồ Chí Minh (the special class, "
                  "Luật 77/2015 Điều 3 k.3 a) at most 5, every other centrally-run city 4; "
                  "the cap follows the city's GSO code, whatever class is recorded.")


def pilot_terms(kinds: Iterable[UnitKind], where: Provision,
                 ) -> list[dict[tuple[Fact, UnitKind], Cited]]:
    """Five-year appointments; a Chairman at most ten consecutive years in one unit."""
    return [facts(Fact.TERM_YEARS, kinds, 5, where),
            facts(Fact.CHAIR_MAX_CONSECUTIVE_YEARS, kinds, 10, where)]
