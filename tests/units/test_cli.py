"""The units-over-time commands, as text, JSON and CSV."""

from __future__ import annotations

import csv
import io
import json

import pytest

from urbangov.cli import main

GIA_THUY = "Phường Gia Thụy, Quận Long Biên, Hà Nội"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_history_of_gia_thuy_as_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "history", GIA_THUY)
    assert code == 0
    assert "Phường Gia Thụy [00130]" in out
    assert "khoản 40 Điều 1 Nghị quyết 1656/NQ-UBTVQH15" in out
    code, out, _ = run(capsys, "history", GIA_THUY, "--format", "json")
    data = json.loads(out)
    assert data["unit"]["code"] == "00130" and data["unit"]["end"] == "2025-07-01"
    assert data["changes"][0]["kind"] == "split"
    assert {s["new_name"] for s in data["successors"]} == {
        "Phường Long Biên", "Phường Bồ Đề", "Phường Việt Hưng"}
    assert all(s["provision"].endswith("Điều 1 Nghị quyết 1656/NQ-UBTVQH15")
               for s in data["successors"])


def test_convert_the_old_address_as_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "convert", GIA_THUY, "--to", "2025-07-01")
    assert code == 0 and "Phường Việt Hưng [00127]" in out and "(partial)" in out
    code, out, _ = run(capsys, "convert", GIA_THUY, "--to", "today", "--format", "json")
    data = json.loads(out)
    assert data["source"]["code"] == "00130"
    assert sorted(t["code"] for t in data["targets"]) == ["00118", "00127", "00145"]
    assert all(t["provisions"] for t in data["targets"])


def test_successors_of_hoan_kiem_wards(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "successors", "Quận Hoàn Kiếm, Hà Nội")
    assert code == 0 and "Phường Hàng Bạc" in out and "Phường Hoàn Kiếm" in out
    code, out, _ = run(capsys, "successors", "Quận Hoàn Kiếm, Hà Nội", "--format", "json")
    rows = json.loads(out)
    assert {r["old_name"] for r in rows} >= {"Phường Hàng Bạc", "Phường Tràng Tiền"}
    assert all(r["provision"] for r in rows)


def test_units_of_a_province_on_a_day_as_csv(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "units", "Đà Nẵng", "--on", "2026-12-01", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 94
    assert {r["kind"] for r in rows} == {"phuong", "xa", "dac_khu"}


def test_the_whole_old_to_new_table_as_csv(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "transitions")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) > 10_000
    assert {"old_code", "new_code", "share", "provision"} <= set(rows[0])


def test_unit_that_ceased_exits_1_naming_successors(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "unit", GIA_THUY, "--on", "2025-07-01")
    assert code == 1 and out == ""
    assert "ceased on 2025-07-01" in err and "khoản 39 Điều 1" in err


def test_bad_requests_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "units", "Hà Nội", "--on", "2019-01-01")[0] == 2
    assert run(capsys, "units", "Nowhere Province")[0] == 2
    assert run(capsys, "unit", "x", "--on", "31/2/2022")[0] == 2


def test_a_gap_is_a_warning_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "units", "Bắc Ninh", "--on", "2026-12-01")
    assert code == 0 and "warning" in err and "Bắc Ninh" in err
