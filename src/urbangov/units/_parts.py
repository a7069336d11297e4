"""How an address is written: its parts, smallest first, and what its notes say.

Parts are separated by commas or semicolons ("Phường Gia Thụy, Quận Long Biên, Hà Nội"),
or by dashes between spaces.  Texts also put the higher units in parentheses
("phường Phúc Xá (quận Ba Đình, Hà Nội)", "phường Sài Gòn (TP.HCM)"): read as the parts
that follow.  A note marks a unit as the old one (cũ, trước đây: "phường Bến Thành
(quận 1 cũ)", "xã Bột Xuyên (cũ)", "phường Hiệp Bình Phước cũ") or the new one
("(mới)"); "(nay là xã Cồn Tiên)" or "(trước đây là ...)" names the same place at
another time, an alternative reading; a hamlet or street in parentheses ("xã Hồng Sơn
(thôn Hạ Sở)") is left out when it names no unit.  An address with no parenthesis and
no such note takes the short path.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from urbangov._lookup import split_kind
from urbangov._text import fold
from urbangov.units._store import store

__all__ = ["Part", "address_parts", "below_commune", "commune_kind", "glued_readings",
           "has_kind", "names_a_unit", "readings", "unknown_parts"]


class Part(NamedTuple):
    """One part of an address (bộ phận địa chỉ) and what its note says of it."""

    text: str
    old: bool = False  # "cũ", "trước đây": the unit that has ceased
    new: bool = False  # "(mới)": the unit formed later


#: What separates the parts of an address: a comma or a semicolon; and a dash between
#: spaces ("Phúc Xá - Ba Đình - Hà Nội") in a part that names no unit whole ("Bà Rịa -
#: Vũng Tàu" and "Văn Miếu - Quốc Tử Giám" are names; "Phan Rang-Tháp Chàm" has no spaces).
_SEPARATORS = re.compile(r"[,;]")
_DASHES = re.compile(r"(?<!\d) [-–—] |(?<=\d) [-–—] (?!\d)")  # "45 - 47 Lê Duẩn": one house
#: The country, which some addresses end with (folded).
_COUNTRY = frozenset({"viet nam", "vietnam", "vn", "cong hoa xa hoi chu nghia viet nam",
                      "nuoc cong hoa xa hoi chu nghia viet nam", "chxhcn viet nam"})
#: How the parts below a commune begin (lower case, with or without diacritics): a house
#: number, a street or road ("Quốc lộ 13", "Tỉnh lộ 8", "QL1A"), a village or hamlet, a
#: residential group.  Such a part is left out only when it names no unit of any day
#: ("Phố Huế", "Bản Lầu", "Đội Cấn" are units).
_BELOW_COMMUNE = re.compile(
    r"(\d|(số|so)( nhà| nha)? |(đường|duong|phố|pho|ngõ|ngo|ngách|ngach|hẻm|hem|kiệt|kiet"
    r"|thôn|thon|tổ|to|ấp|ap|khóm|khom|xóm|xom|bản|ban|làng|lang|khu|cụm|cum|đội|doi"
    r"|tòa|toa|lô|lo) |(tổ dân phố|to dan pho|khu phố|khu pho|chung cư|chung cu|tdp|kp)\b"
    r"|(quốc lộ|quoc lo|tỉnh lộ|tinh lo|huyện lộ|huyen lo|đại lộ|dai lo|hương lộ|huong lo"
    r"|tiểu khu|tieu khu) |(ql|tl|đt|dt|hl)[ .]?\d)")
#: A group in parentheses (an unclosed one runs to the end).
_GROUP = re.compile(r"\(([^()]*)(?:\)|$)")
_STRAY = re.compile(r"[()]")
#: A note that the unit before it is the old (or the new) one, folded.
_OLD_NOTES = frozenset({"cu", "truoc day", "truoc", "da giai the", "truoc sap nhap",
                        "truoc sap xep", "truoc khi sap nhap", "truoc khi sap xep"})
_NEW_NOTES = frozenset({"moi", "hien nay", "hien tai", "sau sap nhap", "sau sap xep",
                        "sau khi sap nhap", "sau khi sap xep", "moi thanh lap"})
#: A part that ends with such a note: "phường Hiệp Bình Phước cũ" (no unit name ends in
#: "cũ"; "Chợ Mới" does end in "mới", so that word counts only in parentheses).
_OLD_TAIL = re.compile(r"\s+(?:cũ|CŨ|Cũ|trước đây)\s*$")
_NOW_TAIL = re.compile(r"\s+(?:hiện nay|hiện tại|ngày nay)\s*$", re.IGNORECASE)
#: The words that open a note naming the same place at another time (folded).
_OTHER_TIME = re.compile(r"^(?:nay la|nay thuoc|nay|hien nay la|hien la|truoc day la"
                         r"|truoc day thuoc|truoc la|truoc thuoc|cu la|tuc la|tuc) ")
#: The words that open a note naming the units above ("thuộc huyện Bình Sơn", folded).
_ABOVE = re.compile(r"^(?:thuoc|tai|o) ")
#: Kind words inside a part that names no unit ("xã Bình Đông H.Bình Sơn"): where it may
#: be split, tried only when the address as written names nothing.
_GLUED_KIND = re.compile(
    r"\s+(?=(?:TP|Tp|TX|Tx|TT|Q|H|P|X)\.\s*\S|(?:phường|xã|thị trấn|quận|huyện|thị xã"
    r"|thành phố|tỉnh|đặc khu) \S)")
#: What only an address with parentheses or notes holds (the short path's test).
_MARKS = ("(", ")", "cũ", "Cũ", "CŨ", "trước đây", "hiện nay", "hiện tại", "ngày nay")
_COMMUNE_KINDS = frozenset({"phuong", "xa", "thi_tran", "dac_khu"})


def _split(text: str) -> list[str]:
    """Parts separated by commas, semicolons or (in a part that names no unit) dashes."""
    parts: list[str] = []
    for part in _SEPARATORS.split(text):
        part = part.strip()
        if _DASHES.search(part) and not names_a_unit(part):
            parts += [p.strip() for p in _DASHES.split(part)]
        else:
            parts.append(part)
    return [p for p in parts if p]


def _noted(text: str) -> Part:
    """A part, with a trailing "cũ" or "trước đây" read as its note, and a trailing
    "hiện nay" (as it stands now: "quận Liên Chiểu hiện nay") left out."""
    tail = _OLD_TAIL.search(text)
    if tail is not None and tail.start() > 0:
        return Part(text[:tail.start()].strip(), old=True)
    now = _NOW_TAIL.search(text)
    if now is not None and now.start() > 0:
        return Part(text[:now.start()].strip())
    return Part(text)


def _plain(text: str) -> bool:
    """Whether *text* has no parenthesis and no note (the usual address)."""
    return not any(mark in text for mark in _MARKS)


def _trim_country(parts: list[Part]) -> list[Part]:
    if len(parts) > 1 and fold(parts[-1].text) in _COUNTRY:
        parts.pop()
    return parts


def readings(query: str | int) -> list[list[Part]]:
    """The ways *query* may be read, each a list of parts, smallest first: one, unless
    a note names the same place at another time ("xã Gio An cũ (nay là xã Cồn Tiên)")."""
    text = str(query)
    if _plain(text):
        return [_trim_country([Part(p) for p in _split(text)])]
    parts: list[Part] = []
    others: list[tuple[int, list[Part]]] = []
    at = 0
    for group in _GROUP.finditer(text):  # the innermost groups; a bracket left outside
        # them (nested or unmatched: "Phúc Xá (Ba Đình (Hà Nội))") separates parts
        parts += [_noted(p) for p in _split(_STRAY.sub(",", text[at:group.start()]))]
        at = group.end()
        _read_note(group[1], parts, others)
    parts += [_noted(p) for p in _split(_STRAY.sub(",", text[at:]))]
    out = [_trim_country(parts)]
    for index, other in others:
        if index < len(parts):
            out.append(_trim_country(parts[:index] + other + parts[index + 1:]))
    return out


def _read_note(note: str, parts: list[Part], others: list[tuple[int, list[Part]]]) -> None:
    """Read what a parenthesis after ``parts[-1]`` says, into *parts* or *others*."""
    key = fold(note)
    if not key:
        return
    if parts and key in _OLD_NOTES | _NEW_NOTES:
        last = parts[-1]
        parts[-1] = last._replace(old=key in _OLD_NOTES, new=key in _NEW_NOTES)
        return
    words = note.split()
    other = _OTHER_TIME.match(key + " ")
    if other is not None and parts:
        rest = " ".join(words[len(other[0].split()):])
        others.append((len(parts) - 1, [_noted(p) for p in _split(rest)]))
        return
    above = _ABOVE.match(key + " ")
    if above is not None and len(words) > 1:
        note = " ".join(words[1:])
    parts += [_noted(p) for p in _split(note) if not below_commune(p)]


def address_parts(query: str | int) -> list[str]:
    """The parts of an address, smallest first, trimmed, without their notes; empty
    parts and a final country ("Việt Nam") left out."""
    return [p.text for p in readings(query)[0]]


def unknown_parts(query: str | int) -> list[str]:
    """The parts of an address that name no unit of any day (a house, street or hamlet
    aside): what an error says was not found."""
    return [p for p in address_parts(query) if not names_a_unit(p) and not below_commune(p)]


def names_a_unit(part: str) -> bool:
    """Whether *part*, whole, names a unit of any day."""
    s = store()
    t = part.strip()
    if "@" in t and t in s.rows:  # a unit id: "00004@2025-07-01"
        return True
    if t.isascii() and t.isdigit():
        return any(w in s.by_code for w in (t, t.zfill(2), t.zfill(3), t.zfill(5)))
    return bool(s.match_name(t))


def below_commune(part: str) -> bool:
    """Whether *part* reads as a house, street or hamlet, and names no unit of any day."""
    text = unicodedata.normalize("NFC", part).lower()
    return (not part.isdigit()  # a code is a unit's
            and _BELOW_COMMUNE.match(text) is not None and not names_a_unit(part))


def has_kind(part: str) -> bool:
    """Whether *part* begins with a unit's kind word ("Phường", "Q.", "huyện")."""
    return split_kind(fold(part))[0] is not None


def commune_kind(part: str) -> bool:
    """Whether *part* begins with a commune's kind word ("phường", "xã", "P.", "TT")."""
    kinds = split_kind(fold(part))[0]
    return kinds is not None and bool(kinds & _COMMUNE_KINDS)


def glued_readings(parts: list[Part]) -> list[Part] | None:
    """*parts* with each part that names no unit split before a kind word inside it
    ("xã Bình Đông H.Bình Sơn" is "xã Bình Đông", "H.Bình Sơn"), or None if none is."""
    out: list[Part] = []
    split = False
    for part in parts:
        pieces = [p.strip() for p in _GLUED_KIND.split(part.text) if p.strip()]
        if len(pieces) > 1 and not names_a_unit(part.text):
            out += [part._replace(text=p) for p in pieces]
            split = True
        else:
            out.append(part)
    return out if split else None
