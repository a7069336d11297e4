"""Short forms and references back (dẫn chiếu rút gọn): :func:`find_all`, :func:`resolve_all`.

After its full citation a text names a document again briefly: "Nghị định này" (this
decree), "Nghị định nêu trên" (the decree above), "Nghị quyết 131" or "Nghị quyết 97 của
Quốc hội" (the number alone).  As eyecite's ``resolve_citations`` does for short, supra
and id citations, :func:`resolve_all` links each mention to the full citation it refers
to in the same text, or to the document itself for "… này" in a document that declares
itself of that kind ("Chính phủ ban hành Nghị định …", a title "NGHỊ ĐỊNH").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from urbangov._args import check_text, refuse
from urbangov._text import fold
from urbangov.citations import _patterns as P
from urbangov.citations._extract import find
from urbangov.citations._kinds import KIND_WORDS, kind_of_word
from urbangov.citations._model import Citation, Pinpoint, Reference
from urbangov.citations._normal import normalise, past_marks
from urbangov.citations._pins import pin_before
from urbangov.law import Instrument, InstrumentKind

__all__ = ["Resolution", "ShortCitation", "find_all", "resolve_all"]

_FORMS = {"này": "this", "nêu trên": "above", "nói trên": "above", "trên": "above",
          "đã nêu": "above", "đã dẫn": "above", "dẫn trên": "above"}
_SHORT = re.compile(
    r"(?<![\w])(?P<kw>" + "|".join(
        P.WS.join(re.escape(part) for part in w.split())
        for w in sorted(KIND_WORDS, key=len, reverse=True)
        if KIND_WORDS[w] is not InstrumentKind.OTHER)
    + rf"){P.WS}(?P<form>này|nêu{P.WS}trên|nói{P.WS}trên|đã{P.WS}nêu|đã{P.WS}dẫn|dẫn{P.WS}trên"
    r"|trên)(?![\w])", re.IGNORECASE)
# A document that declares itself of a kind: "ban hành Nghị định quy định …" (no number
# after) or its kind alone on a line in capitals ("NGHỊ ĐỊNH").
_SELF = re.compile(
    r"(?i:ban\s+hành)\s+(?P<kw>[^\W\d_]+(?:\s+[^\W\d_]+)?)(?!\s+(?:số|\d))"
    r"|^[^\S\n]*(?P<title>[^\W\da-zđ_][^\W\da-zđ_ ]*(?: [^\W\da-zđ_]+)*)[^\S\n]*$",
    re.MULTILINE)


@attrs.frozen
class ShortCitation:
    """A short form naming a document only by its kind: "Điều 7 Nghị định này".

    Attributes:
        span: ``(start, end)`` of the mention in the text as given.
        text: ``text[start:end]``.
        kind: the kind named.
        form: ``"this"`` (… này) or ``"above"`` (… nêu trên, … trên, … đã dẫn).
        pinpoint: the article, clause and point cited before it, else None.
    """

    span: tuple[int, int]
    text: str
    kind: InstrumentKind
    form: str
    pinpoint: Pinpoint | None = None

    @property
    def start(self) -> int:
        """Where the mention starts."""
        return self.span[0]

    @property
    def end(self) -> int:
        """Where the mention ends (exclusive)."""
        return self.span[1]


@attrs.frozen
class Resolution:
    """What one mention refers to.

    Attributes:
        citation: the mention (a full :class:`Citation` or a :class:`ShortCitation`).
        antecedent: the earlier full citation it refers back to, else None (a full
            citation, the document itself, or nothing found).
        reference: what is cited, with the mention's own pin-cite, else None.
        instrument: the catalogue instrument, when the catalogue holds it.
        itself: whether the mention names the document it is written in ("Nghị định
            này" in a decree).
    """

    citation: Citation | ShortCitation
    antecedent: Citation | None
    reference: Reference | None
    instrument: Instrument | None
    itself: bool = False

    @property
    def title_en(self) -> str | None:
        """The English title of the catalogue instrument, if resolved and known."""
        return None if self.instrument is None else self.instrument.title_en


def _shorts(text: str) -> list[ShortCitation]:
    work, starts = normalise(text)
    out = []
    for m in _SHORT.finditer(work):
        kind = kind_of_word(m["kw"])
        if kind is None:
            continue
        pin, start = pin_before(work, m.start(), 0)
        s, e = start, past_marks(work, m.end())
        if starts is not None:
            s, e = starts[s], starts[e]
        out.append(ShortCitation((s, e), text[s:e], kind,
                                 _FORMS[" ".join(m["form"].lower().split())], pin))
    return out


def find_all(text: str) -> list[Citation | ShortCitation]:
    """The full citations of :func:`find` and the short forms, in text order.

    >>> [type(c).__name__ for c in find_all(
    ...     "Theo Nghị định số 32/2021/NĐ-CP, Điều 7 Nghị định này quy định")]
    ['Citation', 'ShortCitation']
    """
    full: list[Citation | ShortCitation] = list(find(text))
    taken = [c.span for c in full]
    for s in _shorts(text):
        if not any(a < s.end and s.start < b for a, b in taken):
            full.append(s)
    return sorted(full, key=lambda c: c.span)


def _is_full(c: Citation) -> bool:
    r = c.instrument
    # A law by its name alone ("Luật Thủ đô") is short: which of its laws is open.
    return r.symbol is not None or r.year is not None


def _same_issuer(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    fa, fb = fold(a), fold(b)
    return fa.startswith(fb) or fb.startswith(fa)


def _number_key(number: str) -> str:
    return str(int(number)) if number.isdigit() else fold(number)


def _declares(text: str, kind: InstrumentKind, before: int) -> bool:
    for m in _SELF.finditer(text, 0, before):
        word = m["kw"] if m["kw"] is not None else m["title"]
        if word is not None and kind_of_word(word) is kind:
            return True
    return False


def _antecedent(c: Citation, earlier: list[Citation]) -> Citation | None:
    r = c.instrument
    for prev in reversed(earlier):
        p = prev.instrument
        if p.kind is not r.kind or not _is_full(prev):
            continue
        if r.number is not None and p.number is not None and _number_key(
                p.number) == _number_key(r.number) and _same_issuer(c.issuer, prev.issuer):
            return prev
        if r.number is None and r.name is not None and p.name is not None and fold(
                p.name) == fold(r.name) and (p.year is not None or p.number is not None):
            return prev
    return None


def resolve_all(found: Sequence[Citation | ShortCitation] | str, text: str | None = None,
                ) -> list[Resolution]:
    """Resolve each mention of *found* (as :func:`find_all` gives them, in text order),
    or of the text itself when *found* is a str (``resolve_all(text)`` is
    ``resolve_all(find_all(text), text)``).

    A full citation resolves to itself; a citation by number alone ("Nghị quyết 97 của
    Quốc hội") or by a law's name alone ("Luật Thủ đô") to the last earlier full citation
    of the same kind, number (or name) and issuer; "… nêu trên" to the last earlier full
    citation of its kind; "… này" to the document itself when *text* (the text searched)
    declares itself of that kind, else like "… nêu trên".  The mention's pin-cite is kept.

    >>> text = "Theo Nghị định số 32/2021/NĐ-CP … Điều 7 Nghị định này …"
    >>> first, second = resolve_all(find_all(text), text)
    >>> second.antecedent is first.citation, str(second.reference)
    (True, 'Điều 7 Nghị định số 32/2021/NĐ-CP')

    Raises:
        FieldError: *found* is neither a text nor a list or tuple of the mentions
            :func:`find_all` gives, or *text* is not a text.
    """
    check_text("resolve_all", "text", text, optional=True)
    if isinstance(found, str):
        text = found if text is None else text
        found = find_all(found)
    if not isinstance(found, list | tuple):
        raise refuse("resolve_all", "found", "a text, or a list of the mentions find_all "
                     "gives", found)
    out: list[Resolution] = []
    earlier: list[Citation] = []
    for i, c in enumerate(found):
        if not isinstance(c, (Citation, ShortCitation)):
            raise refuse("resolve_all", f"found[{i}]", "a Citation or ShortCitation (as "
                         "find_all gives)", c)
        if isinstance(c, Citation):
            ante = None if _is_full(c) else _antecedent(c, earlier)
            base = ante if ante is not None else c
            ref = attrs.evolve(base.instrument, pinpoint=c.pinpoint)
            out.append(Resolution(c, ante, ref, base.resolve()))
            earlier.append(c)
            continue
        if c.form == "this" and text is not None and _declares(text, c.kind, c.start):
            out.append(Resolution(c, None, None, None, itself=True))
            continue
        ante = next((p for p in reversed(earlier)
                     if p.instrument.kind is c.kind and _is_full(p)), None)
        if ante is None:
            out.append(Resolution(c, None, None, None))
            continue
        # The antecedent may itself be a short number: resolve through it.
        out.append(Resolution(c, ante, attrs.evolve(ante.instrument, pinpoint=c.pinpoint),
                              ante.resolve()))
    return out
