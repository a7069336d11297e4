"""Read the national snapshots of vietnamese-provinces-database (PostgreSQL dumps)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

_INSERT = re.compile(r"INSERT INTO\s+([a-z_]+)\s*\(([^)]*)\)\s*VALUES", re.I)
_TUPLE = re.compile(r"\(((?:'(?:[^']|'')*'|[^'()])*)\)")
_FIELD = re.compile(r"\s*(?:'((?:[^']|'')*)'|(NULL|[-\d.]+))\s*(?:,|$)")

#: the upstream's administrative_units.code_name -> urbangov UnitKind slug
KINDS = {
    "thanh_pho_truc_thuoc_trung_uong": "thanh_pho",
    "tinh": "tinh",
    "thanh_pho_thuoc_thanh_pho_truc_thuoc_trung_uong": "thanh_pho_thuoc_tp",
    "thanh_pho_thuoc_tinh": "thanh_pho_thuoc_tinh",
    "quan": "quan",
    "thi_xa": "thi_xa",
    "huyen": "huyen",
    "phuong": "phuong",
    "thi_tran": "thi_tran",
    "xa": "xa",
    "dac_khu": "dac_khu",
}


def nfc(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _fields(body: str) -> list[str | None]:
    out: list[str | None] = []
    pos = 0
    while pos < len(body):
        m = _FIELD.match(body, pos)
        if m is None:
            raise ValueError(f"cannot parse SQL tuple {body!r}")
        if m.group(1) is not None:
            out.append(m.group(1).replace("''", "'"))
        else:
            out.append(None if m.group(2) == "NULL" else m.group(2))
        pos = m.end()
    return out


def tables(path: Path) -> dict[str, list[dict[str, str | None]]]:
    """Every row of every INSERT in *path*, by table name."""
    text = path.read_text(encoding="utf-8")
    out: dict[str, list[dict[str, str | None]]] = {}
    matches = list(_INSERT.finditer(text))
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        cols = [c.strip().strip('"') for c in m.group(2).split(",")]
        chunk = text[m.end():end]
        # a statement ends at the first ';' outside quotes; tuples before it are the rows
        for t in _TUPLE.finditer(chunk):
            values = _fields(t.group(1))
            if len(values) != len(cols):
                raise ValueError(f"{path}: {len(values)} values for {cols}: {t.group(0)!r}")
            out.setdefault(m.group(1).lower(), []).append(dict(zip(cols, values, strict=True)))
            if chunk[t.end():].lstrip().startswith(";"):
                break
    return out


def snapshot(path: Path) -> dict[str, dict[str, object]]:
    """code -> {level, name, name_en, kind, parent} for one release's data file."""
    data = tables(path)
    kinds = {r["id"]: KINDS[str(r["code_name"])] for r in data["administrative_units"]}
    units: dict[str, dict[str, object]] = {}
    for r in data["provinces"]:
        units[str(r["code"])] = {"level": 1, "name": nfc(str(r["name"])),
                                 "name_en": nfc(str(r["name_en"] or "")) or None,
                                 "kind": kinds[r["administrative_unit_id"]], "parent": None}
    for r in data.get("districts", []):
        units[str(r["code"])] = {"level": 2, "name": nfc(str(r["name"])),
                                 "name_en": nfc(str(r["name_en"] or "")) or None,
                                 "kind": kinds[r["administrative_unit_id"]],
                                 "parent": str(r["province_code"])}
    for r in data["wards"]:
        parent = r.get("district_code") or r.get("province_code")
        units[str(r["code"])] = {"level": 3, "name": nfc(str(r["name"])),
                                 "name_en": nfc(str(r["name_en"] or "")) or None,
                                 "kind": kinds[r["administrative_unit_id"]],
                                 "parent": str(parent)}
    return units
