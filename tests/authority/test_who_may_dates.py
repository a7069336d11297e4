"""who_may over the 2021 switch in one Hà Nội ward: one row per (day, act)."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from urbangov.authority import Answer, Basis, who_may
from urbangov.structure import Ward
from urbangov.terms import Act, Authority
from urbangov.validation import validate

D = dt.date
ND23 = "khoản 2 Điều 5 Nghị định 23/2015/NĐ-CP"
ND32 = "khoản 3 Điều 7 Nghị định 32/2021/NĐ-CP"
CHAIR, VICE, CIVIL = "Nguyễn Văn An", "Lê Thị Bình", "Trần Văn Cường"
OWN, DELEG = Basis.OWN_POWER, Basis.DELEGATION

ROWS = [
    # day, act, regime, {name: (basis, provision)}
    (D(2021, 6, 30), Act.CERTIFY_COPY, "ordinary-2016",
     {CHAIR: (OWN, ND23), VICE: (OWN, ND23)}),
    (D(2021, 6, 30), Act.CERTIFY_SIGNATURE, "ordinary-2016",
     {CHAIR: (OWN, ND23), VICE: (OWN, ND23)}),
    (D(2021, 7, 14), Act.CERTIFY_COPY, "hanoi-pilot",
     {CHAIR: (OWN, ND23), VICE: (OWN, ND23)}),
    (D(2021, 7, 15), Act.CERTIFY_COPY, "hanoi-pilot",
     {CHAIR: (OWN, ND23), VICE: (OWN, ND23), CIVIL: (DELEG, ND32)}),
    (D(2021, 8, 1), Act.CERTIFY_COPY, "hanoi-pilot",
     {CHAIR: (OWN, ND23), VICE: (OWN, ND23), CIVIL: (DELEG, ND32)}),
    (D(2021, 8, 1), Act.CERTIFY_SIGNATURE, "hanoi-pilot",
     {CHAIR: (OWN, ND23), VICE: (OWN, ND23), CIVIL: (DELEG, ND32)}),
    (D(2021, 8, 1), Act.CERTIFY_LAND_USE_CONTRACT, "hanoi-pilot",
     {CHAIR: (OWN, ND23), VICE: (OWN, ND23)}),
    (D(2021, 8, 1), Act.CERTIFY_WILL, "hanoi-pilot",
     {CHAIR: (OWN, ND23), VICE: (OWN, ND23)}),
    (D(2021, 12, 31), Act.CERTIFY_COPY, "hanoi-pilot",
     {CHAIR: (OWN, ND23), VICE: (OWN, ND23), CIVIL: (DELEG, ND32)}),
    (D(2022, 1, 1), Act.CERTIFY_COPY, "hanoi-pilot",
     {CHAIR: (OWN, ND23), VICE: (OWN, ND23)}),
    (D(2022, 1, 1), Act.CERTIFY_SIGNATURE, "hanoi-pilot",
     {CHAIR: (OWN, ND23), VICE: (OWN, ND23)}),
]


def _table(answer: Answer) -> dict[str, tuple[Basis, str]]:
    return {g.official.name: (g.basis, str(g.provision)) for g in answer}


@pytest.mark.parametrize(("day", "act", "regime", "expected"), ROWS,
                         ids=[f"{r[0]}-{r[1].value}" for r in ROWS])
def test_who_may_on_each_day(hanoi_ward: Ward, day: dt.date, act: Act, regime: str,
                             expected: dict[str, tuple[Basis, str]]) -> None:
    answer = who_may(act, hanoi_ward, on=day)
    assert answer.regime is not None
    assert answer.regime.key == regime
    assert _table(answer) == expected
    assert all(g.provision is not None and g.confidence is not None for g in answer)


def test_the_record_relied_on_is_the_one_in_office(hanoi_ward: Ward) -> None:
    before = who_may(Act.CERTIFY_COPY, hanoi_ward, on=D(2021, 6, 30))
    after = who_may(Act.CERTIFY_COPY, hanoi_ward, on=D(2021, 8, 1))
    assert {g.official.appointment.by for g in before if g.official.appointment} == {
        Authority.OWN_COUNCIL}
    assert {g.official.appointment.by for g in after
            if g.official.appointment and g.basis is OWN} == {Authority.PARENT_CHAIR}


def test_the_delegation_grant_names_its_decision(hanoi_ward: Ward) -> None:
    grant = next(g for g in who_may("certify-copy", hanoi_ward, on=D(2021, 8, 1))
                 if g.basis is DELEG)
    assert grant.delegation is not None
    assert grant.delegation.decision == "15/QĐ-UBND"
    assert grant.official.name == CIVIL


def test_land_contract_reason_says_it_is_not_delegable(hanoi_ward: Ward) -> None:
    answer = who_may(Act.CERTIFY_LAND_USE_CONTRACT, hanoi_ward, on=D(2021, 8, 1))
    assert any("may not delegate" in r and ND32 in r for r in answer.reasons)


def test_after_the_delegation_the_reason_says_it_ended(hanoi_ward: Ward) -> None:
    answer = who_may(Act.CERTIFY_COPY, hanoi_ward, on=D(2022, 1, 1))
    assert any("15/QĐ-UBND" in r and "ended on 2021-12-31" in r for r in answer.reasons)


def test_before_the_delegation_the_reason_says_when_it_starts(hanoi_ward: Ward) -> None:
    answer = who_may(Act.CERTIFY_COPY, hanoi_ward, on=D(2021, 7, 14))
    assert any("starts on 2021-07-15" in r for r in answer.reasons)


def test_the_ward_is_lawful_on_every_day_of_the_table(hanoi_ward: Ward) -> None:
    for day in sorted({r[0] for r in ROWS}):
        changes: dict[str, object] = {"as_of": day}
        if day >= D(2021, 7, 1):
            changes["council"] = None  # NQ 97/2019: no ward People's Council
        assert validate(attrs.evolve(hanoi_ward, **changes)).errors == ()
