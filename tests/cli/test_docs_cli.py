"""docs/cli.md and docs/file-format.md show real output and every key of the format."""

from __future__ import annotations

import io as stdio
import re
import shlex
from pathlib import Path

import pytest

from urbangov.cli import main
from urbangov.io._spec import TYPES

ROOT = Path(__file__).resolve().parents[2]
CLI_DOC = ROOT / "docs" / "cli.md"
FORMAT_DOC = ROOT / "docs" / "file-format.md"
CONSOLE = re.findall(r"```console\n(.*?)```", CLI_DOC.read_text(encoding="utf-8"), re.DOTALL)


def test_the_cli_page_has_an_example_of_every_command() -> None:
    shown = {shlex.split(block.splitlines()[0][2:].split("| ")[-1])[1] for block in CONSOLE}
    assert shown >= {"check", "show", "who-may", "cite", "rules", "chart", "schema", "export"}


@pytest.mark.parametrize("block", CONSOLE, ids=[b.splitlines()[0][2:50] for b in CONSOLE])
def test_console_examples_show_real_output(block: str, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    command, *expected = block.rstrip("\n").splitlines()
    assert command.startswith("$ ")
    command = command[2:]
    if " | " in command:
        feed, command = command.split(" | ")
        text = shlex.split(feed)[1] + "\n"
        monkeypatch.setattr("sys.stdin", stdio.TextIOWrapper(stdio.BytesIO(text.encode())))
    argv = shlex.split(command)
    assert argv[0] == "urbangov"
    monkeypatch.chdir(ROOT)
    main(argv[1:])
    captured = capsys.readouterr()
    actual = (captured.out + captured.err).rstrip("\n").splitlines()
    if "..." not in expected:
        assert actual == expected
        return
    position = 0
    for line in expected:
        if line == "...":
            continue
        assert line in actual[position:], line
        position = actual.index(line, position) + 1


@pytest.mark.parametrize("table", sorted(TYPES))
def test_the_format_page_documents_every_key(table: str) -> None:
    text = FORMAT_DOC.read_text(encoding="utf-8")
    for key in TYPES[table]:
        assert f"| `{key}` |" in text, (table, key)


@pytest.mark.parametrize("page", [CLI_DOC, FORMAT_DOC], ids=lambda p: p.name)
def test_python_blocks_run(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    namespace: dict[str, object] = {}
    for code in re.findall(r"```python\n(.*?)```", page.read_text(encoding="utf-8"), re.DOTALL):
        exec(compile(code, str(page), "exec"), namespace)
