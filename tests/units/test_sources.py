"""The bundled units against the upstream sources (skipped without ../shared)."""

from __future__ import annotations

import datetime as dt
import gzip
import importlib.util
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from urbangov import units
from urbangov.units._store import read_bytes, store

REPO = Path(__file__).resolve().parents[2]


def shared_data() -> Path:
    """The shared data folder (may not exist: the tests that need it then skip)."""
    env = os.environ.get("URBANGOV_SHARED")
    return Path(env) / "data" if env else REPO.parent / "shared" / "data"


SHARED = shared_data()
needs_shared = pytest.mark.skipif(
    not (SHARED / "dvhcvn-20250701").is_dir() or not (SHARED / "vn-provinces-database").is_dir(),
    reason=f"the upstream unit sources are not at {SHARED} (../shared/data beside the "
           "repository, or $URBANGOV_SHARED/data)")

pytestmark = needs_shared


def _tool() -> object:
    path = REPO / "tools" / "build_units_history.py"
    sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location("build_units_history", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_old_commune_has_the_sources_successors() -> None:
    """For every old unit of the 2025-07-01 mapping, the library's successors are the
    source's, with the same full/partial, except the choices recorded in the data."""
    merges = json.loads((SHARED / "dvhcvn-20250701/mapping/merges.json").read_text("utf-8"))
    expected: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for prov in merges["data"]:
        for new in prov["level2s"]:
            for old in new["merges"]:
                expected[old["old_id"]].add((new["level2_id"], old["type"]))
    recoded = {"23737": "23938"}  # the recorded majority choice (docs: known disagreements)
    s = store()
    day = units.REFORM - dt.timedelta(days=1)
    checked = 0
    raw = json.loads(gzip.decompress(read_bytes()))
    corrected = {c["code"] for c in raw["corrections"] if c["release"] == "dvhcvn-20250701"}
    phantoms = set(_tool().PHANTOMS)  # type: ignore[attr-defined]
    relinked = corrected - phantoms  # checked against the clauses in test_units_clauses.py
    assert len(relinked) == 22
    for old, pairs in expected.items():
        if old in corrected:
            assert old in phantoms or s.holding(old, day) is not None, old
            continue
        want = {(recoded.get(code, code), share) for code, share in pairs}
        u = s.holding(old, day)
        assert u is not None, old
        links = s.successors_of(u.id)
        if not links:  # kept its identity: one full successor, itself
            assert want == {(old, "full")} and u.on(units.REFORM) is not None
        else:
            assert {(s.unit(ln.successor).code, ln.share.value) for ln in links} == want, old
            assert all(ln.provision is not None and ln.provision.article == 1
                       for ln in links), old
        checked += 1
    # 10,047 commune-level units and 5 island districts, less the corrected ones
    assert checked == 10047 + 5 - len(corrected)


def test_every_snapshot_commune_list_is_the_librarys() -> None:
    tool = _tool()
    root = SHARED / "vn-provinces-database"
    for tag, day, _ in tool.RELEASES:  # type: ignore[attr-defined]
        snap = tool.sql.snapshot(tool._release_file(root, tag))  # type: ignore[attr-defined]
        for bad, good in tool.CODE_CORRECTIONS.items():  # type: ignore[attr-defined]
            if bad in snap:
                snap[good] = snap.pop(bad)
        if tag >= "v3":
            for bad, (good, _why) in tool.NEW_CODE_SNAPSHOT.items():  # type: ignore[attr-defined]
                snap[good] = snap.pop(bad)
        want = {c for c, r in snap.items() if r["parent"] == "01" or (
            r["parent"] and snap.get(r["parent"], {}).get("parent") == "01")}
        got = {u.code for u in units.units("01", day)}
        assert got == want, (tag, sorted(got ^ want)[:10])


def test_the_bundled_file_is_what_the_tool_makes() -> None:
    tool = _tool()
    built = tool.Builder(SHARED.parent).build()  # type: ignore[attr-defined]
    bundled = json.loads(gzip.decompress(read_bytes()))
    assert tool.comparable(bundled) == tool.comparable(  # type: ignore[attr-defined]
        json.loads(json.dumps(built)))


def test_the_data_is_not_read_from_shared_at_run_time() -> None:
    text = "".join(p.read_text("utf-8") for p in (REPO / "src" / "urbangov").rglob("*.py"))
    assert "shared/data" not in text and "vn-provinces-database/" not in text
    assert Path(REPO / "src/urbangov/_data/units_history.json.gz").stat().st_size < 1_000_000
