"""Helpers of ``tools/build_units_history.py`` (development only, never imported by urbangov)."""
