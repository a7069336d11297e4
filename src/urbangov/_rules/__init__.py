"""The rule checks, one module per kind of object they judge.

:func:`resolve` (what an authority denotes for a unit on a day) is shared with the
mutations of :mod:`urbangov._mutations`.
"""

from urbangov._rules._offices import Seat, Unresolved, resolve

__all__ = ["Seat", "Unresolved", "resolve"]
