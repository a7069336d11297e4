"""Build a real ward structure and print its validation report.

Phường Gia Thụy (Quận Long Biên, Hà Nội) on 2022-07-01, from the bundled units and the
seed article of 2022-06-30 (../shared/seeds/003): its Chairman Đặng Việt Phương, the
working rules after QĐ 2696/QĐ-UBND, and the Chairman's delegation to the Tư pháp–Hộ
tịch civil servant.  Values the article does not give (dates, the civil servant's name)
are marked as illustrative; they are not facts.  Decision numbers it does not give are
left unrecorded, and the report says so in a warning.

Then the same ward is changed in three unlawful ways, and the report lists them all.

Run:  python examples/build_ward.py
"""

from __future__ import annotations

import datetime as dt

import attrs

import urbangov as ug
from urbangov.time import Period

ON = dt.date(2022, 7, 1)
PILOT = dt.date(2021, 7, 1)

gia_thuy = ug.data.city("Hà Nội").ward("Gia Thụy")          # GSO code 00130, Quận Long Biên

chair = ug.Official(
    "Đặng Việt Phương", ug.Post.CHAIR, Period(PILOT),          # named in the seed article
    ug.Appointment(ug.Authority.PARENT_CHAIR),                 # decision number not published
)
clerk = ug.Official(
    "Công chức Tư pháp – Hộ tịch (illustrative)", ug.Post.TU_PHAP_HO_TICH,
    Period(dt.date(2015, 3, 1)), payroll=ug.Level.DISTRICT,     # on the district's quota
)
delegation = ug.Delegation(
    chair.key, clerk.key, {ug.Act.CERTIFY_COPY, ug.Act.CERTIFY_SIGNATURE},
    Period(dt.date(2021, 7, 1), dt.date(2022, 12, 31)),         # illustrative term
)                                                               # decision number: not known
rules = ug.WorkingRule(ug.Post.CHAIR, PILOT, based_on="2696/QĐ-UBND")

ward = attrs.evolve(
    gia_thuy, as_of=ON, council=None,
    committee=ug.PeoplesCommittee(ug.DecisionMode.HEAD_OF_AGENCY),
    officials=(chair, clerk), delegations=(delegation,), working_rules=(rules,),
)
regime = ug.regime_for(ward, on=ON)
print(f"{ward.full_name} ({ward.code}) on {ON}: {regime.name}")
print(f"  People's Council: {regime.has_council(ward)} "
      f"({regime.explain(ug.Fact.HAS_COUNCIL, ward).provision})")
print(f"  Report: {ug.validate(ward)}")

print("\nThe same ward with a People's Council, a delegation by a Vice-Chairman covering a "
      "land-use contract, and working rules issued before the pilot:")
vice = ug.Official("Phó Chủ tịch (illustrative)", ug.Post.VICE_CHAIR, Period(PILOT),
                   ug.Appointment(ug.Authority.PARENT_CHAIR))
try:
    attrs.evolve(
        ward, council=ug.PeoplesCouncil(), officials=(chair, vice, clerk),
        delegations=(attrs.evolve(delegation, delegator=vice.key,
                                  acts={ug.Act.CERTIFY_LAND_USE_CONTRACT}),),
        working_rules=(attrs.evolve(rules, effective=dt.date(2021, 6, 21)),),
    )
except ug.InvariantError as error:
    print(error)
