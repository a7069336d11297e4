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

import functools
import re

from urbangov.citations._kinds import KIND_WORDS, NAMED_KINDS
from urbangov.citations._patterns import ISSUER_RUN, NAME_RUN, TERM

__all__ = ["issuer_at", "name_at"]

_MAX_WORDS = 12
_MAX_ISSUER_WORDS = 14

# Words that end a name: they do not occur inside the names of laws or bodies.
_STOPS = frozenset({
    "ngày", "năm", "số", "của", "và", "hoặc", "về", "được", "đã", "đang", "sẽ", "thì",
    "là", "có", "theo", "tại", "trên", "với", "để", "cho", "này", "đó", "khi", "vì",
    "nhằm", "trong", "đến", "từ", "do", "các", "những", "hiện", "không", "cũng", "phải",
    "nêu", "như", "nhưng", "mà", "đều", "vẫn", "chưa", "bị", "gồm", "sau", "trước",
    "rằng", "thuộc", "kể", "hết", "qua", "tuyên",
})
# Two-word phrases that end a name (verbs and phrases after a citation).
_STOP_PAIRS = frozenset((
    "quy định", "ban hành", "sửa đổi", "hướng dẫn", "thông qua", "hiệu lực",
    "triển khai", "thực hiện", "liên quan", "bổ sung", "năm nay", "tổ chức", "chỉ đạo",
    "phê duyệt", "yêu cầu", "đề nghị", "công bố", "ủy nhiệm", "uỷ nhiệm", "ủy quyền",
    "uỷ quyền",
))
_KIND_STARTS = frozenset(w.lower() for w in KIND_WORDS)
# Kind words that start a law's name: they end an issuer even without a number.
_NAMED_STARTS = frozenset(w.lower() for w, k in KIND_WORDS.items() if k in NAMED_KINDS)
# Words that join two parts of a name when a capital follows ("Bộ Kế hoạch và Đầu tư",
# "Liên bộ Tài chính - Nội vụ", "Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh").
_JOINERS = frozenset({"và", "-", "–", "&", "các"})
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
    "viện", "nông", "thôn", "vận", "tải",
})
# Small words after "Luật" that make a common noun, not a name.
_SMALL_NOT_NAMES = frozenset({
    "mới", "cũ", "khác", "pháp", "hiện", "liên", "chung", "riêng", "nào", "trên",
    "lệ", "gia", "sự",
})
_NUMBERED_UNITS = frozenset({"quận", "phường", "xã", "huyện"})
_NON_SPACE = re.compile(r"\S+")
_NUMBER_NEXT = re.compile(r"[^\S\n]*:?[^\S\n]*\d")
_NAME_TOKEN = re.compile(r"[^\W\d_]+")


def _kind_at(words: list[str], lowered: list[str], i: int) -> str | None:
    """The kind word (lowered) starting at a capitalised ``words[i]``, if any."""
    if i == 0 or not words[i][0].isupper():
        return None
    pair = f"{lowered[i]} {lowered[i + 1]}" if i + 1 < len(words) else ""
    return pair if pair in _KIND_STARTS else lowered[i] if lowered[i] in _KIND_STARTS else None


def _stops_at(words: list[str], lowered: list[str], i: int) -> bool:
    """Whether a law's name ends before ``words[i]``."""
    w = lowered[i]
    if w == "và" and 0 < i < len(words) - 1:
        # "Luật Hôn nhân và gia đình", but not "Luật Đất đai và Luật Nhà ở".
        return lowered[i + 1] in _STOPS or _kind_at(words, lowered, i + 1) is not None
    if w == "số" and i > 0:
        # "Pháp lệnh Dân số năm 2003"; "số" before the number ends the name (the run
        # stops at the digits, and _cut_name drops it then).
        return False
    if i == 1 and f"{lowered[0]} {w}" in _STOP_PAIRS:
        # A name may start with a verb of two syllables whose second is a stop word
        # elsewhere: "Luật Thực hiện dân chủ ở cơ sở" ("hiện" as in "hiện nay").
        return False
    if w in _STOPS:
        return True
    pair = f"{w} {lowered[i + 1]}" if i + 1 < len(words) else w
    if i > 0 and (pair in _STOP_PAIRS or w in _PIN_WORDS):
        return True
    # Another citation starts ("Luật Thủ đô Nghị định …"); a small "văn bản" does not.
    return _kind_at(words, lowered, i) is not None


def _issuer_stops_at(words: list[str], lowered: list[str], i: int) -> bool:
    """Whether an issuer's name ends before ``words[i]``."""
    w = lowered[i]
    if w in _JOINERS:
        nxt = words[i + 1] if i + 1 < len(words) else ""
        return (i == 0 or not nxt[:1].isupper() or _kind_at(words, lowered, i + 1) is not None
                or _issuer_stops_at(words, lowered, i + 1))
    if w in _STOPS or w in {"khóa", "khoá"}:
        return True
    pair = f"{w} {lowered[i + 1]}" if i + 1 < len(words) else w
    # "Ban Tổ chức", "Ban Chỉ đạo": a body's name, not a verb after it.
    body = lowered[i - 1] == "ban" and words[i][0].isupper()
    if i > 0 and ((pair in _STOP_PAIRS and not body) or w in _PIN_WORDS):
        return True
    # A citation starts: a law's name, or a kind word before a number ("Kế hoạch số 5",
    # not "Bộ Kế hoạch và Đầu tư").
    kind = _kind_at(words, lowered, i)
    if kind is None:
        return False
    after = i + len(kind.split())
    nxt = lowered[after] if after < len(words) else ""
    return kind in _NAMED_STARTS or nxt == "số" or nxt[:1].isdigit()


def name_at(text: str, pos: int, *, small: bool = False) -> tuple[str, int] | None:
    """A law's name starting after white space at *pos*, and where it ends.

    The name starts with a capital unless *small* ("Luật tổ chức chính quyền …").

    >>> s = "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"
    >>> name_at(s, 4)
    ('Tổ chức chính quyền địa phương', 35)
    """
    run = NAME_RUN.match(text, pos)
    if run is None:
        return None
    found = _cut_name(run.group(), small, _NUMBER_NEXT.match(text, run.end()) is not None)
    return None if found is None else (found[0], run.start() + found[1])


# Names and issuers recur (a preamble cites "Chính phủ" a dozen times): both cuts are
# cached on the run of words they read.
@functools.lru_cache(maxsize=2048)
def _cut_name(run: str, small: bool, number_next: bool = True) -> tuple[str, int] | None:
    tokens = list(_NAME_TOKEN.finditer(run))
    words = [t.group() for t in tokens]
    if not (small or words[0][0].isupper()):
        return None
    lowered = [w.lower() for w in words]
    # The country's name counts as one word ("Luật Cơ quan đại diện nước Cộng hòa xã hội
    # chủ nghĩa Việt Nam ở nước ngoài").
    most = _MAX_WORDS + 6 * ("cộng hòa xã hội chủ nghĩa việt nam" in " ".join(lowered)
                             or "cộng hoà xã hội chủ nghĩa việt nam" in " ".join(lowered))
    n = 0
    while n < min(len(words), most) and not _stops_at(words, lowered, n):
        n += 1
    if n == len(words) and lowered[-1] == "số" and number_next and n > 1:
        n -= 1  # "số" before the identifier ends the name ("Luật Đất đai số 45/…")
    if n == 0 or lowered[0] in {"sư", "học"}:  # "Luật sư", "Luật học"
        return None
    if not words[0][0].isupper() and lowered[0] in _SMALL_NOT_NAMES:
        return None  # "luật mới năm 2024", "Luật pháp năm 2020"
    # A comma inside a name joins two terms of it, the one after of two words or more
    # ("Cán bộ, công chức", "Phòng, chống tham nhũng"); one word and the name's end
    # is a clause after the name: "Luật Thủ đô, phường không tổ chức HĐND".
    while (comma := run.rfind(",", tokens[0].start(), tokens[n - 1].end())) >= 0 and sum(
            t.start() > comma for t in tokens[:n]) < 2:
        n = sum(t.start() < comma for t in tokens[:n])
    end = tokens[n - 1].end()
    return _join(run[tokens[0].start():end]), end


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
    cut = _cut_issuer(found["run"])
    if cut is None:
        return None
    issuer, end = cut[0], found.start("run") + cut[1]
    ahead = text[end:end + 16]
    if ("khóa" in ahead or "khoá" in ahead or "KHÓA" in ahead or "Khóa" in ahead
            or "KHOÁ" in ahead or "Khoá" in ahead) and (
            term := TERM.match(text, end)) is not None and (
            term[0].split()[0].isdigit() <= issuer.endswith(("Trung ương", "TRUNG ƯƠNG"))):
        # The legislature belongs to the body: "Quốc hội khóa XV", "Hội nghị Trung ương 6
        # khóa XII" (a number only after "Trung ương").
        issuer, end = f"{issuer} {' '.join(term[0].split())}", term.end()
    return issuer, end


@functools.lru_cache(maxsize=2048)
def _cut_issuer(run: str) -> tuple[str, int] | None:
    if not run[0].isupper():
        return None
    words = run.split()
    lowered = [w.lower() for w in words]
    # A run at its longest has one word more than an issuer: it is there to be read
    # with the word before it ("… Việt Nam hướng dẫn"), not to be kept.
    limit = len(words) - (sum(w not in _JOINERS for w in lowered) > _MAX_ISSUER_WORDS)
    n = 0
    while n < limit:
        word = words[n]
        if _issuer_stops_at(words, lowered, n):
            break
        # A small word goes on a name of a body, or is the second syllable of a
        # capitalised word ("Bộ Tư pháp", "Hội đồng Thẩm phán", "Sở Thông tin").
        if n and not word[0].isupper() and lowered[n] not in _ISSUER_WORDS and not (
                word.isdigit() and lowered[n - 1] in _NUMBERED_UNITS) and not (
                words[n - 1][0].isupper()) and lowered[n] not in _JOINERS:
            break
        n += 1
    if n == 0:
        return None
    issuer = " ".join(words[:n])
    if run.startswith(issuer):  # single spaces: the common case
        return issuer, len(issuer)
    ends = [m.end() for m in _NON_SPACE.finditer(run)]
    return issuer, ends[n - 1]
