"""Each hostile input of issue #15, saved in fixtures/, gets a library error, never a crash.

``io.load`` raises :class:`urbangov.io.LoadError` naming the problem (and where), and
``urbangov check`` exits 2 with that message: no traceback, no exit 3 ("internal
error").  A new crash found by fuzzing goes here as a file, with the phrase its answer
must hold.
"""

from __future__ import annotations

import contextlib
import io as _io
import os
import sys
from pathlib import Path

import pytest
from fuzz_inputs import FIXTURES, check_cli, check_loads

import urbangov.io as io
from urbangov.cli import main

#: fixture file -> a phrase its LoadError must hold
EXPECTED = {
    "as-of-1899.toml": "as_of: 'ngày 31 tháng 12 năm 1899' is outside the dates",
    "city-0-number.toml": "ward.city: unknown city: 0 is not a GSO province code",
    "city-00.toml": "ward.city: unknown city: '00' is not a GSO province code",
    "city-9-space.toml": "'1 ' is not a GSO province code",
    "city-99-comma.toml": "'01,' is not a GSO province code",
    "city-99-quote.toml": "\"'01\" is not a GSO province code",
    "city-arabic-digits.toml": "'٠١' is not a GSO province code",
    "ref-city-district-code.toml": "ward.ref: the bundled data holds no units of city 99 "
                                   "on 2022-07-01",
    "decision-none-padded.toml": "ward.delegations[0].decision: ' none ' is \"none\" padded "
                                 "with white space",
    "date-arabic-digits.toml": "ward.delegations[0].period.last: '٣٠/٦/٢٠٢٣' is not a date",
    "date-far-future.json": "ward.officials[0].tenure.start: '9999-12-31' is outside the dates",
    "date-far-future.toml": "as_of: date 9999-12-31 is outside the dates urbangov accepts "
                            "(1900-01-01 to 2200-12-31)",
    "date-far-past.toml": "ward.officials[0].tenure.start: date 0001-01-01 is outside",
    "date-fullwidth-digits.toml": "as_of: '１/７/２０２２' is not a date",
    "deep-arrays-40.toml": "nested too deeply",
    "deep-arrays.toml": "TOML error: the file is nested too deeply",
    "deep-tables.toml": "nested too deeply",
    "deep.json": "JSON error: the file is nested too deeply",
    "in-field-9999.toml": "ward.officials[1].in_field_since: '31/12/9999' is outside",
    "long-number-19.json": "ward.city: a number of 19 digits",
    "long-number-city.toml": "ward.city: a number of 4000 digits",
    "long-number.json": "format_version: a number of 5000 digits",
    "long-number.toml": "a number has thousands of digits",
    "period-last-9999.toml": "ward.delegations[0].period.last: date 9999-12-31 is outside",
    "period-last-max.toml": "ward.delegations[0].period.last: the last day must be before "
                            "2200-12-31",
    "surrogate-bytes.toml": "not UTF-8 text: a lone surrogate (\\udc80) is no character",
    "surrogate-key.json": "ward: a key holds a lone surrogate (\\ud800)",
    "surrogate.json": "ward.officials[0].name: holds a lone surrogate (\\udc80)",
    "tenure-9998.toml": "ward.officials[0].tenure.start: date 9998-06-01 is outside",
}
FILES = sorted(p.name for p in FIXTURES.iterdir())


def test_every_fixture_has_an_expectation() -> None:
    assert sorted(EXPECTED) == FILES


@pytest.mark.parametrize("name", FILES)
def test_load_gives_a_library_error(name: str) -> None:
    with pytest.raises(io.LoadError) as caught:
        io.load(FIXTURES / name)
    assert EXPECTED[name] in str(caught.value)
    assert check_loads((FIXTURES / name).read_bytes()) == "refused"


@pytest.mark.parametrize("name", FILES)
def test_check_exits_2_with_the_message(name: str) -> None:
    data = (FIXTURES / name).read_bytes()
    suffix = name.rsplit(".", 1)[1]
    assert check_cli(data, suffix) == 2
    assert check_cli(data, suffix, ["check", "--format", "json"]) == 2


def _run(*argv: str) -> tuple[int, str]:
    out = _io.TextIOWrapper(_io.BytesIO(), encoding="utf-8", errors="strict")
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        status = main(list(argv))
    out.flush()
    return status, out.buffer.getvalue().decode()  # type: ignore[attr-defined]


@pytest.mark.skipif(sys.platform == "win32" or os.name != "posix",
                    reason="POSIX file names are bytes")
def test_a_file_name_that_is_not_utf8_is_shown_escaped(tmp_path: Path) -> None:
    name = os.fsdecode(b"s\xff.toml")  # '\udcff' inside, as argv gives it
    path = tmp_path / name
    try:
        path.write_bytes((FIXTURES / "city-00.toml").read_bytes())
    except (OSError, UnicodeEncodeError):
        pytest.skip("the file system refuses the name")
    for fmt in ("text", "json"):
        status, output = _run("check", "--format", fmt, str(path))
        assert status == 2
        assert "s\\udcff.toml" in output
        assert "Traceback" not in output and "internal error" not in output


def test_output_on_a_legacy_terminal_escapes_what_it_cannot_encode(tmp_path: Path) -> None:
    out = _io.TextIOWrapper(_io.BytesIO(), encoding="ascii", errors="strict")
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        status = main(["check", str(FIXTURES / "city-arabic-digits.toml")])
    out.flush()
    text = out.buffer.getvalue().decode("ascii")  # type: ignore[attr-defined]
    assert status == 2
    assert "\\u0660\\u0661" in text
