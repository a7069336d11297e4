"""Read the per-resolution patches of vietnamese-provinces-database.

Each patch file is a series of blocks headed ``Decree: 721/NQ-UBTVQH15`` whose
``WHERE code ...`` clauses name the units that resolution touched.  A block headed by
several decrees (``569`` and ``570``) does not say which of them touched which unit.
"""

from __future__ import annotations

import re
from pathlib import Path

_DECREE = re.compile(r"Decree:\s*([0-9]+/[A-Z0-9Đ-]+)")
_CODES = re.compile(r"WHERE\s+code\s*(?:IN\s*\(([^)]*)\)|=\s*'(\d+)')", re.I)


def basis_by_code(patch_dir: Path) -> dict[str, tuple[str, ...]]:
    """Unit code -> the resolution(s) of the patch block that touched it."""
    out: dict[str, tuple[str, ...]] = {}
    for path in sorted(patch_dir.rglob("*.sql")):
        if "hotfix" in path.parts or path.name == "patch_checker.sql":
            continue
        text = path.read_text(encoding="utf-8")
        heads = list(re.finditer(r"/\*(?:(?!\*/).)*?Decree:.*?\*/", text, re.S))
        for i, head in enumerate(heads):
            decrees = tuple(d.replace("_", "-") for d in _DECREE.findall(head.group(0)))
            end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
            for m in _CODES.finditer(text, head.end(), end):
                codes = re.findall(r"'(\d+)'", m.group(1)) if m.group(1) else [m.group(2)]
                for code in codes:
                    out[code] = decrees
    return out
