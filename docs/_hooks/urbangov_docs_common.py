"""Shared by the docs generators: where the docs are, and values written for Markdown.

Imports nothing from MkDocs (see ``urbangov_docs.py``).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from urbangov.law import Instrument, Provision
from urbangov.regimes import Cited, Fact, Regime
from urbangov.terms import UnitKind

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"

#: Where each regime's city is named in the docs (GSO code → name).
CITY_NAMES = {"01": "Hà Nội", "79": "TP Hồ Chí Minh", "48": "Đà Nẵng", None: "National"}

# --------------------------------------------------------------------------- helpers


def cell(value: object) -> str:
    """Text safe inside a Markdown table cell."""
    return str(value).replace("|", "\\|").replace("\n", " ")


def show(value: Any) -> str:
    """A regime value in words: enums by English name with the Vietnamese term."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, enum.Enum):
        english = getattr(value, "english", None)
        vietnamese = getattr(value, "vietnamese", None)
        if english and vietnamese and english != vietnamese:
            return f"{english} (*{vietnamese}*)"
        return str(english or value.value)
    if isinstance(value, frozenset | set):
        return ", ".join(sorted(show(v) for v in value)) or "none"
    if isinstance(value, tuple):
        return " or ".join(show(v) for v in value) or "none"
    if isinstance(value, Mapping):
        return "; ".join(f"{getattr(k, 'english', k)}: {show(v)}" for k, v in value.items())
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Instrument):
        return str(value)
    return str(value)


def day(value: dt.date | None, open_text: str = "—") -> str:
    return open_text if value is None else value.isoformat()


def city_name(regime: Regime) -> str:
    return CITY_NAMES.get(regime.city, regime.city or "National")


def cite(provision: Provision) -> str:
    """A provision in Vietnamese, with the English pin-cite after it."""
    return f"{provision} <br><small>{provision.english}</small>"


def grouped_rows(regime: Regime) -> list[tuple[Fact, list[UnitKind], Cited]]:
    """The regime's facts, one row per (fact, cited answer) with the kinds it covers."""
    rows: dict[tuple[Fact, int], tuple[Fact, list[UnitKind], Cited]] = {}
    order: list[tuple[Fact, int]] = []
    for fact, kind, cited in regime.rows():
        key = (fact, id(cited))
        match = next((k for k in order if k[0] is fact and rows[k][2] == cited), None)
        if match is None:
            rows[key] = (fact, [kind], cited)
            order.append(key)
        else:
            rows[match][1].append(kind)
    ordered = sorted(order, key=lambda k: list(Fact).index(k[0]))
    return [rows[k] for k in ordered]


def kinds_text(kinds: Iterable[UnitKind]) -> str:
    return ", ".join(k.vietnamese for k in sorted(kinds, key=list(UnitKind).index))


def regime_link(regime: Regime, base: str = "") -> str:
    return f"[{regime.name}]({base}{regime.key}.md)"
