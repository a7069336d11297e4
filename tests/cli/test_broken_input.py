"""Broken input never gets a traceback: each kind gets exit 2 (or 1) and names its problem.

Every case feeds one file to ``urbangov check`` in-process and looks at the exit status
and at what is said: the problem and where it is.  A case's expectation lists phrases
that must appear in the output.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from urbangov.cli import main

GOOD = """\
format_version = 1
as_of = 2022-07-01

[ward]
ref = "Gia Thụy"
city = "Hà Nội"
council = "none"

[[ward.officials]]
name = "Đặng Việt Phương"
post = "chair"
tenure = { start = 2021-07-01 }
appointment = { by = "parent_chair" }
"""

GOOD_JSON = json.dumps({
    "format_version": 1, "as_of": "2022-07-01",
    "ward": {"ref": "Gia Thụy", "city": "Hà Nội", "council": "none",
             "officials": [{"name": "Đặng Việt Phương", "post": "chair",
                            "tenure": {"start": "2021-07-01"},
                            "appointment": {"by": "parent_chair"}}]}},
    ensure_ascii=False, indent=2)


def swap(old: str, new: str, text: str = GOOD) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


# (id, file name, content, exit status, phrases the output must hold)
CASES: list[tuple[str, str, str | bytes, int, list[str]]] = [
    ("truncated-json", "s.json", GOOD_JSON[:120], 2, ["JSON syntax error", "line"]),
    ("toml-syntax", "s.toml", swap('council = "none"', 'council = "none'), 2,
     ["TOML syntax error", "line 7"]),
    ("impossible-date", "s.toml", swap("as_of = 2022-07-01", 'as_of = "31/2/2022"'), 2,
     ["as_of", "31/2/2022", "names no real day"]),
    ("unit-class-IV", "s.toml", swap('council = "none"', 'council = "none"\nunit_class = "IV"'),
     2, ["ward.unit_class", "'IV' is not a unit class"]),
    ("unknown-post", "s.toml", swap('post = "chair"', 'post = "mayor"'), 2,
     ["ward.officials[0].post", "'mayor' is not a post"]),
    ("unknown-ward-code", "s.toml", swap('ref = "Gia Thụy"', 'ref = "99999"'), 2,
     ["ward.ref", "unknown ward"]),
    ("unknown-ward-name", "s.toml", swap('ref = "Gia Thụy"', 'ref = "Gia Thuyy"'), 2,
     ["ward.ref", "did you mean", "Gia Thụy"]),
    ("string-for-list", "s.toml", GOOD.split("[[ward.officials]]")[0] + 'officials = "A"\n', 2,
     ["ward.officials", "expected a list, got a text"]),
    ("unknown-key", "s.toml", swap('council = "none"', 'council = "none"\nofficals = []'), 2,
     ["ward.officals", "unknown key", "did you mean 'officials'"]),
    ("invalid-utf8", "s.toml", GOOD.encode() + b"# \xff\xfe\n", 2,
     ["not UTF-8", "line 14, column 3"]),
    ("empty", "s.toml", "", 2, ["empty"]),
    ("whitespace-only", "s.toml", "\n  \n", 2, ["empty"]),
    ("format-version-2", "s.toml", swap("format_version = 1", "format_version = 2"), 2,
     ["format_version", "newer"]),
    ("format-version-missing", "s.toml", swap("format_version = 1\n", ""), 2,
     ["missing key 'format_version'"]),
    ("format-version-text", "s.toml", swap("format_version = 1", 'format_version = "1"'), 2,
     ["format_version", "expected the number 1"]),
    ("number-for-date", "s.toml", swap("as_of = 2022-07-01", "as_of = 20220701"), 2,
     ["as_of", "expected a date", "a number (20220701)"]),
    ("negative-date", "s.json", swap('"2022-07-01"', '"-2022-07-01"', GOOD_JSON), 2,
     ["as_of", "is not a date"]),
    ("end-before-start", "s.toml",
     swap("{ start = 2021-07-01 }", "{ start = 2021-07-01, end = 2021-01-01 }"), 2,
     ["ward.officials[0].tenure", "before or on its start"]),
    ("duplicate-json-key", "s.json", swap('"council": "none"', '"council": "none", "city": "01"',
                                          GOOD_JSON), 2, ["'city' appears twice"]),
    ("duplicate-toml-key", "s.toml", swap('council = "none"', 'council = "none"\ncity = "01"'),
     2, ["TOML syntax error", "line"]),
    ("top-level-list", "s.json", "[" + GOOD_JSON + "]", 2,
     ["must hold a object at the top", "not a list"]),
    ("binary-garbage", "s.toml", bytes(range(256)) * 4, 2, ["binary file"]),
    ("missing-required", "s.toml", swap('post = "chair"\n', ""), 2,
     ["ward.officials[0]", "missing key 'post'"]),
    ("unknown-act", "s.toml", GOOD + '\n[[ward.delegations]]\ndelegator = "A"\ndelegate = "B"\n'
     'acts = ["certify-copies"]\nperiod = { start = 2021-07-01 }\n', 2,
     ["ward.delegations[0].acts[0]", "not an act", "did you mean 'certify-copy'"]),
    ("duplicate-act", "s.toml", GOOD + '\n[[ward.delegations]]\ndelegator = "A"\ndelegate = "B"\n'
     'acts = ["certify-copy", "certify-copy"]\nperiod = { start = 2021-07-01 }\n', 2,
     ["ward.delegations[0].acts[1]", "listed twice"]),
    ("json-null", "s.json", swap('"council": "none"', '"council": null', GOOD_JSON), 2,
     ["ward.council", "got null", "leave the key out"]),
    ("toml-datetime", "s.toml", swap("as_of = 2022-07-01", "as_of = 2022-07-01T10:00:00"), 2,
     ["as_of", "a date-time"]),
    ("two-roots", "s.toml", GOOD + '\n[district]\nname = "Long Biên"\n', 2,
     ["more than one root unit"]),
    ("no-root", "s.toml", "format_version = 1\nas_of = 2022-07-01\n", 2, ["no unit"]),
    ("unknown-top-key", "s.toml", swap("as_of = 2022-07-01", "as_of = 2022-07-01\nasof = 1"), 2,
     ["asof", "unknown key", "did you mean 'as_of'"]),
    ("unknown-city", "s.toml", swap('city = "Hà Nội"', 'city = "Hải Phòngg"'), 2,
     ["ward.city", "unknown city"]),
    ("ref-without-city", "s.toml", swap('city = "Hà Nội"\n', ""), 2,
     ["ward.ref", "needs the unit's city"]),
    ("bool-for-text", "s.toml", swap('name = "Đặng Việt Phương"', "name = true"), 2,
     ["ward.officials[0].name", "expected a text, got a boolean"]),
    ("empty-name", "s.toml", swap('name = "Đặng Việt Phương"', 'name = "  "'), 2,
     ["ward.officials[0].name", "must not be empty"]),
    ("as-of-in-unit", "s.toml", swap('council = "none"', 'council = "none"\nas_of = 2022-07-01'),
     2, ["ward.as_of", "top of the file"]),
    ("end-and-last", "s.toml", swap("{ start = 2021-07-01 }",
                                    "{ start = 2021-07-01, end = 2022-01-01, last = 2021-12-31 }"),
     2, ["ward.officials[0].tenure", "not both"]),
    ("contradicts-bundled", "s.toml", swap('council = "none"', 'council = "none"\ncode = "00001"'),
     2, ["ward.code", "contradicts the bundled Phường Gia Thụy"]),
    ("json-nan", "s.json", swap('"format_version": 1', '"format_version": NaN', GOOD_JSON), 2,
     ["NaN"]),
    ("ambiguous-ward", "s.toml", swap('ref = "Gia Thụy"', 'ref = "Phường 1"',
                                      swap('city = "Hà Nội"', 'city = "79"')), 2,
     # the wards of the file's day (2022-07-01): 11, before the 2025 mergers
     ["ward.ref", "ambiguous ward", "11 wards", "[26896]", "GSO code"]),
    ("table-for-text", "s.toml", swap('council = "none"', 'council = "none"\ncode = { a = 1 }'),
     2,
     ["ward.code", "expected a text, got a table"]),
    ("number-in-officials", "s.json", swap('"officials": [\n', '"officials": [\n 12,\n',
                                           GOOD_JSON), 2,
     ["ward.officials[0]", "expected a object (an official), got a number"]),
    ("council-false", "s.toml", swap('council = "none"', "council = false"), 2,
     ["ward.council", "expected \"none\""]),
    ("deep-json", "s.json", "[" * 100_000 + "]" * 100_000, 2, ["JSON"]),
    ("nested-unit-problem", "s.toml", """\
format_version = 1
as_of = 2022-07-01
[district]
ref = "Long Biên"
city = "01"
[[district.wards]]
ref = "Gia Thụy"
[[district.wards.officials]]
name = "X"
post = "chief"
tenure = { start = 2021-07-01 }
""", 2, ["district.wards[0].officials[0].post", "'chief' is not a post"]),
    # files that read but break the law: exit 1, with rule codes
    ("ward-council-2022", "s.toml", swap('council = "none"', "council = {}"), 1,
     ["UG-COUNCIL", "council", "97/2019/QH14"]),
    ("quan-as-ward", "s.toml", swap('ref = "Gia Thụy"', 'name = "X"\nkind = "quan"'), 1,
     ["UG-KIND-NESTING", "kind"]),
]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_there_are_at_least_thirty_kinds() -> None:
    assert len({c[0] for c in CASES}) == len(CASES) >= 30


@pytest.mark.parametrize(("name", "content", "status", "phrases"),
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_broken_input_gets_a_clear_answer(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          name: str, content: str | bytes, status: int,
                                          phrases: list[str]) -> None:
    path = write(tmp_path, name, content)
    code, output = run(capsys, "check", str(path))
    assert code == status, output
    assert "Traceback" not in output
    assert "internal error" not in output
    assert str(path) in output
    for phrase in phrases:
        assert phrase in output, (phrase, output)


@pytest.mark.parametrize(("name", "content", "status"),
                         [c[1:4] for c in CASES], ids=[c[0] for c in CASES])
def test_broken_input_in_json_report(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     name: str, content: str | bytes, status: int) -> None:
    path = write(tmp_path, name, content)
    code, output = run(capsys, "check", "--format", "json", str(path))
    assert code == status
    items = json.loads(output)
    assert items
    assert {i["file"] for i in items} == {str(path)}
    assert all(set(i) >= {"code", "severity", "path", "message", "provision", "file"}
               for i in items)
    if status == 2:
        assert {i["code"] for i in items} == {"LOAD"}


def test_every_problem_is_reported_in_one_pass(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    text = swap('post = "chair"', 'post = "mayor"\nrank = 3', GOOD)
    text = swap("as_of = 2022-07-01", 'as_of = "31/2/2022"', text)
    text = swap('council = "none"', 'council = "none"\nunit_class = "IV"', text)
    code, output = run(capsys, "check", str(write(tmp_path, "s.toml", text)))
    assert code == 2
    assert "5 problems" in output or "4 problems" in output, output
    for phrase in ("as_of", "ward.unit_class", "ward.officials[0].post",
                   "ward.officials[0].rank"):
        assert phrase in output


def test_a_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, output = run(capsys, "check", str(tmp_path))
    assert code == 2
    assert "is a directory" in output


def test_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, output = run(capsys, "check", str(tmp_path / "nope.toml"))
    assert code == 2
    assert "no such file" in output


def test_a_file_over_the_size_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "big.toml"
    path.write_text(GOOD + "# " + "x" * 10_000_000 + "\n", encoding="utf-8")
    code, output = run(capsys, "check", str(path))
    assert code == 2
    assert "10.0 MB" in output
    assert "4 MiB" in output


class _Unreadable:
    """A standard input that refuses to be read (as pytest's does while capturing)."""

    def read(self, *_args: object) -> str:
        raise OSError("reading from stdin while output is captured")


@pytest.mark.parametrize("stdin", [None, _Unreadable()], ids=["closed", "unreadable"])
@pytest.mark.parametrize("command", [["check", "-"], ["chart", "-"], ["export", "-"],
                                     ["cite", "-"]])
def test_standard_input_that_cannot_be_read(capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch,
                                            stdin: object, command: list[str]) -> None:
    monkeypatch.setattr(sys, "stdin", stdin)
    code, output = run(capsys, *command)
    assert code == 2
    assert "standard input cannot be read" in output and "internal error" not in output


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions")
def test_an_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "s.toml", GOOD)
    path.chmod(0)
    code, output = run(capsys, "check", str(path))
    assert code == 2
    assert "permission denied" in output


def test_nfd_text_loads_normalised_and_round_trips(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    import unicodedata

    import urbangov.io as io

    nfd = unicodedata.normalize("NFD", GOOD)
    assert nfd != GOOD
    path = write(tmp_path, "nfd.toml", nfd)
    code, output = run(capsys, "check", str(path))
    assert code == 0, output
    ward = io.load(path)
    assert ward.officials is not None
    assert ward.officials[0].name == "Đặng Việt Phương"  # NFC
    assert ward.name == "Gia Thụy"
    assert io.loads(io.dumps(ward, "toml")) == ward
    assert unicodedata.is_normalized("NFC", io.dumps(ward, "json"))


def test_many_files_the_worst_status_wins(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    good = write(tmp_path, "good.toml", GOOD)
    bad = write(tmp_path, "bad.toml", "")
    law = write(tmp_path, "law.toml", swap('council = "none"', "council = {}"))
    assert run(capsys, "check", str(good))[0] == 0
    assert run(capsys, "check", str(good), str(law))[0] == 1
    code, output = run(capsys, "check", str(good), str(law), str(bad))
    assert code == 2
    assert str(good) in output
    assert str(law) in output
    assert str(bad) in output


def test_warnings_alone_exit_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = GOOD + '\n[[ward.working_rules]]\nissued_by = "chair"\neffective = 2021-07-01\n'
    code, output = run(capsys, "check", str(write(tmp_path, "s.toml", text)))
    assert code == 0
    assert "UG-RULES-MODEL" in output
    assert "warning" in output


PYTHON = sys.executable


def test_entry_point_check_broken(tmp_path: Path) -> None:
    path = write(tmp_path, "s.toml", swap('post = "chair"', 'post = "mayor"'))
    done = subprocess.run([PYTHON, "-m", "urbangov", "check", str(path)],
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 2
    assert "'mayor' is not a post" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


def test_entry_point_check_example() -> None:
    examples = Path(__file__).resolve().parents[2] / "examples"
    done = subprocess.run([PYTHON, "-m", "urbangov", "check", "--format", "json",
                           str(examples / "violations.toml")],
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 1
    assert "UG-VICE-CHAIR-CAP" in {v["code"] for v in json.loads(done.stdout)}


def test_entry_point_version_and_bad_usage() -> None:
    done = subprocess.run([PYTHON, "-m", "urbangov", "--version"], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0
    assert done.stdout.startswith("urbangov ")
    done = subprocess.run([PYTHON, "-m", "urbangov", "check"], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
