"""The text the extractor reads (văn bản đã chuẩn hoá), and its offsets back.

:func:`find` reads a normal form of the text: NFC (composed only if it is not NFC
already, with a map from each offset back to the original's) and "Đ" for its
look-alikes.  A mention found in it is cut from the original text, past any
combining marks left after it, so that spans always index the text as given.
"""

from __future__ import annotations

import unicodedata

from urbangov._text import is_nfc

__all__ = ["collapse", "normalise", "past_marks"]

# Look-alikes of "Đ"/"đ" that text copied from PDFs (and even the official portal's
# number fields) holds: ETH (U+00D0, U+00F0) and the African D (U+0189).  Vietnamese
# has no use for them, so they are read as Đ/đ ("23/2015/NÐ-CP" is "23/2015/NĐ-CP").
# One character for one, so that offsets into the text stay the same.
_LOOKALIKES = str.maketrans({"\u00d0": "Đ", "\u00f0": "đ", "\u0189": "Đ"})


def normalise(text: str) -> tuple[str, list[int] | None]:
    """The text to read: *text* in NFC with look-alikes of "Đ" read as it, and for each
    offset of it the offset in *text* (None if the same)."""
    work, starts = _nfc(text)
    if "\u00d0" in work or "\u00f0" in work or "\u0189" in work:
        work = work.translate(_LOOKALIKES)
    return work, starts


def _nfc(text: str) -> tuple[str, list[int] | None]:
    """*text* in NFC, and for each NFC offset its offset in *text* (None if same).

    The text is cut into pieces that NFC composes independently: a cut goes before
    each character of combining class 0 that does not compose with the piece
    before it (a later character of class 0 is blocked from anything earlier, and
    marks of other classes stay with their piece).  Each piece is composed alone, so
    the result is exactly ``unicodedata.normalize("NFC", text)``.
    """
    if is_nfc(text):
        return text, None
    parts: list[str] = []
    starts: list[int] = []
    piece = 0
    nfc = unicodedata.normalize
    for i in range(1, len(text) + 1):
        if i < len(text) and unicodedata.combining(nfc("NFD", text[i])[0]):
            continue  # a mark (or a letter that decomposes to marks, as U+0F73)
        composed = nfc("NFC", text[piece:i])
        if i < len(text) and nfc("NFC", composed[-1:] + text[i]) != (
                composed[-1:] + nfc("NFC", text[i])):
            continue  # composes with the piece: Hangul syllables, some Indic vowels
        parts.append(composed)
        starts.extend([piece] * len(composed))
        piece = i
    starts.append(len(text))
    return "".join(parts), starts


def past_marks(work: str, end: int) -> int:
    """*end* moved past combining marks left after it (a stray accent on a digit), so
    that a mention never ends inside what NFC keeps as one unit."""
    while work[end:end + 1] > "\u02ff" and unicodedata.combining(work[end]):
        end += 1  # marks start at U+0300: one comparison for the usual next character
    return end


def collapse(s: str) -> str:
    """*s* with each run of white space one space (a name or symbol split over lines)."""
    return " ".join(s.split()) if " " in s or "\n" in s or "\t" in s else s
