"""Every answer cites an instrument in force on the day it answers for (issue #14, item 5).

The catalogue (:mod:`urbangov.law`) gives each instrument's in-force interval.  These
tests walk every day from 2016-01-01 (the first day the regimes cover) to today,
2026-12-01, and check the instrument behind:

- every (regime, kind, fact) answer of every regime in force that day, and the answer
  :func:`~urbangov.regime_for` gives for each kind and city on every regime boundary
  and on every seventh day (the public path);
- every rule's provision for that day (:meth:`Rule.provision_on`): its own, which may
  change with the law, or that of a regime in force that day;
- the provision a violation falls back to when its check names none.

Walking every day is cheap (about five times a walk of the boundary days alone, measured
once): each regime's distinct instruments are checked per day, and a failure names the
fact that cites the instrument.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import urbangov as ug
from urbangov.law import Instrument, Provision, catalogue
from urbangov.regimes import Fact, Regime, regime_for, regimes
from urbangov.terms import UnitKind
from urbangov.validation import rules

D = dt.date
FIRST, TODAY = D(2016, 1, 1), D(2026, 12, 1)
CITIES = (None, "01", "79", "48", "31")


def _days(start: dt.date, end: dt.date) -> Iterator[dt.date]:
    day = start
    while day <= end:
        yield day
        day += dt.timedelta(days=1)


def _window(regime: Regime) -> tuple[dt.date, dt.date]:
    """The days of *regime* within 2016-01-01..today, inclusive."""
    last = TODAY if regime.period.end is None else regime.period.end - dt.timedelta(days=1)
    return max(regime.period.start, FIRST), min(last, TODAY)


def _interval(instrument: Instrument) -> str:
    start = instrument.effective or instrument.signed
    return f"{start or '?'} → {instrument.ends or 'open'}"


def _by_instrument(regime: Regime) -> dict[Instrument, tuple[Fact, UnitKind, Provision]]:
    """One (fact, kind, provision) naming each instrument the regime cites."""
    out: dict[Instrument, tuple[Fact, UnitKind, Provision]] = {}
    for (fact, kind), cited in regime.facts.items():
        out.setdefault(cited.provision.instrument, (fact, kind, cited.provision))
    return out


def _boundaries() -> list[dt.date]:
    days = {FIRST, TODAY}
    for regime in regimes():
        for day in (regime.period.start, regime.period.end):
            if day is not None and FIRST <= day <= TODAY:
                days |= {day, day - dt.timedelta(days=1)}
    for inst in catalogue():
        for day in (inst.effective, inst.ends):
            if day is not None and FIRST <= day <= TODAY:
                days |= {day, day - dt.timedelta(days=1)}
    return sorted(d for d in days if d >= FIRST)


def test_every_regime_answer_cites_an_instrument_in_force_every_day() -> None:
    wrong = []
    for regime in regimes():
        start, end = _window(regime)
        cited = _by_instrument(regime)
        for day in _days(start, end):
            for inst, (fact, kind, provision) in cited.items():
                if not inst.in_force(day):
                    wrong.append(f"{day} {regime.key}: {fact.value} for {kind.value} cites "
                                 f"{provision}, in force {_interval(inst)}")
                    break
    assert not wrong, "\n".join(wrong[:20])


def test_a_regime_rests_only_on_instruments_in_force_during_it() -> None:
    for regime in regimes():
        start, end = _window(regime)
        for inst in regime.instruments:
            assert any(inst.in_force(day) for day in _days(start, end)), (
                regime.key, str(inst), _interval(inst))


def test_the_regimes_cover_every_day() -> None:
    # The walk above is complete only if some regime answers on every day.
    for day in _boundaries():
        for kind in (UnitKind.PHUONG, UnitKind.XA, UnitKind.THANH_PHO):
            for city in CITIES:
                assert regime_for(kind, day, city).period.start <= day


@pytest.mark.parametrize("city", CITIES)
def test_regime_for_answers_cite_instruments_in_force(city: str | None) -> None:
    """The public path: regime_for on every boundary and every seventh day."""
    days = sorted({*_boundaries(), *list(_days(FIRST, TODAY))[::7]})
    wrong = []
    for day in days:
        for kind in UnitKind:
            try:
                regime = regime_for(kind, day, city)
            except ug.UnitAbolishedError as gone:
                provisions = [gone.cited.provision]
            except ug.RegimeError:
                continue  # no regime governs that kind in that city: nothing answered
            else:
                provisions = [c.provision for c in regime.facts_for(kind).values()]
            wrong += [f"{day} {city} {kind.value}: {p}" for p in provisions
                      if not p.instrument.in_force(day)]
    assert not wrong, "\n".join(wrong[:20])


def test_every_rule_provision_is_in_force_on_the_day() -> None:
    """A rule's own provision follows the law of the day; a fact-backed rule cites the
    regime of the day (both as :meth:`Rule.provision_on` picks them)."""
    wrong = []
    own = [r for r in rules() if r.own_provision is not None]
    for day in _days(FIRST, TODAY):
        for r in own:
            provision = r.provision_on(day)
            if not provision.instrument.in_force(day):
                wrong.append(f"{day} {r.code}: {provision}")
    for day in _boundaries():
        in_force = [g for g in regimes() if day in g.period]
        for r in rules():
            if r.own_provision is not None or not any(
                    fact in r.facts for g in in_force for fact, _k in g.facts):
                continue  # no regime states its facts that day: the rule finds nothing
            provision = r.provision_on(day)
            if not provision.instrument.in_force(day):
                wrong.append(f"{day} {r.code}: {provision}")
    assert not wrong, "\n".join(wrong[:20])


def test_each_regime_backing_a_rule_cites_law_in_force_throughout() -> None:
    for r in rules():
        for regime, provision, _confidence in r.provisions():
            start, end = _window(regime)
            inst = provision.instrument
            assert inst.in_force(start) and inst.in_force(end), (
                r.code, regime.key, str(provision), _interval(inst))


_RULES = Path(ug.__file__).parent / "_rules"


def _rule_code(call: ast.expr) -> str | None:
    """The code of ``rule("UG-X", ...)``, or None for any other expression."""
    if (isinstance(call, ast.Call) and getattr(call.func, "id", None) == "rule"
            and call.args and isinstance(call.args[0], ast.Constant)):
        return str(call.args[0].value)
    return None


def _codes_by_function(tree: ast.Module) -> dict[str, str]:
    """Each check's rule code, registered by ``@rule(...)`` or (in the mutation-testing
    copy, tools/_undecorate.py) by a module-level ``rule(...)(check)``."""
    codes = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            for decorator in node.decorator_list:
                if (code := _rule_code(decorator)) is not None:
                    codes[node.name] = code
        elif (isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)
              and (c := _rule_code(node.value.func)) is not None
              and isinstance(node.value.args[0], ast.Name)):
            codes[node.value.args[0].id] = c
    return codes


def _findings_without_provision() -> list[tuple[str, int, str]]:
    """(module, line, rule code) of each Finding(...) that names no provision."""
    out = []
    for path in sorted(_RULES.glob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        codes = _codes_by_function(tree)
        for fn in ast.walk(tree):
            if not isinstance(fn, ast.FunctionDef) or re.search(r"__mutmut_\d+$", fn.name):
                continue  # a mutant under test is judged by the other tests
            code = codes.get(re.sub(r"^x_(.*)__mutmut_orig$", r"\1", fn.name))
            for call in ast.walk(fn):
                if isinstance(call, ast.Call) and getattr(call.func, "id", None) == "Finding":
                    given = call.args[2] if len(call.args) > 2 else next(
                        (k.value for k in call.keywords if k.arg == "provision"), None)
                    if given is None or (isinstance(given, ast.Constant)
                                         and given.value is None):
                        out.append((path.name, call.lineno, str(code)))
    return out


def test_a_finding_without_a_provision_falls_back_to_a_day_aware_one() -> None:
    """The engine cites ``rule.provision_on(day)`` for a finding that names none; only
    rules whose own provision follows the day may leave it out."""
    by_code = {r.code: r for r in rules()}
    for module, line, code in _findings_without_provision():
        assert code in by_code, (module, line)
        assert by_code[code].own_provision is not None, (module, line, code)


@pytest.mark.parametrize(("day", "expected"), [
    (D(2025, 2, 28), "Điều 2 Luật 77/2015/QH13"),
    (D(2025, 3, 1), "Luật 65/2025/QH15"),
    (D(2025, 6, 16), "khoản 3 Điều 51 Luật 72/2025/QH15"),
    (D(2025, 7, 1), "khoản 1 Điều 1 Luật 72/2025/QH15"),
])
def test_a_violation_cites_the_units_article_of_its_day(day: dt.date, expected: str) -> None:
    # UG-KIND-NESTING's check names no provision: the engine takes the rule's for the
    # day judged (a District cannot be a phường on any day).
    district = ug.District.draft(name="X", code="999", kind=UnitKind.PHUONG)
    found = [v for v in ug.validate(district, on=day) if v.code == "UG-KIND-NESTING"]
    assert found
    assert {str(v.provision) for v in found} == {expected}
