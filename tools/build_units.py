"""Regenerate ``src/urbangov/_data/units.json`` from the ``vietnamadminunits`` package.

The bundled snapshot holds the district- and commune-level administrative units of
Hà Nội (GSO 01), TP Hồ Chí Minh (79) and Đà Nẵng (48) as they stood just before the
2025-07-01 reform that abolished the district level.

Source: the ``admin_units_legacy`` table (the "63-province" dataset) of the MIT-licensed
``vietnamadminunits`` package (https://github.com/tranngocminhhieu/vietnamadminunits),
which ships its data as an SQLite file (``vietnamadminunits/data/dataset.db``) and
exposes it through ``vietnamadminunits.database.query``.  The package cites
danhmuchanhchinh.gso.gov.vn as its upstream source.

This script is a development tool: urbangov does not depend on ``vietnamadminunits``
at run time (or at all); install it in a development environment to regenerate::

    python -m pip install vietnamadminunits==1.0.4
    python tools/build_units.py            # writes src/urbangov/_data/units.json
    python tools/build_units.py --check    # exit 1 if the committed file is stale

The script never "fixes" the source silently: every place where the bundled record
differs from the source row is listed under ``"corrections"`` in the output, and the
script fails if the source's counts move away from the known facts checked below.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _units_build import spelling

SOURCE_PACKAGE = "vietnamadminunits"
SOURCE_TABLE = "admin_units_legacy"
OUTPUT = Path(__file__).resolve().parents[1] / "src" / "urbangov" / "_data" / "units.json"

#: GSO code -> (short name, unit class slug, basis for the class).
_SPECIAL = "Luật Tổ chức chính quyền địa phương 77/2015/QH13, Điều 3 k.3"
CITIES: dict[str, tuple[str, str, str]] = {
    "01": ("Hà Nội", "dac_biet", _SPECIAL),
    "79": ("Hồ Chí Minh", "dac_biet", _SPECIAL),
    "48": ("Đà Nẵng", "unknown", "not in the source; not recorded"),
}

DISTRICT_KINDS = {
    "Quận": "quan",
    "Huyện": "huyen",
    "Thị xã": "thi_xa",
    "Thành phố": "thanh_pho_thuoc_tp",
}
WARD_KINDS = {"Phường": "phuong", "Xã": "xa", "Thị trấn": "thi_tran"}

#: Known facts the source must agree with (kind slug -> count), checked on every run.
EXPECTED_DISTRICTS = {
    "01": {"quan": 12, "thi_xa": 1, "huyen": 17},
    "79": {"quan": 16, "thanh_pho_thuoc_tp": 1, "huyen": 5},
    "48": {"quan": 6, "huyen": 2},
}
#: Commune-level totals after the 2023-2025 rearrangements (see AS_OF_NOTE).
EXPECTED_WARDS = {"01": 526, "79": 273, "48": 47}

AS_OF = "2025-06-30"
AS_OF_NOTE = (
    "The source states no as-of date for its legacy (63-province) table.  By counting, "
    "it reflects the units in force from 2025-01-01 until the 2025-07-01 reform, i.e. the "
    "state on 2025-06-30: the 2020-2021 district rearrangements (Hà Nội 30 district-level "
    "units: 12 quận, thị xã Sơn Tây, 17 huyện; TP HCM after NQ 1111/NQ-UBTVQH14, in force "
    "2021-01-01: 16 quận, thành phố Thủ Đức, 5 huyện; Đà Nẵng 6 quận and 2 huyện, Hoàng Sa "
    "having no commune-level units) and the 2023-2025 commune-level mergers: Hà Nội 526 "
    "commune-level units (160 phường, 21 thị trấn, 345 xã; NQ 1286/NQ-UBTVQH15, in force "
    "2025-01-01), TP HCM 273 (210 phường, 5 thị trấn, 58 xã; NQ 1278/NQ-UBTVQH15, in force "
    "2025-01-01), Đà Nẵng 47 (36 phường, 11 xã; the 2024 resolution of the UBTVQH on Đà "
    "Nẵng's commune-level units, e.g. Phường Hải Châu replacing Hải Châu I and II).  The "
    "units of the 2025-07-01 two-tier reform are not included."
)


def _licence_text() -> str:
    dist = importlib.metadata.distribution(SOURCE_PACKAGE)
    for file in dist.files or ():
        if file.name.upper().startswith("LICEN"):
            return file.read_text(encoding="utf-8")
    raise SystemExit(f"{SOURCE_PACKAGE}: no licence file in its dist-info")


def _licence_name() -> str:
    dist = importlib.metadata.distribution(SOURCE_PACKAGE)
    classifiers = dist.metadata.get_all("Classifier") or []
    if "License :: OSI Approved :: MIT License" not in classifiers:
        raise SystemExit(f"{SOURCE_PACKAGE}: licence is no longer declared as MIT; stop and review")
    return "MIT"


def _split(full: str, kinds: dict[str, str]) -> tuple[str, str]:
    """Split a full name such as 'Phường Gia Thụy' into (kind prefix, name).

    The name never carries its kind word: numbered units are named by their number
    ('Phường 5' -> name '5', kind phường), so that ``full_name`` rebuilds the official
    name from kind and name for every unit alike.
    """
    for prefix in sorted(kinds, key=len, reverse=True):
        if full.startswith(prefix + " "):
            rest = full[len(prefix) + 1 :]
            return prefix, rest
    raise SystemExit(f"unexpected unit name {full!r}")


def _nfc(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def build() -> dict[str, Any]:
    from vietnamadminunits.database import query  # development-only dependency

    codes = ",".join(f"'{c}'" for c in CITIES)
    rows = query(
        "SELECT provinceCode, district, districtType, districtCode, districtShort, "
        "ward, wardType, wardCode, wardShort "
        f"FROM [{SOURCE_TABLE}] WHERE provinceCode IN ({codes}) "
        "ORDER BY provinceCode, districtCode, wardCode"
    )
    corrections: list[dict[str, str]] = []
    districts: dict[str, list[str]] = {}
    wards: dict[str, list[str]] = {}
    for row in rows:
        for key, value in row.items():
            if isinstance(value, str) and value != _nfc(value):
                corrections.append(
                    {
                        "code": row["wardCode"] or row["districtCode"],
                        "field": key,
                        "source": value,
                        "used": _nfc(value),
                        "reason": "normalised to NFC",
                    }
                )
        city = row["provinceCode"]
        dcode = row["districtCode"]
        prefix, dname = _split(_nfc(row["district"]), DISTRICT_KINDS)
        if prefix != row["districtType"]:
            raise SystemExit(f"district type mismatch: {row}")
        record = [dcode, dname, DISTRICT_KINDS[prefix], city]
        if districts.setdefault(dcode, record) != record:
            raise SystemExit(f"district {dcode} described twice differently")
        if row["ward"] is None:  # a district without commune-level units (Hoàng Sa)
            continue
        wcode = row["wardCode"]
        prefix, wname = _split(_nfc(row["ward"]), WARD_KINDS)
        if prefix != row["wardType"]:
            # The name says one kind and the wardType column another; the name is the
            # official one ('Phường 5' of Quận Phú Nhuận is typed 'Xã' in the source).
            corrections.append(
                {
                    "code": wcode,
                    "field": "wardType",
                    "source": str(row["wardType"]),
                    "used": WARD_KINDS[prefix],
                    "reason": f"the official name {row['ward']!r} and its parent "
                    f"({row['district']}) show the kind; the source's wardType column disagrees",
                }
            )
        short = _nfc(row["wardShort"])
        if short not in (wname, f"{wname} ({prefix})", f"{prefix} {wname}"):
            raise SystemExit(f"short name {short!r} disagrees with {row['ward']!r}")
        if wcode in wards:
            raise SystemExit(f"ward code {wcode} appears twice")
        used = spelling.respell(wcode, wname)
        if used is not None:
            corrections.append(
                {
                    "code": wcode,
                    "field": "ward",
                    "source": wname,
                    "used": used,
                    "reason": f"spelling of {spelling.SPELLING[wcode][2]}, the last legal text "
                    "naming it; the same in units_history.json.gz",
                }
            )
            wname = used
        wards[wcode] = [wcode, wname, WARD_KINDS[prefix], dcode]

    _check(districts, wards)
    dist = importlib.metadata.distribution(SOURCE_PACKAGE)
    licence_text = _licence_text()
    return {
        "format": 1,
        "description": "District- and commune-level units of Hà Nội, TP Hồ Chí Minh and Đà Nẵng "
        "just before the 2025-07-01 reform.",
        "as_of": AS_OF,
        "in_force_from": "2025-01-01",
        "as_of_note": AS_OF_NOTE,
        "source": {
            "package": SOURCE_PACKAGE,
            "version": dist.version,
            "table": SOURCE_TABLE,
            "url": "https://github.com/tranngocminhhieu/vietnamadminunits",
            "upstream": "danhmuchanhchinh.gso.gov.vn (as cited by the package)",
            "licence": _licence_name(),
            "copyright": next(
                line.strip() for line in licence_text.splitlines() if "Copyright" in line
            ),
        },
        "generated_by": "tools/build_units.py",
        "unit_classes": "Unit classes (loại I/II/III) of districts and wards are not in the source "
        "and are recorded as 'unknown'.  City classes come from the law, not the source.",
        "corrections": corrections,
        "columns": ["code", "name", "kind", "parent"],
        "cities": [
            [code, name, "thanh_pho", cls, basis] for code, (name, cls, basis) in CITIES.items()
        ],
        "districts": sorted(districts.values()),
        "wards": sorted(wards.values()),
    }


def _check(districts: dict[str, list[str]], wards: dict[str, list[str]]) -> None:
    for city, expected in EXPECTED_DISTRICTS.items():
        found = Counter(d[2] for d in districts.values() if d[3] == city)
        if dict(found) != expected:
            raise SystemExit(f"city {city}: district kinds {dict(found)} != {expected}")
    by_city = Counter(districts[w[3]][3] for w in wards.values())
    if dict(by_city) != EXPECTED_WARDS:
        raise SystemExit(f"commune-level totals {dict(by_city)} != {EXPECTED_WARDS}")


def render(data: dict[str, Any]) -> str:
    """JSON with one unit per line: compact, yet reviewable in a diff."""
    head = {k: v for k, v in data.items() if k not in ("cities", "districts", "wards")}
    lines = ["{"]
    for key, value in head.items():
        lines.append(f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},")
    for i, key in enumerate(("cities", "districts", "wards")):
        rows = ",\n".join(
            json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in data[key]
        )
        comma = "," if i < 2 else ""
        lines.append(f"{json.dumps(key)}: [\n{rows}\n]{comma}")
    lines.append("}")
    text = "\n".join(lines) + "\n"
    json.loads(text)  # it must stay valid JSON
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed file is stale")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    text = render(build())
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is stale; run tools/build_units.py", file=sys.stderr)
            return 1
        print(f"{args.output} is up to date")
        return 0
    args.output.write_text(text, encoding="utf-8")
    data = json.loads(text)
    print(
        f"wrote {args.output}: {len(data['cities'])} cities, {len(data['districts'])} districts, "
        f"{len(data['wards'])} commune-level units, {len(data['corrections'])} corrections"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
