"""Hypothesis properties: round trip, found again in filler, nothing without digits."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from urbangov.citations import Pinpoint, Reference, find, format, parse
from urbangov.law import InstrumentKind as K

FAST = settings(max_examples=200, deadline=None)

STATE_SYMBOLS = ["NĐ-CP", "QĐ-TTg", "QH14", "QH15", "NQ-UBTVQH15", "KH-UBND", "UBND-NC",
                 "TTLT-BTP-BNV", "CĐ-TTg", "TT-BNV", "VBHN-VPQH", "BC-UBND", "QĐ-UBND",
                 "TTr-UBND", "SNV-CCVTLT", "UBTVQH13"]
PARTY_SYMBOLS = ["TT/QU", "KH/QU", "KL/TW", "NQ/TW", "CT/TW", "QĐ/TW", "HD/BTCTW"]
LAW_NAMES = ["Thủ đô", "Tổ chức chính quyền địa phương", "Đất đai", "Bảo vệ môi trường",
             "Phòng, chống tham nhũng", "Cán bộ, công chức", "Tổ chức Chính phủ", "Xây dựng"]
CODE_NAMES = ["Dân sự", "Hình sự", "Lao động", "Tố tụng hình sự"]
NUMBERED_KINDS = [k for k in K if k not in (K.OTHER, K.HIEN_PHAP)]

numbers = st.from_regex(r"\A[0-9]{1,4}\Z")
years = st.integers(1990, 2099)

pinpoints = st.one_of(st.none(), st.builds(
    lambda a, c, p: Pinpoint(a, c, p if c is not None else None),
    st.integers(1, 200), st.none() | st.integers(1, 30),
    st.none() | st.sampled_from("abcdđeg")))


@st.composite
def numbered(draw: st.DrawFn) -> Reference:
    kind = draw(st.sampled_from(NUMBERED_KINDS))
    style = draw(st.sampled_from(["state", "state-year", "party", "bare", "number-year"]))
    number = draw(numbers)
    if style == "party":
        return Reference(kind, number, None, draw(st.sampled_from(PARTY_SYMBOLS)))
    if style == "bare":
        return Reference(kind, number)
    if style == "number-year":
        return Reference(kind, number, draw(years))
    year = draw(years) if style == "state-year" else None
    return Reference(kind, number, year, draw(st.sampled_from(STATE_SYMBOLS)))


@st.composite
def named(draw: st.DrawFn) -> Reference:
    kind = draw(st.sampled_from([K.LUAT, K.BO_LUAT, K.HIEN_PHAP]))
    if kind is K.HIEN_PHAP:
        return Reference(kind, year=draw(st.none() | years))
    name = draw(st.sampled_from(LAW_NAMES if kind is K.LUAT else CODE_NAMES))
    if draw(st.booleans()):
        return Reference(kind, draw(numbers), draw(st.none() | years),
                         draw(st.sampled_from(["QH13", "QH14", "QH15"])), name=name)
    return Reference(kind, year=draw(st.none() | years), name=name)


references = st.builds(lambda r, p: Reference(r.kind, r.number, r.year, r.symbol, r.name, p),
                       st.one_of(numbered(), named()), pinpoints)

# Filler words: ordinary prose with no digits, kind words, pin-cite words or "của".
FILLER = [
    "các", "cơ", "quan", "đơn", "vị", "phải", "đặc", "biệt", "chú", "trọng", "khâu", "tổ",
    "chức", "thực", "hiện", "nhiệm", "vụ", "đã", "triển", "khai", "phân", "công", "rõ",
    "người", "việc", "thời", "gian", "hoàn", "thành", "ủy", "ban", "nhân", "dân", "phường",
    "phố", "Hà", "Nội", "đồng", "chí", "Bí", "thư", "nhấn", "mạnh", "yêu", "cầu", "đảm",
    "bảo", "hiệu", "quả",
]
filler = st.lists(st.sampled_from(FILLER), max_size=12).map(" ".join)


@FAST
@given(references)
def test_parse_format_round_trip(ref: Reference) -> None:
    assert parse(format(ref)) == ref


@FAST
@given(filler, references, filler, st.sampled_from([". ", "; ", ".\n", "."]))
def test_formatted_reference_is_found_in_filler(before: str, ref: Reference, after: str,
                                                 stop: str) -> None:
    mention = format(ref)
    text = f"{before} {mention}{stop}{after}"
    [c] = find(text)
    assert c.text == mention
    assert c.span == (len(before) + 1, len(before) + 1 + len(mention))
    assert c.instrument == ref.document
    assert c.pinpoint == ref.pinpoint
    assert (c.date, c.issuer) == (None, None)


# Words that may surround digits in real text, and kind words in every case; but no
# capitalised "Luật"/"Bộ luật" before a capital (a law cited by its name needs no digit).
WORDS = [*FILLER, "Nghị định", "nghị quyết", "QUYẾT ĐỊNH", "số", "ngày", "tháng", "năm",
         "Điều", "khoản", "điểm", "của", "Chính phủ", "Hiến pháp", "luật", "NĐ-CP",
         "/", "-", ",", ".", "Kế hoạch", "Thông tư liên tịch", "văn bản", "Quận"]
no_digit_text = st.one_of(
    st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join),  # never a full name
    st.text(st.characters(blacklist_categories=("Nd", "Cs")), max_size=200)
    .filter(lambda s: "Luật" not in s and "LUẬT" not in s and "Bộ luật" not in s),
)


@FAST
@given(no_digit_text)
def test_no_citation_without_a_digit(text: str) -> None:
    assert find(text) == []
