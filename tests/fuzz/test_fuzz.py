"""Fuzzing: structure-aware and byte mutations of the example files, through io and the CLI.

Invariants (issue #15): reading raises only the library's errors (``LoadError``,
``InvariantError``) with printable messages; ``check`` agrees with ``load``; every
accepted file dumps and loads back unchanged in TOML and JSON; ``urbangov`` commands on
the same files exit 0, 1 or 2, never 3, and print no traceback.

Bounded for CI (derandomized there by tests/conftest.py): a few hundred inputs, some
seconds.  For a long local run raise the count, e.g.
``URBANGOV_FUZZ_EXAMPLES=20000 pytest tests/fuzz -p no:cacheprovider``, or use the
faster driver without Hypothesis: ``python tools/fuzz.py --inputs 1000000``.
"""

from __future__ import annotations

import os
import random

from fuzz_inputs import COMMANDS, MUTANTS, byte_mutant, check_cli, check_loads, structure_mutant
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

_SCALE = int(os.environ.get("URBANGOV_FUZZ_EXAMPLES", "0"))


def _settings(ci: int) -> settings:
    return settings(max_examples=_SCALE or ci, deadline=None, database=None if _SCALE else
                    settings().database,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much])


randoms = st.randoms(use_true_random=False)


@_settings(300)
@given(randoms)
def test_structure_mutants_read_or_are_refused(rnd: random.Random) -> None:
    _suffix, data = structure_mutant(rnd)
    check_loads(data)


@_settings(300)
@given(randoms)
def test_byte_mutants_read_or_are_refused(rnd: random.Random) -> None:
    _suffix, data = byte_mutant(rnd)
    check_loads(data)


@_settings(100)
@given(randoms, st.sampled_from(sorted(MUTANTS)), st.booleans())
def test_named_format_reads_or_refuses(rnd: random.Random, kind: str, wrong: bool) -> None:
    suffix, data = MUTANTS[kind](rnd)
    fmt = ({"toml": "json", "json": "toml"}[suffix] if wrong else suffix)
    check_loads(data, fmt)


@_settings(60)
@given(randoms, st.sampled_from(sorted(MUTANTS)), st.sampled_from(COMMANDS))
def test_commands_exit_0_to_2_without_traceback(rnd: random.Random, kind: str,
                                                command: list[str]) -> None:
    suffix, data = MUTANTS[kind](rnd)
    check_cli(data, suffix, command)


ARGS = st.one_of(st.text(max_size=12), st.sampled_from(
    ["9" * 5000, "00", "0", "01", "79", "Hà Nội", "1/1/1800", "31/12/9999", "2022-07-01",
     "٣٠/٦/٢٠٢٣", "certify-copy", "Gia Thụy", "\udcff", "", " ", "-", "--on", "Quận 1"]))
QUERIES = [["show", "{0}"], ["show", "01", "--on", "{0}"], ["show", "79", "--district", "{0}"],
           ["who-may", "{0}", "--ward", "Gia Thụy", "--city", "01", "--on", "2022-07-01"],
           ["who-may", "certify-copy", "--ward", "{0}", "--city", "{1}", "--on", "{2}"],
           ["chart", "{0}"], ["chart", "01", "--district", "{0}"], ["rules", "--regime", "{0}"]]


@_settings(60)
@given(st.sampled_from(QUERIES), ARGS, ARGS, ARGS)
def test_hostile_arguments_exit_0_to_2_without_traceback(query: list[str], a: str, b: str,
                                                          c: str) -> None:
    import contextlib
    import io as _io

    from urbangov.cli import main

    argv = [part.format(a, b, c) for part in query]
    out = _io.TextIOWrapper(_io.BytesIO(), encoding="utf-8", errors="strict")
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        try:
            status = main(argv)
        except SystemExit as exc:  # argparse prints usage errors itself
            status = exc.code if isinstance(exc.code, int) else 2
    out.flush()
    text = out.buffer.getvalue().decode()  # type: ignore[attr-defined]
    assert status in (0, 1, 2), (status, text)
    assert "Traceback" not in text and "internal error" not in text, text
