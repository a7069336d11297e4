"""The units commands speak to a reader without Vietnamese (exam3 D12): each unit's kind
in English beside the Vietnamese, and its English name where the data has one; the CSV
keeps its columns and adds the new ones at the end."""

from __future__ import annotations

import csv
import io
import json

import pytest

from urbangov.cli import main

OLD_COLUMNS = ["code", "name", "full_name", "kind", "level", "parent", "parent_name", "day"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_units_text_gives_the_kind_and_name_in_english(
        capsys: pytest.CaptureFixture[str]) -> None:
    out = run(capsys, "units", "79", "--on", "2026-12-01")
    assert "NAME (EN)" in out.splitlines()[1]
    line = next(ln for ln in out.splitlines() if "Phường Sài Gòn" in ln)
    assert "phường (ward)" in line and "Sai Gon" in line
    assert "đặc khu (special zone)" in out


def test_units_csv_adds_english_columns_at_the_end(capsys: pytest.CaptureFixture[str]) -> None:
    rows = list(csv.reader(io.StringIO(run(capsys, "units", "79", "--on", "2026-12-01",
                                           "--format", "csv"))))
    assert rows[0] == [*OLD_COLUMNS, "name_en", "kind_vi", "kind_en"]
    saigon = next(dict(zip(rows[0], r, strict=True)) for r in rows[1:] if r[1] == "Sài Gòn")
    assert (saigon["kind"], saigon["name_en"], saigon["kind_vi"], saigon["kind_en"]) == (
        "phuong", "Sai Gon", "phường", "ward")


def test_unit_gives_its_english_name(capsys: pytest.CaptureFixture[str]) -> None:
    out = run(capsys, "unit", "00097", "--on", "2026-12-01")
    assert out.startswith("Phường Hồng Hà [00097] on 2026-12-01: phường (ward)")
    assert out.rstrip().endswith("in English: Hong Ha")
    rows = list(csv.reader(io.StringIO(run(capsys, "unit", "00097", "--on", "2026-12-01",
                                           "--format", "csv"))))
    assert rows[0][-2:] == ["kind_vi", "kind_en"] and rows[1][-1] == "ward"


def test_show_gives_the_kind_and_name_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    out = run(capsys, "show", "Hồ Chí Minh", "--on", "2026-12-01")
    header = out.splitlines()[1]
    assert "KIND" in header and "NAME (EN)" in header
    line = next(ln for ln in out.splitlines() if "Phường Sài Gòn" in ln)
    assert "phường (ward)" in line and "Sai Gon" in line
    rows = json.loads(run(capsys, "show", "Hồ Chí Minh", "--on", "2026-12-01", "--format",
                          "json"))
    saigon = next(r for r in rows if r["name"] == "Sài Gòn")
    assert (saigon["name_en"], saigon["kind_en"]) == ("Sai Gon", "ward")
