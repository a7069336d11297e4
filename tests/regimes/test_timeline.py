"""Table-driven: for each city, a day in every regime period and at each boundary day.

The expected answers are written here from the legal reference, independently of the
regime tables, so that a wrong table fails this test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import urbangov as ug
from urbangov.regimes import RegimeError, UnknownFactError, regime_for, regimes
from urbangov.terms import Authority as A
from urbangov.terms import DecisionMode as M
from urbangov.terms import Post
from urbangov.terms import UnitClass as C
from urbangov.terms import UnitKind as K

D = dt.date
GONE = "gone"  # the kind of unit no longer exists

# (city, day) -> regime key, council by kind, ward mode, ward chair by, district chair by,
# ward caps (I, II, III), quận caps (I, II, III) or None where the law is silent.
ORDINARY_2016 = ("ordinary-2016", {K.THANH_PHO: True, K.QUAN: True, K.THI_XA: True,
                                   K.HUYEN: True, K.THANH_PHO_THUOC_TP: True, K.PHUONG: True,
                                   K.XA: True}, M.COLLECTIVE, A.OWN_COUNCIL, A.OWN_COUNCIL,
                 (2, 1, 1), (3, 2, 2))
TWO_TIER = ("two-tier-2025", {K.THANH_PHO: True, K.QUAN: GONE, K.THI_XA: GONE, K.HUYEN: GONE,
                              K.THANH_PHO_THUOC_TP: GONE, K.PHUONG: True, K.XA: True},
            M.COLLECTIVE, A.OWN_COUNCIL, None, None, None)
HANOI = ("hanoi-pilot", {K.THANH_PHO: True, K.QUAN: True, K.THI_XA: True, K.HUYEN: True,
                         K.PHUONG: False, K.XA: True}, M.HEAD_OF_AGENCY, A.PARENT_CHAIR,
         A.OWN_COUNCIL, (2, 2, 1), (3, 2, 2))
HANOI_2025 = ("hanoi-capital-2025", *HANOI[1:])
# The same answers once the general law changed (Luật 72/2025/QH15 from 2025-06-16).
HANOI_2025_END = ("hanoi-capital-2025-06-16", *HANOI[1:])
HCMC = ("hcmc-urban", {K.THANH_PHO: True, K.QUAN: False, K.THANH_PHO_THUOC_TP: True,
                       K.HUYEN: True, K.PHUONG: False, K.XA: True, K.THI_TRAN: True},
        M.HEAD_OF_AGENCY, A.PARENT_CHAIR, A.CITY_CHAIR, (2, 2, 1), (3, 2, 2))
HCMC_END = ("hcmc-urban-2025-06-16", *HCMC[1:])
DANANG = ("danang-pilot", {K.THANH_PHO: True, K.QUAN: False, K.HUYEN: True, K.PHUONG: False,
                           K.XA: True}, M.HEAD_OF_AGENCY, A.PARENT_CHAIR, A.CITY_CHAIR,
          (2, 2, 1), (3, 2, None))
DANANG_2025 = ("danang-2025", *DANANG[1:])

TIMELINE = {
    ("01", D(2021, 6, 30)): ORDINARY_2016, ("01", D(2021, 7, 1)): HANOI,
    ("01", D(2023, 3, 15)): HANOI, ("01", D(2024, 12, 31)): HANOI,
    ("01", D(2025, 1, 1)): HANOI_2025, ("01", D(2025, 6, 30)): HANOI_2025_END,
    ("01", D(2025, 7, 1)): ("hanoi-two-tier-2025-07-01", *TWO_TIER[1:]),
    ("01", D(2018, 1, 1)): ORDINARY_2016,
    ("79", D(2021, 6, 30)): ORDINARY_2016, ("79", D(2021, 7, 1)): HCMC,
    ("79", D(2024, 12, 31)): HCMC, ("79", D(2025, 1, 1)): HCMC, ("79", D(2025, 6, 30)): HCMC_END,
    ("79", D(2025, 7, 1)): ("hcmc-two-tier-2025-07-01", *TWO_TIER[1:]),
    ("02", D(2025, 7, 1)): TWO_TIER,
    ("48", D(2021, 6, 30)): ORDINARY_2016, ("48", D(2021, 7, 1)): DANANG,
    ("48", D(2024, 12, 31)): DANANG, ("48", D(2025, 1, 1)): DANANG_2025,
    ("48", D(2025, 6, 30)): DANANG_2025,
    ("48", D(2025, 7, 1)): ("danang-two-tier-2025-07-01", *TWO_TIER[1:]),
}
CASES = sorted(TIMELINE, key=lambda k: (k[0], k[1]))


@pytest.mark.parametrize(("city", "day"), CASES)
def test_councils_by_level(city: str, day: dt.date) -> None:
    key, councils, *_ = TIMELINE[city, day]
    for kind, expected in councils.items():
        if expected == GONE:
            with pytest.raises(ug.UnitAbolishedError):
                regime_for(kind, day, city)
            continue
        regime = regime_for(kind, day, city)
        assert regime.has_council(kind) is expected, (kind, regime.key)
        if kind is K.PHUONG:
            assert regime.key == key


@pytest.mark.parametrize(("city", "day"), CASES)
def test_ward_decision_mode_and_appointing_authorities(city: str, day: dt.date) -> None:
    _key, _c, mode, ward_by, district_by, *_ = TIMELINE[city, day]
    ward = regime_for(K.PHUONG, day, city)
    assert ward.decision_mode(K.PHUONG) is mode
    assert ward.appointing_authority(Post.CHAIR, K.PHUONG) is ward_by
    assert ward.appointing_authority(Post.VICE_CHAIR, K.PHUONG) is ward_by
    if district_by is not None:
        district = regime_for(K.QUAN, day, city)
        assert district.appointing_authority(Post.CHAIR, K.QUAN) is district_by


@pytest.mark.parametrize(("city", "day"), CASES)
def test_vice_chair_caps(city: str, day: dt.date) -> None:
    *_, ward_caps, quan_caps = TIMELINE[city, day]
    for kind, caps in ((K.PHUONG, ward_caps), (K.QUAN, quan_caps)):
        if caps is None:
            if kind is K.PHUONG:
                with pytest.raises(UnknownFactError):
                    regime_for(kind, day, city).max_vice_chairs(kind)
            continue
        regime = regime_for(kind, day, city)
        for cls, cap in zip((C.I, C.II, C.III), caps, strict=True):
            if cap is not None:
                assert regime.max_vice_chairs(kind, cls) == cap, (kind, cls, regime.key)


def test_acceptance_hcmc_quan_with_council_is_rejected_citing_nq_131() -> None:
    day = D(2023, 1, 1)
    quan = ug.District(name="Quận 1", kind=K.QUAN, city="79", council=ug.PeoplesCouncil())
    (v,) = ug.validate(quan, on=day)
    assert v.code == "UG-COUNCIL" and v.provision.instrument.identifier == "131/2020/QH14"
    thu_duc = ug.District(name="Thủ Đức", kind=K.THANH_PHO_THUOC_TP, city="79",
                          council=ug.PeoplesCouncil(), as_of=day)
    assert ug.validate(thu_duc) == ()


def test_acceptance_danang_quan_with_council_in_2025_is_rejected_citing_nq_136() -> None:
    with pytest.raises(ug.InvariantError) as caught:
        ug.District(name="Hải Châu", kind=K.QUAN, city="48", council=ug.PeoplesCouncil(),
                    as_of=D(2025, 3, 1))
    (v,) = caught.value.violations
    assert v.code == "UG-COUNCIL" and v.provision.instrument.identifier == "136/2024/QH15"


@pytest.mark.parametrize("city", ["01", "79", "48", "02"])
def test_acceptance_any_quan_after_the_reform_no_longer_exists(city: str) -> None:
    with pytest.raises(ug.InvariantError) as caught:
        ug.District(name="Hoàn Kiếm", kind=K.QUAN, city=city, as_of=D(2025, 8, 1))
    (v,) = caught.value.violations
    assert v.code == "UG-UNIT-EXISTS"
    assert v.provision.instrument.identifier == "72/2025/QH15"


def test_thi_tran_after_the_reform_no_longer_exists() -> None:
    with pytest.raises(ug.UnitAbolishedError):
        regime_for(K.THI_TRAN, D(2025, 7, 1), "02")


def test_before_2016_is_a_clear_error() -> None:
    with pytest.raises(ug.RegimeError, match="before 2016-01-01"):
        regime_for(K.PHUONG, D(2015, 12, 31), "01")


def test_every_cited_fact_rests_on_a_catalogued_instrument() -> None:
    for regime in regimes():
        assert regime.instruments
        for _fact, _kind, cited in regime.rows():
            assert cited.provision.instrument in ug.catalogue()
            assert cited.confidence is not ug.Confidence.LOW


def test_regime_periods_of_one_city_do_not_overlap_for_a_kind() -> None:
    for a in regimes():
        for b in regimes():
            if a is not b and a.city == b.city and a.kinds & b.kinds:
                assert not a.period.overlaps(b.period), (a.key, b.key)


#: Kinds some regime governs; the rest (tỉnh, thành phố thuộc tỉnh, đặc khu: known to
#: urbangov.units, not to the regimes) get the library's RegimeError.
GOVERNED_ANY_DAY = [k for k in K if any(r.governs(k) for r in regimes())]
#: Kinds the regimes govern on every day they cover.  A đặc khu exists, and is governed,
#: from 2025-07-01 only (the two-tier tables).
TWO_TIER_ONLY = [K.DAC_KHU]
GOVERNED = [k for k in GOVERNED_ANY_DAY if k not in TWO_TIER_ONLY]


@pytest.mark.parametrize("kind", TWO_TIER_ONLY)
def test_a_special_zone_is_governed_from_the_two_tier_day(kind: K) -> None:
    assert "two-tier" in regime_for(kind, dt.date(2025, 7, 1), "01").key
    with pytest.raises(RegimeError):
        regime_for(kind, dt.date(2025, 6, 30), "01")


def test_every_kind_is_governed_on_some_day_and_a_gap_is_the_library_error() -> None:
    assert set(GOVERNED_ANY_DAY) == set(K)
    with pytest.raises(ug.RegimeError):  # a đặc khu before the two-tier day
        regime_for(K.DAC_KHU, D(2024, 1, 1), "01")


@settings(max_examples=300, deadline=None)
@given(day=st.dates(D(2016, 1, 1), D(2030, 12, 31)),
       city=st.sampled_from(["01", "79", "48", "02", "31"]),
       kind=st.sampled_from(GOVERNED))
def test_regime_for_is_total_over_its_range_and_agrees_with_the_tables(
        day: dt.date, city: str, kind: K) -> None:
    try:
        regime = regime_for(kind, day, city)
    except ug.UnitAbolishedError as exc:
        assert day >= D(2025, 7, 1) and exc.cited.value is False
        return
    assert day in regime.period
    assert regime.city in (city, None)
    assert regime.governs(kind)
    # a city's own regime wins over the national default wherever it governs the kind
    own = [r for r in regimes() if r.city == city and day in r.period and r.governs(kind)]
    assert own == [] or regime is own[0]
    assert isinstance(regime.has_council(kind), bool)


@settings(max_examples=60, deadline=None)
@given(day=st.dates(D(2016, 1, 1), D(2027, 12, 31)), city=st.sampled_from(["01", "79", "48"]))
def test_validation_never_uses_a_regime_not_in_force_on_the_structures_day(
        day: dt.date, city: str) -> None:
    ward = ug.Ward(name="Bất kỳ", city=city, council=ug.PeoplesCouncil())
    expected = regime_for(K.PHUONG, day, city).has_council(K.PHUONG)
    report = ug.validate(ward, on=day)
    assert ("UG-COUNCIL" in report.codes) is (not expected)
    for v in report:
        assert v.provision in [c.provision for _f, _k, c in
                               regime_for(K.PHUONG, day, city).rows()]


def test_a_city_of_unrecorded_class_gets_the_cap_the_law_allows_it() -> None:
    # Only Hà Nội and TP Hồ Chí Minh are of special class (LTCCQĐP 2015 Điều 3 k.3).
    day = D(2022, 1, 1)
    for code, cap in (("01", 5), ("79", 5), ("48", 4)):
        city = ug.City(name="X", code=code, city=code)
        assert regime_for(city, on=day).max_vice_chairs(city) == cap


def test_each_regime_caps_vice_chairs_one_way_per_kind() -> None:
    """``Regime.max_vice_chairs`` reads one of three facts: a cap by class, a cap per
    province, or (for communes) an average over the province.  No regime states two of
    them for one kind, so the order it reads them in cannot change an answer."""
    from urbangov.regimes import Fact, regimes

    for regime in regimes():
        kinds_by_fact = {fact: {k for (f, k) in regime.facts if f is fact}
                         for fact in (Fact.MAX_VICE_CHAIRS, Fact.PROVINCE_VICE_CHAIR_CAPS)}
        assert not (kinds_by_fact[Fact.MAX_VICE_CHAIRS]
                    & kinds_by_fact[Fact.PROVINCE_VICE_CHAIR_CAPS]), regime.key
        if any(f is Fact.MEAN_VICE_CHAIRS_PER_COMMUNE for f, _k in regime.facts):
            assert not any(k.level.value == "commune"
                           for k in kinds_by_fact[Fact.MAX_VICE_CHAIRS]), regime.key


def test_a_city_that_records_only_its_code_gets_its_own_cap() -> None:
    """Hải Phòng (class I) may have 4 Vice-Chairmen under Điều 7 NĐ 08/2016/NĐ-CP, not
    the 5 of the two special-class cities, whether it says ``city`` or only ``code``."""
    import urbangov as ug

    regime = ug.regime_for(K.THANH_PHO, on=D(2019, 1, 1), city="31")
    assert regime.max_vice_chairs(ug.City(name="Hải Phòng", code="31")) == 4
    assert regime.max_vice_chairs(ug.City(name="Hải Phòng", city="31")) == 4


def test_regime_for_a_text_is_the_librarys_error() -> None:
    import urbangov as ug

    with pytest.raises(TypeError, match="expected a unit or a UnitKind, got 'phuong'"):
        ug.regime_for("phuong", on=D(2022, 1, 1))  # type: ignore[arg-type]
