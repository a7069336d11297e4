"""Which old units each clause of the 2025-06-16 resolutions names, kind word and all.

The upstream mapping (dvhcvn) was drawn by a language model matching names: where two old
units of one new province share a name, it sometimes linked one to the clause naming the
other ("xã Phước Ninh" of Quảng Nam into the clause of the Đà Nẵng "phường Phước Ninh").
A clause names an old unit by its kind word and name ("các xã A, B và C", "thị trấn D"),
and, where the province has two of them, by its district in brackets ("xã Tân Việt
(huyện Bình Giang)").  This module reads those names so that the build keeps a link only
where its clause names the old unit that way, and finds the clause that does otherwise.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .reform2025 import clause_texts

#: the kind words of a commune-level unit in the resolutions -> the build's kind slugs.
KIND_WORDS = {"xã": "xa", "phường": "phuong", "thị trấn": "thi_tran", "đặc khu": "dac_khu",
              "huyện": "huyen"}  # huyện: the island districts that became đặc khu
_KIND = re.compile(r"(?<!\w)(?<!thị )(xã|phường|thị trấn|đặc khu|huyện)\s+(?:các\s+)?",
                   re.IGNORECASE)
_NEW = re.compile(r"(?:có tên gọi\s*là|^Đổi tên .*? thành)\s*(xã|phường|đặc khu)\s+"
                  r"(.+?)\s*(?:[.;]|$)", re.IGNORECASE)
_SOURCE_END = re.compile(r"thành\s*(?:xã|phường|đặc khu)\s*(?:mới|có tên)|^Đổi tên .*?(?= thành )")
_QUALIFIER = re.compile(r"\s*\(([^)]*)\)")
_WORD = re.compile(r"\s*([^\s,()]+)")
_SEPARATOR = re.compile(r"\s*(?:,\s*|\s+và\s+)")
_HIGHER = re.compile(r"^(?:thuộc\s+)?(huyện|quận|thị xã|thành phố|tỉnh)\s+", re.IGNORECASE)
_GLUED_BEFORE = re.compile(r"(của|các|và)(?=xã|phường|thị trấn|các)")
_GLUED_AFTER = re.compile(r"(?<=\w)(thành\s*(?:xã|phường|đặc khu)\s)")
_GLUED_WORD = re.compile(r"(?<=\w)(và|sau)(?=\s)")
_ROMAN = {r: str(i) for i, r in enumerate(  # "Phường IV" = "Phường 4"
    ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"), start=1)}
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def exact_key(name: str) -> str:
    """*name* compared with its tone marks moved to the end ('Hòa' = 'Hoà'), lower case."""
    text = unicodedata.normalize("NFD", " ".join(name.replace("’", "'").split()).lower())
    tones = "".join(sorted(c for c in text if c in _TONES))
    return "".join(c for c in text if c not in _TONES) + "|" + tones


def loose_key(name: str) -> str:
    """*name* without tone marks, spaces, hyphens or apostrophes, y as i, padding dropped.

    The spelling variants between the sources and the resolutions: Đắk/Đăk, Thụy/Thụi,
    "Ea D'Rơng"/"Ea Drơng", "Phường 05"/"Phường 5".
    """
    name = _ROMAN.get(name, name)
    text = unicodedata.normalize("NFD", name.lower())
    text = "".join(c for c in text if c not in _TONES and c not in " -'’‘`")
    return re.sub(r"(?<!\d)0+(\d)", r"\1", unicodedata.normalize("NFC", text).replace("y", "i"))


@dataclass(frozen=True)
class Member:
    kind: str  # slug: xa, phuong, thi_tran
    name: str
    qualifier: str | None  # "huyện Bình Giang" as written, or None


@dataclass(frozen=True)
class Clause:
    number: int
    members: tuple[Member, ...]
    new_kind: str | None
    new_name: str | None
    text: str


def _is_name_word(word: str) -> bool:
    head = word.lstrip("'‘’\"(")
    return bool(head) and (head[0].isupper() or head[0].isdigit())


def _read_list(text: str, pos: int, kind: str) -> tuple[list[Member], int]:
    """The names after a kind word at *pos*: 'A, B (huyện X) và C'."""
    out: list[Member] = []
    after_and = False
    while True:
        words: list[str] = []
        m = _WORD.match(text, pos)
        while m and (_is_name_word(m.group(1)) or (words and m.group(1) in ("-", "–"))):
            words.append(m.group(1))
            pos = m.end()
            m = _WORD.match(text, pos)
        if not words:
            return out, pos
        name = " ".join(words).rstrip(".;:")
        qualifier = None
        q = _QUALIFIER.match(text, pos)
        if q:
            qualifier = q.group(1).strip()
            pos = q.end()
        if qualifier and after_and and higher_name(qualifier) is not None:
            _share_back(out, qualifier)
        out.append(Member(kind, name, qualifier))
        sep = _SEPARATOR.match(text, pos)
        if not sep:
            return out, pos
        nxt = _WORD.match(text, sep.end())
        if not nxt or not _is_name_word(nxt.group(1)):
            return out, pos
        number = _WORD.match(text, nxt.end())
        if nxt.group(1).lower() in KIND_WORDS and number and (
                number.group(1).isdigit() or number.group(1) in _ROMAN):
            return out, pos  # "Phường 1 và Phường 3": the next list (not "Phường Đúc")
        after_and = "và" in sep.group(0)
        pos = sep.end()


def _share_back(members: list[Member], qualifier: str) -> None:
    """A district in brackets closing a run "A, B và C (thị xã X)" is the whole run's:
    given to the names before it back to the last one with its own."""
    for i in range(len(members) - 1, -1, -1):
        if members[i].qualifier:
            break
        members[i] = Member(members[i].kind, members[i].name, qualifier)


def parse(number: int, text: str) -> Clause:
    """One clause of Điều 1: the old units it names and the new unit it forms."""
    text = " ".join(text.replace("\\", "").replace("*", "").split())
    text = "".join(  # "vàLong" -> "và Long" (spaces lost in the Markdown copies)
        " " + c if i and c.isupper() and text[i - 1].islower() else c
        for i, c in enumerate(text))
    for _ in range(2):  # "cácxã", "củathị trấn", "vàcácxã"
        text = _GLUED_BEFORE.sub(r" \1 ", text)
    text = _GLUED_AFTER.sub(r" \1", text)  # "Bản Bothành xã mới"
    text = _GLUED_WORD.sub(r" \1", text)  # "Thuận Điềnvà", "Gia Sàngsau khi"
    text = " ".join(text.split())
    new = _NEW.search(text)
    end = _SOURCE_END.search(text)
    source = text[:end.end() if end and end.group(0).startswith("Đổi") else
                  end.start() if end else len(text)]
    members: list[Member] = []
    for m in _KIND.finditer(source):
        found, _ = _read_list(source, m.end(), KIND_WORDS[m.group(1).lower()])
        members.extend(found)
    return Clause(number, tuple(members),
                  KIND_WORDS[new.group(1).lower()] if new else None,
                  new.group(2).strip() if new else None, text)


def read(doc: Path) -> dict[int, Clause]:
    """Clause number -> Clause, for Điều 1 of one resolution in Markdown."""
    return {k: parse(k, text) for k, text in clause_texts(doc).items()}


def higher_name(qualifier: str) -> str | None:
    """'huyện Bình Giang' -> 'Bình Giang'; None if the bracket names no district/province."""
    m = _HIGHER.match(qualifier)
    return qualifier[m.end():].strip() if m else None


def names(member: Member, kind: str, name: str, within: tuple[str, ...], key: str) -> bool:
    """Whether *member* names an old unit of *kind* and *name* lying in *within* (its
    district's and province's names), compared by *key* ('exact' or 'loose'); a district
    in brackets must be its district, a "tỉnh" its province."""
    fold = exact_key if key == "exact" else loose_key
    if member.kind != kind or fold(member.name) != fold(name):
        return False
    if not member.qualifier or higher_name(member.qualifier) is None:
        return True
    # "(thành phố Thanh Hóa)" is the district-level city, not the province of that name
    province = member.qualifier.lower().startswith("tỉnh")
    places = within[1:] if province else within[:1]
    return loose_key(str(higher_name(member.qualifier))) in {loose_key(w) for w in places}


def named_by(clause: Clause, kind: str, name: str, within: tuple[str, ...]) -> bool:
    """Whether *clause* names the old unit (exactly, or up to a spelling variant)."""
    return any(names(m, kind, name, within, key) for m in clause.members
               for key in ("exact", "loose"))


def forms(clause: Clause, kind: str, name: str) -> bool:
    """Whether *clause* forms (or renames into) the new unit of *kind* and *name*."""
    return (clause.new_kind == kind and clause.new_name is not None
            and loose_key(clause.new_name) == loose_key(name))


def check_bundled(data: dict[str, object], docs: Path) -> tuple[int, list[tuple[str, ...]]]:
    """Every commune-level link of 2025-07-01 in the bundled file against its clause:
    the clause names the old unit with its kind word (and district, where it gives one)
    and forms the new unit.  Returns the number that pass and the failures."""
    units = {u[0]: u for u in data["units"]}  # type: ignore[attr-defined]
    tables: dict[str, dict[int, Clause]] = {}
    passed = 0
    failed: list[tuple[str, ...]] = []
    for day, old, new, share, basis, _ in data["links"]:  # type: ignore[attr-defined]
        if day != "2025-07-01" or units[old][2] == 1:
            continue
        _, _, name, _, kind, parent = units[old][3][-1]
        district = units[parent][3][-1] if parent in units else None
        within = tuple(x for x in (district[2] if district else None,
                                   _province_name(units, parent)) if x)
        new_version = units[new][3][0]
        ok = False
        for res, _, number in basis:
            if res not in tables:
                tables[res] = read(docs / (res.replace("/", "_") + ".md"))
            clause = tables[res].get(number)
            if clause and named_by(clause, kind, name, within) and forms(
                    clause, new_version[4], new_version[2]):
                ok = True
        if ok:
            passed += 1
        else:
            failed.append((old, name, kind, new, new_version[2], share, str(basis)))
    return passed, failed


def _province_name(units: dict[str, list[object]], code: object) -> str | None:
    while code in units:
        version = units[code][3][-1]  # type: ignore[index]
        if version[5] is None:  # type: ignore[index]
            return str(version[2])  # type: ignore[index]
        code = version[5]  # type: ignore[index]
    return None


@dataclass(frozen=True)
class Old:
    """An old unit as the build knows it on 2025-06-30."""
    kind: str
    name: str
    within: tuple[str, ...]  # its district's and province's names


def relink(links: dict[tuple[str, str], str], cites: dict[tuple[str, str], dict[str, object]],
           olds: dict[str, Old], news: dict[str, tuple[str, str, str]],
           docs: Path) -> list[dict[str, str]]:
    """Correct, in place, the links whose cited clause does not name the old unit.

    *news*: new code -> (kind, name, province).  A link (old, new) stands when its clause
    names the old unit with its kind word (and its district, where the clause gives one)
    and forms the new unit.  Otherwise the old unit's links are replaced by the clauses of
    the same resolution that do name it, each to the new unit it forms: full if there is
    one, partial if several.  The exact spelling is preferred; a spelling variant counts
    only where no clause has the exact one.  Where no clause names it, or a clause's new
    unit is not found, the source's links stay.  Returns one record per corrected unit.
    """
    tables: dict[str, dict[int, Clause]] = {}
    by_old: dict[str, list[str]] = {}
    for old, new in links:
        by_old.setdefault(old, []).append(new)
    scope: dict[str, str] = {}  # old -> its resolution
    for old, targets in by_old.items():
        resolutions = {str(cites[(old, n)]["resolution"]) for n in targets}
        if old in olds and len(old) == 5 and len(resolutions) == 1:
            scope[old] = resolutions.pop()
    # pass 1: the clauses naming each old unit, and whether by a name it alone bears
    # there or with its district ("firm"), or by a name its homonyms share ("loose")
    naming_of: dict[str, dict[int, bool]] = {}
    group_of: dict[str, tuple[str, str, str]] = {}
    for old, res in scope.items():
        unit = olds[old]
        if res not in tables:
            tables[res] = read(docs / (res.replace("/", "_") + ".md"))
        for key in ("exact", "loose"):
            found_in = {c.number: any(names(m, unit.kind, unit.name, unit.within, key)
                                      and m.qualifier is not None
                                      and higher_name(m.qualifier) is not None
                                      for m in c.members)
                        for c in tables[res].values()
                        if any(names(m, unit.kind, unit.name, unit.within, key)
                               for m in c.members)}
            if found_in:
                break
        naming_of[old] = found_in
        group_of[old] = (res, unit.kind, loose_key(unit.name))  # homonyms, up to spelling
    groups: dict[tuple[str, str, str], list[str]] = {}
    for old, group in group_of.items():
        groups.setdefault(group, []).append(old)
    # pass 2: a clause naming homonyms without their district names one of them; if it
    # is the only clause naming one of them, it is that one's ("các phường Bắc Sơn, Ngọc
    # Trạo, Phú Sơn" of Bỉm Sơn, where Thanh Hóa's Phú Sơn is named with its city)
    for members in groups.values():
        if len(members) < 2:
            for old in members:
                naming_of[old] = dict.fromkeys(naming_of[old], True)
            continue
        for old in members:
            for number, qualified in list(naming_of[old].items()):
                if qualified:
                    continue
                sharing = [o for o in members if number in naming_of[o]]
                only = [o for o in sharing if list(naming_of[o]) == [number]]
                if len(only) == 1 and only[0] != old:
                    del naming_of[old][number]
                elif sharing == [old]:
                    naming_of[old][number] = True
    out: list[dict[str, str]] = []
    for old, targets in sorted(by_old.items()):
        if old not in scope:
            continue
        unit, res = olds[old], scope[old]
        table = tables[res]
        province = news[targets[0]][2]
        naming = [table[k] for k in sorted(naming_of[old])]
        # a name homonyms share, written without the district, may be either: it
        # confirms the source's link but is no ground for another
        firm = [table[k] for k, sure in sorted(naming_of[old].items()) if sure]
        numbers = {c.number: _new_code(c, news, province) for c in naming}
        if all(cites[(old, n)]["clause"] in numbers
               and numbers[int(cites[(old, n)]["clause"])] == n  # type: ignore[call-overload]
               for n in targets):
            continue
        # the source's links its clause confirms, and those the name alone supports
        naming = [c for c in naming if c in firm or any(
            cites[(old, n)]["clause"] == c.number and numbers[c.number] == n for n in targets)]
        found: dict[str, int] = {}
        for c in naming:
            code = _new_code(c, news, province)
            if code is None:
                break
            found[code] = c.number
        else:
            if not found:
                continue
            before = ", ".join(f"{n} ({links[(old, n)]}, k.{cites[(old, n)]['clause']})"
                               for n in sorted(targets))
            share = "full" if len(found) == 1 else "partial"
            for n in targets:
                del links[(old, n)]
                del cites[(old, n)]
            for n, number in found.items():
                links[(old, n)] = share
                cites[(old, n)] = {"resolution": res, "clause": number, "how": "text",
                                   "confidence": "named"}
            after = ", ".join(f"{n} ({share}, k.{k})" for n, k in sorted(found.items()))
            out.append({"release": "dvhcvn-20250701", "code": old,
                        "used": f"{after} (the source: {before})",
                        "reason": f"{res} names {_KIND_NAME[unit.kind]} {unit.name} only in "
                                  f"khoản {', '.join(str(k) for k in sorted(found.values()))}; "
                                  "the source's link cites a clause that names another unit "
                                  "of that name (or forms another new unit)"})
    return out


def _new_code(clause: Clause, news: dict[str, tuple[str, str, str]], province: str) -> str | None:
    """The code of the new unit *clause* forms in *province* (one, or None)."""
    if clause.new_name is None:
        return None
    for fold in (exact_key, loose_key):
        codes = [n for n, (k, nm, p) in news.items() if p == province
                 and k == clause.new_kind and fold(nm) == fold(clause.new_name)]
        if codes:
            return codes[0] if len(codes) == 1 else None
    return None


_KIND_NAME = {v: k for k, v in KIND_WORDS.items()}
