"""Tests that kill surviving mutants of UG-COUNCIL-TERM's ended open term and of
UG-COUNCIL-PROVISIONAL (``_rules/council.py``).

Each test pins whole findings (severity, path, message, provision, values) of one rule
on one structure, and the structures next to it that the rule accepts; its docstring
names the mutants (``python tools/mutation.py --show NAME``) it kills.  The survivors no
test can kill are explained in ``tools/mutation_survivors/units.toml``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import urbangov as ug
from urbangov.structure import City, PeoplesCouncil, Unit, Ward
from urbangov.time import Period

D = dt.date
Found = tuple[str, str, str, str, dict[str, Any]]
PROVISIONAL = PeoplesCouncil(provisional=True)
L72_53 = "điểm b khoản 2 Điều 53 Luật 72/2025/QH15"
NONE_HERE = ("exists only in a ward formed from wards of the urban-government model, from "
             "2025-07-01 until its 2026–2031 council met")


def _found(root: Unit, on: dt.date | None, code: str) -> list[Found]:
    """The findings of rule *code* on *root* judged on *on*: (severity, path, message,
    provision, values)."""
    return [(v.severity.value, v.path, v.message, str(v.provision), v.values)
            for v in ug.validate(root, on=on) if v.code == code]


def _gia_thuy(on: dt.date) -> list[Found]:
    return _found(Ward(name="Gia Thụy", city="01", council=PROVISIONAL), on,
                  "UG-COUNCIL-PROVISIONAL")


# ---- UG-COUNCIL-PROVISIONAL -------------------------------------------------------------


def test_a_provisional_council_before_the_reform_cites_the_general_law_of_the_day() -> None:
    """``council.x__provisional_basis__mutmut_4`` (the general law without the day),
    ``council.x_provisional__mutmut_31``, ``_32`` to ``_35`` (the message), ``_39`` (the
    values): before 2025-07-01 no regime provides a provisional council, and the refusal
    cites the general law on local government of the day (Luật 65/2025 from 2025-03-01,
    Luật 72/2025 from 2025-06-16)."""
    for day, law in ((D(2019, 7, 1), "Luật 77/2015/QH13"), (D(2025, 4, 1), "Luật 65/2025/QH15"),
                     (D(2025, 6, 20), "Luật 72/2025/QH15")):
        assert _gia_thuy(day) == [(
            "error", "council.provisional", "Phường Gia Thụy's People's Council is recorded "
            f"as provisional on {day}, but a provisional council (HĐND lâm thời) {NONE_HERE}",
            law, {"provisional": True})]


def test_a_provisional_council_of_a_unit_no_regime_provides_one_cites_article_53() -> None:
    """``council.x__provisional_basis__mutmut_6``, ``_7``, ``_9``, ``_10``, ``_15``, ``_16``,
    ``_17`` (the point, clause or article cited): from 2025-07-01 a provisional council
    exists only by điểm b khoản 2 Điều 53 Luật 72/2025, cited where no regime of the day
    provides one (a province-level city) and as the rule's provision of the day."""
    assert _found(City(name="Hà Nội", city="01", council=PROVISIONAL), D(2025, 8, 1),
                  "UG-COUNCIL-PROVISIONAL") == [(
        "error", "council.provisional", "Thành phố Hà Nội's People's Council is recorded as "
        f"provisional on 2025-08-01, but a provisional council (HĐND lâm thời) {NONE_HERE}",
        L72_53, {"provisional": True})]
    rule = {r.code: r for r in ug.rules()}["UG-COUNCIL-PROVISIONAL"]
    assert [str(rule.provision_on(day)) for day in (D(2025, 7, 1), D(2026, 12, 1))] == [
        L72_53, L72_53]
    assert str(rule.provision_on(D(2025, 6, 30))) == "Luật 72/2025/QH15"


def test_a_ward_formed_from_ordinary_wards_has_no_provisional_council() -> None:
    """``council.x_provisional__mutmut_64``, ``_72``, ``_74`` to ``_78`` (the message),
    ``_79`` to ``_81`` (the values): TP Hồ Chí Minh's regime allows a provisional
    council, but Phường Thủ Dầu Một was formed from wards of Bình Dương, which had a
    council; the finding names them."""
    formed_from = ("Phường Hiệp Thành", "Phường Phú Cường", "Phường Phú Thọ",
                   "Phường Chánh Nghĩa", "Phường Chánh Mỹ")
    ward = Ward(name="Thủ Dầu Một", code="25747", city="79", council=PROVISIONAL)
    assert _found(ward, D(2025, 8, 1), "UG-COUNCIL-PROVISIONAL") == [(
        "error", "council.provisional", "Phường Thủ Dầu Một's People's Council is recorded "
        "as provisional on 2025-08-01, but the unit was formed from "
        f"{', '.join(formed_from)}, none of them a ward of the urban-government model "
        "(without a People's Council); only a ward formed from such wards may have a "
        "provisional council", L72_53, {"provisional": True, "formed_from": formed_from})]
    # a ward formed from wards of the model: accepted
    assert _found(Ward(name="Sài Gòn", code="26740", city="79", council=PROVISIONAL),
                  D(2025, 8, 1), "UG-COUNCIL-PROVISIONAL") == []


# ---- UG-COUNCIL-TERM --------------------------------------------------------------------


def test_an_open_term_from_before_the_election_has_ended() -> None:
    """``council.x_council_term__mutmut_59`` (no message): a commune council's term
    opened on 2021-06-25 and still open on 2026-12-01 ended when the councils elected on
    2026-03-15 first met, by 2026-04-29; the finding says so, citing khoản 4 Điều 5
    Luật 72/2025."""
    ward = Ward(name="Bình Lư", code="03390", city="12", kind="xa",
                council=PeoplesCouncil(term=Period(D(2021, 6, 25))))
    assert _found(ward, D(2026, 12, 1), "UG-COUNCIL-TERM") == [(
        "error", "council.term", "the council's term is recorded as 2021-06-25 → …, still "
        "open on 2026-12-01, but a term that began before the election of 2026-03-15 ended "
        "when the new councils first met, by 2026-04-29 at the latest",
        "khoản 4 Điều 5 Luật 72/2025/QH15",
        {"start": D(2021, 6, 25), "election": D(2026, 3, 15), "latest": D(2026, 4, 29)})]
    assert _found(ward, D(2026, 4, 29), "UG-COUNCIL-TERM") == []


# ---- what makes the explained survivors equivalent --------------------------------------


def test_the_bundled_law_makes_the_explained_council_survivors_equivalent() -> None:
    """Facts of the bundled regimes and units that tools/mutation_survivors/units.toml
    relies on for council.py: (1) on every day, each regime stating COUNCIL_TERM_YEARS or
    COUNCIL_MAY_BE_PROVISIONAL cites the provision UG-COUNCIL-TERM or
    UG-COUNCIL-PROVISIONAL cites that day, and none states the latter before 2025-07-01;
    (2) ELECTION_DAY, FIRST_SESSION_WITHIN_DAYS and COUNCIL_TERM_YEARS are stated
    together; (3) every unit of 2025-06-30 below the province level has its parent in
    force that day and reaches its province within two steps, and the regime of that
    day answers for a ward (phường) of every province."""
    from urbangov import units
    from urbangov.regimes import Fact, regime_for, regimes
    from urbangov.terms import Level, UnitKind
    from urbangov.units._store import store

    days = sorted({d for r in regimes() for d in (
        r.period.start, *([r.period.last] if r.period.last else []))})
    rules = {r.code: r for r in ug.rules()}
    for code, fact in (("UG-COUNCIL-TERM", Fact.COUNCIL_TERM_YEARS),
                       ("UG-COUNCIL-PROVISIONAL", Fact.COUNCIL_MAY_BE_PROVISIONAL)):
        stated = False
        for regime in regimes():
            for kind in regime.kinds:
                cited = regime.fact(fact, kind)
                if cited is None:
                    continue
                stated = True
                assert all(rules[code].provision_on(d) == cited.provision
                           for d in days if d in regime.period), (code, regime.key)
                if fact is Fact.COUNCIL_MAY_BE_PROVISIONAL:
                    assert regime.period.start >= units.REFORM, regime.key
        assert stated, code
    together = (Fact.ELECTION_DAY, Fact.FIRST_SESSION_WITHIN_DAYS, Fact.COUNCIL_TERM_YEARS)
    for regime in regimes():
        for kind in regime.kinds:
            assert len({regime.fact(f, kind) is None for f in together}) == 1, regime.key

    eve = units.REFORM - dt.timedelta(days=1)
    provinces = set()
    for uid in store().rows:
        unit = units.get(uid)
        version = unit.on(eve)
        if version is None or unit.level is Level.PROVINCE:
            continue
        above = units.get(version.parent or "")
        if above.level is not Level.PROVINCE:
            above_version = above.on(eve)
            assert above_version is not None, uid
            above = units.get(above_version.parent or "")
        assert above.level is Level.PROVINCE and above.on(eve) is not None, uid
        provinces.add(above.code)
    assert len(provinces) == 63
    for province in provinces:
        regime_for(UnitKind.PHUONG, eve, city=province)  # raises no RegimeError
