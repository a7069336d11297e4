"""Every public function of tenure, law and citations, fed wrongly typed arguments, gives
only the library's documented errors (exam3 D6): a FieldError naming the function and
the argument, a DateParseError for what is no day, a lookup error of the library for
what is not there; never a Python error from inside the library.  A value of a type the
argument documents may be answered or refused with a library error; one of another type
must be refused."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import urbangov as ug
from urbangov import citations, tenure
from urbangov.citations import Citation, Pinpoint, Reference, ShortCitation
from urbangov.law import InstrumentKind, catalogue, pin_cite
from urbangov.structure import Appointment, Official, Unit, Ward
from urbangov.terms import Authority, Post
from urbangov.time import Period

D = dt.date
CHAIR = Official("Nguyễn Văn A", Post.CHAIR, Period(D(2021, 7, 1)),
                 Appointment(Authority.PARENT_CHAIR, "12/QĐ-UBND"))
WARD = Ward(name="Phúc Xá", code="00001", city="01", officials=(CHAIR,))
LAW = catalogue().get("72/2025/QH15")
TEXT = "Theo khoản 3 Điều 7 Nghị định số 32/2021/NĐ-CP, Điều 7 Nghị định này quy định"
FOUND = citations.find(TEXT)[0]
REF = FOUND.instrument


def _day(v: Any) -> bool:
    return (isinstance(v, dt.date) and not isinstance(v, dt.datetime)) or isinstance(v, str)


def _whole(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _text(v: Any) -> bool:
    return isinstance(v, str)


def _maybe(check: Callable[[Any], bool]) -> Callable[[Any], bool]:
    return lambda v: v is None or check(v)


def _anything(_v: Any) -> bool:
    return True


def _mentions(v: Any) -> bool:
    return isinstance(v, str) or (isinstance(v, list | tuple) and all(
        isinstance(x, Citation | ShortCitation) for x in v))


#: (name, the call with the argument under test in its place, what that argument takes)
CALLS: list[tuple[str, Callable[[Any], Any], Callable[[Any], bool]]] = [
    ("tenure.is_acting(official)", tenure.is_acting, lambda v: isinstance(v, Official)),
    ("tenure.appointment_term(official)", lambda v: tenure.appointment_term(v, WARD),
     lambda v: isinstance(v, Official)),
    ("tenure.appointment_term(unit)", lambda v: tenure.appointment_term(CHAIR, v),
     lambda v: isinstance(v, Unit)),
    ("tenure.appointment_term(city)", lambda v: tenure.appointment_term(CHAIR, WARD, v),
     _anything),
    ("tenure.consecutive_start(unit)", lambda v: tenure.consecutive_start(v, CHAIR),
     lambda v: isinstance(v, Unit)),
    ("tenure.consecutive_start(official)", lambda v: tenure.consecutive_start(WARD, v),
     lambda v: isinstance(v, Official)),
    ("tenure.consecutive_years(unit)", lambda v: tenure.consecutive_years(v, CHAIR),
     lambda v: isinstance(v, Unit)),
    ("tenure.consecutive_years(official)", lambda v: tenure.consecutive_years(WARD, v),
     lambda v: isinstance(v, Official)),
    ("tenure.consecutive_years(on)", lambda v: tenure.consecutive_years(WARD, CHAIR, v),
     _maybe(_day)),
    ("tenure.expiring(structure)", lambda v: tenure.expiring(v, D(2025, 6, 1)),
     lambda v: isinstance(v, Unit)),
    ("tenure.expiring(on)", lambda v: tenure.expiring(WARD, v), _day),
    ("tenure.expiring(within)", lambda v: tenure.expiring(WARD, D(2025, 6, 1), v),
     lambda v: isinstance(v, dt.timedelta) or _whole(v)),
    ("Catalogue.find", lambda v: catalogue().find(v), _text),
    ("Catalogue.get", lambda v: catalogue().get(v), _text),
    ("Catalogue.lookup(kind)", lambda v: catalogue().lookup(v, "72", 2025, None),
     _maybe(lambda v: isinstance(v, InstrumentKind))),
    ("Catalogue.lookup(number)", lambda v: catalogue().lookup(None, v, 2025, None), _text),
    ("Catalogue.lookup(year)", lambda v: catalogue().lookup(None, "72", v, None),
     _maybe(_whole)),
    ("Catalogue.lookup(symbol)", lambda v: catalogue().lookup(None, "72", 2025, v),
     _maybe(_text)),
    ("Catalogue.__contains__", lambda v: v in catalogue(), _anything),
    ("Instrument.in_force", lambda v: LAW.in_force(v), _day),
    ("Instrument.at(article)", lambda v: LAW.at(v), _maybe(lambda v: _whole(v) or _text(v))),
    ("Instrument.at(clause)", lambda v: LAW.at(1, v), _maybe(_whole)),
    ("Instrument.at(point)", lambda v: LAW.at(1, 1, v), _maybe(_text)),
    ("pin_cite(article)", lambda v: pin_cite(v, None, None),
     _maybe(lambda v: _whole(v) or _text(v))),
    ("pin_cite(clause)", lambda v: pin_cite(1, v, None), _maybe(_whole)),
    ("pin_cite(point)", lambda v: pin_cite(1, 1, v), _maybe(_text)),
    ("citations.clean", citations.clean, _text),
    ("citations.find", citations.find, _text),
    ("citations.find_all", citations.find_all, _text),
    ("citations.annotate(text)", lambda v: citations.annotate(v, lambda c: c.text), _text),
    ("citations.parse", citations.parse, _text),
    ("citations.format", citations.format,
     lambda v: isinstance(v, Reference | Citation | Pinpoint)),
    ("citations.resolve_all(found)", citations.resolve_all, _mentions),
    ("citations.resolve_all(text)", lambda v: citations.resolve_all([FOUND], v),
     _maybe(_text)),
    ("Reference.resolve(date)", lambda v: REF.resolve(v), _maybe(_day)),
    ("Reference.resolve(on)", lambda v: REF.resolve(on=v), _maybe(_day)),
    ("Citation.resolve(on)", lambda v: FOUND.resolve(on=v), _maybe(_day)),
]

#: Values of many types, some of them lawful for some arguments.
values = st.one_of(
    st.sampled_from([None, object(), b"bytes", 3.5, float("nan"), {"a": 1}, [object()],
                     (1, 2), set(), dt.datetime(2022, 1, 1, 12, 0), True, -1, 0, 10**30,
                     "", "   ", "\ud800", "2025-06-16", "31/2/2022", "72/2025/QH15",
                     D(9999, 12, 31), D(1, 1, 1), dt.timedelta(days=-1),
                     dt.timedelta(days=999_999_999), Ward(name="Gia Thụy"), CHAIR, LAW,
                     InstrumentKind.LUAT, [FOUND], [1], FOUND, REF, Pinpoint(article=1)]),
    st.integers(),
    st.floats(allow_nan=True),
    st.binary(max_size=20),
    st.text(max_size=30),
    st.lists(st.integers(), max_size=3),
)


def _library(error: BaseException) -> bool:
    return type(error).__module__.startswith("urbangov")


@pytest.mark.parametrize(("name", "call", "takes"), CALLS, ids=[c[0] for c in CALLS])
@settings(max_examples=30, deadline=None)
@given(value=values)
def test_only_the_librarys_errors(name: str, call: Callable[[Any], Any],
                                  takes: Callable[[Any], bool], value: Any) -> None:
    try:
        call(value)
    except Exception as error:  # which error is the question
        assert _library(error), f"{name}({value!r}): {type(error).__name__}: {error}"
        return
    assert takes(value), f"{name} accepted {value!r}"


def test_field_errors_name_the_function_and_argument() -> None:
    with pytest.raises(ug.FieldError, match=r"Catalogue\.get\(\)\.identifier: expected a text"):
        catalogue().get(None)  # type: ignore[arg-type]
    with pytest.raises(ug.FieldError, match=r"resolve_all\(\)\.found: expected a text"):
        citations.resolve_all(None)  # type: ignore[arg-type]
    with pytest.raises(ug.FieldError, match=r"expiring\(\)\.within: expected a whole number"):
        tenure.expiring(WARD, D(2025, 6, 1), "30")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"units\(\)\.level: expected one of 'province', "
                                         r"'district', 'commune'"):
        ug.units.units("01", "2026-12-01", level="foo")
