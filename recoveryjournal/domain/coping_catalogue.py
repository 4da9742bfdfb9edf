"""The coping ideas a new journal starts with (``resources/coping.toml``), validated on load."""

from __future__ import annotations

from recoveryjournal.domain.coping_models import CopingAction
from recoveryjournal.domain.resources import ResourceError, load_toml, require_text


def parse_coping(data: dict, source: str = "coping.toml") -> list[CopingAction]:
    """Read ``[[action]]`` tables; a bad entry raises a ``ResourceError`` naming the entry and the field."""
    entries = data.get("action")
    if not isinstance(entries, list) or not entries:
        raise ResourceError(f"{source}: needs at least one [[action]] table")
    found: list[CopingAction] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        where = f"{source}, action {number}"
        name = require_text(entry, "name", where)
        named = f"{where} ('{name}')"
        category = require_text(entry, "category", named)
        description = require_text(entry, "description", named)
        unknown = sorted(set(entry) - {"name", "category", "description"})
        if unknown:
            raise ResourceError(f"{named}: unknown field '{unknown[0]}' (use name, category and description)")
        if name.casefold() in seen:
            raise ResourceError(f"{where}: '{name}' appears twice")
        seen.add(name.casefold())
        found.append(CopingAction(name=name.strip(), category=category.strip(), description=description.strip()))
    return found


def default_coping_actions() -> list[CopingAction]:
    return parse_coping(load_toml("coping.toml"))
