"""The examiner's findings on 2016-01-01 … 2025-06-30 (hist26: D2, D3, D4, D7, D11).

Each test failed before its fix.  The law, with the source found for it:

- D2: Luật 77/2015/QH13 as passed capped Vice-Chairmen itself from 2016-01-01 (infonet
  19/6/2015: special 5, province I 4, II/III 3; district I 3, II/III 2; commune I 2,
  II/III 1); Điều 34 is the xã committee's article (locbinh.thuathienhue.gov.vn).
- D3: NĐ 08/2016/NĐ-CP Điều 6 (approval of the election, tintuc.thuvienphapluat 12397),
  Luật 77/2015 Điều 124 k.1–2 (transfer, dismissal: luathoanganh, thuvienphapluat
  48994), NĐ 08/2016 Điều 15 k.1–2 (thuvienphapluat 2E274).
- D4: QĐ 77/2006/QĐ-TTg Điều 2: each commune committee issues its own working rules
  (luatminhkhue, full text).
- D7: Luật 77/2015 Điều 3 k.3 a: Hà Nội and TP Hồ Chí Minh are the special class; NĐ
  08/2016 Điều 7: the other centrally-run cities at most 4 Vice-Chairmen.
"""

from __future__ import annotations

import datetime as dt

import pytest

import urbangov as ug
from urbangov import Appointment, Authority, City, District, Official, Period, Post, Ward
from urbangov.regimes import Fact
from urbangov.terms import AppointmentMethod, UnitClass
from urbangov.terms import UnitKind as K

D = dt.date
EARLY = D(2016, 2, 1)  # Luật 77/2015 in force, NĐ 08/2016 not yet
ELECTED = Appointment(Authority.OWN_COUNCIL, method=AppointmentMethod.ELECTED)


def _leaders(vices: int) -> tuple[Official, ...]:
    start = D(2016, 1, 10)
    chair = Official("Chủ tịch", Post.CHAIR, Period(start), ELECTED)
    return (chair, *(Official(f"Phó {i}", Post.VICE_CHAIR, Period(start), ELECTED)
                     for i in range(vices)))


def _caps(unit: ug.Unit, on: dt.date) -> list[ug.Violation]:
    return [v for v in ug.validate(unit, on=on) if v.code == "UG-VICE-CHAIR-CAP"]


# -- D2: the law's own caps before NĐ 08/2016 --------------------------------------------

@pytest.mark.parametrize(("kind", "cls", "lawful", "provision"), [
    (K.PHUONG, "III", 1, "Luật 77/2015/QH13"),
    (K.PHUONG, "II", 1, "Luật 77/2015/QH13"),
    (K.PHUONG, "I", 2, "Luật 77/2015/QH13"),
    (K.THI_TRAN, "II", 1, "Luật 77/2015/QH13"),
    (K.XA, "II", 1, "Điều 34 Luật 77/2015/QH13"),
])
def test_a_commune_in_early_2016_is_capped_by_the_law_itself(
        kind: K, cls: str, lawful: int, provision: str) -> None:
    ward = Ward(name="Thử", kind=kind, city="31", unit_class=cls,
                council=ug.PeoplesCouncil(), officials=_leaders(lawful))
    assert _caps(ward, EARLY) == []
    over = _caps(Ward(name="Thử", kind=kind, city="31", unit_class=cls,
                      council=ug.PeoplesCouncil(), officials=_leaders(lawful + 1)), EARLY)
    assert [(v.severity, str(v.provision)) for v in over] == [(ug.Severity.ERROR, provision)]


def test_districts_provinces_and_cities_in_early_2016() -> None:
    regime = ug.regime_for(K.THANH_PHO, on=EARLY, city="48")
    assert regime.key == "ordinary-2016-01"
    special, one, two, three = UnitClass.DAC_BIET, UnitClass.I, UnitClass.II, UnitClass.III
    assert regime.explain(Fact.MAX_VICE_CHAIRS, K.THANH_PHO).value == {
        special: 5, one: 4, two: 3, three: 3}
    assert regime.explain(Fact.MAX_VICE_CHAIRS, K.TINH).value == {one: 4, two: 3, three: 3}
    for kind in (K.QUAN, K.HUYEN, K.THI_XA):
        assert regime.explain(Fact.MAX_VICE_CHAIRS, kind).value == {one: 3, two: 2, three: 2}
    assert regime.max_vice_chairs(City(name="Hồ Chí Minh", code="79")) == 5
    assert regime.max_vice_chairs(City(name="Đà Nẵng", code="48", unit_class="I")) == 4
    district = District(name="Thử", kind=K.QUAN, city="31", unit_class="II",
                        council=ug.PeoplesCouncil(), officials=_leaders(3))
    assert [str(v.provision) for v in _caps(district, EARLY)] == ["Luật 77/2015/QH13"]
    hcmc = City(name="Hồ Chí Minh", code="79", council=ug.PeoplesCouncil(),
                officials=_leaders(6))
    assert [v.values["cap"] for v in _caps(hcmc, EARLY)] == [5]


def test_no_pilot_regime_governs_early_2016() -> None:
    """The pilots began on 2021-07-01: in early 2016 every unit of the three cities is
    under the ordinary regime and its caps."""
    for city in ("01", "79", "48"):
        for kind in (K.PHUONG, K.QUAN, K.THANH_PHO):
            regime = ug.regime_for(kind, on=EARLY, city=city)
            assert regime.key == "ordinary-2016-01"
            assert regime.fact(Fact.MAX_VICE_CHAIRS, kind) is not None


# -- D3: approval and removal by the level above ----------------------------------------

@pytest.mark.parametrize(("day", "approved", "removed"), [
    (EARLY, "Luật 77/2015/QH13", "khoản 2 Điều 124 Luật 77/2015/QH13"),
    (D(2016, 3, 10), "Điều 6 Nghị định 08/2016/NĐ-CP", "khoản 2 Điều 124 Luật 77/2015/QH13"),
    (D(2020, 6, 30), "Điều 6 Nghị định 08/2016/NĐ-CP", "khoản 2 Điều 124 Luật 77/2015/QH13"),
    (D(2025, 2, 28), "Điều 6 Nghị định 08/2016/NĐ-CP", "khoản 2 Điều 124 Luật 77/2015/QH13"),
    (D(2025, 3, 1), "Điều 6 Nghị định 08/2016/NĐ-CP", "Điều 15 Nghị định 08/2016/NĐ-CP"),
    (D(2025, 6, 30), "Điều 6 Nghị định 08/2016/NĐ-CP", "Điều 15 Nghị định 08/2016/NĐ-CP"),
])
def test_the_level_above_approves_and_may_dismiss(day: dt.date, approved: str,
                                                  removed: str) -> None:
    for kind, above in ((K.PHUONG, Authority.PARENT_CHAIR), (K.XA, Authority.PARENT_CHAIR),
                        (K.HUYEN, Authority.PARENT_CHAIR),
                        (K.THANH_PHO, Authority.PRIME_MINISTER),
                        (K.TINH, Authority.PRIME_MINISTER)):
        regime = ug.regime_for(kind, on=day, city="31")
        assert regime.key.startswith("ordinary")
        approval = regime.explain(Fact.CHAIR_APPROVED_BY, kind)
        removal = regime.explain(Fact.LEADERS_REMOVED_BY, kind)
        assert (approval.value, str(approval.provision)) == ((above,), approved)
        assert (removal.value, str(removal.provision)) == ((above,), removed)
        assert regime.explain(Fact.COUNCIL_RELIEVES_LEADERS, kind).value is True


def _district_with_ward(day: dt.date) -> District:
    ward_chair = Official("Chủ tịch phường", Post.CHAIR, Period(D(2016, 7, 1)), ELECTED)
    district_chair = Official("Chủ tịch quận", Post.CHAIR, Period(D(2016, 7, 1)), ELECTED)
    ward = Ward(name="Máy Tơ", code="11500", city="31", council=ug.PeoplesCouncil(),
                officials=(ward_chair,))
    return District(name="Ngô Quyền", code="304", kind=K.QUAN, city="31",
                    council=ug.PeoplesCouncil(), officials=(district_chair,), wards=(ward,))


@pytest.mark.parametrize("act", ["dismiss-ward-chair", "dismiss-ward-vice-chair"])
def test_the_district_chairman_may_dismiss_a_ward_leader(act: str) -> None:
    day = D(2020, 6, 30)
    answer = ug.who_may(act, _district_with_ward(day), on=day, ward="Máy Tơ")
    assert [(g.official.name, str(g.provision)) for g in answer] == [
        ("Chủ tịch quận", "khoản 2 Điều 124 Luật 77/2015/QH13")]
    assert any("relieves" in r and "People's Council of the ward" in r
               for r in answer.reasons)
    assert any("approved (phê chuẩn)" in r and "Điều 6 Nghị định 08/2016/NĐ-CP" in r
               for r in answer.reasons)


def test_the_election_of_a_ward_chairman_is_approved_by_the_district_chairman() -> None:
    day = D(2020, 6, 30)
    answer = ug.who_may("appoint-ward-chair", _district_with_ward(day), on=day,
                        ward="Máy Tơ")
    assert not answer  # the ward's council elects: no single official appoints
    assert any("election is approved (phê chuẩn) by the Chairman" in r
               and "Điều 6 Nghị định 08/2016/NĐ-CP" in r for r in answer.reasons)


# -- D4: working rules, and what the library does not know ------------------------------

def test_an_ordinary_commune_committee_issues_its_own_working_rules() -> None:
    ward = Ward(name="Máy Tơ", code="11500", city="31", officials=_leaders(1))
    answer = ug.who_may("issue-working-rules", ward, on=D(2019, 1, 1))
    assert [(g.official.name, str(g.provision)) for g in answer] == [
        ("Chủ tịch", "Điều 2 Quyết định 77/2006/QĐ-TTg")]
    assert any("issues its own working rules" in n for g in answer for n in g.notes)


def test_working_rules_issued_by_another_body_cite_the_model_decision() -> None:
    """Kills ``working_rules.x_issuer__mutmut_44``/``_66`` now that two regimes state the
    issuer on one day (QĐ 2696/QĐ-UBND in a Hà Nội pilot ward, QĐ 77/2006/QĐ-TTg in an
    ordinary one): each finding cites its own regime's provision."""
    rules = (ug.WorkingRule(Post.VICE_CHAIR, D(2022, 1, 1), "1/QĐ-UBND"),
             ug.WorkingRule(ug.Office("Phường Không Có", post=Post.CHAIR), D(2022, 1, 1)))
    ward = Ward(name="Máy Tơ", code="11500", city="31", council=ug.PeoplesCouncil(),
                working_rules=rules)
    found = [(v.severity, str(v.provision)) for v in ug.validate(ward, on=D(2022, 7, 1))
             if v.code == "UG-RULES-ISSUER"]
    assert found == [(ug.Severity.ERROR, "Điều 2 Quyết định 77/2006/QĐ-TTg"),
                     (ug.Severity.WARNING, "Điều 2 Quyết định 77/2006/QĐ-TTg")]


@pytest.mark.parametrize(("act", "structure"), [
    ("hold-dialogue", Ward(name="Phúc Xá", code="00001", city="01")),
    ("certify-copy", District(name="Ba Đình", code="001", kind=K.QUAN, city="01")),
])
def test_an_act_the_regime_does_not_encode_is_not_known_not_refused(
        act: str, structure: ug.Unit) -> None:
    answer = ug.who_may(act, structure, on=D(2019, 1, 1))
    assert not answer and answer.known is False
    assert not any(r.startswith("No one may") for r in answer.reasons)
    assert answer.reasons[0].startswith("Not known: the library does not encode")
    assert "not known (not encoded in the library)" in str(answer)
    assert "nobody" not in str(answer)


# -- D7: a centrally-run city's cap follows its code --------------------------------------

def _city(code: str, vices: int, **fields: object) -> City:
    return City(name="Thử", code=code, council=ug.PeoplesCouncil(),
                officials=_leaders(vices), **fields)  # type: ignore[arg-type]


def test_da_nang_recorded_as_special_class_is_capped_at_four() -> None:
    found = _caps(_city("48", 5, unit_class="dac_biet"), D(2019, 1, 1))
    assert [(v.path, v.severity, v.values.get("cap")) for v in found] == [
        ("unit_class", ug.Severity.ERROR, None), ("officials", ug.Severity.ERROR, 4)]
    assert str(found[0].provision) == "điểm a khoản 3 Điều 3 Luật 77/2015/QH13"
    assert str(found[1].provision) == "Điều 7 Nghị định 08/2016/NĐ-CP"
    assert _caps(_city("48", 4, unit_class="I"), D(2019, 1, 1)) == []
    assert [v.values["cap"] for v in _caps(_city("48", 5), D(2019, 1, 1))] == [4]


def test_ha_noi_with_its_class_unrecorded_is_special() -> None:
    assert _caps(_city("01", 5), D(2019, 1, 1)) == []
    assert [v.values["cap"] for v in _caps(_city("01", 6), D(2019, 1, 1))] == [5]
    wrong = _caps(_city("79", 5, unit_class="I"), D(2019, 1, 1))
    assert [(v.path, v.severity) for v in wrong] == [("unit_class", ug.Severity.ERROR)]


def test_after_luat_77_the_class_finding_cites_the_cap_decree() -> None:
    found = _caps(_city("31", 4, unit_class="dac_biet"), D(2025, 4, 1))
    assert [(v.path, str(v.provision)) for v in found] == [
        ("unit_class", "Điều 7 Nghị định 08/2016/NĐ-CP")]


# -- D11: a delegation the regime does not encode --------------------------------------

def test_a_delegation_under_a_regime_that_does_not_encode_it_is_not_known() -> None:
    chair = Official("C", Post.CHAIR, Period(D(2024, 1, 1)),
                     Appointment(Authority.PARENT_CHAIR, "1/QĐ-UBND"))
    clerk = Official("T", Post.TU_PHAP_HO_TICH, Period(D(2014, 3, 1)))
    ward = Ward(name="Gia Thụy", code="00130", city="01", officials=(chair, clerk),
                delegations=(ug.Delegation("C", "T", {ug.Act.CERTIFY_COPY},
                                           Period.through(D(2024, 7, 1), D(2025, 6, 30)),
                                           "2/QĐ-UBND"),))
    assert not [v for v in ug.validate(ward, on=D(2025, 3, 1))
                if v.code.startswith("UG-DELEG")]
    answer = ug.who_may("certify-copy", ward, on=D(2025, 3, 1))
    assert [g.official.name for g in answer] == ["C"]
    assert not any("provides no delegation" in r for r in answer.reasons)
    assert any("confers nothing the library can confirm" in r and "not known" in r
               for r in answer.reasons)


def test_the_command_line_says_not_known(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from urbangov.cli import main

    argv = ["who-may", "hold-dialogue", "--ward", "Phúc Xá", "--province", "01",
            "--on", "2019-01-01"]
    assert main(argv) == 1
    out = capsys.readouterr().out
    assert "not known (not encoded in the library)" in out and "nobody" not in out
    assert main([*argv, "--format", "json"]) == 1
    assert json.loads(capsys.readouterr().out)["known"] is False
    assert main(["who-may", "issue-working-rules", *argv[2:], "--format", "json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["known"] is True
    assert [p["provision"] for p in answer["posts"]] == ["Điều 2 Quyết định 77/2006/QĐ-TTg"]


# -- D8: class-II communes once their 2021–2026 council has met ---------------------------

def test_a_class_ii_ward_whose_new_council_met_in_june_2021_may_have_two() -> None:
    """The examiner's case: the council's term began on 2021-06-25 and it elected two
    Vice-Chairmen; Luật 47/2019 kept one only until the 2021–2026 councils were elected
    (2021-05-23)."""
    start = D(2021, 6, 25)
    officials = (Official("C", Post.CHAIR, Period(start), ELECTED),
                 *(Official(f"V{i}", Post.VICE_CHAIR, Period(start), ELECTED)
                   for i in range(2)))
    new = Ward(name="Thử", city="31", unit_class="II", officials=officials,
               council=ug.PeoplesCouncil(term=Period(start)))
    assert _caps(new, D(2021, 6, 28)) == []
    regime = ug.regime_for(K.PHUONG, on=D(2021, 6, 28), city="31")
    cited = regime.explain(Fact.NEW_COUNCIL_VICE_CHAIR_CAPS, K.PHUONG)
    assert cited.value[0] == D(2021, 5, 23)
    old = Ward(name="Thử", city="31", unit_class="II", officials=officials,
               council=ug.PeoplesCouncil())
    assert [v.values["cap"] for v in _caps(old, D(2021, 6, 28))] == [1]
