"""Read the 2025-07-01 mapping of dvhcvn/20250701 and pin each row to its clause."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

_CLAUSE = re.compile(r"^(\d+)\\?\.\s*(?=[^\d\s])")


def squash(text: str) -> str:
    """Text reduced for matching clause lines: NFC, lower case, no spaces or markup."""
    text = unicodedata.normalize("NFC", text).lower()
    return re.sub(r"[\s*\\_]+", "", text)


def clauses(doc: Path) -> dict[int, str]:
    """Clause number -> squashed text, for Điều 1 of one resolution in Markdown."""
    return {k: squash(v) for k, v in clause_texts(doc).items()}


def clause_texts(doc: Path) -> dict[int, str]:
    """Clause number -> its text (white space collapsed), for Điều 1 of one resolution
    in Markdown."""
    text = unicodedata.normalize("NFC", doc.read_text(encoding="utf-8"))
    start = text.find("**Điều 1")
    if start < 0:
        raise SystemExit(f"{doc}: no Điều 1")
    end = text.find("**Điều 2", start)
    body = text[start:end if end > 0 else None]
    out: dict[int, list[str]] = {}
    current: int | None = None
    for para in re.split(r"\n\s*\n", body):
        para = " ".join(para.split())
        m = _CLAUSE.match(para)
        if m:
            current = int(m.group(1))
            out[current] = [para[m.end():]]
        elif current is not None:
            out[current].append(para)
    return {k: " ".join(v) for k, v in out.items()}


def find_clause(table: dict[int, str], line: str) -> int | None:
    """The clause whose text holds *line* (its number taken off), or None."""
    m = _CLAUSE.match(line.strip())
    key = squash(line.strip()[m.end():] if m else line)[:120]
    hits = [k for k, text in table.items() if key and key in text]
    return hits[0] if len(hits) == 1 else None


def load(root: Path) -> dict[str, object]:
    """Provinces, commune links and citations of the mapping, checked against each other."""
    merges = json.loads((root / "mapping/merges.json").read_text("utf-8"))["data"]
    splits = json.loads((root / "mapping/splits.json").read_text("utf-8"))["data"]
    links: dict[tuple[str, str], str] = {}
    new_units: dict[str, tuple[str, str]] = {}  # new code -> (province, full name)
    for prov in merges:
        for unit in prov["level2s"]:
            new_units[unit["level2_id"]] = (prov["level1_id"], unit["name"])
            for old in unit["merges"]:
                links[(old["old_id"], unit["level2_id"])] = old["type"]
    province_links = {(o["old_id"], p["level1_id"]): o["type"] for p in merges for o in p["merges"]}
    old_units: dict[str, tuple[str, str]] = {}
    split_pairs: set[tuple[str, str]] = set()
    for prov in splits:
        for unit in prov["level3s"]:
            old_units[unit["level3_id"]] = (prov["level1_id"], unit["name"])
            for new in unit["splits"]:
                split_pairs.add((unit["level3_id"], new["new_id"]))
    problems: list[str] = []
    if split_pairs != set(links):
        diff = sorted(split_pairs ^ set(links))
        problems.append(f"splits.json and merges.json disagree on {diff}")
    docs = root / "input/docs"
    tables: dict[str, dict[int, str]] = {}
    citations: dict[tuple[str, str], dict[str, object]] = {}
    disagreements: list[dict[str, object]] = []
    for raw in (root / "output.jsonl").read_text("utf-8").splitlines():
        row = json.loads(raw)
        if row["path"].count("/") == 1:
            continue
        old = row["path"].rsplit("/", 1)[1].split(".")[0]
        for res in row["result"]:
            number = res["citation"]["header"].split(":")[0].strip()
            if number not in tables:
                tables[number] = clauses(docs / (number.replace("/", "_") + ".md"))
            line = res["citation"]["line"]
            m = _CLAUSE.match(line)
            found = find_clause(tables[number], line)
            given = int(m.group(1)) if m else None
            # the resolution's own text wins over the number the source put before the line
            clause = found if found is not None else given
            how = "text" if found is not None else "source"
            if given is not None and found is not None and found != given:
                disagreements.append({"old": old, "new": str(res.get("ward_code")),
                                      "resolution": number, "source_clause": given,
                                      "text_clause": found})
            citations[(old, str(res.get("ward_code")))] = {
                "resolution": number, "clause": clause, "how": how,
                "confidence": res["confidence"],
            }
    return {"links": links, "province_links": province_links, "new_units": new_units,
            "old_units": old_units, "citations": citations, "problems": problems,
            "clause_disagreements": disagreements}


def unmatched(links: Iterable[tuple[str, str]], citations: dict[tuple[str, str], object]) -> list[
        tuple[str, str]]:
    return sorted(k for k in links if k not in citations)
