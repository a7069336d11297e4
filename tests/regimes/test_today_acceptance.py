"""Issue #13 and #14 (item 3), acceptance: the law as it stands today, through the
public API and the CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import attrs
import pytest

import urbangov as ug
from urbangov import Act, Authority, Post
from urbangov.authority import Basis
from urbangov.structure import (
    Appointment,
    City,
    Delegation,
    Official,
    PeoplesCouncil,
    Ward,
)
from urbangov.terms import AppointmentMethod
from urbangov.time import Period

D = dt.date
FORMED = D(2025, 7, 1)


def designated(name: str, post: Post) -> Official:
    return Official(name, post, Period(FORMED),
                    Appointment(Authority.CITY_COUNCIL_STANDING, "15/NQ-TTHĐND", FORMED))


def elected(name: str, post: Post, start: dt.date = FORMED) -> Official:
    return Official(name, post, Period(start), Appointment(
        Authority.OWN_COUNCIL, "2/NQ-HĐND", start, AppointmentMethod.ELECTED))


@pytest.fixture
def ba_dinh() -> Ward:
    """A Hà Nội ward formed on 2025-07-01: provisional council, designated leaders."""
    return Ward(name="Ba Đình", code="00004", city="01",
                council=PeoplesCouncil(provisional=True, officials=(
                    designated("Lê Thị Hội", Post.COUNCIL_CHAIR),
                    designated("Trần Văn Đồng", Post.COUNCIL_VICE_CHAIR))),
                officials=(designated("Nguyễn Văn Chủ", Post.CHAIR),
                           designated("Phạm Thị Phó", Post.VICE_CHAIR),
                           designated("Vũ Minh Phó", Post.VICE_CHAIR)))


def test_a_formed_ward_validates_in_august_2025(ba_dinh: Ward) -> None:
    dated = attrs.evolve(ba_dinh, as_of=D(2025, 8, 1))
    assert not ug.validate(dated).errors


def test_a_chair_appointed_by_the_city_chair_in_2026_is_rejected(ba_dinh: Ward) -> None:
    chair = Official("Nguyễn Văn Chủ", Post.CHAIR, Period(D(2026, 5, 1)),
                     Appointment(Authority.CITY_CHAIR, "99/QĐ-UBND", D(2026, 5, 1)))
    ward = attrs.evolve(ba_dinh, council=PeoplesCouncil(), officials=(chair,))
    with pytest.raises(ug.InvariantError) as caught:
        attrs.evolve(ward, as_of=D(2026, 6, 1))
    found = [v for v in caught.value.violations if v.code == "UG-APPOINTED-BY"]
    assert found and str(found[0].provision) == "khoản 2 Điều 36 Luật 72/2025/QH15"


def test_leaders_designated_in_2025_stay_lawful_in_2026(ba_dinh: Ward) -> None:
    ward = attrs.evolve(ba_dinh, council=PeoplesCouncil())
    assert not ug.validate(ward, on=D(2026, 6, 1)).errors


def test_a_provisional_council_ends_with_the_2026_2031_term(ba_dinh: Ward) -> None:
    report = ug.validate(ba_dinh, on=D(2026, 6, 1))
    assert "UG-COUNCIL-PROVISIONAL" in report.codes
    commune = Ward(name="Sóc Sơn", kind="xa", city="01", council=PeoplesCouncil(provisional=True))
    assert "UG-COUNCIL-PROVISIONAL" in ug.validate(commune, on=D(2025, 8, 1)).codes


AFTER_MERGER = D(2025, 12, 1)


def hcmc(vice_chairs: int, start: dt.date = AFTER_MERGER) -> City:
    return City(name="Hồ Chí Minh", code="79", city="79", officials=(
        elected("Chủ tịch", Post.CHAIR),
        *(elected(f"Phó Chủ tịch {i}", Post.VICE_CHAIR, start) for i in range(vice_chairs))))


def test_hcmc_has_at_most_eight_vice_chairs() -> None:
    with pytest.raises(ug.InvariantError) as caught:
        attrs.evolve(hcmc(9), as_of=D(2026, 1, 1))
    (v,) = [v for v in caught.value.violations if v.code == "UG-PROVINCE-VICE-CHAIR-CAP"]
    assert v.provision.instrument.identifier == "300/2025/NĐ-CP"
    attrs.evolve(hcmc(8), as_of=D(2026, 1, 1))
    # Nine in office since the merger are a surplus kept (Luật 72/2025 Điều 54 k.6).
    attrs.evolve(hcmc(9, FORMED), as_of=D(2026, 1, 1))


def commune(i: int, vice_chairs: int, city: str = "25") -> Ward:
    return Ward(name=f"Xã {i}", kind="xa", city=city, officials=(
        elected(f"Chủ tịch {i}", Post.CHAIR),
        *(elected(f"Phó {i}.{j}", Post.VICE_CHAIR) for j in range(vice_chairs))))


def test_the_commune_average_is_judged_across_the_province() -> None:
    # All 38 communes of Lai Châu, 23 with 3 Vice-Chairmen and 15 with 2: 99 / 38 > 2.5.
    province = City(name="Lai Châu", code="12", city="12", kind="tinh",
                    communes=tuple(commune(i, 3 if i < 23 else 2, "12") for i in range(38)))
    report = ug.validate(province, on=D(2026, 1, 1))
    (v,) = [v for v in report if v.code == "UG-COMMUNE-VICE-CHAIR-MEAN"]
    assert v.values["mean"] == 2.605
    assert str(v.provision) == "Điều 6 Nghị định 300/2025/NĐ-CP"
    with pytest.raises(ug.InvariantError):
        attrs.evolve(province, as_of=D(2026, 1, 1))
    # Each commune alone is lawful: the rule judges the aggregate, once, at the root.
    assert not ug.validate(commune(0, 3), on=D(2026, 1, 1)).errors
    lawful = attrs.evolve(province, communes=tuple(commune(i, 3 if i < 19 else 2, "12")
                                                   for i in range(38)))
    assert not ug.validate(lawful, on=D(2026, 1, 1)).errors
    # Before NĐ 300/2025 there was no such cap.
    assert "UG-COMMUNE-VICE-CHAIR-MEAN" not in ug.validate(province, on=D(2025, 11, 16)).codes


def test_a_city_holds_communes_directly_only_from_2025_07_01() -> None:
    city = City(name="Hà Nội", city="01", communes=(Ward(name="Sóc Sơn", kind="xa", city="01"),))
    assert not ug.validate(city, on=D(2025, 7, 1)).errors
    assert "UG-TWO-TIER-TREE" in ug.validate(city, on=D(2025, 6, 30)).codes


# ---- who may certify a copy in a ward of today ------------------------------------------


@pytest.fixture
def today_ward(ba_dinh: Ward) -> Ward:
    clerk = Official("Đỗ Thị Công Chức", Post.CIVIL_SERVANT, Period(D(2020, 1, 1)))
    return attrs.evolve(ba_dinh, council=PeoplesCouncil(),
                        officials=(*(ba_dinh.officials or ()), clerk))


def test_certifiers_on_2025_10_01_and_2025_12_01(today_ward: Ward) -> None:
    before = ug.who_may(Act.CERTIFY_COPY, today_ward, on=D(2025, 10, 1))
    assert {g.official.post for g in before} == {Post.CHAIR, Post.VICE_CHAIR}
    assert {str(g.provision) for g in before} == {"khoản 2 Điều 5 Nghị định 23/2015/NĐ-CP"}
    after = ug.who_may(Act.CERTIFY_COPY, today_ward, on=D(2025, 12, 1))
    assert [g.official.post for g in after] == [Post.CHAIR]
    assert str(after.grants[0].provision) == "khoản 2 Điều 1 Nghị định 280/2025/NĐ-CP"


def test_a_delegation_within_the_city_scope_confers_the_power(today_ward: Ward) -> None:
    delegation = Delegation("Nguyễn Văn Chủ", "Đỗ Thị Công Chức", {Act.CERTIFY_COPY},
                            Period(D(2025, 10, 1), D(2026, 1, 1)), "12/QĐ-UBND")
    ward = attrs.evolve(today_ward, delegations=(delegation,))
    answer = ug.who_may(Act.CERTIFY_COPY, ward, on=D(2025, 12, 1))
    assert [g.official.name for g in answer] == ["Nguyễn Văn Chủ", "Đỗ Thị Công Chức"]
    grant = answer.grants[1]
    assert grant.basis is Basis.DELEGATION
    assert str(grant.provision) == "khoản 8 Điều 14 Luật 72/2025/QH15"
    assert any("seal" in n for n in grant.notes)
    # Outside Hà Nội's scope (a signature is not delegable there), nothing is conferred.
    wider = attrs.evolve(ward, delegations=(attrs.evolve(delegation, acts={
        Act.CERTIFY_COPY, Act.CERTIFY_WILL}),))
    assert [g.official.post for g in ug.who_may(Act.CERTIFY_WILL, wider,
                                                 on=D(2025, 12, 1))] == [Post.CHAIR]


def test_with_nobody_recorded_the_posts_answer() -> None:
    ward = Ward(name="Ba Đình", city="01")
    answer = ug.who_may(Act.CERTIFY_COPY, ward, on=D(2025, 12, 1))
    assert not answer
    own = [p for p in answer.posts if p.basis is Basis.OWN_POWER]
    assert [(p.post, str(p.provision)) for p in own] == [
        (Post.CHAIR, "khoản 2 Điều 1 Nghị định 280/2025/NĐ-CP")]
    delegable = {p.post for p in answer.posts if p.basis is Basis.DELEGATION}
    assert Post.CIVIL_SERVANT in delegable
    assert "by post" in str(answer)
    before = ug.who_may(Act.CERTIFY_COPY, ward, on=D(2025, 10, 1))
    assert {p.post for p in before.posts if p.basis is Basis.OWN_POWER} == {
        Post.CHAIR, Post.VICE_CHAIR}


def test_the_chair_decides_what_is_not_on_the_collective_list(today_ward: Ward) -> None:
    answer = ug.who_may(Act.DECIDE_COMMITTEE_MATTER, today_ward, on=D(2026, 1, 1))
    assert [g.official.post for g in answer] == [Post.CHAIR]
    assert str(answer.grants[0].provision) == "khoản 16 Điều 23 Luật 72/2025/QH15"
    assert any("khoản 2 Điều 40" in r for r in answer.reasons)


def test_the_city_chair_may_dismiss_a_commune_chair(today_ward: Ward) -> None:
    chair = elected("Trần Sỹ Thanh", Post.CHAIR)
    city = City(name="Hà Nội", city="01", officials=(chair,), communes=(today_ward,))
    answer = ug.who_may(Act.DISMISS_WARD_CHAIR, city, on=D(2026, 1, 1), ward="Ba Đình")
    assert [g.official.name for g in answer] == ["Trần Sỹ Thanh"]
    assert str(answer.grants[0].provision) == "Điều 41 Luật 72/2025/QH15"


# ---- Issue #14 item 3: People's Council officers in every era ----------------------------


def test_a_2022_ward_listing_an_hdnd_vice_chair_is_rejected() -> None:
    ward = Ward(name="Gia Thụy", city="01", council=None, officials=(
        Official("Ngô Văn Hội", Post.COUNCIL_VICE_CHAIR, Period(D(2021, 7, 1))),))
    with pytest.raises(ug.InvariantError) as caught:
        attrs.evolve(ward, as_of=D(2022, 7, 1))
    (v,) = [v for v in caught.value.violations if v.code == "UG-COUNCIL-POST-BODY"]
    assert "People's Council" in v.message and "no People's Council" in v.message


def test_council_officers_are_judged_against_the_regime() -> None:
    officer = Official("Ngô Văn Hội", Post.COUNCIL_VICE_CHAIR, Period(D(2021, 7, 1)))
    ordinary = Ward(name="Phúc Xá", kind="xa", city="02",
                    council=PeoplesCouncil(officials=(officer,)))
    assert not ug.validate(ordinary, on=D(2022, 7, 1)).errors
    # An HĐND post is no UBND member, in an ordinary commune too.
    listed = attrs.evolve(ordinary, officials=(officer,))
    assert "UG-COUNCIL-POST-BODY" in ug.validate(listed, on=D(2022, 7, 1)).codes
    # A committee post on the council is no council post.
    wrong = attrs.evolve(ordinary, council=PeoplesCouncil(officials=(
        attrs.evolve(officer, post=Post.CHAIR),)))
    assert "UG-COUNCIL-POSTS" in ug.validate(wrong, on=D(2022, 7, 1)).codes


def test_the_standing_committee_sits_apart_from_the_committee() -> None:
    same = elected("Lê Văn Kiêm", Post.CHAIR)
    ward = Ward(name="Ba Đình", city="01", officials=(same,), council=PeoplesCouncil(
        officials=(elected("Lê Văn Kiêm", Post.COUNCIL_CHAIR),)))
    (v,) = [v for v in ug.validate(ward, on=D(2026, 1, 1))
            if v.code == "UG-COUNCIL-STANDING-APART"]
    assert str(v.provision) == "khoản 2 Điều 29 Luật 72/2025/QH15"


def test_one_commune_council_vice_chair_from_the_2026_term() -> None:
    ward = Ward(name="Ba Đình", city="01", council=PeoplesCouncil(officials=(
        elected("A", Post.COUNCIL_VICE_CHAIR), elected("B", Post.COUNCIL_VICE_CHAIR))))
    assert "UG-COUNCIL-VICE-CHAIR-CAP" in ug.validate(ward, on=D(2026, 6, 1)).codes
    assert "UG-COUNCIL-VICE-CHAIR-CAP" not in ug.validate(ward, on=D(2026, 1, 1)).codes


# ---- urbangov rules: every new rule with its provision per regime ------------------------


NEW_RULES = ("UG-COUNCIL-POSTS", "UG-COUNCIL-POST-BODY", "UG-COUNCIL-STANDING-APART",
             "UG-COUNCIL-VICE-CHAIR-CAP", "UG-COUNCIL-PROVISIONAL", "UG-COUNCIL-TERM",
             "UG-PROVINCE-VICE-CHAIR-CAP", "UG-COMMUNE-VICE-CHAIR-MEAN", "UG-TWO-TIER-TREE",
             "UG-COUNCIL-FIRST-SESSION", "UG-COUNCIL-DEPUTY-HEADS-MEAN")


def test_urbangov_rules_lists_the_new_rules(capsys: pytest.CaptureFixture[str]) -> None:
    from urbangov.cli import main

    main(["rules", "--format", "json"])
    listed = {r["code"]: r for r in json.loads(capsys.readouterr().out)}
    assert set(NEW_RULES) <= set(listed)
    main(["rules", "--regime", "two-tier-2026-2031"])
    out = capsys.readouterr().out
    assert "Điều 6 Nghị định 300/2025/NĐ-CP" in out
    assert "Nghị quyết 106/2025/UBTVQH15" in out


def test_aggregate_rules_run_once_at_the_root() -> None:
    assert {r.code for r in ug.rules() if r.scope == "aggregate"} == {
        "UG-COMMUNE-VICE-CHAIR-MEAN", "UG-COUNCIL-DEPUTY-HEADS-MEAN", "UG-REGIME-KNOWN"}


def test_a_2026_council_first_met_within_45_days() -> None:
    late = Ward(name="Ba Đình", city="01", council=PeoplesCouncil(
        term=Period(D(2026, 5, 5), D(2031, 5, 5))))
    (v,) = [v for v in ug.validate(late, on=D(2026, 6, 1))
            if v.code == "UG-COUNCIL-FIRST-SESSION"]
    assert str(v.provision) == "khoản 1 Điều 34 Luật 72/2025/QH15"
    in_time = attrs.evolve(late, council=PeoplesCouncil(term=Period(D(2026, 4, 20),
                                                                     D(2031, 4, 20))))
    assert not ug.validate(in_time, on=D(2026, 6, 1)).errors


def test_deputy_heads_average_two_per_committee_across_the_province() -> None:
    def with_deputies(i: int, n: int) -> Ward:
        return Ward(name=f"Xã {i}", kind="xa", city="25", council=PeoplesCouncil(officials=tuple(
            elected(f"Phó ban {i}.{j}", Post.COUNCIL_COMMITTEE_DEPUTY) for j in range(n))))

    # two committees per commune: 4 deputies each is the average cap; 5 is above it. The
    # average runs over all 148 communes of Phú Thọ: the unlisted ones count as none.
    ok = City(name="Phú Thọ", city="25", communes=tuple(with_deputies(i, 4) for i in range(148)))
    assert not ug.validate(ok, on=D(2026, 6, 1)).errors
    over = attrs.evolve(ok, communes=(with_deputies(0, 5), *ok.communes[1:]))
    assert "UG-COUNCIL-DEPUTY-HEADS-MEAN" in ug.validate(over, on=D(2026, 6, 1)).codes


def test_cli_who_may_in_a_ward_of_today(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    from urbangov.cli import main

    path = tmp_path / "ba_dinh.toml"
    path.write_text('format_version = 1\nas_of = 2025-12-01\n\n[ward]\nname = "Ba Đình"\n'
                    'kind = "phuong"\ncity = "Hà Nội"\n', encoding="utf-8")
    assert main(["who-may", "certify-copy", "--file", str(path)]) == 0
    out = capsys.readouterr().out
    assert "by post" in out and "khoản 2 Điều 1 Nghị định 280/2025/NĐ-CP" in out
    assert "Vice-Chairman" not in out
    assert main(["who-may", "certify-copy", "--file", str(path), "--on", "2025-10-01",
                 "--format", "json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert {p["post"] for p in answer["posts"]} >= {"chair", "vice_chair"}
    assert {p["provision"] for p in answer["posts"] if p["basis"] == "own_power"} == {
        "khoản 2 Điều 5 Nghị định 23/2015/NĐ-CP"}


def test_a_province_that_ceased_is_refused_on_a_later_day() -> None:
    """Bình Dương went into Thành phố Hồ Chí Minh on 2025-07-01 (khoản 16 Điều 1 Nghị
    quyết 202/2025/QH15): a structure of it dated 2026 describes no unit, whether it
    records its own code as its city, only its code, or the city it went into (a province
    lies in itself, whatever its structure records)."""
    import datetime as dt

    import urbangov as ug

    for city in ("74", None, "79"):
        province = ug.City(name="Bình Dương", kind="tinh", code="74", city=city)
        found = [v for v in ug.validate(province, on=dt.date(2026, 1, 1))
                 if v.code == "UG-UNIT-EXISTS"]
        assert len(found) == 1 and "ceased on 2025-07-01" in found[0].message
        assert "202/2025/QH15" in str(found[0].provision)
        assert not ug.validate(province, on=dt.date(2025, 6, 30)).codes
