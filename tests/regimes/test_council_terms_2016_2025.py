"""Council terms under the ordinary law, 2016 to 2025-06-30 (exam3 D11): the 2016 and
2021 general elections, the five-year term and the 45 days to the first session."""

from __future__ import annotations

import datetime as dt

import pytest

import urbangov as ug
from urbangov.regimes import Fact, regime_for
from urbangov.terms import UnitKind
from urbangov.time import Period

D = dt.date


def _found(start: dt.date, end: dt.date | None, day: str) -> list[tuple[str, str]]:
    ward = ug.Ward.draft(name="Thử", city="31", kind="xa", as_of=day,
                         council=ug.PeoplesCouncil(term=Period(start, end)))
    return [(v.code, str(v.provision)) for v in ug.validate(ward)
            if v.code in ("UG-COUNCIL-TERM", "UG-COUNCIL-FIRST-SESSION")]


@pytest.mark.parametrize(("day", "election", "provision"), [
    (D(2016, 3, 1), D(2016, 5, 22), "Nghị quyết 105/2015/QH13"),
    (D(2021, 6, 30), D(2016, 5, 22), "Nghị quyết 105/2015/QH13"),
    (D(2021, 7, 1), D(2021, 5, 23), "Điều 1 Nghị quyết 133/2020/QH14"),
    (D(2025, 6, 30), D(2021, 5, 23), "Điều 1 Nghị quyết 133/2020/QH14"),
])
def test_the_election_of_each_piece(day: dt.date, election: dt.date, provision: str) -> None:
    cited = regime_for(UnitKind.XA, day, "31").fact(Fact.ELECTION_DAY, UnitKind.XA)
    assert cited is not None and cited.value == election and str(cited.provision) == provision


def test_a_2016_council_left_open_in_2022_is_of_an_ended_term() -> None:
    assert _found(D(2016, 6, 25), None, "2022-07-01") == [
        ("UG-COUNCIL-TERM", "Điều 10 Luật 77/2015/QH13")]
    # before the 2021 councils had to meet (2021-07-07) it was still sitting
    assert _found(D(2016, 6, 25), None, "2021-06-30") == []
    assert _found(D(2021, 6, 20), None, "2022-07-01") == []


def test_a_council_that_first_met_late_and_a_term_too_long() -> None:
    assert _found(D(2016, 8, 1), D(2021, 6, 20), "2018-01-01") == [
        ("UG-COUNCIL-FIRST-SESSION", "khoản 1 Điều 80 Luật 77/2015/QH13")]
    assert _found(D(2016, 6, 25), D(2022, 7, 2), "2019-01-01") == [
        ("UG-COUNCIL-TERM", "Điều 10 Luật 77/2015/QH13")]
    assert _found(D(2016, 7, 6), D(2021, 6, 20), "2018-01-01") == []  # the 45th day


def test_luat_72_cites_its_own_articles_in_the_last_fortnight() -> None:
    regime = regime_for(UnitKind.XA, D(2025, 6, 20), "31")
    assert str(regime.fact(Fact.COUNCIL_TERM_YEARS, UnitKind.XA).provision) == \
        "khoản 4 Điều 5 Luật 72/2025/QH15"
    assert str(regime.fact(Fact.FIRST_SESSION_WITHIN_DAYS, UnitKind.XA).provision) == \
        "khoản 1 Điều 34 Luật 72/2025/QH15"
