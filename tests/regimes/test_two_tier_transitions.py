"""The 2025 rearrangement's transitional law: designation staffing the new units, the
surplus a merged province keeps, and averages over the whole province.

Sources: legal-reference-2025-2026.md §1.8 and E7 (NQ 203/2025/QH15 Điều 2 k.3), R12
(Luật 72/2025/QH15 Điều 54 k.6), §2.1 (NĐ 300/2025/NĐ-CP Điều 5–6).
"""

from __future__ import annotations

import datetime as dt

import urbangov as ug
from urbangov import Act, Authority, Post
from urbangov.structure import Appointment, City, Official, Ward
from urbangov.terms import AppointmentMethod
from urbangov.time import Period

D = dt.date
FORMED = D(2025, 7, 1)


def leader(name: str, post: Post, start: dt.date, by: Authority = Authority.OWN_COUNCIL,
           method: AppointmentMethod = AppointmentMethod.ELECTED) -> Official:
    return Official(name, post, Period(start), Appointment(by, "1/NQ", start, method))


def ward(*officials: Official) -> Ward:
    return Ward(name="Ba Đình", kind="phuong", code="00004", city="01", officials=officials)


def test_designation_staffs_the_new_units_and_fills_no_later_vacancy() -> None:
    designated = leader("Chủ", Post.CHAIR, FORMED, Authority.CITY_COUNCIL_STANDING,
                        AppointmentMethod.APPOINTED)
    assert "UG-APPOINTED-BY" not in ug.validate(ward(designated), on=D(2025, 11, 1)).codes
    # ... and stays lawful after 2025.
    assert "UG-APPOINTED-BY" not in ug.validate(ward(designated), on=D(2026, 2, 1)).codes
    # The ward's first Chair designated in August (phường Sài Gòn, reported 2025-08-19).
    first = leader("Chủ", Post.CHAIR, D(2025, 8, 19), Authority.CITY_COUNCIL_STANDING,
                   AppointmentMethod.APPOINTED)
    assert "UG-APPOINTED-BY" not in ug.validate(ward(first), on=D(2025, 11, 1)).codes
    # A Chair designated after the first one left fills a later vacancy: elected instead.
    gone = Official("Cũ", Post.CHAIR, Period(FORMED, D(2025, 10, 1)),
                    Appointment(Authority.CITY_COUNCIL_STANDING, "1/NQ", FORMED,
                                AppointmentMethod.APPOINTED))
    later = leader("Mới", Post.CHAIR, D(2025, 10, 1), Authority.CITY_COUNCIL_STANDING,
                   AppointmentMethod.APPOINTED)
    (v,) = [v for v in ug.validate(ward(gone, later), on=D(2025, 11, 1))
            if v.code == "UG-APPOINTED-BY"]
    assert "Điều 36" in str(v.provision) and "Mới" in v.message
    elected = leader("Mới", Post.CHAIR, D(2025, 10, 1))
    assert "UG-APPOINTED-BY" not in ug.validate(ward(gone, elected), on=D(2025, 11, 1)).codes


def test_who_may_names_the_standing_committee_in_2025_and_says_for_what() -> None:
    on_formation = ug.who_may(Act.APPOINT_WARD_CHAIR, ward(), on=FORMED)
    later = ug.who_may(Act.APPOINT_WARD_CHAIR, ward(), on=D(2025, 10, 1))
    assert "203/2025" in str(on_formation)
    assert "left vacant later is filled by election" in str(later)
    assert "203/2025" not in str(ug.who_may(Act.APPOINT_WARD_CHAIR, ward(), on=D(2026, 2, 1)))


def danang(*vice_chair_starts: dt.date) -> City:
    return City(name="Đà Nẵng", code="48", city="48", officials=(
        leader("Chủ tịch", Post.CHAIR, FORMED),
        *(leader(f"Phó {i}", Post.VICE_CHAIR, s) for i, s in enumerate(vice_chair_starts))))


def test_a_merged_province_keeps_its_surplus_for_five_years() -> None:
    seven = danang(*[FORMED] * 7)        # one above NĐ 300's six for Đà Nẵng
    assert "UG-PROVINCE-VICE-CHAIR-CAP" not in ug.validate(seven, on=D(2025, 12, 1)).codes
    assert "UG-PROVINCE-VICE-CHAIR-CAP" not in ug.validate(seven, on=D(2030, 6, 15)).codes
    assert any(v.code == "UG-PROVINCE-VICE-CHAIR-CAP" and v.severity is ug.Severity.ERROR
               for v in ug.validate(seven, on=D(2030, 6, 16)))


def test_the_surplus_is_kept_not_added() -> None:
    # Six kept from the merger and a seventh taken on later: above the cap.
    added = danang(*[FORMED] * 6, D(2025, 9, 1))
    (v,) = [v for v in ug.validate(added, on=D(2025, 12, 1))
            if v.code == "UG-PROVINCE-VICE-CHAIR-CAP"]
    assert v.severity is ug.Severity.ERROR
    # Seven kept and an eighth added: the eighth is beyond what was kept.
    eight = danang(*[FORMED] * 7, D(2025, 9, 1))
    (v,) = [v for v in ug.validate(eight, on=D(2025, 12, 1))
            if v.code == "UG-PROVINCE-VICE-CHAIR-CAP"]
    assert "54" in str(v.provision)


def test_an_unmerged_province_has_no_surplus() -> None:
    hanoi = City(name="Hà Nội", code="01", city="01", officials=(
        leader("Chủ tịch", Post.CHAIR, FORMED),
        *(leader(f"Phó {i}", Post.VICE_CHAIR, FORMED) for i in range(6))))
    assert any(v.code == "UG-PROVINCE-VICE-CHAIR-CAP" and v.severity is ug.Severity.ERROR
               for v in ug.validate(hanoi, on=D(2025, 12, 1)))


def hanoi_ward(i: int, vice_chairs: int) -> Ward:
    return Ward(name=f"Xã {i}", kind="xa", city="01", officials=(
        leader(f"Chủ {i}", Post.CHAIR, D(2026, 4, 20)),
        *(leader(f"Phó {i}.{j}", Post.VICE_CHAIR, D(2026, 4, 20)) for j in range(vice_chairs))))


def test_a_partial_list_cannot_show_the_province_average() -> None:
    two = City(name="Hà Nội", code="01", city="01",
               communes=(hanoi_ward(0, 3), hanoi_ward(1, 3)))
    report = ug.validate(two, on=D(2026, 6, 1))
    found = [v for v in report if v.code == "UG-COMMUNE-VICE-CHAIR-MEAN"]
    assert [v.severity for v in found] == [ug.Severity.WARNING]
    assert found[0].values["communes"] == 126
    # More than 2.5 × 126 = 315 in the few listed is too many whatever the others hold.
    many = City(name="Hà Nội", code="01", city="01",
                communes=(hanoi_ward(0, 158), hanoi_ward(1, 158)))
    found = [v for v in ug.validate(many, on=D(2026, 6, 1))
             if v.code == "UG-COMMUNE-VICE-CHAIR-MEAN"]
    assert [v.severity for v in found] == [ug.Severity.ERROR]
