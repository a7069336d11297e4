"""No command prints a traceback on any day from 2016 to 2030: each answers, or says
plainly (exit 1 or 2) why it cannot, about the units and the law of that day."""

from __future__ import annotations

from pathlib import Path

import pytest

from urbangov.cli import main

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "gia_thuy_2022.toml"
DAYS = ["2016-01-01", "2019-05-05", "2021-10-31", "2021-11-01", "2022-07-01", "2025-06-30",
        "2025-07-01", "2025-11-17", "2026-07-01", "2026-12-01", "2030-12-31"]
COMMANDS = [
    ["show", "Hà Nội", "--on", "{day}"],
    ["show", "Hồ Chí Minh", "--on", "{day}", "--format", "json"],
    ["who-may", "certify-copy", "--ward", "Gia Thụy", "--city", "Hà Nội", "--on", "{day}"],
    ["who-may", "certify-copy", "--ward", "Bồ Đề", "--city", "Hà Nội", "--on", "{day}",
     "--format", "json"],
    ["who-may", "certify-copy", "--file", str(EXAMPLE), "--on", "{day}"],
    ["units", "Đà Nẵng", "--on", "{day}", "--format", "csv"],
    ["unit", "00130", "--on", "{day}"],
]


@pytest.mark.filterwarnings("ignore::Warning")
@pytest.mark.parametrize("day", DAYS)
@pytest.mark.parametrize("argv", COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_every_command_answers_or_says_why_not(argv: list[str], day: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    try:
        code = main([a.format(day=day) for a in argv])
    except SystemExit as exc:  # argparse refusals
        code = exc.code if isinstance(exc.code, int) else 2
    out, err = capsys.readouterr()
    assert code in (0, 1, 2), (code, err[-400:])
    assert "Traceback" not in out + err
    if code:
        assert err.strip() or out.strip()  # a refusal says why
