"""UG-STAFF-CAP: at most nine civil servants per Hà Nội ward People's Committee under
NĐ 169/2024/NĐ-CP (legal-reference.md 4.7, medium), the Chairman and Vice-Chairmen
included."""

from __future__ import annotations

import datetime as dt

import urbangov as ug
from urbangov import Authority, Post
from urbangov.structure import Appointment, Official, Ward
from urbangov.time import Period

D = dt.date
ON = D(2025, 3, 1)
SINCE = Period(D(2023, 1, 1))


def phuc_xa(clerks: int, *extra: Official) -> Ward:
    leaders = (
        Official("Chủ", Post.CHAIR, Period(D(2023, 1, 1), D(2027, 12, 31)),
                 Appointment(Authority.PARENT_CHAIR, "1/QĐ", D(2023, 1, 1))),
        *(Official(f"Phó {i}", Post.VICE_CHAIR, Period(D(2023, 1, 1), D(2027, 12, 31)),
                   Appointment(Authority.PARENT_CHAIR, "2/QĐ", D(2023, 1, 1)))
          for i in range(2)))
    staff = tuple(Official(f"Công chức {i}", Post.VAN_PHONG_THONG_KE, SINCE)
                  for i in range(clerks))
    return Ward(name="Phúc Xá", kind="phuong", city="01", officials=(*leaders, *staff, *extra))


def codes(ward: Ward, on: dt.date = ON) -> set[str]:
    return {v.code for v in ug.validate(ward, on=on).errors}


def test_nine_pass_ten_do_not() -> None:
    assert "UG-STAFF-CAP" not in codes(phuc_xa(6))
    (v,) = [v for v in ug.validate(phuc_xa(7), on=ON) if v.code == "UG-STAFF-CAP"]
    assert v.values == {"staff": 10, "cap": 9}
    assert "169/2024" in str(v.provision)
    assert v.rule.confidence is ug.Confidence.MEDIUM


def test_each_person_counts_once_and_the_police_chief_not_at_all() -> None:
    twice = Official("Công chức 0", Post.TU_PHAP_HO_TICH, SINCE)
    police = Official("Công an", Post.POLICE_CHIEF, SINCE)
    assert "UG-STAFF-CAP" not in {v.code for v in ug.validate(phuc_xa(6, twice, police),
                                                               on=ON)}


def test_only_under_the_capital_law_2024() -> None:
    assert "UG-STAFF-CAP" not in {v.code for v in ug.validate(phuc_xa(7), on=D(2024, 6, 1))}
