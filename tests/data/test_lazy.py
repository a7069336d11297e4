"""Importing urbangov reads no data; the units file is read once, on first use."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def run(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args, "-c", textwrap.dedent(code)],
                          capture_output=True, text=True, check=True)


def test_import_urbangov_does_not_import_data() -> None:
    proc = run("import urbangov, sys; assert 'urbangov.data' not in sys.modules",
               "-X", "importtime")
    assert "urbangov.data" not in proc.stderr


def test_import_urbangov_reads_no_units() -> None:
    run("""
        import sys
        opened = []
        sys.addaudithook(lambda event, args: opened.append(args[0])
                         if event == "open" and str(args[0]).endswith("units.json") else None)
        import urbangov
        assert opened == [], opened
        assert "urbangov.data" not in sys.modules
    """)


def test_units_file_is_read_once_on_first_city_call() -> None:
    run("""
        import sys
        opened = []
        def hook(event, args):
            if event == "open" and str(args[0]).endswith("units.json"):
                opened.append(args[0])
        sys.addaudithook(hook)
        import urbangov
        import urbangov.data as data
        assert opened == [], opened
        assert data._load.cache_info().currsize == 0
        data.city("Hà Nội")
        assert len(opened) == 1, opened
        data.city(79).ward("Bến Nghé")
        data.cities(); data.snapshot()
        assert len(opened) == 1, opened
        assert data._load.cache_info().misses == 1
    """)


def test_import_urbangov_builds_no_regime_table_until_a_unit_is_judged() -> None:
    run("""
        import sys
        import urbangov as ug
        heavy = ("urbangov.regimes", "urbangov.authority", "urbangov._rules", "urbangov.io")
        assert not [m for m in sys.modules if m.startswith(heavy)], sorted(sys.modules)
        ug.Ward(name="Gia Thụy", city="01", as_of="2022-07-01", council=None)
        assert "urbangov.regimes" in sys.modules
        assert ug.Fact is sys.modules["urbangov.regimes"].Fact
    """)
