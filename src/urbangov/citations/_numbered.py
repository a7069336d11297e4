"""References by number (dẫn chiếu theo số): when a number after a kind word is one.

"Nghị định số 32/2021/NĐ-CP" is a reference; so are "Nghị quyết số 1111" and
"Nghị định 23" with a bare number, but not "kế hoạch 5 năm" (a quantity), "Kế hoạch
2021" (the plan for a year), "NĐ 33" (an abbreviation needs the year) nor a bare number
after a lower-case kind word.
:func:`numbered` reads the identifier after a kind word and applies these rules.
"""

from __future__ import annotations

import re

from urbangov._text import fold
from urbangov.citations import _patterns as P
from urbangov.citations._kinds import ABBREVIATED_WORDS, STRONG_KINDS
from urbangov.citations._model import Reference
from urbangov.citations._symbols import ident_groups, reference
from urbangov.law import InstrumentKind

__all__ = ["numbered"]

K = InstrumentKind

# Words after a bare number that make it a quantity, not a document ("kế hoạch 5 năm").
# Matched with their marks: "quý" (a quarter) is a unit, "quy định" is not.
_UNITS = frozenset(w for w in (
    "năm", "tháng", "ngày", "giờ", "phút", "tuần", "quý", "người", "lần", "phần",
    "điều", "khoản", "chương", "mục", "trang", "tỷ", "triệu", "nghìn", "ngàn", "đồng",
    "hồ", "đơn", "thành", "đại", "cán", "xã", "phường", "quận", "huyện", "tỉnh",
    "nội", "nhiệm", "văn", "km", "m", "ha", "lượt", "cuộc", "căn", "hộ", "tiêu",
))
_NEXT_WORD = re.compile(r"\s*(%|[^\W_]+)")
_NUMBER_AFTER = re.compile(r"[^\S\n]+\d")
# A year after "năm" that no range or further digit continues ("năm 2025", not
# "năm 2021-2025").
_YEAR_AFTER = re.compile(r"[^\S\n]+(?:19|20)\d\d(?![\d/.,-]|[^\S\n]*[-–])")
# Kinds that are also common nouns but are cited by a bare number in news ("Quy định
# 296 của Ban Chấp hành Trung ương"): read when what follows marks a reference.
_BARE_WEAK = frozenset({K.QUY_DINH, K.HUONG_DAN, K.THONG_BAO, K.KE_HOACH, K.QUY_CHE,
                        K.TO_TRINH, K.BAO_CAO})
_REFERENCE_CONTEXT = re.compile(
    rf"{P.OWS}(?:[,;)\]]|\.(?!\d)|$|(?:của|ngày|CỦA|NGÀY)(?!\w))")
_YEARLIKE = re.compile(r"(?:19|20)\d\d")
_OWNER_CONTEXT = re.compile(rf"{P.OWS},?{P.OWS}(?:của|ngày|CỦA|NGÀY)(?!\w)")


def numbered(work: str, kind: K, word: str, end: int) -> tuple[Reference, int] | None:
    """The reference by number after kind word *word* ending at *end*, and where it
    ends."""
    t = P.NUMBER_TAIL.match(work, end)
    if t is None and (q := P.QUALIFIER.match(work, end)) is not None:
        t = P.NUMBER_TAIL.match(work, q.end())  # "Báo cáo thẩm tra số 18/BC-HĐND"
    if t is None:
        return None
    groups = ident_groups(t)
    if not any(groups[1:]):
        # A bare number: "Nghị quyết số 1111", "Nghị định 23", but not "kế hoạch 5 năm"
        # nor "NĐ 33".
        if word in ABBREVIATED_WORDS:
            return None
        if not t["so"] and (word[:1].islower() or (
                kind not in STRONG_KINDS and not _bare_in_context(work, kind, t))):
            return None
        if _is_quantity(work, t.end()):
            return None
    return reference(kind, groups), t.end()


def _is_quantity(work: str, pos: int) -> bool:
    nxt = _NEXT_WORD.match(work, pos)
    if nxt is None or not (nxt[1] == "%" or nxt[1].lower() in _UNITS):
        return False
    # "Nghị định 300 Điều 7" is the decree and its article, not 300 articles.
    if nxt[1].lower() in ("điều", "khoản") and _NUMBER_AFTER.match(work, nxt.end()):
        return False
    # "Kết luận 127 năm 2025" is the year of the reference, not 127 years.
    if nxt[1].lower() == "năm" and _YEAR_AFTER.match(work, nxt.end()):
        return False
    # "Nghị quyết 18 ngày 25/10/2017" is dated, not eighteen days.
    return fold(nxt[1]) != "ngay" or P.DATE_TAIL.match(work, pos) is None


def _bare_in_context(work: str, kind: K, t: re.Match[str]) -> bool:
    if kind not in _BARE_WEAK or _YEARLIKE.fullmatch(t["num"]):
        return False  # "Kế hoạch 2021" is the plan for a year
    if len(t["num"]) >= 2:
        return _REFERENCE_CONTEXT.match(work, t.end()) is not None
    return _OWNER_CONTEXT.match(work, t.end()) is not None
