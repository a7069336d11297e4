"""One reference in, one reference out: :func:`parse` and :func:`format`."""

from __future__ import annotations

import re

from urbangov._args import check_text, refuse
from urbangov.citations._kinds import KIND_WORDS
from urbangov.citations._model import Citation, CitationParseError, Pinpoint, Reference
from urbangov.law import InstrumentKind

__all__ = ["format", "format_reference", "parse"]

_KIND_PREFIX = re.compile(
    "(?i:" + "|".join(r"\s+".join(map(re.escape, w.split()))
                      for w in sorted(KIND_WORDS, key=len, reverse=True)) + r")\b\s*")


_CONSTITUTION = "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"


def parse(text: str) -> Reference:
    """Read one reference, with an optional pin-cite before it.

    >>> parse("khoản 3 Điều 7 Nghị định 32/2021/NĐ-CP")
    Reference(kind=<InstrumentKind.NGHI_DINH: 'nghi_dinh'>, number='32', year=2021, \
symbol='NĐ-CP', name=None, pinpoint=Pinpoint(article=7, clause=3, point=None, ...))
    >>> parse("03-TT/QU").kind.value
    'thong_tri'
    >>> parse("Nghị định số ba")
    Traceback (most recent call last):
    ...
    urbangov.citations._model.CitationParseError: expected a number or a name after the kind word
      Nghị định số ba
                ^

    Raises:
        CitationParseError: *text* is not exactly one reference; the message shows
            where reading failed.
        FieldError: *text* is not a text.
    """
    check_text("parse", "text", text)
    from urbangov.citations._extract import find

    lead = len(text) - len(text.lstrip())
    trail = len(text.rstrip())
    found = find(text)
    if not found:
        kind = _KIND_PREFIX.match(text, lead)
        if kind is not None:
            raise CitationParseError(
                text, kind.end(), "expected a number or a name after the kind word")
        raise CitationParseError(text, lead, "expected a kind word or an identifier")
    first = found[0]
    if first.start != lead:
        raise CitationParseError(text, lead, "expected a reference here")
    if first.end != trail:
        rest = text[first.end:]
        raise CitationParseError(text, first.end + len(rest) - len(rest.lstrip()),
                                 "unexpected text after the reference")
    return first.reference


def format_reference(ref: Reference) -> str:
    """The canonical Vietnamese form of *ref*."""
    kind = ref.kind
    if ref.name is not None:
        body = f"{kind.vietnamese} {ref.name}"
        if ref.number is not None:
            body += f" số {ref.identifier}"
        elif ref.year is not None:
            body += f" năm {ref.year}"
    elif ref.number is not None:
        body = f"{kind.vietnamese} số {ref.identifier}"
        if ref.party_style and ref.year is not None:
            body += f" năm {ref.year}"  # a Party identifier holds no year
    elif kind is InstrumentKind.HIEN_PHAP:
        body = f"Hiến pháp năm {ref.year}" if ref.year is not None else _CONSTITUTION
    else:
        raise ValueError(f"{ref!r} has neither a number nor a name")
    return f"{ref.pinpoint} {body}" if ref.pinpoint is not None else body


def format(value: Reference | Citation | Pinpoint) -> str:
    """The canonical Vietnamese form; ``parse(format(r)) == r``.

    >>> from urbangov.law import InstrumentKind
    >>> format(Reference(InstrumentKind.KET_LUAN, "167", None, "KL/TW"))
    'Kết luận số 167-KL/TW'
    >>> format(Reference(InstrumentKind.LUAT, name="Thủ đô", year=2024,
    ...                  pinpoint=Pinpoint(article=13)))
    'Điều 13 Luật Thủ đô năm 2024'

    Raises:
        FieldError: *value* is none of a Reference, a Citation or a Pinpoint.
    """
    if not isinstance(value, Reference | Citation | Pinpoint):
        raise refuse("format", "value", "a Reference, Citation or Pinpoint", value)
    if isinstance(value, Pinpoint):
        return str(value)
    if isinstance(value, Citation):
        return format_reference(value.reference)
    return format_reference(value)
