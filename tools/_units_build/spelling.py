"""One spelling per unit for the two bundled unit files (units.json, units_history.json.gz).

The sources spell some names of 2025-06-30 differently: the old (Hoà, Thuỵ) or new
(Hòa, Thụy) place of a tone mark, "Qui"/"Quy", and hyphens dropped from merged names.
Both builders use the spelling of the 2025-06-16 resolution that names the unit on
2025-06-30 (input/docs of dvhcvn-20250701): the last legal text naming it.  Each entry
is recorded as a correction in the bundled file that differs from its source.
"""

from __future__ import annotations

import unicodedata

#: code -> (spellings found in the sources, spelling used, where the used one is written).
SPELLING: dict[str, tuple[tuple[str, ...], str, str]] = {
    "00172": (("Yên Hoà",), "Yên Hòa", "1656/NQ-UBTVQH15 Điều 1 khoản 25"),
    "00175": (("Trung Hoà",), "Trung Hòa", "1656/NQ-UBTVQH15 Điều 1 khoản 27"),
    "00181": (("Văn Miếu Quốc Tử Giám",), "Văn Miếu - Quốc Tử Giám",
              "1656/NQ-UBTVQH15 Điều 1 khoản 11"),
    "00226": (("Phương Liên Trung Tự",), "Phương Liên - Trung Tự",
              "1656/NQ-UBTVQH15 Điều 1 khoản 10"),
    "00430": (("Đức Hòa",), "Đức Hoà", "1656/NQ-UBTVQH15 Điều 1 khoản 123"),
    "00460": (("Thuỵ Lâm",), "Thụy Lâm", "1656/NQ-UBTVQH15 Điều 1 khoản 113"),
    "00652": (("Hữu Hoà",), "Hữu Hòa", "1656/NQ-UBTVQH15 Điều 1 khoản 46"),
    "00712": (("Phó Bảng",), "Phố Bảng", "1684/NQ-UBTVQH15 Điều 1 khoản 47"),
    "09988": (("Thạch Hoà",), "Thạch Hòa", "1656/NQ-UBTVQH15 Điều 1 khoản 88"),
    "20287": (("Hoà Quý",), "Hòa Quý", "1659/NQ-UBTVQH15 Điều 1 khoản 7"),
    "20290": (("Hoà Hải",), "Hòa Hải", "1659/NQ-UBTVQH15 Điều 1 khoản 7"),
    "27439": (("Bình Hưng Hoà A",), "Bình Hưng Hòa A", "1685/NQ-UBTVQH15 Điều 1 khoản 40"),
    "27442": (("Bình Hưng Hoà B",), "Bình Hưng Hòa B", "1685/NQ-UBTVQH15 Điều 1 khoản 38"),
    "27640": (("Quy Đức",), "Qui Đức", "1685/NQ-UBTVQH15 Điều 1 khoản 118"),
}


def respell(code: str, name: str) -> str | None:
    """The spelling to use for *name* of unit *code*, or None if it stays as it is."""
    entry = SPELLING.get(code)
    if entry is None or name not in entry[0]:
        return None
    return entry[1]


def ascii_name(name: str) -> str:
    """*name* without diacritics ('Qui Đức' -> 'Qui Duc'), as the sources' English names."""
    folded = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in folded if not unicodedata.combining(c))
