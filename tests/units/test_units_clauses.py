"""Every 2025-07-01 link against its clause's text (skipped without ../shared).

A link stands where its clause names the old unit with its kind word ("xã Phước Ninh",
not "phường Phước Ninh"), and its district where the clause gives one, up to the spelling
variants between the sources and the resolutions (tone marks, Đắk/Đăk, y/i, apostrophes,
Roman numerals): tools/_units_build/named.py, the rule the build applies.
"""

from __future__ import annotations

import gzip
import json
import sys

import pytest

from urbangov.units._store import read_bytes

from .test_sources import REPO, SHARED, needs_shared

pytestmark = needs_shared
DOCS = SHARED / "dvhcvn-20250701" / "input" / "docs"


@pytest.fixture(scope="module")
def checked() -> tuple[int, list[tuple[str, ...]]]:
    sys.path.insert(0, str(REPO / "tools"))
    from _units_build import named  # type: ignore[import-not-found]

    data = json.loads(gzip.decompress(read_bytes()))
    return named.check_bundled(data, DOCS)  # type: ignore[no-any-return]


def test_links_name_the_old_unit_in_their_clause(
        checked: tuple[int, list[tuple[str, ...]]]) -> None:
    passed, failed = checked
    # before the homonym fix: 10,353 of 10,472 passed (119 failed); now 87 fail, each a
    # spelling the variants do not cover ("Xà Phìn"/"Sà Phìn", "NT"/"Nông trường")
    assert passed + len(failed) == 10441
    assert len(failed) <= 87


def test_no_link_goes_to_a_clause_naming_a_homonym(
        checked: tuple[int, list[tuple[str, ...]]]) -> None:
    """The D8 errors: an old unit linked into a clause that names another unit of the
    same name under another kind word (xã / phường / thị trấn)."""
    sys.path.insert(0, str(REPO / "tools"))
    from _units_build import named

    _, failed = checked
    tables: dict[str, dict[int, named.Clause]] = {}
    confused = []
    for old, name, kind, _new, _new_name, _share, basis in failed:
        for res, _, number in json.loads(basis.replace("'", '"')):
            if res not in tables:
                tables[res] = named.read(DOCS / (res.replace("/", "_") + ".md"))
            clause = tables[res][number]
            if any(named.loose_key(m.name) == named.loose_key(name) and m.kind != kind
                   for m in clause.members):
                confused.append((old, name, kind, res, number))
    # no clause names these under the kind word the sources give them (the resolution
    # writes "phường Tiên Sơn", "xã Châu Thành"): no other unit to link, the source's kept
    assert confused == [("13369", "Tiên Sơn", "xa", "1674/NQ-UBTVQH15", 102),
                        ("28810", "Châu Thành", "thi_tran", "1687/NQ-UBTVQH15", 59),
                        ("29374", "Châu Thành", "thi_tran", "1687/NQ-UBTVQH15", 34)]


@pytest.mark.parametrize(("old", "new"), [
    ("20669", {"20669"}),  # xã Phước Ninh -> xã Quế Phước (NQ 1659 k.59), not phường Hải Châu
    ("23521", {"23500"}),  # xã Hà Mòn -> xã Đăk Hà (NQ 1677 k.56)
    ("15598", {"15592"}),  # xã Trường Xuân -> Xuân Lập (NQ 1686 k.60)
    ("09859", {"09871"}),  # xã Sơn Đồng -> Sơn Đồng (NQ 1656 k.104); k.89 names Sơn Đông
    ("21727", {"21727"}),  # xã Ân Nghĩa -> Kim Sơn (NQ 1664 k.27)
    ("31240", {"31246"}),  # xã Thạnh An (k.43), not thị trấn Thạnh An (k.42)
    ("14770", {"14797"}),  # phường Phú Sơn (thành phố Thanh Hóa) -> Hạc Thành (NQ 1686 k.127)
    ("00712", {"00745"}),  # thị trấn Phố Bảng -> xã Phố Bảng (NQ 1684 k.47)
])
def test_the_examiners_cases(old: str, new: set[str]) -> None:
    import datetime as dt

    from urbangov import units
    day = units.REFORM - dt.timedelta(days=1)
    got = {ln.successor.split("@")[0] for ln in units.successors(old, day)}
    assert got == new


def test_pho_bang_is_spelt_as_the_resolution_and_not_renamed() -> None:
    """NQ 1684 k.47 and CV 1027/CTK-CSCL write "Phố Bảng"; the source's v3 releases wrote
    "Phó Bảng", which read as a rename on 2026-04-30 when its v4 releases corrected it."""
    import datetime as dt

    from urbangov import units
    day = units.REFORM - dt.timedelta(days=1)
    assert units.unit("00712", day).version.name == "Phố Bảng"
    assert units.unit("00745", units.REFORM).version.name == "Phố Bảng"
    assert [v.name for v in units.get("00745@2025-07-01").versions] == ["Phố Bảng"]
