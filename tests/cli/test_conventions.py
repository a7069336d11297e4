"""The conventions of issue #16: today by default, JSON errors, stdin, -o, who-may by
post, show one ward, the listing commands, charts Mermaid can draw, completion."""

from __future__ import annotations

import datetime as dt
import io as stdio
import json
import re
from pathlib import Path

import pytest

from urbangov.cli import main
from urbangov.cli._graph import MAX_EDGES, MAX_TEXT
from urbangov.cli._parser import parser

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
GIA_THUY = str(EXAMPLES / "gia_thuy_2022.toml")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    return code, captured.out, captured.err


def _commands() -> list[str]:
    sub = next(a for a in parser()._actions if a.dest == "command")
    return sorted(sub.choices)  # type: ignore[arg-type]


# --- who-may --------------------------------------------------------------------------


def test_who_may_answers_by_post_when_no_one_is_recorded(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "who-may", "certify-copy", "--ward", "Gia Thụy", "--district",
                       "Long Biên", "--on", "2022-07-01")
    assert code == 0
    assert "the Chairman of the People's Committee (Chủ tịch Ủy ban nhân dân)" in out
    assert "the Vice-Chairman of the People's Committee" in out
    assert out.count("khoản 2 Điều 5 Nghị định 23/2015/NĐ-CP") >= 2


def test_who_may_exits_1_with_a_reason_when_no_one_in_the_ward_may(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "who-may", "appoint-ward-chair", "--ward", "Gia Thụy",
                       "--district", "Long Biên", "--on", "2022-07-01")
    assert code == 1
    assert "nobody" in out and "level above" in out
    code, out, _ = run(capsys, "who-may", "appoint-ward-chair", "--ward", "Gia Thụy",
                       "--on", "2022-07-01", "--format", "json")
    assert code == 1
    answer = json.loads(out)
    assert answer["grants"] == answer["posts"] == [] and answer["reasons"]


def test_who_may_names_the_officials_of_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "who-may", "certify-copy", "--file", GIA_THUY)
    assert code == 0
    assert "✓ Đặng Việt Phương" in out


def test_who_may_district_and_province_choose_among_wards_of_one_name(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "who-may", "certify-copy", "--ward", "Phúc Lợi", "--on",
                       "2022-07-01")
    assert code == 2
    assert "add --district NAME" in err and "city.district" not in err
    for extra in (["--district", "Long Biên"], ["--province", "Hà Nội"], ["--city", "01"]):
        code, out, _ = run(capsys, "who-may", "certify-copy", "--ward", "Phúc Lợi", "--on",
                           "2022-07-01", *extra)
        assert code == 0, extra
        assert "Phường Phúc Lợi" in out
    code, _, err = run(capsys, "who-may", "certify-copy", "--ward", "Gia Thụy", "--district",
                       "Ba Đình", "--on", "2022-07-01")
    assert code == 2 and "no ward 'Gia Thụy' in Ba Đình" in err


def test_a_prefix_wins_the_suggestion(capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = run(capsys, "who-may", "certify", "--ward", "Gia Thụy")
    assert "did you mean one of 'certify-copy', 'certify-signature'" in err
    assert "certify-will" not in err.split("did you mean")[1].split("?")[0]
    _, _, err = run(capsys, "rege")
    assert "did you mean 'regimes'?" in err


# --- show, regimes, acts ----------------------------------------------------------------


def test_show_defaults_to_today_and_takes_today(capsys: pytest.CaptureFixture[str]) -> None:
    today = dt.date.today().isoformat()
    code, out, _ = run(capsys, "show", "Hà Nội")
    assert code == 0
    assert f"Thành phố Hà Nội (01) on {today}" in out
    code, same, _ = run(capsys, "show", "Hà Nội", "--on", "today")
    assert (code, same) == (0, out)


def test_show_one_ward(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "Hà Nội", "--ward", "Gia Thụy", "--on", "2022-07-01")
    assert code == 0
    assert "Quận Long Biên" in out and "Phường Gia Thụy  00130" in out
    assert "Phường Ngọc Lâm" not in out


def test_show_says_a_district_name_is_a_ward(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "show", "Hà Nội", "--district", "Gia Thụy", "--on",
                       "2022-07-01")
    assert code == 2
    assert "of Quận Long Biên" in err and "--ward 'Gia Thụy'" in err


def test_regimes_lists_periods_and_instruments(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "regimes")
    assert code == 0
    assert "hanoi-pilot  2021-07-01 → 2024-12-31" in out
    assert "Nghị quyết 97/2019/QH14" in out
    code, out, _ = run(capsys, "regimes", "--on", "2022-07-01", "--format", "json")
    keys = {r["key"] for r in json.loads(out)}
    assert "hanoi-pilot" in keys and "two-tier-2026-2031" not in keys


def test_acts_lists_vietnamese_names(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "acts")
    assert code == 0
    assert re.search(r"certify-copy\s+certify a copy from the original\s+chứng thực bản sao",
                     out)


# --- conventions ------------------------------------------------------------------------


BAD = {  # a bad request for each command
    "check": ["check"],  # no FILE (an unreadable FILE is a LOAD item of its report)
    "show": ["show", "Atlantis"],
    "who-may": ["who-may", "certify-copies", "--ward", "Gia Thụy"],
    "cite": ["cite", "/nonexistent.txt"],
    "rules": ["rules", "--regime", "nowhere"],
    "regimes": ["regimes", "--on", "31/2/2022"],
    "acts": ["acts", "--no-such-option"],
    "chart": ["chart", "Nowhere City"],
    "schema": ["schema", "extra"],
    "export": ["export", "/nonexistent.toml"],
    "completion": ["completion", "tcsh"],
    "units": ["units", "Atlantis"],
    "unit": ["unit", "Atlantis"],
    "history": ["history", "Atlantis"],
    "successors": ["successors", "Atlantis"],
    "convert": ["convert", "Atlantis"],
    "transitions": ["transitions", "--day", "yesterday"],
}


def test_every_command_has_a_bad_request() -> None:
    assert sorted(BAD) == _commands()


@pytest.mark.parametrize("command", sorted(BAD))
def test_json_errors_on_stdout_exit_2(capsys: pytest.CaptureFixture[str],
                                      command: str) -> None:
    code, out, err = run(capsys, *BAD[command], "--format", "json")
    assert code == 2, (out, err)
    error = json.loads(out)
    assert error["status"] == 2 and error["error"]
    assert err == ""


def test_every_option_has_help() -> None:
    for name, sub in next(a for a in parser()._actions if a.dest == "command").choices.items():
        for action in sub._actions:  # type: ignore[attr-defined]
            assert action.help, (name, action.dest)
            if action.metavar == "DATE":
                assert "today" in action.help and "1/7/2022" in action.help, (name, action)


def test_top_help_points_to_the_docs_site(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "--help")
    assert "https://urbangov.readthedocs.io" in out
    assert "docs/cli.md" not in out


def test_check_and_export_read_stdin(capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    data = Path(GIA_THUY).read_bytes()
    monkeypatch.setattr("sys.stdin", stdio.TextIOWrapper(stdio.BytesIO(data)))
    code, out, _ = run(capsys, "check", "-")
    assert code == 0 and out.startswith("<stdin>: Phường Gia Thụy on 2022-07-01: 0 errors")
    monkeypatch.setattr("sys.stdin", stdio.TextIOWrapper(stdio.BytesIO(data)))
    code, out, _ = run(capsys, "export", "-")
    assert code == 0 and json.loads(out)["persons"]


def test_export_takes_the_file_as_an_argument(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "export", GIA_THUY)
    assert code == 0
    assert run(capsys, "export", "--popolo", GIA_THUY)[1] == out


@pytest.mark.parametrize("argv", [["rules"], ["acts", "--format", "json"],
                                  ["chart", GIA_THUY, "--format", "dot"],
                                  ["units", "Đà Nẵng", "--on", "2022-07-01", "--format", "csv"]])
def test_dash_o_writes_a_file(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                              argv: list[str]) -> None:
    target = tmp_path / "out.txt"
    _, expected, _ = run(capsys, *argv)
    code, out, err = run(capsys, *argv, "-o", str(target))
    assert (code, out) == (0, "")
    assert f"wrote {target}" in err
    assert target.read_text(encoding="utf-8") == expected


def test_text_wraps_to_the_terminal(capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    _, out, _ = run(capsys, "rules")
    from urbangov.cli._out import width

    assert max(width(line) for line in out.splitlines()) <= 100
    monkeypatch.delenv("COLUMNS")
    _, out, _ = run(capsys, "rules")  # piped: whole lines, for grep
    assert max(width(line) for line in out.splitlines()) > 100


def test_check_shows_a_medium_confidence(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "check", str(EXAMPLES / "violations.toml"))
    assert "provision: khoản 3 Điều 7 Nghị định 32/2021/NĐ-CP [confidence: medium]" in out
    assert "provision: điểm b khoản 1 Điều 1 Nghị quyết 97/2019/QH14\n" in out


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts(capsys: pytest.CaptureFixture[str], shell: str) -> None:
    code, out, _ = run(capsys, "completion", shell)
    assert code == 0
    assert "urbangov" in out and "_ARGCOMPLETE" in out


# --- chart ------------------------------------------------------------------------------


def _mermaid_ok(text: str) -> None:
    lines = text.splitlines()
    assert lines[0] == "flowchart TD"
    edges = [ln for ln in lines if re.fullmatch(r'\s+n\d+ (-->|-\.->)( \|"[^"]*"\|)? n\d+', ln)]
    nodes = [ln for ln in lines if re.fullmatch(r'\s+n\d+(\["[^"]*"\]|\("[^"]*"\))', ln)]
    notes = [ln for ln in lines if ln.startswith("  %% ")]
    assert len(edges) + len(nodes) + len(notes) == len(lines) - 1
    assert len(edges) <= MAX_EDGES and len(text) <= MAX_TEXT


def test_chart_of_hanoi_is_valid_mermaid_within_the_limits(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "chart", "Hà Nội", "--on", "2022-07-01")
    assert code == 0
    _mermaid_ok(out)
    assert "Quận Long Biên [004]" in out and "Phường Gia Thụy" not in out
    assert "--district NAME" in out  # the note says how to see the wards


@pytest.mark.parametrize("day", ["2022-07-01", "2025-06-30", "2025-07-01", "today"])
@pytest.mark.parametrize("city", ["Hà Nội", "Hồ Chí Minh", "Đà Nẵng", "Thanh Hóa"])
def test_large_cities_chart_without_error(capsys: pytest.CaptureFixture[str], city: str,
                                          day: str) -> None:
    code, out, _ = run(capsys, "chart", city, "--on", day)
    assert code == 0
    _mermaid_ok(out)


def test_chart_depth_beyond_the_limits_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "chart", "Hà Nội", "--on", "2022-07-01", "--depth", "2")
    assert code == 2 and "--district NAME" in err
    code, out, _ = run(capsys, "chart", "Hà Nội", "--on", "2022-07-01", "--depth", "2",
                       "--format", "dot")
    assert code == 0 and out.count(" -> ") == 609


def test_chart_labels_in_one_language(capsys: pytest.CaptureFixture[str]) -> None:
    _, vi, _ = run(capsys, "chart", GIA_THUY)
    _, en, _ = run(capsys, "chart", GIA_THUY, "--lang", "en")
    assert "chứng thực bản sao từ bản chính" in vi and "certify-copy" not in vi
    assert "Ủy ban nhân dân (UBND)" in vi
    assert "certify a copy from the original" in en and "Ủy ban" not in en
    assert "Chairman of the People's Committee" in en


def test_completion_answers_the_shell(tmp_path: Path) -> None:
    """What bash's script does: run the command with the request in the environment."""
    import os
    import subprocess
    import sys

    answer = tmp_path / "answer"
    env = {**os.environ, "_ARGCOMPLETE": "1", "_ARGCOMPLETE_IFS": "\n",
           "COMP_LINE": "urbangov who-may --dis", "COMP_POINT": "22"}
    script = 'import sys; from urbangov.cli import main; sys.exit(main())'
    subprocess.run(["bash", "-c", f'"$0" -c "{script}" 8>"$1" 9>/dev/null',
                    sys.executable, str(answer)], env=env, stdin=subprocess.DEVNULL,
                   capture_output=True, timeout=60, check=False)
    assert answer.read_text(encoding="utf-8").split() == ["--district"]


def test_import_urbangov_loads_no_cli() -> None:
    import subprocess
    import sys

    code = ("import sys, urbangov; print(sorted(m for m in sys.modules if m == 'argcomplete' "
            "or m.startswith('urbangov.cli')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    assert out.strip() == "[]"


def test_the_version_is_written_once() -> None:
    """pyproject.toml reads the version from the package; the metadata agree."""
    import importlib.metadata
    import tomllib

    import urbangov

    project = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml")
                            .read_text(encoding="utf-8"))["project"]
    assert "version" not in project and "version" in project["dynamic"]
    assert {"Documentation", "Source", "Issues"} <= set(project["urls"])
    assert importlib.metadata.version("urbangov") == urbangov.__version__
    from urbangov.cli._options import DOCS_URL

    assert project["urls"]["Documentation"] == DOCS_URL


def test_show_an_ambiguous_ward_advises_the_command_line(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "show", "Hồ Chí Minh", "--ward", "Phường 15", "--on",
                       "2022-07-01")
    assert code == 2
    assert "add --district NAME" in err and "city.district" not in err
    assert "in Quận Bình Thạnh" in err
