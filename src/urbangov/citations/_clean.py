"""Cleaning text from HTML pages and scrapes before :func:`find`: :func:`clean`.

Pages of government portals and law mirrors put references between tags, write "/" as
``&#x002F;`` (NukeViet) and letters as entities, and scrapes keep JSON escapes
(``\\n``, ``\\u1ebf``), non-breaking and zero-width spaces and Windows line ends.
:func:`clean` gives the visible text, in NFC, with one space between words and a line
break where a block ended, so that a reference split by markup is one again.
"""

from __future__ import annotations

import html
import re
import unicodedata

from urbangov._args import check_text

__all__ = ["clean"]

# What is never visible: the head, scripts, styles, comments, templates.
_INVISIBLE = re.compile(
    r"<!--.*?(?:-->|\Z)|<(head|script|style|noscript|template|svg)\b[^>]*>.*?(?:</\1\s*>|\Z)",
    re.IGNORECASE | re.DOTALL)
# Tags that end a line of text (blocks, line breaks, table rows) and table cells.
_BLOCK = re.compile(
    r"</?(?:p|div|br|hr|li|ul|ol|tr|table|tbody|thead|h[1-6]|section|article|header"
    r"|footer|blockquote|pre|dd|dt|dl|title|center|form|nav|aside|main)\b[^>]*>",
    re.IGNORECASE)
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")
_CELL = re.compile(r"</?t[dh]\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][^<>]*>|<![^<>]*>|<\?[^<>]*>")
# A page is HTML when it has a tag such as these; plain text may hold "<" and ">".
_HTML = re.compile(r"<(?:html|body|p|div|br|span|table|td|a|b|i|strong|em|li|h[1-6])\b",
                   re.IGNORECASE)
# JSON and source-code escapes left in scraped text.
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})|\\([nrt\"'/\\])")
_ESCAPES = {"n": "\n", "r": "", "t": " ", '"': '"', "'": "'", "/": "/", "\\": "\\"}
# Spaces that are not U+0020, and characters that are not visible at all.
_ODD_SPACE = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_INVISIBLE_CHARS = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_SPACES = re.compile(r" {2,}")
_LINE_ENDS = re.compile(r" *\n *")
_BLANK_LINES = re.compile(r"\n{3,}")


def _unescape(m: re.Match[str]) -> str:
    if m[1] is not None:
        char = chr(int(m[1], 16))
        return "" if 0xD800 <= ord(char) <= 0xDFFF else char  # a lone surrogate
    return _ESCAPES[m[2]]


def clean(text: str) -> str:
    """The visible text of an HTML page or a scraped text, ready for :func:`find`.

    Tags go (a block or a line break gives a line break, a table cell " | "), entities
    and literal escapes are decoded, odd spaces become spaces, invisible characters
    go, lines are trimmed and at most one blank line is kept; the result is in NFC.
    Offsets of what :func:`find` returns then refer to the cleaned text.

    >>> clean("<p>Căn cứ Nghị định số 32/2021&#x002F;NĐ-CP<br>ngày 29/3/2021</p>")
    'Căn cứ Nghị định số 32/2021/NĐ-CP\\nngày 29/3/2021'
    >>> clean(r"Quyết định số 12\\/QĐ-UBND\\nngày 1\\u002F2\\u002F2020")
    'Quyết định số 12/QĐ-UBND\\nngày 1/2/2020'

    Raises:
        FieldError: *text* is not a text.
    """
    check_text("clean", "text", text)
    if _HTML.search(text):
        text = _INVISIBLE.sub(" ", text)
        text = _HTML_SPACE.sub(" ", text)  # in HTML a line break in the source is a space
        text = _BLOCK.sub("\n", text)
        text = _CELL.sub(" | ", text)
        text = _TAG.sub("", text)
        text = html.unescape(text)
    elif "&" in text:
        text = html.unescape(text)
    if "\\" in text:
        text = _ESCAPE.sub(_unescape, text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ODD_SPACE.sub(" ", text)
    text = _INVISIBLE_CHARS.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _LINE_ENDS.sub("\n", text)
    text = _BLANK_LINES.sub("\n\n", text)
    return unicodedata.normalize("NFC", text.strip())
