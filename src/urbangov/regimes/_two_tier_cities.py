"""What the two-tier law says differently in Hà Nội, TP Hồ Chí Minh and Đà Nẵng.

From 2025-07-01 no urban-government regime remains (Luật 72/2025/QH15 Điều 52-53);
what differs is (1) the provisional People's Council of the former pilot wards until
their 2026–2031 council met, (2) what the city People's Council lets a commune
Chairman delegate (Luật 72/2025 Điều 14 k.8), each by its resolution, (3) in TP Hồ Chí
Minh a higher average of commune offices, and (4) in Hà Nội from 2026-07-01 the new
Capital Law.  A city regime holds the national answers of its stage with these rows on
top.
"""

from __future__ import annotations

import datetime as dt

from urbangov.regimes._model import Fact, Regime
from urbangov.regimes._rows import CERTIFICATIONS, HIGH, MEDIUM, K, at, facts
from urbangov.regimes._two_tier import (
    COMMUNES,
    L72,
    NATIONAL_STEPS,
    ND370,
    PROVINCE,
    START,
    SUMMARY,
    TERM_2026,
    YEAR_2026,
    Rows,
    instruments,
    national_rows,
)
from urbangov.terms import Act, Authority
from urbangov.time import Period

D = dt.date
LTD26, NQ29_HCM = "02/2026/QH16", "29/2025/NQ-HĐND"
HN_SCOPE, HCM_SCOPE, DN_SCOPE = D(2025, 9, 29), D(2025, 8, 28), D(2025, 8, 12)
CAPITAL_2026 = D(2026, 7, 1)

_CITIES = {"01": ("hanoi", "Hà Nội"), "79": ("hcmc", "TP Hồ Chí Minh"),
           "48": ("danang", "Đà Nẵng")}
#: The days on which each city's own rows change (besides the national stages).
CITY_STEPS = {"01": (HN_SCOPE, CAPITAL_2026), "79": (HCM_SCOPE,), "48": (DN_SCOPE,)}
_EXTRA_INSTRUMENTS = {"01": ("1656/NQ-UBTVQH15",), "79": ("1685/NQ-UBTVQH15",),
                      "48": ("1659/NQ-UBTVQH15",)}


def _provisional(day: dt.date) -> Rows:
    """Former pilot wards: a provisional council until the 2026–2031 council met."""
    if day >= TERM_2026:
        return facts(Fact.COUNCIL_MAY_BE_PROVISIONAL, (K.PHUONG,), False, at(L72, 53, 2, "b"),
                     HIGH, "The provisional council acted until the ward's 2026–2031 council "
                           "was elected; every new council has met by 2026-04-29 (election "
                           "on 2026-03-15, first session within 45 days, Điều 34 k.1).")
    return facts(Fact.COUNCIL_MAY_BE_PROVISIONAL, (K.PHUONG,), True, at(L72, 53, 2, "b"), HIGH,
                 "Wards formed from the urban-government wards: if too few deputies, the "
                 "city council's Standing Committee appointed a provisional council (HĐND "
                 "lâm thời) of at least a third of the seats, acting until the 2026–2031 "
                 "ward council was elected. The exact day per ward is not in the sources "
                 "read; the library takes 2026-04-29, the last day the law allows.")


def _hanoi(day: dt.date) -> Rows:
    rows = _provisional(day)
    if day >= HN_SCOPE:
        rows |= facts(Fact.DELEGABLE_ACTS, COMMUNES, frozenset({Act.CERTIFY_COPY}),
                      at(L72, 14, 8), HIGH,
                      "Hà Nội People's Council resolution of 2025-09-29 (26th session; its "
                      "number was not found), replacing NQ 31/2024/NQ-HĐND: copies from "
                      "originals issued in Việt Nam or jointly with foreign bodies, and "
                      "social-protection procedures.")
    if day >= CAPITAL_2026:
        capital = ("Luật Thủ đô 02/2026/QH16 (in force 2026-07-01; one full-text copy "
                   "read): ")
        until = (" Until it acts, the organisation in place continues (Luật Thủ đô "
                 "02/2026 Điều 36 k.3).")
        # Điều 7 k.1: point a is the councils, point b the committees' members.
        rows |= facts(Fact.COMMITTEE_COMPOSITION_SET_BY, COMMUNES, Authority.CITY_COUNCIL,
                      at(LTD26, 7, 1, "b"), MEDIUM,
                      capital + "the Hà Nội People's Council sets the number and structure "
                                "of commune committee members (Ủy viên Ủy ban nhân dân cấp "
                                "xã), in place of NĐ 300/2025 Điều 7." + until)
        rows |= facts(Fact.COMMITTEE_COMPOSITION_SET_BY, (K.THANH_PHO,),
                      Authority.CITY_COUNCIL, at(LTD26, 7, 1, "b"), MEDIUM,
                      capital + "the Hà Nội People's Council decides the number and "
                                "structure of the city committee's members." + until)
        rows |= facts(Fact.COUNCIL_COMPOSITION_SET_BY, COMMUNES, Authority.CITY_COUNCIL,
                      at(LTD26, 7, 1, "a"), MEDIUM,
                      capital + "the Hà Nội People's Council sets the number of commune "
                                "council deputies and committees and the share of full-time "
                                "deputies; until it acts, Luật 72/2025 applies." + until)
        rows |= facts(Fact.COUNCIL_COMPOSITION_SET_BY, (K.THANH_PHO,), Authority.CITY_COUNCIL,
                      at(LTD26, 7, 1, "a"), MEDIUM,
                      capital + "the Hà Nội People's Council sets the share of its full-time "
                                "deputies and the number, functions and powers of its own "
                                "committees (Ban)." + until)
        rows |= facts(Fact.CAPITAL_POWERS_NOT_DELEGABLE, (*PROVINCE, *COMMUNES), True,
                      at(LTD26, 33, 1, "d"), MEDIUM,
                      capital + "powers the Capital Law gives may not be transferred or "
                                "delegated further (listed culture items aside); other "
                                "powers follow the general rules.")
        rows |= facts(Fact.PILOT_MODELS_ALLOWED, PROVINCE, True, at(LTD26, 9, 3, "a"), MEDIUM,
                      capital + "the city council may pilot new models of government "
                                "organisation for up to 5 + 5 years, once approved.")
    return rows


def _hcmc(day: dt.date) -> Rows:
    rows = _provisional(day)
    if day >= HCM_SCOPE:
        rows |= facts(Fact.DELEGABLE_ACTS, COMMUNES, CERTIFICATIONS, at(NQ29_HCM, 3), MEDIUM,
                      "Thirteen certification tasks: copies (Vietnamese, foreign and joint "
                      "documents), signatures, translators' signatures, and contracts, wills "
                      "and estates; contracts only where not transferred to notaries "
                      "(CV 2997/UBND-NCPC). Dates and content from press reports.")
    if day >= YEAR_2026:
        rows |= facts(Fact.MEAN_OFFICES_PER_COMMUNE, PROVINCE, 4.7, at(ND370), MEDIUM,
                      "TP Hồ Chí Minh: at most 4.7 organisations per commune on average "
                      "(one press report; the exception's basis not seen).")
    return rows


def _danang(day: dt.date) -> Rows:
    rows = _provisional(day)
    if day >= DN_SCOPE:
        note = ("Đà Nẵng People's Council resolution of 2025-08-12 (its number was not "
                "found): every certification group may be delegated, land, housing, wills "
                "and estates included, to a civil servant with a law degree and at least "
                "three years in the justice sector.")
        rows |= facts(Fact.DELEGABLE_ACTS, COMMUNES, CERTIFICATIONS, at(L72, 14, 8), HIGH,
                      note)
        rows |= facts(Fact.DELEGATE_MIN_YEARS, COMMUNES, 3, at(L72, 14, 8), HIGH, note)
        rows |= facts(Fact.DELEGATE_LAW_DEGREE, COMMUNES, True, at(L72, 14, 8), HIGH, note)
    return rows


_ROWS = {"01": _hanoi, "79": _hcmc, "48": _danang}
_WHAT = {"01": "provisional ward councils, delegation scope, Capital Law 2026",
         "79": "provisional ward councils, delegation scope (NQ 29/2025/NQ-HĐND)",
         "48": "provisional ward councils, delegation scope and delegate's conditions"}


def city_regimes() -> tuple[Regime, ...]:
    """Each city's two-tier regimes, one per stage (national or its own)."""
    out = []
    for city, (slug, name) in _CITIES.items():
        steps = sorted({*NATIONAL_STEPS, *CITY_STEPS[city]})
        for i, day in enumerate(steps):
            end = steps[i + 1] if i + 1 < len(steps) else None
            stage = max(d for d in NATIONAL_STEPS if d <= day)
            rows = national_rows(stage) | _ROWS[city](day)
            extra: tuple[str, ...] = _EXTRA_INSTRUMENTS[city]
            if city == "79" and day >= HCM_SCOPE:
                extra = (*extra, NQ29_HCM)
            if city == "01" and day >= CAPITAL_2026:
                extra = (*extra, LTD26)
            out.append(Regime(
                key=f"{slug}-two-tier-{day.isoformat()}",
                name=f"{name}: two-tier local government from {day.isoformat()}",
                vietnamese=f"Chính quyền địa phương hai cấp tại {name}",
                city=city, period=Period(day, end),
                instruments=instruments(stage, extra),  # type: ignore[arg-type]
                facts=rows,
                summary=f"{SUMMARY} In {name}: {_WHAT[city]}."))
    return tuple(out)


__all__ = ["START", "city_regimes"]
