"""Tests that kill surviving mutants of the delegation and working-rules rules
(``_rules/delegations.py``, ``_rules/working_rules.py``).

Each test pins whole findings (code, severity, path, provision, values and message) of
one structure, so that a mutant changing any of them, or which structures are accepted,
fails it; each names the mutants it was written for (``python tools/mutation.py --show
NAME`` prints a mutant's diff; the names drop the ``urbangov._rules.`` prefix; numbers
are those of this source, where ``x_other_unit``'s are two lower than in the run of
2026-12-02 and ``x_under`` has one path).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

import urbangov as ug
from urbangov.structure import (
    Appointment,
    Body,
    City,
    Delegation,
    District,
    Office,
    Official,
    Ward,
    WorkingRule,
)
from urbangov.terms import Act, Authority, Level, Post
from urbangov.time import Period

D = dt.date
PILOT_DAY = D(2022, 7, 1)  # Hà Nội's and TP Hồ Chí Minh's urban government
YEAR_2022 = Period(D(2022, 1, 1), D(2023, 1, 1))
COPY = {Act.CERTIFY_COPY}
SIGNATURE = {Act.CERTIFY_SIGNATURE}
APPOINTED = Appointment(Authority.PARENT_CHAIR, "15/QĐ-UBND")

# The provisions the findings cite.
ND_32_K3_D7 = "khoản 3 Điều 7 Nghị định 32/2021/NĐ-CP"  # Hà Nội: who delegates what to whom
ND_33_K3_D18 = "khoản 3 Điều 18 Nghị định 33/2021/NĐ-CP"  # TP Hồ Chí Minh: the same
ND_30_K3_D13 = "khoản 3 Điều 13 Nghị định 30/2020/NĐ-CP"  # in writing, in time, no onward
ND_23_K2_D5 = "khoản 2 Điều 5 Nghị định 23/2015/NĐ-CP"  # before the pilots: no delegation

Row = tuple[str, str, str, str, dict[str, Any], str]


def _findings(unit: ug.Ward | District | City, on: dt.date, *prefixes: str) -> list[Row]:
    """(code, severity, path, provision, values, message) of each finding whose code
    starts with one of *prefixes*, in the order ``validate`` gives them."""
    return [(v.code, v.severity.value, v.path, str(v.provision), v.values, v.message)
            for v in ug.validate(unit, on=on) if v.code.startswith(prefixes)]


def _official(name: str, post: Post, start: dt.date, end: dt.date | None = None,
              **fields: Any) -> Official:
    appointment = APPOINTED if post in (Post.CHAIR, Post.VICE_CHAIR) else None
    return Official(name, post, Period(start, end), appointment, **fields)


def _gia_thuy(officials: tuple[Official, ...], delegations: tuple[Delegation, ...],
              ) -> Ward:
    return Ward(name="Gia Thụy", code="00130", city="01", unit_class=ug.UnitClass.I,
                council=None, officials=officials, delegations=delegations)


CHAIR = _official("Chủ tịch A", Post.CHAIR, D(2021, 7, 1), D(2026, 7, 1))
VICE = _official("Phó Chủ tịch B", Post.VICE_CHAIR, D(2021, 7, 1), D(2026, 7, 1))
CLERK = _official("Tư pháp C", Post.TU_PHAP_HO_TICH, D(2015, 1, 1))
CULTURE = _official("Văn hóa D", Post.VAN_HOA_XA_HOI, D(2015, 1, 1), D(2022, 6, 1))
# One person over three records (the name spelt three ways), known by id.
CLERK_G = (_official("Tran Van G", Post.VAN_HOA_XA_HOI, D(2010, 1, 1), D(2015, 1, 1),
                     id="tu-phap-2"),
           _official("Trần Văn G.", Post.VAN_HOA_XA_HOI, D(2015, 1, 1), D(2019, 1, 1),
                     id="tu-phap-2"),
           _official("Trần Văn G", Post.TU_PHAP_HO_TICH, D(2019, 1, 1), D(2022, 10, 1),
                     id="tu-phap-2"))
# In office only after 2022-01-01: Văn hóa–Xã hội, then Tư pháp–Hộ tịch (latest first).
LATE = (_official("Lê Văn H", Post.TU_PHAP_HO_TICH, D(2023, 1, 1)),
        _official("Lê Văn H", Post.VAN_HOA_XA_HOI, D(2022, 3, 1), D(2023, 1, 1)))
# Gone before 2022: Vice-Chairman, then Tư pháp–Hộ tịch.
FORMER = (_official("Phạm Thị K", Post.VICE_CHAIR, D(2016, 1, 1), D(2018, 1, 1)),
          _official("Phạm Thị K", Post.TU_PHAP_HO_TICH, D(2018, 1, 1), D(2021, 1, 1)))


def _pilot_ward() -> Ward:
    return _gia_thuy((CHAIR, VICE, CLERK, CULTURE, *CLERK_G, *LATE, *FORMER), (
        Delegation("Chủ tịch A", "Tư pháp C", COPY, YEAR_2022, "12/QĐ-UBND"),
        Delegation("Phó Chủ tịch B", "Văn hóa D",
                   {Act.CERTIFY_LAND_USE_CONTRACT, Act.CERTIFY_WILL}, YEAR_2022, None),
        Delegation("Chủ tịch A", "tu-phap-2", COPY, Period(D(2022, 1, 1), D(2027, 1, 1))),
        Delegation("Chủ tịch A", "Lê Văn H", COPY, Period(D(2022, 1, 1)), "13/QĐ-UBND"),
        Delegation("Phạm Thị K", "Ai đó", COPY, YEAR_2022, "14/QĐ-UBND"),
        Delegation("Chủ tịch A", "Tư pháp C", SIGNATURE, YEAR_2022, "15/QĐ-UBND"),
    ))


def test_each_rule_on_a_delegation_reports_in_full() -> None:
    """Hà Nội's pilot (NĐ 32/2021 Điều 7 k.3: the ward Chairman delegates certified copies
    and signatures to the Tư pháp–Hộ tịch civil servant; NĐ 30/2020 Điều 13 k.3: in
    writing, for a set time): each broken rule, once per delegation, with who holds which
    post when.  Kills, among others, ``delegations.x__who__mutmut_13``/``_14`` (the name
    of a key's latest record), ``x__why_no_holder__mutmut_13``–``_27`` (the first record
    after the delegation's first day, the last one before it), ``x__holds_post__*``,
    ``x_within_tenure__*``, ``x_written__*``, ``x_time_limited__*`` and ``x_acts__*``
    (code, path, provision, values and message), and the mutants of ``x_under`` that stop
    after the first delegation."""
    only = "only the Chairman of the People's Committee of Phường Gia Thụy may"
    clerk = "only the Justice–Civil Status civil servant of Phường Gia Thụy may"
    assert _findings(_pilot_ward(), PILOT_DAY, "UG-DELEG") == [
        ("UG-DELEG-DELEGATOR", "error", "delegations[1].delegator", ND_32_K3_D7,
         {"delegator": "Phó Chủ tịch B"}, "Phó Chủ tịch B (Vice-Chairman of the People's "
         f"Committee) cannot delegate: {only}"),
        ("UG-DELEG-DELEGATOR", "error", "delegations[4].delegator", ND_32_K3_D7,
         {"delegator": "Phạm Thị K"}, "Phạm Thị K (Justice–Civil Status civil servant until "
         f"2020-12-31, no post on 2022-01-01) cannot delegate: {only}"),
        ("UG-DELEG-DELEGATE", "error", "delegations[1].delegate", ND_32_K3_D7,
         {"delegate": "Văn hóa D"}, "Văn hóa D (Culture–Society civil servant) cannot "
         f"receive the delegation: {clerk}"),
        ("UG-DELEG-DELEGATE", "error", "delegations[3].delegate", ND_32_K3_D7,
         {"delegate": "Lê Văn H"}, "Lê Văn H (Culture–Society civil servant, took office "
         "only on 2022-03-01, after the delegation's first day 2022-01-01) cannot receive "
         f"the delegation: {clerk}"),
        ("UG-DELEG-DELEGATE", "error", "delegations[4].delegate", ND_32_K3_D7,
         {"delegate": "Ai đó"}, f"Ai đó (no post in this unit) cannot receive the "
         f"delegation: {clerk}"),
        ("UG-DELEG-ACTS", "error", "delegations[1].acts", ND_32_K3_D7,
         {"acts": ["certify-land-use-contract", "certify-will"]},
         "the delegation covers acts the law does not let the Chairman delegate: certify a "
         "contract on land-use rights, certify a will"),
        ("UG-DELEG-TENURE", "error", "delegations[1].period", ND_30_K3_D13,
         {"role": "delegate", "tenure_end": D(2022, 6, 1)},
         "the delegation (2022-01-01 → 2022-12-31) runs outside the delegate Văn hóa D's "
         "tenure (2015-01-01 → 2022-05-31)"),
        ("UG-DELEG-TENURE", "error", "delegations[2].period", ND_30_K3_D13,
         {"role": "delegator", "tenure_end": D(2026, 7, 1)},
         "the delegation (2022-01-01 → 2026-12-31) runs outside the delegator Chủ tịch A's "
         "tenure (2021-07-01 → 2026-06-30)"),
        ("UG-DELEG-TENURE", "error", "delegations[2].period", ND_30_K3_D13,
         {"role": "delegate", "tenure_end": D(2022, 10, 1)},
         "the delegation (2022-01-01 → 2026-12-31) runs outside the delegate Trần Văn G "
         "(tu-phap-2)'s tenure (2019-01-01 → 2022-09-30)"),
        ("UG-DELEG-TENURE", "error", "delegations[3].period", ND_30_K3_D13,
         {"role": "delegator", "tenure_end": D(2026, 7, 1)},
         "the delegation (2022-01-01 → …) runs outside the delegator Chủ tịch A's tenure "
         "(2021-07-01 → 2026-06-30)"),
        ("UG-DELEG-WRITTEN", "error", "delegations[1].decision", ND_30_K3_D13, {},
         "the delegation was made without a written decision"),
        ("UG-DELEG-WRITTEN", "warning", "delegations[2].decision", ND_30_K3_D13, {},
         "the delegation's written decision is not recorded"),
        ("UG-DELEG-TIME-LIMITED", "error", "delegations[3].period", ND_30_K3_D13, {},
         "the delegation from 2022-01-01 has no end"),
    ]


CHAIR_2019 = _official("Chủ tịch X", Post.CHAIR, D(2019, 1, 1), D(2026, 7, 1))
VICE_2019 = _official("Phó Chủ tịch Y", Post.VICE_CHAIR, D(2019, 1, 1), D(2026, 7, 1))


def test_a_delegation_made_before_the_pilot_is_judged_by_both_laws() -> None:
    """A delegation of 2021 judged on 2022-07-01 is judged by the law of each of its days:
    before 2021-07-01 nothing was delegable (NĐ 23/2015 Điều 5 k.2), then the pilot's
    rules (NĐ 32/2021 Điều 7 k.3, NĐ 30/2020 Điều 13 k.3) apply; the older law is named in
    the message, the structure's own law is not.  Kills the mutants of
    ``delegations.x_under`` that change the laws judged, once each, or the words naming
    them, or stop at a law silent on the fact, and ``x_acts__mutmut_14`` (the words for a
    law that lets nothing be delegated)."""
    ward = _gia_thuy((CHAIR_2019, VICE_2019, CLERK), (
        Delegation("Chủ tịch X", "Tư pháp C", {Act.CERTIFY_COPY, Act.CERTIFY_WILL},
                   Period(D(2021, 1, 1), D(2022, 1, 1)), None),
        Delegation("Phó Chủ tịch Y", "Tư pháp C", COPY, Period(D(2021, 6, 1), D(2022, 6, 1)),
                   "2/QĐ-UBND"),
    ))
    ordinary = "(Ordinary local government (2016–2021 term)): the law gave no basis to " \
        "delegate any act, yet the delegation covers: certify a copy from the original"
    assert _findings(ward, PILOT_DAY, "UG-DELEG") == [
        ("UG-DELEG-DELEGATOR", "error", "delegations[1].delegator", ND_32_K3_D7,
         {"delegator": "Phó Chủ tịch Y"}, "Phó Chủ tịch Y (Vice-Chairman of the People's "
         "Committee) cannot delegate: only the Chairman of the People's Committee of Phường "
         "Gia Thụy may"),
        ("UG-DELEG-ACTS", "error", "delegations[0].acts", ND_23_K2_D5,
         {"acts": ["certify-copy", "certify-will"]},
         f"under the law of 2021-01-01 {ordinary}, certify a will"),
        ("UG-DELEG-ACTS", "error", "delegations[0].acts", ND_32_K3_D7,
         {"acts": ["certify-will"]},
         "the delegation covers acts the law does not let the Chairman delegate: certify a "
         "will"),
        ("UG-DELEG-ACTS", "error", "delegations[1].acts", ND_23_K2_D5,
         {"acts": ["certify-copy"]}, f"under the law of 2021-06-01 {ordinary}"),
        ("UG-DELEG-WRITTEN", "error", "delegations[0].decision", ND_30_K3_D13, {},
         "the delegation was made without a written decision"),
    ]


def test_a_past_delegation_is_judged_by_the_law_of_its_days_only() -> None:
    """Delegations made under Hà Nội's pilot, judged on 2026-03-01: certifying signatures
    was delegable then (NĐ 32/2021 Điều 7 k.3) though only copies are now (Luật 72/2025
    Điều 14 k.8), and only to the Tư pháp–Hộ tịch civil servant; each finding cites the
    law of its days, the pilot's NĐ 30/2020 Điều 13 k.3 and then Luật 72/2025 Điều 14 k.2
    for a delegation that never ends.  Kills the mutants of ``delegations.x_under`` that
    judge a delegation wholly in the past by today's law, and the mutants that drop a
    finding's own provision, so that it cites the rule's as of today:
    ``x__holds_post__mutmut_46``, ``x_within_tenure__mutmut_27``, ``x_written__mutmut_10``,
    ``_14``, ``_29``, ``_32``, ``x_time_limited__mutmut_10``, ``_13``."""
    chair = _official("Chủ tịch X", Post.CHAIR, D(2019, 1, 1))
    office = _official("Chánh Văn phòng Z", Post.OFFICE_CHIEF, D(2019, 1, 1), D(2030, 1, 1))
    ward = Ward(name="Ba Đình", city="01", officials=(chair, CLERK, office), delegations=(
        Delegation("Chủ tịch X", "Tư pháp C", SIGNATURE, YEAR_2022, None),
        Delegation("Chủ tịch X", "Chánh Văn phòng Z", COPY, Period(D(2022, 1, 1)),
                   "5/QĐ-UBND"),
        Delegation("Chủ tịch X", "Tư pháp C", COPY, Period(D(2023, 1, 1), D(2024, 1, 1))),
    ))
    l72_k2 = "khoản 2 Điều 14 Luật 72/2025/QH15"
    outside = ("the delegation (2022-01-01 → …) runs outside the delegate Chánh Văn phòng "
               "Z's tenure (2019-01-01 → 2029-12-31)")
    tenure = {"role": "delegate", "tenure_end": D(2030, 1, 1)}
    no_end = "the delegation from 2022-01-01 has no end"
    assert _findings(ward, D(2026, 3, 1), "UG-DELEG") == [
        ("UG-DELEG-DELEGATE", "error", "delegations[1].delegate", ND_32_K3_D7,
         {"delegate": "Chánh Văn phòng Z"}, "under the law of 2022-01-01 (Hà Nội "
         "urban-government pilot): Chánh Văn phòng Z (Chief of the Office of the People's "
         "Council and Committee) cannot receive the delegation: only the Justice–Civil "
         "Status civil servant of Phường Ba Đình may"),
        ("UG-DELEG-TENURE", "error", "delegations[1].period", ND_30_K3_D13, tenure, outside),
        ("UG-DELEG-TENURE", "error", "delegations[1].period", l72_k2, tenure, outside),
        ("UG-DELEG-WRITTEN", "error", "delegations[0].decision", ND_30_K3_D13, {},
         "the delegation was made without a written decision"),
        ("UG-DELEG-WRITTEN", "warning", "delegations[2].decision", ND_30_K3_D13, {},
         "the delegation's written decision is not recorded"),
        ("UG-DELEG-TIME-LIMITED", "error", "delegations[1].period", ND_30_K3_D13, {}, no_end),
        ("UG-DELEG-TIME-LIMITED", "error", "delegations[1].period", l72_k2, {}, no_end),
    ]


# Who may receive a delegation from 2025-07-01 (the list of 2025-09-29 adds "or head of
# another specialised office").
POSTS_2025 = ("Chief of the Office of the People's Council and Committee or Director of the "
              "Public Administration Service Centre or Head of the Culture and Society Office "
              "or Head of the Economic (and Urban Infrastructure) Office or civil servant of "
              "the commune")


def test_from_2025_07_01_the_chairman_delegates_to_any_of_several_posts() -> None:
    """Luật 72/2025 Điều 14 k.1: the commune Chairman delegates to the commune's civil
    servants (the posts the regime lists; the list grew on 2025-09-29), not to a
    Vice-Chairman; k.8: in Hà Nội only copies (the city council's scope); k.2: for a set
    time.  Kills ``delegations.x_posts_of__mutmut_1`` (a set of posts read as one post),
    ``x__holds_post__mutmut_12``/``_13`` (the posts joined by "or")."""
    chair = _official("Chủ tịch X", Post.CHAIR, D(2019, 1, 1))
    vice = _official("Phó Chủ tịch Y", Post.VICE_CHAIR, D(2019, 1, 1))
    office = _official("Chánh Văn phòng Z", Post.OFFICE_CHIEF, D(2025, 7, 1))
    ward = Ward(name="Ba Đình", city="01", officials=(chair, vice, office), delegations=(
        Delegation("Chủ tịch X", "Chánh Văn phòng Z", COPY, Period(D(2025, 8, 1)),
                   "3/QĐ-UBND"),
        Delegation("Chủ tịch X", "Phó Chủ tịch Y", COPY, Period(D(2025, 8, 1), D(2026, 8, 1)),
                   "4/QĐ-UBND"),
        Delegation("Chủ tịch X", "Chánh Văn phòng Z", SIGNATURE,
                   Period(D(2026, 1, 1), D(2026, 8, 1)), "6/QĐ-UBND"),
    ))
    l72 = "Điều 14 Luật 72/2025/QH15"
    vice_cannot = ("Phó Chủ tịch Y (Vice-Chairman of the People's Committee) cannot receive "
                   "the delegation: only the")
    assert _findings(ward, D(2026, 3, 1), "UG-DELEG") == [
        ("UG-DELEG-DELEGATE", "error", "delegations[1].delegate", f"khoản 1 {l72}",
         {"delegate": "Phó Chủ tịch Y"}, "under the law of 2025-08-01 (Hà Nội: two-tier "
         f"local government from 2025-07-01): {vice_cannot} {POSTS_2025} of Phường Ba Đình may"),
        ("UG-DELEG-DELEGATE", "error", "delegations[1].delegate", f"khoản 1 {l72}",
         {"delegate": "Phó Chủ tịch Y"}, f"{vice_cannot} {POSTS_2025} or head of another "
         "specialised office of Phường Ba Đình may"),
        ("UG-DELEG-ACTS", "error", "delegations[2].acts", f"khoản 8 {l72}",
         {"acts": ["certify-signature"]},
         "the delegation covers acts the law does not let the Chairman delegate: certify a "
         "signature"),
        ("UG-DELEG-TIME-LIMITED", "error", "delegations[0].period", f"khoản 2 {l72}", {},
         "the delegation from 2025-08-01 has no end"),
    ]


def test_a_finding_the_law_repeats_is_reported_once() -> None:
    """TP Hồ Chí Minh's regime of 2025-03-01 repeats the answers of the one before (NĐ
    33/2021 Điều 18 k.3, NĐ 30/2020 Điều 13 k.3): a delegation spanning both is reported
    once per answer, naming the law of its first day.  Kills the mutants of
    ``delegations.x_under`` that judge an answer twice, or none."""
    clerk = _official("Tư pháp C", Post.TU_PHAP_HO_TICH, D(2015, 1, 1),
                      in_field_since=D(2015, 1, 1))
    ward = Ward(name="Bến Nghé", city="79", officials=(CHAIR_2019, clerk), delegations=(
        Delegation("Chủ tịch X", "Tư pháp C", {Act.CERTIFY_COPY, Act.CERTIFY_WILL},
                   Period(D(2024, 6, 1), D(2025, 6, 1)), None),
    ))
    assert _findings(ward, D(2025, 4, 1), "UG-DELEG") == [
        ("UG-DELEG-ACTS", "error", "delegations[0].acts", ND_33_K3_D18,
         {"acts": ["certify-will"]}, "under the law of 2024-06-01 (TP Hồ Chí Minh urban "
         "government): the delegation covers acts the law does not let the Chairman "
         "delegate: certify a will"),
        ("UG-DELEG-WRITTEN", "error", "delegations[0].decision", ND_30_K3_D13, {},
         "the delegation was made without a written decision"),
    ]


def _redelegating(ward: Ward) -> Ward:
    return attrs.evolve(ward, officials=(CHAIR, CLERK, *CLERK_G), delegations=(
        Delegation("Chủ tịch A", "Tư pháp C", COPY, YEAR_2022, "1/QĐ-UBND"),
        Delegation("Tư pháp C", "tu-phap-2", COPY, Period(D(2022, 3, 1), D(2022, 9, 1)),
                   "2/QĐ-UBND"),
        Delegation("Chủ tịch A", "Tư pháp C", SIGNATURE, Period(D(2023, 1, 1), D(2024, 1, 1)),
                   "3/QĐ-UBND"),
        # Signatures, before they were delegated to Tư pháp C; copies, after.
        Delegation("Tư pháp C", "tu-phap-2", SIGNATURE, Period(D(2022, 3, 1), D(2022, 9, 1)),
                   "4/QĐ-UBND"),
        Delegation("Tư pháp C", "tu-phap-2", COPY, Period(D(2023, 1, 1), D(2024, 1, 1)),
                   "5/QĐ-UBND"),
        Delegation("Tư pháp C", "tu-phap-2", COPY | SIGNATURE,
                   Period(D(2022, 6, 1), D(2022, 9, 1)), "6/QĐ-UBND"),
    ))


def test_only_acts_received_and_still_delegated_are_redelegated() -> None:
    """NĐ 30/2020 Điều 13 k.3: the delegate may not delegate onward.  A delegation by the
    delegate of another is a re-delegation only while the first is in force and for the
    acts it gave; each is reported, naming both delegators.  Kills
    ``delegations.x_no_redelegation__mutmut_7``–``_13`` (which pairs of delegations
    count), ``_47`` (``break`` → ``return`` after the first re-delegation) and ``_16``
    (without its own provision a finding of 2022 judged in 2026 would cite the rule's of
    2026, Luật 72/2025 Điều 14 k.5, not the pilot's), with each finding's values and
    message."""
    onward = "Tư pháp C re-delegates to Trần Văn G (tu-phap-2) acts delegated to them by " \
        "Chủ tịch A"
    pilot = [("UG-DELEG-NO-REDELEGATION", "error", f"delegations[{i}]", ND_30_K3_D13,
              {"from": "Chủ tịch A", "to": "tu-phap-2"}, onward) for i in (1, 5)]
    assert _findings(_redelegating(_gia_thuy((), ())), PILOT_DAY,
                     "UG-DELEG-NO-REDELEGATION") == pilot
    # Judged in 2026, the re-delegations of 2022 still cite the pilot's law.
    assert _findings(_redelegating(Ward(name="Ba Đình", city="01")), D(2026, 3, 1),
                     "UG-DELEG-NO-REDELEGATION") == pilot


def test_the_delegate_has_worked_three_years_in_the_field() -> None:
    """TP Hồ Chí Minh (NĐ 33/2021 Điều 18 k.3): the delegate has worked three years in
    the field by the delegation's first day; unknown years are a warning, a delegate on
    no record is left to UG-DELEG-DELEGATE.  Kills ``delegations.x_experience__*``: the
    delegate on no record (``_17`` crashes, ``_18`` stops the rule), the boundary
    (``_48``: exactly three years is enough), and each finding's fields."""
    def clerk(name: str, since: dt.date | None) -> Official:
        return _official(name, Post.TU_PHAP_HO_TICH, D(2015, 1, 1), in_field_since=since)

    ward = Ward(name="Bến Nghé", city="79", officials=(
        CHAIR_2019, clerk("Tư pháp M", None), clerk("Tư pháp N", D(2019, 1, 2)),
        clerk("Tư pháp O", D(2019, 1, 1))), delegations=tuple(
            Delegation("Chủ tịch X", to, COPY, YEAR_2022, f"{i}/QĐ-UBND")
            for i, to in enumerate(("Ai đó", "Tư pháp M", "Tư pháp N", "Tư pháp O"))))
    assert _findings(ward, PILOT_DAY, "UG-DELEG-EXPERIENCE") == [
        ("UG-DELEG-EXPERIENCE", "warning", "delegations[1].delegate", ND_33_K3_D18, {},
         "Tư pháp M's years in the field are not recorded; the law requires 3"),
        ("UG-DELEG-EXPERIENCE", "error", "delegations[2].delegate", ND_33_K3_D18,
         {"in_field_since": D(2019, 1, 2)}, "Tư pháp N has worked in the field since "
         "2019-01-02, less than 3 years before the delegation of 2022-01-01"),
    ]


def _quan_1() -> District:
    chair = _official("Chủ tịch", Post.CHAIR, D(2021, 7, 1))
    namesake = _official("Nguyễn Văn A", Post.TU_PHAP_HO_TICH, D(2015, 1, 1))
    here = Ward(name="Bến Nghé", code="26740", officials=(chair, namesake), delegations=(
        Delegation("Chủ tịch", "Tư pháp B", COPY, YEAR_2022, "1/QĐ-UBND"),
        Delegation("Không ai", "Tư pháp B", COPY, YEAR_2022, "2/QĐ-UBND"),
        Delegation("Chủ tịch", "tp-x", COPY, YEAR_2022, "3/QĐ-UBND"),
        Delegation("Chủ tịch", "Nguyễn Văn H", COPY, YEAR_2022, "4/QĐ-UBND"),
        Delegation("Chủ tịch", "Trần Văn K", COPY, YEAR_2022, "5/QĐ-UBND"),
        Delegation("Chủ tịch", "Nguyễn Văn A", COPY, YEAR_2022, "6/QĐ-UBND"),
        Delegation("Chủ tịch Bến Thành", "Nguyễn Văn A", COPY, YEAR_2022, "7/QĐ-UBND"),
    ))
    ben_thanh = Ward(name="Bến Thành", code="26743", officials=(
        _official("Chủ tịch Bến Thành", Post.CHAIR, D(2021, 7, 1)),
        _official("Tư pháp B", Post.TU_PHAP_HO_TICH, D(2015, 1, 1)),
        _official("Nguyễn Văn A", Post.VICE_CHAIR, D(2021, 7, 1)),
        _official("Nguyễn Văn H", Post.VAN_HOA_XA_HOI, D(2015, 1, 1), D(2020, 1, 1)),
        _official("Trần Văn K", Post.TU_PHAP_HO_TICH, D(2023, 1, 1))))
    tan_dinh = Ward(name="Tân Định", officials=(
        _official("Lê Văn X", Post.TU_PHAP_HO_TICH, D(2015, 1, 1), id="tp-x"),
        _official("Nguyễn Văn H", Post.TU_PHAP_HO_TICH, D(2020, 1, 1))))
    return District(name="Quận 1", code="760", city="79", wards=(here, ben_thanh, tan_dinh))


def test_a_delegation_naming_an_official_of_another_unit_names_that_unit() -> None:
    """NĐ 33/2021 Điều 18 k.3 (TP Hồ Chí Minh): the ward's own Chairman delegates to the
    ward's own Tư pháp–Hộ tịch civil servant.  A party who holds a post only in another
    ward of the structure is named with that ward (by code, else by name), the record
    held on the delegation's first day first; a key the ward itself holds is not looked
    for elsewhere; a key held nowhere is left to UG-DELEG-DELEGATOR/-DELEGATE.  Kills
    ``delegations.x_other_unit__*`` (``_22``/``_33``: ``continue`` → ``break``; ``_28``
    –``_30``: a key held nowhere; ``_41``: the regime of the city; ``_50``–``_54``: the
    record held on the first day, else the first; ``_56``–``_58``: the name with the id;
    ``_61``: the provision of the ward's own regime, not Hà Nội's; ``_80``),
    ``x__keys__mutmut_10`` (the ward's own keys) and ``x__officials_by_key__*``."""
    to_clerk = ("cannot receive the delegation in Phường Bến Nghé: only the Justice–Civil "
                "Status civil servant of Phường Bến Nghé may")
    clerk_of = "(Justice–Civil Status civil servant of Phường"
    assert _findings(_quan_1(), PILOT_DAY, "UG-DELEG-OTHER-UNIT") == [
        ("UG-DELEG-OTHER-UNIT", "error", "wards[0].delegations[0].delegate", ND_33_K3_D18,
         {"delegate": "Tư pháp B", "unit": "26743"},
         f"Tư pháp B {clerk_of} Bến Thành, another unit) {to_clerk}"),
        ("UG-DELEG-OTHER-UNIT", "error", "wards[0].delegations[1].delegate", ND_33_K3_D18,
         {"delegate": "Tư pháp B", "unit": "26743"},
         f"Tư pháp B {clerk_of} Bến Thành, another unit) {to_clerk}"),
        ("UG-DELEG-OTHER-UNIT", "error", "wards[0].delegations[2].delegate", ND_33_K3_D18,
         {"delegate": "tp-x", "unit": "Tân Định"},
         f"Lê Văn X (tp-x) {clerk_of} Tân Định, another unit) {to_clerk}"),
        ("UG-DELEG-OTHER-UNIT", "error", "wards[0].delegations[3].delegate", ND_33_K3_D18,
         {"delegate": "Nguyễn Văn H", "unit": "Tân Định"},
         f"Nguyễn Văn H {clerk_of} Tân Định, another unit) {to_clerk}"),
        ("UG-DELEG-OTHER-UNIT", "error", "wards[0].delegations[4].delegate", ND_33_K3_D18,
         {"delegate": "Trần Văn K", "unit": "26743"},
         f"Trần Văn K {clerk_of} Bến Thành, another unit) {to_clerk}"),
        ("UG-DELEG-OTHER-UNIT", "error", "wards[0].delegations[6].delegator", ND_33_K3_D18,
         {"delegator": "Chủ tịch Bến Thành", "unit": "26743"},
         "Chủ tịch Bến Thành (Chairman of the People's Committee of Phường Bến Thành, "
         "another unit) cannot delegate in Phường Bến Nghé: only the Chairman of the "
         "People's Committee of Phường Bến Nghé may"),
    ]


def test_from_2025_07_01_an_official_of_another_commune_is_named_with_it() -> None:
    """Luật 72/2025 Điều 14 k.1, in a city of communes: the message lists every post that
    may receive the delegation.  Kills ``delegations.x_other_unit__mutmut_74``/``_75``
    (the posts joined by "or")."""
    chair = _official("Chủ tịch X", Post.CHAIR, D(2025, 7, 1))
    office = _official("Chánh Văn phòng Q", Post.OFFICE_CHIEF, D(2025, 7, 1))
    here = Ward(name="Ba Đình", officials=(chair,), delegations=(
        Delegation("Chủ tịch X", "Chánh Văn phòng Q", COPY,
                   Period(D(2026, 1, 1), D(2026, 7, 1)), "1/QĐ-UBND"),))
    city = City(name="Hà Nội", code="01", city="01",
                communes=(here, Ward(name="Ngọc Hà", officials=(office,))))
    assert _findings(city, D(2026, 3, 1), "UG-DELEG-OTHER-UNIT") == [
        ("UG-DELEG-OTHER-UNIT", "error", "communes[0].delegations[0].delegate",
         "khoản 1 Điều 14 Luật 72/2025/QH15", {"delegate": "Chánh Văn phòng Q",
                                               "unit": "Ngọc Hà"},
         "Chánh Văn phòng Q (Chief of the Office of the People's Council and Committee of "
         "Phường Ngọc Hà, another unit) cannot receive the delegation in Phường Ba Đình: "
         f"only the {POSTS_2025} or head of another specialised office of Phường Ba Đình "
         "may"),
    ]


# -- working rules (quy chế làm việc) ---------------------------------------------------

def _rules(*issuers: Post | Office | tuple[Post, dict[str, Any]]) -> tuple[WorkingRule, ...]:
    """Hà Nội's pilot working rules, lawful but for the issuer or the fields given."""
    made = []
    for issuer in issuers:
        fields: dict[str, Any] = {"effective": D(2021, 7, 1), "decision": "1/QĐ-UBND",
                                  "based_on": "2696/QĐ-UBND", "issued": D(2021, 6, 25)}
        if isinstance(issuer, tuple):
            issuer, changed = issuer
            fields.update(changed)
        made.append(WorkingRule(issuer, **fields))
    return tuple(made)


def _rules_findings(unit: Ward, on: dt.date) -> list[Row]:
    # A unit the data cannot place: the names it suggests instead are left out.
    return [(*row[:5], row[5].split("; did you mean")[0])
            for row in _findings(unit, on, "UG-RULES")]


def test_each_rule_on_working_rules_reports_in_full() -> None:
    """QĐ 2696/QĐ-UBND (Hà Nội's model working rules): the ward's rules are issued by its
    Chairman, or by its People's Committee, whose decision he signs (the library's
    reading, docs/legal/uncertain.md), on the model, not before it was signed; NQ
    97/2019/QH14 Điều 1 k.2: in force from the pilot's first day.  Kills
    ``working_rules.x__signs_for__mutmut_1``–``_11`` (the committee of the ward itself,
    not its council), ``x__shown__*`` (an office shown as its table of slugs),
    ``x_issuer__*`` (``_11``/``_12``: rules after the Chairman's own are judged; ``_55``/
    ``_56``: a unit the data cannot place is a warning), ``x_model__*`` (``_51``–``_55``:
    rules without an issue day; issued on the day the model was signed is in time) and
    ``x_effective_from__*``."""
    ward = Ward(name="Gia Thụy", code="00130", city="01", council=None, working_rules=_rules(
        Post.CHAIR,
        Office(body=Body.PEOPLES_COMMITTEE),
        Office(body=Body.PEOPLES_COUNCIL),
        Post.VICE_CHAIR,
        Office("Long Biên", body=Body.PEOPLES_COMMITTEE),
        Office("Phường Không Có", post=Post.CHAIR),
        Office("Gia Thụy, Long Biên", post=Post.CHAIR),
        (Post.CHAIR, {"based_on": None}),
        (Post.CHAIR, {"based_on": "999/QĐ-UBND"}),
        (Post.CHAIR, {"issued": D(2021, 6, 20)}),
        (Post.CHAIR, {"issued": D(2021, 6, 21)}),  # the day QĐ 2696 was signed
        (Post.CHAIR, {"issued": None}),
        (Post.CHAIR, {"effective": D(2021, 6, 30)}),
    ))
    qd_2696 = "Quyết định 2696/QĐ-UBND"
    chair = "the Chairman of the People's Committee of Phường Gia Thụy [00130] issues them"
    assert _rules_findings(ward, PILOT_DAY) == [
        ("UG-RULES-ISSUER", "error", "working_rules[2].issued_by", qd_2696,
         {"issued_by": {"body": "peoples_council"}, "issuer_unit": "00130",
          "expected_unit": "00130"},
         f"the working rules were issued by the People's Council of Phường Gia Thụy "
         f"[00130]; {chair}"),
        ("UG-RULES-ISSUER", "error", "working_rules[3].issued_by", qd_2696,
         {"issued_by": "vice_chair", "issuer_unit": "00130", "expected_unit": "00130"},
         "the working rules were issued by the Vice-Chairman of the People's Committee of "
         f"Phường Gia Thụy [00130]; {chair}"),
        ("UG-RULES-ISSUER", "error", "working_rules[4].issued_by", qd_2696,
         {"issued_by": {"unit": "Long Biên", "body": "peoples_committee"},
          "issuer_unit": "004", "expected_unit": "00130"},
         "the working rules were issued by the People's Committee of Quận Long Biên [004]; "
         f"{chair}"),
        ("UG-RULES-ISSUER", "warning", "working_rules[5].issued_by", qd_2696,
         {"issued_by": {"unit": "Phường Không Có", "post": "chair"}},
         "the issuer of the working rules cannot be placed on 2022-07-01: no unit matches "
         "'Phường Không Có'"),
        ("UG-RULES-MODEL", "warning", "working_rules[7].based_on", qd_2696, {},
         "the model the working rules follow is not recorded (should be 2696/QĐ-UBND)"),
        ("UG-RULES-MODEL", "error", "working_rules[8].based_on", qd_2696,
         {"based_on": "999/QĐ-UBND"},
         "the working rules are based on 999/QĐ-UBND, not on the model 2696/QĐ-UBND"),
        ("UG-RULES-MODEL", "error", "working_rules[9].issued", qd_2696,
         {"issued": D(2021, 6, 20), "model_signed": D(2021, 6, 21)},
         "the working rules were issued on 2021-06-20, before the model 2696/QĐ-UBND they "
         "follow was signed (2021-06-21)"),
        ("UG-RULES-FROM", "error", "working_rules[12].effective",
         "khoản 2 Điều 1 Nghị quyết 97/2019/QH14", {"effective": D(2021, 6, 30)},
         "the working rules come into force on 2021-06-30, before 2021-07-01"),
    ]
    # The values are plain data: slugs, not members of an enumeration.
    values = [v.values["issued_by"] for v in ug.validate(ward, on=PILOT_DAY)
              if v.code == "UG-RULES-ISSUER"]
    assert [type(x) for v in values for x in (v.values() if isinstance(v, dict) else [v])
            ] == [str, str, str, str, str, str]


def test_working_rules_issued_by_a_unit_gone_that_day_are_an_error() -> None:
    """NĐ 315/2025/NĐ-CP Điều 3 (from 2025-12-08): the commune's rules are its own.  An
    issuer in a unit that no longer exists (Quận Long Biên, gone with the district level
    on 2025-07-01) is an error; one the data cannot place at all, a warning.  Kills
    ``working_rules.x_issuer__mutmut_55``/``_56`` (which of the two is a warning)."""
    def rules(issuer: Office) -> WorkingRule:
        return WorkingRule(issuer, D(2025, 12, 15), "1/QĐ-UBND", "315/2025/NĐ-CP",
                           D(2025, 12, 10))

    ward = Ward(name="Bồ Đề", code="00118", city="01", working_rules=(
        rules(Office("004", body=Body.PEOPLES_COMMITTEE)),
        rules(Office("Phường Không Có", post=Post.CHAIR)),
        rules(Office(body=Body.PEOPLES_COMMITTEE))))
    nd_315 = "Điều 3 Nghị định 315/2025/NĐ-CP"
    cannot = "the issuer of the working rules cannot be placed on 2026-03-01:"
    assert _rules_findings(ward, D(2026, 3, 1)) == [
        ("UG-RULES-ISSUER", "error", "working_rules[0].issued_by", nd_315,
         {"issued_by": {"unit": "004", "body": "peoples_committee"}},
         f"{cannot} Quận Long Biên [004] did not exist on 2026-03-01: it ceased on "
         "2025-07-01 (khoản 2 Điều 2 Nghị quyết 203/2025/QH15); the district level ended on "
         "2025-07-01"),
        ("UG-RULES-ISSUER", "warning", "working_rules[1].issued_by", nd_315,
         {"issued_by": {"unit": "Phường Không Có", "post": "chair"}},
         f"{cannot} no unit matches 'Phường Không Có'"),
    ]


# -- what makes the explained survivors equivalent --------------------------------------

def test_the_bundled_law_makes_the_explained_survivors_equivalent() -> None:
    """Facts of the bundled regimes that tools/mutation_survivors/delegations.toml relies
    on: (1) on every day, each regime that states the fact of UG-RULES-MODEL, -FROM or
    UG-DELEG-EXPERIENCE cites the provision the rule cites that day (UG-RULES-ISSUER no
    longer: from hist26 D4 the ordinary regime states QĐ 77/2006/QĐ-TTg beside Hà Nội's
    QĐ 2696/QĐ-UBND, and tests/regimes/test_hist26_fixes.py kills its mutants), and one
    city's regimes cite one provision for DELEGATE_MIN_YEARS: a finding of these rules
    that lost its own provision would cite the same one; (2) the working rules' issuer
    the law names is a post of the unit itself, which resolves without the day or the
    city; (3) no regime states who delegates without stating to whom, or the reverse,
    and only for a commune-level unit (UG-DELEG-OTHER-UNIT relies on it)."""
    from urbangov.regimes import Fact, regimes

    days = sorted({d for r in regimes() for d in (
        r.period.start, *([r.period.last] if r.period.last else []))})
    by_rule = {"UG-RULES-ISSUER": Fact.WORKING_RULES_ISSUER,
               "UG-RULES-MODEL": Fact.WORKING_RULES_MODEL,
               "UG-RULES-FROM": Fact.WORKING_RULES_FROM,
               "UG-DELEG-EXPERIENCE": Fact.DELEGATE_MIN_YEARS}
    years_by_city: dict[str | None, set[str]] = {}
    for code, fact in by_rule.items():
        (rule,) = [r for r in ug.rules() if r.code == code]
        for regime in regimes():
            for kind in regime.kinds:
                cited = regime.fact(fact, kind)
                if cited is None:
                    continue
                assert code == "UG-RULES-ISSUER" or all(
                    rule.provision_on(d) == cited.provision
                    for d in days if d in regime.period), (code, regime.key)
                if fact is Fact.WORKING_RULES_ISSUER:
                    assert isinstance(cited.value, Post), regime.key
                if fact is Fact.DELEGATE_MIN_YEARS:
                    years_by_city.setdefault(regime.city, set()).add(str(cited.provision))
    assert years_by_city and all(len(p) == 1 for p in years_by_city.values())
    for regime in regimes():
        for kind in regime.kinds:
            stated = regime.fact(Fact.DELEGATOR_POST, kind) is not None
            assert stated is (regime.fact(Fact.DELEGATE_POST, kind) is not None), regime.key
            assert not stated or kind.level is Level.COMMUNE, (regime.key, kind)
