"""Cut the third-party passages of an annotated corpus down to short excerpts.

Run ``python tools/excerpt_passages.py [--check] FILE.json ...``.  Every passage whose
``"source_class"`` is ``"third-party"`` and whose text is longer than the excerpt limit
(``EXCERPT_LIMIT`` in ``tests/citations/passages.py``) is replaced, in place, by excerpts:
each annotated reference keeps its sentence, or a window of the limit around it when the
sentence is longer, and references close together share one excerpt.  Each excerpt keeps
the passage's ``source`` and class, and its annotations with their spans recomputed;
every span is checked to still hold its text.  Official passages, and third-party ones
already within the limit, are left alone, so running it twice changes nothing.

It then runs :func:`urbangov.citations.find` on each excerpt and on the whole passage and
prints every reference whose reading changed (a date or an issuer cut off, say): check
those by hand, as the annotation must describe the excerpt.  ``--check`` only reports the
passages that would be cut, and exits 1 if there are any.
"""

from __future__ import annotations

import importlib.util
import itertools
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _rules() -> tuple[int, str]:
    """The limit and the third-party class, from their one home in the tests."""
    spec = importlib.util.spec_from_file_location(
        "citation_passages", ROOT / "tests" / "citations" / "passages.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.EXCERPT_LIMIT, module.THIRD_PARTY


LIMIT, THIRD_PARTY = _rules()

#: Where a sentence may end: a full stop, question or exclamation mark (or an ellipsis)
#: before white space, or a line break (text copied from web pages keeps paragraphs as
#: lines, but hard-wraps some sentences too: see _ends_at_break).
_END = re.compile(r"[.!?…]+\s+|\s*\n\s*")
#: A list number or letter opening a line ("1.", "2)", "a)").
_NUMBERED = re.compile(r"(\d+[.)]|[a-zđ]\))\s")

#: Share of the free room of a window given to the text before its references; the
#: rest goes after them, where dates and issuers are written.
_BEFORE = 0.25


def _ends_at_break(text: str, start: int, end: int) -> bool:
    """Whether the line break text[start:end] ends a sentence, not a wrapped line."""
    before = text[:start].rstrip()[-1:]
    if not before or before in ".!?…:;" or "\n\n" in text[start:end].replace(" ", ""):
        return True
    after = text[end:end + 1]
    return after.isupper() or after in "-•*+" or _NUMBERED.match(text, end) is not None


def sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of *text* as ``(start, end)``, never breaking inside a span."""
    cuts = [0]
    for m in _END.finditer(text):
        at = m.end()
        if not m.group().strip() and not _ends_at_break(text, m.start(), m.end()):
            continue
        if not any(s < at < e or s < m.start() < e for s, e in spans):
            cuts.append(at)
    cuts.append(len(text))
    return [(a, b) for a, b in itertools.pairwise(cuts) if a < b]


def _sentence_of(bounds: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    first = next(a for a, b in bounds if a <= start < b)
    last = next(b for a, b in bounds if a < end <= b)
    return first, last


def _snap(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """Shrink [start, end) to whole words (within [lo, hi] it may not pass) and trim."""
    while start > 0 and start < lo and not text[start - 1].isspace():
        start += 1
    while end < len(text) and end > hi and not text[end].isspace():
        end -= 1
    while start < lo and text[start].isspace():
        start += 1
    while end > hi and text[end - 1].isspace():
        end -= 1
    return start, end


def excerpts(passage: dict[str, Any], limit: int = LIMIT) -> list[dict[str, Any]]:
    """*passage* cut into excerpts of at most *limit* characters around its references."""
    return [p for _, p in _cut(passage, limit)]


def _cut(passage: dict[str, Any], limit: int) -> list[tuple[int, dict[str, Any]]]:
    """The excerpts of *passage*, each with its offset in the passage's text."""
    text: str = passage["text"]
    cites: list[dict[str, Any]] = passage["citations"]
    spans = [(c["span"][0], c["span"][1]) for c in cites]
    bounds = sentences(text, spans)
    groups: list[list[int]] = []
    for i, (s, e) in enumerate(spans):
        if e - s > limit:
            raise ValueError(f"{passage['source']}: a reference longer than {limit}")
        if groups:
            g = groups[-1]
            g_start = spans[g[0]][0]
            g_sent = _sentence_of(bounds, g_start, spans[g[-1]][1])
            sent = _sentence_of(bounds, s, e)
            adjacent = sent[0] <= g_sent[1] or not text[g_sent[1]:sent[0]].strip()
            whole = sent[1] - g_sent[0] <= limit
            if adjacent and (whole or e - g_start <= limit - limit // 4):
                g.append(i)
                continue
        groups.append([i])
    out = []
    for n, g in enumerate(groups):
        a, b = spans[g[0]][0], spans[g[-1]][1]
        lo_sent, hi_sent = _sentence_of(bounds, a, b)
        # Never take in a reference of another excerpt.
        floor = spans[groups[n - 1][-1]][1] if n else 0
        ceil = spans[groups[n + 1][0]][0] if n + 1 < len(groups) else len(text)
        lo_sent, hi_sent = max(lo_sent, floor), min(hi_sent, ceil)
        if hi_sent - lo_sent <= limit:
            start, end = lo_sent, hi_sent
        else:
            room = limit - (b - a)
            before = min(a - lo_sent, int(room * _BEFORE))
            after = min(hi_sent - b, room - before)
            before = min(a - lo_sent, room - after)
            start, end = a - before, b + after
        start, end = _snap(text, start, end, a, b)
        assert end - start <= limit and start <= a and b <= end
        moved = []
        for i in g:
            c = dict(cites[i])
            c["span"] = [spans[i][0] - start, spans[i][1] - start]
            assert text[start:end][c["span"][0]:c["span"][1]] == c["text"]
            moved.append(c)
        out.append((start, {
            **{k: v for k, v in passage.items() if k not in ("text", "citations")},
            "text": text[start:end], "citations": moved}))
    return out


def needs_cutting(passage: dict[str, Any]) -> bool:
    """A third-party passage longer than the limit."""
    return passage.get("source_class") == THIRD_PARTY and len(passage["text"]) > LIMIT


def _reading(c: Any) -> tuple[Any, ...]:
    r = c.instrument
    return (c.text, r.kind.value, r.number, r.year, r.symbol,
            c.date.isoformat() if c.date else None, c.issuer, str(c.pinpoint))


def report_changes(whole: dict[str, Any], parts: list[tuple[int, dict[str, Any]]]) -> list[str]:
    """References whose reading by find() differs between the passage and its excerpts."""
    from urbangov.citations import find

    before = {c.span[0]: _reading(c) for c in find(whole["text"])}
    lines = []
    for off, p in parts:
        after = {c.span[0] + off: _reading(c) for c in find(p["text"])}
        lo, hi = off, off + len(p["text"])
        for at in sorted(set(before) | set(after)):
            if not lo <= at < hi:
                continue
            if before.get(at) != after.get(at):
                lines.append(f"  at {at}: {before.get(at)} -> {after.get(at)}")
    return lines


def convert(path: Path) -> int:
    """Cut the long third-party passages of *path* in place; the number cut."""
    data = json.loads(path.read_text("utf-8"))
    out: list[dict[str, Any]] = []
    cut = 0
    for p in data["passages"]:
        if not needs_cutting(p):
            out.append(p)
            continue
        parts = _cut(p, LIMIT)
        cut += 1
        changes = report_changes(p, parts)
        if changes:
            print(p["source"])
            print("\n".join(changes))
        out.extend(q for _, q in parts)
    data["passages"] = out
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return cut


def main(argv: list[str]) -> int:
    check = "--check" in argv
    paths = [Path(a) for a in argv[1:] if a != "--check"]
    status = 0
    for path in paths:
        if check:
            long = [p["source"] for p in json.loads(path.read_text("utf-8"))["passages"]
                    if needs_cutting(p)]
            for source in long:
                print(f"{path.name}: too long for third-party text: {source}")
            status |= bool(long)
        else:
            print(f"{path.name}: {convert(path)} passages cut to excerpts")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
