"""Phường Gia Thụy (Quận Long Biên, Hà Nội) in 2022: who may certify, and on what basis.

Reconstructed from seed 003, a report of the ward's Party committee on one year of the
urban-government pilot (conference of 30/6/2022, posted 02/7/2022).  What the seed says:

* Đặng Việt Phương is Chairman of the ward People's Committee (Chủ tịch UBND phường);
* the ward committee issued its working rules following the city's model rules,
  Quyết định 2696/QĐ-UBND of 21/6/2021;
* the ward issued a decision delegating (ủy quyền) to the Tư pháp–Hộ tịch civil servant
  the signing of certified copies from originals and of signature certifications;
* ward civil servants became civil servants of the district's quota (quận quản lý).

What the seed does NOT say, and how this example treats it:

* the Chairman's appointment decision (number, date): left unrecorded (``decision=None``);
  the first day of his tenure is unknown, so the example starts it, ILLUSTRATIVELY, on
  the pilot's first day, 2021-07-01;
* the Vice-Chairmen: not named, so not recorded (the officials listed are only those
  the example needs; an app would record the whole committee);
* the Tư pháp–Hộ tịch civil servant's name: not given; recorded under a placeholder;
* the delegation decision's number and dates: not given; the dates below are
  ILLUSTRATIVE and the decision is left unrecorded (the validation report then warns that
  it is not recorded, which is true; it does not condemn the delegation);
* the working rules' decision number and first day: not given; the first day is set,
  ILLUSTRATIVELY, to the earliest day the model allows (2021-07-01).

Run with ``python examples/gia_thuy_2022.py``.
"""

from __future__ import annotations

import datetime as dt

import attrs

import urbangov as ug
from urbangov.authority import Basis, who_may
from urbangov.tenure import expiring

D = dt.date
REPORTED = D(2022, 6, 30)  # the day seed 003 shows the ward as described

# ILLUSTRATIVE: the seed confirms the delegation decision exists, not its dates or number.
DELEGATION_PERIOD = ug.Period.through(D(2021, 7, 15), D(2022, 12, 31))

hanoi = ug.data.city("Hà Nội")
bundled = hanoi.ward("00130")  # Phường Gia Thụy, as bundled (no bodies recorded)

chair = ug.Official(
    "Đặng Việt Phương", ug.Post.CHAIR,
    ug.Period(D(2021, 7, 1)),  # ILLUSTRATIVE start: the seed shows him in office on 2022-06-30
    # NĐ 32/2021: the Chairman of the quận appoints; the decision number is not in the seed.
    ug.Appointment(ug.Authority.PARENT_CHAIR, decision=None),
    payroll=ug.Level.DISTRICT,
)
clerk = ug.Official(
    "(công chức Tư pháp – Hộ tịch; tên không nêu trong nguồn)", ug.Post.TU_PHAP_HO_TICH,
    ug.Period(D(2021, 7, 1)),  # ILLUSTRATIVE start
    payroll=ug.Level.DISTRICT,  # seed 003: ward civil servants are on the district quota
    id="tu-phap-ho-tich",
)
delegation = ug.Delegation(chair.key, clerk.key,
                           {ug.Act.CERTIFY_COPY, ug.Act.CERTIFY_SIGNATURE},
                           DELEGATION_PERIOD)  # decision: exists, number not known
working_rules = ug.WorkingRule(ug.Post.CHAIR, effective=D(2021, 7, 1),  # ILLUSTRATIVE day
                               decision=None, based_on="2696/QĐ-UBND")

# Dated: building it checks the whole ward against the Hà Nội pilot in force that day.
gia_thuy = attrs.evolve(
    bundled, as_of=REPORTED, council=None,  # NQ 97/2019: no ward People's Council
    committee=ug.PeoplesCommittee(ug.DecisionMode.HEAD_OF_AGENCY),
    officials=(chair, clerk), delegations=(delegation,), working_rules=(working_rules,))

# The same ward inside the bundled city, so that acts of the level above can be answered.
long_bien = hanoi.district("Long Biên")
long_bien = attrs.evolve(long_bien, wards=tuple(
    gia_thuy if w.code == "00130" else w for w in long_bien.wards))
city = attrs.evolve(hanoi, districts=tuple(
    long_bien if d.code == long_bien.code else d for d in hanoi.districts))


def show(title: str, answer: object) -> None:
    print(f"\n== {title}")
    print(answer)


def main() -> None:
    print(f"{gia_thuy.full_name} ({gia_thuy.code}), {long_bien.full_name}, {hanoi.full_name}")
    print("validation on", REPORTED, "->", ug.validate(gia_thuy) or "no violations")

    show("Who may certify a copy from an original?",
         who_may(ug.Act.CERTIFY_COPY, city, on=REPORTED, ward="00130"))
    show("Who may certify a contract on land-use rights?",
         who_may("certify-land-use-contract", gia_thuy, on=REPORTED))

    last = DELEGATION_PERIOD.last
    assert last is not None
    after = last + dt.timedelta(days=1)
    before_end = who_may(ug.Act.CERTIFY_COPY, gia_thuy, on=last)
    after_end = who_may(ug.Act.CERTIFY_COPY, gia_thuy, on=after)
    lost = {g.official.name for g in before_end} - {g.official.name for g in after_end}
    print(f"\n== What changes when the (illustrative) delegation ends on {last}?")
    for grant in before_end:
        if grant.basis is Basis.DELEGATION:
            print(f"  on {last}: {grant}")
    print(f"  on {after}: no longer able to certify copies: {', '.join(sorted(lost))}")
    for reason in after_end.reasons:
        print(f"  · {reason}")

    print("\n== Reminders for the district's personnel office, from 2022-12-01, 45 days:")
    for item in expiring(long_bien, on=D(2022, 12, 1), within=45):
        print(f"  {item}")

    show("Who appoints the ward Chairman?",
         who_may(ug.Act.APPOINT_WARD_CHAIR, city, on=REPORTED, ward="Gia Thụy"))


if __name__ == "__main__":
    main()
