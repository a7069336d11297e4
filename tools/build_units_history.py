"""Rebuild ``src/urbangov/_data/units_history.json.gz``: every unit of Vietnam, 2021-11-01 on.

Sources (both MIT, described in ``../shared/data/README.md``; never read at run time):

* ``vn-provinces-database`` (Thang Le Quoc): one national snapshot per release, each
  tied to the resolution(s) whose effect it records, and per-resolution patches;
* ``dvhcvn-20250701`` (dvhcvn): the 2025-07-01 rearrangement, old -> new with
  ``full``/``partial`` and the clause of the resolution for every pair.

Each 2025-07-01 link must be named by its clause, kind word and all (``_units_build/named.py``):
the build relinks those dvhcvn matched to a homonym, and records each change.

Cross-check: ``vietnamadminunits`` (PyPI, MIT), if installed, for the units of
2025-06-30 and 2025-07-01.  Every disagreement between the sources is written into the
output's ``disagreements`` with the choice made; nothing is fixed silently.

Usage (development only)::

    pip install vietnamadminunits==1.0.4      # optional cross-check
    python tools/build_units_history.py        # writes the bundled file
    python tools/build_units_history.py --check  # exit 1 if the bundled file is stale
    python tools/build_units_history.py --shared ../shared   # another location
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _units_build import named, patches, reform2025, spelling, sql

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "src" / "urbangov" / "_data" / "units_history.json.gz"
REFORM = "2025-07-01"
COVERAGE_FROM = "2021-11-01"

#: The releases used, each with the first day it describes and the resolution(s) the
#: source ties it to (README-latest.md).  Releases left out are corrections of the same
#: data (v1.0.3, v1.0.4, v2.4.0, v3.0.0, v3.0.1, v3.1.0, v4.0.0, v4.1.0).
RELEASES: list[tuple[str, str, tuple[str, ...]]] = [
    ("v1.0.0", "2021-11-01", ("387/NQ-UBTVQH15",)),
    ("v1.0.1", "2022-04-10", ("469/NQ-UBTVQH15",)),
    ("v1.0.2", "2022-07-01", ("510/NQ-UBTVQH15",)),
    ("v1.0.3.1", "2022-10-01", ("569/NQ-UBTVQH15", "570/NQ-UBTVQH15")),
    ("v1.0.4.1", "2023-04-10", tuple(f"{n}/NQ-UBTVQH15" for n in range(721, 731))),
    ("v2.0.0", "2024-02-01", ("939/NQ-UBTVQH15",)),
    ("v2.0.1", "2024-05-01", ("1013/NQ-UBTVQH15",)),
    ("v2.1.0", "2024-09-01", ("1106/NQ-UBTVQH15",)),
    ("v2.2.0", "2024-11-01", ("1203/NQ-UBTVQH15",)),
    ("v2.3.0", "2025-01-01", ("1318/NQ-UBTVQH15",)),
    ("v2.4.1", "2025-03-01", ("1365/NQ-UBTVQH15",)),
    ("v3.0.2", REFORM, ("19/2025/QĐ-TTg",)),
    ("v4.2.0", "2026-04-30", ("30/2026/QH16", "237/NQ-UBTVQH16")),
]

#: Codes the source corrected later (hotfix of 2023-04-26): the unit keeps one code.
CODE_CORRECTIONS = {"11353": "11344"}

#: New (2025-07-01) codes on which the three sources split two against one: the
#: majority wins (release snapshot code -> used; mapping code -> used).
NEW_CODE_SNAPSHOT = {"06978": ("06970", "Xã Ba Chẽ (Quảng Ninh): dvhcvn and vietnamadminunits "
                                        "give 06970; the source later deleted 06978 (PR #209)")}
NEW_CODE_MAPPING = {"23737": ("23938", "Xã Ia Mơ (Gia Lai): vn-provinces-database and "
                                       "vietnamadminunits give 23938")}

#: New (2025-07-01) units the source's releases v3.x spell otherwise than the resolution
#: forming them, the official code list and the source's own releases from v4.0.0: code
#: -> (spelling of v3.x, spelling used, where the used one is written).  Without this the
#: change of spelling in v4 reads as a rename on 2026-04-30.
NEW_SPELLING = {"00745": ("Phó Bảng", "Phố Bảng",
                          "1684/NQ-UBTVQH15 Điều 1 khoản 47 and CV 1027/CTK-CSCL (no. 237)")}

#: Units the patches say were merged into another (the snapshots only show them gone).
PATCH_MERGES = {
    "15790": ("15772", "938_939_NQ-UBTVQH15 patch: Thiệu Phú merged into Thiệu Hóa"),
    "05764": ("05851", "hotfix_26April2023: Quân Chu merged into Quân Chu township (729)"),
}

#: Old communes only the 2025-01-01 release (v2.3.0) holds: absent from every release
#: before (v1.0.0 of 2021-11-01 to v2.2.0) and after (v2.4.0, v2.4.1), named by no patch
#: (not by 1318/NQ-UBTVQH15's), by no clause of the 2025-06-16 resolutions the mapping
#: cites for them, and not in vietnamadminunits' list of 2025-06-30.  Units that had
#: ceased before 2021-11-01 (Nham Sơn and Thắng Cương went into thị trấn Nham Biền, as
#: Bắc Giang's own plan records), listed again by that release: an artefact of the source,
#: left out of the release and of the 2025-07-01 mapping (recorded as corrections).
PHANTOMS = ("07693", "07732", "07744", "16387", "16411", "18448", "20176", "20674",
            "25102", "25174", "25177", "25186")
PHANTOM_RELEASE = "v2.3.0"
PHANTOM_WHY = ("only release v2.3.0 (2025-01-01) lists it: absent from every release before "
               "and after, named by no patch and by no clause of the 2025 resolution the "
               "mapping cites; a unit that had ceased before 2021-11-01, listed again in "
               "error, so left out")

#: NQ 202/2025/QH15 Điều 1: the clause forming each merged province (legal reference §4.1).
NQ202_CLAUSE = {
    "08": 1, "15": 2, "19": 3, "25": 4, "24": 5, "33": 6, "31": 7, "37": 8, "44": 9,
    "48": 10, "51": 11, "52": 12, "56": 13, "68": 14, "66": 15, "79": 16, "75": 17,
    "80": 18, "92": 19, "86": 20, "82": 21, "96": 22, "91": 23,
}

#: the 2026-04-30 changes: province kind (NQ 30/2026/QH16), xã -> phường (NQ 237).
BASIS_2026 = {1: ("30/2026/QH16", None, None), 3: ("237/NQ-UBTVQH16", None, None)}

#: Changes of kind after the last release the stored sources hold: legal-reference-2025-
#: 2026.md §4.1 (medium), from hongquan/vn-open-api-provinces#10 and
#: thanglequoc/vietnamese-provinces-database#210 (recorded in its releases v5.1.0 and
#: v5.2.0, which are not among the stored sources); days as the catalogue has them.
#: Quảng Ninh keeps its 30 phường, 22 xã and 2 đặc khu (the same issue), so the change
#: of kind is all of it; Bắc Ninh's communes that became phường stay a gap.
LATER_KINDS = [
    ("22", "2026-09-01", "thanh_pho", "36/2026/QH16",
     "Quảng Ninh became a centrally-run city (Thành phố Quảng Ninh); its 54 communes are "
     "unchanged (legal-reference-2025-2026.md §4.1, medium)"),
    ("24", "2026-09-20", "thanh_pho", "39/2026/QH16",
     "Bắc Ninh became a centrally-run city (Thành phố Bắc Ninh) (legal-reference-2025-2026.md "
     "§4.1, medium); its communes that became phường under NQ 388/NQ-UBTVQH16 are not in "
     "the bundled data"),
]

#: Known later changes the sources do not hold (reported as gaps by the library).
GAPS = [
    {"province": "24", "from": "2026-09-20", "instrument": "388/NQ-UBTVQH16",
     "what": "some of Bắc Ninh's communes became wards when it became a centrally-run "
             "city (NQ 39/2026/QH16); which ones is not in the bundled data"},
]

UNCHECKED = ("clause as numbered by dvhcvn; the cited line was not found verbatim in the "
             "resolution's text")

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


#: A number written with leading zeros ("05", "Phường 05"), but not a zero alone.
_PADDED = re.compile(r"(?<!\d)0+(\d)")


def spelling_key(name: str) -> str:
    """*name* with its tone marks moved to the end: 'Hòa' and 'Hoà' compare equal."""
    decomposed = unicodedata.normalize("NFD", name)
    tones = "".join(sorted(c for c in decomposed if c in _TONES))
    return "".join(c for c in decomposed if c not in _TONES) + "|" + tones


def _release_file(root: Path, tag: str) -> Path:
    d = root / "releases" / tag
    plain = d / "ImportData_vn_units.sql"
    return plain if plain.exists() else d / "postgres_ImportData_vn_units.sql"


class Builder:
    def __init__(self, shared: Path) -> None:
        self.tlq = shared / "data" / "vn-provinces-database"
        self.dv = shared / "data" / "dvhcvn-20250701"
        self.units: dict[str, dict[str, Any]] = {}  # uid -> {code, level, versions}
        self.current: dict[str, str] = {}  # code -> uid of the unit bearing it now
        self.used: set[str] = set()  # codes some unit has borne
        self.ended: dict[str, list[str]] = {}  # code -> uids closed on the reform day
        self.events: list[list[Any]] = []
        self.links: list[list[Any]] = []
        self.corrections: list[dict[str, Any]] = []
        self._unpadded: set[str] = set()
        self.disagreements: list[dict[str, Any]] = []

    # -- units and versions -------------------------------------------------------------
    def _uid(self, code: str, day: str) -> str:
        if code in self.used:
            return f"{code}@{day}"
        self.used.add(code)
        return code

    def open(self, code: str, day: str | None, rec: dict[str, Any]) -> str:
        uid = self._uid(code, day or COVERAGE_FROM)
        self.units[uid] = {"code": code, "level": rec["level"], "versions": []}
        self.current[code] = uid
        self._version(uid, day, rec)
        return uid

    def _version(self, uid: str, day: str | None, rec: dict[str, Any]) -> None:
        self.units[uid]["versions"].append(
            [day, None, rec["name"], rec["name_en"], rec["kind"], rec["parent"]])

    def close(self, code: str, day: str) -> str:
        uid = self.current.pop(code)
        self.units[uid]["versions"][-1][1] = day
        if day == REFORM:
            self.ended.setdefault(code, []).append(uid)
        return uid

    def event(self, day: str, kind: str, uid: str, basis: list[list[Any]],
              note: str | None = None) -> None:
        self.events.append([day, kind, uid, basis, note])

    # -- the snapshots ----------------------------------------------------------------
    def snapshots(self) -> dict[str, dict[str, dict[str, Any]]]:
        snaps: dict[str, dict[str, dict[str, Any]]] = {}
        for tag, _, _ in RELEASES:
            snap = sql.snapshot(_release_file(self.tlq, tag))
            for old, new in CODE_CORRECTIONS.items():
                if old in snap:
                    snap[new] = snap.pop(old)
                    self.corrections.append({"release": tag, "code": old, "used": new,
                                             "reason": "code corrected by the source's "
                                                       "hotfix of 2023-04-26"})
            if tag.startswith(("v3", "v4")):
                for old, (new, why) in NEW_CODE_SNAPSHOT.items():
                    snap[new] = snap.pop(old)
                    self.disagreements.append({"topic": "code", "day": tag, "code": old,
                                               "chosen": new, "why": why})
            if tag == PHANTOM_RELEASE:
                for code in PHANTOMS:
                    rec = snap.pop(code)
                    self.corrections.append({
                        "release": tag, "code": code,
                        "used": f"{rec['name']} left out (no such unit after 2021-11-01)",
                        "reason": PHANTOM_WHY})
            if not tag.startswith(("v3", "v4")):
                self._respell(tag, snap)
            for code, (was, used, where) in NEW_SPELLING.items():
                if code in snap and snap[code]["name"] == was and snap[code]["level"] == 3:
                    snap[code]["name"] = used
                    self.corrections.append({
                        "release": tag, "code": code, "used": used,
                        "reason": f"the source spells it {was!r} in this release and "
                                  f"{used!r} from v4.0.0; {used!r} is the spelling of {where}"})
            self._city_kinds(tag, snap)
            snaps[tag] = snap
        self._fill_gaps(snaps)  # on the source's names: a unit padded, then not, is no gap
        self._restore_reformed(snaps)
        for tag, snap in snaps.items():
            self._unpad(tag, snap)
        return snaps

    def _unpad(self, tag: str, snap: dict[str, dict[str, Any]]) -> None:
        """Numbered units without the source's zero-padding ("05" -> "5"): the releases
        before 2025-01-01 pad the numbers the resolutions write plain ("Phường 5"), which
        would read as a rename on the day the padding stopped.  Recorded once per unit."""
        for code, rec in snap.items():
            plain = _PADDED.sub(r"\1", rec["name"])
            if plain == rec["name"]:
                continue
            if code not in self._unpadded:
                self._unpadded.add(code)
                self.corrections.append({
                    "release": tag, "code": code, "used": plain,
                    "reason": f"the source pads the number ({rec['name']!r}) in its releases "
                              "before 2025-01-01; the resolutions write it plain, as the "
                              "source does from then: one name, not a rename"})
            rec["name"] = plain
            rec["name_en"] = _PADDED.sub(r"\1", rec["name_en"])

    def _respell(self, tag: str, snap: dict[str, dict[str, Any]]) -> None:
        """One spelling per unit, shared with tools/build_units.py (_units_build/spelling)."""
        for code, rec in snap.items():
            used = spelling.respell(code, rec["name"])
            if used is None:
                continue
            if spelling.ascii_name(used) != spelling.ascii_name(rec["name"]):
                rec["name_en"] = spelling.ascii_name(used)
            self.corrections.append({
                "release": tag, "code": code, "used": used,
                "reason": f"the source spells it {rec['name']!r}; {used!r} is the spelling of "
                          f"{spelling.SPELLING[code][2]}, the last legal text naming it, "
                          "used in both bundled files"})
            rec["name"] = used

    def _city_kinds(self, tag: str, snap: dict[str, dict[str, Any]]) -> None:
        """A city below a centrally-run city is a "thành phố thuộc thành phố trực thuộc
        trung ương" (LTCCQĐP 2015 Điều 2): the source types Thủy Nguyên (Hải Phòng) as a
        city of a province; the kind is corrected, and the correction recorded."""
        for code, rec in snap.items():
            above = snap.get(rec.get("parent") or "")
            if (rec["kind"] == "thanh_pho_thuoc_tinh" and above is not None
                    and above["kind"] == "thanh_pho"):
                rec["kind"] = "thanh_pho_thuoc_tp"
                self.corrections.append({
                    "release": tag, "code": code, "used": "thanh_pho_thuoc_tp",
                    "reason": f"{rec['name']} lies in a centrally-run city: by law a city "
                              "within it is a thành phố thuộc thành phố trực thuộc trung "
                              "ương, not the source's thành phố thuộc tỉnh"})

    def _restore_reformed(self, snaps: dict[str, dict[str, dict[str, Any]]]) -> None:
        """Units the 2025-07-01 resolutions rearranged but the last snapshot before lacks.

        The resolutions of 2025-06-16 name them as merged on 2025-07-01, so they existed
        on 2025-06-30: their record is taken from the last release that holds them.
        """
        src = reform2025.load(self.dv)
        for bad, (good, why) in NEW_CODE_MAPPING.items():
            for key in [k for k in src["links"] if k[1] == bad]:  # type: ignore[attr-defined]
                src["links"][(key[0], good)] = src["links"].pop(key)  # type: ignore[index]
                src["citations"][(key[0], good)] = src["citations"].pop(key)  # type: ignore[index]
            self.disagreements.append({"topic": "code", "day": REFORM, "code": bad,
                                       "chosen": good, "why": why})
        for key in sorted(k for k in src["links"] if k[0] in PHANTOMS):  # type: ignore[attr-defined]
            del src["links"][key]  # type: ignore[attr-defined]
            cited = src["citations"].pop(key)  # type: ignore[attr-defined]
            self.corrections.append({
                "release": "dvhcvn-20250701", "code": key[0],
                "used": f"link to {key[1]} (k.{cited['clause']} {cited['resolution']}) left out",
                "reason": PHANTOM_WHY})
        self._reform_source = src
        old_codes = {o for o, _ in src["links"] if len(o) == 5}  # type: ignore[attr-defined]
        last = snaps["v2.4.1"]
        for code in sorted(old_codes - set(last)):
            holder = next(t for t, _, _ in reversed(RELEASES[:11]) if code in snaps[t])
            last[code] = snaps[holder][code]
            self.disagreements.append({
                "topic": "unit", "day": "2025-06-30", "code": code,
                "sources": {"vn-provinces-database v2.4.1": "absent (present in " + holder + ")",
                            "vietnamadminunits admin_units_legacy": "absent",
                            "dvhcvn mapping and the resolution's text": last[code]["name"]
                            + " merged on 2025-07-01"},
                "chosen": "existed until 2025-06-30 (kept from " + holder + ")",
                "why": "the 2025 resolution names the unit among those it rearranged"})

    def _fill_gaps(self, snaps: dict[str, dict[str, dict[str, Any]]]) -> None:
        """A unit missing from some releases but present, unchanged, before and after."""
        tags = [t for t, _, _ in RELEASES if not t.startswith(("v3", "v4"))]
        for i, tag in enumerate(tags[1:-1], start=1):
            for code, rec in snaps[tags[i - 1]].items():
                if code in snaps[tag]:
                    continue
                later = next((snaps[t][code] for t in tags[i + 1:] if code in snaps[t]), None)
                if later is not None and later == rec:
                    snaps[tag][code] = rec
                    self.corrections.append({
                        "release": tag, "code": code, "used": f"{rec['name']} kept",
                        "reason": "missing from this release but present, unchanged, in the "
                                  "releases before and after (an island district without "
                                  "communes); treated as an omission"})

    def build(self) -> dict[str, Any]:
        snaps = self.snapshots()
        basis_of = patches.basis_by_code(self.tlq / "patch")
        first_tag = RELEASES[0][0]
        for code, rec in sorted(snaps[first_tag].items(), key=lambda kv: (kv[1]["level"], kv[0])):
            self.open(code, None, rec)
        prev = snaps[first_tag]
        for tag, day, resolutions in RELEASES[1:]:
            snap = snaps[tag]
            if day == REFORM:
                self.reform(prev, snap, day)
            else:
                self.diff(prev, snap, tag, day, resolutions, basis_of)
            prev = snap
        for code, day, kind, ident, note in LATER_KINDS:
            uid = self.current[code]
            last = self.units[uid]["versions"][-1]
            if last[4] == kind:
                raise SystemExit(f"{code} is already {kind}: drop it from LATER_KINDS")
            last[1] = day
            self.units[uid]["versions"].append([day, None, last[2], last[3], kind, last[5]])
            self.event(day, "kind_changed", uid, [[ident, None, None]], note)
        self.check_split_sources(snaps)
        return self.output(snaps)

    def _basis(self, code: str, snap: dict[str, dict[str, Any]], prev: dict[str, dict[str, Any]],
               tag: str, day: str, resolutions: tuple[str, ...],
               basis_of: dict[str, tuple[str, ...]],
               provinces: set[str], level: int) -> tuple[list[list[Any]], str | None]:
        if day == "2026-04-30":
            ident, art, cl = BASIS_2026[1 if level == 1 else 3]
            return [[ident, art, cl]], None
        named = basis_of.get(code)
        if named and set(named) <= set(resolutions) | {"938/NQ-UBTVQH15", "1012/NQ-UBTVQH15"}:
            if len(named) == 1:
                return [[named[0], None, None]], None
            return [[n, None, None] for n in named], (
                f"the source's patch names {' and '.join(named)} together for this unit")
        if len(resolutions) == 1 and len(provinces) == 1:
            return [[resolutions[0], None, None]], None
        return [], (f"the source's release {tag} ({day}) names "
                    f"{', '.join(resolutions)} but changed units in {len(provinces)} "
                    "provinces; the resolution for this unit is not recorded")

    def diff(self, prev: dict[str, dict[str, Any]], snap: dict[str, dict[str, Any]], tag: str,
             day: str, resolutions: tuple[str, ...],
             basis_of: dict[str, tuple[str, ...]]) -> None:
        def province(code: str, s: dict[str, dict[str, Any]]) -> str:
            while s[code]["parent"]:
                code = s[code]["parent"]
            return code

        touched = [c for c in set(prev) | set(snap)
                   if c not in prev or c not in snap or self._changes(prev[c], snap[c])]
        provinces = {province(c, snap if c in snap else prev) for c in touched}
        carriers = self._name_carriers(prev, snap, touched)
        for code in sorted(touched, key=lambda c: (len(c), c)):
            s = snap if code in snap else prev
            level = s[code]["level"]
            basis, note = self._basis(code, snap, prev, tag, day, resolutions, basis_of,
                                      provinces, level)
            if code not in snap:
                uid = self.close(code, day)
                merged = PATCH_MERGES.get(code)
                carrier = carriers.get(code)
                if merged and merged[0] in snap:
                    self.event(day, "merged", uid, basis, note)
                    self.links.append([day, uid, self.current[merged[0]], "full", basis,
                                       merged[1]])
                elif carrier is not None:
                    why = (f"inferred: on this day the unit ceased and {carrier} of the same "
                           f"parent took its name ({prev[code]['name']}); the source records "
                           "no more")
                    self.event(day, "merged", uid, basis, note)
                    self.links.append([day, uid, self.current[carrier], "full", basis, why])
                else:
                    self.event(day, "abolished", uid, basis,
                               note or "the source records that the unit ceased, "
                                       "not which unit took its area")
            elif code not in prev:
                uid = self.open(code, day, snap[code])
                self.event(day, "established", uid, basis, note)
            else:
                kinds = self._changes(prev[code], snap[code])
                uid = self.current[code]
                self.units[uid]["versions"][-1][1] = day
                self._version(uid, day, snap[code] | self._kept_spelling(prev[code], snap[code]))
                for kind in kinds:
                    self.event(day, kind, uid, basis, note)

    @staticmethod
    def _name_carriers(prev: dict[str, dict[str, Any]], snap: dict[str, dict[str, Any]],
                       touched: list[str]) -> dict[str, str]:
        """Ceased unit -> the unit that took its name on the same day, in the same parent.

        A merger that names the merged unit after one of the units merged may give it the
        code of another (Sơn Tây, 2025-01-01: Lê Lợi 09574, Ngô Quyền 09580 and Quang
        Trung 09583 became Phường Ngô Quyền, code 09574).  The snapshots show 09580 gone
        and 09574 renamed; the name says where 09580 went.  Only a single such carrier
        counts.
        """
        out: dict[str, str] = {}
        for code in touched:
            if code in snap or prev[code]["level"] != 3:
                continue
            old = prev[code]
            found = [c for c in touched if c in snap and c in prev
                     and snap[c]["parent"] == old["parent"]
                     and spelling_key(snap[c]["name"]) == spelling_key(old["name"])
                     and spelling_key(prev[c]["name"]) != spelling_key(old["name"])]
            if len(found) == 1:
                out[code] = found[0]
        return out

    @staticmethod
    def _changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
        out = []
        if spelling_key(old["name"]) != spelling_key(new["name"]):
            out.append("renamed")
        if old["kind"] != new["kind"]:
            out.append("kind_changed")
        if old["parent"] != new["parent"]:
            out.append("parent_changed")
        return out

    def _kept_spelling(self, old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
        """Keep the earlier spelling when only the place of a tone mark changed."""
        if old["name"] != new["name"] and spelling_key(old["name"]) == spelling_key(new["name"]):
            return {"name": old["name"]}
        return {}

    # -- 2025-07-01 -------------------------------------------------------------------
    def reform(self, prev: dict[str, dict[str, Any]], snap: dict[str, dict[str, Any]],
               day: str) -> None:
        src = self._reform_source
        links: dict[tuple[str, str], str] = src["links"]  # type: ignore[assignment]
        cites: dict[tuple[str, str], dict[str, Any]] = src["citations"]  # type: ignore[assignment]
        for d in src["clause_disagreements"]:  # type: ignore[attr-defined]
            self.disagreements.append({
                "topic": "clause", "old": d["old"], "new": d["new"],
                "sources": {"dvhcvn output.jsonl": d["source_clause"],
                            "resolution text": d["text_clause"]},
                "chosen": d["text_clause"],
                "why": f"the clause of {d['resolution']} whose text is the cited line"})
        for p in src["problems"]:  # type: ignore[attr-defined]
            if "splits.json and merges.json" not in p:
                raise SystemExit(p)
        self._relink(prev, snap, links, cites)
        old_communes = {c for c, r in prev.items() if r["level"] == 3}
        src_old = {o for o, _ in links if len(o) == 5}
        if old_communes != src_old:
            raise SystemExit(f"old units differ: {sorted(old_communes ^ src_old)[:20]}")
        new_communes = {c for c, r in snap.items() if r["level"] == 3}
        if new_communes != {n for _, n in links}:
            raise SystemExit("new units differ between the mapping and the snapshot")
        preds: dict[str, list[str]] = defaultdict(list)
        succs: dict[str, list[str]] = defaultdict(list)
        for old, new in links:
            preds[new].append(old)
            succs[old].append(new)
        # provinces: NQ 202/2025/QH15
        prov_links: dict[tuple[str, str], str] = src["province_links"]  # type: ignore[assignment]
        pp: dict[str, list[str]] = defaultdict(list)
        for old, new in prov_links:
            pp[new].append(old)
        cont_prov = {n for n, olds in pp.items() if olds == [n]}
        new_uid: dict[str, str] = {}
        for code in sorted(c for c, r in snap.items() if r["level"] == 1):
            if code in cont_prov:
                new_uid[code] = self._continue(code, prev[code], snap[code], day,
                                               [["202/2025/QH15", None, None]])
        for code in sorted(c for c, r in prev.items() if r["level"] == 1):
            if code not in cont_prov:
                self.close(code, day)
        for code in sorted(c for c, r in snap.items() if r["level"] == 1):
            if code not in cont_prov:
                basis = [["202/2025/QH15", 1, NQ202_CLAUSE[code]]]
                uid = self.open(code, day, snap[code])
                new_uid[code] = uid
                self.event(day, "established", uid, basis)
        for (old, new), share in sorted(prov_links.items()):
            if new in cont_prov:
                continue
            basis = [["202/2025/QH15", 1, NQ202_CLAUSE[new]]]
            old_uid = self._last_uid(old)
            self.event(day, "merged", old_uid, basis)
            self.links.append([day, old_uid, new_uid[new], share, basis, None])
        # districts: the level ends (NQ 203/2025/QH15 Điều 2 khoản 2)
        district_basis = [["203/2025/QH15", 2, 2]]
        island = {o for o, _ in links if len(o) == 3}
        for code in sorted(c for c, r in prev.items() if r["level"] == 2):
            uid = self.close(code, day)
            if code not in island:
                self.event(day, "abolished", uid, district_basis,
                           "the district level ended on 2025-07-01")
        # communes
        def cite(old: str, new: str) -> list[list[Any]]:
            c = cites[(old, new)]
            return [[c["resolution"], 1, c["clause"]]]

        continuing = {n for n, olds in preds.items()
                      if olds == [n] and succs.get(n) == [n] and links[(n, n)] == "full"}
        for code in sorted(old_communes):
            if code not in continuing:
                self.close(code, day)
        for code in sorted(new_communes):
            if code in continuing:
                self._continue(code, prev[code], snap[code], day, cite(code, code))
            else:
                uid = self.open(code, day, snap[code])
                basis = sorted({tuple(cite(o, code)[0]) for o in preds[code]},
                               key=lambda b: (str(b[0]), b[2] or 0))
                self.event(day, "established", uid, [list(b) for b in basis])
        for old in sorted(succs, key=lambda c: (len(c), c)):
            if old in continuing:
                continue
            old_uid = self._last_uid(old)
            targets = sorted(succs[old])
            for new in targets:
                unchecked = cites[(old, new)]["how"] != "text"
                self.links.append([day, old_uid, self.current[new], links[(old, new)],
                                   cite(old, new), UNCHECKED if unchecked else None])
            kind = "merged" if len(targets) == 1 else "split"
            self.event(day, kind, old_uid, sorted(
                (cite(old, n)[0] for n in targets), key=lambda b: (b[0], b[2] or 0)))

    def _relink(self, prev: dict[str, dict[str, Any]], snap: dict[str, dict[str, Any]],
                links: dict[tuple[str, str], str],
                cites: dict[tuple[str, str], dict[str, Any]]) -> None:
        """Keep a link only where its clause names the old unit, kind word and all
        (_units_build/named.py): the source confused homonyms such as xã and phường
        Phước Ninh."""
        def higher(code: str | None, level: int) -> str | None:
            while code and prev[code]["level"] > level:
                code = prev[code]["parent"]
            return prev[code]["name"] if code else None

        olds = {c: named.Old(r["kind"], r["name"], tuple(
                    x for x in (higher(r["parent"], 2), higher(r["parent"], 1)) if x))
                for c, r in prev.items() if r["level"] == 3}
        news = {c: (r["kind"], r["name"], r["parent"]) for c, r in snap.items()
                if r["level"] == 3}
        self.corrections.extend(named.relink(links, cites, olds, news,
                                             self.dv / "input" / "docs"))

    def _last_uid(self, code: str) -> str:
        """The unit that bore *code* until the reform (closed already)."""
        cands = self.ended.get(code, [])
        if len(cands) != 1:
            raise SystemExit(f"no single unit {code} ending on {REFORM}: {cands}")
        return cands[0]

    def _continue(self, code: str, old: dict[str, Any], new: dict[str, Any], day: str,
                  basis: list[list[Any]]) -> str:
        uid = self.current[code]
        self.units[uid]["versions"][-1][1] = day
        self._version(uid, day, new | self._kept_spelling(old, new))
        for kind in self._changes(old, new):
            self.event(day, kind, uid, basis)
        return uid

    # -- checks and output ----------------------------------------------------------------
    def check_split_sources(self, snaps: dict[str, dict[str, dict[str, Any]]]) -> None:
        # The 2024-05-01 patch (Gò Công) keeps 28303 as Phường 1; the release keeps 28300.
        if "28300" in snaps["v2.4.1"] and "28303" not in snaps["v2.4.1"]:
            self.disagreements.append({
                "topic": "code", "old": "28300/28303",
                "sources": {"vn-provinces-database patch 1012_1013": "Phường 4 (28300) merged "
                            "into Phường 1 (28303)",
                            "vn-provinces-database release v2.0.1 and dvhcvn": "28300 is "
                            "Phường 1 after the merger; 28303 ceased"},
                "chosen": "the release (two sources against one patch comment)",
                "why": "the 2025-07-01 mapping lists 28300 as Phường 1"})

    def cross_check(self, snaps: dict[str, dict[str, dict[str, Any]]]) -> dict[str, Any]:
        try:
            from vietnamadminunits.database import query  # development-only tool
        except ImportError:
            return {"skipped": "vietnamadminunits is not installed"}
        import importlib.metadata
        out: dict[str, Any] = {"package": "vietnamadminunits",
                               "version": importlib.metadata.version("vietnamadminunits")}
        for label, table, tag, col in (("2025-06-30", "admin_units_legacy", "v2.4.1", "wardCode"),
                                       ("2025-07-01", "admin_units", "v3.0.2", "wardCode")):
            rows = query(f"SELECT {col} AS code, wardShort AS name, provinceCode FROM [{table}]")
            theirs = {r["code"]: r for r in rows if r["code"]}
            for r in theirs.values():  # its short name of a numbered ward keeps the kind word
                head, _, rest = str(r["name"]).rpartition(" ")
                if rest.isdigit() and head in ("Phường", "Xã", "Thị trấn"):
                    r["name"] = rest
            ours = {c: r for c, r in snaps[tag].items() if r["level"] == 3}
            only_ours = sorted(set(ours) - set(theirs))
            only_theirs = sorted(set(theirs) - set(ours))
            names = sorted(c for c in set(ours) & set(theirs)
                           if spelling_key(sql.nfc(theirs[c]["name"])) != spelling_key(
                               ours[c]["name"]))
            out[label] = {"ours": len(ours), "theirs": len(theirs),
                          "only_ours": only_ours, "only_theirs": only_theirs,
                          "names_differ": [[c, ours[c]["name"], theirs[c]["name"]]
                                           for c in names]}
            for c in only_ours + only_theirs:
                self.disagreements.append({
                    "by": "cross-check", "topic": "unit", "day": label, "code": c,
                    "sources": {"vn-provinces-database": ours.get(c, {}).get("name"),
                                "vietnamadminunits": (theirs.get(c) or {}).get("name")},
                    "chosen": "vn-provinces-database",
                    "why": "its snapshot is tied to a resolution and agrees with the "
                           "2025-07-01 mapping (dvhcvn)"})
            for c in names:
                self.disagreements.append({
                    "by": "cross-check", "topic": "name", "day": label, "code": c,
                    "sources": {"vn-provinces-database": ours[c]["name"],
                                "vietnamadminunits": theirs[c]["name"]},
                    "chosen": "vn-provinces-database",
                    "why": "one source for names throughout; the spelling of the snapshot"})
        return out

    def output(self, snaps: dict[str, dict[str, dict[str, Any]]]) -> dict[str, Any]:
        check = self.cross_check(snaps)
        units = [[uid, u["code"], u["level"], u["versions"]] for uid, u in self.units.items()]
        units.sort(key=lambda u: (u[2], u[1], u[3][0][0] or ""))
        counts = Counter(e[1] for e in self.events)
        return {
            "format": 1,
            "generated_by": "tools/build_units_history.py",
            "coverage": {"from": COVERAGE_FROM,
                         "last_change": max([RELEASES[-1][1]] + [k[1] for k in LATER_KINDS]),
                         "source_data_of": "2026-07-12"},
            "gaps": GAPS,
            "releases": [[t, d, list(r)] for t, d, r in RELEASES],
            "sources": [
                {"name": "vietnamese-provinces-database", "by": "Thang Le Quoc",
                 "url": "https://github.com/thanglequoc/vietnamese-provinces-database",
                 "licence": "MIT", "copyright": "Copyright (c) 2021 Thang Le Quoc",
                 "used": "national snapshots " + ", ".join(t for t, _, _ in RELEASES)
                         + "; per-resolution patches"},
                {"name": "dvhcvn/20250701", "by": "dvhcvn",
                 "url": "https://github.com/dvhcvn/20250701", "licence": "MIT",
                 "copyright": "Copyright (c) 2025 dvhcvn", "commit": "dd94887",
                 "used": "old -> new links (full/partial) and clause citations of 2025-07-01"},
            ],
            "cross_check": check,
            "corrections": self.corrections,
            "disagreements": self.disagreements,
            "stats": {"units": len(units), "links": len(self.links), "events": dict(counts)},
            "units": units,
            "events": self.events,
            "links": self.links,
        }


def comparable(data: dict[str, Any]) -> dict[str, Any]:
    """*data* without what depends on the optional cross-check being installed."""
    out = dict(data)
    out.pop("cross_check", None)
    out["disagreements"] = [d for d in data["disagreements"] if d.get("by") != "cross-check"]
    return out


def encode(data: dict[str, Any]) -> bytes:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    near = [ROOT.parent / "shared", ROOT.parent.parent / "shared"]  # a checkout, a worktree
    parser.add_argument("--shared", type=Path,
                        default=next((p for p in near if (p / "data").is_dir()), near[0]),
                        help="the folder holding data/ (default: ../shared beside the "
                             "repository, or ../../shared beside a worktree)")
    parser.add_argument("--check", action="store_true", help="exit 1 if the bundled file is stale")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    if not (args.shared / "data").is_dir():
        parser.error(f"no upstream data at {args.shared / 'data'}; pass --shared")
    data = Builder(args.shared).build()
    blob = encode(data)
    if args.check:
        same = args.output.exists() and comparable(json.loads(gzip.decompress(
            args.output.read_bytes()))) == comparable(json.loads(gzip.decompress(blob)))
        print("up to date" if same else f"{args.output} is stale; rerun the tool")
        return 0 if same else 1
    args.output.write_bytes(blob)
    print(f"wrote {args.output} ({len(blob):,} bytes): {data['stats']}; "
          f"{len(data['disagreements'])} disagreements, {len(data['corrections'])} corrections")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
