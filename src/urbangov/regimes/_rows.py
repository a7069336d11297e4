"""Building blocks of the regime tables: rows shared by several regimes.

Each ``facts(...)`` row says: for these kinds of unit, this fact has this value, by
this provision, with this confidence.  Sources and confidence levels follow the
project's legal reference (parts 1, 2 and 4); the docs' legal pages list them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from urbangov.law import Confidence, Provision, catalogue
from urbangov.regimes._model import Cited, Fact
from urbangov.terms import Act, Authority, DecisionMode, Level, Post, UnitClass, UnitKind

HIGH, MEDIUM = Confidence.HIGH, Confidence.MEDIUM
K = UnitKind
I = UnitClass.I  # noqa: E741 - the law names the class so
II, III, SPECIAL = UnitClass.II, UnitClass.III, UnitClass.DAC_BIET


WARD_KINDS = (K.PHUONG, K.XA, K.THI_TRAN)
DISTRICT_KINDS = (K.QUAN, K.THI_XA, K.HUYEN, K.THANH_PHO_THUOC_TP, K.THANH_PHO_THUOC_TINH)
#: Every kind the ordinary law governed until 2025-06-30: a tỉnh as a centrally-run city
#: (LTCCQĐP 77/2015 treats "tỉnh, thành phố trực thuộc trung ương" alike).
ALL_KINDS = (K.THANH_PHO, K.TINH, *DISTRICT_KINDS, *WARD_KINDS)

CIVIL_SERVANTS = frozenset({Post.VAN_PHONG_THONG_KE, Post.DIA_CHINH_XAY_DUNG,
                            Post.TAI_CHINH_KE_TOAN, Post.TU_PHAP_HO_TICH, Post.VAN_HOA_XA_HOI})
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
CITY_CAPS = {SPECIAL: 5, I: 4, II: 4, III: 4}
DISTRICT_CAPS = {I: 3, II: 2, III: 2}
WARD_CAPS_2016 = {I: 2, II: 1, III: 1}
WARD_CAPS_2021 = {I: 2, II: 2, III: 1}


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


def ordinary_rows(kinds: Iterable[UnitKind], ward_caps: dict[UnitClass, int],
                   caps_by: Provision) -> list[dict[tuple[Fact, UnitKind], Cited]]:
    """The ordinary local-government answers (LTCCQĐP 77/2015) for *kinds*."""
    kinds = tuple(kinds)
    wards = [k for k in kinds if k in WARD_KINDS]
    districts = [k for k in kinds if k in DISTRICT_KINDS]
    cities = [k for k in kinds if k in (K.THANH_PHO, K.TINH)]
    law = "77/2015/QH13"
    return [
        facts(Fact.HAS_COUNCIL, kinds, True, at(law), HIGH,
               "Article not confirmed: the legal reference cites the law without an "
               "article; substance high."),
        facts(Fact.DECISION_MODE, kinds, DecisionMode.COLLECTIVE, at(law, 114, 3), MEDIUM,
               "Listed matters are decided by a majority of all members; article from "
               "memory, substance confirmed (LTCCQĐP, HCMC portal summary)."),
        facts(Fact.CHAIR_APPOINTED_BY, kinds, (Authority.OWN_COUNCIL,), at(law), MEDIUM,
               "Elected by the People's Council of the same level among its deputies."),
        facts(Fact.VICE_CHAIR_APPOINTED_BY, kinds, (Authority.OWN_COUNCIL,), at(law), MEDIUM,
              "Elected by the People's Council of the same level; article not confirmed."),
        facts(Fact.MAX_VICE_CHAIRS, cities, CITY_CAPS, at("08/2016/NĐ-CP", 7), HIGH,
               CAPS_CLAUSE_NOTE),
        facts(Fact.MAX_VICE_CHAIRS, districts, DISTRICT_CAPS, at("08/2016/NĐ-CP", 7), HIGH,
               CAPS_CLAUSE_NOTE),
        facts(Fact.MAX_VICE_CHAIRS, wards, ward_caps, caps_by, HIGH,
               CAPS_CLAUSE_NOTE + " " + WARD_CAPS_NOTE),
        facts(Fact.COMMITTEE_POSTS, [*cities, *districts], DISTRICT_POSTS, at(law), MEDIUM,
              POSTS_NOTE),
        facts(Fact.COMMITTEE_POSTS, wards, WARD_POSTS | {Post.MEMBER}, at("47/2019/QH14", 2),
               MEDIUM, "Luật 47/2019 Điều 2 k.20 amended the ward-UBND article (likely "
               "Điều 63); civil-servant posts work for the committee."),
        facts(Fact.COUNCIL_POSTS, kinds, COUNCIL_POSTS, at(law), MEDIUM, COUNCIL_POSTS_NOTE),
        facts(Fact.STAFF_PAYROLL, wards, Level.COMMUNE, at(law), MEDIUM,
               "Commune-level cadres and civil servants (cán bộ, công chức cấp xã)."),
        facts(Fact.CERTIFIERS, wards, frozenset({Post.CHAIR, Post.VICE_CHAIR}),
               at("23/2015/NĐ-CP", 5, 2)),
        facts(Fact.DELEGABLE_ACTS, wards, frozenset(), at("23/2015/NĐ-CP", 5, 2), HIGH,
               "The Chairman or a Vice-Chairman signs; no delegation to a civil servant."),
    ]


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
    ]


def district_rows(kinds: Iterable[UnitKind], council: Cited, mode: Cited, appointed: Cited,
                   caps: Cited) -> list[dict[tuple[Fact, UnitKind], Cited]]:
    kinds = tuple(kinds)
    officers = (Cited(COUNCIL_POSTS, at("77/2015/QH13"), MEDIUM, COUNCIL_POSTS_NOTE)
                if council.value else Cited(frozenset(), council.provision, council.confidence,
                                            "No People's Council, so no council officers."))
    return [{(fact, kind): cited for kind in kinds} for fact, cited in (
        (Fact.HAS_COUNCIL, council), (Fact.COUNCIL_POSTS, officers),
        (Fact.DECISION_MODE, mode),
        (Fact.CHAIR_APPOINTED_BY, appointed), (Fact.VICE_CHAIR_APPOINTED_BY, appointed),
        (Fact.MAX_VICE_CHAIRS, caps),
        (Fact.COMMITTEE_POSTS, Cited(DISTRICT_POSTS, at("77/2015/QH13"), MEDIUM, POSTS_NOTE)))]


ORDINARY_DISTRICT = {
    "mode": Cited(DecisionMode.COLLECTIVE, at("77/2015/QH13", 114, 3), MEDIUM,
                  "Listed matters are decided by a majority of all members; substance "
                  "confirmed, article number from the 2015 text's structure."),
    "appointed": Cited((Authority.OWN_COUNCIL,), at("77/2015/QH13"), MEDIUM,
                       "Elected by the People's Council of the same level; article not "
                       "confirmed."),
    "caps": Cited(DISTRICT_CAPS, at("08/2016/NĐ-CP", 7), HIGH, CAPS_CLAUSE_NOTE),
}
WARD_CAPS_NOTE = "Class III: the decrees say 'có 01'; read as a cap of one (a vacancy is lawful)."


def pilot_terms(kinds: Iterable[UnitKind], where: Provision,
                 ) -> list[dict[tuple[Fact, UnitKind], Cited]]:
    """Five-year appointments; a Chairman at most ten consecutive years in one unit."""
    return [facts(Fact.TERM_YEARS, kinds, 5, where),
            facts(Fact.CHAIR_MAX_CONSECUTIVE_YEARS, kinds, 10, where)]
