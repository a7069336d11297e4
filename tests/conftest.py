"""Test-suite settings: Hypothesis runs derandomized under CI so a landing is reproducible.

Under mutation testing (``HYPOTHESIS_PROFILE=mutation``) the tests likeliest to kill
the mutant run first and failures are not shrunk.

Locally the tests explore new examples on every run (and keep failures in the example
database); set ``HYPOTHESIS_PROFILE=thorough`` for a longer search.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, Phase, settings

settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("thorough", max_examples=1000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", deadline=None)
# Mutation testing (tools/mutation.py): as in CI, but a failure is not shrunk (a mutant
# is killed by the first failing example; shrinking it would only cost time).
settings.register_profile("mutation", derandomize=True, deadline=None,
                          phases=(Phase.explicit, Phase.reuse, Phase.generate),
                          report_multiple_bugs=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI")
                                     else "dev"))


#: Under a mutant, each property test draws this fraction of its examples (1/3): a
#: surviving mutant runs every test that reaches its function, about 100 s for a rule
#: with all of them; the full share runs in CI.
MUTATION_SHARE = 3


def pytest_collection_modifyitems(config: object, items: list[object]) -> None:
    """Under a mutant (tools/mutation.py), run first the tests likeliest to kill it.

    mutmut stops a mutant's tests at the first failure (``-x``), so the order decides how
    long a killed mutant takes, never whether it is killed: the property tests of the
    rule the mutated function registers first, then tests/mutation_killers, then the
    other tests without Hypothesis, then the rest.  Each property test draws a third of
    its examples: the score is a lower bound of the full suite's.
    """
    mutant = os.environ.get("MUTANT_UNDER_TEST", "")
    if "__mutmut_" not in mutant:
        return
    function = mutant.rpartition(".")[2].split("__mutmut_")[0]
    function = function.rpartition("ǁ")[2].removeprefix("x_")
    from urbangov.validation import rules

    codes = {f"[{r.code}]" for r in rules() if r.check.__name__ == function}

    def rank(item: object) -> int:
        nodeid: str = getattr(item, "nodeid", "")
        if any(nodeid.endswith(code) for code in codes):
            return 0
        if nodeid.startswith("tests/mutation_killers/"):
            return 1
        test = getattr(item, "obj", None)
        return 3 if getattr(test, "is_hypothesis_test", False) else 2

    items.sort(key=rank)  # stable: each group keeps the collection order
    for item in items:  # and a third of the examples (at least 5) for each property
        test = getattr(item, "obj", None)
        own = getattr(test, "_hypothesis_internal_use_settings", None)
        if own is not None and not getattr(test, "_mutation_examples", False):
            test._hypothesis_internal_use_settings = settings(  # type: ignore[union-attr]
                own, max_examples=max(5, own.max_examples // MUTATION_SHARE))
            test._mutation_examples = True  # type: ignore[union-attr]
