"""Every field of every public constructor takes only what it documents: a wrongly typed
value is refused with a FieldError naming the class and the field, never an error from
inside the library (and never accepted, to fail later)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import urbangov as ug
from urbangov.time import Period

PERIOD = Period(dt.date(2021, 7, 1), dt.date(2026, 7, 1))

#: A lawful value for every required field of each public type (the rest default).
REQUIRED: dict[type[Any], dict[str, Any]] = {
    ug.Appointment: {"by": ug.Authority.PARENT_CHAIR},
    ug.Office: {"unit": "Quận 1", "post": ug.Post.CHAIR},
    ug.Official: {"name": "Nguyễn Văn A", "post": ug.Post.CHAIR, "tenure": PERIOD},
    ug.Delegation: {"delegator": "A", "delegate": "B", "acts": {ug.Act.CERTIFY_COPY},
                    "period": PERIOD},
    ug.WorkingRule: {"issued_by": ug.Post.CHAIR, "effective": dt.date(2021, 7, 1)},
    ug.PeoplesCouncil: {},
    ug.PeoplesCommittee: {},
    ug.Ward: {"name": "Gia Thụy"},
    ug.District: {"name": "Long Biên"},
    ug.City: {"name": "Hà Nội"},
}
FIELDS = [(cls, a.alias) for cls in REQUIRED for a in attrs.fields(cls) if a.init]

#: Values no field takes: wrong types, and wrong forms of the right type.
wrong = st.one_of(
    st.sampled_from([object(), b"bytes", 3.5, {"a": 1}, [object()], (1, 2), set(),
                     dt.datetime(2022, 1, 1, 12, 0), "", "   ", "\ud800", ["bob"],
                     frozenset({object()})]),
    st.integers().filter(lambda i: not 1 <= i <= 99),  # 1–99 is a city code
    st.binary(),
    st.floats(allow_nan=True),
    st.lists(st.integers(), min_size=1),
)


def _accepted_anyway(cls: type[Any], field: str, value: Any) -> bool:
    # A few values are lawful for some fields: an empty set of acts is a set; () and
    # set() are empty sequences; a set is an iterable of members.
    if field in {"officials", "delegations", "working_rules", "wards", "districts",
                 "communes", "acts"}:
        return isinstance(value, tuple | list | set | frozenset) and not value
    return False


@pytest.mark.parametrize(("cls", "field"), FIELDS, ids=[f"{c.__name__}.{f}" for c, f in FIELDS])
@settings(max_examples=25, deadline=None)
@given(value=wrong)
def test_a_wrongly_typed_field_is_refused_naming_the_field(
        cls: type[Any], field: str, value: Any) -> None:
    kwargs = {**REQUIRED[cls], field: value}
    if _accepted_anyway(cls, field, value):
        cls(**kwargs)
        return
    with pytest.raises(ug.FieldError) as caught:
        cls(**kwargs)
    assert caught.value.owner == cls.__name__
    assert caught.value.field.split("[")[0] == field
    assert f"{cls.__name__}.{field}" in str(caught.value)


@pytest.mark.parametrize("cls", list(REQUIRED), ids=lambda c: c.__name__)
def test_lawful_values_are_accepted(cls: type[Any]) -> None:
    cls(**REQUIRED[cls])


def test_the_cases_of_the_issue() -> None:
    with pytest.raises(ug.FieldError, match=r"Ward\.officials\[0\]: expected an Official, "
                                            r"got str 'bob'"):
        ug.Ward(name="X", officials=["bob"])
    with pytest.raises(ug.FieldError, match=r"Ward\.committee: expected a PeoplesCommittee"):
        ug.Ward(name="X", committee="x")
    with pytest.raises(ug.FieldError, match=r"Ward\.code: expected a non-empty text or None, "
                                            r"got int 5"):
        ug.Ward(name="X", code=5)
    with pytest.raises(ug.FieldError, match=r"Ward\.name: expected a non-empty text, got "
                                            r"str '' \(must not be empty\)"):
        ug.Ward(name="")


def test_a_field_error_is_a_type_and_a_value_error_and_pickles() -> None:
    import pickle

    with pytest.raises(ug.FieldError) as caught:
        ug.Official(name="A", post="chairman", tenure=PERIOD)
    error = caught.value
    assert isinstance(error, TypeError)
    assert isinstance(error, ValueError)
    again = pickle.loads(pickle.dumps(error))
    assert (again.owner, again.field, str(again)) == (error.owner, error.field, str(error))


def test_an_office_and_the_fields_that_take_one() -> None:
    with pytest.raises(ug.FieldError, match=r"Office\.post: expected exactly one of post "
                                            r"and body"):
        ug.Office("Quận 1")
    assert ug.Appointment(ug.Office("Quận 1", post="chair")).by == ug.Office(
        "Quận 1", post=ug.Post.CHAIR)
    assert ug.WorkingRule("chair", "2021-07-01").issued_by is ug.Post.CHAIR
    with pytest.raises(ug.FieldError, match=r"Appointment\.by: expected an Authority"):
        ug.Appointment("the chairman")


def test_evolve_checks_fields_too() -> None:
    ward = ug.Ward(name="Gia Thụy")
    with pytest.raises(ug.FieldError, match=r"Ward\.unit_class"):
        attrs.evolve(ward, unit_class="first")


def test_right_values_in_other_forms_are_normalised() -> None:
    ward = ug.Ward(name="  Gia   Thụy ", kind="xa", unit_class="I", as_of="1/7/2022",
                   city=1, officials=[])
    assert (ward.name, ward.kind, ward.unit_class, ward.as_of, ward.city, ward.officials) == (
        "Gia Thụy", ug.UnitKind.XA, ug.UnitClass.I, dt.date(2022, 7, 1), "01", ())
    delegation = ug.Delegation("A", "B", ["certify-copy"], PERIOD)
    assert delegation.acts == frozenset({ug.Act.CERTIFY_COPY})
