"""Short forms and references back: find_all() and resolve_all() (issue #17)."""

from __future__ import annotations

from urbangov.citations import Citation, ShortCitation, find_all, resolve_all


def _resolve(text: str) -> list[tuple[str, str | None, str | None, bool]]:
    return [(r.citation.text, None if r.antecedent is None else r.antecedent.text,
             None if r.reference is None else str(r.reference), r.itself)
            for r in resolve_all(find_all(text), text)]


def test_this_decree_resolves_to_the_decree_cited_with_its_pin_cite() -> None:
    text = "Theo Nghị định số 32/2021/NĐ-CP … Điều 7 Nghị định này …"
    found = find_all(text)
    assert [type(c) for c in found] == [Citation, ShortCitation]
    first, second = resolve_all(found, text)
    assert second.antecedent is first.citation
    assert str(second.reference) == "Điều 7 Nghị định số 32/2021/NĐ-CP"
    assert second.instrument is not None and second.instrument.identifier == "32/2021/NĐ-CP"
    assert second.title_en is not None and second.title_en.startswith("Decree detailing")


def test_a_number_alone_resolves_to_its_full_citation() -> None:
    text = ("Nghị quyết số 97/2019/QH14 ngày 27/11/2019 của Quốc hội … theo Nghị quyết 97 "
            "của Quốc hội, và Nghị quyết số 131/2020/QH14 … Nghị quyết 131 quy định")
    got = _resolve(text)
    assert got[1] == ("Nghị quyết 97", "Nghị quyết số 97/2019/QH14",
                      "Nghị quyết số 97/2019/QH14", False)
    assert got[3][:2] == ("Nghị quyết 131", "Nghị quyết số 131/2020/QH14")


def test_the_decree_above_and_a_law_by_its_name() -> None:
    text = ("Luật Thủ đô năm 2024 và Nghị định số 33/2021/NĐ-CP; khoản 2 Điều 3 Nghị định "
            "nêu trên và Điều 13 Luật Thủ đô")
    got = _resolve(text)
    assert got[2] == ("khoản 2 Điều 3 Nghị định nêu trên", "Nghị định số 33/2021/NĐ-CP",
                      "khoản 2 Điều 3 Nghị định số 33/2021/NĐ-CP", False)
    assert got[3] == ("Điều 13 Luật Thủ đô", "Luật Thủ đô năm 2024",
                      "Điều 13 Luật Thủ đô năm 2024", False)


def test_this_decree_in_a_decree_is_the_document_itself() -> None:
    # The shape of every decree: https://pbgdpl.laocai.gov.vn/phap-luat-khac/quy-dinh-to-chuc-cac-co-quan-chuyen-mon-thuoc-uy-ban-nhan-dan-tinh-thanh-pho-truc-thuoc-trung-uo-1394662
    text = ("NGHỊ ĐỊNH\nCăn cứ Nghị định số 08/2016/NĐ-CP;\nChính phủ ban hành Nghị định quy "
            "định tổ chức các cơ quan chuyên môn.\nĐiều 1. Nghị định này quy định …")
    last = resolve_all(find_all(text), text)[-1]
    assert (last.citation.text, last.itself, last.antecedent) == ("Nghị định này", True, None)


def test_unresolved_and_full_citations() -> None:
    text = "Nghị định này có hiệu lực. Nghị quyết 18 của Ban Chấp hành Trung ương."
    got = resolve_all(find_all(text), text)
    assert (got[0].antecedent, got[0].reference, got[0].itself) == (None, None, False)
    assert got[1].antecedent is None and str(got[1].reference) == "Nghị quyết số 18"


def test_short_forms_keep_offsets_in_nfd_text() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", "Theo Nghị định số 32/2021/NĐ-CP, Nghị định này")
    short = find_all(text)[-1]
    assert isinstance(short, ShortCitation)
    assert text[short.start:short.end] == short.text
    assert unicodedata.normalize("NFC", short.text) == "Nghị định này"
