"""The catalogue gives an English title for every instrument it holds (issue #17)."""

from __future__ import annotations

from urbangov.law import catalogue


def test_every_catalogue_instrument_has_an_english_title() -> None:
    for inst in catalogue():
        assert inst.title_en, inst.identifier
        assert inst.title_en.isascii(), inst.identifier
        assert inst.title_en[0].isupper() and not inst.title_en.endswith("."), inst.title_en


def test_english_titles_of_the_main_laws() -> None:
    assert catalogue().find("72/2025/QH15").title_en == (  # type: ignore[union-attr]
        "Law on the Organisation of Local Government")
    assert catalogue().find("39/2024/QH15").title_en == "Law on the Capital"  # type: ignore[union-attr]
