"""Term arithmetic and the expiring() reminder."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from urbangov.structure import Appointment, City, Delegation, District, Official, Ward
from urbangov.tenure import (
    Ending,
    appointment_term,
    consecutive_start,
    consecutive_years,
    expiring,
    is_acting,
)
from urbangov.terms import AppointmentMethod, Authority, Post
from urbangov.time import Period

D = dt.date


def _chair(start: dt.date, end: dt.date | None = None, *, effective: dt.date | None = None,
           by: Authority = Authority.PARENT_CHAIR,
           method: AppointmentMethod = AppointmentMethod.APPOINTED, key: str = "An") -> Official:
    tenure = Period(start) if end is None else Period.through(start, end)
    return Official(key, Post.CHAIR, tenure, Appointment(by, "1/QĐ-UBND", effective, method))


# The full five years; every one of them is cut short on 2025-07-01, when wards got a
# People's Council (Luật 72/2025/QH15; reference END-5: valid_to = 2025-06-30).
@pytest.mark.parametrize(("city", "start", "full_last", "provision"), [
    ("01", D(2021, 7, 1), D(2026, 6, 30), "Nghị định 32/2021/NĐ-CP"),
    ("79", D(2022, 3, 15), D(2027, 3, 14), "Điều 32 Nghị định 33/2021/NĐ-CP"),
    ("48", D(2021, 8, 2), D(2026, 8, 1), "Điều 29 Nghị định 34/2021/NĐ-CP"),
    ("01", D(2024, 2, 29), D(2029, 2, 27), "Nghị định 32/2021/NĐ-CP"),  # relativedelta: 28 Feb
])
def test_five_years_from_the_decisions_effect(city: str, start: dt.date, full_last: dt.date,
                                              provision: str) -> None:
    official = _chair(start)
    term = appointment_term(official, Ward(name="X", city=city, officials=(official,)))
    assert term is not None
    assert term.start == start
    assert term.full_end - dt.timedelta(days=1) == full_last
    assert term.last == D(2025, 6, 30)
    assert term.years == 5
    assert str(term.provision) == provision
    assert term.period == Period.through(start, D(2025, 6, 30))
    assert str(provision) in str(term)


def test_the_effective_date_counts_not_the_tenure_start() -> None:
    official = _chair(D(2021, 7, 5), effective=D(2021, 7, 1))
    term = appointment_term(official, Ward(name="X", city="01"))
    assert term is not None
    assert term.full_end == D(2026, 7, 1)


@pytest.mark.parametrize("official", [
    _chair(D(2016, 7, 1), D(2021, 6, 30), by=Authority.OWN_COUNCIL,
           method=AppointmentMethod.ELECTED),             # elected: the council's term
    _chair(D(2021, 9, 1), method=AppointmentMethod.ACTING),  # acting: no fixed term
    attrs.evolve(_chair(D(2021, 9, 1)), acting=True),
    Official("C", Post.TU_PHAP_HO_TICH, Period(D(2021, 9, 1))),  # not a leader
    _chair(D(2025, 2, 1)),                                  # Capital Law: not stated
])
def test_no_fixed_term(official: Official) -> None:
    assert appointment_term(official, Ward(name="X", city="01")) is None


def test_no_fixed_term_where_the_regime_is_unknown() -> None:
    assert appointment_term(_chair(D(2010, 1, 1)), Ward(name="X", city="01")) is None


def test_is_acting() -> None:
    assert is_acting(attrs.evolve(_chair(D(2021, 9, 1)), acting=True))
    assert is_acting(_chair(D(2021, 9, 1), method=AppointmentMethod.ACTING))
    assert not is_acting(_chair(D(2021, 9, 1)))


def test_consecutive_years_run_across_reappointments_and_regimes() -> None:
    elected = _chair(D(2016, 7, 1), D(2021, 6, 30), by=Authority.OWN_COUNCIL,
                     method=AppointmentMethod.ELECTED)
    appointed = _chair(D(2021, 7, 1), D(2026, 6, 30))
    ward = Ward(name="X", city="01", officials=(elected, appointed))
    assert consecutive_start(ward, appointed) == D(2016, 7, 1)
    assert consecutive_years(ward, appointed) == 10.0
    assert consecutive_years(ward, appointed, on=D(2021, 6, 30)) == 5.0
    assert consecutive_years(ward, elected) == 5.0


def test_a_gap_breaks_the_run() -> None:
    first = _chair(D(2016, 7, 1), D(2021, 6, 30))
    second = _chair(D(2021, 7, 2), D(2026, 6, 30))
    ward = Ward(name="X", city="01", officials=(first, second))
    assert consecutive_start(ward, second) == D(2021, 7, 2)


def test_another_persons_run_does_not_count() -> None:
    first = _chair(D(2016, 7, 1), D(2021, 6, 30), key="Bình")
    second = _chair(D(2021, 7, 1), D(2026, 6, 30))
    ward = Ward(name="X", city="01", officials=(first, second))
    assert consecutive_start(ward, second) == D(2021, 7, 1)


def test_consecutive_years_of_an_open_appointment_run_to_its_term() -> None:
    official = _chair(D(2021, 7, 1))
    ward = Ward(name="X", city="01", officials=(official,))
    assert consecutive_years(ward, official) == 4.0  # to 2025-06-30, when the model ended


def _structure() -> City:
    chair = _chair(D(2021, 7, 1), D(2026, 6, 30))
    acting = Official("Dung", Post.VICE_CHAIR, Period.through(D(2021, 7, 1), D(2022, 3, 31)),
                      Appointment(Authority.PARENT_CHAIR, method=AppointmentMethod.ACTING))
    open_vice = Official("Bình", Post.VICE_CHAIR, Period(D(2021, 7, 1)),
                         Appointment(Authority.PARENT_CHAIR, "2/QĐ-UBND"))
    clerk = Official("Cường", Post.TU_PHAP_HO_TICH, Period(D(2014, 1, 1)))
    first = Delegation("An", "Cường", {"certify-copy"},
                       Period.through(D(2021, 7, 15), D(2022, 3, 15)), "15/QĐ-UBND")
    renewal = Delegation("An", "Cường", {"certify-copy"},
                         Period.through(D(2022, 3, 16), D(2022, 12, 31)), "16/QĐ-UBND")
    ward = Ward(name="Phúc Xá", code="00001", officials=(chair, acting, open_vice, clerk),
                delegations=(first, renewal))
    return City(name="Hà Nội", code="01", city="01", districts=(
        District(name="Ba Đình", code="001", wards=(ward,)),))


def test_expiring_lists_delegations_and_acting_assignments_in_the_window() -> None:
    items = expiring(_structure(), on=D(2022, 3, 1), within=45)
    assert [(e.ending, e.last_day) for e in items] == [
        (Ending.DELEGATION, D(2022, 3, 15)), (Ending.ACTING, D(2022, 3, 31))]
    delegation, acting = items
    assert delegation.renewed
    assert delegation.days_left == 14
    assert delegation.path == "districts[0].wards[0].delegations[0]"
    assert str(delegation.provision) == "khoản 3 Điều 13 Nghị định 30/2020/NĐ-CP"
    assert delegation.delegation is not None
    assert "15/QĐ-UBND" in str(delegation)
    assert not acting.renewed
    assert acting.official is not None
    assert acting.official.name == "Dung"


def test_expiring_finds_the_end_of_a_term_cut_short() -> None:
    # Phúc Xá ceased, and wards got a People's Council, on 2025-07-01: the open
    # appointment of 2021-07-01 ends on 2025-06-30, not on 2026-06-30.
    assert expiring(_structure(), on=D(2026, 6, 1), within=dt.timedelta(days=30)) == ()
    items = expiring(_structure(), on=D(2025, 6, 1), within=dt.timedelta(days=30))
    assert [(e.official.name if e.official else None, e.last_day) for e in items] == [
        ("An", D(2025, 6, 30)), ("Bình", D(2025, 6, 30))]  # An's record ran to 2026
    open_vice = items[1]
    assert open_vice.why.startswith("5-year term from 2021-07-01, ended early: Phường "
                                    "Phúc Xá [00001] ceased on 2025-07-01")
    assert str(open_vice.provision) == "khoản 14 Điều 1 Nghị quyết 1656/NQ-UBTVQH15"
    assert open_vice.confidence is not None


def test_expiring_window_includes_both_ends() -> None:
    assert len(expiring(_structure(), on=D(2022, 3, 15), within=0)) == 1
    assert expiring(_structure(), on=D(2022, 3, 16), within=14) == ()


def test_expiring_rejects_a_negative_window() -> None:
    with pytest.raises(ValueError, match="0 days or more"):
        expiring(_structure(), on=D(2022, 3, 1), within=-1)
