"""The scenario suite: cases written from the legal reference, run through the CLI.

Each case in ``cases/`` is a structure file ``<id>.toml`` written from the law (not from
the code) and a sidecar ``<id>.expect.toml`` holding the verdict the law gives: the
expected exit status of ``urbangov check`` and the rule codes it reports, a substring of
the provision, and for ``who-may`` cases the officials who may act. The sidecar quotes
the sentence of the legal reference the verdict rests on, so nothing outside this
directory is read at run time. A case whose verdict the library does not give carries
``xfail`` with the disagreement; it runs as a strict expected failure.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

from urbangov.cli import main

CASES = Path(__file__).parent / "cases"
ERAS = {"ordinary-2016-2021", "hanoi-pilot-2021-2024", "hanoi-capital-2025",
        "hcmc-urban-2021-2025", "danang-urban-2021-2025", "transition-2025",
        "two-tier-2025", "councils-2026", "hanoi-capital-2026"}
VERDICTS = {"lawful", "unlawful", "who-may"}
KEYS = {"title", "era", "verdict", "law", "reference", "reading", "xfail", "check", "who_may"}
CHECK_KEYS = {"exit", "codes", "provision"}
WHO_MAY_KEYS = {"act", "on", "ward", "exit", "grants", "bases", "provision"}


def _expectations() -> list[tuple[str, dict[str, Any]]]:
    found = []
    for path in sorted(CASES.glob("*.expect.toml")):
        name = path.name.removesuffix(".expect.toml")
        found.append((name, tomllib.loads(path.read_text(encoding="utf-8"))))
    return found


EXPECTATIONS = _expectations()


def _params() -> list[Any]:
    params = []
    for name, expect in EXPECTATIONS:
        marks = []
        if "xfail" in expect:
            marks.append(pytest.mark.xfail(strict=True, reason=expect["xfail"]))
        params.append(pytest.param(name, expect, id=name, marks=marks))
    return params


def _run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str]:
    capsys.readouterr()
    status = main(argv)
    return status, capsys.readouterr().out


def test_the_suite_is_large_and_spread() -> None:
    """At least 40 cases, lawful and unlawful about equal, at least 8 who-may cases,
    and every era of the reference represented."""
    verdicts = [e["verdict"] for _, e in EXPECTATIONS]
    assert len(verdicts) >= 40
    assert verdicts.count("who-may") >= 8
    assert min(verdicts.count("lawful"), verdicts.count("unlawful")) >= 15
    assert {e["era"] for _, e in EXPECTATIONS} == ERAS


@pytest.mark.parametrize(("name", "expect"), [(n, e) for n, e in EXPECTATIONS],
                         ids=[n for n, _ in EXPECTATIONS])
def test_case_is_well_formed(name: str, expect: dict[str, Any]) -> None:
    """Every sidecar has its structure file, an era, a verdict, the provision the law
    gives and the quoted reference sentence."""
    assert (CASES / f"{name}.toml").is_file()
    assert set(expect) <= KEYS, set(expect) - KEYS
    assert set(expect.get("check", {})) <= CHECK_KEYS
    assert set(expect.get("who_may", {})) <= WHO_MAY_KEYS
    assert expect["era"] in ERAS
    assert expect["verdict"] in VERDICTS
    assert expect["law"].strip() and expect["reference"].strip()
    if expect["verdict"] == "who-may":
        assert "who_may" in expect
    else:
        assert "check" in expect
        assert (expect["check"]["exit"] == 0) == (expect["verdict"] == "lawful")
        assert bool(expect["check"]["codes"]) == (expect["verdict"] == "unlawful")


@pytest.mark.parametrize(("name", "expect"), _params())
def test_case(name: str, expect: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    file = str(CASES / f"{name}.toml")
    if "check" in expect:
        _check(file, expect["check"], capsys)
    if "who_may" in expect:
        _who_may(file, expect["who_may"], capsys)


def _check(file: str, want: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    status, out = _run(capsys, ["check", "--format", "json", file])
    reported = json.loads(out)
    errors = {v["code"] for v in reported if v["severity"] == "error"}
    assert (status, errors) == (want["exit"], set(want["codes"])), reported
    provision = want.get("provision")
    if isinstance(provision, str):
        provisions = [v["provision"] for v in reported if v["code"] in want["codes"]]
        assert any(provision in p for p in provisions), provisions
    elif provision is not None:    # a substring per code
        for code, text in provision.items():
            provisions = [v["provision"] for v in reported if v["code"] == code]
            assert any(text in p for p in provisions), (code, provisions)


def _who_may(file: str, want: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["who-may", want["act"], "--file", file, "--format", "json"]
    if "on" in want:
        argv += ["--on", want["on"]]
    if "ward" in want:
        argv += ["--ward", want["ward"]]
    status, out = _run(capsys, argv)
    assert status == want.get("exit", 0), out
    answer = json.loads(out)
    grants = {g["official"]: g for g in answer["grants"]}
    assert sorted(grants) == sorted(want["grants"]), answer
    for official, basis in want.get("bases", {}).items():
        assert grants[official]["basis"] == basis, answer
    if "provision" in want:
        assert any(want["provision"] in g["provision"] for g in answer["grants"]), answer
    if "posts" in want:
        posts = {g["post"] for g in answer["grants"]}
        assert posts == set(want["posts"]), answer
