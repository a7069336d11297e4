"""Export a structure as Popolo JSON (https://www.popoloproject.com/specs/).

Each unit gives an organization for its People's Committee (UBND, classification
``executive``) and, when it has one, its People's Council (HĐND, ``legislature``),
whose ``parent_id`` is the same body of the unit above.  Each post held gives a post
of the committee; each official a person (people with the same ``id``, or name, are one
person) and a membership with ``start_date`` and ``end_date`` (the *last* day held,
inclusive, as Popolo means it; omitted while open).
"""

from __future__ import annotations

from typing import Any

from urbangov._text import fold
from urbangov.structure import PeoplesCouncil, Unit

__all__ = ["POPOLO_SCHEMA", "to_popolo"]


def _slug(text: str) -> str:
    return fold(text).replace(" ", "-") or "x"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def to_popolo(obj: Unit) -> dict[str, Any]:
    """The structure *obj* as Popolo: persons, organizations, posts and memberships.

    IDs are stable: bodies are named by the unit's GSO code (or its path in the
    structure when it has none), people by their ``id`` or name.
    """
    if not isinstance(obj, Unit):
        raise TypeError(f"to_popolo() takes a City, District or Ward, not {type(obj).__name__}")
    persons: dict[str, dict[str, Any]] = {}
    organizations: list[dict[str, Any]] = []
    posts: dict[str, dict[str, Any]] = {}
    memberships: list[dict[str, Any]] = []
    parents: dict[int, tuple[str, str | None]] = {}
    for path, unit in obj.walk():
        uid = unit.code or _slug(f"{obj.code or obj.name}-{path or 'root'}")
        where = _lower_first(unit.full_name)
        committee = f"ubnd-{uid}"
        council = f"hdnd-{uid}" if isinstance(unit.council, PeoplesCouncil) else None
        up_committee, up_council = parents.get(id(unit), (None, None))
        org: dict[str, Any] = {"id": committee, "name": f"Ủy ban nhân dân {where}",
                               "classification": "executive"}
        if up_committee:
            org["parent_id"] = up_committee
        organizations.append(org)
        if council:
            org = {"id": council, "name": f"Hội đồng nhân dân {where}",
                   "classification": "legislature"}
            if up_council:
                org["parent_id"] = up_council
            organizations.append(org)
        for child in unit.children():
            parents[id(child)] = (committee, council)
        for official in unit.officials or ():
            pid = f"person-{_slug(official.key)}"
            persons.setdefault(pid, {"id": pid, "name": official.name})
            post_id = f"{committee}-{official.post.value}"
            posts.setdefault(post_id, {"id": post_id,
                                       "label": f"{official.post.vietnamese} {where}",
                                       "role": official.post.english,
                                       "organization_id": committee})
            membership: dict[str, Any] = {
                "id": f"membership-{len(memberships) + 1}",
                "person_id": pid,
                "organization_id": committee,
                "post_id": post_id,
                "role": official.post.english + (" (acting)" if official.acting else ""),
                "start_date": official.tenure.start.isoformat(),
            }
            last = official.tenure.last
            if last is not None:
                membership["end_date"] = last.isoformat()
            memberships.append(membership)
    return {"persons": sorted(persons.values(), key=lambda p: p["id"]),
            "organizations": organizations,
            "posts": list(posts.values()),
            "memberships": memberships}


_DATE = {"type": "string", "pattern": r"^[0-9]{4}(-[0-9]{2}){0,2}$"}

#: A JSON Schema for the subset of Popolo that :func:`to_popolo` writes, taken from the
#: Popolo specification's person, organization, post and membership schemas.
POPOLO_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "Popolo export (persons, organizations, posts, memberships)",
    "type": "object",
    "required": ["persons", "organizations", "posts", "memberships"],
    "additionalProperties": False,
    "properties": {
        "persons": {"type": "array", "items": {
            "type": "object", "required": ["id", "name"], "additionalProperties": False,
            "properties": {"id": {"type": "string"}, "name": {"type": "string"}}}},
        "organizations": {"type": "array", "items": {
            "type": "object", "required": ["id", "name", "classification"],
            "additionalProperties": False,
            "properties": {"id": {"type": "string"}, "name": {"type": "string"},
                           "classification": {"type": "string"},
                           "parent_id": {"type": "string"}}}},
        "posts": {"type": "array", "items": {
            "type": "object", "required": ["id", "label", "organization_id"],
            "additionalProperties": False,
            "properties": {"id": {"type": "string"}, "label": {"type": "string"},
                           "role": {"type": "string"},
                           "organization_id": {"type": "string"}}}},
        "memberships": {"type": "array", "items": {
            "type": "object", "required": ["id", "person_id", "organization_id"],
            "additionalProperties": False,
            "properties": {"id": {"type": "string"}, "person_id": {"type": "string"},
                           "organization_id": {"type": "string"},
                           "post_id": {"type": "string"}, "role": {"type": "string"},
                           "start_date": _DATE, "end_date": _DATE}}},
    },
}
