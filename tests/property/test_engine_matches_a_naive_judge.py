"""The engine judges once, from compiled plans, and keeps findings on units: it must say
exactly what a naive judge says, which runs every rule on every unit every time.

Also: a draft is judged later with the same report; ``attrs.evolve`` of one ward in a
dated city re-judges only the units that changed; errors pickle."""

from __future__ import annotations

import collections
import datetime as dt
import pickle
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import urbangov as ug
from urbangov import _engine, strategies
from urbangov.regimes import RegimeError, regime_for
from urbangov.time import Period
from urbangov.validation import Scope, UnitContext, Violation, rules

SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
CODES = sorted(r.code for r in ug.rules())


def _walk(unit: Any, path: str = "",
          parent: Any = None) -> Iterator[tuple[str, Any, Any]]:
    yield path, unit, parent
    name = unit.CHILDREN
    for i, child in enumerate(getattr(unit, name) if name else ()):
        yield from _walk(child, f"{path}.{name}[{i}]" if path else f"{name}[{i}]", unit)


def naive(root: Any, on: dt.date | None) -> list[tuple[str, str, str, str, str]]:
    """Every rule on every unit, in place, no plan, no cache."""
    found = []

    def add(r: Any, unit: Any, ctx: UnitContext) -> None:
        for f in r.check(unit, ctx):
            found.append((r.code, (f.severity or r.severity).value, str(f.path), f.message,
                          str(f.provision or r.provision_on(on))))

    for path, unit, parent in _walk(root):
        regime, error = None, None
        if on is not None:
            try:
                regime = regime_for(unit.kind, on, root.city)
            except RegimeError as exc:
                error = exc
        gone = False  # a gate rule's error: the unit is not there, the day's law is silent
        for r in sorted(rules(), key=lambda r: not r.gate):
            if r.needs_regime and (regime is None or gone):
                continue
            if r.scope is Scope.AGGREGATE and path:
                continue
            before = len(found)
            add(r, unit, UnitContext(path, on, root.city, regime, parent, root, error))
            gone = gone or (r.gate and any(f[1] == "error" for f in found[before:]))
    return found


def engine(root: Any, on: dt.date | None) -> list[tuple[str, str, str, str, str]]:
    return [_key(v) for v in ug.validate(root, on=on)]


def _key(v: Violation) -> tuple[str, str, str, str, str]:
    return (v.code, v.severity.value, v.path, v.message, str(v.provision))


def _same(root: Any, on: dt.date | None) -> None:
    assert collections.Counter(engine(root, on)) == collections.Counter(naive(root, on))


@SETTINGS
@given(drawn=st.one_of(strategies.wards(), strategies.districts()))
def test_lawful_structures_get_the_naive_judge_s_report(drawn: strategies.Drawn) -> None:
    _same(drawn.unit, drawn.on)
    _same(drawn.unit, None)


@pytest.mark.parametrize("code", CODES)
@settings(max_examples=10, deadline=None,
          suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(data=st.data())
def test_broken_structures_get_the_naive_judge_s_report(code: str, data: st.DataObject) -> None:
    drawn, _refused = data.draw(strategies.broken(code))
    if drawn is not None:
        _same(drawn.unit, drawn.on)
        # judged again (now from the units' caches): still the same
        _same(drawn.unit, drawn.on)


@SETTINGS
@given(drawn=st.one_of(strategies.wards(), strategies.districts()),
       city=st.sampled_from(["01", "48", "79"]))
def test_an_undated_judgement_is_the_same_in_every_city(drawn: strategies.Drawn,
                                                        city: str) -> None:
    """The engine keeps one undated judgement of a unit for every city (no day, no law
    of a day): true while no unit rule that runs without a regime reads the city."""
    for r in rules():
        if r.scope is not Scope.UNIT or r.needs_regime:
            continue
        for _path, unit, _parent in _walk(drawn.unit):
            def said(code: str | None, r: Any = r, unit: Any = unit) -> list[Any]:
                ctx = UnitContext("", None, code, None, None, unit)
                return [(f.path, f.message) for f in r.check(unit, ctx)]
            assert said(city) == said(None), r.code


# --- drafts ------------------------------------------------------------------------


def _lawless_ward(**fields: Any) -> dict[str, Any]:
    period = Period(dt.date(2022, 1, 1))
    officials = (ug.Official("A", ug.Post.CHAIR, period),
                 ug.Official("B", ug.Post.TU_PHAP_HO_TICH, period))
    delegations = tuple(ug.Delegation("A", "B", {ug.Act.CERTIFY_COPY}, period, None)
                        for _ in range(6))
    return {"name": "Gia Thụy", "city": "01", "as_of": dt.date(2022, 7, 1),
            "council": ug.PeoplesCouncil(), "officials": officials,
            "delegations": delegations, **fields}


def test_a_draft_is_built_unjudged_and_judged_later_with_the_full_report() -> None:
    with pytest.raises(ug.InvariantError) as caught:
        ug.Ward(**_lawless_ward())
    draft = ug.Ward.draft(**_lawless_ward())
    report = ug.validate(draft)
    assert [_key(v) for v in report.errors] == [_key(v) for v in caught.value.violations]
    with pytest.raises(ug.InvariantError) as again:
        report.raise_for_errors("Ward 'Gia Thụy'")
    assert str(again.value) == str(caught.value)


def test_a_draft_checks_its_fields() -> None:
    with pytest.raises(ug.FieldError, match=r"Ward\.officials"):
        ug.Ward.draft(name="X", officials="bob")


def test_evolve_of_a_draft_judges() -> None:
    draft = ug.Ward.draft(**_lawless_ward())
    with pytest.raises(ug.InvariantError):
        attrs.evolve(draft, name="Gia Thụy mới")


def test_a_lawful_draft_judged_is_equal_to_the_built_unit() -> None:
    fields = _lawless_ward(council=None, delegations=())
    assert ug.validate(ug.Ward.draft(**fields)).errors == ()
    assert ug.Ward.draft(**fields) == ug.Ward(**fields)


# --- errors ------------------------------------------------------------------------


def test_an_invariant_error_of_13_violations_pickles_with_its_content() -> None:
    with pytest.raises(ug.InvariantError) as caught:
        ug.Ward(**_lawless_ward())
    error = caught.value
    assert len(error.violations) == 13
    assert isinstance(error, ValueError)
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is ug.InvariantError
    assert again.violations == error.violations
    assert [v.rule.code for v in again.violations] == [v.rule.code for v in error.violations]
    assert str(again) == str(error)
    assert [str(e) for e in again.exceptions] == [str(e) for e in error.exceptions]


def test_violations_name_their_object_and_field() -> None:
    draft = ug.Ward.draft(**_lawless_ward())
    by_code: dict[str, Violation] = {}
    for v in ug.validate(draft):
        by_code.setdefault(v.code, v)
    council = by_code["UG-COUNCIL"].target
    assert council is not None and council.obj is draft and council.field == "council"
    written = by_code["UG-DELEG-WRITTEN"].target
    assert written is not None
    assert written.obj is draft.delegations[0] and written.field == "decision"


# --- judging once ------------------------------------------------------------------


def _city(wards: int = 4, as_of: dt.date | None = dt.date(2022, 7, 1)) -> ug.City:
    period = Period(dt.date(2021, 7, 1))
    appointed = ug.Appointment(ug.Authority.PARENT_CHAIR)
    districts = tuple(
        ug.District(name=f"Quận {d}", wards=tuple(
            ug.Ward(name=f"Phường {d}-{w}", council=None, officials=(
                ug.Official(f"Chủ tịch {d}-{w}", ug.Post.CHAIR, period, appointed),))
            for w in range(wards)))
        for d in range(3))
    return ug.City(name="Hà Nội", city="01", districts=districts, as_of=as_of)


def test_evolve_of_one_ward_judges_only_what_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    city = _city()
    judged: list[Any] = []
    real = _engine._judge_unit

    def counting(unit: Any, as_of: Any, city_code: Any) -> Any:
        judged.append(unit)
        return real(unit, as_of, city_code)

    monkeypatch.setattr(_engine, "_judge_unit", counting)
    district = city.districts[1]
    ward = attrs.evolve(district.wards[2], name="Phường mới")
    district = attrs.evolve(district, wards=(*district.wards[:2], ward, *district.wards[3:]))
    new = attrs.evolve(city, districts=(city.districts[0], district, city.districts[2]))
    # built undated: the ward, then the district; then the city dated judges itself, and
    # the new district and ward for its day; the other 2 districts and 11 wards are kept
    assert [u.name for u in judged] == [ward.name, district.name, new.name, district.name,
                                        ward.name]
    assert ug.validate(new) == ()


def test_each_unit_is_judged_once_when_a_dated_city_is_built(
        monkeypatch: pytest.MonkeyPatch) -> None:
    city = _city(as_of=None)  # every unit judged undated only
    judged: list[Any] = []
    real = _engine._judge_unit

    def counting(unit: Any, as_of: Any, city_code: Any) -> Any:
        judged.append(unit)
        return real(unit, as_of, city_code)

    monkeypatch.setattr(_engine, "_judge_unit", counting)
    attrs.evolve(city, as_of=dt.date(2022, 7, 1))
    assert len(judged) == len(list(city.walk())) == 1 + 3 + 12
