"""A council of an ended term, and provisional councils, both ways.

UG-COUNCIL-TERM: a term still open that began before the election of 2026-03-15
(NQ 199/2025/QH15 Điều 2) ended when the new councils first met, by 2026-04-29 at the
latest (Luật 72/2025 Điều 5 k.4, Điều 34 k.1).  UG-COUNCIL-PROVISIONAL: a provisional
council (HĐND lâm thời) only from 2025-07-01, only in a ward formed from wards of the
urban-government model of Hà Nội, TP Hồ Chí Minh or Đà Nẵng (Luật 72/2025 Điều 53
k.2 b), known by its code in :mod:`urbangov.units`.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import urbangov as ug
from urbangov.structure import PeoplesCouncil, Ward
from urbangov.terms import UnitKind
from urbangov.time import Period

D = dt.date
ELECTION, LATEST = D(2026, 3, 15), D(2026, 4, 29)
SETTINGS = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

#: Communes of 2026 (GSO code, name, city, kind): ordinary ones, whatever the province.
COMMUNES = [("03390", "Bình Lư", "12", UnitKind.XA), ("00376", "Sóc Sơn", "01", UnitKind.XA),
            ("25747", "Thủ Dầu Một", "79", UnitKind.PHUONG),
            ("20341", "Tam Kỳ", "48", UnitKind.PHUONG)]
#: Wards formed on 2025-07-01 from wards of the urban-government model (no council).
PILOT_WARDS = [("00004", "Ba Đình", "01"), ("26740", "Sài Gòn", "79"),
               ("20200", "Hòa Khánh", "48")]
#: Wards of those three cities formed from wards that had a council (Bình Dương, Quảng
#: Nam, Bà Rịa–Vũng Tàu were ordinary provinces until 2025-06-30).
ORDINARY_WARDS = [("25747", "Thủ Dầu Một", "79"), ("20341", "Tam Kỳ", "48")]


def _ward(code: str, name: str, city: str, council: PeoplesCouncil,
          kind: UnitKind = UnitKind.PHUONG) -> Ward:
    return Ward(name=name, code=code, city=city, kind=kind, council=council)


def _codes(unit: Ward, on: dt.date) -> frozenset[str]:
    return ug.validate(unit, on=on).codes


# UG-COUNCIL-TERM ---------------------------------------------------------------------

def test_the_audit_example_is_of_an_ended_term() -> None:
    ward = _ward("03390", "Bình Lư", "12", PeoplesCouncil(term=Period(D(2021, 6, 25))),
                 UnitKind.XA)
    report = ug.validate(ward, on="2026-12-01")
    found = [v for v in report if v.code == "UG-COUNCIL-TERM"]
    assert len(found) == 1 and found[0].severity is ug.Severity.ERROR
    assert found[0].path == "council.term"
    assert "Điều 5" in str(found[0].provision)
    assert found[0].values == {"start": D(2021, 6, 25), "election": ELECTION,
                               "latest": LATEST}


def test_the_boundaries_of_an_ended_term() -> None:
    old = PeoplesCouncil(term=Period(ELECTION - dt.timedelta(days=1)))
    ward = _ward("03390", "Bình Lư", "12", old, UnitKind.XA)
    assert "UG-COUNCIL-TERM" not in _codes(ward, LATEST)  # the last day it may sit
    assert "UG-COUNCIL-TERM" in _codes(ward, LATEST + dt.timedelta(days=1))
    new = _ward("03390", "Bình Lư", "12", PeoplesCouncil(term=Period(ELECTION)), UnitKind.XA)
    assert "UG-COUNCIL-TERM" not in _codes(new, D(2027, 1, 1))


@SETTINGS
@given(commune=st.sampled_from(COMMUNES),
       start=st.dates(D(2016, 1, 1), ELECTION - dt.timedelta(days=1)),
       on=st.dates(LATEST + dt.timedelta(days=1), D(2028, 12, 31)))
def test_an_open_term_begun_before_the_election_is_refused_after_the_first_sessions(
        commune: tuple[str, str, str, UnitKind], start: dt.date, on: dt.date) -> None:
    code, name, city, kind = commune
    ward = _ward(code, name, city, PeoplesCouncil(term=Period(start)), kind)
    assert "UG-COUNCIL-TERM" in _codes(ward, on)


@SETTINGS
@given(commune=st.sampled_from(COMMUNES),
       start=st.dates(ELECTION, LATEST),
       on=st.dates(LATEST, D(2028, 12, 31)),
       begun_before=st.dates(D(2025, 7, 1), ELECTION - dt.timedelta(days=1)),
       early=st.dates(D(2025, 7, 1), LATEST))
def test_a_term_of_the_new_councils_or_a_day_before_they_met_passes(
        commune: tuple[str, str, str, UnitKind], start: dt.date, on: dt.date,
        begun_before: dt.date, early: dt.date) -> None:
    code, name, city, kind = commune
    new = _ward(code, name, city, PeoplesCouncil(term=Period(start)), kind)
    assert "UG-COUNCIL-TERM" not in _codes(new, max(on, start))
    old = _ward(code, name, city, PeoplesCouncil(term=Period(begun_before)), kind)
    assert "UG-COUNCIL-TERM" not in _codes(old, max(early, begun_before))


def test_a_provisional_council_left_sitting_is_one_finding() -> None:
    """Its end is UG-COUNCIL-PROVISIONAL's, not reported twice."""
    ward = _ward("00004", "Ba Đình", "01",
                 PeoplesCouncil(provisional=True, term=Period(D(2025, 7, 1))))
    assert _codes(ward, D(2026, 6, 1)) == {"UG-COUNCIL-PROVISIONAL"}


# UG-COUNCIL-PROVISIONAL --------------------------------------------------------------

@SETTINGS
@given(ward=st.sampled_from(PILOT_WARDS), on=st.dates(D(2025, 7, 1), LATEST))
def test_a_provisional_council_of_a_former_pilot_ward_passes(
        ward: tuple[str, str, str], on: dt.date) -> None:
    unit = _ward(*ward, PeoplesCouncil(provisional=True, term=Period(D(2025, 7, 1))))
    assert not ug.validate(unit, on=on).errors


@SETTINGS
@given(ward=st.sampled_from(ORDINARY_WARDS), on=st.dates(D(2025, 7, 1), LATEST))
def test_a_provisional_council_of_a_ward_formed_from_ordinary_wards_is_refused(
        ward: tuple[str, str, str], on: dt.date) -> None:
    unit = _ward(*ward, PeoplesCouncil(provisional=True))
    found = [v for v in ug.validate(unit, on=on) if v.code == "UG-COUNCIL-PROVISIONAL"]
    assert len(found) == 1 and found[0].severity is ug.Severity.ERROR
    assert found[0].path == "council.provisional"
    assert "Điều 53" in str(found[0].provision)
    assert found[0].values["formed_from"]


@SETTINGS
@given(on=st.dates(D(2016, 1, 1), D(2025, 6, 30)),
       kind=st.sampled_from([UnitKind.XA, UnitKind.PHUONG, UnitKind.THI_TRAN]),
       city=st.sampled_from(["01", "79", "48", "12", "74"]))
def test_a_provisional_council_before_2025_07_01_is_refused(
        on: dt.date, kind: UnitKind, city: str) -> None:
    unit = Ward(name="Lâm Thời", kind=kind, city=city,
                council=PeoplesCouncil(provisional=True))
    found = [v for v in ug.validate(unit, on=on) if v.code == "UG-COUNCIL-PROVISIONAL"]
    assert len(found) == 1
    # the general law of the day: every council elected, none provisional
    assert found[0].provision == _rule().provision_on(on)
    assert "Luật" in str(found[0].provision) and "Điều 53" not in str(found[0].provision)


def _rule() -> ug.Rule:
    return next(r for r in ug.rules() if r.code == "UG-COUNCIL-PROVISIONAL")


@SETTINGS
@given(code=st.one_of(st.none(), st.integers(90000, 99999).map(lambda n: f"{n:05d}")),
       city=st.sampled_from(["01", "79", "48"]), on=st.dates(D(2025, 7, 1), LATEST))
def test_a_ward_the_units_do_not_know_keeps_the_citys_answer(
        code: str | None, city: str, on: dt.date) -> None:
    """Unknown is not absent: without a known code, the city's regime decides."""
    unit = Ward(name="Lâm Thời", kind=UnitKind.PHUONG, city=city, code=code,
                council=PeoplesCouncil(provisional=True))
    assert "UG-COUNCIL-PROVISIONAL" not in _codes(unit, on)


def test_the_audit_examples_of_provisional_councils() -> None:
    for code, name, city in ORDINARY_WARDS:
        unit = _ward(code, name, city, PeoplesCouncil(provisional=True))
        assert "UG-COUNCIL-PROVISIONAL" in _codes(unit, D(2025, 9, 1)), name
    unit = _ward("26734", "Tân Định", "79", PeoplesCouncil(provisional=True))
    assert "UG-COUNCIL-PROVISIONAL" in _codes(unit, D(2025, 6, 30))  # not yet
    unit = _ward("00004", "Ba Đình", "01", PeoplesCouncil(provisional=True))
    assert "UG-COUNCIL-PROVISIONAL" not in _codes(unit, D(2025, 7, 1))


def test_the_provisional_rule_names_its_provision_on_any_day() -> None:
    rule = _rule()
    for day in (None, D(2025, 7, 1), D(2027, 1, 1)):
        assert "Điều 53 Luật 72/2025/QH15" in str(rule.provision_on(day))
    assert str(rule.provision_on(D(2019, 1, 1))) == "Luật 77/2015/QH13"
    assert rule.confidence is ug.Confidence.HIGH
