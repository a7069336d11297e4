"""Law: legal instruments (văn bản), provisions (điều, khoản, điểm) and the catalogue.

This layer knows nothing of wards.  An :class:`Instrument` is one legal or
administrative document, identified the Vietnamese way by number, year and symbol
("32/2021/NĐ-CP"); a :class:`Provision` pins a place inside it.  The bundled
:func:`catalogue` holds every instrument the library's rules cite, with its dates.

>>> nd32 = catalogue().get("32/2021/NĐ-CP")
>>> nd32.kind.vietnamese, nd32.signed.isoformat()
('Nghị định', '2021-03-29')
>>> str(nd32.at(article=7, clause=3))
'khoản 3 Điều 7 Nghị định 32/2021/NĐ-CP'
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Iterator
from typing import Any

import attrs

from urbangov._args import check_int, check_text, refuse
from urbangov._text import fold, nfc
from urbangov.time import parse_date

__all__ = [
    "Catalogue",
    "Confidence",
    "Instrument",
    "InstrumentKind",
    "Provision",
    "UnknownInstrumentError",
    "catalogue",
    "pin_cite",
]


class InstrumentKind(enum.Enum):
    """The kind of a legal or administrative document (loại văn bản).

    The value is a stable ASCII slug; :attr:`vietnamese` and :attr:`english` name it.
    """

    HIEN_PHAP = "hien_phap"
    BO_LUAT = "bo_luat"
    LUAT = "luat"
    PHAP_LENH = "phap_lenh"
    NGHI_QUYET = "nghi_quyet"
    NGHI_DINH = "nghi_dinh"
    QUYET_DINH = "quyet_dinh"
    THONG_TU = "thong_tu"
    THONG_TU_LIEN_TICH = "thong_tu_lien_tich"
    CHI_THI = "chi_thi"
    KE_HOACH = "ke_hoach"
    CONG_VAN = "cong_van"
    CONG_DIEN = "cong_dien"
    THONG_TRI = "thong_tri"
    KET_LUAN = "ket_luan"
    THONG_BAO = "thong_bao"
    HUONG_DAN = "huong_dan"
    TO_TRINH = "to_trinh"
    CHUONG_TRINH = "chuong_trinh"
    BAO_CAO = "bao_cao"
    DE_AN = "de_an"
    QUY_CHE = "quy_che"
    QUY_DINH = "quy_dinh"
    VAN_BAN_HOP_NHAT = "van_ban_hop_nhat"
    OTHER = "other"

    @property
    def vietnamese(self) -> str:
        """The Vietnamese name, as written before a number ("Nghị định")."""
        return _KIND_NAMES[self][0]

    @property
    def english(self) -> str:
        """The English name ("Decree")."""
        return _KIND_NAMES[self][1]


_KIND_NAMES: dict[InstrumentKind, tuple[str, str]] = {
    InstrumentKind.HIEN_PHAP: ("Hiến pháp", "Constitution"),
    InstrumentKind.BO_LUAT: ("Bộ luật", "Code"),
    InstrumentKind.LUAT: ("Luật", "Law"),
    InstrumentKind.PHAP_LENH: ("Pháp lệnh", "Ordinance"),
    InstrumentKind.NGHI_QUYET: ("Nghị quyết", "Resolution"),
    InstrumentKind.NGHI_DINH: ("Nghị định", "Decree"),
    InstrumentKind.QUYET_DINH: ("Quyết định", "Decision"),
    InstrumentKind.THONG_TU: ("Thông tư", "Circular"),
    InstrumentKind.THONG_TU_LIEN_TICH: ("Thông tư liên tịch", "Joint circular"),
    InstrumentKind.CHI_THI: ("Chỉ thị", "Directive"),
    InstrumentKind.KE_HOACH: ("Kế hoạch", "Plan"),
    InstrumentKind.CONG_VAN: ("Công văn", "Official letter"),
    InstrumentKind.CONG_DIEN: ("Công điện", "Official dispatch"),
    InstrumentKind.THONG_TRI: ("Thông tri", "Party circular"),
    InstrumentKind.KET_LUAN: ("Kết luận", "Conclusion"),
    InstrumentKind.THONG_BAO: ("Thông báo", "Notice"),
    InstrumentKind.HUONG_DAN: ("Hướng dẫn", "Guidance"),
    InstrumentKind.TO_TRINH: ("Tờ trình", "Submission"),
    InstrumentKind.CHUONG_TRINH: ("Chương trình", "Programme"),
    InstrumentKind.BAO_CAO: ("Báo cáo", "Report"),
    InstrumentKind.DE_AN: ("Đề án", "Scheme"),
    InstrumentKind.QUY_CHE: ("Quy chế", "Regulation (rules)"),
    InstrumentKind.QUY_DINH: ("Quy định", "Regulation"),
    InstrumentKind.VAN_BAN_HOP_NHAT: ("Văn bản hợp nhất", "Consolidated text"),
    InstrumentKind.OTHER: ("Văn bản", "Document"),
}


class Confidence(enum.Enum):
    """How sure the encoded reading of the law is (độ tin cậy).

    ``HIGH``: the provision text, or a reliable source quoting it, agreeing with a
    second source.  ``MEDIUM``: one reliable secondary source, or an inferred article
    number.  ``LOW``: unconfirmed; documented, never enforced.
    """

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class UnknownInstrumentError(LookupError):
    """The catalogue holds no instrument with that identifier."""


def _opt_date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return dt.date.fromisoformat(value)
    raise TypeError(f"expected a date, got {value!r}")


@attrs.frozen
class Instrument:
    """A legal or administrative document (văn bản).

    Attributes:
        kind: what it is (:class:`InstrumentKind`).
        number: its number as written ("32", "03-TT").
        year: the year when it is part of the identifier ("32/2021/NĐ-CP"), else None.
        symbol: the symbol after the number ("NĐ-CP", "QH14", "QĐ-UBND").
        issuer: the body that issued it ("Chính phủ").
        title: its title (trích yếu), in Vietnamese.
        signed: the day it was signed or adopted (ngày ban hành).
        effective: the first day it had effect (ngày có hiệu lực).
        ends: the first day it no longer had effect (hết hiệu lực), if it has ended.
        name: the short name of a law ("Luật Thủ đô"), if it has one.
        note: what is uncertain about these facts, in English.
        title_en: its title in English ("Law on the Organisation of Local Government"),
            if known.
    """

    kind: InstrumentKind = attrs.field(converter=InstrumentKind)
    number: str = attrs.field(converter=str)
    year: int | None
    symbol: str = attrs.field(converter=nfc)
    issuer: str | None = None
    title: str | None = None
    signed: dt.date | None = attrs.field(default=None, converter=_opt_date)
    effective: dt.date | None = attrs.field(default=None, converter=_opt_date)
    ends: dt.date | None = attrs.field(default=None, converter=_opt_date)
    name: str | None = None
    note: str | None = None
    title_en: str | None = None

    @property
    def identifier(self) -> str:
        """The official identifier (số, ký hiệu): "32/2021/NĐ-CP", "2696/QĐ-UBND"."""
        if self.kind is InstrumentKind.HIEN_PHAP:
            return str(self.year or self.number)
        if self.year is None:
            return f"{self.number}/{self.symbol}"
        return f"{self.number}/{self.year}/{self.symbol}"

    @property
    def key(self) -> str:
        """A stable ASCII slug for the instrument ("32-2021-nd-cp")."""
        return fold(self.identifier).replace(" ", "-")

    def __str__(self) -> str:
        return f"{self.kind.vietnamese} {self.identifier}"

    def in_force(self, on: dt.date | str) -> bool:
        """Whether the instrument had effect on day *on* (unknown dates count as yes).

        *on* is a date or a text :func:`urbangov.time.parse_date` reads ("2025-06-16").

        Raises:
            DateParseError: *on* is no date (DateRangeError: outside 1900–2200).
        """
        on = parse_date(on)
        start = self.effective or self.signed
        return (start is None or start <= on) and (self.ends is None or on < self.ends)

    def at(self, article: int | str | None = None, clause: int | None = None,
           point: str | None = None) -> Provision:
        """The provision of this instrument at *article*, *clause* and *point*.

        Raises:
            FieldError: an article that is neither a whole number nor a text, a clause
                that is no whole number, a point that is no text.
        """
        _check_pin("Instrument.at", article, clause, point)
        return Provision(self, article, clause, point)


def _check_pin(function: str, article: object, clause: object, point: object) -> None:
    if article is not None and (isinstance(article, bool) or not isinstance(article, int | str)):
        raise refuse(function, "article", "a whole number, a text or None", article)
    check_int(function, "clause", clause, optional=True)
    check_text(function, "point", point, optional=True)


def pin_cite(article: int | str | None, clause: int | None, point: str | None) -> str:
    """The Vietnamese pin-cite, smallest unit first ("điểm b khoản 1 Điều 1"), or "".

    >>> pin_cite(7, 3, None)
    'khoản 3 Điều 7'

    Raises:
        FieldError: a part of the wrong type (as :meth:`Instrument.at`).
    """
    _check_pin("pin_cite", article, clause, point)
    parts = []
    if point is not None:
        parts.append(f"điểm {point}")
    if clause is not None:
        parts.append(f"khoản {clause}")
    if article is not None:
        parts.append(f"Điều {article}")
    return " ".join(parts)


@attrs.frozen
class Provision:
    """A place in an instrument: điểm (point) of khoản (clause) of Điều (article).

    ``str()`` gives the Vietnamese pin-cite, smallest unit first:

    >>> str(catalogue().get("97/2019/QH14").at(article=1, clause=1, point="b"))
    'điểm b khoản 1 Điều 1 Nghị quyết 97/2019/QH14'
    """

    instrument: Instrument
    article: int | str | None = None
    clause: int | None = None
    point: str | None = None

    def __str__(self) -> str:
        pin = pin_cite(self.article, self.clause, self.point)
        return f"{pin} {self.instrument}" if pin else str(self.instrument)

    @property
    def english(self) -> str:
        """The pin-cite in English ("Decree 32/2021/NĐ-CP, Art. 7(3)")."""
        pin = ""
        if self.article is not None:
            pin = f", Art. {self.article}"
            if self.clause is not None:
                pin += f"({self.clause})"
            if self.point is not None:
                pin += f"({self.point})"
        return f"{self.instrument.kind.english} {self.instrument.identifier}{pin}"


@attrs.frozen
class Catalogue:
    """The bundled catalogue of instruments, searchable by identifier or key."""

    instruments: tuple[Instrument, ...]
    _by_key: dict[str, Instrument] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        index: dict[str, Instrument] = {}
        for inst in self.instruments:
            if inst.key in index:
                raise ValueError(f"catalogue lists {inst.identifier} twice")
            index[inst.key] = inst
        object.__setattr__(self, "_by_key", index)

    def __iter__(self) -> Iterator[Instrument]:
        return iter(self.instruments)

    def __len__(self) -> int:
        return len(self.instruments)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, Instrument):
            return self._by_key.get(item.key) == item
        return isinstance(item, str) and self.find(item) is not None

    def find(self, identifier: str) -> Instrument | None:
        """The instrument with this identifier or key, or ``None``.

        Diacritics, case and separators do not matter: "32/2021/ND-CP" finds
        "32/2021/NĐ-CP".

        Raises:
            FieldError: *identifier* is not a text.
        """
        check_text("Catalogue.find", "identifier", identifier)
        return self._by_key.get(fold(identifier).replace(" ", "-"))

    def get(self, identifier: str) -> Instrument:
        """The instrument with this identifier or key.

        Raises:
            UnknownInstrumentError: no such instrument in the catalogue.
            FieldError: *identifier* is not a text.
        """
        check_text("Catalogue.get", "identifier", identifier)
        found = self.find(identifier)
        if found is None:
            raise UnknownInstrumentError(f"no instrument {identifier!r} in the catalogue")
        return found

    def lookup(self, kind: InstrumentKind | None, number: str, year: int | None,
               symbol: str | None) -> Instrument | None:
        """The instrument matching these parts of a reference, if exactly one does.

        *year* and *symbol* may be missing (a sloppy reference such as "Nghị định 32");
        the match must then be unique.

        Raises:
            FieldError: a part of the wrong type.
        """
        if kind is not None and not isinstance(kind, InstrumentKind):
            raise refuse("Catalogue.lookup", "kind", "an InstrumentKind or None", kind)
        check_text("Catalogue.lookup", "number", number)
        check_int("Catalogue.lookup", "year", year, optional=True)
        check_text("Catalogue.lookup", "symbol", symbol, optional=True)
        num = fold(number)
        sym = None if symbol is None else fold(symbol).replace(" ", "")
        hits = [
            i for i in self.instruments
            if fold(i.number) == num
            and (kind is None or i.kind is kind)
            and (year is None or i.year == year or (i.signed is not None and i.signed.year == year))
            and (sym is None or fold(i.symbol).replace(" ", "") == sym)
        ]
        return hits[0] if len(hits) == 1 else None


def _instrument(entry: dict[str, Any]) -> Instrument:
    return Instrument(**entry)


@functools.cache
def catalogue() -> Catalogue:
    """The bundled catalogue of instruments (read once, then cached)."""
    import json
    from importlib import resources

    raw = resources.files("urbangov").joinpath("_data/instruments.json").read_text("utf-8")
    return Catalogue(tuple(_instrument(e) for e in json.loads(raw)["instruments"]))
