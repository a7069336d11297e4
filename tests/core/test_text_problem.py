"""`_valid.text_problem`: its fast path for printable texts gives the full check's answer."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from urbangov._valid import MAX_TEXT_LENGTH, surrogate, text_problem


def _full(value: str) -> str | None:
    """The check spelt out, without the fast path: length, surrogates, emptiness."""
    if len(value) > MAX_TEXT_LENGTH:
        return "long"
    if surrogate(value) is not None:
        return "surrogate"
    return None if value.strip() else "empty"


@given(st.one_of(st.text(), st.text(alphabet=" \t\n\xa0\u2003a\ud800\udfff", max_size=6),
                 st.integers(MAX_TEXT_LENGTH - 1, MAX_TEXT_LENGTH + 1).map(lambda n: "a" * n)))
def test_the_fast_path_agrees_with_the_full_check(value: str) -> None:
    problem = text_problem(value)
    expected = _full(value)
    assert (problem is None) == (expected is None)
    if expected == "long":
        assert problem is not None and "characters long" in problem
    if expected == "surrogate":
        assert problem is not None and "surrogate" in problem
