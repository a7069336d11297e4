"""Shared structures for the authority tests: one Hà Nội ward across the 2021 switch."""

from __future__ import annotations

import datetime as dt

import pytest

from urbangov.structure import Appointment, Delegation, District, Official, Ward
from urbangov.terms import Act, AppointmentMethod, Authority, Post
from urbangov.time import Period

D = dt.date
ELECTED = Period.through(D(2016, 7, 1), D(2021, 6, 30))
APPOINTED = Period.through(D(2021, 7, 1), D(2026, 6, 30))
COPY_AND_SIGNATURE = frozenset({Act.CERTIFY_COPY, Act.CERTIFY_SIGNATURE})


def officials() -> tuple[Official, ...]:
    """Chair and Vice-Chair elected for 2016–2021, appointed again for five years."""
    council = Appointment(Authority.OWN_COUNCIL, method=AppointmentMethod.ELECTED)
    return (
        Official("Nguyễn Văn An", Post.CHAIR, ELECTED, council),
        Official("Nguyễn Văn An", Post.CHAIR, APPOINTED,
                 Appointment(Authority.PARENT_CHAIR, "101/QĐ-UBND", D(2021, 7, 1))),
        Official("Lê Thị Bình", Post.VICE_CHAIR, ELECTED, council),
        Official("Lê Thị Bình", Post.VICE_CHAIR, APPOINTED,
                 Appointment(Authority.PARENT_CHAIR, "102/QĐ-UBND", D(2021, 7, 1))),
        Official("Trần Văn Cường", Post.TU_PHAP_HO_TICH, Period(D(2014, 3, 1)),
                 Appointment(Authority.PARENT_CHAIR, method=AppointmentMethod.RECRUITED),
                 in_field_since=D(2014, 3, 1)),
    )


DELEGATION = Delegation("Nguyễn Văn An", "Trần Văn Cường", COPY_AND_SIGNATURE,
                        Period.through(D(2021, 7, 15), D(2021, 12, 31)), "15/QĐ-UBND")


def ward(**changes: object) -> Ward:
    """Phường Phúc Xá (Quận Ba Đình, Hà Nội), undated."""
    fields: dict[str, object] = {"name": "Phúc Xá", "code": "00001", "city": "01",
                                 "officials": officials(), "delegations": (DELEGATION,)}
    fields.update(changes)
    return Ward(**fields)  # type: ignore[arg-type]


@pytest.fixture
def hanoi_ward() -> Ward:
    return ward()


@pytest.fixture
def ba_dinh(hanoi_ward: Ward) -> District:
    chair = Official("Hoàng Minh Đức", Post.CHAIR, Period(D(2021, 6, 25)),
                     Appointment(Authority.OWN_COUNCIL, "01/NQ-HĐND",
                                 method=AppointmentMethod.ELECTED))
    return District(name="Ba Đình", code="001", city="01", wards=(hanoi_ward,),
                    officials=(chair,))
