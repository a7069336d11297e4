"""Hypothesis generators of arbitrary structures (lawful or not) for the file tests.

``urbangov.strategies`` draws *lawful* structures; the format must also carry unlawful
ones without loss (``urbangov check`` reads them to report them), so these generators
draw any value each type allows, with awkward text, and build the units unjudged.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from urbangov._text import nfc
from urbangov.structure import (
    UNRECORDED,
    Appointment,
    Body,
    City,
    Delegation,
    District,
    Office,
    Official,
    PeoplesCommittee,
    PeoplesCouncil,
    Unit,
    Ward,
    WorkingRule,
)
from urbangov.terms import (
    Act,
    AppointmentMethod,
    Authority,
    DecisionMode,
    Level,
    Post,
    UnitClass,
    UnitKind,
)
from urbangov.time import Period

K = UnitKind

#: Any text a name may hold: every plane but surrogates, stored as the types store it.
texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1,
                max_size=20).map(nfc).filter(bool)
names = st.one_of(texts, st.sampled_from(["Đặng Việt Phương", "Nguyễn Thị Hà", "Gia Thụy",
                                          "Phúc Xá", "Trần \"Q\" 'B'", "= [x]"]))
days = st.dates(dt.date(2016, 1, 1), dt.date(2027, 12, 31))
codes = st.one_of(st.none(), st.from_regex(r"\A[0-9]{2,5}\Z"))


@st.composite
def periods(draw: st.DrawFn) -> Period:
    start = draw(days)
    length = draw(st.one_of(st.none(), st.integers(1, 4000)))
    return Period(start, None if length is None else start + dt.timedelta(days=length))


def opt(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


offices = st.one_of(
    st.builds(Office, unit=opt(texts), post=st.sampled_from(Post)),
    st.builds(Office, unit=opt(texts), body=st.sampled_from(Body)))
appointments = st.builds(Appointment, by=st.one_of(st.sampled_from(Authority), offices),
                         decision=opt(texts),
                         effective=opt(days), method=st.sampled_from(AppointmentMethod))
officials = st.builds(Official, name=names, post=st.sampled_from(Post), tenure=periods(),
                      appointment=opt(appointments), acting=st.booleans(),
                      payroll=opt(st.sampled_from(Level)), in_field_since=opt(days),
                      id=opt(texts))
delegations = st.builds(Delegation, delegator=names, delegate=names,
                        acts=st.frozensets(st.sampled_from(Act), max_size=4), period=periods(),
                        decision=st.one_of(st.just(UNRECORDED), st.none(),
                                           texts.filter(lambda t: t != "none")))
working_rules = st.builds(WorkingRule, issued_by=st.one_of(st.sampled_from(Post), offices),
                          effective=days, decision=opt(texts), based_on=opt(texts),
                          issued=opt(days))
councils = st.one_of(st.just(UNRECORDED), st.none(),
                     st.builds(PeoplesCouncil, term=opt(periods()), provisional=st.booleans()))
committees = opt(st.builds(PeoplesCommittee,
                           decision_mode=opt(st.sampled_from(DecisionMode))))


def _body(city: str | None) -> dict[str, Any]:
    return {
        "name": names, "code": codes, "unit_class": st.sampled_from(UnitClass),
        "city": st.just(city), "council": councils, "committee": committees,
        "officials": opt(st.lists(officials, max_size=4).map(tuple)),
        "delegations": st.lists(delegations, max_size=2).map(tuple),
        "working_rules": st.lists(working_rules, max_size=2).map(tuple),
    }


_WARD_KINDS = {K.QUAN: [K.PHUONG], K.THI_XA: [K.PHUONG, K.XA], K.HUYEN: [K.XA, K.THI_TRAN],
               K.THANH_PHO_THUOC_TP: [K.PHUONG, K.XA]}


@st.composite
def _unit(draw: st.DrawFn, cls: type[Unit], kind: UnitKind, city: str | None,
          children: tuple[Unit, ...] = ()) -> Unit:
    kwargs = {key: draw(s) for key, s in _body(city).items()}
    kwargs["kind"] = kind
    if cls is District:
        kwargs["wards"] = children
    if cls is City:
        kwargs["districts"] = children
    return cls.draft(**kwargs)


cities = st.sampled_from([None, "01", "79", "48", "92"])


@st.composite
def wards(draw: st.DrawFn, city: str | None = None, kinds: tuple[UnitKind, ...] = (
        K.PHUONG, K.XA, K.THI_TRAN)) -> Unit:
    return draw(_unit(Ward, draw(st.sampled_from(kinds)), city))


@st.composite
def districts(draw: st.DrawFn, city: str | None = None) -> Unit:
    kind = draw(st.sampled_from(list(_WARD_KINDS)))
    inner = tuple(draw(st.lists(wards(city, tuple(_WARD_KINDS[kind])), max_size=2)))
    return draw(_unit(District, kind, city, inner))


@st.composite
def structures(draw: st.DrawFn) -> Unit:
    """Any dated structure (ward, district or small city), built without judging it."""
    city = draw(cities)
    level = draw(st.sampled_from(["ward", "district", "city"]))
    if level == "ward":
        root = draw(wards(city))
    elif level == "district":
        root = draw(districts(city))
    else:
        inner = tuple(draw(st.lists(districts(city), max_size=2)))
        root = draw(_unit(City, K.THANH_PHO, city, inner))
    fields = {a.alias: getattr(root, a.name) for a in __import__("attrs").fields(type(root))
              if a.init}
    return type(root).draft(**{**fields, "as_of": draw(days)})
