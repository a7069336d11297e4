"""Test-suite settings: Hypothesis runs derandomized under CI so a landing is reproducible.

Locally the tests explore new examples on every run (and keep failures in the example
database); set ``HYPOTHESIS_PROFILE=thorough`` for a longer search.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("thorough", max_examples=1000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI")
                                     else "dev"))
