"""Tests that kill surviving mutants of the delegation and working-rules rules
(``_rules/delegations.py``, ``_rules/working_rules.py``).

Each test pins whole findings (code, severity, path, provision, values and message) of
one structure, so that a mutant changing any of them, or which structures are accepted,
fails it; each names the mutants it was written for (``python tools/mutation.py --show
NAME`` prints a mutant's diff; the names drop the ``urbangov._rules.`` prefix).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import urbangov as ug
from urbangov.structure import (
    Appointment,
    Body,
    Delegation,
    District,
    Office,
    Official,
    Ward,
    WorkingRule,
)
from urbangov.terms import Act, Authority, Post
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


def _findings(unit: ug.Ward | District, on: dt.date, *prefixes: str) -> list[Row]:
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
    (code, path, provision, values and message), and ``x_under__mutmut_17`` (``continue``
    → ``break`` after the first delegation)."""
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
    the message, the structure's own law is not.  Kills ``delegations.x_under__mutmut_18``
    –``_45`` (the laws judged, once each, the words naming them, ``continue`` → ``break``
    past a law silent on the fact) and ``x_acts__mutmut_14`` (the words for a law that
    lets nothing be delegated)."""
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
    for a delegation that never ends.  Kills ``delegations.x_under__mutmut_5`` and ``_9``
    (today's law for a delegation wholly in the past) and the mutants that drop a
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
    posts = ("Chief of the Office of the People's Council and Committee or Director of the "
             "Public Administration Service Centre or Head of the Culture and Society Office "
             "or Head of the Economic (and Urban Infrastructure) Office or civil servant of "
             "the commune")
    vice_cannot = ("Phó Chủ tịch Y (Vice-Chairman of the People's Committee) cannot receive "
                   "the delegation: only the")
    assert _findings(ward, D(2026, 3, 1), "UG-DELEG") == [
        ("UG-DELEG-DELEGATE", "error", "delegations[1].delegate", f"khoản 1 {l72}",
         {"delegate": "Phó Chủ tịch Y"}, "under the law of 2025-08-01 (Hà Nội: two-tier "
         f"local government from 2025-07-01): {vice_cannot} {posts} of Phường Ba Đình may"),
        ("UG-DELEG-DELEGATE", "error", "delegations[1].delegate", f"khoản 1 {l72}",
         {"delegate": "Phó Chủ tịch Y"}, f"{vice_cannot} {posts} or head of another "
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
    once per answer, naming the law of its first day.  Kills
    ``delegations.x_under__mutmut_33``/``_35`` (answers already judged judged again, or
    none judged)."""
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
