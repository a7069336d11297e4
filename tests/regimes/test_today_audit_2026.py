"""Audit of today's answers (2025-07-01 to 2026-12-01) against the provision texts.

Each test pins an answer that the library once gave wrong, with the provision text it
was checked against (the full texts of Luật 72/2025/QH15 and Luật Thủ đô 02/2026/QH16
quoted by the project's 2025–2026 legal reference).  Public API only.
"""

from __future__ import annotations

import datetime as dt

import pytest

import urbangov as ug
from urbangov import Act, Authority, Fact, Post, Ward
from urbangov import UnitKind as K

D = dt.date
HN, HCM, DN = "01", "79", "48"


def _pin(cited: ug.Cited) -> tuple[str, int | None, int | None, str | None]:
    p = cited.provision
    return (p.instrument.identifier, p.article, p.clause, p.point)


@pytest.mark.parametrize("kind", [K.PHUONG, K.XA])
@pytest.mark.parametrize("day", [D(2026, 7, 1), D(2026, 12, 1)])
def test_capital_law_commune_committee_members_are_point_b(kind: K, day: dt.date) -> None:
    # Luật Thủ đô 02/2026 Điều 7 k.1: point a is the councils (full-time deputies, the
    # Ban, the number of commune deputies); point b is "quy định số lượng và cơ cấu Ủy
    # viên Ủy ban nhân dân cấp xã".
    committee = ug.regime_for(kind, on=day, city=HN).explain(
        Fact.COMMITTEE_COMPOSITION_SET_BY, kind)
    assert committee.value is Authority.CITY_COUNCIL
    assert _pin(committee) == ("02/2026/QH16", 7, 1, "b")
    council = ug.regime_for(kind, on=day, city=HN).explain(Fact.COUNCIL_COMPOSITION_SET_BY,
                                                           kind)
    assert _pin(council) == ("02/2026/QH16", 7, 1, "a")


def test_capital_law_city_committee_members_are_set_by_the_city_council() -> None:
    # Điều 7 k.1 b, first limb: "Quyết định số lượng và cơ cấu Ủy viên Ủy ban nhân dân
    # Thành phố"; not before 2026-07-01, and not in the other cities.
    cited = ug.regime_for(K.THANH_PHO, on=D(2026, 7, 1), city=HN).explain(
        Fact.COMMITTEE_COMPOSITION_SET_BY, K.THANH_PHO)
    assert cited.value is Authority.CITY_COUNCIL
    assert _pin(cited) == ("02/2026/QH16", 7, 1, "b")
    # Point a: the share of full-time deputies and the city council's own committees.
    council = ug.regime_for(K.THANH_PHO, on=D(2026, 7, 1), city=HN).explain(
        Fact.COUNCIL_COMPOSITION_SET_BY, K.THANH_PHO)
    assert (council.value, _pin(council)) == (Authority.CITY_COUNCIL,
                                              ("02/2026/QH16", 7, 1, "a"))
    for city, day in ((HN, D(2026, 6, 30)), (HCM, D(2026, 7, 1)), (DN, D(2026, 12, 1))):
        regime = ug.regime_for(K.THANH_PHO, on=day, city=city)
        assert regime.fact(Fact.COMMITTEE_COMPOSITION_SET_BY, K.THANH_PHO) is None
        assert regime.fact(Fact.COUNCIL_COMPOSITION_SET_BY, K.THANH_PHO) is None


def test_capital_law_notes_name_the_capital_law_transition() -> None:
    # The transition (existing organisation stays until the city acts) is Luật Thủ đô
    # 02/2026 Điều 36 k.3, not Luật 72/2025 Điều 36 k.3 (approval of elections).
    regime = ug.regime_for(K.PHUONG, on=D(2026, 7, 1), city=HN)
    for fact in (Fact.COUNCIL_COMPOSITION_SET_BY, Fact.COMMITTEE_COMPOSITION_SET_BY):
        note = regime.explain(fact, K.PHUONG).note
        assert "Luật Thủ đô 02/2026 Điều 36 k.3" in note, note


@pytest.mark.parametrize("city", [HN, HCM, DN, "46", None])
@pytest.mark.parametrize("day", [D(2025, 7, 1), D(2025, 9, 1), D(2025, 12, 7)])
def test_commune_committee_issues_working_rules_from_2025_07_01(city: str | None,
                                                                 day: dt.date) -> None:
    # Luật 72/2025 Điều 22 k.8: the commune People's Committee "Ban hành Quy chế làm
    # việc của Ủy ban nhân dân cấp mình" (Điều 25 for a phường, Điều 27 for a đặc khu);
    # NĐ 315/2025 only added the model from 2025-12-08.
    for kind in (K.PHUONG, K.XA):
        cited = ug.regime_for(kind, on=day, city=city).explain(Fact.WORKING_RULES_ISSUER,
                                                               kind)
        assert cited.value is Post.CHAIR
        assert _pin(cited) == ("72/2025/QH15", 22, 8, None)
    answer = ug.who_may(Act.ISSUE_WORKING_RULES, Ward(name="Ba Đình", city="01"), on=day)
    assert [p.post for p in answer.posts] == [Post.CHAIR]


def test_working_rules_before_the_model_are_judged_by_issuer_only() -> None:
    # Rules issued in 2025 before NĐ 315 by the Chairman are lawful; by a Vice-Chairman
    # they are not (UG-RULES-ISSUER); no model is asked for before 2025-12-08.
    ok = ug.WorkingRule(Post.CHAIR, D(2025, 8, 1), "3/QĐ-UBND")
    bad = ug.WorkingRule(Post.VICE_CHAIR, D(2025, 8, 1), "4/QĐ-UBND")
    good = Ward(name="Ba Đình", city="01", working_rules=(ok,))
    assert not [v for v in ug.validate(good, on=D(2025, 9, 1))
                if v.severity is ug.Severity.ERROR]
    wrong = Ward(name="Ba Đình", city="01", working_rules=(bad,))
    assert "UG-RULES-ISSUER" in {v.code for v in ug.validate(wrong, on=D(2025, 9, 1))}


@pytest.mark.parametrize("city", [HN, HCM, DN, "25", None])
@pytest.mark.parametrize("day", [D(2025, 7, 1), D(2026, 12, 1)])
def test_province_leaders_acting_and_removal_are_the_prime_ministers(city: str | None,
                                                                     day: dt.date) -> None:
    # Luật 72/2025 Điều 42 (giao quyền: the Prime Minister on the provincial council
    # Standing Committee's submission), Điều 41 k.1–2 (điều động, cách chức: the Prime
    # Minister), Điều 37 k.4 (the council relieves by vote).
    kind = K.TINH if city in ("25", None) else K.THANH_PHO
    regime = ug.regime_for(kind, on=day, city=city)
    acting = regime.explain(Fact.ACTING_CHAIR_ASSIGNED_BY, kind)
    assert acting.value == (Authority.PRIME_MINISTER,)
    assert _pin(acting) == ("72/2025/QH15", 42, None, None)
    removed = regime.explain(Fact.LEADERS_REMOVED_BY, kind)
    assert removed.value == (Authority.PRIME_MINISTER,)
    assert _pin(removed) == ("72/2025/QH15", 41, None, None)
    relieves = regime.explain(Fact.COUNCIL_RELIEVES_LEADERS, kind)
    assert relieves.value is True
    assert _pin(relieves) == ("72/2025/QH15", 37, 4, None)


def test_a_provincial_acting_chair_is_assigned_by_the_prime_minister() -> None:
    def city(by: Authority) -> ug.City:
        acting = ug.Official("Quyền Chủ tịch", Post.CHAIR, ug.Period(D(2026, 1, 5)),
                             ug.Appointment(by, "1/QĐ-TTg", D(2026, 1, 5),
                                            ug.AppointmentMethod.ACTING), acting=True)
        return ug.City(name="Đà Nẵng", city=DN, officials=(acting,))

    assert "UG-APPOINTED-BY" not in {v.code for v in ug.validate(
        city(Authority.PRIME_MINISTER), on=D(2026, 2, 1))}
    assert "UG-APPOINTED-BY" in {v.code for v in ug.validate(
        city(Authority.CITY_COUNCIL_STANDING), on=D(2026, 2, 1))}


def _ward_with(council_post: Post, committee_post: Post, day: dt.date) -> Ward:
    since = ug.Period(D(2025, 7, 1))
    return Ward(name="Ba Đình", city=HN, as_of=None,
                officials=(ug.Official("Nguyễn Văn K", committee_post, since),),
                council=ug.PeoplesCouncil(officials=(
                    ug.Official("Nguyễn Văn K", council_post, since),)))


@pytest.mark.parametrize("committee_post", [Post.OFFICE_CHIEF, Post.ECONOMY_HEAD,
                                            Post.CULTURE_SOCIETY_HEAD])
def test_a_deputy_head_of_a_ban_may_not_head_an_office(committee_post: Post) -> None:
    # Luật 72/2025 Điều 29 k.3 c: "Trưởng Ban, Phó Trưởng Ban của Hội đồng nhân dân không
    # thể đồng thời là người đứng đầu cơ quan chuyên môn thuộc Ủy ban nhân dân cùng cấp".
    day = D(2026, 6, 1)
    codes = {v.code for v in ug.validate(
        _ward_with(Post.COUNCIL_COMMITTEE_DEPUTY, committee_post, day), on=day)}
    assert "UG-COUNCIL-BAN-APART" in codes
    cited = ug.regime_for(K.XA, on=day).explain(Fact.COUNCIL_BAN_OFFICERS_APART, K.XA)
    assert _pin(cited) == ("72/2025/QH15", 29, 3, "c")


def test_a_deputy_head_of_a_ban_may_be_a_civil_servant() -> None:
    day = D(2026, 6, 1)
    codes = {v.code for v in ug.validate(
        _ward_with(Post.COUNCIL_COMMITTEE_DEPUTY, Post.CIVIL_SERVANT, day), on=day)}
    assert not {"UG-COUNCIL-BAN-APART", "UG-COUNCIL-STANDING-APART"} & codes


@pytest.mark.parametrize("committee_post", [Post.CIVIL_SERVANT, Post.SERVICE_CENTRE_DIRECTOR])
def test_the_standing_committee_bars_members_not_staff(committee_post: Post) -> None:
    # Điều 29 k.2: a Standing Committee member may not be a member (thành viên) of the
    # People's Committee: the Chair, Vice-Chairs and members (Điều 39 k.1; the members:
    # NĐ 300/2025 Điều 7 k.2), not a civil servant or the service centre's Director.
    day = D(2026, 6, 1)
    for council_post in (Post.COUNCIL_VICE_CHAIR, Post.COUNCIL_COMMITTEE_HEAD):
        staff = {v.code for v in ug.validate(_ward_with(council_post, committee_post, day),
                                             on=day)}
        assert "UG-COUNCIL-STANDING-APART" not in staff
        member = {v.code for v in ug.validate(_ward_with(council_post, Post.MILITARY_COMMANDER,
                                                         day), on=day)}
        assert "UG-COUNCIL-STANDING-APART" in member


@pytest.mark.parametrize("act", [Act.DISMISS_WARD_CHAIR, Act.DISMISS_WARD_VICE_CHAIR])
def test_a_relief_by_the_commune_council_is_approved_by_the_city_chairman(act: Act) -> None:
    # Luật 72/2025 Điều 37 k.4 (the council relieves) and k.5 (the result is approved by
    # whoever approves the election, Điều 36 k.4: the provincial Chairman).
    answer = ug.who_may(act, Ward(name="Sài Gòn", city=HCM), on=D(2026, 12, 1))
    assert any("relief" in r and "approved (phê chuẩn)" in r and "khoản 4 Điều 36" in r
               for r in answer.reasons), answer.reasons
    pilot = ug.who_may(act, Ward(name="Gia Thụy", city=HN), on=D(2022, 12, 1))
    assert not any("relief" in r for r in pilot.reasons)
