"""The value types: a reference to an instrument, a pin-cite, a found citation."""

from __future__ import annotations

import datetime as dt

import attrs

from urbangov.law import Instrument, InstrumentKind, Provision
from urbangov.time import parse_date

__all__ = ["Citation", "CitationParseError", "Pinpoint", "Reference"]


class CitationParseError(ValueError):
    """A text is not one legal reference; the message points at the bad spot."""

    def __init__(self, text: str, position: int, reason: str) -> None:
        self.text = text
        self.position = position
        self.reason = reason
        super().__init__(f"{reason}\n  {text}\n  {' ' * position}^")


def _day(value: dt.date | str | None) -> dt.date | None:
    return None if value is None else parse_date(value)


def _series(items: tuple[object, ...]) -> str:
    words = [str(i) for i in items]
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} và {words[-1]}"


@attrs.frozen
class Pinpoint:
    """A place inside an instrument: điểm (point) of khoản (clause) of Điều (article).

    A pin-cite may name several units of one level ("khoản 13, 14, 15 và 16 Điều 1"):
    *clauses* (and *points*, *articles*) then hold all of them in order, and *clause*
    (*point*, *article*) the last, as for one.  Above the article a pin-cite may name a
    chapter (chương), a section (mục) and a sub-section (tiểu mục), as written ("II",
    "2"); or it names an annex (phụ lục).

    >>> str(Pinpoint(article=7, clause=3))
    'khoản 3 Điều 7'
    >>> str(Pinpoint(article=1, clause=16, clauses=(13, 14, 15, 16)))
    'khoản 13, 14, 15 và 16 Điều 1'
    >>> str(Pinpoint(section="2", chapter="II"))
    'Mục 2 Chương II'
    """

    article: int | None = None
    clause: int | None = None
    point: str | None = None
    clauses: tuple[int, ...] = ()
    points: tuple[str, ...] = ()
    articles: tuple[int, ...] = ()
    chapter: str | None = None
    section: str | None = None
    subsection: str | None = None
    annex: str | None = None

    def __str__(self) -> str:
        if self.annex is not None:
            return f"Phụ lục {self.annex}"
        parts = []
        if self.point is not None:
            parts.append(f"điểm {_series(self.points or (self.point,))}")
        if self.clause is not None:
            parts.append(f"khoản {_series(self.clauses or (self.clause,))}")
        if self.article is not None:
            parts.append(f"Điều {_series(self.articles or (self.article,))}")
        for word, value in (("Tiểu mục", self.subsection), ("Mục", self.section),
                            ("Chương", self.chapter)):
            if value is not None:
                parts.append(f"{word} {value}")
        return " ".join(parts)


@attrs.frozen
class Reference:
    """What a citation points at: a kind and an identifier or a name.

    Attributes:
        kind: the instrument's kind; ``InstrumentKind.OTHER`` when neither the words
            nor the symbol tell it.
        number: the number as written ("32", "03"), or None for an instrument cited
            by name only ("Luật Thủ đô", "Hiến pháp năm 2013").
        year: the year written in the identifier ("32/2021/NĐ-CP") or after a law's
            name ("Luật Thủ đô năm 2024"), else None.
        symbol: the symbol as written ("NĐ-CP", "TT/QU", "NQ 14"), else None.
        name: a law's or code's name after its kind word ("Thủ đô"), else None.
        pinpoint: the article, clause and point cited, if any.

    >>> r = Reference(InstrumentKind.NGHI_DINH, "32", 2021, "NĐ-CP")
    >>> r.identifier, str(r)
    ('32/2021/NĐ-CP', 'Nghị định số 32/2021/NĐ-CP')
    """

    kind: InstrumentKind
    number: str | None = None
    year: int | None = None
    symbol: str | None = None
    name: str | None = None
    pinpoint: Pinpoint | None = None

    @property
    def party_style(self) -> bool:
        """Whether the identifier is in the Party's style ("03-TT/QU")."""
        return self.symbol is not None and "/" in self.symbol

    @property
    def identifier(self) -> str | None:
        """The number and symbol as an identifier ("32/2021/NĐ-CP", "03-TT/QU")."""
        if self.number is None:
            return None
        if self.party_style:
            return f"{self.number}-{self.symbol}"
        parts = [self.number]
        if self.year is not None:
            parts.append(str(self.year))
        if self.symbol is not None:
            parts.append(self.symbol)
        return "/".join(parts)

    @property
    def document(self) -> Reference:
        """The same reference without its pin-cite."""
        return attrs.evolve(self, pinpoint=None)

    def resolve(self, date: dt.date | None = None, *,
                on: dt.date | None = None) -> Instrument | None:
        """The catalogue instrument this reference names, if exactly one fits.

        *date* (the date written with the mention) settles ties such as two laws
        named "Luật Thủ đô", and a law cited by name with another date than the
        catalogue's is not resolved.  *on*, the date of the citing text, tells which
        Constitution "Hiến pháp" without a year is (the one in force then; without
        *on*, the one in force now).  Either is a date or a text
        :func:`urbangov.time.parse_date` reads.

        Raises:
            DateParseError: *date* or *on* is no date.
        """
        from urbangov.citations._resolve import resolve

        return resolve(self, _day(date), on=_day(on))

    def __str__(self) -> str:
        from urbangov.citations._parse import format_reference

        return format_reference(self)


@attrs.frozen
class Citation:
    """One reference found in a text.

    Attributes:
        span: ``(start, end)`` offsets of the mention in the text as given to
            :func:`~urbangov.citations.find` (also for NFD text); it covers a pin-cite
            before the kind word, the kind word, the number or name and a law's year,
            but not the date or issuer that follow.
        text: ``text[start:end]`` of the original text.
        instrument: the reference, without its pin-cite.
        date: the date written with the mention ("ngày 29/3/2021"), else None.
        issuer: the body after "của" that follows the mention ("Chính phủ"), else None.
        pinpoint: the article, clause and point cited, else None.
        full_span: the span including the date and issuer (the span if neither).
    """

    span: tuple[int, int]
    text: str
    instrument: Reference
    date: dt.date | None = None
    issuer: str | None = None
    pinpoint: Pinpoint | None = None
    full_span: tuple[int, int] = attrs.field(
        default=attrs.Factory(lambda self: self.span, takes_self=True), eq=False)

    @property
    def start(self) -> int:
        """Where the mention starts in the text."""
        return self.span[0]

    @property
    def end(self) -> int:
        """Where the mention ends in the text (exclusive)."""
        return self.span[1]

    @property
    def reference(self) -> Reference:
        """The reference with its pin-cite, as :func:`~urbangov.citations.parse` gives."""
        return attrs.evolve(self.instrument, pinpoint=self.pinpoint)

    def resolve(self, *, on: dt.date | None = None) -> Instrument | None:
        """The catalogue instrument cited, or None when unknown or ambiguous.

        *on* is the date of the text, for "Hiến pháp" without a year
        (:meth:`Reference.resolve`).
        """
        return self.instrument.resolve(self.date, on=_day(on))

    def provision(self) -> Provision | None:
        """The cited provision of the resolved instrument, or None if unresolved."""
        inst = self.resolve()
        if inst is None:
            return None
        pin = self.pinpoint or Pinpoint()
        return inst.at(article=pin.article, clause=pin.clause, point=pin.point)
