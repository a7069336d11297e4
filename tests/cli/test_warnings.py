"""A warning of the library is one line of the command's output (``urbangov: warning:
…``), said once, never Python's report with a source path and a line of code."""

from __future__ import annotations

import warnings

import pytest

from urbangov.cli import _commands, main
from urbangov.cli._out import CliError


def test_a_library_warning_is_one_line_said_once(capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    shown = _commands.COMMANDS["show"]

    def warns_twice(args: object, out: object) -> int:
        for _ in range(2):  # from two places in the library, as data.city does
            warnings.warn("a gap in the bundled units", UserWarning, stacklevel=1)
        return shown(args, out)  # type: ignore[arg-type]

    monkeypatch.setitem(_commands.COMMANDS, "show", warns_twice)
    assert main(["show", "01", "--on", "2026-12-01"]) == 0
    err = capsys.readouterr().err
    assert err.splitlines().count("urbangov: warning: a gap in the bundled units") == 1
    assert ".py:" not in err and "warnings.warn" not in err


def test_a_warning_comes_with_an_error_too(capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    def warns_then_fails(args: object, out: object) -> int:
        warnings.warn("first this", UserWarning, stacklevel=1)
        raise CliError("then that")

    monkeypatch.setitem(_commands.COMMANDS, "show", warns_then_fails)
    assert main(["show", "01", "--on", "2026-12-01"]) == 2
    err = capsys.readouterr().err
    assert "urbangov: warning: first this" in err and "then that" in err
