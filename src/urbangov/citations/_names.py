"""Where a law's name and an issuer's name end.

Both names are runs of words with no mark of their end, so both stop conservatively
at the first word that cannot belong to them: a function word ("và", "về", "của",
"được"), a date or year word ("ngày", "năm"), "số", punctuation, or a verb phrase
such as "quy định" or "ban hành".  An issuer must also stop at a lower-case word
outside the small vocabulary of body names ("nhân dân", "thành phố", "thường vụ").
Words are compared in lower case with their diacritics: folding would make the
"vệ" of "Bảo vệ" the stop word "về".
"""

from __future__ import annotations

import re

from urbangov.citations._kinds import KIND_WORDS
from urbangov.citations._patterns import ISSUER_RUN, NAME_RUN

__all__ = ["issuer_at", "name_at"]

_MAX_WORDS = 12

# Words that end a name: they do not occur inside the names of laws or bodies.
_STOPS = frozenset({
    "ngày", "năm", "số", "của", "và", "hoặc", "về", "được", "đã", "đang", "sẽ", "thì",
    "là", "có", "theo", "tại", "trên", "với", "để", "cho", "này", "đó", "khi", "vì",
    "nhằm", "trong", "đến", "từ", "do", "các", "những", "hiện", "không", "cũng", "phải",
    "nêu", "như", "nhưng", "mà", "đều", "vẫn", "chưa", "bị", "gồm", "sau", "trước",
    "rằng", "thuộc", "kể", "hết", "qua",
})
# Two-word phrases that end a name (verbs and phrases after a citation).
_STOP_PAIRS = frozenset((
    "quy định", "ban hành", "sửa đổi", "hướng dẫn", "thông qua", "hiệu lực",
    "triển khai", "thực hiện", "liên quan", "bổ sung", "năm nay", "tổ chức", "chỉ đạo",
    "phê duyệt", "yêu cầu", "đề nghị", "công bố",
))
_KIND_STARTS = frozenset(w.lower() for w in KIND_WORDS)
# A pin-cite after a name ("Luật Thủ đô Điều 13"); first words may be these
# ("Luật Điều ước quốc tế").
_PIN_WORDS = frozenset({"điều", "khoản", "điểm", "chương", "mục", "phần"})

# Lower-case words that may continue an issuer's name ("Ủy ban nhân dân thành phố").
_ISSUER_WORDS = frozenset({
    "nhân", "dân", "thành", "phố", "tỉnh", "quận", "huyện", "phường", "xã", "thị", "trấn",
    "đồng", "ban", "thường", "vụ", "trực", "chính", "phủ", "trị", "hội", "quốc", "trung",
    "ương", "nội", "văn", "phòng", "ủy", "uỷ", "đảng", "bộ", "cục", "tổng", "sở", "mặt",
    "trận", "liên", "đoàn", "lao", "động", "kiểm", "sát", "toán", "nhà", "nước",
    "tối", "cao", "tòa", "toà", "án", "chấp", "hành", "thanh", "tra", "ngân", "hàng",
    "chủ", "tịch", "thủ", "tướng", "bí", "thư", "việt", "nam", "trưởng", "đốc", "phó",
    "viện",
})
_NUMBERED_UNITS = frozenset({"quận", "phường", "xã", "huyện"})
# Bodies named by a field ("Bộ Tư pháp", "Sở Xây dựng"): a small word may follow a
# capital one as the second syllable of the field's name.
_FIELD_BODIES = frozenset({"bộ", "sở", "phòng", "cục", "vụ", "tổng"})
_NON_SPACE = re.compile(r"\S+")
_NAME_TOKEN = re.compile(r"[^\W\d_]+")


def _stops_at(words: list[str], i: int) -> bool:
    """Whether the name ends before ``words[i]`` (lowered words)."""
    w = words[i]
    if w in _STOPS:
        return True
    pair = f"{w} {words[i + 1]}" if i + 1 < len(words) else w
    if i > 0 and (pair in _STOP_PAIRS or w in _PIN_WORDS):
        return True
    # Another citation starts ("Luật Thủ đô Nghị định …", "… và Luật …").
    return i > 0 and (w in _KIND_STARTS or pair in _KIND_STARTS)


def name_at(text: str, pos: int) -> tuple[str, int] | None:
    """A law's name starting after white space at *pos*, and where it ends.

    >>> s = "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"
    >>> name_at(s, 4)
    ('Tổ chức chính quyền địa phương', 35)
    """
    run = NAME_RUN.match(text, pos)
    if run is None:
        return None
    tokens = list(_NAME_TOKEN.finditer(run.group()))
    words = [t.group() for t in tokens]
    if not words[0][0].isupper():
        return None
    lowered = [w.lower() for w in words]
    n = 0
    while n < min(len(words), _MAX_WORDS) and not _stops_at(lowered, n):
        n += 1
    if n == 0 or lowered[0] in {"sư", "học"}:  # "Luật sư", "Luật học"
        return None
    end = tokens[n - 1].end()
    return _join(run.group()[tokens[0].start():end]), run.start() + end


def _join(name: str) -> str:
    return ", ".join(" ".join(part.split()) for part in name.split(","))


def issuer_at(text: str, pos: int) -> tuple[str, int] | None:
    """The issuing body after "của" at *pos* ("của UBND Thành phố về …"), and its end.

    >>> issuer_at("của UBND Thành phố Hà Nội về việc", 0)
    ('UBND Thành phố Hà Nội', 25)
    """
    found = ISSUER_RUN.match(text, pos)
    if found is None:
        return None
    run = found["run"]
    if not run[0].isupper():
        return None
    words = run.split()
    lowered = [w.lower() for w in words]
    n = 0
    while n < len(words):
        word = words[n]
        if _stops_at(lowered, n):
            break
        if n and not word[0].isupper() and lowered[n] not in _ISSUER_WORDS and not (
                word.isdigit() and lowered[n - 1] in _NUMBERED_UNITS) and not (
                lowered[0] in _FIELD_BODIES and n >= 2 and words[n - 1][0].isupper()):
            break
        n += 1
    if n == 0:
        return None
    issuer = " ".join(words[:n])
    start = found.start("run")
    if run.startswith(issuer):  # single spaces: the common case
        return issuer, start + len(issuer)
    ends = [m.end() for m in _NON_SPACE.finditer(run)]
    return issuer, start + ends[n - 1]
