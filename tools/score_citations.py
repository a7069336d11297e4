"""Score :func:`urbangov.citations.find` on the hand-annotated real passages.

Run ``python tools/score_citations.py [--quiet] [ANNOTATIONS.json]``: it prints, for
each passage with an error, the references missed, the ones found that are not
annotated, and the field errors (date, issuer, pin-cite) of those found right; then
the totals.  The default annotations are ``tests/citations/real_passages.json``; the
hold-out sets are ``tests/citations/holdout_passages.json`` and
``tests/citations/holdout2_passages.json``.  A passage is official text kept whole or an
excerpt of third-party text (docs/contributing.md); several excerpts may share a source.

A found citation is correct when its span, text, kind, number, year and symbol all
equal an annotated one's; date, issuer and pin-cite are scored separately, as the
share of the citations found at the right span whose field is right.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from urbangov.citations import Citation, find

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "citations" / "real_passages.json"

KEY_FIELDS = ("text", "kind", "number", "year", "symbol")
EXTRA_FIELDS = ("date", "issuer", "pinpoint")


def row(c: Citation) -> dict[str, Any]:
    """One found citation in the annotation format."""
    r = c.instrument
    pin = c.pinpoint
    return {
        "span": list(c.span), "text": c.text, "kind": r.kind.value, "number": r.number,
        "year": r.year, "symbol": r.symbol,
        "date": c.date.isoformat() if c.date else None, "issuer": c.issuer,
        "pinpoint": None if pin is None else {
            "article": pin.article, "clause": pin.clause, "point": pin.point},
    }


def _key(r: dict[str, Any]) -> tuple[Any, ...]:
    return (tuple(r["span"]), *(r[f] for f in KEY_FIELDS))


@dataclass
class Score:
    """Counts over all passages, and the error lines per passage."""

    expected: int = 0
    found: int = 0
    correct: int = 0
    at_span: int = 0
    field_right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(EXTRA_FIELDS, 0))
    errors: list[tuple[str, list[str]]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.expected if self.expected else 1.0

    def accuracy(self, name: str) -> float:
        return self.field_right[name] / self.at_span if self.at_span else 1.0

    def summary(self) -> str:
        fields = ", ".join(f"{n} {self.accuracy(n):.3f}" for n in EXTRA_FIELDS)
        return (f"mentions: {self.expected} annotated, {self.found} found, {self.correct} "
                f"correct; precision {self.precision:.3f}, recall {self.recall:.3f}\n"
                f"fields (of {self.at_span} found at the right span): {fields}")


def score(passages: list[dict[str, Any]]) -> Score:
    """Score :func:`find` on *passages* (the ``passages`` list of the annotations)."""
    s = Score()
    for p in passages:
        expected = p["citations"]
        got = [row(c) for c in find(p["text"])]
        s.expected += len(expected)
        s.found += len(got)
        want_keys = [_key(r) for r in expected]
        got_keys = [_key(r) for r in got]
        lines = []
        remaining = list(want_keys)
        for g, k in zip(got, got_keys, strict=True):
            if k in remaining:
                remaining.remove(k)
                s.correct += 1
            else:
                lines.append(f"  extra/wrong: {_show(g)}")
        for r, k in zip(expected, want_keys, strict=True):
            if k not in got_keys:
                lines.append(f"  missed:      {_show(r)}")
        by_span = {tuple(g["span"]): g for g in got}
        for r in expected:
            g = by_span.get(tuple(r["span"]))
            if g is None:
                continue
            s.at_span += 1
            for name in EXTRA_FIELDS:
                if g[name] == r[name]:
                    s.field_right[name] += 1
                else:
                    lines.append(f"  {name} of {r['text']!r}: got {g[name]!r}, "
                                 f"want {r[name]!r}")
        if lines:
            s.errors.append((p["source"], lines))
    return s


def _show(r: dict[str, Any]) -> str:
    body = " ".join(r["text"].split())
    return (f"{body!r} {r['span']} {r['kind']} number={r['number']} year={r['year']} "
            f"symbol={r['symbol']}")


def load(path: Path = DEFAULT) -> list[dict[str, Any]]:
    """The annotated passages in *path*."""
    passages: list[dict[str, Any]] = json.loads(path.read_text("utf-8"))["passages"]
    return passages


def main(argv: list[str]) -> int:
    quiet = "--quiet" in argv
    args = [a for a in argv[1:] if a != "--quiet"]
    s = score(load(Path(args[0]) if args else DEFAULT))
    if not quiet:
        for source, lines in s.errors:
            print(source)
            print("\n".join(lines))
    print(s.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
