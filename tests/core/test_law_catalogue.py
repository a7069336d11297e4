"""The catalogue against the texts (exam3 D1, D2) and its methods' arguments (D6)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

import pytest

import urbangov as ug
from urbangov.law import InstrumentKind, UnknownInstrumentError, pin_cite
from urbangov.structure import FieldError
from urbangov.time import DateParseError

D = dt.date
DOCS = Path("/work/shared/data/dvhcvn-20250701/input/docs")
COMMUNE_RESOLUTIONS = [f"{n}/NQ-UBTVQH15" for n in range(1654, 1688)]


@pytest.mark.parametrize("identifier", COMMUNE_RESOLUTIONS)
def test_the_34_commune_resolutions_are_in_force_on_adoption(identifier: str) -> None:
    # Each one's Điều 2 k.1: "có hiệu lực thi hành từ ngày được thông qua" (16/06/2025);
    # the new units operate from 01/07/2025 (k.2). Reference 2025–2026 T4 and §4.2.
    inst = ug.catalogue().get(identifier)
    assert (inst.signed, inst.effective) == (D(2025, 6, 16), D(2025, 6, 16))
    assert inst.in_force(D(2025, 6, 16)) and not inst.in_force(D(2025, 6, 15))


@pytest.mark.skipif(not DOCS.exists(), reason="the resolutions' copies are not beside")
@pytest.mark.parametrize("identifier", COMMUNE_RESOLUTIONS)
def test_each_resolutions_own_text_says_so(identifier: str) -> None:
    text = (DOCS / f"{identifier.replace('/', '_')}.md").read_text(encoding="utf-8")
    text = " ".join(unicodedata.normalize("NFC", text).split())  # some copies are NFD
    assert re.search(r"có hiệu lực thi hành từ ngày ?được thông qua", text)


def test_the_units_of_nq_1656_still_change_on_2025_07_01() -> None:
    from urbangov import units

    gone = units.absence("00001", "2025-07-01")
    assert gone is not None and gone.ceased == D(2025, 7, 1)
    assert units.absence("00001", "2025-06-30") is None
    assert "1656/NQ-UBTVQH15" in str(gone)


@pytest.mark.parametrize(("identifier", "kind", "signed", "effective"), [
    ("388/NQ-UBTVQH16", InstrumentKind.NGHI_QUYET, None, D(2026, 9, 20)),  # T18, §4.1
    ("915/CTK-CSCL", InstrumentKind.CONG_VAN, None, None),                 # §4.3
    ("1027/CTK-CSCL", InstrumentKind.CONG_VAN, D(2025, 6, 25), None),      # §4.3, its annex
    ("300/2025/NĐ-CP", InstrumentKind.NGHI_DINH, D(2025, 11, 17), D(2025, 11, 17)),  # T10
])
def test_instruments_the_references_name_are_catalogued(
        identifier: str, kind: InstrumentKind, signed: dt.date | None,
        effective: dt.date | None) -> None:
    inst = ug.catalogue().get(identifier)
    assert (inst.kind, inst.signed, inst.effective) == (kind, signed, effective)
    assert inst.note and ("medium" in inst.note or "high" in inst.note)
    [found] = ug.citations.resolve_all(f"{kind.vietnamese} số {identifier}")
    assert found.instrument == inst


def test_dates_may_be_texts() -> None:
    inst = ug.catalogue().get("1656/NQ-UBTVQH15")
    assert inst.in_force("2025-06-16") and inst.in_force("16/6/2025")
    assert not inst.in_force("ngày 15 tháng 6 năm 2025")


@pytest.mark.parametrize(("call", "error"), [
    (lambda c: c.get(None), FieldError),
    (lambda c: c.get(123), FieldError),
    (lambda c: c.find(123), FieldError),
    (lambda c: c.find(b"32/2021/ND-CP"), FieldError),
    (lambda c: c.get("no such thing"), UnknownInstrumentError),
    (lambda c: c.lookup("luat", "72", 2025, None), FieldError),
    (lambda c: c.lookup(None, 72, 2025, None), FieldError),
    (lambda c: c.lookup(None, "72", "2025", None), FieldError),
    (lambda c: c.get("72/2025/QH15").in_force(None), DateParseError),
    (lambda c: c.get("72/2025/QH15").in_force("2025-02-30"), DateParseError),
    (lambda c: c.get("72/2025/QH15").in_force(dt.date(9999, 1, 1)), DateParseError),
    (lambda c: c.get("72/2025/QH15").at(article=1.5), FieldError),
    (lambda c: c.get("72/2025/QH15").at(article=1, clause="2"), FieldError),
    (lambda c: c.get("72/2025/QH15").at(article=1, clause=2, point=3), FieldError),
    (lambda c: pin_cite(True, None, None), FieldError),
])
def test_wrong_arguments_get_the_librarys_errors(call: object, error: type) -> None:
    with pytest.raises(error):
        call(ug.catalogue())  # type: ignore[operator]
