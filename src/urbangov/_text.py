"""Vietnamese text helpers: NFC storage and diacritic-insensitive keys.

Names are stored in Unicode NFC with their diacritics.  Lookups fold a name to a
*key*: NFD-decomposed, combining marks dropped, ``đ`` mapped to ``d``, lower-cased,
punctuation turned to spaces and whitespace collapsed, so that "Phường Gia Thụy",
"phuong gia thuy" and "PHƯỜNG  GIA THỤY" share one key.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "is_nfc", "nfc"]

_SPACES = re.compile(r"[\s\-–—_.,;:()'\"/]+")


def nfc(text: str) -> str:
    """Return *text* in Unicode NFC with runs of white space collapsed and trimmed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def is_nfc(text: str) -> bool:
    """Whether *text* is already in Unicode NFC."""
    return unicodedata.is_normalized("NFC", text)


def fold(text: str) -> str:
    """Fold *text* to a lookup key without diacritics, case or punctuation.

    >>> fold("Phường Gia Thụy")
    'phuong gia thuy'
    >>> fold("ĐÀ  NẴNG")
    'da nang'
    """
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", bare.casefold()).strip()
