"""The two-tier local government from 2025-07-01 (Luật 72/2025/QH15), as it stands today.

The law changed several times after 2025-07-01 without changing its shape, so the
national answers are written once, as rows that apply from a day
(:data:`NATIONAL_STEPS`); each stage between two such days becomes one
:class:`~urbangov.regimes.Regime`.  The three former pilot cities add their own rows
(:mod:`urbangov.regimes._two_tier_cities`).  Sources: the project's legal reference
for 2025-07-01 onwards (``legal-reference-2025-2026.md``); each row cites its
provision and confidence, and medium rows say why in their note.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from urbangov.law import catalogue
from urbangov.regimes._model import Cited, Fact, Regime
from urbangov.regimes._rows import DISTRICT_KINDS, HIGH, MEDIUM, K, at, facts
from urbangov.terms import Authority, DecisionMode, Post, UnitKind
from urbangov.time import Period

D = dt.date
L72, NQ203, ND23, ND280 = "72/2025/QH15", "203/2025/QH15", "23/2015/NĐ-CP", "280/2025/NĐ-CP"
ND300, ND150, ND370, NQ106 = "300/2025/NĐ-CP", "150/2025/NĐ-CP", "370/2025/NĐ-CP", \
    "106/2025/UBTVQH15"
ND315, NQ199 = "315/2025/NĐ-CP", "199/2025/QH15"

#: The days the national answers change, in order.
START = D(2025, 7, 1)           # NQ 202, 203/2025/QH15, Luật 72/2025: the two tiers operate
ND280_DAY = D(2025, 11, 1)      # NĐ 280/2025: the commune Chair certifies personally
ND300_DAY = D(2025, 11, 17)     # NĐ 300/2025: caps on Vice-Chairmen, committee members
ND315_DAY = D(2025, 12, 8)      # NĐ 315/2025: model working rules
YEAR_2026 = D(2026, 1, 1)       # NĐ 370/2025; the designations "in 2025" are over
TERM_2026 = D(2026, 4, 30)      # every 2026–2031 council has met (15/03 + 45 days)
ELECTION = D(2026, 3, 15)

COMMUNES = (K.PHUONG, K.XA, K.DAC_KHU)
PROVINCE = (K.THANH_PHO, K.TINH)

Rows = dict[tuple[Fact, UnitKind], Cited]

OFFICE_HEADS = frozenset({Post.OFFICE_CHIEF, Post.ECONOMY_HEAD, Post.CULTURE_SOCIETY_HEAD})
COUNCIL_POSTS = frozenset({Post.COUNCIL_CHAIR, Post.COUNCIL_VICE_CHAIR,
                           Post.COUNCIL_COMMITTEE_HEAD, Post.COUNCIL_COMMITTEE_DEPUTY})
_COLLECTIVE = (
    "a: draft People's Council resolutions and draft committee decisions",
    "b: socio-economic and public-investment plans, the budget estimate, its allocation, "
    "adjustment and settlement",
    "c: periodic socio-economic reports, major or urgent matters",
    "d: the committee's structure, its specialised agencies, changes of units to report "
    "upward",
    "đ: the annual work programme and the review of the committee's and the Chair's "
    "direction",
    "e: other matters, at the Chair's request or that of a third of the members",
)

# NĐ 300/2025/NĐ-CP Điều 5, read with NQ 202/2025/QH15 Điều 1 (who merged with whom).
# A tuple holds every cap the law allows where it turns on a class the data lacks: a
# province formed from two provinces gets 6 if one was of class I, else 5; an unmerged
# province 4 if of class I, else 3.
_MERGED_3 = ("25", "37", "68", "86")
_MERGED_2 = ("08", "15", "19", "24", "33", "44", "51", "52", "56", "66", "75", "80", "82",
             "91", "96")
_UNMERGED = ("04", "11", "12", "14", "20", "22", "38", "40", "42")
UBND_CAPS: dict[str, tuple[int, ...]] = {
    "79": (8,), "92": (7,), "48": (6,), "31": (6,), "01": (5,), "46": (4,),
    **dict.fromkeys(_MERGED_3, (6,)), **dict.fromkeys(_MERGED_2, (5, 6)),
    **dict.fromkeys(_UNMERGED, (3, 4)),
}
# NQ 106/2025/UBTVQH15: People's Council Vice-Chairs: from three units 4, from two 3,
# unmerged 2 (TP HCM 4, Đà Nẵng 3, Hà Nội 2).
HDND_CAPS: dict[str, int] = {
    **dict.fromkeys(("79", "92", *_MERGED_3), 4),
    **dict.fromkeys(("48", "31", *_MERGED_2), 3),
    **dict.fromkeys(("01", "46", *_UNMERGED), 2),
}

_CAPS_NOTE = ("Caps by NĐ 300/2025 Điều 5 category, each province placed by NQ 202/2025/QH15 "
              "Điều 1. Vice-Chairs sent in by central rotation do not count; a National "
              "Assembly resolution setting other numbers prevails; merged provinces may keep "
              "a surplus for up to five years from 2025-06-16 (Luật 72/2025 Điều 54 k.6, "
              "Fact.SURPLUS_KEPT_UNTIL).")
#: Luật 72/2025/QH15 takes effect on 2025-06-16 (Điều 51 k.1); the surplus of Điều 54 k.6
#: may be kept for five years from then, so the caps bind fully from this day.
SURPLUS_ENDS = D(2030, 6, 16)
_MEMBER_NOTE = ("Chair, Vice-Chairmen and members (Luật 72/2025 Điều 39 k.1, high); the members "
                "are the heads of the commune offices (NĐ 150/2025), the military and the "
                "police members; civil servants work in the offices in job positions "
                "(Luật 80/2025/QH15). The five commune civil-servant titles of 2021–2025 "
                "lost their basis on 2025-07-01 (NĐ 170/2025 Điều 71 k.3).")


def _structure(day: dt.date) -> Rows:
    """Which units exist and which bodies they have."""
    rows = facts(Fact.UNIT_EXISTS, DISTRICT_KINDS, False, at(L72, 51, 3), HIGH,
                 "District-level People's Councils, Committees and agencies ended on "
                 "2025-07-01 (also NQ 203/2025/QH15 Điều 2 k.2).")
    rows |= facts(Fact.UNIT_EXISTS, (K.THI_TRAN,), False, at(L72, 1, 1), HIGH,
                  "The commune level is xã, phường and đặc khu: thị trấn are no longer "
                  "among the units.")
    rows |= facts(Fact.UNIT_EXISTS, (*PROVINCE, *COMMUNES), True, at(L72, 1, 1))
    rows |= facts(Fact.HAS_COUNCIL, (*PROVINCE, *COMMUNES), True, at(L72, 2, 1), HIGH,
                  "Every province-level and commune-level unit has a People's Council and "
                  "a People's Committee. A đặc khu of fewer than 1,000 residents has none "
                  "(Điều 28); which ones is not confirmed. Former pilot wards had a "
                  "provisional council until their 2026–2031 council met (Điều 53 k.2 b).")
    rows |= facts(Fact.COUNCIL_MAY_BE_PROVISIONAL, COMMUNES, False, at(L72, 53, 2, "b"),
                  HIGH, "Only wards formed from the urban-government wards of Hà Nội, "
                        "TP Hồ Chí Minh and Đà Nẵng had a provisional council (HĐND lâm "
                        "thời), until their 2026–2031 council was elected.")
    return rows


def _decisions(day: dt.date) -> Rows:
    """Collective decisions on the list, the Chair deciding the rest."""
    everyone = (*PROVINCE, *COMMUNES)
    rows = facts(Fact.DECISION_MODE, everyone, DecisionMode.COLLECTIVE, at(L72, 40, 2), HIGH,
                 "The matters of Điều 40 k.2 are decided collectively; the Chairman decides "
                 "the others on the committee's behalf and reports at its next meeting "
                 "(Điều 23 k.16; Điều 17 k.21 for the province).")
    rows |= facts(Fact.COLLECTIVE_MATTERS, everyone, _COLLECTIVE, at(L72, 40, 2))
    rows |= facts(Fact.CHAIR_DECIDES_OTHER_MATTERS, COMMUNES, True, at(L72, 23, 16), HIGH,
                  "Ward Chairs likewise (Điều 26 incorporates Điều 23).")
    rows |= facts(Fact.CHAIR_DECIDES_OTHER_MATTERS, PROVINCE, True, at(L72, 17, 21))
    rows |= facts(Fact.DECISION_MAJORITY, everyone,
                  "more than half of all members; on a tie, the side the Chair voted with",
                  at(L72, 40, 3))
    return rows


def _leaders(day: dt.date) -> Rows:
    """Who elects, designates, approves, assigns and removes the committee's leaders."""
    everyone = (*PROVINCE, *COMMUNES)
    rows = facts(Fact.CHAIR_APPOINTED_BY, everyone, (Authority.OWN_COUNCIL,), at(L72, 36, 2),
                 HIGH, "Elected by the unit's People's Council on the nomination of the "
                       "council's Chair; the Chair need not be a deputy.")
    rows |= facts(Fact.VICE_CHAIR_APPOINTED_BY, everyone, (Authority.OWN_COUNCIL,),
                  at(L72, 36, 2), HIGH, "Elected by the unit's People's Council on the "
                                        "nomination of the committee's Chair.")
    if day < YEAR_2026:
        rows |= facts(Fact.LEADERS_DESIGNATED_BY, COMMUNES, (Authority.CITY_COUNCIL_STANDING,),
                      at(NQ203, 2, 3), HIGH,
                      "In 2025 the Standing Committee of the provincial People's Council "
                      "designated (chỉ định) the first Chairs and Vice-Chairs of the merged "
                      "units (and the council's officers) without an election; non-deputies "
                      "could be designated. A leader designated in 2025 stays lawful after "
                      "it.")
        rows |= facts(Fact.LEADERS_DESIGNATED_ON, COMMUNES, START, at(NQ203, 2, 3), HIGH,
                      "The designation staffed the units formed on 2025-07-01 (L72 Điều 53 "
                      "k.3 for the former pilot wards), in 2025; a post that a leader "
                      "designated at the formation held and left is a later vacancy, filled "
                      "by the council's election (Luật 72/2025 Điều 36 k.2) or an acting "
                      "Chair named by the provincial Chairman (Điều 42), not by designation.")
    rows |= facts(Fact.CHAIR_APPROVED_BY, COMMUNES, (Authority.CITY_CHAIR,), at(L72, 36, 4),
                  HIGH, "The provincial People's Committee Chairman approves (phê chuẩn) the "
                        "election of commune Chairs and Vice-Chairs.")
    rows |= facts(Fact.CHAIR_APPROVED_BY, PROVINCE, (Authority.PRIME_MINISTER,), at(L72, 36, 4))
    rows |= facts(Fact.ACTING_CHAIR_ASSIGNED_BY, COMMUNES, (Authority.CITY_CHAIR,),
                  at(L72, 42), HIGH, "On the proposal of the commune council's Standing "
                                     "Committee; the acting role ends when the council "
                                     "elects a Chair.")
    rows |= facts(Fact.LEADERS_REMOVED_BY, COMMUNES, (Authority.CITY_CHAIR,), at(L72, 41),
                  HIGH, "The provincial Chairman may transfer (điều động) or dismiss (cách "
                        "chức) a commune Chair or Vice-Chair without a council vote, reported "
                        "at its next session (Điều 41 k.1–4).")
    rows |= facts(Fact.COUNCIL_RELIEVES_LEADERS, everyone, True, at(L72, 37, 4), HIGH,
                  "The council relieves (miễn nhiệm) or removes (bãi nhiệm) the officials "
                  "it elected by its vote; the result is approved like the election "
                  "(Điều 37 k.5).")
    rows |= facts(Fact.ACTING_CHAIR_ASSIGNED_BY, PROVINCE, (Authority.PRIME_MINISTER,),
                  at(L72, 42), HIGH, "On the submission of the provincial council's "
                                     "Standing Committee; the acting role ends when the "
                                     "council elects a Chair.")
    rows |= facts(Fact.LEADERS_REMOVED_BY, PROVINCE, (Authority.PRIME_MINISTER,), at(L72, 41),
                  HIGH, "The Prime Minister may transfer (điều động) or dismiss (cách chức) a "
                        "provincial Chair or Vice-Chair without a council vote, reported at "
                        "its next session (Điều 41 k.1–4).")
    return rows


def _numbers(day: dt.date) -> Rows:
    """Vice-Chairmen, members and offices of the committee."""
    rows: Rows = {}
    if day >= ND300_DAY:
        rows |= facts(Fact.PROVINCE_VICE_CHAIR_CAPS, PROVINCE, UBND_CAPS, at(ND300, 5), HIGH,
                      _CAPS_NOTE)
        rows |= facts(Fact.SURPLUS_KEPT_UNTIL, PROVINCE, SURPLUS_ENDS, at(L72, 54, 6), HIGH,
                      "A province formed by merger on 2025-07-01 may keep more People's "
                      "Committee Vice-Chairmen than its cap for up to five years from "
                      "2025-06-16. The library reads the surplus as the Vice-Chairmen in "
                      "office since the merger (a surplus kept, not one added later); the "
                      "provision also covers council Vice-Chairs and deputy heads, which "
                      "the library does not yet relax.")
        rows |= facts(Fact.MEAN_VICE_CHAIRS_PER_COMMUNE, PROVINCE, 2.5, at(ND300, 6), HIGH,
                      "A cap on the average across the province's communes; the provincial "
                      "People's Committee allocates them commune by commune.")
        members = OFFICE_HEADS | {Post.MILITARY_COMMANDER, Post.POLICE_CHIEF}
        if day >= YEAR_2026:
            members |= {Post.OFFICE_HEAD}
        rows |= facts(Fact.COMMITTEE_MEMBERS, COMMUNES, members, at(ND300, 7, 2), HIGH,
                      "The heads of the commune's specialised agencies, the member in charge "
                      "of military affairs and the member in charge of the police.")
        rows |= facts(Fact.COMMITTEE_COMPOSITION_SET_BY, COMMUNES, Authority.GOVERNMENT,
                      at(ND300, 7, 3), HIGH, "The number of office heads follows the "
                                             "Government's rules on specialised agencies.")
    posts = frozenset({Post.CHAIR, Post.VICE_CHAIR, Post.MEMBER, Post.MILITARY_COMMANDER,
                       Post.POLICE_CHIEF, Post.SERVICE_CENTRE_DIRECTOR, Post.CIVIL_SERVANT})
    posts |= OFFICE_HEADS
    if day >= YEAR_2026:
        posts |= {Post.OFFICE_HEAD}
    rows |= facts(Fact.COMMITTEE_POSTS, COMMUNES, posts, at(L72, 39, 1), MEDIUM,
                  _MEMBER_NOTE + (" From 2026-01-01 the province may create other offices "
                                  "(NĐ 370/2025)." if day >= YEAR_2026 else ""))
    if day < YEAR_2026:
        rows |= facts(Fact.COMMUNE_OFFICES, COMMUNES, (
            "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân",
            "Phòng Kinh tế (phường: Phòng Kinh tế, Hạ tầng và Đô thị)",
            "Phòng Văn hóa – Xã hội",
            "Trung tâm Phục vụ hành chính công"), at(ND150), HIGH,
            "Three offices and a public-service centre (NĐ 150/2025 Chương III, article "
            "not known; the centre under NĐ 118/2025). Justice, civil status and "
            "certification sit in the Office of the People's Council and Committee.")
    else:
        rows |= facts(Fact.MEAN_OFFICES_PER_COMMUNE, PROVINCE, 4.5, at(ND370), MEDIUM,
                      "The provincial People's Committee sets the number and names of commune "
                      "offices, at most 4.5 organisations (offices and centre) per commune on "
                      "average; one press report (NLD, 2026-01-03), wording not seen.")
    return rows


def _council(day: dt.date) -> Rows:
    """The People's Council: its officers, committees and term."""
    everyone = (*PROVINCE, *COMMUNES)
    rows = facts(Fact.COUNCIL_POSTS, everyone, COUNCIL_POSTS, at(L72, 29, 1), HIGH,
                 "Standing Committee (Chair, Vice-Chair, heads of committees), committees "
                 "with their heads and deputy heads, groups of deputies.")
    rows |= facts(Fact.COUNCIL_STANDING_APART, everyone, True, at(L72, 29, 2), HIGH,
                  "Members of the council's Standing Committee may not sit on the People's "
                  "Committee of the same level.")
    rows |= facts(Fact.COUNCIL_COMMITTEES, COMMUNES,
                  ("Ban Kinh tế – Ngân sách", "Ban Văn hóa – Xã hội"), at(L72, 29, 3, "a"))
    heads = OFFICE_HEADS | ({Post.OFFICE_HEAD} if day >= YEAR_2026 else set())
    rows |= facts(Fact.COUNCIL_BAN_OFFICERS_APART, COMMUNES, frozenset(heads),
                  at(L72, 29, 3, "c"), HIGH,
                  "The head or a deputy head of a council committee (Trưởng Ban, Phó Trưởng "
                  "Ban) may not head a specialised office of the People's Committee of the "
                  "same unit.")
    provincial = ("Ban Pháp chế", "Ban Kinh tế – Ngân sách", "Ban Văn hóa – Xã hội")
    rows |= facts(Fact.COUNCIL_COMMITTEES, (K.THANH_PHO,), (*provincial, "Ban Đô thị"),
                  at(L72, 29, 3, "a"), HIGH,
                  "A centrally-run city adds the Urban Committee (Ban Đô thị).")
    rows |= facts(Fact.COUNCIL_COMMITTEES, (K.TINH,), provincial, at(L72, 29, 3, "a"), HIGH,
                  "A province has no Ban Đô thị; it may add an Ethnic Committee (Ban Dân "
                  "tộc) where relevant, which the library does not record.")
    rows |= facts(Fact.COUNCIL_TERM_YEARS, everyone, 5, at(L72, 5, 4), HIGH,
                  "From the first session of one council to that of the next; the National "
                  "Assembly may shorten or extend it (NQ 199/2025/QH15 shortened 2021–2026).")
    rows |= facts(Fact.ELECTION_DAY, everyone, ELECTION, at(NQ199, 2))
    rows |= facts(Fact.FIRST_SESSION_WITHIN_DAYS, everyone, 45, at(L72, 34, 1))
    if day >= TERM_2026:
        rows |= facts(Fact.COUNCIL_MAX_VICE_CHAIRS, COMMUNES, 1, at(NQ106), MEDIUM,
                      "One Vice-Chair per commune council for the 2026–2031 term; the "
                      "content is high, the resolution's number medium (one report says "
                      "108/2025).")
        rows |= facts(Fact.MEAN_COUNCIL_DEPUTY_HEADS, PROVINCE, 2, at(NQ106), MEDIUM,
                      "On average two deputy heads per committee of the commune councils "
                      "across the province; the provincial council's Standing Committee "
                      "allocates them. Content high, the resolution's number medium.")
        rows |= facts(Fact.COUNCIL_MAX_VICE_CHAIRS, PROVINCE, HDND_CAPS, at(NQ106), MEDIUM,
                      "By GSO code: formed from three units 4, from two 3, unmerged 2. "
                      "Merged units may keep a surplus at the start of the term.")
    return rows


def _certification(day: dt.date) -> Rows:
    """Who certifies, and delegation under Luật 72/2025 Điều 14."""
    if day < ND280_DAY:
        rows = facts(Fact.CERTIFIERS, COMMUNES, frozenset({Post.CHAIR, Post.VICE_CHAIR}),
                     at(ND23, 5, 2), HIGH, "The Chairman or a Vice-Chairman signs, with the "
                                           "commune People's Committee's seal.")
    else:
        rows = facts(Fact.CERTIFIERS, COMMUNES, frozenset({Post.CHAIR}), at(ND280, 1, 2), HIGH,
                     "NĐ 280/2025 Điều 1 k.2 rewrites NĐ 23/2015 Điều 5: the commune Chairman "
                     "certifies personally and may delegate or assign (Điều 2 k.9 as "
                     "amended). A Vice-Chairman certifies only if assigned or delegated "
                     "(medium inference).")
    delegates = frozenset({Post.CIVIL_SERVANT, Post.SERVICE_CENTRE_DIRECTOR}) | OFFICE_HEADS
    if day >= YEAR_2026:
        delegates |= {Post.OFFICE_HEAD}
    rows |= facts(Fact.DELEGATOR_POST, COMMUNES, Post.CHAIR, at(L72, 14, 1), HIGH,
                  "The commune Chairman may delegate tasks to civil servants of the commune "
                  "People's Committee.")
    rows |= facts(Fact.DELEGATE_POST, COMMUNES, delegates, at(L72, 14, 1), HIGH,
                  "Civil servants of the commune People's Committee, office heads included "
                  "(the Ministry of Justice's CV 4158/BTP-BTTP also names the heads of "
                  "offices and of the public-service centre).")
    rows |= facts(Fact.DELEGATION_FORM, COMMUNES, True, at(L72, 14, 2), HIGH,
                  "In writing, stating content, scope, term, method and conditions (k.2); "
                  "the delegate may not delegate further (k.5).")
    rows |= facts(Fact.NO_REDELEGATION, COMMUNES, True, at(L72, 14, 5), HIGH,
                  "The delegate may ask for changes but may not delegate further.")
    rows |= facts(Fact.DELEGATION_SCOPE_SET_BY, COMMUNES, Authority.CITY_COUNCIL,
                  at(L72, 14, 8), HIGH, "The provincial People's Council sets by resolution "
                                        "what a commune Chairman may delegate to civil "
                                        "servants.")
    rows |= facts(Fact.DELEGATE_SEAL, COMMUNES, "the commune People's Committee's seal",
                  at(L72, 14, 8), HIGH, "A civil servant signing 'thừa ủy quyền' uses the "
                                        "commune People's Committee's seal.")
    return rows


def _working(day: dt.date) -> Rows:
    rows = facts(Fact.DIALOGUES_PER_YEAR, COMMUNES, 1, at(L72, 43), HIGH,
                 "At least once a year, or when a tenth of the voters ask; announced at "
                 "least 7 days ahead, results posted within 10 days.")
    if day < ND315_DAY:  # the committee issued its rules before there was a model
        rows |= facts(Fact.WORKING_RULES_ISSUER, COMMUNES, Post.CHAIR, at(L72, 22, 8), MEDIUM,
                      "The commune People's Committee issues its own working rules (Điều 22 "
                      "k.8; Điều 25 for a phường, Điều 27 for a đặc khu); the Chairman signs "
                      "the decision on its behalf. No model before NĐ 315/2025 "
                      "(2025-12-08).")
    if day >= ND315_DAY:
        model = catalogue().get(ND315)
        rows |= facts(Fact.WORKING_RULES_MODEL, COMMUNES, model, at(ND315), HIGH,
                      "Each commune People's Committee issues its rules on the model "
                      "(replacing QĐ 77/2006/QĐ-TTg).")
        rows |= facts(Fact.WORKING_RULES_ISSUER, COMMUNES, Post.CHAIR, at(ND315, 3), MEDIUM,
                      "The People's Committee issues its rules (decree Điều 3); the Chairman "
                      "signs the decision on its behalf.")
        rows |= facts(Fact.WORKING_RULES_FROM, COMMUNES, ND315_DAY, at(ND315), HIGH,
                      "The model applies from its signing, 2025-12-08.")
    return rows


#: Each part of the national answers, as a function of the stage's first day.
NATIONAL_PARTS: tuple[Callable[[dt.date], Rows], ...] = (
    _structure, _decisions, _leaders, _numbers, _council, _certification, _working)
NATIONAL_STEPS = (START, ND280_DAY, ND300_DAY, ND315_DAY, YEAR_2026, TERM_2026)

_STAGES = {
    START: ("two-tier-2025", "Two-tier local government (2025: designated leaders)"),
    ND280_DAY: ("two-tier-2025-11", "Two-tier local government (certification per "
                                    "NĐ 280/2025)"),
    ND300_DAY: ("two-tier-2025-11-17", "Two-tier local government (Vice-Chairmen per "
                                       "NĐ 300/2025)"),
    ND315_DAY: ("two-tier-2025-12-08", "Two-tier local government (model working rules "
                                       "per NĐ 315/2025)"),
    YEAR_2026: ("two-tier-2026", "Two-tier local government (2026, offices per "
                                 "NĐ 370/2025)"),
    TERM_2026: ("two-tier-2026-2031", "Two-tier local government (2026–2031 councils)"),
}
_INSTRUMENTS = (L72, NQ203, "202/2025/QH15", "80/2025/QH15", ND150, ND23)
_LATER = {ND280_DAY: ND280, ND300_DAY: ND300, ND315_DAY: ND315, YEAR_2026: ND370,
          TERM_2026: NQ106}
SUMMARY = ("No district level: the province-level unit holds its xã, phường and đặc khu "
           "directly, and each has a People's Council and a People's Committee that decides "
           "the matters of Luật 72/2025 Điều 40 k.2 collectively, its Chairman the rest. "
           "The council elects the committee's leaders, the provincial Chairman approves "
           "them; in 2025 the provincial council's Standing Committee designated them.")


def national_rows(day: dt.date) -> Rows:
    """Every national answer in force from *day* (a stage's first day)."""
    rows: Rows = {}
    for part in NATIONAL_PARTS:
        part_rows = part(day)
        clash = rows.keys() & part_rows.keys()
        if clash:  # a table that answers one question twice is a typo, not a choice
            raise ValueError(f"two-tier rows answer {sorted(map(str, clash))} twice")
        rows |= part_rows
    return rows


def instruments(day: dt.date, extra: tuple[str, ...] = ()) -> tuple[object, ...]:
    later = tuple(i for d, i in _LATER.items() if d <= day)
    return tuple(catalogue().get(i) for i in (*_INSTRUMENTS, *later, *extra))


def national() -> tuple[Regime, ...]:
    """The national two-tier regimes, one per stage."""
    out = []
    for i, day in enumerate(NATIONAL_STEPS):
        end = NATIONAL_STEPS[i + 1] if i + 1 < len(NATIONAL_STEPS) else None
        key, name = _STAGES[day]
        out.append(Regime(key=key, name=name, vietnamese="Chính quyền địa phương hai cấp",
                          city=None, period=Period(day, end),
                          instruments=instruments(day),  # type: ignore[arg-type]
                          facts=national_rows(day), summary=SUMMARY))
    return tuple(out)

