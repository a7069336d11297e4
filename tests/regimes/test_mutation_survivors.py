"""Tests that kill the mutants of the rules and regimes that survived the targeted suite.

Each test pins a legal outcome (or the text that cites it) that a surviving mutant of
``python tools/mutation.py`` changed without any test noticing; the mutant's name is in
the test's docstring.
"""

from __future__ import annotations

import datetime as dt

import attrs

import urbangov as ug
from urbangov.regimes import regimes
from urbangov.structure import Appointment, Official, Ward
from urbangov.terms import Authority, Post, UnitClass, UnitKind
from urbangov.time import Period

PILOT_DAY = dt.date(2022, 7, 1)


def _codes(ward: Ward, on: dt.date = PILOT_DAY) -> set[str]:
    return {v.code for v in ug.validate(ward, on=on)}


def _ward(*officials: Official, unit_class: UnitClass = UnitClass.UNKNOWN) -> Ward:
    return Ward(name="Gia Thụy", code="00130", city="01", council=None,
                unit_class=unit_class, officials=officials)


def test_a_term_counts_from_the_decisions_effect_not_the_tenure_start() -> None:
    """Kills officials.x_term_end__mutmut_2 (the appointment's effective day ignored)."""
    tenure = Period(dt.date(2021, 7, 1), dt.date(2026, 12, 1))
    counted_from_decision = Official("Nguyễn Văn A", Post.CHAIR, tenure, Appointment(
        Authority.PARENT_CHAIR, effective=dt.date(2022, 1, 1)))
    counted_from_tenure = attrs.evolve(counted_from_decision,
                                       appointment=Appointment(Authority.PARENT_CHAIR))
    assert "UG-TERM" not in _codes(_ward(counted_from_decision))
    assert "UG-TERM" in _codes(_ward(counted_from_tenure))


def test_a_recorded_class_sets_the_vice_chair_cap() -> None:
    """Kills _model.Regime.max_vice_chairs mutants that drop the unit's own class."""
    regime = ug.regime_for(UnitKind.PHUONG, on=PILOT_DAY, city="01")
    caps = regime.explain(ug.Fact.MAX_VICE_CHAIRS, UnitKind.PHUONG).value
    assert caps[UnitClass.III] < max(caps.values())
    assert regime.max_vice_chairs(_ward(unit_class=UnitClass.III)) == caps[UnitClass.III]
    assert regime.max_vice_chairs(_ward()) == max(caps.values())
    # a kind alone has no class: the largest cap of the classes it can have
    assert regime.max_vice_chairs(UnitKind.PHUONG) == max(caps.values())
    assert regime.max_vice_chairs(UnitKind.PHUONG, UnitClass.III) == caps[UnitClass.III]


def test_unit_rules_cite_article_2_of_the_local_government_law() -> None:
    """Kills units.x__units_article mutants (the article of Luật 77/2015/QH13 lost)."""
    by_code = {r.code: r for r in ug.rules()}
    for code in ("UG-CONTEXT", "UG-KIND-NESTING"):
        assert str(by_code[code].provision) == "Điều 2 Luật 77/2015/QH13"


def test_a_regime_rebuilt_answers_as_before() -> None:
    """Kills _model.Regime.__attrs_post_init__ mutants (its index by kind), which run
    only when a regime is built: the tables are built at import."""
    for regime in regimes():
        again = attrs.evolve(regime)
        assert again.kinds == regime.kinds
        for (fact, kind), cited in regime.facts.items():
            assert again.governs(kind)
            assert again.fact(fact, kind) is cited


def test_a_cited_answer_reads_with_its_value_provision_and_confidence() -> None:
    """Kills _model._show and Cited.__str__ mutants (how explain() answers read)."""
    regime = ug.regime_for(UnitKind.PHUONG, on=PILOT_DAY, city="01")
    caps = regime.explain(ug.Fact.MAX_VICE_CHAIRS, UnitKind.PHUONG)
    shown = ", ".join(f"{c.english}: {n}" for c, n in caps.value.items())
    assert str(caps) == f"{shown} ({caps.provision}; {caps.confidence.value})"
    council = regime.explain(ug.Fact.HAS_COUNCIL, UnitKind.PHUONG)
    assert str(council) == f"False ({council.provision}; {council.confidence.value})"
    for reg in regimes():
        for _fact, _kind, cited in reg.rows():
            text = str(cited)
            assert text.endswith(f"({cited.provision}; {cited.confidence.value})")
            value = text[:-len(f" ({cited.provision}; {cited.confidence.value})")]
            if isinstance(cited.value, frozenset):
                parts = sorted(getattr(v, "english", str(v)) for v in cited.value)
                assert value == (", ".join(parts) or "none")
            elif isinstance(cited.value, dt.date):
                assert value == cited.value.isoformat()
            elif isinstance(cited.value, UnitKind | Post | Authority):
                assert value == cited.value.english


CHAIR = Official("Chủ tịch", Post.CHAIR, Period(dt.date(2021, 7, 1)),
                 Appointment(Authority.PARENT_CHAIR))


def test_officials_who_left_are_judged_by_the_regime_they_were_appointed_under() -> None:
    """Kills officials.x_appointed_under__mutmut_5 (``or`` read as ``and``): a Vice-Chair
    elected under the pilot, gone by the structure's day, is still judged."""
    former = Official("Phó B", Post.VICE_CHAIR, Period(dt.date(2021, 8, 1), dt.date(2022, 8, 1)),
                      Appointment(Authority.OWN_COUNCIL, method="elected"))
    assert "UG-APPOINTED-BY" in _codes(_ward(CHAIR, former), on=dt.date(2024, 7, 1))
    lawful = attrs.evolve(former, appointment=Appointment(Authority.PARENT_CHAIR))
    assert "UG-APPOINTED-BY" not in _codes(_ward(CHAIR, lawful), on=dt.date(2024, 7, 1))


def test_officials_in_office_are_judged_whenever_their_tenure_began() -> None:
    """Kills officials.x_appointed_under__mutmut_6 (the day lost): a Vice-Chair in office
    since before the pilot is judged by the pilot's term."""
    long = Official("Phó C", Post.VICE_CHAIR, Period(dt.date(2020, 1, 1), dt.date(2026, 6, 1)),
                    Appointment(Authority.PARENT_CHAIR))
    assert "UG-TERM" in _codes(_ward(CHAIR, long))


def test_a_delegation_by_the_wrong_official_names_the_post_held() -> None:
    """Kills delegations.x__holds_post__mutmut_28 (the post left out of the message)."""
    from urbangov.structure import Delegation

    vice = Official("Phó B", Post.VICE_CHAIR, Period(dt.date(2021, 7, 1)),
                    Appointment(Authority.PARENT_CHAIR))
    clerk = Official("Công chức E", Post.TU_PHAP_HO_TICH, Period(dt.date(2021, 7, 1)),
                     payroll="district")
    made = Period(dt.date(2021, 8, 1), dt.date(2023, 8, 1))
    ward = attrs.evolve(_ward(CHAIR, vice, clerk), delegations=(
        Delegation("Phó B", "Công chức E", ["certify-copy"], made, decision="1/QĐ-UBND"),
        Delegation("Ai đó", "Công chức E", ["certify-copy"], made, decision="2/QĐ-UBND")))
    found = {v.path: v.message for v in ug.validate(ward, on=PILOT_DAY)
             if v.code == "UG-DELEG-DELEGATOR"}
    # the violation cites the regime's provision (kills x__holds_post__mutmut_36)
    cited = ug.regime_for(UnitKind.PHUONG, on=PILOT_DAY, city="01").explain(
        ug.Fact.DELEGATOR_POST, UnitKind.PHUONG)
    assert {v.provision for v in ug.validate(ward, on=PILOT_DAY)
            if v.code == "UG-DELEG-DELEGATOR"} == {cited.provision}
    assert found["delegations[0].delegator"].startswith(
        f"Phó B ({Post.VICE_CHAIR.english}) cannot delegate")
    assert found["delegations[1].delegator"].startswith(
        "Ai đó (no post in this unit) cannot delegate")


def test_a_class_the_cap_table_does_not_list_gets_every_cap_of_the_table() -> None:
    """Kills _model.x_vice_chair_caps__mutmut_11 (no fallback when no class matches)."""
    from urbangov.regimes._model import vice_chair_caps

    caps = {UnitClass.I: 3, UnitClass.II: 2}
    assert vice_chair_caps(caps, UnitKind.QUAN, "48", UnitClass.III) == [3, 2]
    assert vice_chair_caps(caps, UnitKind.QUAN, "48", UnitClass.II) == [2]


def test_show_reads_enums_without_english_and_instruments() -> None:
    """Kills _model.x__show__mutmut_4, _7 and _21 (an enum's slug, an instrument)."""
    from urbangov.law import Confidence, Instrument
    from urbangov.regimes._model import _show

    assert _show(Confidence.HIGH) == "high"
    instrument = next(c.value for r in regimes() for _f, _k, c in r.rows()
                      if isinstance(c.value, Instrument))
    assert _show(instrument) == str(instrument) != "None"


def test_a_nested_unit_of_another_city_is_reported_at_its_city() -> None:
    """Kills units.x_context_findings mutants (the field named, the message, the values)."""
    import urbangov.io as uio

    checked = uio.check('''{"format_version": 1, "as_of": "2022-07-01", "district": {
        "name": "Long Biên", "code": "004", "city": "01",
        "wards": [{"name": "Bến Nghé", "code": "26734", "city": "79"}]}}''', "json")
    found = [v for v in checked.report if v.code == "UG-CONTEXT"]
    assert [v.path for v in found] == ["wards[0].city"]
    assert found[0].message == "Phường Bến Nghé says city=79 but its structure says 01"
