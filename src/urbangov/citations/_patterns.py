"""The compiled regular expressions of the extractor.

Speed comes from the first pass, :data:`ANCHOR`: a flat alternation whose every
branch starts with a literal character, so that ``re`` builds a first-character set
and skips the many positions that cannot start a reference in C, not in Python.
Its branches are the kind words (as a trie, in their title, upper, lower and
capitalised spellings, each followed by a look-ahead for a number or a name) and
the ten digits (for bare identifiers such as "32/2021/NĐ-CP").  Everything after
the anchor is matched with small anchored patterns only where the anchor hit.
"""

from __future__ import annotations

import re
from collections import defaultdict

from urbangov.citations._kinds import KIND_WORDS, NAMED_KINDS
from urbangov.law import InstrumentKind

__all__ = [
    "ABBR_YEAR",
    "AMENDING",
    "AMENDING_MANY",
    "ANCHOR",
    "AND_LAW",
    "CONTINUATION",
    "DATE_TAIL",
    "GOVERNING",
    "HIEN_PHAP_TAIL",
    "IDENT",
    "ISSUER_RUN",
    "KIND_LAW",
    "LOWER_KIND_BEFORE",
    "NAME_RUN",
    "NUMBER_TAIL",
    "OWS",
    "PARTY_YEAR",
    "PIN_AFTER_HEAD",
    "PIN_BEFORE",
    "PIN_BEFORE_END",
    "PIN_OWNER_AHEAD",
    "PIN_UNIT",
    "PIN_UNIT_SEPARATOR",
    "PIN_UNIT_START",
    "PIN_WORD",
    "QUALIFIER",
    "SUBJECT_DATE",
    "TERM",
    "UPPER",
    "WS",
    "YEAR_TAIL",
]

# White space inside a reference: spaces, tabs and single line breaks, never a
# blank line (a paragraph break ends a reference).
WS = r"(?:[^\S\n]|\n(?![^\S\n]*\n))+"
OWS = r"(?:[^\S\n]|\n(?![^\S\n]*\n))*"

# Upper-case letters of Vietnamese (A-Z, Đ and the accented capitals).
UPPER = "".join(sorted(
    c for c in map(chr, range(0x41, 0x1EFA))
    if c.isupper() and c.isalpha() and c not in "×"
    and ("A" <= c <= "Z" or 0xC0 <= ord(c) <= 0x1B0 or 0x1EA0 <= ord(c) <= 0x1EF9)
))
_UP = f"[{UPPER}]"

_SO = r"(?:[sS][ốỐ]|[sS]ố)"  # "số", "Số", "SỐ": number (of a document)

# One segment of a symbol: capitals and digits with at most one small letter, as in
# "TTg" (Thủ tướng) and "TTr" (tờ trình); "Ư" after the first ("KL/TƯ": Trung ương);
# "Ctr" (chương trình) as Party committees write it ("03-Ctr/TU").
_SEG = r"(?:Ctr|[A-ZĐ][A-ZĐƯ0-9&]*(?:[a-zđ][A-ZĐƯ0-9&]*)?)"
# Between segments "-" or "/" (or a dot before a segment of capitals that a dash or
# slash follows: "QC-TT.HĐND-UBND"); a dash with spaces or a line break around it
# ("473/TTr -\nNN&PTNT") only before a segment of two capitals.
_JOIN = (r"(?:[-–/]|\.(?=[A-ZĐ]{2}[A-ZĐ&]*[-–/])"
         r"|[^\S\n]+[-–](?:[^\S\n]|\n(?![^\S\n]*\n))*(?=[A-ZĐ][A-ZĐ&])"
         r"|[-–](?:[^\S\n]|\n(?![^\S\n]*\n))+(?=[A-ZĐ][A-ZĐ&]))")
_SYM = rf"{_SEG}(?:{_JOIN}{_SEG})*"  # an en dash is a common typo for "-"
# A Party identifier's dash may have spaces around it ("100 - KL/TW", "01- HD/TW"), or
# after a kind word be a space ("Quyết định số 84 QĐ/TWĐTN").
_PDASH = rf"{OWS}[-–]{OWS}"
# A number, possibly with a letter ("36a/NQ-CP"; a capital before a slash, as courts
# number their decisions: "472A/2019/QĐ-PT").
_NUM = r"\d{1,5}(?:[a-z]|[A-Z](?=/))?"
_YEAR = r"(?:19[4-9]\d|20\d\d)"
# After the number, what a symbol may look like: State "N/YYYY/SYM", "N/SYM",
# "N/YYYY"; Party "N-SYM/ORG"; the old "N-CP" and "N-CT-TU" without a slash (read after
# a kind word or "Số:" only); and the sloppy "97/2019/NQ 14".
# A committee of the Quốc hội with its legislature after a space: "262/BC-UBTCNS 14".
_UBQH = rf"(?:{_SEG}-)*UB(?!ND)[A-ZĐ]{{2,8}}[ ]1[0-6](?![\w/]|[.,]\d)"
# A Party symbol: segments joined by dashes, a slash, the body ("QĐ/TW", "TU2-QC/TU"); more
# slashes are read too, as a State symbol with slashes is written back in this style.
_PSYM = rf"{_SEG}(?:[-–]{_SEG})*(?:/{_SEG}(?:[-–]{_SEG})*)+"
# A symbol typed with spaces for its dash or slash, after a kind word only: a type code,
# then a body ("1656 NQ UBTVQH15", "232 QĐ TW").
_CODES = "NQLT|TTLT|VBHN|NQ|NĐ|ND|QĐ|QD|TTr|TT|CT|KH|KL|TB|HD|QC|CV|CĐ|BC|Ctr|ĐA|PL|QyĐ"
_SSYM = rf"(?:{_CODES})[^\S\n]+[A-ZĐ][A-ZĐƯ&]{{1,10}}(?:1[0-6])?"
_IDENT_BODY = (
    rf"(?:/(?P<year>{_YEAR})(?:/(?P<sym>(?:NQ|QH)[ ]\d\d(?![\w/])|{_SYM}))?"
    rf"|/(?P<sym2>{_UBQH}|{_SYM})"
    rf"|(?:{_PDASH}|[^\S\n]+)(?P<psym>{_PSYM})"
    rf"|-(?P<dsym>{_SEG}(?:-{_SEG})*))?"
)
# A symbol typed in small or mixed letters ("116/2013/nđ-cp", "125/Qđ-UBND"): read after
# a kind word only, after a year or with two segments at least; it is then upper-cased.
_LSEG = r"[a-zA-ZđĐ][a-zA-ZđĐưƯ0-9&]*"
# Only after a kind word: the same, or a symbol typed with spaces, or in small letters.
_KIND_IDENT_BODY = _IDENT_BODY[:-2] + (
    rf"|[^\S\n]+(?P<ssym>{_SSYM})"
    rf"|/(?:(?P<lyear>{_YEAR})/(?P<lsym>{_LSEG}(?:[-/]{_LSEG})*)|(?P<lsym2>{_LSEG}(?:-{_LSEG})+)))?")
# Where an identifier ends: not before a word character, a slash or a decimal; but a
# symbol ending in a capital may be glued to the word after it in text copied from PDFs
# ("47 - QĐ/TWcủa BCH"), or to the next reference's kind word in a list that lost its
# separators ("Nghị định 51/2010/NĐ-CPNghị định 04/2014/NĐ-CP").
_GLUED_KINDS = "|".join(sorted((w for w in KIND_WORDS if w[0].isupper()), key=len,
                               reverse=True))
_END = (r"(?:(?![\w/]|[.,]\d|-\w)|(?<=[A-ZĐ])(?=(?:của|ngày|về|và)(?!\w)"
        rf"|(?:{_GLUED_KINDS})[^\S\n]+(?:{_SO}[^\S\n]*)?\d))")
IDENT = re.compile(rf"(?P<num>{_NUM}){_IDENT_BODY}{_END}")

# What follows a kind word: "số" (optional), then the identifier.
NUMBER_TAIL = re.compile(
    rf"{WS}(?:(?P<so>{_SO}){OWS}:?{OWS})?(?P<num>{_NUM}){_KIND_IDENT_BODY}{_END}")

# A word between the kind word and "số" that says which one of its kind it is:
# "Báo cáo thẩm tra số 18/BC-HĐND", "Tờ trình bổ sung số 571/TTr-CP".
_QUALIFIER = (rf"{WS}(?i:thẩm{WS}tra|thẩm{WS}định|bổ{WS}sung|kháng{WS}nghị|giải{WS}trình"
              rf"|tiếp{WS}thu)")
QUALIFIER = re.compile(rf"{_QUALIFIER}(?={WS}{_SO})")

# A further identifier sharing the kind word: "…, 33/2021/NĐ-CP và 34/2021/NĐ-CP".
CONTINUATION = re.compile(
    rf"(?:{OWS}[,;]{OWS}|{WS}(?:và|hoặc|VÀ|HOẶC){WS})(?:{_SO}{WS})?"
    rf"(?P<num>{_NUM})(?:/(?P<year>{_YEAR})/(?P<sym>{_SYM})|/(?P<sym2>{_SYM})"
    rf"|{_PDASH}(?P<psym>{_PSYM})){_END}")

_DATE = (
    rf"(?:(?P<dn>\d{{1,2}}){OWS}(?P<sep>[/.\-]){OWS}(?P<mn>\d{{1,2}}){OWS}(?P=sep){OWS}"
    rf"(?P<yn>\d{{4}})|(?P<dw>\d{{1,2}}){WS}(?i:tháng){WS}(?P<mw>\d{{1,2}}){WS}(?i:năm){WS}"
    rf"(?P<yw>\d{{4}}))(?!\d)"
)
# "ngày 29/3/2021" after a reference, possibly after a comma, "ban hành" or "(sửa đổi)",
# or in brackets ("(ngày 9/5/2024)").
_DATE_TAIL = (
    rf"(?:{WS}\((?i:sửa{WS}đổi(?:,?{WS}bổ{WS}sung)?)\))?"
    rf"(?:{OWS},)?{WS}(?:\({OWS})?(?:(?i:được{WS})?(?i:ban{WS}hành|thông{WS}qua){WS})?"
    rf"(?i:ngày){WS}{_DATE}")
DATE_TAIL = re.compile(_DATE_TAIL)

# A law's name: up to 19 words (13, and the country's name), a comma allowed only in
# the few names that have one ("Luật Phòng, chống tham nhũng", "Luật Cán bộ, công chức",
# "Luật Thi đua, khen thưởng").
# A comma is kept before a small letter ("Luật An toàn, vệ sinh lao động"); _names cuts
# the name where a word after it cannot belong to a name.
NAME_RUN = re.compile(
    rf"(?:(?:{WS}|{OWS},{WS}(?=(?![{UPPER}])[^\W\d_]|(?i:khen{WS}thưởng)))[^\W\d_]+){{1,19}}")
# "Bộ luật Hình sự (BLHS) năm 2015": the abbreviation is skipped before the year.
ABBR_YEAR = re.compile(
    rf"{WS}\([{UPPER}]{{2,12}}\)(?=(?:{WS}(?i:năm))?{WS}{_YEAR}(?![\w/]|[.,]\d))")
YEAR_TAIL = re.compile(rf"(?:{WS}(?i:năm))?{WS}(?P<year>{_YEAR})(?![\w/]|[.,]\d)")
# "Hiến pháp năm 2013", "Hiến pháp 2013", and the full name with or without a year
# ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;" opens most preambles).
# The country's name may be abbreviated: "Hiến pháp nước CHXHCN Việt Nam năm 2013".
HIEN_PHAP_TAIL = re.compile(
    rf"(?P<full>{WS}(?i:nước{WS}(?:cộng{WS}h(?:òa|oà){WS}xã{WS}hội{WS}chủ{WS}nghĩa|chxhcn)"
    rf"{WS}việt{WS}nam)"
    rf"(?![\w]))?(?:(?:{WS}(?i:năm))?{WS}(?P<year>{_YEAR})(?![\w/]|[.,]\d))?")
# "Luật sửa đổi, bổ sung (một số điều của) Luật …": an amending law (or ordinance)
# named after the laws it amends.
AMENDING = re.compile(
    rf"{WS}(?i:sửa{WS}đổi,?{WS}bổ{WS}sung)(?:{WS}(?i:một{WS}số{WS}điều)(?:{WS}(?i:của))?)?{WS}"
    rf"(?=(?:Luật|LUẬT|Bộ{WS}luật|BỘ{WS}LUẬT|Pháp{WS}lệnh|PHÁP{WS}LỆNH){WS}[^\W\d_])")
# The laws an amending law amends, listed with "và" or commas ("… của Luật Chứng khoán,
# Luật Kế toán, … và Luật Xử lý vi phạm hành chính").
AND_LAW = re.compile(rf"(?:{WS}(?:và|VÀ)|{OWS},){WS}(?=(?:Luật|LUẬT){WS}{_UP})")
# An amending law named by a count or "một số" of the laws it amends and their field:
# "Luật sửa đổi, bổ sung 10 Luật liên quan đến an ninh, trật tự".
AMENDING_MANY = re.compile(
    rf"{WS}(?i:sửa{WS}đổi,?{WS}bổ{WS}sung){WS}(?:\d{{1,2}}|(?i:một{WS}số)){WS}(?i:luật)"
    rf"(?:{WS}(?i:có))?{WS}(?i:liên{WS}quan{WS}đến)(?={WS}[^\W\d_])")
# A year after a Party identifier, which has none in it: "Kết luận 152-KL/TW năm 2025".
PARTY_YEAR = re.compile(rf"{WS}(?i:năm){WS}(?P<year>{_YEAR})(?![\w/]|[.,]\d)")
# The date after a reference's subject title: "Nghị quyết 57-NQ/TW về đột phá … quốc gia
# ban hành ngày 22/12/2024".
SUBJECT_DATE = re.compile(
    rf"{OWS},?{WS}(?:về|VỀ){WS}[^.;:\n()\"“”]{{1,180}}?{WS}(?:(?i:được){WS})?"
    rf"(?i:ban{WS}hành|ký|thông{WS}qua){WS}(?:(?i:vào){WS})?(?i:ngày){WS}{_DATE}")
# The body in the clause that governs a reference: "Chính phủ đã ban hành Nghị định …",
# "UBND TP ban hành Thông báo …", "Bộ Chính trị đã ban hành Chỉ thị …".
_BODY_START = (r"Bộ|Ban|Chính\s+phủ|Quốc\s+hội|Thủ\s+tướng|Chủ\s+tịch|Ủy\s+ban|Uỷ\s+ban|UBND"
               r"|HĐND|Hội\s+đồng|Tỉnh\s+ủy|Tỉnh\s+uỷ|Thành\s+ủy|Thành\s+uỷ|Đảng\s+ủy"
               r"|Văn\s+phòng|Sở|Tổng\s+cục|Cục|Tòa\s+án|Toà\s+án|Viện|Kiểm\s+toán")
GOVERNING = re.compile(
    rf"(?:^|(?<=[\s(\-–:;,.\"“]))(?P<body>(?:{_BODY_START})(?:[^\S\n]+[^\W\d_]+){{0,12}}?)"
    rf"(?:{WS}(?:đã|vừa|mới|khẩn{WS}trương))*{WS}"
    rf"(?:ký{WS}ban{WS}hành|ban{WS}hành|thông{WS}qua|ký){WS}$")
# A legislature after an issuer: "Quốc hội khóa XV", "Hội nghị Trung ương 6 khóa XII".
TERM = re.compile(rf"(?:{WS}\d{{1,2}}(?={WS}(?i:khóa|khoá)))?{WS}(?i:khóa|khoá)"
                  rf"{WS}(?:[IVXLC]{{1,6}}|\d{{1,2}})(?![\w])")
KIND_LAW = re.compile(rf"(?:Luật|LUẬT|Bộ{WS}luật|BỘ{WS}LUẬT|Pháp{WS}lệnh|PHÁP{WS}LỆNH)(?={WS})")

# One unit or a list of them: "khoản 13, 14, 15 và 16", "điểm a, b và c", "Điều 5 và 6".
_AND = rf"(?:{OWS},{OWS}|{WS}(?:và|hoặc){WS})"
_NUMS = rf"\d{{1,3}}(?!\d)(?:{_AND}\d{{1,3}}(?!\d))*"
_LETTERS = rf"[a-zđ](?![\w])(?:{_AND}[a-zđ](?![\w]))*"
_ROMAN_OR_NUM = r"(?:[IVXLC]{1,6}|\d{1,2})(?![\w])"
_PIN = (
    rf"(?:(?i:điểm){WS}(?P<point>{_LETTERS}){OWS},?{WS})?"
    rf"(?:(?i:khoản){WS}(?P<clause>{_NUMS}){OWS},?{WS})?"
    rf"(?i:điều){WS}(?P<article>{_NUMS})"
)
# Parts above an article: tiểu mục (sub-section), mục (section), chương (chapter); and an
# annex: "Mục 2 Chương II", "Phụ lục I ban hành kèm theo".
_DIVISIONS = (
    rf"(?:(?i:tiểu{WS}mục){WS}(?P<subsection>{_ROMAN_OR_NUM}){OWS},?{WS})?"
    rf"(?:(?i:mục){WS}(?P<section>{_ROMAN_OR_NUM}){OWS},?{WS})?"
    rf"(?:(?i:chương){WS}(?P<chapter>{_ROMAN_OR_NUM}))?"
)
_ANNEX = (rf"(?i:phụ{WS}lục)(?:{WS}(?i:số))?{WS}"
          rf"(?P<annex>[IVXLC]{{1,6}}(?![\w])|\d{{1,3}}[a-z]?(?![\w]))"
          rf"(?:{WS}(?i:(?:được{WS})?(?:ban{WS}hành{WS})?kèm{WS}theo))?")
# The words a pin-cite starts with (not after a letter).
PIN_WORD = re.compile(rf"(?<![\w])(?i:điểm|khoản|điều|tiểu{WS}mục|mục|chương|phụ{WS}lục)(?![\w])")
# A pin-cite just before a kind word: "khoản 3 Điều 7 (của) ", also with commas as news
# and judgments write it ("điểm đ, khoản 5, Điều 27, Nghị quyết số 326"); or a chapter,
# section or annex ("Chương II Luật …", "Phụ lục I kèm theo Nghị định …").
PIN_BEFORE = re.compile(
    rf"(?<![\w])(?:(?:{_PIN})?(?:{OWS},?{WS}(?=(?i:tiểu|mục|chương)))?{_DIVISIONS}"
    rf"|{_ANNEX})(?:{OWS},)?(?:{WS}(?i:của))?{WS}$")
# A pin-cite after the instrument, on the same line ("Nghị quyết 131/2020/QH14 Điều 9
# khoản 1", "Luật 43/2019/QH14, Điều 5, Khoản 1", "NĐ 254/2026/NĐ-CP Đ.9 k.2"): its
# head (a comma or spaces, then a letter a pin word may start with), then its units in
# any order, with the abbreviations Đ. (Điều), k. (khoản) and đ. (điểm).  _pins reads it.
_SP = r"[^\S\n]"
_LINE_AND = rf"(?:{_SP}*,{_SP}*|{_SP}+(?:và|hoặc){_SP}+)"
_LINE_NUMS = rf"\d{{1,3}}(?!\w|\.\w)(?:{_LINE_AND}\d{{1,3}}(?!\w|\.\w))*"
_LINE_LETTERS = rf"[a-zđ](?!\w|\.\w)(?:{_LINE_AND}[a-zđ](?!\w|\.\w))*"
PIN_AFTER_HEAD = re.compile(rf"(?:{_SP}*,{_SP}*|{_SP}+)(?=[ĐđkK])")
PIN_UNIT = re.compile(
    rf"(?:(?i:điều){_SP}+|Đ\.{_SP}*)(?P<article>{_LINE_NUMS})"
    rf"|(?:(?i:khoản){_SP}+|[kK]\.{_SP}*)(?P<clause>{_LINE_NUMS})"
    rf"|(?:(?i:điểm){_SP}+|đ\.{_SP}*)(?P<point>{_LINE_LETTERS})")
PIN_UNIT_SEPARATOR = re.compile(rf"{_SP}*,?{_SP}*(?<=[\s,])")
# Where such units start (not after a letter or a dot), and what joins them to the
# instrument after them: "Điều 52 khoản 3 điểm a Luật …", "k.3 Đ.18 của Nghị định …".
PIN_UNIT_START = re.compile(r"(?<![\w.])(?:(?i:điều|khoản|điểm)(?![\w])|Đ\.|[kK]\.|đ\.)")
PIN_BEFORE_END = re.compile(rf"(?:{OWS},)?(?:{WS}(?i:của))?{WS}")
# Words after such a pin-cite that make it belong to what follows: "của", "thuộc", or a
# kind word in small letters before a number, a name or "này" ("… Điều 7 của Luật
# này", "… Điều 5 luật này"); "… Điều 5 quy định" is the verb (provides).
PIN_OWNER_AHEAD = re.compile(r"(?:của|thuộc)(?!\w)|(?:" + "|".join(
    _SP.join(map(re.escape, w.lower().split()))
    for w in sorted(KIND_WORDS, key=len, reverse=True))
    + rf")(?={_SP}+(?:(?:số|này|nêu|trên|đó)(?!\w)|\d|[{UPPER}]))")


def _spellings(word: str) -> set[str]:
    # Lower-case kind words are not anchors: small letters start two positions in five
    # of Vietnamese text, which would slow the first pass down threefold.  They are
    # found from the identifier instead (LOWER_KIND_BEFORE).
    capitalised = " ".join(w[:1].upper() + w[1:] for w in word.split())
    return {word, word.upper(), capitalised}


def _lookahead(kind: InstrumentKind) -> str:
    number = rf"{WS}(?:{_SO}{OWS}:?{OWS})?\d|{_QUALIFIER}{WS}{_SO}"
    if kind is InstrumentKind.HIEN_PHAP:
        # A year or the country's name, or alone after a pin-cite ("Điều 111 của Hiến
        # pháp"): _extract tells.
        return r"(?![\w])"
    if kind in NAMED_KINDS:  # a name, also in small letters ("Bộ luật dân sự số …")
        return rf"(?={number}|{WS}[^\W\d_])"
    return rf"(?={number})"


def _anchor() -> re.Pattern[str]:
    # Group the spellings by first character: each branch then starts with a literal.
    by_first: dict[str, list[str]] = defaultdict(list)
    for word, kind in KIND_WORDS.items():
        for spelling in _spellings(word):
            body = WS.join(re.escape(part) for part in spelling.split())
            by_first[spelling[0]].append(body[1:] + _lookahead(kind))
    branches = []
    for first, rests in sorted(by_first.items()):
        rests.sort(key=len, reverse=True)  # "Thông tư liên tịch" before "Thông tư"
        branches.append(re.escape(first) + "(?:" + "|".join(rests) + ")")
    # A bare identifier: a digit not after a word character or separator, then a
    # symbol ("32/2021/NĐ-CP", "1184/UBND-NC", "03-TT/QU"); a year alone is no symbol.
    bare = (rf"(?<![\w/.,\-]\d)\d{{0,4}}(?:[a-z]|[A-Z](?=/))?(?:/{_YEAR}/{_SYM}|/{_SYM}"
            rf"|{_PDASH}{_PSYM}){_END}")
    branches.extend(f"{d}{bare}" for d in "0123456789")
    # An old identifier without a slash, in a header only ("Số: 405-NV", "Số: 101-HĐBT").
    branches.append(rf"S(?:ố|Ố):{OWS}(?=\d{{1,5}}-{_SEG}(?:-{_SEG})*{_END})")
    return re.compile("|".join(branches))


ANCHOR = _anchor()

# A lower-case kind word just before an identifier: "theo nghị định số 32/2021/NĐ-CP",
# "văn bản số 1184/UBND-NC".  Without a symbol ("văn bản số 12") it is not read.
LOWER_KIND_BEFORE = re.compile(
    r"(?<![\w])(?P<kw>" + "|".join(
        WS.join(map(re.escape, w.lower().split()))
        for w in sorted(KIND_WORDS, key=len, reverse=True))
    + rf"){WS}(?:(?P<so>{_SO}){OWS}:?{OWS})?$")

# "của" and a run of up to twelve words: the issuer's name is in there.
_WORD = r"[^\W_]+(?:\.[^\W\d_]+)?"
# A comma may come first (", ngày 30/5/2019, của Bộ Chính trị"); words may be joined by
# a dash or "&" ("Bộ Lao động - Thương binh và Xã hội"), or a comma before a second title
# ("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ").  The run has one word more than an issuer
# may have, so that the last word is read with the one after it ("hướng dẫn").
ISSUER_RUN = re.compile(
    rf"{OWS},?{OWS}(?i:của){WS}(?P<run>{_WORD}"
    rf"(?:(?:{WS}(?:[-–&]{WS})?|,{WS}(?=Chủ{WS}nhiệm{WS}))(?:{_WORD})){{0,14}})")
