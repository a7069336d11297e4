"""A file is walked once: each table built once, each unit judged once (#11)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import urbangov as ug
import urbangov.io as io
from urbangov import _engine
from urbangov.io import _check
from urbangov.time import Period

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _city() -> ug.City:
    period = Period(dt.date(2021, 7, 1), dt.date(2026, 7, 1))
    wards = tuple(ug.Ward(name=f"Phường {i}", code=f"0010{i}", council=None, officials=(
        ug.Official(f"Người {i}", ug.Post.CHAIR, period,
                    ug.Appointment(ug.Authority.PARENT_CHAIR, "1/QĐ-UBND")),))
        for i in range(3))
    return ug.City(name="Hà Nội", code="01", city="01", districts=(
        ug.District(name="Ba Đình", wards=wards),), as_of="2022-07-01")


def test_each_table_is_built_once_and_each_unit_judged_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = io.dumps(_city(), "json")
    built: Counter[str] = Counter()
    judged: list[str] = []

    def counting(make: Any) -> Any:
        def build(**fields: Any) -> Any:
            obj = make(**fields)
            built[type(obj).__name__] += 1
            return obj
        return build

    real_build = _check.Checker.build
    monkeypatch.setattr(_check.Checker, "build", lambda self, make, fields, path: real_build(
        self, counting(make), fields, path))
    real_judge = _engine._judge_unit
    monkeypatch.setattr(_engine, "_judge_unit", lambda unit, *a: (
        judged.append(unit.name), real_judge(unit, *a))[1])
    city = io.loads(text, "json")
    assert built == {"City": 1, "District": 1, "Ward": 3, "Official": 3, "Appointment": 3,
                     "Period": 3}
    assert sorted(judged) == ["Ba Đình", "Hà Nội", "Phường 0", "Phường 1", "Phường 2"]
    assert city == _city()


def test_a_constructor_refusal_is_a_problem_of_the_table_not_a_traceback(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # The checker reads every value as the constructors do; should a constructor still
    # refuse, the file gets a problem at the table's path.
    def refuse(**fields: Any) -> Any:
        raise ug.FieldError("Official", "name", "a name", fields["name"])

    monkeypatch.setitem(_check._CLASSES, "official", refuse)
    with pytest.raises(io.LoadError) as caught:
        io.load(EXAMPLES / "gia_thuy_2022.toml")
    paths = {p.path for p in caught.value.problems}
    assert paths and all(p.startswith("ward.officials[") for p in paths)
