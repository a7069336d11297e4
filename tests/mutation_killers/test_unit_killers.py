"""Tests that kill surviving mutants of the rules on units, the two-tier caps and the
People's Councils (``_rules/units.py``, ``_rules/two_tier.py``, ``_rules/council.py``).

Each test pins whole findings (severity, path, message, provision, values) of one rule
on one structure, and the structures next to it that the rule accepts; its docstring
names the mutants (``python tools/mutation.py --show NAME``) it kills.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

import urbangov as ug
from urbangov.structure import (
    UNRECORDED,
    Appointment,
    City,
    District,
    Official,
    PeoplesCommittee,
    PeoplesCouncil,
    Unit,
    Ward,
)
from urbangov.terms import AppointmentMethod, Authority, DecisionMode, Post
from urbangov.time import Period

D = dt.date
FORMED = D(2025, 7, 1)  # the two-tier system (Luật 72/2025/QH15)
Found = tuple[str, str, str, str, dict[str, Any]]


def _shown(violations: Any, code: str) -> list[Found]:
    return [(v.severity.value, v.path, v.message, str(v.provision), v.values)
            for v in violations if v.code == code]


def _found(root: Unit, on: dt.date | None, code: str) -> list[Found]:
    """The findings of rule *code* on *root* judged on *on*: (severity, path, message,
    provision, values)."""
    return _shown(ug.validate(root, on=on), code)


def _raised(build: Callable[[], Unit], code: str) -> list[Found]:
    """The findings of rule *code* that building a structure raises."""
    with pytest.raises(ug.InvariantError) as caught:
        build()
    return _shown(caught.value.violations, code)


def _elected(name: str, post: Post, start: dt.date = FORMED) -> Official:
    return Official(name, post, Period(start), Appointment(
        Authority.OWN_COUNCIL, "2/NQ-HĐND", start, AppointmentMethod.ELECTED))


# ---- units.py ---------------------------------------------------------------------------


def test_a_structure_before_2016_is_outside_the_regimes() -> None:
    """``units.x_regime_known__mutmut_*``: a day before Luật 77/2015/QH13 took effect is
    reported at the root, citing that law, with the day and city."""
    assert _found(City(name="Hà Nội", city="01"), D(2015, 6, 1), "UG-REGIME-KNOWN") == [(
        "error", "", "2015-06-01 is before 2016-01-01, the first day the library's regimes "
        "cover (Luật 77/2015/QH13)", "Luật 77/2015/QH13",
        {"as_of": D(2015, 6, 1), "city": "01"})]
    assert _found(City(name="Hà Nội", city="01"), D(2016, 1, 1), "UG-REGIME-KNOWN") == []


def test_the_general_law_cited_follows_the_day() -> None:
    """``units.x__general_law__mutmut_*``, ``units.x__cite_on__mutmut_*``: the general law
    on local government in force is Luật 77/2015 to 2025-02-28, Luật 65/2025 from
    2025-03-01 and Luật 72/2025 from 2025-06-16 (its articles dropped)."""
    rule = {r.code: r for r in ug.rules()}["UG-REGIME-KNOWN"]
    assert [str(rule.provision_on(day)) for day in (
        D(2016, 1, 1), D(2025, 2, 28), D(2025, 3, 1), D(2025, 6, 15), D(2025, 6, 16),
        D(2025, 7, 1), D(2026, 1, 1))] == [
        "Luật 77/2015/QH13", "Luật 77/2015/QH13", "Luật 65/2025/QH15", "Luật 65/2025/QH15",
        "Luật 72/2025/QH15", "Luật 72/2025/QH15", "Luật 72/2025/QH15"]
    assert str(rule.provision) == "Luật 77/2015/QH13"


def test_a_kind_of_unit_abolished_that_day_is_no_unknown_regime() -> None:
    """``units.x_regime_known__mutmut_*``, ``units.x_unit_exists__mutmut_1-14`` (``_4``:
    the regime's provision dropped, so the rule's first one cited): a district on
    2026-01-01, or a thị trấn in Hà Nội on 2025-08-01, is reported once, by UG-UNIT-EXISTS
    citing the provision that ended that kind of unit that day, not as a day outside the
    regimes."""
    report = ug.validate(District(name="Ba Đình", city="01"), on=D(2026, 1, 1))
    assert _shown(report, "UG-REGIME-KNOWN") == []
    assert _shown(report, "UG-UNIT-EXISTS") == [(
        "error", "", "no quận (urban district) exists on 2026-01-01: khoản 3 Điều 51 Luật "
        "72/2025/QH15 no longer provides that kind of unit",
        "khoản 3 Điều 51 Luật 72/2025/QH15", {"kind": "quan", "as_of": D(2026, 1, 1)})]
    # the regime's own provision, not the rule's first: khoản 1 Điều 1 ended the thị trấn
    assert _found(Ward(name="Sóc Sơn", kind="thi_tran", city="01"), D(2025, 8, 1),
                  "UG-UNIT-EXISTS") == [(
        "error", "", "no thị trấn (township) exists on 2025-08-01: khoản 1 Điều 1 Luật "
        "72/2025/QH15 no longer provides that kind of unit", "khoản 1 Điều 1 Luật 72/2025/QH15",
        {"kind": "thi_tran", "as_of": D(2025, 8, 1)})]


def test_a_ward_that_ceased_cites_where_it_went() -> None:
    """``units.x_unit_exists__mutmut_*`` (``_22``: a ward without its own city no longer
    placed in its structure's), ``units.x_not_in_force__mutmut_*``: Phường Gia Thụy
    (00130) ceased on 2025-07-01 (NQ 1656/NQ-UBTVQH15); recorded on 2026-01-01 by its code
    and its name (or the name without diacritics) in Hà Nội, it did not exist."""
    expected = [(
        "error", "", "Phường Gia Thụy [00130] did not exist on 2026-01-01: it ceased on "
        "2025-07-01; it went into Phường Bồ Đề [00118] (partial; khoản 40 Điều 1 Nghị quyết "
        "1656/NQ-UBTVQH15), Phường Việt Hưng [00127] (partial; khoản 41 Điều 1 Nghị quyết "
        "1656/NQ-UBTVQH15), Phường Long Biên [00145] (partial; khoản 39 Điều 1 Nghị quyết "
        "1656/NQ-UBTVQH15)", "khoản 40 Điều 1 Nghị quyết 1656/NQ-UBTVQH15",
        {"code": "00130", "as_of": D(2026, 1, 1), "ceased": FORMED, "began": None})]
    for name in ("Gia Thụy", "gia thuy"):
        assert _found(Ward(name=name, code="00130", city="01"), D(2026, 1, 1),
                      "UG-UNIT-EXISTS") == expected
    # the day before, it existed
    assert _found(Ward(name="Gia Thụy", code="00130", city="01"), D(2025, 6, 30),
                  "UG-UNIT-EXISTS") == []
    # a ward nested in Hà Nội without its own city is placed by its structure's
    city = City(name="Hà Nội", city="01", communes=(Ward(name="Gia Thụy", code="00130"),))
    assert _found(city, D(2026, 1, 1), "UG-UNIT-EXISTS") == [
        ("error", "communes[0]", *expected[0][2:])]


def test_a_code_of_another_unit_says_nothing_of_this_one() -> None:
    """``units.x_not_in_force__mutmut_*``: the code 00130 recorded with another name, in
    another province, with no city or no day, or a day before the data (2021-11-01),
    is not Phường Gia Thụy: nothing is said."""
    assert _found(Ward(name="Gia Lâm", code="00130", city="01"), D(2026, 1, 1),
                  "UG-UNIT-EXISTS") == []
    assert _found(Ward(name="Gia Thụy", code="00130", city="79"), D(2026, 1, 1),
                  "UG-UNIT-EXISTS") == []
    assert _found(Ward(name="Gia Thụy", code="00130"), D(2026, 1, 1), "UG-UNIT-EXISTS") == []
    assert _found(Ward(name="Gia Thụy", code="00130", city="01"), None, "UG-UNIT-EXISTS") == []
    assert _found(Ward(name="Mộc Lỵ", code="03980", city="14"), D(2019, 6, 1),
                  "UG-UNIT-EXISTS") == []



def test_a_unit_is_judged_though_a_later_one_holds_its_code() -> None:
    """The code 26953 was Phường 21 (to 2025-01-01), then Phường 19 (2025-03-01 to
    2025-07-01); 00004 was Phường Trúc Bạch, and is Phường Ba Đình from 2025-07-01. A
    unit recorded by its code and its own name is judged as that unit, whatever holds the
    code on the day: Phường 21 and Trúc Bạch did not exist on 2026-01-01 (before, the
    lookup by code answered for the later unit and nothing was said)."""
    assert _found(Ward(name="21", code="26953", city="79"), D(2026, 1, 1),
                  "UG-UNIT-EXISTS") == [(
        "error", "", "Phường 21 [26953] did not exist on 2026-01-01: it ceased on "
        "2025-01-01; the source's release v2.3.0 (2025-01-01) names 1318/NQ-UBTVQH15 but "
        "changed units in 34 provinces; the resolution for this unit is not recorded",
        "khoản 1 Điều 1 Luật 72/2025/QH15",
        {"code": "26953", "as_of": D(2026, 1, 1), "ceased": D(2025, 1, 1), "began": None})]
    assert _found(Ward(name="Trúc Bạch", code="00004", city="01"), D(2026, 1, 1),
                  "UG-UNIT-EXISTS") == [(
        "error", "", "Phường Trúc Bạch [00004] did not exist on 2026-01-01: it ceased on "
        "2025-07-01; it went into Phường Ba Đình [00004] (full; khoản 3 Điều 1 Nghị quyết "
        "1656/NQ-UBTVQH15)", "khoản 3 Điều 1 Nghị quyết 1656/NQ-UBTVQH15",
        {"code": "00004", "as_of": D(2026, 1, 1), "ceased": FORMED, "began": None})]
    # the unit that holds the code that day, by its own name, existed
    assert _found(Ward(name="Ba Đình", code="00004", city="01"), D(2026, 1, 1),
                  "UG-UNIT-EXISTS") == []
    assert _found(Ward(name="Trúc Bạch", code="00004", city="01"), D(2025, 1, 1),
                  "UG-UNIT-EXISTS") == []
    # a ward recorded by the later unit's name, before that unit began
    assert [f[4]["began"] for f in _found(Ward(name="Ba Đình", code="00004", city="01"),
                                          D(2022, 7, 1), "UG-UNIT-EXISTS")] == [FORMED]


def test_a_unit_without_links_cites_the_general_law_of_the_day() -> None:
    """``units.x_unit_exists__mutmut_*``: a ward that ceased with no recorded successor
    (Nguyễn Trung Trực, 00010, 2025-01-01) or began from no recorded unit (Mộc Lỵ, 03980,
    2025-03-01) cites where the general law of that day places the units."""
    assert _found(Ward(name="Nguyễn Trung Trực", code="00010", city="01"), D(2025, 6, 1),
                  "UG-UNIT-EXISTS") == [(
        "error", "", "Phường Nguyễn Trung Trực [00010] did not exist on 2025-06-01: it "
        "ceased on 2025-01-01; the source's release v2.3.0 (2025-01-01) names "
        "1318/NQ-UBTVQH15 but changed units in 34 provinces; the resolution for this unit "
        "is not recorded", "Luật 65/2025/QH15",
        {"code": "00010", "as_of": D(2025, 6, 1), "ceased": D(2025, 1, 1), "began": None})]
    assert _found(Ward(name="Mộc Lỵ", code="03980", city="14"), D(2024, 6, 1),
                  "UG-UNIT-EXISTS") == [(
        "error", "", "Phường Mộc Lỵ [03980] did not exist on 2024-06-01: it began on "
        "2025-03-01", "Điều 2 Luật 77/2015/QH13",
        {"code": "03980", "as_of": D(2024, 6, 1), "ceased": None, "began": D(2025, 3, 1)})]
    assert _found(Ward(name="Mộc Lỵ", code="03980", city="14"), D(2025, 3, 1),
                  "UG-UNIT-EXISTS") == []


def test_a_unit_formed_later_cites_what_formed_it() -> None:
    """``units.x_unit_exists__mutmut_*``: Đặc khu Bạch Long Vĩ (11948), formed on
    2025-07-01 from the district of that name, did not exist on 2024-06-01."""
    assert _found(Ward(name="Bạch Long Vĩ", kind="xa", code="11948", city="31"),
                  D(2024, 6, 1), "UG-UNIT-EXISTS") == [(
        "error", "", "Đặc khu Bạch Long Vĩ [11948] did not exist on 2024-06-01: it began on "
        "2025-07-01; it was formed from Huyện Bạch Long Vĩ [318] (full; khoản 114 Điều 1 "
        "Nghị quyết 1669/NQ-UBTVQH15)", "khoản 114 Điều 1 Nghị quyết 1669/NQ-UBTVQH15",
        {"code": "11948", "as_of": D(2024, 6, 1), "ceased": None, "began": FORMED})]


def test_a_nested_unit_agrees_with_its_structures_city_and_day() -> None:
    """``units.x_context__mutmut_*``: a district recording another city, or another day,
    than its city (Luật 77/2015/QH13 Điều 2) is an error on that field."""
    assert _raised(lambda: City(name="Hà Nội", city="01", districts=(
        District(name="Ba Đình", city="79"),)), "UG-CONTEXT") == [(
            "error", "districts[0].city", "Quận Ba Đình says city=79 but its structure says 01",
            "Điều 2 Luật 77/2015/QH13", {"city": "79", "root": "01"})]
    assert _raised(lambda: City(name="Hà Nội", city="01", as_of=D(2021, 1, 1), districts=(
        District(name="Ba Đình", as_of=D(2020, 1, 1)),)), "UG-CONTEXT") == [(
            "error", "districts[0].as_of",
            "Quận Ba Đình says as_of=2020-01-01 but its structure says 2021-01-01",
            "Điều 2 Luật 77/2015/QH13", {"as_of": D(2020, 1, 1), "root": D(2021, 1, 1)})]
    agreeing = City(name="Hà Nội", city="01", as_of=D(2021, 1, 1), districts=(
        District(name="Ba Đình", city="01", as_of=D(2021, 1, 1)),
        District(name="Hoàn Kiếm")))
    assert _found(agreeing, None, "UG-CONTEXT") == []


def test_each_unit_is_of_a_kind_that_may_sit_where_it_is() -> None:
    """``units.x_kind_nesting__mutmut_*`` (``_3/5``, ``_25/27``: the defaults for a bare
    Unit and for a kind that holds no units became None, a TypeError),
    ``units.x__units_article__mutmut_1`` (the day dropped): a City cannot be a phường; a
    xã cannot sit under a quận; a thị trấn cannot sit directly under a city (Luật
    77/2015/QH13 Điều 2; from 2025-07-01 Luật 72/2025 Điều 1 k.1)."""
    assert _raised(lambda: City(name="X", kind="phuong"), "UG-KIND-NESTING") == [(
        "error", "kind", "a City cannot be a phường (ward)", "Điều 2 Luật 77/2015/QH13",
        {"kind": "phuong"})]
    assert _raised(lambda: District(name="Ba Đình", wards=(Ward(name="X", kind="xa"),)),
                   "UG-KIND-NESTING") == [(
        "error", "wards[0].kind", "a xã cannot sit under a quận", "Điều 2 Luật 77/2015/QH13",
        {"kind": "xa", "parent": "quan"})]
    assert _raised(lambda: City(name="Hà Nội", communes=(Ward(name="X", kind="thi_tran"),)),
                   "UG-KIND-NESTING") == [(
        "error", "communes[0].kind", "a thị trấn cannot sit under a thành phố trực thuộc "
        "trung ương directly", "Điều 2 Luật 77/2015/QH13",
        {"kind": "thi_tran", "parent": "thanh_pho"})]
    # a unit of a kind that may hold none holds nothing; the base Unit may be any kind
    assert _raised(lambda: City(name="X", kind="phuong", districts=(District(name="Q"),)),
                   "UG-KIND-NESTING") == [
        ("error", "kind", "a City cannot be a phường (ward)", "Điều 2 Luật 77/2015/QH13",
         {"kind": "phuong"}),
        ("error", "districts[0].kind", "a quận cannot sit under a phường",
         "Điều 2 Luật 77/2015/QH13", {"kind": "quan", "parent": "phuong"})]
    assert _found(Unit(name="X", kind="xa"), None, "UG-KIND-NESTING") == []
    # a structure of 2026: the two-tier reading (Luật 72/2025 Điều 1 k.1)
    assert [f[3] for f in _raised(lambda: City(
        name="Hà Nội", city="01", as_of=D(2026, 1, 1), communes=(
            Ward(name="X", kind="thi_tran"),)), "UG-KIND-NESTING")] == [
        "khoản 1 Điều 1 Luật 72/2025/QH15"]
    lawful = City(name="Hà Nội", districts=(District(name="Sóc Sơn", kind="huyen", wards=(
        Ward(name="Sóc Sơn", kind="thi_tran"), Ward(name="Phù Linh", kind="xa"))),),
        communes=(Ward(name="Ba Đình"), Ward(name="Sóc Sơn", kind="xa")))
    assert _found(lawful, None, "UG-KIND-NESTING") == []


def test_a_council_is_recorded_exactly_when_the_regime_provides_one() -> None:
    """``units.x_council_matches_regime__mutmut_*`` (``_28``: the regime's provision
    dropped): a Hà Nội pilot ward of 2022 has no People's Council (NQ 97/2019/QH14 Điều 1
    k.1 đ.b), nor a Đà Nẵng one (NQ 119/2020/QH14); an ordinary ward of 2019 has one (Luật
    77/2015/QH13); an unrecorded council is not judged."""
    assert _found(Ward(name="Gia Thụy", city="01", council=PeoplesCouncil()), D(2022, 7, 1),
                  "UG-COUNCIL") == [(
        "error", "council", "Phường Gia Thụy is recorded with a People's Council (HĐND), but "
        "on 2022-07-01 the law in force provides none",
        "điểm b khoản 1 Điều 1 Nghị quyết 97/2019/QH14",
        {"council": True, "regime": "hanoi-pilot"})]
    assert _found(Ward(name="Gia Thụy", city="01", council=None), D(2019, 7, 1),
                  "UG-COUNCIL") == [(
        "error", "council", "Phường Gia Thụy is recorded without a People's Council (HĐND), "
        "but on 2019-07-01 the law in force provides one", "Luật 77/2015/QH13",
        {"council": False, "regime": "ordinary-2016"})]
    for council in (UNRECORDED, PeoplesCouncil()):
        assert _found(Ward(name="Gia Thụy", city="01", council=council), D(2019, 7, 1),
                      "UG-COUNCIL") == []
    for council in (UNRECORDED, None):
        assert _found(Ward(name="Gia Thụy", city="01", council=council), D(2022, 7, 1),
                      "UG-COUNCIL") == []
    # Đà Nẵng's pilot wards cite their own resolution (NQ 119/2020/QH14)
    assert _found(Ward(name="Hải Châu I", city="48", council=PeoplesCouncil()), D(2022, 7, 1),
                  "UG-COUNCIL") == [(
        "error", "council", "Phường Hải Châu I is recorded with a People's Council (HĐND), "
        "but on 2022-07-01 the law in force provides none", "Nghị quyết 119/2020/QH14",
        {"council": True, "regime": "danang-pilot"})]


def test_a_committee_decides_in_the_mode_its_regime_sets() -> None:
    """``units.x_decision_mode__mutmut_*`` (``_16``: the regime's provision dropped, so
    a Đà Nẵng ward cited Hà Nội's decree): a pilot ward's committee decides by the
    head-of-agency regime (NĐ 32/2021/NĐ-CP), an ordinary one collectively (Luật 77/2015
    Điều 117); an unrecorded mode or committee is not judged."""
    def ward(mode: DecisionMode | None, council: Any) -> Ward:
        return Ward(name="Gia Thụy", city="01", council=council,
                    committee=PeoplesCommittee(decision_mode=mode))

    assert _found(ward(DecisionMode.COLLECTIVE, None), D(2022, 7, 1), "UG-DECISION-MODE") == [(
        "error", "committee.decision_mode", "Phường Gia Thụy's People's Committee is recorded "
        "as deciding by the collective regime, but the law in force sets the head-of-agency "
        "regime", "Nghị định 32/2021/NĐ-CP", {"decision_mode": "collective"})]
    assert _found(ward(DecisionMode.HEAD_OF_AGENCY, PeoplesCouncil()), D(2019, 7, 1),
                  "UG-DECISION-MODE") == [(
        "error", "committee.decision_mode", "Phường Gia Thụy's People's Committee is recorded "
        "as deciding by the head-of-agency regime, but the law in force sets the collective "
        "regime", "Điều 117 Luật 77/2015/QH13", {"decision_mode": "head_of_agency"})]
    assert _found(ward(DecisionMode.HEAD_OF_AGENCY, None), D(2022, 7, 1),
                  "UG-DECISION-MODE") == []
    assert _found(ward(None, None), D(2022, 7, 1), "UG-DECISION-MODE") == []
    # Đà Nẵng's pilot wards: NĐ 34/2021/NĐ-CP
    assert [f[3] for f in _found(Ward(
        name="Hải Châu I", city="48", council=None,
        committee=PeoplesCommittee(decision_mode=DecisionMode.COLLECTIVE)), D(2022, 7, 1),
        "UG-DECISION-MODE")] == ["Nghị định 34/2021/NĐ-CP"]
    assert _found(Ward(name="Gia Thụy", city="01", council=None), D(2022, 7, 1),
                  "UG-DECISION-MODE") == []


# ---- two_tier.py ------------------------------------------------------------------------


def test_a_city_holds_communes_directly_only_under_the_two_tier_system() -> None:
    """``two_tier.x_two_tier_tree__mutmut_*``: before 2025-07-01 a city's communes sit in
    districts; the finding cites the general law of its day (Luật 77/2015 Điều 2, Luật
    65/2025, Luật 72/2025 Điều 51 k.3)."""
    city = City(name="Hà Nội", city="01", communes=(Ward(name="Sóc Sơn", kind="xa"),
                                                     Ward(name="Ba Đình")))
    for day, cited in ((D(2024, 1, 1), "Điều 2 Luật 77/2015/QH13"),
                       (D(2025, 4, 1), "Luật 65/2025/QH15"),
                       (D(2025, 6, 30), "khoản 3 Điều 51 Luật 72/2025/QH15")):
        assert _found(city, day, "UG-TWO-TIER-TREE") == [(
            "error", "communes", f"Thành phố Hà Nội holds 2 commune(s) directly on {day}, but "
            "the district level still exists that day: communes sit in districts until "
            "2025-07-01", cited, {"communes": 2})]
    assert _found(city, FORMED, "UG-TWO-TIER-TREE") == []
    assert _found(City(name="Hà Nội", city="01"), D(2024, 1, 1), "UG-TWO-TIER-TREE") == []
    assert _found(city, D(2015, 6, 1), "UG-TWO-TIER-TREE") == []


def _province(code: str, kept: int, new: int, kind: str = "thanh_pho") -> City:
    """A province-level unit with *kept* Vice-Chairmen in office since the merger and
    *new* ones since 2025-12-01."""
    return City(name="P", kind=kind, code=code, city=code, officials=(
        _elected("Chủ tịch", Post.CHAIR),
        *(_elected(f"Phó {i}", Post.VICE_CHAIR) for i in range(kept)),
        *(_elected(f"Mới {i}", Post.VICE_CHAIR, D(2025, 12, 1)) for i in range(new))))


CAP = "UG-PROVINCE-VICE-CHAIR-CAP"
ND300 = "Điều 5 Nghị định 300/2025/NĐ-CP"


def _over_cap(vice_chairs: int, cap: int, city: str, kept: int, on: dt.date) -> Found:
    """UG-PROVINCE-VICE-CHAIR-CAP's finding on a province over its cap, with no surplus
    kept beyond it."""
    return ("error", "officials", f"{vice_chairs} Vice-Chairmen of the People's Committee "
            f"of Thành phố P in office on {on}; at most {cap} are allowed", ND300,
            {"vice_chairs": vice_chairs, "cap": cap, "city": city, "kept": kept})


def test_a_province_over_its_vice_chair_cap() -> None:
    """``two_tier.x_province_cap__mutmut_*`` (``_10``: a province recording only its GSO
    code was not found), ``two_tier.x__vice_chairs__mutmut_*``: TP Hồ Chí Minh may have 8
    Vice-Chairmen, Hà Nội 5 (NĐ 300/2025 Điều 5)."""
    assert _found(_province("79", 0, 9), D(2026, 1, 1), CAP) == [
        _over_cap(9, 8, "79", 0, D(2026, 1, 1))]
    assert _found(_province("01", 6, 0), D(2026, 1, 1), CAP) == [
        _over_cap(6, 5, "01", 0, D(2026, 1, 1))]
    assert _found(_province("79", 0, 8), D(2026, 1, 1), CAP) == []
    assert _found(_province("79", 0, 9), D(2025, 6, 1), CAP) == []
    # a province recording its GSO code and no city is found by its code
    by_code = City(name="P", code="79", officials=_province("79", 0, 9).officials)
    assert _found(by_code, D(2026, 1, 1), CAP) == [_over_cap(9, 8, "79", 0, D(2026, 1, 1))]


def test_a_merged_province_keeps_its_surplus_for_five_years() -> None:
    """``two_tier.x_province_cap__mutmut_*`` (``_52``: as many kept as the cap read as a
    surplus), ``two_tier.x_kept_surplus__mutmut_*`` (``_7``: a province recording only its
    code kept none): TP Hồ Chí Minh, formed by a merger, may keep the Vice-Chairmen in
    office since 2025-07-01 until 2030-06-16 (Luật 72/2025 Điều 54 k.6), not one more;
    Hà Nội, not merged, may not."""
    assert _found(_province("79", 9, 0), D(2026, 1, 1), CAP) == []
    assert _found(_province("79", 9, 0), D(2030, 6, 15), CAP) == []
    assert _found(City(name="P", code="79", officials=_province("79", 9, 0).officials),
                  D(2026, 1, 1), CAP) == []  # found by its code alone
    # as many kept as the cap, and one more: the cap itself is broken (NĐ 300/2025)
    assert _found(_province("79", 8, 1), D(2026, 1, 1), CAP) == [
        _over_cap(9, 8, "79", 8, D(2026, 1, 1))]
    assert _found(_province("79", 9, 1), D(2026, 1, 1), CAP) == [(
        "error", "officials", "10 Vice-Chairmen of the People's Committee of Thành phố P in "
        "office on 2026-01-01: the cap is 8 and the province may keep only the 9 in office "
        "since the merger until 2030-06-16", "khoản 6 Điều 54 Luật 72/2025/QH15",
        {"vice_chairs": 10, "cap": 8, "city": "79", "kept": 9})]
    assert _found(_province("79", 9, 0), D(2030, 6, 16), CAP) == [
        _over_cap(9, 8, "79", 0, D(2030, 6, 16))]
    assert _found(_province("01", 6, 0), D(2026, 1, 1), CAP)[0][4]["kept"] == 0


def test_a_province_whose_cap_depends_on_its_class_is_warned() -> None:
    """``two_tier.x_province_cap__mutmut_*``: a merged province of caps (5, 6) with 6
    Vice-Chairmen is lawful only if one province merged into it was of class I: a warning,
    unless the sixth is one kept since the merger; 7 is an error."""
    warning = [(
        "warning", "officials", "6 Vice-Chairmen is lawful only if one of the provinces "
        "merged into Tỉnh P was of class I (else at most 5); the class is not recorded",
        ND300, {"vice_chairs": 6, "cap": 6, "city": "24", "kept": kept})
        for kept in (0, 5)]
    assert _found(_province("24", 0, 6, "tinh"), D(2026, 1, 1), CAP) == warning[:1]
    assert _found(_province("24", 5, 1, "tinh"), D(2026, 1, 1), CAP) == warning[1:]
    assert _found(_province("24", 6, 0, "tinh"), D(2026, 1, 1), CAP) == []
    assert _found(_province("24", 0, 5, "tinh"), D(2026, 1, 1), CAP) == []
    assert _found(_province("24", 0, 7, "tinh"), D(2026, 1, 1), CAP) == [(
        "error", "officials", "7 Vice-Chairmen of the People's Committee of Tỉnh P in office "
        "on 2026-01-01; at most 6 are allowed", ND300,
        {"vice_chairs": 7, "cap": 6, "city": "24", "kept": 0})]


def _commune(i: int, vice_chairs: int, city: str | None = "12", recorded: bool = True) -> Ward:
    return Ward(name=f"Xã {i}", kind="xa", city=city, officials=(
        _elected(f"Chủ tịch {i}", Post.CHAIR),
        *(_elected(f"Phó {i}.{j}", Post.VICE_CHAIR) for j in range(vice_chairs)))
        if recorded else None)


MEAN = "UG-COMMUNE-VICE-CHAIR-MEAN"
ND300_6 = "Điều 6 Nghị định 300/2025/NĐ-CP"


def test_the_commune_average_counts_the_communes_not_listed() -> None:
    """``two_tier.x_commune_mean__mutmut_*``, ``two_tier.x_province_communes__mutmut_*``
    (``_2``: a province recording only its code no longer counted its communes):
    33 of Lai Châu's 38 communes listed with 3 Vice-Chairmen each average 99 / 38 > 2.5
    (NĐ 300/2025 Điều 6); a province the units do not know counts the communes listed."""
    lai_chau = City(name="Lai Châu", code="12", city="12",
                    communes=tuple(_commune(i, 3) for i in range(33)))
    assert _found(lai_chau, D(2026, 1, 1), MEAN) == [(
        "error", "communes", "99 Vice-Chairmen across the 38 communes of Thành phố Lai Châu on "
        "2026-01-01: 2.61 on average even if the communes not recorded have none, more than "
        "the 2.5 the law allows across the province", ND300_6,
        {"vice_chairs": 99, "communes": 38, "listed": 33, "mean": 2.605, "cap": 2.5})]
    unknown = City(name="X", communes=(_commune(0, 3, None), _commune(1, 3, None)))
    assert _found(unknown, D(2026, 1, 1), MEAN) == [(
        "error", "communes", "6 Vice-Chairmen across the 2 communes of Thành phố X on "
        "2026-01-01: 3.00 on average even if the communes not recorded have none, more than "
        "the 2.5 the law allows across the province", ND300_6,
        {"vice_chairs": 6, "communes": 2, "listed": 2, "mean": 3.0, "cap": 2.5})]
    lawful = City(name="X", communes=(_commune(0, 3, None), _commune(1, 2, None)))
    by_code = City(name="Lai Châu", code="12",
                   communes=tuple(_commune(i, 3, None) for i in range(33)))
    assert _found(by_code, D(2026, 1, 1), MEAN)[0][4]["communes"] == 38
    assert _found(lawful, D(2026, 1, 1), MEAN) == []
    assert _found(unknown, D(2025, 11, 16), MEAN) == []  # before NĐ 300/2025
    assert _found(City(name="X"), D(2026, 1, 1), MEAN) == []


def test_communes_listed_in_part_above_the_average_are_warned() -> None:
    """``two_tier.x_commune_mean__mutmut_*``: 2 recorded communes of Lai Châu with 3
    Vice-Chairmen each are lawful only if the other 36 hold fewer: a warning."""
    partial = City(name="Lai Châu", code="12", city="12", communes=(
        _commune(0, 3), _commune(1, 3), _commune(2, 0, recorded=False)))
    assert _found(partial, D(2026, 1, 1), MEAN) == [(
        "warning", "communes", "the 2 communes whose officials are recorded average 3.00 "
        "Vice-Chairmen, more than 2.5; lawful only if the other 36 of Thành phố Lai Châu's 38 "
        "communes hold fewer", ND300_6,
        {"vice_chairs": 6, "communes": 38, "listed": 3, "mean": 0.158, "cap": 2.5})]
    at_cap = City(name="Lai Châu", code="12", city="12", communes=(
        _commune(0, 3), _commune(1, 2), _commune(2, 0, recorded=False)))
    assert _found(at_cap, D(2026, 1, 1), MEAN) == []
    nothing_recorded = City(name="Lai Châu", code="12", city="12", communes=(
        _commune(0, 0, recorded=False),))
    assert _found(nothing_recorded, D(2026, 1, 1), MEAN) == []



def test_the_communes_are_counted_where_the_data_lacks_a_later_change() -> None:
    """``two_tier.x_province_communes__mutmut_9``: the bundled units lack Quảng Ninh's
    change of 2026-09-01 (a CoverageWarning); its 54 communes are still the best count,
    and the warning does not escape the rule."""
    province = City(name="Quảng Ninh", code="22", city="22",
                    communes=tuple(_commune(i, 3, "22") for i in range(2)))
    assert _found(province, D(2026, 10, 1), MEAN) == [(
        "warning", "communes", "the 2 communes whose officials are recorded average 3.00 "
        "Vice-Chairmen, more than 2.5; lawful only if the other 52 of Thành phố Quảng Ninh's "
        "54 communes hold fewer", ND300_6,
        {"vice_chairs": 6, "communes": 54, "listed": 2, "mean": 0.111, "cap": 2.5})]


def _deputies(i: int, n: int, city: str | None = None) -> Ward:
    return Ward(name=f"Xã {i}", kind="xa", city=city, council=PeoplesCouncil(officials=tuple(
        _elected(f"Phó ban {i}.{j}", Post.COUNCIL_COMMITTEE_DEPUTY) for j in range(n))))


def test_council_deputy_heads_average_two_per_committee() -> None:
    """``two_tier.x_deputy_heads_mean__mutmut_*`` (``_27/31``: only the last commune's
    committees or deputies counted; ``_36``: officers of other posts counted; ``_18/20``:
    a kind without council committees, a thị trấn in 2026, crashed or counted one): a
    commune council has two committees; on average two deputy heads each (NQ
    106/2025/UBTVQH15), the communes of the province not listed counting as none."""
    over = City(name="X", communes=(_deputies(0, 5),))
    assert _found(over, D(2026, 6, 1), "UG-COUNCIL-DEPUTY-HEADS-MEAN") == [(
        "error", "communes", "5 deputy heads for the 2 commune council committees of Thành phố "
        "X on 2026-06-01: 2.50 on average even if those not recorded have none, more than 2",
        "Nghị quyết 106/2025/UBTVQH15", {"deputies": 5, "committees": 2})]
    assert _found(City(name="X", communes=(_deputies(0, 4),)), D(2026, 6, 1),
                  "UG-COUNCIL-DEPUTY-HEADS-MEAN") == []
    # Lai Châu has 38 communes: 5 deputies over 76 committees is within the average
    assert _found(City(name="Lai Châu", code="12", city="12", communes=(
        _deputies(0, 5, "12"),)), D(2026, 6, 1), "UG-COUNCIL-DEPUTY-HEADS-MEAN") == []
    assert _found(over, D(2026, 1, 1), "UG-COUNCIL-DEPUTY-HEADS-MEAN") == []
    # every commune's committees and deputies add up; only deputies in office count
    assert _found(City(name="X", communes=(_deputies(0, 5), _deputies(1, 5))), D(2026, 6, 1),
                  "UG-COUNCIL-DEPUTY-HEADS-MEAN") == [(
        "error", "communes", "10 deputy heads for the 4 commune council committees of Thành "
        "phố X on 2026-06-01: 2.50 on average even if those not recorded have none, more "
        "than 2", "Nghị quyết 106/2025/UBTVQH15", {"deputies": 10, "committees": 4})]
    assert _found(City(name="X", communes=(_deputies(0, 5), _deputies(1, 0))), D(2026, 6, 1),
                  "UG-COUNCIL-DEPUTY-HEADS-MEAN") == []
    others = (_elected("Chủ tịch", Post.COUNCIL_CHAIR), Official(
        "Cũ", Post.COUNCIL_COMMITTEE_DEPUTY, Period(FORMED, D(2026, 1, 1))))
    four = tuple(_elected(f"Phó ban {j}", Post.COUNCIL_COMMITTEE_DEPUTY) for j in range(4))
    with_others = Ward(name="Xã 0", kind="xa", council=PeoplesCouncil(
        officials=(*others, *four)))
    assert _found(City(name="X", communes=(with_others,)), D(2026, 6, 1),
                  "UG-COUNCIL-DEPUTY-HEADS-MEAN") == []
    # a thị trấn (none exists in 2026) has no council committees: its deputies average
    # over none, so nothing is found
    township = Ward(name="T", kind="thi_tran", council=PeoplesCouncil(officials=four[:3]))
    assert _found(City(name="X", districts=(District(name="H", kind="huyen", wards=(
        township,)),)), D(2026, 6, 1), "UG-COUNCIL-DEPUTY-HEADS-MEAN") == []


# ---- council.py -------------------------------------------------------------------------

OFFICER = Official("Ngô Văn Hội", Post.COUNCIL_VICE_CHAIR, Period(D(2021, 7, 1)))


def test_a_councils_officers_hold_council_posts() -> None:
    """``council.x_council_posts__mutmut_*``, ``council.x_council_officers__mutmut_*``: a
    Chairman of the People's Committee recorded on a commune's council is no council post
    (Luật 77/2015/QH13); one whose tenure ended is not judged."""
    chair = Official("Ngô Văn Hội", Post.CHAIR, Period(D(2021, 7, 1)))
    ended = Official("Lê Văn Cũ", Post.CHAIR, Period(D(2020, 7, 1), D(2021, 7, 1)))
    ward = Ward(name="Phúc Xá", kind="xa", city="02",
                council=PeoplesCouncil(officials=(ended, OFFICER, chair)))
    assert _found(ward, D(2022, 7, 1), "UG-COUNCIL-POSTS") == [(
        "error", "council.officials[2].post", "Ngô Văn Hội is recorded on the People's Council "
        "(HĐND) as Chairman of the People's Committee (Chủ tịch Ủy ban nhân dân), which is no "
        "post of the council of a xã on 2022-07-01", "Luật 77/2015/QH13", {"post": "chair"})]
    assert _found(ward, None, "UG-COUNCIL-POSTS") == []


def test_council_posts_are_not_held_in_the_committee() -> None:
    """``council.x_council_post_body__mutmut_*``: a council Vice-Chair listed among the
    People's Committee's officials belongs on the council; where the unit has no council
    (a Hà Nội pilot ward, NQ 97/2019/QH14) there is no such post."""
    ended = Official("Lê Văn Cũ", Post.COUNCIL_VICE_CHAIR, Period(D(2020, 7, 1), D(2021, 7, 1)))
    chair = Official("Trần Văn Chủ", Post.CHAIR, Period(D(2021, 7, 1)))
    assert _found(Ward(name="Phúc Xá", kind="xa", city="02", council=PeoplesCouncil(),
                       officials=(ended, chair, OFFICER)), D(2022, 7, 1),
                  "UG-COUNCIL-POST-BODY") == [(
        "error", "officials[2].post", "Ngô Văn Hội is listed in the People's Committee as "
        "Vice-Chair of the People's Council (Phó Chủ tịch Hội đồng nhân dân); it belongs to "
        "the People's Council (HĐND), not to the People's Committee (UBND): record it on the "
        "council", "Luật 77/2015/QH13", {"post": "council_vice_chair", "council": True})]
    assert _found(Ward(name="Gia Thụy", city="01", council=None, officials=(OFFICER,)),
                  D(2022, 7, 1), "UG-COUNCIL-POST-BODY") == [(
        "error", "officials[0].post", "Ngô Văn Hội is listed in the People's Committee as "
        "Vice-Chair of the People's Council (Phó Chủ tịch Hội đồng nhân dân); Phường Gia Thụy "
        "has no People's Council (HĐND) on 2022-07-01, so there is no such council post",
        "điểm b khoản 1 Điều 1 Nghị quyết 97/2019/QH14",
        {"post": "council_vice_chair", "council": False})]
    assert _found(Ward(name="Gia Thụy", city="01", council=None, officials=(OFFICER,)),
                  None, "UG-COUNCIL-POST-BODY") == []


def test_the_standing_committee_sits_apart_from_the_committee() -> None:
    """``council.x_standing_apart__mutmut_*``: the council's Chair may not also be the
    committee's Chairman (Luật 72/2025 Điều 29 k.2); a committee deputy head, or one whose
    committee post has ended, may."""
    same = _elected("Lê Văn Kiêm", Post.CHAIR)
    ended = Official("Lê Văn Kiêm", Post.CHAIR, Period(D(2025, 7, 1), D(2025, 12, 1)))
    deputy = _elected("Lê Văn Kiêm", Post.COUNCIL_COMMITTEE_DEPUTY)
    council_chair = _elected("Lê Văn Kiêm", Post.COUNCIL_CHAIR)
    assert _found(Ward(name="Ba Đình", city="01", officials=(same,), council=PeoplesCouncil(
        officials=(_elected("Đỗ Văn Khác", Post.COUNCIL_VICE_CHAIR), council_chair))),
        D(2026, 1, 1), "UG-COUNCIL-STANDING-APART") == [(
            "error", "council.officials[1]", "Lê Văn Kiêm is Chair of the People's Council "
            "and also holds the People's Committee post of Chairman of the People's Committee "
            "on 2026-01-01; the council's Standing Committee may not sit on the People's "
            "Committee", "khoản 2 Điều 29 Luật 72/2025/QH15", {"official": "Lê Văn Kiêm"})]
    for committee, council in ((same, deputy), (ended, council_chair)):
        assert _found(Ward(name="Ba Đình", city="01", officials=(committee,),
                           council=PeoplesCouncil(officials=(council,))),
                      D(2026, 1, 1), "UG-COUNCIL-STANDING-APART") == []


def test_a_council_has_no_more_vice_chairs_than_the_law_allows() -> None:
    """``council.x_council_vice_chairs__mutmut_*``, ``council.x_cap_for__mutmut_*``: from
    the 2026–2031 term a commune council has one Vice-Chair, Hà Nội's council two, by its
    GSO code (NQ 106/2025/UBTVQH15)."""
    def vice_chairs(n: int) -> tuple[Official, ...]:
        return tuple(_elected(f"Phó {i}", Post.COUNCIL_VICE_CHAIR) for i in range(n))

    ward = Ward(name="Ba Đình", city="01", council=PeoplesCouncil(officials=(
        _elected("Chủ tịch", Post.COUNCIL_CHAIR), *vice_chairs(2))))
    assert _found(ward, D(2026, 6, 1), "UG-COUNCIL-VICE-CHAIR-CAP") == [(
        "error", "council.officials", "2 Vice-Chairs of the People's Council in office on "
        "2026-06-01; the law allows 1", "Nghị quyết 106/2025/UBTVQH15", {"count": 2, "cap": 1})]
    assert _found(Ward(name="Ba Đình", city="01", council=PeoplesCouncil(
        officials=vice_chairs(1))), D(2026, 6, 1), "UG-COUNCIL-VICE-CHAIR-CAP") == []
    expected = [("error", "council.officials", "3 Vice-Chairs of the People's Council in "
                 "office on 2026-06-01; the law allows 2", "Nghị quyết 106/2025/UBTVQH15",
                 {"count": 3, "cap": 2})]
    for hanoi in (City(name="Hà Nội", city="01", council=PeoplesCouncil(
            officials=vice_chairs(3))), City(name="Hà Nội", code="01", council=PeoplesCouncil(
            officials=vice_chairs(3)))):
        assert _found(hanoi, D(2026, 6, 1), "UG-COUNCIL-VICE-CHAIR-CAP") == expected
    assert _found(City(name="Hà Nội", city="01", council=PeoplesCouncil(
        officials=vice_chairs(2))), D(2026, 6, 1), "UG-COUNCIL-VICE-CHAIR-CAP") == []
    assert _found(City(name="Hà Nội", council=PeoplesCouncil(officials=vice_chairs(3))),
                  D(2026, 6, 1), "UG-COUNCIL-VICE-CHAIR-CAP") == []


def test_a_provisional_council_only_where_the_law_allows_one() -> None:
    """``council.x_provisional__mutmut_*``: a provisional People's Council (Luật 72/2025
    Điều 53 k.2 đ.b) in a ward on 2026-06-01, after the 2026–2031 councils met, or in a
    commune, is an error; a council not provisional is not."""
    expected = "điểm b khoản 2 Điều 53 Luật 72/2025/QH15"
    assert _found(Ward(name="Ba Đình", code="00004", city="01",
                       council=PeoplesCouncil(provisional=True)), D(2026, 6, 1),
                  "UG-COUNCIL-PROVISIONAL") == [(
        "error", "council.provisional", "Phường Ba Đình's People's Council is recorded as "
        "provisional on 2026-06-01, but the law in force allows none here", expected,
        {"provisional": True})]
    assert _found(Ward(name="Ba Đình", code="00004", city="01",
                       council=PeoplesCouncil(provisional=True)), D(2025, 8, 1),
                  "UG-COUNCIL-PROVISIONAL") == []
    assert _found(Ward(name="Ba Đình", code="00004", city="01", council=PeoplesCouncil()),
                  D(2026, 6, 1), "UG-COUNCIL-PROVISIONAL") == []
    assert _found(Ward(name="Sóc Sơn", kind="xa", city="01",
                       council=PeoplesCouncil(provisional=True)), D(2025, 8, 1),
                  "UG-COUNCIL-PROVISIONAL")[0][1] == "council.provisional"


def test_a_council_term_lasts_no_more_than_five_years() -> None:
    """``council.x_council_term__mutmut_*``: a term recorded from 2026-04-20 to past
    2031-04-19 is longer than five years (Luật 72/2025 Điều 5 k.4); to 2031-04-19, or with
    no end, it is not."""
    def ward(term: Period | None) -> Ward:
        return Ward(name="Ba Đình", city="01", council=PeoplesCouncil(term=term))

    assert _found(ward(Period(D(2026, 4, 20), D(2031, 4, 21))), D(2026, 6, 1),
                  "UG-COUNCIL-TERM") == [(
        "error", "council.term", "the council's term is recorded as 2026-04-20 → 2031-04-20, "
        "longer than 5 years (to 2031-04-19)", "khoản 4 Điều 5 Luật 72/2025/QH15",
        {"end": D(2031, 4, 21), "limit": D(2031, 4, 20)})]
    for term in (Period(D(2026, 4, 20), D(2031, 4, 20)), Period(D(2026, 4, 20)), None):
        assert _found(ward(term), D(2026, 6, 1), "UG-COUNCIL-TERM") == []


def test_a_2026_council_first_met_within_45_days_of_the_election() -> None:
    """``council.x_first_session__mutmut_*``: the councils elected on 2026-03-15 first
    meet by 2026-04-29 (Luật 72/2025 Điều 34 k.1); a term that began before the election
    or from the next one (2031-03-15) is another council's."""
    def ward(start: dt.date) -> Ward:
        return Ward(name="Ba Đình", city="01", council=PeoplesCouncil(
            term=Period(start, start + dt.timedelta(days=1800))))

    assert _found(ward(D(2026, 4, 30)), D(2026, 6, 1), "UG-COUNCIL-FIRST-SESSION") == [(
        "error", "council.term", "the council elected on 2026-03-15 is recorded as first "
        "meeting on 2026-04-30, later than 45 days after the election (2026-04-29)",
        "khoản 1 Điều 34 Luật 72/2025/QH15",
        {"start": D(2026, 4, 30), "latest": D(2026, 4, 29)})]
    for start, day in ((D(2026, 4, 29), D(2026, 6, 1)), (D(2026, 3, 15), D(2026, 6, 1)),
                       (D(2021, 6, 1), D(2026, 1, 1)), (D(2031, 3, 15), D(2031, 6, 1))):
        assert _found(ward(start), day, "UG-COUNCIL-FIRST-SESSION") == [], start
    assert _found(ward(D(2031, 3, 14)), D(2031, 6, 1), "UG-COUNCIL-FIRST-SESSION")


def test_a_code_reused_later_does_not_warn_of_the_later_units_gaps() -> None:
    """Phật Tích (09349, Bắc Ninh) recorded on 2026-10-01: its code names a later unit
    (09349@2025-07-01) of a province whose data stops short of that day; judging the old
    unit says nothing of that gap (no CoverageWarning escapes UG-UNIT-EXISTS)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ug.validate(Ward(name="Phật Tích", code="09349", city="27"), on=D(2026, 10, 1))
