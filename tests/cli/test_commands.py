"""The commands of ``urbangov``: output, exit status, help, colour."""

from __future__ import annotations

import datetime as dt
import io as stdio
import json
from pathlib import Path

import jsonschema
import pytest

import urbangov
import urbangov.io as uio
from urbangov.cli import main
from urbangov.cli._out import Output

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
GIA_THUY = str(EXAMPLES / "gia_thuy_2022.toml")
VIOLATIONS = str(EXAMPLES / "violations.toml")
COMMANDS = ["check", "show", "who-may", "cite", "rules", "chart", "schema", "export"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    assert "internal error" not in captured.err
    return code, captured.out, captured.err


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(capsys: pytest.CaptureFixture[str], command: str) -> None:
    code, out, _err = run(capsys, command, "--help")
    assert code == 0
    assert out.startswith(f"usage: urbangov {command}")


def test_top_level_help_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert all(c in out for c in COMMANDS)
    code, out, _ = run(capsys, "--version")
    assert (code, out) == (0, f"urbangov {urbangov.__version__}\n")
    code, out, _ = run(capsys)
    assert code == 2
    assert "usage:" in out


@pytest.mark.parametrize("argv", [["frobnicate"], ["check"], ["show"], ["show", "Hà Nội",
                                  "--on", "31/2/2022"], ["chart", "x", "--format", "png"]])
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, _out, err = run(capsys, *argv)
    assert code == 2
    assert "usage:" in err


def test_check_a_lawful_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", GIA_THUY)
    assert code == 0
    assert "Phường Gia Thụy on 2022-07-01: 0 errors, 0 warnings" in out


def test_check_groups_violations_by_object(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", VIOLATIONS)
    assert code == 1
    assert "13 errors" in out
    assert "Phường Gia Thụy  (root)" in out
    assert "Phó Chủ tịch B, Vice-Chairman of the People's Committee  officials[1]" in out
    assert "delegation Phó Chủ tịch B → Công chức E  delegations[0]" in out
    assert "provision: điểm b khoản 1 Điều 1 Nghị quyết 97/2019/QH14" in out
    assert "\033[" not in out  # no colour when piped


def test_check_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--format", "json", VIOLATIONS, GIA_THUY)
    assert code == 1
    items = json.loads(out)
    assert {i["file"] for i in items} == {VIOLATIONS}
    council = next(i for i in items if i["code"] == "UG-COUNCIL")
    assert council == {"file": VIOLATIONS, "code": "UG-COUNCIL", "severity": "error",
                       "path": "council", "message": council["message"],
                       "provision": "điểm b khoản 1 Điều 1 Nghị quyết 97/2019/QH14",
                       "line": None, "column": None}


def test_show_a_district_with_the_regime(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "Hà Nội", "--on", "2022-07-01", "--district",
                       "Long Biên")
    assert code == 0
    line = next(x for x in out.splitlines() if "Phường Gia Thụy" in x)
    assert line.split()[-3:] == ["no", "head-of-agency", "hanoi-pilot"]
    assert "hanoi-pilot: Hà Nội urban-government pilot" in out


def test_show_defaults_to_today(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "79")
    assert code == 0
    assert out.startswith(f"Thành phố Hồ Chí Minh (79) on {dt.date.today().isoformat()}")
    code, again, _ = run(capsys, "show", "79", "--on", "today")
    assert (code, again) == (0, out)


def test_show_json_and_vietnamese_date(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "da nang", "--on", "1/7/2019", "--format", "json")
    assert code == 0
    units = json.loads(out)
    assert units[0]["kind"] == "thanh_pho"
    assert all(u["council"] is True for u in units)


def test_show_after_the_2025_reform(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "Hà Nội", "--on", "2026-12-01", "--format", "json")
    assert code == 0
    units = json.loads(out)
    assert [u["level"] for u in units].count(1) == 126  # communes, held directly
    kinds = [u["kind"] for u in units[1:]]
    assert (kinds.count("phuong"), kinds.count("xa")) == (51, 75)
    assert not any(u["kind"] == "quan" for u in units)
    code, out, _ = run(capsys, "show", "Hà Nội", "--on", "2022-07-01", "--format", "json")
    assert [u["level"] for u in json.loads(out)].count(1) == 30  # the 30 districts


def test_who_may_names_the_successors_of_a_ward_that_ceased(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "who-may", "certify-copy", "--ward", "Gia Thụy", "--on",
                          "2026-01-15")
    assert code == 2
    assert "ceased on 2025-07-01" in err and "Phường Bồ Đề" in err
    assert "Nghị quyết 1656/NQ-UBTVQH15" in err


@pytest.mark.parametrize(("argv", "phrase"), [
    (["show", "Atlantis"], "no unit matches 'Atlantis'"),
    (["show", "Hà Nội", "--district", "Long Bien Xyz"], "Long Bien Xyz"),
    (["show", "Hà Nội", "--on", "2010-01-01"], "2016-01-01"),
    (["rules", "--regime", "hanoi"], "did you mean 'hanoi-pilot'"),
    (["who-may", "certify-copies", "--ward", "Gia Thụy", "--on", "2022-07-01"],
     "did you mean 'certify-copy'"),
    (["who-may", "certify-copy", "--ward", "Phường 1", "--on", "2022-07-01"], "wards match"),
    (["who-may", "certify-copy", "--ward", "Gia Thụy"], "did not exist"),
    (["who-may", "certify-copy", "--on", "2022-07-01"], "--ward"),
    (["who-may", "certify-copy", "--file", "/nonexistent.toml"], "no such file"),
    (["cite", "/nonexistent.txt"], "no such file"),
    (["chart", "Nowhere City"], "no unit matches"),
    (["export", "--popolo", "/nonexistent.toml"], "no such file"),
])
def test_bad_requests_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str],
                             phrase: str) -> None:
    code, _out, err = run(capsys, *argv)
    assert code == 2
    assert err.startswith("urbangov: error:")
    assert phrase in err


def test_who_may_with_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "who-may", "certify-copy", "--file", GIA_THUY)
    assert code == 0
    assert "Đặng Việt Phương" in out
    assert "by delegation 01/QĐ-UBND" in out
    code, out, _ = run(capsys, "who-may", "certify-copy", "--file", GIA_THUY, "--on",
                       "2024-01-01", "--format", "json")
    answer = json.loads(out)
    assert [g["basis"] for g in answer["grants"]] == ["own_power"]
    assert answer["reasons"]


@pytest.mark.parametrize("act", ["certify_copy", "CERTIFY_COPY", " Certify-Copy "])
def test_who_may_reads_an_act_as_the_api_does(capsys: pytest.CaptureFixture[str],
                                             act: str) -> None:
    """The slug with underscores or in capitals, as ``authority.who_may`` accepts it."""
    code, out, _ = run(capsys, "who-may", act, "--file", GIA_THUY)
    assert code == 0 and "Đặng Việt Phương" in out


def test_who_may_with_bundled_units(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "who-may", "certify-copy", "--ward", "Gia Thụy", "--on",
                       "2022-07-01")
    assert code == 0
    assert "not recorded" in out


def test_who_may_notes_a_structure_that_breaks_the_law(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "who-may", "certify-copy", "--file", VIOLATIONS)
    assert code == 0
    assert "breaks 13 rule(s)" in err


def test_cite(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Thực hiện Nghị định số 32/2021/NĐ-CP ngày 29/3/2021 của Chính phủ.",
                    encoding="utf-8")
    code, out, _ = run(capsys, "cite", str(path))
    assert code == 0
    assert "Nghị định số 32/2021/NĐ-CP  2021-03-29  Chính phủ  32/2021/NĐ-CP" in out
    code, out, _ = run(capsys, "cite", "--format", "json", str(path))
    [item] = json.loads(out)
    assert item["resolved"] == "32/2021/NĐ-CP"
    assert item["date"] == "2021-03-29"


def test_cite_stdin_and_bad_text(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", stdio.TextIOWrapper(stdio.BytesIO(
        "theo Luật 77/2015/QH13".encode())))
    code, out, _ = run(capsys, "cite", "-")
    assert code == 0
    assert "77/2015/QH13" in out
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\xff\xfe\xfa")
    code, _out, err = run(capsys, "cite", str(bad))
    assert code == 2
    assert "not UTF-8" in err
    empty = tmp_path / "e.txt"
    empty.write_text("nothing here", encoding="utf-8")
    assert run(capsys, "cite", str(empty))[1] == "no citations found\n"


def test_rules(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules")
    assert code == 0
    assert "UG-COUNCIL" in out
    code, out, _ = run(capsys, "rules", "--regime", "hcmc-urban", "--format", "json")
    rules = {r["code"]: r for r in json.loads(out)}
    assert rules["UG-DELEG-EXPERIENCE"]["provisions"]
    code, out, _ = run(capsys, "rules", "--regime", "Hà Nội urban-government pilot")
    assert "not in this regime" in out


def test_chart_of_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "chart", GIA_THUY)
    assert code == 0
    assert out.startswith("flowchart TD")
    assert "-.->" in out  # the delegation
    code, out, _ = run(capsys, "chart", GIA_THUY, "--format", "dot")
    assert out.startswith("digraph urbangov {")
    assert "style=dashed" in out
    assert out.rstrip().endswith("}")


def test_chart_of_a_city(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "chart", "Hà Nội", "--district", "Long Biên", "--on",
                       "2022-07-01")
    assert code == 0
    assert out.count("-->") == 14  # its 14 wards of that day
    assert run(capsys, "chart", GIA_THUY, "--district", "x")[0] == 2


def test_chart_of_a_broken_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "b.toml"
    bad.write_text("format_version = 1\n", encoding="utf-8")
    code, _out, err = run(capsys, "chart", str(bad))
    assert code == 2
    assert "missing key 'as_of'" in err


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0
    assert json.loads(out) == uio.json_schema()


def test_export_popolo(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "export", "--popolo", GIA_THUY)
    assert code == 0
    jsonschema.validate(json.loads(out), uio.POPOLO_SCHEMA)
    target = tmp_path / "p.json"
    code, _out, err = run(capsys, "export", "--popolo", GIA_THUY, "-o", str(target))
    assert code == 0
    assert json.loads(target.read_text(encoding="utf-8")) == json.loads(out)
    code, _out, err = run(capsys, "export", "--popolo", GIA_THUY, "-o",
                          str(tmp_path / "no" / "p.json"))
    assert code == 2
    assert "cannot be written" in err


def test_an_internal_error_is_one_line(capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from urbangov.cli import _commands

    def boom(*args: object) -> int:
        raise RuntimeError("boom")

    monkeypatch.setitem(_commands.COMMANDS, "schema", boom)
    code = main(["schema"])
    err = capsys.readouterr().err
    assert code == 3
    assert err.startswith("urbangov: internal error: RuntimeError: boom")
    assert err.count("\n") == 1


class _Tty(stdio.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_only_on_a_terminal_without_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert Output(_Tty()).colour
    assert "\033[31m" in Output(_Tty()).paint("x", "red")
    assert not Output(stdio.StringIO()).colour
    monkeypatch.setenv("NO_COLOR", "1")
    assert not Output(_Tty()).colour
    assert Output(_Tty()).paint("x", "red") == "x"


def test_tables_align_vietnamese_text() -> None:
    buffer = stdio.StringIO()
    Output(buffer).table(["A", "B"], [("Thụy", "1"), ("Đà Nẵng xx", "2")])
    lines = buffer.getvalue().splitlines()
    assert [line.index(line.split()[-1]) for line in lines] == [12, 12, 12]


DISTRICT = """\
format_version = 1
as_of = 2022-07-01
[district]
ref = "Long Biên"
city = "Hà Nội"
[[district.wards]]
ref = "Gia Thụy"
council = "none"
[[district.wards.officials]]
name = "A"
post = "chair"
tenure = { start = 2021-07-01 }
appointment = { by = "parent_chair" }
"""


def test_who_may_in_a_ward_of_a_district_file(capsys: pytest.CaptureFixture[str],
                                              tmp_path: Path) -> None:
    path = tmp_path / "d.toml"
    path.write_text(DISTRICT, encoding="utf-8")
    code, out, _ = run(capsys, "who-may", "certify-copy", "--file", str(path), "--ward",
                       "gia thuy")
    assert code == 0
    assert "✓ A (Chairman" in out
    code, _out, err = run(capsys, "who-may", "certify-copy", "--file", str(path), "--ward",
                          "Nowhere")
    assert code == 2
    assert err == "urbangov: error: no ward in Quận Long Biên matches 'Nowhere'\n"
    code, _out, err = run(capsys, "who-may", "certify-copy", "--file", GIA_THUY, "--ward",
                          "Phúc Xá")
    assert code == 2
    assert "describes Phường Gia Thụy" in err


def test_show_lists_the_units_of_the_day_and_says_when_it_cannot(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "show", "Hải Phòng", "--on", "2026-12-01")
    assert code == 0 and out.startswith("Thành phố Hải Phòng (31) on 2026-12-01")
    code, out, err = run(capsys, "show", "da nang", "--on", "1/7/2019")
    assert code == 0 and "begin on 2021-11-01" in err


def test_check_refuses_a_ref_to_a_unit_that_did_not_exist_that_day(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A ref is read on the file's as_of: Phường Trúc Bạch ceased on 2025-07-01."""
    path = tmp_path / "truc_bach.toml"
    path.write_text('format_version = 1\nas_of = 2026-12-01\n[ward]\nref = "Trúc Bạch"\n'
                    'city = "Hà Nội"\n', encoding="utf-8")
    code, out, err = run(capsys, "check", str(path))
    assert code == 2
    assert "ward.ref: ref 'Trúc Bạch': Phường Trúc Bạch [00004] did not exist on " \
           "2026-12-01" in out + err
    code, out, err = run(capsys, "who-may", "certify-copy", "--file", str(path))
    assert code == 2
    assert "did not exist on 2026-12-01" in out + err
    path.write_text(path.read_text(encoding="utf-8").replace("Trúc Bạch", "Ba Đình"),
                    encoding="utf-8")
    code, out, err = run(capsys, "check", str(path))
    assert code in (0, 1)  # it loads: the law's verdict on the bare ward is not asked here
    assert "Phường Ba Đình" in out


def test_who_may_on_the_pilots_first_day_finds_the_ward_among_the_first_units(
        capsys: pytest.CaptureFixture[str]) -> None:
    """2021-07-01 is before the bundled units begin (2021-11-01): the ward is found among
    the units of their first day, a note says so, and the law is that of 2021-07-01."""
    code, out, err = run(capsys, "who-may", "certify-copy", "--ward", "Gia Thụy",
                         "--province", "Hà Nội", "--on", "2021-07-01")
    assert code == 0
    assert "[Hà Nội urban-government pilot]" in out
    assert "Nghị định 32/2021/NĐ-CP" in out
    assert "the units of 2021-11-01" in err and "the law is that of 2021-07-01" in err
    code, out, _err = run(capsys, "who-may", "certify-copy", "--ward", "Gia Thụy",
                          "--province", "Hà Nội", "--on", "2021-06-30")
    assert code == 0 and "(2016–2021 term)" in out
