"""The bundled catalogue holds every instrument the legal reference names by number."""

from __future__ import annotations

from pathlib import Path

import pytest

import urbangov as ug

REFERENCE = Path(__file__).resolve().parents[1].parent / "shared" / "legal-reference.md"

# Mentions in the reference that are not instruments of their own, with the reason.
NOT_INSTRUMENTS = {
    "19/2020/QH14": "a translation's typo for 131/2020/QH14, quoted as such",
    "131/NĐ": "shorthand 'NQ 131/NĐ 33' for two instruments, both catalogued",
    "136/NĐ": "shorthand 'NQ 136/NĐ 170' for two instruments, both catalogued",
}


@pytest.mark.skipif(not REFERENCE.exists(), reason="../shared/legal-reference.md not beside")
def test_every_numbered_instrument_of_the_reference_is_catalogued() -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    missing = sorted({c.text for c in ug.citations.find(text)
                      if c.instrument.number is not None and c.resolve() is None
                      and c.text not in NOT_INSTRUMENTS})
    assert missing == []


def test_catalogue_dates_are_in_order() -> None:
    for instrument in ug.catalogue():
        if instrument.signed and instrument.effective:
            assert instrument.signed <= instrument.effective, instrument
        if instrument.effective and instrument.ends:
            assert instrument.effective < instrument.ends, instrument
