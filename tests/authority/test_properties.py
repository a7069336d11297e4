"""Laws of who_may, checked over random wards, delegations and days (Hypothesis).

The wards are undated, so they may hold delegations that break the rules on purpose:
who_may must then grant nothing through them.
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from urbangov.authority import Basis, who_may
from urbangov.structure import Appointment, Delegation, Official, Ward
from urbangov.tenure import appointment_term
from urbangov.terms import Act, AppointmentMethod, Authority, Post
from urbangov.time import Period

KEYS = ("An", "Bình", "Cường", "Dung")
POSTS = (Post.CHAIR, Post.VICE_CHAIR, Post.TU_PHAP_HO_TICH, Post.VAN_HOA_XA_HOI)
UNRELATED_POSTS = (Post.VAN_HOA_XA_HOI, Post.TAI_CHINH_KE_TOAN, Post.DIA_CHINH_XAY_DUNG,
                   Post.MILITARY_COMMANDER, Post.VAN_PHONG_THONG_KE)
FIRST, LAST = dt.date(2019, 1, 1), dt.date(2026, 12, 31)

days = st.dates(FIRST, LAST)


@st.composite
def periods(draw: st.DrawFn, open_end: bool = True) -> Period:
    start = draw(days)
    if open_end and draw(st.booleans()):
        return Period(start)
    length = draw(st.integers(1, 6 * 366))
    return Period(start, start + dt.timedelta(days=length))


@st.composite
def officials(draw: st.DrawFn, keys: tuple[str, ...] = KEYS,
              posts: tuple[Post, ...] = POSTS) -> Official:
    tenure = draw(periods())
    method = draw(st.sampled_from(list(AppointmentMethod)))
    appointment = draw(st.none() | st.builds(
        Appointment, st.sampled_from([Authority.PARENT_CHAIR, Authority.OWN_COUNCIL]),
        st.none() | st.just("1/QĐ-UBND"),
        st.none() | st.just(tenure.start) | days, st.just(method)))
    return Official(draw(st.sampled_from(keys)), draw(st.sampled_from(posts)), tenure,
                    appointment, acting=draw(st.booleans()),
                    in_field_since=draw(st.none() | st.dates(dt.date(2010, 1, 1), LAST)))


delegations = st.builds(
    Delegation, st.sampled_from(KEYS), st.sampled_from(KEYS),
    st.frozensets(st.sampled_from([a for a in Act if a.is_certification]), min_size=1,
                  max_size=3),
    periods(), st.none() | st.sampled_from(["5/QĐ-UBND", "6/QĐ-UBND"]))


@st.composite
def wards(draw: st.DrawFn) -> Ward:
    return Ward(name="Phúc Xá", code="00001", city=draw(st.sampled_from(["01", "79", "48"])),
                officials=tuple(draw(st.lists(officials(), max_size=7))),
                delegations=tuple(draw(st.lists(delegations, max_size=4))))


acts = st.sampled_from(list(Act))
SETTINGS = settings(max_examples=120, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(wards(), acts, days)
def test_no_grant_rests_on_a_delegation_outside_its_period(ward: Ward, act: Act,
                                                           day: dt.date) -> None:
    for grant in who_may(act, ward, on=day):
        if grant.basis is Basis.DELEGATION:
            assert grant.delegation is not None
            assert grant.delegation.in_force(day)
            assert act in grant.delegation.acts
            assert grant.official.key == grant.delegation.delegate
        else:
            assert grant.delegation is None


@SETTINGS
@given(wards(), acts, days)
def test_no_grant_rests_on_an_official_outside_their_appointment(ward: Ward, act: Act,
                                                                 day: dt.date) -> None:
    for grant in who_may(act, ward, on=day):
        official = grant.official
        assert official in (ward.officials or ())
        assert official.in_office(day)
        appointment = official.appointment
        if appointment is not None and appointment.effective is not None:
            assert appointment.effective <= day
        term = appointment_term(official, ward)
        assert term is None or day < term.end


@SETTINGS
@given(wards(), acts, days)
def test_no_grant_rests_on_a_chain_of_two_delegations(ward: Ward, act: Act,
                                                      day: dt.date) -> None:
    answer = who_may(act, ward, on=day)
    own = {g.official.key for g in answer if g.basis is Basis.OWN_POWER}
    for grant in answer:
        if grant.basis is Basis.DELEGATION:
            assert grant.delegation is not None
            # the delegator acts by the power of their own post that very day
            assert grant.delegation.delegator in own
            assert grant.official.post is Post.TU_PHAP_HO_TICH


@SETTINGS
@given(wards(), acts, days, officials(keys=("Người khác",), posts=UNRELATED_POSTS))
def test_adding_an_unrelated_official_never_removes_an_answer(
        ward: Ward, act: Act, day: dt.date, stranger: Official) -> None:
    before = {(g.official.key, g.basis, g.delegation) for g in who_may(act, ward, on=day)}
    bigger = attrs.evolve(ward, officials=(*(ward.officials or ()), stranger))
    after = {(g.official.key, g.basis, g.delegation) for g in who_may(act, bigger, on=day)}
    assert before <= after


@SETTINGS
@given(wards(), acts, days)
def test_an_empty_answer_always_says_why(ward: Ward, act: Act, day: dt.date) -> None:
    answer = who_may(act, ward, on=day)
    assert answer or answer.reasons
