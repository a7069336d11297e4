"""Tests that kill surviving mutants of the officials' rules, the offices they compare
(``_rules/officials.py``, ``_rules/_offices.py``) and the staff cap (``_rules/staff.py``).

Each test pins whole findings (code, severity, path, provision, values and message), so
that a mutant changing any of them, or the wording, is caught; each names the mutants
it was written for (``python tools/mutation.py --show NAME`` prints a diff).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import urbangov as ug
from urbangov.regimes import APPOINTING_FACT, regimes
from urbangov.structure import Appointment, Body, City, District, Office, Official, Ward
from urbangov.terms import AppointmentMethod, Authority, Post
from urbangov.time import Period
from urbangov.validation import rule_by_code

D = dt.date
HANOI = D(2024, 1, 1)  # Hà Nội's urban-government pilot (NĐ 32/2021/NĐ-CP)
HCM = D(2022, 7, 1)  # TP Hồ Chí Minh's urban government (NĐ 33/2021/NĐ-CP)
ND33 = "khoản 3 Điều 3 Nghị định 33/2021/NĐ-CP"
#: The message of a vice-chair appointed by someone other than the Chairman of Quận 1.
BEN_NGHE_VICE = ("Lê Văn Phó (Vice-Chairman of the People's Committee, appointed): the "
                 "authority is recorded as {}, but the law in force names the Chairman of "
                 "the People's Committee of {}")


def _findings(unit: Ward, code: str, on: dt.date | None = None) -> list[tuple[Any, ...]]:
    """Each finding of rule *code*, whole: (severity, path, provision, values, message)."""
    return [(v.severity, v.path, str(v.provision), v.values, v.message)
            for v in ug.validate(unit, on=on) if v.code == code]


def _gia_thuy(*officials: Official, **fields: Any) -> Ward:
    return Ward(name="Gia Thụy", code="00130", city="01", council=None,
                officials=officials, **fields)


def _by_district(name: str, post: Post, since: dt.date, end: dt.date | None = None,
                 **fields: Any) -> Official:
    return Official(name, post, Period(since, end),
                    Appointment(Authority.PARENT_CHAIR, "1/QĐ-UBND", since), **fields)


# -- the posts and numbers of a People's Committee (NĐ 32/2021/NĐ-CP, Hà Nội) -----------

def test_a_post_the_ward_committee_lacks_is_named_with_its_vietnamese_title() -> None:
    """UG-POSTS, whole: a Chief of the Office of the Council and Committee is not a post
    of a Hà Nội ward's People's Committee under the pilot; a council post listed before
    it is left to UG-COUNCIL-POST-BODY and does not end the check."""
    council = Official("Đại biểu", Post.COUNCIL_CHAIR, Period(D(2023, 1, 1)))  # not judged
    ward = _gia_thuy(council, Official("Ngô Văn F", Post.OFFICE_CHIEF, Period(D(2023, 1, 1))))
    assert _findings(ward, "UG-POSTS", HANOI) == [(
        ug.Severity.ERROR, "officials[1].post", "Nghị định 32/2021/NĐ-CP",
        {"post": "office_chief"},
        "Ngô Văn F holds the post of Chief of the Office of the People's Council and "
        "Committee (Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân), which a phường "
        "People's Committee does not have on 2024-01-01")]


def test_two_chairs_in_office_are_reported_at_the_second_with_both_named() -> None:
    """UG-ONE-CHAIR, whole: the Vice-Chairman between the two Chairmen is not counted."""
    ward = _gia_thuy(_by_district("A", Post.CHAIR, D(2023, 1, 1)),
                     _by_district("B", Post.VICE_CHAIR, D(2023, 1, 1)),
                     _by_district("C", Post.CHAIR, D(2023, 2, 1)))
    assert _findings(ward, "UG-ONE-CHAIR", HANOI) == [(
        ug.Severity.ERROR, "officials[2]", "Nghị định 32/2021/NĐ-CP", {"chairs": ["A", "C"]},
        "2 Chairmen in office on 2024-01-01: A, C")]


def test_one_chair_and_one_who_has_left_are_lawful() -> None:
    ward = _gia_thuy(_by_district("A", Post.CHAIR, D(2021, 1, 1), D(2023, 1, 1)),
                     _by_district("C", Post.CHAIR, D(2023, 1, 1)))
    assert _findings(ward, "UG-ONE-CHAIR", HANOI) == []


def test_vice_chairs_past_the_cap_of_the_class_are_an_error_on_the_officials() -> None:
    """UG-VICE-CHAIR-CAP, whole: a class-II ward may have two Vice-Chairmen."""
    vices = [_by_district(f"P{i}", Post.VICE_CHAIR, D(2023, 1, 1)) for i in range(3)]
    assert _findings(_gia_thuy(*vices, unit_class="II"), "UG-VICE-CHAIR-CAP", HANOI) == [(
        ug.Severity.ERROR, "officials", "Nghị định 32/2021/NĐ-CP",
        {"vice_chairs": 3, "cap": 2, "unit_class": "II"},
        "3 Vice-Chairmen in office on 2024-01-01; a phường of class II may have at most 2")]
    assert _findings(_gia_thuy(*vices[:2], unit_class="II"), "UG-VICE-CHAIR-CAP",
                     HANOI) == []


def test_vice_chairs_lawful_for_some_classes_only_are_a_warning_about_the_class() -> None:
    """UG-VICE-CHAIR-CAP, whole: two Vice-Chairmen are lawful for a class-I or II ward,
    not for a class-III one, and the class is not recorded."""
    vices = [_by_district(f"P{i}", Post.VICE_CHAIR, D(2023, 1, 1)) for i in range(2)]
    assert _findings(_gia_thuy(*vices), "UG-VICE-CHAIR-CAP", HANOI) == [(
        ug.Severity.WARNING, "unit_class", "Nghị định 32/2021/NĐ-CP",
        {"vice_chairs": 2, "cap": 2, "unit_class": "unknown"},
        "2 Vice-Chairmen is lawful only for some classes of phường, and the class is not "
        "recorded (checked against the largest cap, 2)")]
    assert _findings(_gia_thuy(*vices[:1]), "UG-VICE-CHAIR-CAP", HANOI) == []


def test_a_recorded_class_the_caps_leave_out_is_named_not_called_unrecorded() -> None:
    """UG-VICE-CHAIR-CAP: NQ 119/2020 caps Đà Nẵng's quận of class I and II only; a quận
    recorded as class III with three Vice-Chairmen is warned that the law sets no cap for
    its class, not that its class is not recorded."""
    vices = tuple(Official(f"Phó {i}", Post.VICE_CHAIR, Period(D(2021, 7, 1)))
                  for i in range(3))
    district = ug.District.draft(name="Cẩm Lệ", code="495", city="48", unit_class="III",
                                 as_of="2022-07-01", officials=vices)
    found = [v for v in ug.validate(district) if v.code == "UG-VICE-CHAIR-CAP"]
    assert [(v.severity, v.message) for v in found] == [(
        ug.Severity.WARNING, "3 Vice-Chairmen is lawful only for some classes of quận, and "
        "the law in force sets no cap for class III (checked against the largest cap, 3)")]


@pytest.mark.parametrize("count", [5, 6])
def test_hanoi_is_of_special_class_without_its_class_recorded(count: int) -> None:
    """Hà Nội is of special class (Luật 77/2015/QH13 Điều 3 k.3), whose People's
    Committee may have five Vice-Chairmen (NĐ 08/2016/NĐ-CP Điều 7): five are lawful with
    the class unrecorded (no warning that it depends on the class), six are not."""
    vices = tuple(Official(f"Phó {i}", Post.VICE_CHAIR, Period(D(2021, 7, 1)),
                           Appointment(Authority.OWN_COUNCIL, "1/NQ-HĐND", D(2021, 7, 1)))
                  for i in range(count))
    city = City.draft(name="Hà Nội", code="01", city="01", as_of=HANOI, officials=vices)
    assert _findings(city, "UG-VICE-CHAIR-CAP") == ([] if count == 5 else [(
        ug.Severity.ERROR, "officials", "Điều 7 Nghị định 08/2016/NĐ-CP",
        {"vice_chairs": 6, "cap": 5, "unit_class": "unknown"},
        "6 Vice-Chairmen in office on 2024-01-01; a thành phố trực thuộc trung ương of class "
        "not recorded may have at most 5")])


def test_a_civil_servant_on_the_wrong_payroll_is_named_with_both_levels() -> None:
    """UG-PAYROLL, whole: the pilot puts ward civil servants on the district's quota."""
    ward = _gia_thuy(Official("D", Post.TU_PHAP_HO_TICH, Period(D(2023, 1, 1)),
                              payroll="commune"),
                     Official("E", Post.VAN_HOA_XA_HOI, Period(D(2023, 1, 1)),
                              payroll="district"),
                     Official("F", Post.DIA_CHINH_XAY_DUNG, Period(D(2023, 1, 1))))
    assert _findings(ward, "UG-PAYROLL", HANOI) == [(
        ug.Severity.ERROR, "officials[0].payroll", "Nghị định 32/2021/NĐ-CP",
        {"payroll": "commune"}, "D is recorded on the commune level payroll; the law in "
        "force puts phường staff on the district level quota")]


def test_each_rule_cites_the_provision_of_the_wards_own_regime() -> None:
    """In TP Hồ Chí Minh in 2022 each rule cites NĐ 33/2021/NĐ-CP, the provision of the
    fact it judges, not the rule's principal provision of the day (NĐ 32/2021/NĐ-CP, Hà
    Nội's, which the engine falls back to for a finding without its own): kills the
    mutants that drop ``cited.provision`` from a finding."""
    def by_district(name: str, post: Post, since: dt.date,
                    end: dt.date | None = None) -> Official:
        return Official(name, post, Period(since, end),
                        Appointment(Authority.PARENT_CHAIR, "1/QĐ-UBND", since))

    officials = (by_district("A", Post.CHAIR, D(2010, 1, 1)),
                 by_district("C", Post.CHAIR, D(2021, 1, 1), D(2026, 12, 31)),
                 *(by_district(f"P{i}", Post.VICE_CHAIR, D(2022, 1, 1)) for i in range(3)),
                 Official("F", Post.OFFICE_CHIEF, Period(D(2022, 1, 1))),
                 Official("D", Post.TU_PHAP_HO_TICH, Period(D(2022, 1, 1)), payroll="commune"))
    ward = Ward(name="Bến Nghé", code="26740", city="79", council=None, unit_class="II",
                officials=officials)
    nd33 = "Nghị định 33/2021/NĐ-CP"
    assert [(v.code, v.path, str(v.provision)) for v in ug.validate(ward, on=HCM)] == [
        ("UG-POSTS", "officials[5].post", f"khoản 2 Điều 18 {nd33}"),
        ("UG-ONE-CHAIR", "officials[1]", f"khoản 2 Điều 18 {nd33}"),
        ("UG-VICE-CHAIR-CAP", "officials", nd33),
        ("UG-TERM", "officials[1].tenure", f"Điều 32 {nd33}"),
        ("UG-CHAIR-TENURE", "officials[0].tenure", f"Điều 32 {nd33}"),
        ("UG-PAYROLL", "officials[6].payroll", f"khoản 1 Điều 3 {nd33}")]
    unclassed = Ward(name="Bến Nghé", code="26740", city="79", council=None,
                     officials=officials[2:4])
    assert [(v.code, v.path, str(v.provision)) for v in ug.validate(unclassed, on=HCM)] == [
        ("UG-VICE-CHAIR-CAP", "unit_class", nd33)]


# -- terms and tenure ----------------------------------------------------------------------

def test_an_appointment_past_five_years_from_its_effective_day_is_reported() -> None:
    """UG-TERM, whole: the five years run from the appointment's effective day (not the
    tenure's start), and the last lawful day is the day before the limit."""
    vice = Official("E", Post.VICE_CHAIR, Period(D(2021, 7, 1), D(2026, 12, 31)),
                    Appointment(Authority.PARENT_CHAIR, "1/QĐ-UBND", D(2021, 8, 1)))
    assert _findings(_gia_thuy(vice), "UG-TERM", HANOI) == [(
        ug.Severity.ERROR, "officials[0].tenure", "Nghị định 32/2021/NĐ-CP",
        {"end": D(2026, 12, 31), "limit": D(2026, 8, 1)},
        "E's appointment runs to 2026-12-30, past the 5-year term ending 2026-07-31")]


@pytest.mark.parametrize(("end", "found"), [(D(2026, 8, 1), False), (D(2026, 8, 2), True)])
def test_an_appointment_of_exactly_five_years_is_lawful(end: dt.date, found: bool) -> None:
    vice = Official("E", Post.VICE_CHAIR, Period(D(2021, 8, 1), end),
                    Appointment(Authority.PARENT_CHAIR, "1/QĐ-UBND", D(2021, 8, 1)))
    assert bool(_findings(_gia_thuy(vice), "UG-TERM", HANOI)) is found


def test_an_appointment_without_its_effective_day_runs_from_the_tenures_start() -> None:
    """UG-TERM: with no effective day recorded, the five years run from the start of the
    tenure (``officials.x_term_end__mutmut_3``, ``_4``)."""
    vice = Official("E", Post.VICE_CHAIR, Period(D(2021, 8, 1), D(2026, 8, 2)),
                    Appointment(Authority.PARENT_CHAIR, "1/QĐ-UBND"))
    assert [values for _s, _p, _pr, values, _m in _findings(
        _gia_thuy(vice), "UG-TERM", HANOI)] == [{"end": D(2026, 8, 2),
                                                 "limit": D(2026, 8, 1)}]


def test_an_acting_leader_or_an_open_tenure_has_no_term_to_exceed() -> None:
    long = Period(D(2021, 8, 1), D(2030, 1, 1))
    acting = Official("E", Post.CHAIR, long, Appointment(Authority.PARENT_CHAIR, "1/QĐ"),
                      acting=True)
    open_ = _by_district("F", Post.VICE_CHAIR, D(2021, 8, 1))
    clerk = Official("G", Post.TU_PHAP_HO_TICH, long)
    assert _findings(_gia_thuy(acting, open_, clerk), "UG-TERM", HANOI) == []


def test_a_chair_reappointed_without_a_gap_has_chaired_since_the_first_day() -> None:
    """UG-CHAIR-TENURE, whole: two records of one person in the Chair, the second
    starting the day the first ends, are one run of twelve years."""
    ward = _gia_thuy(_by_district("G", Post.CHAIR, D(2012, 1, 1), D(2016, 1, 1)),
                     _by_district("G", Post.CHAIR, D(2016, 1, 1)))
    assert _findings(ward, "UG-CHAIR-TENURE", HANOI) == [(
        ug.Severity.ERROR, "officials[1].tenure", "Nghị định 32/2021/NĐ-CP",
        {"years": 12.0, "since": D(2012, 1, 1)},
        "G has chaired Phường Gia Thụy for 12.0 consecutive years by 2024-01-01 (since "
        "2012-01-01), more than 10")]


@pytest.mark.parametrize(("on", "found"), [
    (D(2023, 12, 31), []),  # ten years to the day, the structure's day counted: lawful
    (D(2024, 1, 1), [({"years": 10.0, "since": D(2014, 1, 1)}, "10.0")]),
    (D(2024, 3, 15), [({"years": 12.21, "since": D(2012, 1, 1)}, "12.2")])])
def test_ten_years_in_the_chair_are_lawful_and_a_day_more_is_not(
        on: dt.date, found: list[tuple[dict[str, Any], str]]) -> None:
    """UG-CHAIR-TENURE at its boundary (the structure's day counts as a day in the chair)
    and the years shown to two places in the values, one in the message."""
    since = D(2012, 1, 1) if on.month == 3 else D(2014, 1, 1)
    ward = _gia_thuy(_by_district("G", Post.CHAIR, since))
    assert _findings(ward, "UG-CHAIR-TENURE", on) == [(
        ug.Severity.ERROR, "officials[0].tenure", "Nghị định 32/2021/NĐ-CP", values,
        f"G has chaired Phường Gia Thụy for {shown} consecutive years by {on} (since "
        f"{since}), more than 10") for values, shown in found]


def test_another_persons_years_in_the_chair_do_not_count() -> None:
    """UG-CHAIR-TENURE counts one person's records only: a Chair who took over the day
    his predecessor left has six years, not fourteen
    (``officials.x_consecutive_start__mutmut_7``)."""
    ward = _gia_thuy(_by_district("A", Post.CHAIR, D(2010, 1, 1), D(2018, 1, 1)),
                     _by_district("B", Post.CHAIR, D(2018, 1, 1)))
    assert _findings(ward, "UG-CHAIR-TENURE", HANOI) == []


def test_only_chairs_years_are_counted() -> None:
    """UG-CHAIR-TENURE limits the Chair's consecutive years: a Vice-Chairman of fourteen
    years and an acting Chair of as many are not counted
    (``officials.x_chair_tenure__mutmut_13`` counted the Vice-Chairman)."""
    ward = _gia_thuy(_by_district("Phó", Post.VICE_CHAIR, D(2010, 1, 1)),
                     _by_district("Quyền", Post.CHAIR, D(2010, 1, 1), acting=True))
    assert _findings(ward, "UG-CHAIR-TENURE", HANOI) == []


def test_no_limit_stated_no_count() -> None:
    """The ordinary law of 2022 states no limit of consecutive years for a commune Chair:
    nothing is counted."""
    commune = Ward.draft(name="Xuân Thái", kind="xa", as_of=HCM, council=None, officials=(
        _by_district("A", Post.CHAIR, D(2005, 1, 1)),))
    assert _findings(commune, "UG-CHAIR-TENURE") == []


def test_a_gap_of_a_day_starts_a_new_run() -> None:
    ward = _gia_thuy(_by_district("G", Post.CHAIR, D(2012, 1, 1), D(2015, 12, 31)),
                     _by_district("G", Post.CHAIR, D(2016, 1, 1)))
    assert _findings(ward, "UG-CHAIR-TENURE", HANOI) == []


# -- the staff cap (NĐ 169/2024/NĐ-CP, Hà Nội) ----------------------------------------------

def test_a_ward_staff_past_the_cap_is_reported_whole() -> None:
    """UG-STAFF-CAP, whole: ten people in a Hà Nội ward's People's Committee in 2025, one
    holding two posts, the police chief and a council post not counted."""
    since = Period(D(2023, 1, 1))
    staff = [Official(f"Công chức {i}", Post.VAN_PHONG_THONG_KE, since) for i in range(10)]
    extra = [Official("Công chức 0", Post.TU_PHAP_HO_TICH, since),
             Official("Công an", Post.POLICE_CHIEF, since),
             Official("Đại biểu", Post.COUNCIL_CHAIR, since)]
    ward = Ward(name="Phúc Xá", city="01", officials=(*staff, *extra))
    (found,) = _findings(ward, "UG-STAFF-CAP", D(2025, 3, 1))
    assert found[:2] == (ug.Severity.ERROR, "officials")
    assert "169/2024" in found[2]
    assert found[3:] == ({"staff": 10, "cap": 9}, "10 civil servants in the People's "
                         "Committee of Phường Phúc Xá on 2025-03-01, its Chairman and "
                         "Vice-Chairmen included; at most 9 are allowed")
    assert _findings(Ward(name="Phúc Xá", city="01", officials=(*staff[:9], *extra)),
                     "UG-STAFF-CAP", D(2025, 3, 1)) == []


# -- who appointed them: offices compared on the day (NĐ 33/2021/NĐ-CP, TP Hồ Chí Minh) ---

def _ben_nghe(by: Authority | Office, *, post: Post = Post.VICE_CHAIR, acting: bool = False,
              **fields: Any) -> Ward:
    """A leader of a TP Hồ Chí Minh ward in 2022, whom the Chairman of its quận appoints."""
    leader = Official("Lê Văn Phó", post, Period(D(2022, 1, 1)),
                      Appointment(by, "12/QĐ-UBND"), acting=acting)
    fields.setdefault("name", "Bến Nghé")
    return Ward.draft(**fields, city=fields.pop("city", "79"), as_of=HCM, council=None,
                      officials=(leader,))


@pytest.mark.parametrize(("office", "by", "recorded"), [
    (Office("Thủ Đức", post=Post.CHAIR), {"unit": "Thủ Đức", "post": "chair"},
     "the Chairman of the People's Committee of Thành phố Thủ Đức [769]"),
    (Office("769", body=Body.PEOPLES_COUNCIL), {"unit": "769", "body": "peoples_council"},
     "the People's Council of Thành phố Thủ Đức [769]")])
def test_a_named_office_of_another_district_is_shown_as_its_table(
        office: Office, by: dict[str, str], recorded: str) -> None:
    """UG-APPOINTED-BY, whole: the office is shown in the values as a structure file
    writes it, every member a plain string (``officials.x__shown__mutmut_1``, moved to
    ``_offices.shown``: the enum itself in place of its value)."""
    (found,) = _findings(_ben_nghe(office, code="26740"), "UG-APPOINTED-BY")
    assert found == (ug.Severity.ERROR, "officials[0].appointment.by", ND33,
                     {"by": by, "acting": False, "recorded_unit": "769",
                      "expected_unit": "760"},
                     BEN_NGHE_VICE.format(recorded, "Quận 1 [760]"))
    assert all(type(v) is str for v in found[3]["by"].values())


@pytest.mark.parametrize(("by", "recorded", "unit"), [
    (Authority.OWN_COUNCIL, "“elected by the unit's own People's Council” (the People's "
     "Council of Phường Bến Nghé [26740])", "26740"),
    (Authority.PRIME_MINISTER, "“Prime Minister” (the Prime Minister)", None),
    (Authority.GOVERNMENT, "“Government” (the Government)", None),
    (Office(post=Post.POLICE_CHIEF), "the police chief of Phường Bến Nghé [26740]",
     "26740"),
    (Office(post=Post.VICE_CHAIR),
     "the Vice-Chairman of the People's Committee of Phường Bến Nghé [26740]", "26740")])
def test_a_wrong_authority_is_described_as_the_office_it_denotes(
        by: Authority | Office, recorded: str, unit: str | None) -> None:
    """UG-APPOINTED-BY, whole, for each kind of seat: the ward's own council, the Prime
    Minister, the Government (``xǁSeatǁdescribe__mutmut_4``…``_6``, ``_10``…``_12``),
    another post of the ward's own committee (``"post:<slug>"``) and its Vice-Chairman."""
    shown = by.value if isinstance(by, Authority) else {"post": by.post and by.post.value}
    (found,) = _findings(_ben_nghe(by, code="26740"), "UG-APPOINTED-BY")
    assert found == (ug.Severity.ERROR, "officials[0].appointment.by", ND33,
                     {"by": shown, "acting": False, "recorded_unit": unit,
                      "expected_unit": "760"},
                     BEN_NGHE_VICE.format(recorded, "Quận 1 [760]"))


def test_a_former_official_is_judged_if_appointed_under_the_regime_in_force() -> None:
    """A Vice-Chairman who left before Hà Nội's pilot (from 2021-07-01), elected by the
    ward's council as the law then had it, is not judged by the pilot; one appointed
    under the pilot who has since left is (NĐ 32/2021/NĐ-CP: the quận's Chairman)."""
    def vice(name: str, since: dt.date, end: dt.date) -> Official:
        return Official(name, Post.VICE_CHAIR, Period(since, end),
                        Appointment(Authority.OWN_COUNCIL, "1/NQ-HĐND", since))

    ward = _gia_thuy(vice("Cũ", D(2019, 1, 1), D(2021, 6, 30)),
                     vice("Đã nghỉ", D(2021, 8, 1), D(2023, 1, 1)))
    assert _findings(ward, "UG-APPOINTED-BY", HANOI) == [(
        ug.Severity.ERROR, "officials[1].appointment.by", "Nghị định 32/2021/NĐ-CP",
        {"by": "own_council", "acting": False, "recorded_unit": "00130",
         "expected_unit": "004"},
        "Đã nghỉ (Vice-Chairman of the People's Committee, appointed): the authority is "
        "recorded as “elected by the unit's own People's Council” (the People's Council of "
        "Phường Gia Thụy [00130]), but the law in force names the Chairman of the People's "
        "Committee of Quận Long Biên [004]")]


def test_an_acting_chair_is_judged_by_who_assigns_one() -> None:
    """UG-APPOINTED-BY, whole: the acting Chairman's finding cites the assigning fact
    (NĐ 33/2021/NĐ-CP) and says ``acting``."""
    ward = _ben_nghe(Authority.OWN_COUNCIL, post=Post.CHAIR, acting=True, code="26740")
    assert _findings(ward, "UG-APPOINTED-BY") == [(
        ug.Severity.ERROR, "officials[0].appointment.by", "Nghị định 33/2021/NĐ-CP",
        {"by": "own_council", "acting": True, "recorded_unit": "26740",
         "expected_unit": "760"},
        "Lê Văn Phó (Chairman of the People's Committee, appointed): the authority is "
        "recorded as “elected by the unit's own People's Council” (the People's Council of "
        "Phường Bến Nghé [26740]), but the law in force names the Chairman of the People's "
        "Committee of Quận 1 [760]")]


def test_a_ward_without_a_code_is_named_without_one_and_its_district_by_level() -> None:
    """A ward recorded without its GSO code, whose name the bundled units cannot place in
    its city: its own seat is described with no code (``xǁSeatǁdescribe__mutmut_28``,
    ``_29``), and the district above it, unknown, only by its level."""
    ward = _ben_nghe(Office(post=Post.CHAIR), name="Bến Thành Tây")
    assert _findings(ward, "UG-APPOINTED-BY") == [(
        ug.Severity.ERROR, "officials[0].appointment.by", ND33,
        {"by": {"post": "chair"}, "acting": False, "recorded_unit": None,
         "expected_unit": None},
        BEN_NGHE_VICE.format("the Chairman of the People's Committee of Phường Bến Thành Tây",
                             "the district above"))]


def test_a_ward_without_a_code_is_placed_by_its_name_in_its_city() -> None:
    """A ward recorded by name and city only (Phường Bến Thành, HCMC, 2022) lies in a
    district the address skips: the district above it is found (Quận 1 [760])."""
    ward = _ben_nghe(Office(post=Post.CHAIR), name="Bến Thành")
    assert _findings(ward, "UG-APPOINTED-BY") == [(
        ug.Severity.ERROR, "officials[0].appointment.by", ND33,
        {"by": {"post": "chair"}, "acting": False, "recorded_unit": None,
         "expected_unit": "760"},
        BEN_NGHE_VICE.format("the Chairman of the People's Committee of Phường Bến Thành",
                             "Quận 1 [760]"))]


def test_the_district_above_a_ward_without_a_code_is_that_of_its_day() -> None:
    """Phường Bến Thành lay in Quận 1 in 2022, so a Chairman of Quận 3 is refused:
    ``_offices.x__above__mutmut_13`` looked the ward's name up today instead (after the
    2025 reform a Phường Bến Thành sits directly in the city)."""
    assert _findings(_ben_nghe(Office("Quận 3", post=Post.CHAIR), name="Bến Thành"),
                     "UG-APPOINTED-BY") == [(
        ug.Severity.ERROR, "officials[0].appointment.by", ND33,
        {"by": {"unit": "Quận 3", "post": "chair"}, "acting": False, "recorded_unit": "770",
         "expected_unit": "760"},
        BEN_NGHE_VICE.format("the Chairman of the People's Committee of Quận 3 [770]",
                             "Quận 1 [760]"))]


def test_a_ward_without_a_code_is_found_by_its_name_in_its_city() -> None:
    """The unit above a ward recorded without its code is found by its name in its city
    when the bundled units place that uniquely: the Thạnh An of TP Hồ Chí Minh sits in
    Huyện Cần Giờ [787] (``_offices.x__above__mutmut_10``…``_12``: the name not looked
    up, so any district's Chairman agreed)."""
    ward = _ben_nghe(Office("Quận 1", post=Post.CHAIR), name="Thạnh An")
    assert _findings(ward, "UG-APPOINTED-BY") == [(
        ug.Severity.ERROR, "officials[0].appointment.by", ND33,
        {"by": {"unit": "Quận 1", "post": "chair"}, "acting": False, "recorded_unit": "760",
         "expected_unit": "787"},
        BEN_NGHE_VICE.format("the Chairman of the People's Committee of Quận 1 [760]",
                             "Huyện Cần Giờ [787]"))]


_NOT_PLACED = ("Lê Văn Phó (Vice-Chairman of the People's Committee): the appointing unit "
               "cannot be placed on {}: ")


def test_a_district_named_by_a_name_ambiguous_elsewhere_is_found_in_the_city() -> None:
    """"Long Biên" names a quận and a phường of Hà Nội; within the city, a unit directly
    in it, the quận [004], whose Chairman appoints Gia Thụy's leaders: lawful."""
    vice = Official("Lê Văn Phó", Post.VICE_CHAIR, Period(D(2023, 1, 1)),
                    Appointment(Office("Long Biên", post=Post.CHAIR), "2/QĐ-UBND"))
    assert _findings(_gia_thuy(vice), "UG-APPOINTED-BY", HANOI) == []


def test_a_named_unit_found_nowhere_is_a_warning_quoting_the_name() -> None:
    """A name the bundled units know neither in the city nor anywhere: the warning quotes
    the name as written (the lookup anywhere), not the address within the city."""
    ((severity, _path, provision, values, message),) = _findings(
        _ben_nghe(Office("Phường Không Có", post=Post.CHAIR), code="26740"),
        "UG-APPOINTED-BY")
    assert (severity, provision, values) == (
        ug.Severity.WARNING, ND33, {"by": {"unit": "Phường Không Có", "post": "chair"}})
    assert message.startswith(_NOT_PLACED.format("2022-07-01")
                              + "no unit matches 'Phường Không Có';")


def test_a_named_unit_no_data_places_is_a_warning_even_without_a_city() -> None:
    """An appointing unit the bundled units do not know is a warning; in a structure with
    no city it is looked up anywhere (``_offices.x__named__mutmut_17`` failed there)."""
    leader = Official("Lê Văn Phó", Post.VICE_CHAIR, Period(D(2022, 1, 1)),
                      Appointment(Office("Phường Không Có", post=Post.CHAIR), "12/QĐ-UBND"))
    commune = Ward.draft(name="Xuân Thái", kind="xa", as_of=HCM, council=None,
                         officials=(leader,))
    ((severity, path, provision, values, message),) = _findings(commune, "UG-APPOINTED-BY")
    assert (severity, path, provision, values) == (
        ug.Severity.WARNING, "officials[0].appointment.by", "Luật 77/2015/QH13",
        {"by": {"unit": "Phường Không Có", "post": "chair"}})
    assert message.startswith(_NOT_PLACED.format("2022-07-01")
                              + "no unit matches 'Phường Không Có'")


def test_a_named_unit_of_another_city_that_no_longer_exists_is_an_error() -> None:
    """A TP Hồ Chí Minh ward's Vice-Chairman appointed in 2025 by the Chairman of Quận Long
    Biên [004] of Hà Nội, which ended with the district level: not found in the city, it
    is looked up anywhere and found gone, an error (``_offices.x__named__mutmut_17`` kept
    the first answer, "no unit matches", a warning)."""
    leader = Official("Lê Văn Phó", Post.VICE_CHAIR, Period(D(2025, 8, 1)),
                      Appointment(Office("004", post=Post.CHAIR), "12/QĐ-UBND"))
    ward = Ward.draft(name="Sài Gòn", code="26740", city="79", as_of=D(2025, 9, 1),
                      officials=(leader,))
    assert _findings(ward, "UG-APPOINTED-BY") == [(
        ug.Severity.ERROR, "officials[0].appointment.by", "khoản 2 Điều 36 Luật 72/2025/QH15",
        {"by": {"unit": "004", "post": "chair"}},
        _NOT_PLACED.format("2025-09-01") + "Quận Long Biên [004] did not exist on "
        "2025-09-01: it ceased on 2025-07-01 (khoản 2 Điều 2 Nghị quyết 203/2025/QH15); the "
        "district level ended on 2025-07-01")]


# -- designation of the new units' leaders (NQ 203/2025/QH15 Điều 2 k.3) -------------------

def _designated(name: str, post: Post, start: dt.date, end: dt.date | None = None, *,
                effective: dt.date | None = None) -> Official:
    return Official(name, post, Period(start, end),
                    Appointment(Authority.CITY_COUNCIL_STANDING, "1/NQ",
                                effective or start, AppointmentMethod.APPOINTED))


def _ba_dinh(*officials: Official) -> Ward:
    """A Hà Nội ward formed on 2025-07-01, judged on 2025-11-01."""
    return Ward(name="Ba Đình", kind="phuong", code="00004", city="01", officials=officials)


@pytest.mark.parametrize(("effective", "lawful"), [(D(2025, 7, 1), True),
                                                    (D(2025, 6, 30), False)])
def test_a_designation_is_judged_on_the_day_it_takes_effect(effective: dt.date,
                                                             lawful: bool) -> None:
    """A Chair whose tenure is recorded from the eve of the ward's formation, designated
    by the city council's Standing Committee with effect from 2025-07-01: lawful, judged
    on the appointment's effective day, not the tenure's start
    (``officials.x__designators__mutmut_2``, ``_4``); with effect from the eve, before
    the ward was formed, not."""
    chair = _designated("Chủ", Post.CHAIR, D(2025, 6, 30), effective=effective)
    found = _findings(_ba_dinh(chair), "UG-APPOINTED-BY", D(2025, 11, 1))
    assert [(path, provision) for _s, path, provision, _v, _m in found] == (
        [] if lawful else [("officials[0].appointment.by",
                            "khoản 2 Điều 36 Luật 72/2025/QH15")])


def test_a_vacancy_is_only_of_the_same_post() -> None:
    """The ward's first Chair, designated after a Vice-Chairman designated on formation
    has left, fills no vacancy of the Chair's post: lawful designation
    (``officials.x_fills_vacancy__mutmut_4`` counted anyone who had left)."""
    vice = _designated("Phó", Post.VICE_CHAIR, D(2025, 7, 1), D(2025, 9, 1))
    chair = _designated("Chủ", Post.CHAIR, D(2025, 9, 15))
    assert _findings(_ba_dinh(vice, chair), "UG-APPOINTED-BY", D(2025, 11, 1)) == []


FORMED = D(2025, 7, 1)  # the two-tier units formed (Luật 72/2025/QH15)


def _official(name: str, post: Post, by: Authority | Office | None, start: dt.date = FORMED,
              method: AppointmentMethod = AppointmentMethod.APPOINTED, *,
              acting: bool = False) -> Official:
    appointment = None if by is None else Appointment(by, "1/NQ", start, method)
    return Official(name, post, Period(start), appointment, acting=acting)


def test_each_leader_is_judged_whatever_comes_before() -> None:
    """Officials the rule passes over come first: a civil servant (no appointing fact),
    a Vice-Chairman whose appointment is not recorded, a Chair designated on formation
    (lawful by designation), a Vice-Chairman elected by the ward's council (the law's
    own name), one elected by its council named as an office (the same seat), one
    appointed by a unit no data places (a warning); the wrongly appointed Vice-Chairman
    after them is still reported (``officials.x_appointed_by__mutmut_9``, ``_12``,
    ``_26``, ``_39``, ``_77``, ``_90``)."""
    ward = _ba_dinh(
        _official("Văn phòng", Post.VAN_PHONG_THONG_KE, Authority.OWN_CHAIR),
        _official("Không rõ", Post.VICE_CHAIR, None),
        _official("Chủ", Post.CHAIR, Authority.CITY_COUNCIL_STANDING),
        _official("Phó bầu", Post.VICE_CHAIR, Authority.OWN_COUNCIL, D(2025, 8, 1),
                  AppointmentMethod.ELECTED),
        _official("Phó hai", Post.VICE_CHAIR, Office(body=Body.PEOPLES_COUNCIL),
                  D(2025, 8, 1), AppointmentMethod.ELECTED),
        _official("Phó ba", Post.VICE_CHAIR, Office("Phường Không Có", post=Post.CHAIR),
                  D(2025, 8, 1)),
        _official("Phó sai", Post.VICE_CHAIR, Authority.CITY_CHAIR, D(2025, 8, 1)))
    assert [(severity, path, values) for severity, path, _p, values, _m in _findings(
        ward, "UG-APPOINTED-BY", D(2025, 11, 1))] == [
        (ug.Severity.WARNING, "officials[5].appointment.by",
         {"by": {"unit": "Phường Không Có", "post": "chair"}}),
        (ug.Severity.ERROR, "officials[6].appointment.by",
         {"by": "city_chair", "acting": False, "recorded_unit": "01",
          "expected_unit": "00004"})]


@pytest.mark.parametrize(("by", "lawful"), [(Authority.CITY_CHAIR, True),
                                            (Authority.CITY_COUNCIL_STANDING, False)])
def test_an_acting_chair_is_assigned_not_designated(by: Authority, lawful: bool) -> None:
    """An acting Chair is assigned by the city's Chairman (Luật 72/2025/QH15 Điều 42); the
    designation of 2025 by the city council's Standing Committee staffs the posts, not
    an acting one (``officials.x_appointed_by__mutmut_30`` let it designate him)."""
    ward = _ba_dinh(_official("Quyền", Post.CHAIR, by, acting=True))
    assert [(path, provision) for _s, path, provision, _v, _m in _findings(
        ward, "UG-APPOINTED-BY", D(2025, 11, 1))] == (
        [] if lawful else [("officials[0].appointment.by", "Điều 42 Luật 72/2025/QH15")])


def test_an_acting_chair_no_law_assigns_is_passed_over_not_the_rest() -> None:
    """The ordinary law of 2022 states no one who assigns an acting commune Chair: he is
    not judged, and the Vice-Chairman after him still is (the council elects him, Luật
    77/2015/QH13; ``officials.x_appointed_by__mutmut_24`` stopped at the acting Chair)."""
    commune = Ward.draft(name="Xuân Thái", kind="xa", as_of=HCM, council=None, officials=(
        _official("Quyền", Post.CHAIR, Authority.PARENT_CHAIR, D(2022, 1, 1), acting=True),
        _official("Phó", Post.VICE_CHAIR, Authority.PARENT_CHAIR, D(2022, 1, 1))))
    assert [(path, provision) for _s, path, provision, _v, _m in _findings(
        commune, "UG-APPOINTED-BY")] == [("officials[1].appointment.by", "Luật 77/2015/QH13")]


# -- "parent_chair" recorded: the Chairman of the unit above, whatever the unit -------------

def _chair(by: Authority, since: dt.date, *, acting: bool = False) -> Official:
    return Official("Trần Chủ Tịch", Post.CHAIR, Period(since), Appointment(by, "7/QĐ-UBND"),
                    acting=acting)


_CHAIR_BY = ("Trần Chủ Tịch (Chairman of the People's Committee, appointed): the authority "
             "is recorded as “Chairman of the People's Committee of the unit above” (the "
             "Chairman of the People's Committee of {}), but the law in force names {}")


def test_above_a_district_is_its_city_even_when_the_units_do_not_know_the_district() -> None:
    """A quận of TP Hồ Chí Minh the bundled units do not know (created after them, say):
    the unit above it is still the city, whose Chairman the law names (NĐ 33/2021/NĐ-CP
    Điều 3 k.2); ``_offices.x__parent__mutmut_1``, ``_2`` looked the quận up in the units
    instead, found nothing and took an unknown district."""
    quan = District.draft(name="Mới", kind="quan", city="79", as_of=D(2023, 1, 1),
                          council=None, officials=(_chair(Authority.PARENT_CHAIR,
                                                          D(2022, 3, 1)),))
    assert _findings(quan, "UG-APPOINTED-BY") == []


def test_a_quan_chair_is_appointed_by_the_city_chair_named_with_the_city() -> None:
    """A quận's Chairman recorded as appointed by its own Chairman: the law names the
    city's Chairman (NĐ 33/2021/NĐ-CP Điều 3 k.2), named with the city's name and code."""
    quan = District.draft(name="Mới", kind="quan", city="79", as_of=D(2023, 1, 1),
                          council=None, officials=(_chair(Authority.OWN_CHAIR,
                                                          D(2022, 3, 1)),))
    assert _findings(quan, "UG-APPOINTED-BY") == [(
        ug.Severity.ERROR, "officials[0].appointment.by",
        "khoản 2 Điều 3 Nghị định 33/2021/NĐ-CP",
        {"by": "own_chair", "acting": False, "recorded_unit": None, "expected_unit": "79"},
        "Trần Chủ Tịch (Chairman of the People's Committee, appointed): the authority is "
        "recorded as “Chairman of the unit's own People's Committee” (the Chairman of the "
        "People's Committee of Quận Mới), but the law in force names the Chairman of the "
        "People's Committee of Thành phố Hồ Chí Minh [79]")]


@pytest.mark.parametrize("day", [D(2025, 7, 1), D(2025, 9, 1)])
def test_above_a_ward_from_the_two_tier_day_is_its_city(day: dt.date) -> None:
    """From 2025-07-01 (Luật 72/2025/QH15) a ward sits directly in its city, whose Chairman
    assigns an acting ward Chairman: "parent_chair" is that office, from the first day,
    for a ward the bundled units do not know (``_offices.x__parent__mutmut_5``, ``_6``)."""
    ward = Ward.draft(name="Mới", city="79", as_of=day,
                      officials=(_chair(Authority.PARENT_CHAIR, day, acting=True),))
    assert _findings(ward, "UG-APPOINTED-BY") == []


def test_above_a_province_is_the_level_above_it() -> None:
    """A city's Chairman recorded as appointed by "parent_chair": no unit of the bundled
    units is above a province, so the finding names the level above it and no unit
    (``_offices.x__parent__mutmut_5``, ``_14``…``_16``); the city's council elects him
    (Luật 72/2025/QH15 Điều 36 k.2)."""
    city = City.draft(name="Hồ Chí Minh", code="79", as_of=D(2025, 9, 1),
                      officials=(_chair(Authority.PARENT_CHAIR, D(2025, 8, 1)),))
    assert _findings(city, "UG-APPOINTED-BY") == [(
        ug.Severity.ERROR, "officials[0].appointment.by", "khoản 2 Điều 36 Luật 72/2025/QH15",
        {"by": "parent_chair", "acting": False, "recorded_unit": None, "expected_unit": "79"},
        _CHAIR_BY.format("the level above the province",
                         "the People's Council of Thành phố Hồ Chí Minh [79]"))]


@pytest.mark.parametrize("by", [Authority.PARENT_CHAIR, Authority.CITY_CHAIR])
def test_above_a_district_is_its_province_named_as_it_was_on_the_day(by: Authority) -> None:
    """A huyện of Bình Dương in 2024, whose Chairman its council elects (Luật 77/2015/QH13):
    "parent_chair" is the Chairman of Tỉnh Bình Dương [74], named as on the structure's
    day, though the province has since ended (``_offices.x__parent__mutmut_8``: no
    province named; ``_9``: named as today, when there is none); "city_chair" too
    (``_offices.x_resolve__mutmut_25``, ``x__province__mutmut_5``)."""
    huyen = District.draft(name="Dầu Tiếng", kind="huyen", code="720", city="74",
                           as_of=D(2024, 1, 1), council=None,
                           officials=(_chair(by, D(2022, 3, 1)),))
    assert _findings(huyen, "UG-APPOINTED-BY") == [(
        ug.Severity.ERROR, "officials[0].appointment.by", "Luật 77/2015/QH13",
        {"by": by.value, "acting": False, "recorded_unit": "74", "expected_unit": "720"},
        _CHAIR_BY.replace("Chairman of the People's Committee of the unit above",
                          by.english).format(
            "Tỉnh Bình Dương [74]", "the People's Council of Huyện Dầu Tiếng [720]"))]


@pytest.mark.parametrize("city", ["97", "99"])
def test_a_city_code_the_units_cannot_place_is_named_by_its_level(city: str) -> None:
    """A commune recorded in city "97", which the bundled units do not place uniquely, or
    "99", which names no province (but reads as district 099, Huyện Tuần Giáo): its city's
    Chairman is named by level, with the code as recorded
    (``_offices.x__province__mutmut_11`` read a name off the failed lookup)."""
    commune = Ward.draft(name="Xuân Thái", kind="xa", city=city, as_of=HCM, council=None,
                         officials=(_chair(Authority.CITY_CHAIR, D(2022, 3, 1)),))
    assert _findings(commune, "UG-APPOINTED-BY") == [(
        ug.Severity.ERROR, "officials[0].appointment.by", "Luật 77/2015/QH13",
        {"by": "city_chair", "acting": False, "recorded_unit": city, "expected_unit": None},
        _CHAIR_BY.replace("Chairman of the People's Committee of the unit above",
                          Authority.CITY_CHAIR.english).format(
            "the city or province above", "the People's Council of Xã Xuân Thái"))]


# -- invariants of the bundled units that make survivors equivalent -------------------------

@pytest.mark.parametrize("day", [D(2022, 7, 1), D(2025, 6, 30)])
def test_the_parent_of_every_commune_is_in_force_with_it(day: dt.date) -> None:
    """The unit above every commune-level unit in force on a day is in force that day
    under its code, so ``_offices._above`` always places it (``x__above__mutmut_28``,
    which returns the failed lookup instead of None, is defensive)."""
    for province in ug.units.provinces(day):
        for commune in ug.units.units(province.code, day, level=ug.Level.COMMUNE):
            assert commune.parent is not None
            assert ug.units.unit(commune.parent, day).code == commune.parent


def test_only_hanoi_states_a_staff_cap_and_with_the_rules_own_provision() -> None:
    """UG-STAFF-CAP's finding cites the fact's provision; the only regimes that state the
    cap (Hà Nội, under the Capital Law 2024) cite NĐ 169/2024/NĐ-CP, the rule's own
    provision on their days, so a finding without it cites the same
    (``staff.x_staff_cap__mutmut_20`` is equivalent on the bundled law)."""
    rule = rule_by_code("UG-STAFF-CAP")
    stating = [(regime, cited) for regime in regimes() for kind in ug.UnitKind
               if (cited := regime.fact(ug.Fact.STAFF_CAP, kind)) is not None]
    assert stating
    for regime, cited in stating:
        assert regime.city == "01"
        assert rule.provision_on(regime.period.start) == cited.provision


def test_every_appointing_fact_names_one_authority() -> None:
    """UG-APPOINTED-BY joins the authorities the law names with " or "; every appointing
    fact of the bundled regimes names one, so the joiner is never shown (mutants of it
    are equivalent on the bundled law)."""
    facts = {*APPOINTING_FACT.values(), ug.Fact.ACTING_CHAIR_ASSIGNED_BY}
    for regime in regimes():
        for kind in ug.UnitKind:
            for fact in facts:
                cited = regime.fact(fact, kind)
                assert cited is None or len(cited.value) == 1, (regime.key, kind, fact)


def test_designation_facts_do_not_depend_on_the_city() -> None:
    """An appointment made under an earlier regime is judged by the regime of its day,
    looked up with the structure's city; on every day each city's regime states the same
    designation facts as the regime looked up with no city, so dropping the city there
    (``officials.x__designators__mutmut_12``, ``_15``) is equivalent on the bundled law."""
    facts = (ug.Fact.LEADERS_DESIGNATED_BY, ug.Fact.LEADERS_DESIGNATED_ON)

    def stated(kind: ug.UnitKind, day: dt.date, city: str | None) -> list[Any]:
        try:
            regime = ug.regime_for(kind, on=day, city=city)
        except ug.RegimeError:
            return [None, None]  # no regime: no one designates
        return [getattr(regime.fact(f, kind), "value", None) for f in facts]

    # The regimes change only where one begins or ends: check each such day.
    days = sorted({r.period.start for r in regimes()}
                  | {r.period.end for r in regimes() if r.period.end is not None})
    for city in sorted({r.city for r in regimes() if r.city is not None}):
        for day in days:
            for kind in ug.UnitKind:
                assert stated(kind, day, city) == stated(kind, day, None), (city, day, kind)


def _vice_appointed_by(office: Office, start: dt.date, **fields: Any) -> Ward:
    leader = Official("Lê Văn Phó", Post.VICE_CHAIR, Period(start),
                      Appointment(office, "12/QĐ-UBND"))
    return Ward.draft(**fields, city="01", officials=(leader,))


def test_an_office_named_in_its_city_is_the_unit_of_that_day() -> None:
    """An office named without its district is the unit of that name in the city on the
    structure's day: "Phú Lương" in Hà Nội on 2025-03-01 is Phường Phú Lương [09571] of
    Quận Hà Đông, not the Phường Phú Lương [09568] formed on 2025-07-01."""
    ward = _vice_appointed_by(Office("Phú Lương", post=Post.CHAIR), D(2024, 1, 1),
                              name="Phú Lãm", code="09568", as_of=D(2025, 3, 1), council=None)
    assert _findings(ward, "UG-APPOINTED-BY") == [(
        ug.Severity.ERROR, "officials[0].appointment.by", "Nghị định 169/2024/NĐ-CP",
        {"by": {"unit": "Phú Lương", "post": "chair"}, "acting": False,
         "recorded_unit": "09571", "expected_unit": "268"},
        BEN_NGHE_VICE.format(
            "the Chairman of the People's Committee of Phường Phú Lương [09571]",
            "Quận Hà Đông [268]"))]


def test_an_office_gone_from_its_city_says_so_though_the_name_is_ambiguous_elsewhere(
        ) -> None:
    """Phường Thành Công of Hà Nội ceased on 2025-07-01; in 2026 two other units of that
    name exist elsewhere. The office is refused because it no longer existed (an error),
    not warned about as ambiguous (``_offices.x__named__mutmut_15``, ``_18``: the answer
    from anywhere replaced the city's)."""
    ward = _vice_appointed_by(Office("Thành Công", post=Post.CHAIR), D(2025, 7, 1),
                              name="Ba Đình", as_of=D(2026, 1, 1))
    assert _findings(ward, "UG-APPOINTED-BY") == [(
        ug.Severity.ERROR, "officials[0].appointment.by", "khoản 2 Điều 36 Luật 72/2025/QH15",
        {"by": {"unit": "Thành Công", "post": "chair"}},
        "Lê Văn Phó (Vice-Chairman of the People's Committee): the appointing unit cannot be "
        "placed on 2026-01-01: Phường Thành Công [00034] did not exist on 2026-01-01: it "
        "ceased on 2025-07-01; it went into Phường Giảng Võ [00025] (partial; khoản 5 Điều 1 "
        "Nghị quyết 1656/NQ-UBTVQH15), Phường Ô Chợ Dừa [00190] (partial; khoản 13 Điều 1 "
        "Nghị quyết 1656/NQ-UBTVQH15)")]


_TITLE_HINT = ("; the titles of commune civil servants lost their basis on 2025-07-01 (khoản 3 "
               "Điều 71 Nghị định 170/2025/NĐ-CP, Luật 80/2025/QH15): a civil servant in a "
               "job position is recorded as civil_servant (công chức)")


def test_a_post_the_committee_lacks_is_named_whole() -> None:
    """UG-POSTS, whole: a member of an HCMC ward's committee in 2022 (none: khoản 2 Điều 18
    NĐ 33/2021) gets no word on titles (``_offices.x_retired_title__mutmut_10``); a
    Tư pháp – Hộ tịch title in a 2025 commune is told what to record (``_3``…``_8``)."""
    member = Ward.draft(name="Bến Nghé", city="79", as_of=HCM, council=None, officials=(
        Official("Trần Thị C", Post.MEMBER, Period(D(2022, 1, 1))),))
    assert _findings(member, "UG-POSTS") == [(
        ug.Severity.ERROR, "officials[0].post", "khoản 2 Điều 18 Nghị định 33/2021/NĐ-CP",
        {"post": "member"},
        "Trần Thị C holds the post of member of the People's Committee (Ủy viên Ủy ban nhân "
        "dân), which a phường People's Committee does not have on 2022-07-01")]
    title = Ward.draft(name="Ba Đình", city="01", as_of=D(2025, 10, 1), officials=(
        Official("Trần Thị C", Post.TU_PHAP_HO_TICH, Period(D(2025, 7, 1))),))
    assert _findings(title, "UG-POSTS") == [(
        ug.Severity.ERROR, "officials[0].post", "khoản 1 Điều 39 Luật 72/2025/QH15",
        {"post": "tu_phap_ho_tich"},
        "Trần Thị C holds the post of Justice–Civil Status civil servant (Tư pháp – Hộ tịch), "
        "which a phường People's Committee does not have on 2025-10-01" + _TITLE_HINT)]
