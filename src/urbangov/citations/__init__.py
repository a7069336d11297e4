"""Vietnamese legal citations: parse, find in free text, resolve, annotate.

Finds references such as "khoản 3 Điều 7 Nghị định số 32/2021/NĐ-CP ngày 29/3/2021
của Chính phủ", "Kế hoạch số 123-KH/QU", "văn bản số 1184/UBND-NC" or
"Luật Thủ đô năm 2024" in administrative prose, with their date, issuer and
pin-cite, and links them to the bundled catalogue.

>>> from urbangov import citations
>>> [c] = citations.find("Thực hiện Nghị định số 32/2021/NĐ-CP ngày 29/3/2021 của Chính phủ")
>>> c.text, c.instrument.kind.value, c.date.isoformat(), c.issuer
('Nghị định số 32/2021/NĐ-CP', 'nghi_dinh', '2021-03-29', 'Chính phủ')
>>> c.resolve().identifier
'32/2021/NĐ-CP'
>>> citations.format(citations.parse("điểm b khoản 1 Điều 1 Nghị quyết 97/2019/QH14"))
'điểm b khoản 1 Điều 1 Nghị quyết số 97/2019/QH14'
"""

from urbangov.citations._clean import clean
from urbangov.citations._extract import annotate, find
from urbangov.citations._model import Citation, CitationParseError, Pinpoint, Reference
from urbangov.citations._parse import format, parse
from urbangov.citations._short import Resolution, ShortCitation, find_all, resolve_all

__all__ = ["Citation", "CitationParseError", "Pinpoint", "Reference", "Resolution",
           "ShortCitation", "annotate", "clean", "find", "find_all", "format", "parse",
           "resolve_all"]
