"""A unit recorded by a GSO code and name is judged as the unit they name on the day:
of that kind, in that province, existing that day (audit of 2016–2025, D5 and D6).

UG-UNIT-EXISTS refuses a record whose code and name are those of a unit of another kind
or another province on the structure's day, and ``who_may`` gives no answer about a unit
on a day it was not what its record says.
"""

from __future__ import annotations

import datetime as dt

import pytest

import urbangov as ug
from urbangov.structure import District, Ward
from urbangov.time import Period

D = dt.date


def _found(unit: ug.Ward | ug.District) -> list[tuple[str, str, str]]:
    return [(v.path, v.message, str(v.provision)) for v in ug.validate(unit)
            if v.code == "UG-UNIT-EXISTS"]


def test_thu_duc_recorded_as_a_quan_is_refused() -> None:
    # TP Thủ Đức (NQ 1111/NQ-UBTVQH14, 2021-01-01) kept its People's Council; recorded
    # as a quận it would pass as a district without one.
    wrong = District.draft(name="Thủ Đức", code="769", city="79", kind="quan",
                           as_of="2022-07-01", council=None)
    assert _found(wrong) == [(
        "kind", "Quận Thủ Đức [769] was Thành phố Thủ Đức, a thành phố thuộc thành phố trực "
        "thuộc trung ương (city under a centrally-run city), on 2022-07-01, not a quận: the "
        "law of its kind applies to it", "Điều 2 Luật 77/2015/QH13")]
    assert [v.code for v in ug.validate(wrong)] == ["UG-UNIT-EXISTS"]  # a gate: no law more
    right = District.draft(name="Thủ Đức", code="769", city="79", kind="thanh_pho_thuoc_tp",
                           as_of="2022-07-01", council=ug.PeoplesCouncil())
    assert _found(right) == []


def test_a_xa_recorded_as_a_phuong_is_refused() -> None:
    ward = Ward.draft(name="Tân Lập", code="09820", city="01", as_of="2022-07-01")
    [(path, message, _provision)] = _found(ward)
    assert path == "kind" and "was Xã Tân Lập, a xã (commune)" in message
    assert _found(Ward.draft(name="Tân Lập", code="09820", city="01", kind="xa",
                             as_of="2022-07-01")) == []


def test_a_ward_of_another_city_is_refused() -> None:
    ward = Ward.draft(name="Bến Nghé", code="26740", city="01", as_of="2022-07-01",
                      council=None)
    [(path, message, _provision)] = _found(ward)
    assert path == "city"
    assert message == ("Phường Bến Nghé [26740] lay in Thành phố Hồ Chí Minh [79] on "
                       "2022-07-01, not in the city its structure records (01): its code and "
                       "name are that unit's")
    assert _found(Ward.draft(name="Bến Nghé", code="26740", city="79", as_of="2022-07-01",
                             council=None)) == []


@pytest.mark.parametrize(("name", "code"), [("Phường 00001", "00001"), ("Gia Thụy", "99999"),
                                            ("Gia Thụy", None)])
def test_nothing_is_said_where_nothing_is_known(name: str, code: str | None) -> None:
    # another name than the code's units ever had, a code no unit holds, no code
    assert _found(Ward.draft(name=name, code=code, city="01", as_of="2022-07-01",
                             council=None)) == []


def _chair() -> ug.Official:
    return ug.Official("Nguyễn Văn A", ug.Post.CHAIR, Period(D(2021, 7, 1)),
                       ug.Appointment(ug.Authority.PARENT_CHAIR, "1/QĐ-UBND"))


def test_who_may_gives_no_answer_about_a_ward_on_a_day_it_did_not_exist() -> None:
    ward = Ward(name="Gia Thụy", code="00130", city="01", officials=(_chair(),))
    assert ug.who_may("certify-copy", ward, on="2025-06-30")
    answer = ug.who_may("certify-copy", ward, on="2025-07-01")
    assert not answer
    assert answer.reasons[0].startswith(
        "No answer for that day: Phường Gia Thụy [00130] did not exist on 2025-07-01: it "
        "ceased on 2025-07-01; it went into Phường Bồ Đề [00118]")


def test_who_may_gives_no_answer_about_a_unit_recorded_as_another_kind() -> None:
    ward = Ward(name="Tân Lập", code="09820", city="01", officials=(_chair(),))
    answer = ug.who_may("certify-copy", ward, on="2022-07-01")
    assert not answer and "was Xã Tân Lập" in answer.reasons[0]
    right = Ward(name="Tân Lập", code="09820", city="01", kind="xa", officials=(_chair(),))
    assert ug.who_may("certify-copy", right, on="2022-07-01")
