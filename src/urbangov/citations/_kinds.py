"""Kind words (loại văn bản) as written in prose, and kinds read from symbols.

A reference names its kind either in words ("Nghị định số 32/2021/NĐ-CP") or only
through its symbol ("32/2021/NĐ-CP": NĐ is a decree).  This module holds both tables.
"""

from __future__ import annotations

import functools

from urbangov._text import fold
from urbangov.law import InstrumentKind as K

__all__ = [
    "ABBREVIATED_WORDS",
    "KIND_WORDS",
    "NAMED_KINDS",
    "STRONG_KINDS",
    "kind_of_symbol",
    "kind_of_word",
]

# Every phrase that names a kind before a number, in its usual spelling.  Longer
# phrases must win over their prefixes ("Thông tư liên tịch" over "Thông tư").
KIND_WORDS: dict[str, K] = {
    "Hiến pháp": K.HIEN_PHAP,
    "Bộ luật": K.BO_LUAT,
    "Luật": K.LUAT,
    "Pháp lệnh": K.PHAP_LENH,
    "Nghị quyết liên tịch": K.NGHI_QUYET,
    "Nghị quyết": K.NGHI_QUYET,
    "Nghị định": K.NGHI_DINH,
    # The decree's abbreviation, as notes and tables write it before a number with its
    # year ("NĐ 70/2025", "Điều 57 NĐ 145/2020/NĐ-CP"); see ABBREVIATED_WORDS.
    "NĐ": K.NGHI_DINH,
    "Quyết định": K.QUYET_DINH,
    "Thông tư liên tịch": K.THONG_TU_LIEN_TICH,
    "Thông tư": K.THONG_TU,
    "Chỉ thị": K.CHI_THI,
    "Kế hoạch": K.KE_HOACH,
    "Công văn": K.CONG_VAN,
    "Công điện": K.CONG_DIEN,
    "Thông tri": K.THONG_TRI,
    "Kết luận": K.KET_LUAN,
    "Thông báo kết luận": K.THONG_BAO,
    "Thông báo": K.THONG_BAO,
    "Hướng dẫn": K.HUONG_DAN,
    "Tờ trình": K.TO_TRINH,
    "Chương trình hành động": K.CHUONG_TRINH,
    "Chương trình": K.CHUONG_TRINH,
    "Báo cáo": K.BAO_CAO,
    "Đề án": K.DE_AN,
    "Quy chế": K.QUY_CHE,
    "Quy định": K.QUY_DINH,
    "Văn bản hợp nhất": K.VAN_BAN_HOP_NHAT,
    # The generic word, and orders of the President ("Lệnh số 20/2015/L-CTN") and
    # decrees of old ("Sắc lệnh số 20/SL"): the kind is then read from the symbol.
    "Văn bản": K.OTHER,
    # A plan of arrangement ("Phương án số 316/PA-UBND", the 2023-2025 rearrangement of
    # units): no kind of its own in the catalogue.
    "Phương án": K.OTHER,
    "Sắc lệnh": K.OTHER,
    "Lệnh": K.OTHER,
}

# Kind words that are abbreviations: read before an identifier with a year or symbol
# only, as "NĐ 33" alone is shorthand for whichever decree 33 the writer has in mind.
ABBREVIATED_WORDS = frozenset({"NĐ"})

# Kinds cited by name ("Luật Thủ đô", "Bộ luật Dân sự", "Hiến pháp năm 2013",
# "Pháp lệnh ưu đãi người có công với cách mạng số 26/2005/PL-UBTVQH11").
NAMED_KINDS = frozenset({K.HIEN_PHAP, K.BO_LUAT, K.LUAT, K.PHAP_LENH})

# Kinds whose word followed directly by a bare number is a citation ("Nghị định 23").
# The others are also ordinary nouns ("kế hoạch 5 năm", "báo cáo 6 tháng") and need
# "số" or a symbol before a number counts.
STRONG_KINDS = frozenset({
    K.PHAP_LENH, K.NGHI_QUYET, K.NGHI_DINH, K.QUYET_DINH, K.THONG_TU,
    K.THONG_TU_LIEN_TICH, K.CHI_THI, K.CONG_VAN, K.CONG_DIEN, K.THONG_TRI,
    K.KET_LUAN, K.VAN_BAN_HOP_NHAT,
})

_BY_FOLD = {fold(word): kind for word, kind in KIND_WORDS.items()}

# Type codes at the head of a State symbol (as in the drafting rules on văn thư).
_STATE_CODES: dict[str, K] = {
    "nđ": K.NGHI_DINH, "nq": K.NGHI_QUYET, "nqlt": K.NGHI_QUYET, "qđ": K.QUYET_DINH,
    "tt": K.THONG_TU, "ttlt": K.THONG_TU_LIEN_TICH, "ct": K.CHI_THI, "kh": K.KE_HOACH,
    "cv": K.CONG_VAN, "cđ": K.CONG_DIEN, "kl": K.KET_LUAN, "tb": K.THONG_BAO,
    "hd": K.HUONG_DAN, "ttr": K.TO_TRINH, "ctr": K.CHUONG_TRINH, "bc": K.BAO_CAO,
    "đa": K.DE_AN, "qc": K.QUY_CHE, "vbhn": K.VAN_BAN_HOP_NHAT, "pl": K.PHAP_LENH,
    "qyđ": K.QUY_DINH,
    # Phương án (PA, Phụ lục III Nghị định 30/2020/NĐ-CP): a type code, not an issuer,
    # so not a letter; and the action programme as Party committees often write it
    # ("147-CTHĐ/TU") beside the usual "CTr".
    "pa": K.OTHER, "cthđ": K.CHUONG_TRINH, "cthd": K.CHUONG_TRINH,
    # Typed without "Đ" ("32/2021/ND-CP"), as often on the web.
    "nd": K.NGHI_DINH, "qd": K.QUYET_DINH, "cd": K.CONG_DIEN, "da": K.DE_AN,
}
# Party documents reuse some codes differently: "03-TT/QU" is a thông tri, "105-QĐ/TW"
# a quy định.
_PARTY_CODES: dict[str, K] = {**_STATE_CODES, "tt": K.THONG_TRI, "qđ": K.QUY_DINH}


@functools.lru_cache(maxsize=512)
def kind_of_word(word: str) -> K | None:
    """The kind named by *word* in any case or spacing ("NGHỊ  ĐỊNH"), else None."""
    return _BY_FOLD.get(fold(word))


def kind_of_symbol(symbol: str, *, party: bool, has_year: bool) -> K:
    """The kind read from a symbol's type code ("NĐ-CP" → decree).

    A symbol that starts with an issuing body instead of a type code ("UBND-NC",
    "SNV-CCVTLT") is an official letter (công văn) when it has no year, as the
    State's letters are numbered that way; otherwise the kind is unknown (OTHER).
    """
    head = symbol.replace("/", "-").split("-", 1)[0]
    code = "".join(c for c in head if not c.isdigit()).lower()
    table = _PARTY_CODES if party else _STATE_CODES
    if code in table:
        return table[code]
    if "/" in symbol:
        # An old joint document's code after the slash: "01-TANDTC-VKSNDTC/TTLT".
        tail = symbol.rsplit("/", 1)[1].lower()
        if tail in ("ttlt", "nqlt"):
            return table[tail]
    if not has_year and not party and "-" in symbol:
        return K.CONG_VAN
    return K.OTHER
