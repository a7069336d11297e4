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
