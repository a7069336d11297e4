"""What a valid value is (giá trị hợp lệ): one definition for constructors and files.

A value the API accepts must be one a structure file can carry, and the other way
round; otherwise a structure dumps to a file its own loader refuses.  The few rules
that decide it live here, as small functions the file readers and writers call (and
the constructors of :mod:`urbangov.structure`), each returning a problem in plain
words, or ``None`` when the value is fine.

Bottom layer: this module imports only the standard library.

Where each rule applies (readers and writer in :mod:`urbangov.io` already call them;
the constructors of :mod:`urbangov.structure` are to):

=====================================================  ==================================
field                                                  check
=====================================================  ==================================
``Unit.name`` (Ward, District, City), ``Unit.code``,    :func:`check_text`
``Official.name``, ``Official.id``,
``Appointment.decision``, ``Delegation.delegator``,
``Delegation.delegate``, ``WorkingRule.decision``,
``WorkingRule.based_on`` (the optional ones when not
None)
``Delegation.decision`` (when a text)                  :func:`decision_problem`
``Unit.as_of``, ``Official.in_field_since``,           :func:`urbangov.time.check_date`
``Appointment.effective``, ``WorkingRule.effective``   (``Period`` checks its own ends)
``Unit.city``                                          :func:`urbangov.terms.city_code`
=====================================================  ==================================

>>> text_problem("Gia Thụy") is None
True
>>> text_problem("  ")
'must not be empty'
>>> text_problem("Gia\\udc80")
'holds a lone surrogate (\\\\udc80), which is no character and cannot be written as UTF-8'
>>> int_problem(10**40)
'a number of 41 digits; no value of a structure file is longer than 18 digits'
"""

from __future__ import annotations

import re

__all__ = [
    "MAX_DEPTH",
    "MAX_INT_DIGITS",
    "MAX_TEXT_LENGTH",
    "NONE_WORD",
    "check_text",
    "decision_problem",
    "digits",
    "int_problem",
    "shown",
    "surrogate",
    "text_problem",
]

#: The deepest nesting of tables and lists a file may have.  The format needs 9
#: (file > city > districts > district > wards > ward > officials > official >
#: tenure); the bound is far above that and far below Python's recursion limit.
MAX_DEPTH = 32

#: The most digits an integer of a file may have.  The format's numbers are a version
#: and a city code (two digits); 18 digits still fit a 64-bit integer.  Longer numbers
#: are refused before they are converted (Python refuses past 4,300 digits).
MAX_INT_DIGITS = 18

#: The longest text a value may hold (a name, a code, an id, a decision number).  Real
#: values are far shorter; the bound keeps every lookup and suggestion on a text cheap
#: and keeps digit runs short enough to convert.
MAX_TEXT_LENGTH = 1000

#: The word a file writes for "recorded as none" (a council, a delegation's decision):
#: a text equal to it cannot be carried as a text.
NONE_WORD = "none"

_SURROGATE = re.compile("[\ud800-\udfff]")


def surrogate(text: str) -> str | None:
    """The first lone surrogate in *text*, escaped (``"\\\\udc80"``), or None.

    A lone surrogate (U+D800–U+DFFF) is what Python makes of bytes that are not UTF-8
    (``surrogateescape``) or of a JSON escape such as ``"\\\\udc80"``; it is no
    character, and no UTF-8 file can hold it.
    """
    found = _SURROGATE.search(text)
    return None if found is None else f"\\u{ord(found[0]):04x}"


def text_problem(value: str) -> str | None:
    """Why *value* is not a valid text (a name, code, id or decision number), or None.

    A text must hold something besides white space (the constructors trim and collapse
    white space, so "  " would become the empty name a file cannot carry), no lone
    surrogate, and at most :data:`MAX_TEXT_LENGTH` characters.
    """
    if value.isprintable() and len(value) <= MAX_TEXT_LENGTH and value and (
            not value.isspace()):
        return None  # the common case at once: a printable text holds no surrogate
    if len(value) > MAX_TEXT_LENGTH:
        return f"is {len(value)} characters long; a text holds at most {MAX_TEXT_LENGTH}"
    bad = surrogate(value)
    if bad is not None:
        return f"holds a lone surrogate ({bad}), which is no character and cannot be " \
               "written as UTF-8"
    if not value.strip():
        return "must not be empty"
    return None


def decision_problem(value: str) -> str | None:
    """Why *value* is not a valid decision number of a delegation, or None.

    As :func:`text_problem`, and not the word ``"none"``, which a file reads as "made
    without a written decision" (``decision=None``).
    """
    problem = text_problem(value)
    if problem is None and value.strip() == NONE_WORD:
        return f"the text {NONE_WORD!r} is how a file records that there is no decision; " \
               "pass None for that"
    return problem


def check_text(value: object, field: str) -> str:
    """*value* if it is a valid text, else a :class:`ValueError` (or ``TypeError``)
    naming *field*.

    >>> check_text("", "Ward.name")
    Traceback (most recent call last):
        ...
    ValueError: Ward.name must not be empty
    """
    if not isinstance(value, str):
        raise TypeError(f"{field} must be a text (str), got {type(value).__name__}")
    problem = text_problem(value)
    if problem is not None:
        raise ValueError(f"{field} {problem}")
    return value


def digits(value: int) -> int:
    """How many decimal digits *value* has, without converting it to a string."""
    n = abs(value)
    # bit_length gives the digit count within one; correct it by one comparison
    guess = max(1, int(n.bit_length() * 0.30102999566398120))
    return guess + 1 if n >= 10**guess else max(guess, 1)


def int_problem(value: int) -> str | None:
    """Why *value* is too long an integer for a file, or None."""
    count = digits(value)
    if count > MAX_INT_DIGITS:
        return f"a number of {count} digits; no value of a structure file is longer than " \
               f"{MAX_INT_DIGITS} digits"
    return None


def shown(text: str) -> str:
    """*text* safe to print anywhere: lone surrogates written as ``\\\\udc80``."""
    return text if _SURROGATE.search(text) is None else \
        text.encode("utf-8", "backslashreplace").decode("utf-8")
