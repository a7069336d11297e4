"""who_may: acting Chairs, vacancies, abolished units, invalid delegations, the level above."""

from __future__ import annotations

import datetime as dt
import gc

import attrs
import pytest

import urbangov.authority as authority
from urbangov import data
from urbangov.authority import Answer, Basis, Grant, who_may
from urbangov.structure import Appointment, City, Delegation, District, Official, Ward
from urbangov.terms import Act, AppointmentMethod, Authority, Post
from urbangov.time import Period
from urbangov.validation import InvariantError

D = dt.date
DAY = D(2021, 8, 1)


def names(answer: Answer, basis: Basis | None = None) -> set[str]:
    return {g.official.name for g in answer if basis is None or g.basis is basis}


# -- the Answer object -------------------------------------------------------------------


def test_answer_is_iterable_sized_and_true_when_someone_may(hanoi_ward: Ward) -> None:
    answer = who_may(Act.CERTIFY_COPY, hanoi_ward, on=DAY)
    assert len(answer) == 3
    assert bool(answer)
    assert all(isinstance(g, Grant) for g in answer)
    assert answer.officials == tuple(g.official for g in answer.grants)
    assert answer.grants[0].official.post is Post.CHAIR  # Chairman first
    text = str(answer)
    assert "Phường Phúc Xá" in text
    assert "15/QĐ-UBND" in text


@pytest.mark.parametrize("act", ["certify-copy", "CERTIFY_COPY", "certify_copy", Act.CERTIFY_COPY])
def test_act_parses_from_slug_or_name(hanoi_ward: Ward, act: Act | str) -> None:
    assert who_may(act, hanoi_ward, on=DAY).act is Act.CERTIFY_COPY


def test_unknown_act_lists_the_known_ones(hanoi_ward: Ward) -> None:
    with pytest.raises(ValueError, match="certify-copy"):
        who_may("certify-birth", hanoi_ward, on=DAY)


def test_day_may_be_text_or_the_structures_own(hanoi_ward: Ward) -> None:
    assert who_may("certify-copy", hanoi_ward, on="01/8/2021").on == DAY
    dated = attrs.evolve(hanoi_ward, as_of=DAY, council=None)
    assert who_may("certify-copy", dated).on == DAY
    with pytest.raises(ValueError, match="which day"):
        who_may("certify-copy", hanoi_ward)
    with pytest.raises(TypeError):
        who_may("certify-copy", hanoi_ward, on=dt.datetime(2021, 8, 1))  # type: ignore[arg-type]


def test_structure_must_be_a_unit() -> None:
    with pytest.raises(TypeError, match="City, District or Ward"):
        who_may("certify-copy", "Gia Thụy", on=DAY)  # type: ignore[arg-type]


def test_ward_argument_needs_a_district_or_city(hanoi_ward: Ward) -> None:
    with pytest.raises(TypeError, match="district or city"):
        who_may("certify-copy", hanoi_ward, on=DAY, ward="Phúc Xá")


# -- acting Chairs and vacancies ---------------------------------------------------------


def _without_chair(ward: Ward) -> Ward:
    assert ward.officials is not None
    return attrs.evolve(ward, officials=tuple(o for o in ward.officials
                                              if o.post is not Post.CHAIR), delegations=())


@pytest.mark.parametrize("how", ["flag", "method"])
def test_an_acting_chair_has_the_chairs_powers_while_acting(hanoi_ward: Ward, how: str) -> None:
    base = _without_chair(hanoi_ward)
    assert base.officials is not None
    acting = Official("Phạm Thị Dung", Post.CHAIR, Period.through(D(2021, 9, 1), D(2021, 11, 30)),
                      Appointment(Authority.PARENT_CHAIR, "200/QĐ-UBND",
                                  method=(AppointmentMethod.ACTING if how == "method"
                                          else AppointmentMethod.APPOINTED)),
                      acting=how == "flag")
    ward = attrs.evolve(base, officials=(*base.officials, acting))
    during = who_may(Act.DECIDE_COMMITTEE_MATTER, ward, on=D(2021, 10, 1))
    assert names(during) == {"Phạm Thị Dung"}
    assert during.grants[0].acting
    assert any("quyền" in n and "Chairman of the People's Committee of the unit above" in n
               for n in during.grants[0].notes)
    copy = who_may(Act.CERTIFY_COPY, ward, on=D(2021, 10, 1))
    assert names(copy) == {"Phạm Thị Dung", "Lê Thị Bình"}
    after = who_may(Act.DECIDE_COMMITTEE_MATTER, ward, on=D(2021, 12, 1))
    assert not after
    assert any("vacant" in r and "acting Chairman" in r for r in after.reasons)


def test_a_vacant_chair_is_explained_with_who_fills_it(hanoi_ward: Ward) -> None:
    answer = who_may(Act.ISSUE_WORKING_RULES, _without_chair(hanoi_ward), on=DAY)
    assert not answer
    assert len(answer) == 0
    [reason] = answer.reasons
    assert "No Chairman" in reason
    assert "vacant" in reason
    assert "Nghị định 32/2021/NĐ-CP" in reason


def test_vice_chair_still_certifies_when_the_chair_is_vacant(hanoi_ward: Ward) -> None:
    answer = who_may(Act.CERTIFY_COPY, _without_chair(hanoi_ward), on=DAY)
    assert names(answer) == {"Lê Thị Bình"}
    assert any("No Chairman" in r for r in answer.reasons)


def test_no_officials_recorded_is_not_no_officials(hanoi_ward: Ward) -> None:
    answer = who_may(Act.CERTIFY_COPY, attrs.evolve(hanoi_ward, officials=None), on=DAY)
    assert not answer
    assert any("not recorded" in r for r in answer.reasons)


def test_an_expired_term_confers_nothing(hanoi_ward: Ward) -> None:
    assert hanoi_ward.officials is not None
    open_ended = tuple(attrs.evolve(o, tenure=Period(o.tenure.start))
                       if o.tenure.start == D(2021, 7, 1) else o for o in hanoi_ward.officials)
    ward = attrs.evolve(hanoi_ward, officials=open_ended)
    assert names(who_may(Act.CERTIFY_COPY, ward, on=D(2024, 12, 31))) >= {"Nguyễn Văn An"}
    # 2026: the ward, known by its GSO code, no longer exists: no answer about it
    gone = who_may(Act.CERTIFY_COPY, ward, on=D(2026, 7, 1))
    assert not gone and "did not exist on 2026-07-01" in gone.reasons[0]
    # a ward of that name without a code (one of the new two-tier wards): the five-year
    # terms under NĐ 32 ended with the model, on 2025-06-30 (wards got a council on
    # 2025-07-01: tenure's Term.cuts), not on 2026-06-30
    later = who_may(Act.CERTIFY_COPY, attrs.evolve(ward, code=None), on=D(2026, 7, 1))
    assert "Nguyễn Văn An" not in names(later)
    assert any("ended early on 2025-06-30" in r for r in later.reasons)


# -- units that do not exist, days no regime covers, acts of other levels -----------------


def test_a_quan_after_the_two_tier_reform_is_abolished(ba_dinh: District) -> None:
    answer = who_may(Act.DECIDE_COMMITTEE_MATTER, ba_dinh, on=D(2025, 8, 1))
    assert not answer
    assert answer.regime is None
    [reason] = answer.reasons
    assert "abolished" in reason
    assert "Luật 72/2025/QH15" in reason


def test_a_day_before_any_regime_is_explained(hanoi_ward: Ward) -> None:
    answer = who_may(Act.CERTIFY_COPY, hanoi_ward, on=D(2015, 6, 1))
    assert not answer
    assert "No regime" in answer.reasons[0]


def test_a_district_does_not_certify(ba_dinh: District) -> None:
    answer = who_may(Act.CERTIFY_COPY, ba_dinh, on=DAY)
    assert not answer
    assert "not performed at this level" in answer.reasons[0]


def test_ordinary_committee_decides_collectively(hanoi_ward: Ward) -> None:
    answer = who_may(Act.DECIDE_COMMITTEE_MATTER, hanoi_ward, on=D(2021, 6, 1))
    assert not answer
    assert "collectively" in answer.reasons[0]
    assert "Luật 77/2015/QH13" in answer.reasons[0]


def test_head_of_agency_chair_decides(hanoi_ward: Ward) -> None:
    answer = who_may(Act.DECIDE_COMMITTEE_MATTER, hanoi_ward, on=DAY)
    assert names(answer) == {"Nguyễn Văn An"}


def test_the_chair_holds_the_dialogues(hanoi_ward: Ward) -> None:
    answer = who_may(Act.HOLD_DIALOGUE, hanoi_ward, on=DAY)
    assert names(answer) == {"Nguyễn Văn An"}
    assert any("at least 2 a year" in n for n in answer.grants[0].notes)


# -- the level above ---------------------------------------------------------------------


def test_appointing_a_ward_chair_alone_points_to_the_level_above(hanoi_ward: Ward) -> None:
    answer = who_may(Act.APPOINT_WARD_CHAIR, hanoi_ward, on=DAY)
    assert not answer
    assert answer.performed_by is not None
    assert answer.performed_by.value == (Authority.PARENT_CHAIR,)
    assert "level above" in answer.reasons[0]
    assert "ward=" in answer.reasons[0]


@pytest.mark.parametrize("act", [Act.APPOINT_WARD_CHAIR, Act.DISMISS_WARD_CHAIR,
                                 Act.APPOINT_WARD_VICE_CHAIR, Act.DISMISS_WARD_VICE_CHAIR])
def test_the_district_chair_appoints_and_dismisses(ba_dinh: District, act: Act) -> None:
    answer = who_may(act, ba_dinh, on=DAY, ward="Phuc Xa")
    assert names(answer) == {"Hoàng Minh Đức"}
    assert answer.unit.name == "Phúc Xá"
    assert answer.grants[0].unit is ba_dinh
    assert str(answer.grants[0].provision) == "Nghị định 32/2021/NĐ-CP"


def test_through_a_city_with_a_ward_code(ba_dinh: District) -> None:
    city = City(name="Hà Nội", code="01", city="01", districts=(ba_dinh,))
    answer = who_may(Act.APPOINT_WARD_CHAIR, city, on=DAY, ward="00001")
    assert names(answer) == {"Hoàng Minh Đức"}
    copy = who_may(Act.CERTIFY_COPY, city, on=DAY, ward="00001")
    assert names(copy) == {"Nguyễn Văn An", "Lê Thị Bình", "Trần Văn Cường"}


def test_before_the_pilot_the_ward_council_elects(ba_dinh: District) -> None:
    answer = who_may(Act.APPOINT_WARD_CHAIR, ba_dinh, on=D(2021, 6, 1), ward="Phúc Xá")
    assert not answer
    assert "People's Council of the ward itself" in answer.reasons[0]


def test_unrecorded_district_officials_are_named_by_post(hanoi_ward: Ward) -> None:
    district = District(name="Ba Đình", code="001", city="01", wards=(hanoi_ward,))
    answer = who_may(Act.APPOINT_WARD_CHAIR, district, on=DAY, ward="Phúc Xá")
    assert not answer
    assert any("Chairman of Quận Ba Đình" in r for r in answer.reasons)


def test_appointment_act_on_a_district_asks_for_the_ward(ba_dinh: District) -> None:
    answer = who_may(Act.APPOINT_WARD_CHAIR, ba_dinh, on=DAY)
    assert not answer
    assert "ward=" in answer.reasons[0]


def test_the_bundled_city_answers_by_gso_code() -> None:
    hanoi = data.city("Hà Nội")
    answer = who_may(Act.CERTIFY_COPY, hanoi, on=D(2022, 7, 1), ward="00130")
    assert answer.unit.name == "Gia Thụy"
    assert answer.regime is not None
    assert answer.regime.key == "hanoi-pilot"
    assert any("not recorded" in r for r in answer.reasons)
    above = who_may(Act.APPOINT_WARD_CHAIR, hanoi, on=D(2022, 7, 1), ward="Gia Thụy")
    assert any("Quận Long Biên" in r for r in above.reasons)


# -- delegations that break a rule confer nothing -----------------------------------------


def _with(ward: Ward, *delegations: Delegation) -> Ward:
    return attrs.evolve(ward, delegations=delegations)


BROKEN = {
    "by a Vice-Chair": (Delegation("Lê Thị Bình", "Trần Văn Cường", {"certify-copy"},
                                   Period.through(D(2021, 7, 15), D(2021, 12, 31)), "16/QĐ"),
                        "UG-DELEG-DELEGATOR"),
    "to a Vice-Chair": (Delegation("Nguyễn Văn An", "Lê Thị Bình", {"certify-copy"},
                                   Period.through(D(2021, 7, 15), D(2021, 12, 31)), "17/QĐ"),
                        "UG-DELEG-DELEGATE"),
    "unwritten": (Delegation("Nguyễn Văn An", "Trần Văn Cường", {"certify-copy"},
                             Period.through(D(2021, 7, 15), D(2021, 12, 31)), None),
                  "UG-DELEG-WRITTEN"),
    "without end": (Delegation("Nguyễn Văn An", "Trần Văn Cường", {"certify-copy"},
                               Period(D(2021, 7, 15)), "18/QĐ"), "UG-DELEG-TIME-LIMITED"),
    "past the tenure": (Delegation("Nguyễn Văn An", "Trần Văn Cường", {"certify-copy"},
                                   Period.through(D(2021, 7, 15), D(2027, 1, 1)), "19/QĐ"),
                        "UG-DELEG-TENURE"),
    "with a land contract": (Delegation("Nguyễn Văn An", "Trần Văn Cường",
                                        {"certify-copy", "certify-land-use-contract"},
                                        Period.through(D(2021, 7, 15), D(2021, 12, 31)),
                                        "20/QĐ"), "UG-DELEG-ACTS"),
}


@pytest.mark.parametrize("case", list(BROKEN), ids=list(BROKEN))
def test_a_delegation_that_breaks_a_rule_confers_nothing(hanoi_ward: Ward, case: str) -> None:
    delegation, code = BROKEN[case]
    ward = _with(hanoi_ward, delegation)
    with pytest.raises(InvariantError) as raised:
        attrs.evolve(ward, as_of=DAY, council=None)
    assert code in {v.code for v in raised.value.violations}
    answer = who_may(Act.CERTIFY_COPY, ward, on=DAY)
    assert not [g for g in answer if g.basis is Basis.DELEGATION]
    assert any("confers nothing" in r and code in r for r in answer.reasons)


def test_no_redelegation_and_no_chain(hanoi_ward: Ward) -> None:
    assert hanoi_ward.officials is not None
    other = Official("Vũ Văn Em", Post.TU_PHAP_HO_TICH, Period(D(2015, 1, 1)))
    onward = Delegation("Trần Văn Cường", "Vũ Văn Em", {"certify-copy"},
                        Period.through(D(2021, 8, 1), D(2021, 10, 31)), "21/QĐ")
    ward = attrs.evolve(hanoi_ward, officials=(*hanoi_ward.officials, other),
                        delegations=(*hanoi_ward.delegations, onward))
    answer = who_may(Act.CERTIFY_COPY, ward, on=D(2021, 9, 1))
    assert "Vũ Văn Em" not in names(answer)
    assert "Trần Văn Cường" in names(answer, Basis.DELEGATION)
    assert any("21/QĐ" in r and "UG-DELEG-NO-REDELEGATION" in r for r in answer.reasons)


def test_the_delegation_lapses_with_the_delegate(hanoi_ward: Ward) -> None:
    assert hanoi_ward.officials is not None
    short = tuple(attrs.evolve(o, tenure=Period.through(D(2014, 3, 1), D(2021, 9, 30)))
                  if o.post is Post.TU_PHAP_HO_TICH else o for o in hanoi_ward.officials)
    ward = attrs.evolve(hanoi_ward, officials=short)
    answer = who_may(Act.CERTIFY_COPY, ward, on=D(2021, 8, 1))
    assert not names(answer, Basis.DELEGATION)
    assert any("UG-DELEG-TENURE" in r for r in answer.reasons)


# -- TP Hồ Chí Minh: three years in the field ---------------------------------------------


def _hcm(in_field_since: dt.date | None) -> Ward:
    chair = Official("Phan Văn Giang", Post.CHAIR, Period.through(D(2021, 7, 1), D(2026, 6, 30)),
                     Appointment(Authority.PARENT_CHAIR, "300/QĐ-UBND"))
    clerk = Official("Đỗ Thị Hoa", Post.TU_PHAP_HO_TICH, Period(D(2019, 1, 1)),
                     in_field_since=in_field_since)
    delegation = Delegation("Phan Văn Giang", "Đỗ Thị Hoa", {"certify-copy", "certify-signature"},
                            Period.through(D(2021, 8, 1), D(2022, 7, 31)), "31/QĐ-UBND")
    return Ward(name="Bến Nghé", code="26740", city="79", officials=(chair, clerk),
                delegations=(delegation,))


def test_hcm_delegate_with_three_years_in_the_field_may_sign() -> None:
    answer = who_may(Act.CERTIFY_SIGNATURE, _hcm(D(2018, 8, 1)), on=D(2021, 9, 1))
    assert names(answer, Basis.DELEGATION) == {"Đỗ Thị Hoa"}
    grant = next(g for g in answer if g.basis is Basis.DELEGATION)
    assert str(grant.provision) == "khoản 3 Điều 18 Nghị định 33/2021/NĐ-CP"


def test_hcm_delegate_with_less_than_three_years_may_not() -> None:
    answer = who_may(Act.CERTIFY_SIGNATURE, _hcm(D(2019, 1, 1)), on=D(2021, 9, 1))
    assert not names(answer, Basis.DELEGATION)
    assert any("UG-DELEG-EXPERIENCE" in r and "3 years" in r for r in answer.reasons)


def test_hcm_years_not_recorded_is_a_caveat_not_a_refusal() -> None:
    answer = who_may(Act.CERTIFY_SIGNATURE, _hcm(None), on=D(2021, 9, 1))
    grant = next(g for g in answer if g.basis is Basis.DELEGATION)
    assert any("not recorded" in n for n in grant.notes)


def test_the_same_delegation_in_hanoi_needs_no_three_years() -> None:
    ward = attrs.evolve(_hcm(D(2021, 1, 1)), city="01", code="00001", name="Phúc Xá")
    assert names(who_may(Act.CERTIFY_SIGNATURE, ward, on=D(2021, 9, 1)), Basis.DELEGATION)


def test_from_november_2025_only_the_chair_certifies() -> None:
    chair = Official("Chair", Post.CHAIR, Period(D(2025, 7, 1)),
                     Appointment(Authority.OWN_COUNCIL, method=AppointmentMethod.ELECTED))
    vice = Official("Vice", Post.VICE_CHAIR, Period(D(2025, 7, 1)),
                    Appointment(Authority.OWN_COUNCIL, method=AppointmentMethod.ELECTED))
    ward = Ward(name="Ba Đình", city="01", officials=(chair, vice))
    assert names(who_may(Act.CERTIFY_COPY, ward, on=D(2025, 10, 31))) == {"Chair", "Vice"}
    answer = who_may(Act.CERTIFY_COPY, ward, on=D(2025, 11, 1))
    assert names(answer) == {"Chair"}
    assert str(answer.grants[0].provision) == "khoản 2 Điều 1 Nghị định 280/2025/NĐ-CP"


# -- the index -------------------------------------------------------------------------


def test_the_index_is_built_once_and_dropped_with_the_structure(ba_dinh: District) -> None:
    city = City(name="Hà Nội", code="01", city="01", districts=(ba_dinh,))
    who_may(Act.CERTIFY_COPY, city, on=DAY, ward="00001")
    index = authority._INDEXES[id(city)][1]
    who_may(Act.CERTIFY_COPY, city, on=DAY, ward="Phúc Xá")
    assert authority._INDEXES[id(city)][1] is index
    key = id(city)
    del city
    gc.collect()
    assert key not in authority._INDEXES or authority._INDEXES[key][0]() is not None


def test_a_city_without_its_own_city_code_uses_its_gso_code(ba_dinh: District) -> None:
    ward = attrs.evolve(ba_dinh.wards[0], city=None)
    city = City(name="Hà Nội", code="01", districts=(attrs.evolve(ba_dinh, city=None,
                                                                   wards=(ward,)),))
    answer = who_may(Act.CERTIFY_COPY, city, on=DAY, ward="00001")
    assert answer.regime is not None
    assert answer.regime.key == "hanoi-pilot"
