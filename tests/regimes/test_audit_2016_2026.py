"""Findings of the legal audit of 2026-12-02, each against the legal reference."""

from __future__ import annotations

import datetime as dt

import pytest

import urbangov as ug
from urbangov import Fact, Post
from urbangov import UnitClass as C
from urbangov import UnitKind as K
from urbangov.structure import Official
from urbangov.time import Period


@pytest.mark.parametrize(("unit_class", "cap"), [(C.I, 4), (C.II, 3), (C.III, 3)])
def test_a_province_has_at_most_four_vice_chairs_of_class_i_and_three_else(
        unit_class: C, cap: int) -> None:
    # NAT-4 (legal-reference.md §3.2): Province I ≤4; II, III ≤3 (NĐ 08/2016 Điều 7)
    vices = tuple(Official(f"Phó {i}", Post.VICE_CHAIR, Period(dt.date(2021, 7, 1)))
                  for i in range(cap + 1))
    province = ug.City.draft(name="Hải Dương", code="30", city="30", kind=K.TINH,
                             unit_class=unit_class, as_of="2022-07-01", officials=vices)
    found = [v for v in ug.validate(province) if v.code == "UG-VICE-CHAIR-CAP"]
    assert [(v.severity, v.values["cap"]) for v in found] == [(ug.Severity.ERROR, cap)]
    lawful = ug.City.draft(name="Hải Dương", code="30", city="30", kind=K.TINH,
                           unit_class=unit_class, as_of="2022-07-01", officials=vices[:cap])
    assert [v for v in ug.validate(lawful) if v.code == "UG-VICE-CHAIR-CAP"] == []


def test_only_a_centrally_run_city_council_has_an_urban_committee() -> None:
    # H2 (legal-reference-2025-2026.md §2.6): Ban Đô thị in a city's council only
    city = ug.regime_for(K.THANH_PHO, on="2026-12-01", city="48")
    province = ug.regime_for(K.TINH, on="2026-12-01", city="12")
    assert "Ban Đô thị" in city.explain(Fact.COUNCIL_COMMITTEES, K.THANH_PHO).value
    assert "Ban Đô thị" not in province.explain(Fact.COUNCIL_COMMITTEES, K.TINH).value


def test_the_no_onward_delegation_note_cites_its_own_clause() -> None:
    # U2, U4: written with a term (L72 Điều 14 k.2); no sub-delegation (k.5)
    answer = ug.who_may("certify-copy", ug.data.city("Hà Nội", on="2026-12-01"),
                        on="2026-12-01", ward="Ba Đình")
    notes = [n for p in answer.posts for n in p.notes if "re-delegated" in n]
    assert notes and all(n == "written, for a set term (khoản 2 Điều 14 Luật 72/2025/QH15), "
                         "never re-delegated (khoản 5 Điều 14 Luật 72/2025/QH15)"
                         for n in notes)


def test_a_delegation_where_the_scope_is_not_recorded_says_so() -> None:
    # U1, U5: a commune Chairman may delegate to civil servants (L72 Điều 14 k.1) within
    # the scope the provincial council sets (k.8), which the library does not record
    chair = Official("A", Post.CHAIR, Period(dt.date(2026, 4, 1)))
    servant = Official("B", Post.CIVIL_SERVANT, Period(dt.date(2025, 7, 1)))
    ward = ug.Ward(name="Bình Lư", code="03390", kind=K.XA, city="12", as_of="2026-12-01",
                   officials=(chair, servant), delegations=(ug.Delegation(
                       "A", "B", {ug.Act.CERTIFY_COPY},
                       Period(dt.date(2026, 5, 1), dt.date(2026, 12, 31)), "1/QĐ-UBND"),))
    answer = ug.who_may("certify-copy", ward, on="2026-12-01")
    assert [o.name for o in answer.officials] == ["A"]
    assert any("scope the People's Council of the city or province sets (khoản 8 Điều 14 "
               "Luật 72/2025/QH15), which the library does not record" in r
               for r in answer.reasons)
    assert not any("provides no delegation" in r for r in answer.reasons)


def test_under_head_of_agency_the_chairman_decides_though_no_one_is_named() -> None:
    # 2.x (legal-reference.md): the pilot ward People's Committee works under its Chairman
    answer = ug.who_may("decide-committee-matter", ug.data.city("Hà Nội", on="2022-07-01"),
                        on="2022-07-01", ward="Gia Thụy")
    assert [p.post for p in answer.posts] == [Post.CHAIR]
    assert answer.officials == ()
