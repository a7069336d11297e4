"""A fixed term never outlasts its unit or the model it was made under (exam3 D5), and
tenure's functions refuse wrong arguments with the library's errors (exam3 D6)."""

from __future__ import annotations

import datetime as dt

import pytest

from urbangov.structure import Appointment, FieldError, Official, Ward
from urbangov.tenure import appointment_term, consecutive_start, consecutive_years, expiring
from urbangov.terms import Authority, Post
from urbangov.time import DateParseError, DateRangeError, Period

D = dt.date


def _chair(start: dt.date, post: Post = Post.CHAIR) -> Official:
    return Official("Nguyễn Văn A", post, Period(start),
                    Appointment(Authority.PARENT_CHAIR, "12/QĐ-UBND"))


def _ward(name: str, code: str, city: str, official: Official) -> Ward:
    return Ward(name=name, code=code, city=city, officials=(official,))


def test_a_hanoi_term_ends_when_the_ward_ceased_and_got_a_council() -> None:
    # Phúc Xá went wholly into Hồng Hà on 2025-07-01 (NQ 1656 Điều 1 k.14), the day every
    # ward got a People's Council (Luật 72/2025): the 2021 appointment ends 2025-06-30.
    chair = _chair(D(2021, 7, 1))
    ward = _ward("Phúc Xá", "00001", "01", chair)
    term = appointment_term(chair, ward)
    assert term is not None
    assert (term.last, term.full_end, term.years) == (D(2025, 6, 30), D(2026, 7, 1), 5)
    assert [str(c.provision) for c in term.cuts] == [
        "khoản 14 Điều 1 Nghị quyết 1656/NQ-UBTVQH15", "khoản 1 Điều 2 Luật 72/2025/QH15"]
    assert "Phường Hồng Hà [00097]" in str(term)
    assert "khoản 3 Điều 2 Nghị quyết 203/2025/QH15" in str(term)
    assert expiring(ward, on=D(2026, 6, 1), within=60) == ()
    [soon] = expiring(ward, on=D(2025, 6, 1), within=60)
    assert (soon.last_day, soon.days_left) == (D(2025, 6, 30), 29)
    assert "ended early" in soon.why


def test_a_hcmc_term_of_2023_ends_with_the_model_not_in_2027() -> None:
    vice = _chair(D(2023, 1, 1), Post.VICE_CHAIR)
    term = appointment_term(vice, _ward("Bến Nghé", "26740", "79", vice))
    assert term is not None
    assert term.last == D(2025, 6, 30)
    assert str(term.provision) == "Điều 32 Nghị định 33/2021/NĐ-CP"
    assert "Phường Sài Gòn [26740]" in str(term)


def test_a_ward_merged_before_the_reform_ends_the_term_that_day() -> None:
    # Bạch Mai [00286] went into the new Bạch Mai [00292] on 2025-01-01.
    chair = _chair(D(2021, 7, 1))
    term = appointment_term(chair, _ward("Bạch Mai", "00286", "01", chair))
    assert term is not None
    assert term.last == D(2024, 12, 31)
    assert [c.day for c in term.cuts] == [D(2025, 1, 1)]


def test_a_ward_without_a_code_still_ends_with_the_model() -> None:
    chair = _chair(D(2022, 3, 15))
    term = appointment_term(chair, Ward(name="X", city="48", officials=(chair,)))
    assert term is not None
    assert term.end == D(2025, 7, 1)
    assert [str(c.provision) for c in term.cuts] == ["khoản 1 Điều 2 Luật 72/2025/QH15"]


def test_a_district_chair_ends_when_the_district_level_does() -> None:
    from urbangov.structure import District

    chair = _chair(D(2022, 1, 1))
    district = District(name="Quận 3", code="770", city="79", officials=(chair,))
    term = appointment_term(chair, district)
    assert term is not None
    assert term.end == D(2025, 7, 1)
    assert str(term.cuts[0].provision) == "khoản 3 Điều 51 Luật 72/2025/QH15"


def test_dates_may_be_texts_like_the_rest_of_the_api() -> None:
    chair = _chair(D(2021, 7, 1))
    ward = _ward("Phúc Xá", "00001", "01", chair)
    assert expiring(ward, on="2025-06-01", within=60) == expiring(ward, on=D(2025, 6, 1),
                                                                   within=60)
    assert consecutive_years(ward, chair, on="30/6/2022") == consecutive_years(
        ward, chair, on=D(2022, 6, 30))


@pytest.mark.parametrize(("call", "error"), [
    (lambda w, c: expiring(w, on=D(9999, 12, 30), within=5), DateRangeError),
    (lambda w, c: expiring(w, on="hôm qua", within=5), DateParseError),
    (lambda w, c: expiring(w, on=20250101, within=5), DateParseError),
    (lambda w, c: expiring(w, on=D(2026, 1, 1), within="30"), FieldError),
    (lambda w, c: expiring(w, on=D(2026, 1, 1), within=1.5), FieldError),
    (lambda w, c: expiring(w, on=D(2026, 1, 1), within=True), FieldError),
    (lambda w, c: expiring(w, on=D(2026, 1, 1), within=dt.timedelta(days=-1)), FieldError),
    (lambda w, c: expiring(None, on=D(2026, 1, 1)), FieldError),
    (lambda w, c: consecutive_years(w, c, on="2026-13-01"), DateParseError),
    (lambda w, c: consecutive_years(w, None), FieldError),
    (lambda w, c: consecutive_start(None, c), FieldError),
    (lambda w, c: appointment_term(c, None), FieldError),
    (lambda w, c: appointment_term(None, w), FieldError),
    (lambda w, c: appointment_term(c, w, city=object()), FieldError),
    (lambda w, c: appointment_term(c, w, city="Atlantis"), FieldError),
])
def test_wrong_arguments_get_the_librarys_errors(call: object, error: type) -> None:
    chair = _chair(D(2021, 7, 1))
    ward = _ward("Phúc Xá", "00001", "01", chair)
    with pytest.raises(error):
        call(ward, chair)  # type: ignore[operator]


def test_a_huge_window_stops_at_the_last_day_the_library_knows() -> None:
    chair = _chair(D(2021, 7, 1))
    ward = _ward("Phúc Xá", "00001", "01", chair)
    assert len(expiring(ward, on=D(2025, 1, 1), within=10**9)) == 1
    assert len(expiring(ward, on=D(2025, 1, 1), within=dt.timedelta(days=999_999_999))) == 1
    assert expiring(ward, on=D(2200, 12, 31), within=5) == ()


def test_recorded_tenures_and_delegations_end_with_their_unit() -> None:
    from urbangov.structure import Delegation
    from urbangov.terms import AppointmentMethod

    elected = Official("Trần B", Post.CHAIR, Period.through(D(2021, 7, 1), D(2026, 6, 30)),
                       Appointment(Authority.OWN_COUNCIL, method=AppointmentMethod.ELECTED))
    clerk = Official("Lê C", Post.TU_PHAP_HO_TICH, Period(D(2020, 1, 1)))
    grant = Delegation("Trần B", "Lê C", {"certify-copy"},
                       Period.through(D(2025, 1, 1), D(2025, 12, 31)), "5/QĐ-UBND")
    # Xã Đại Thịnh (Mê Linh, Hà Nội) was split among three new communes on 2025-07-01
    ward = Ward.draft(name="Đại Thịnh", code="08974", city="01", kind="xa",
                      officials=(elected, clerk), delegations=(grant,))
    assert expiring(ward, on=D(2025, 7, 1), within=400) == ()
    items = expiring(ward, on=D(2025, 6, 1), within=60)
    assert [(e.ending.value, e.last_day) for e in items] == [
        ("delegation", D(2025, 6, 30)), ("appointment", D(2025, 6, 30))]
    assert all("ceased on 2025-07-01" in e.why for e in items)


def test_who_may_says_why_a_term_ended_early() -> None:
    # A Sài Gòn ward record without a code, its Chairman appointed in 2023 under NĐ 33/2021:
    # the model ended on 2025-06-30, and who_may says so rather than "its 5-year term".
    from urbangov.authority import who_may

    ward = Ward(name="Sài Gòn", city="79", officials=(_chair(D(2023, 1, 1)),))
    answer = who_may("certify-copy", ward, on="2025-07-02")
    assert not answer
    assert answer.reasons[0].startswith(
        "Nguyễn Văn A's appointment as Chairman of the People's Committee ended early on "
        "2025-06-30: from 2025-07-01 the phường (ward) has a People's Council")
    assert answer.reasons[0].endswith("a new appointment decision would be needed.")
