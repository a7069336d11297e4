"""The generated glossary: one table per enum with Vietnamese and English names.

Imports nothing from MkDocs (see ``urbangov_docs.py``).
"""

from __future__ import annotations

import enum

from urbangov_docs_common import cell

from urbangov import law, terms

# --------------------------------------------------------------------------- glossary


#: The enums whose members carry ``vietnamese``/``english`` names, in glossary order.
GLOSSARY_ENUMS: tuple[type[enum.Enum], ...] = (
    terms.UnitKind, terms.Level, terms.UnitClass, terms.Post, terms.Authority,
    terms.AppointmentMethod, terms.DecisionMode, terms.Act, law.InstrumentKind)


def glossary_tables() -> str:
    """One table per enum of ``urbangov.terms`` and ``urbangov.law.InstrumentKind``."""
    parts: list[str] = []
    for enum_type in GLOSSARY_ENUMS:
        module = enum_type.__module__
        qualified = f"{module}.{enum_type.__name__}"
        summary = (enum_type.__doc__ or "").strip().splitlines()[0]
        parts += [f"### {enum_type.__name__}", "", f"{summary} Defined in "
                  f"[`{qualified}`][{qualified}].", "",
                  "| Vietnamese | English | Abbreviation | Member | Value (in files) |",
                  "|---|---|---|---|---|"]
        for member in enum_type:
            abbreviation = getattr(member, "abbreviation", None) or ""
            parts.append(f"| *{cell(member.vietnamese)}* | {cell(member.english)} | "  # type: ignore[attr-defined]
                         f"{cell(abbreviation)} | `{enum_type.__name__}.{member.name}` | "
                         f"`{member.value}` |")
        parts.append("")
    return "\n".join(parts)
