"""The coping ideas a new journal starts with (``resources/coping.toml``), validated on load."""

from __future__ import annotations

from dataclasses import replace

from recoveryjournal.domain.coping_models import CopingAction
from recoveryjournal.domain.resources import ResourceError, language_words, load_toml, require_text
from recoveryjournal.i18n import current_language


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
    """The shipped ideas in the current language (``coping_es.toml`` beside ``coping.toml``); English where a
    translation leaves one out."""
    actions = parse_coping(load_toml("coping.toml"))
    words = language_words("coping.toml", current_language(), "action", "of", ("name", "description"))
    unknown = sorted(set(words) - {action.name for action in actions})
    if unknown:
        raise ResourceError(f"coping_{current_language()}.toml: '{unknown[0]}' is not an idea in coping.toml")
    return [
        replace(
            action,
            name=words.get(action.name, {}).get("name", action.name).strip(),
            description=words.get(action.name, {}).get("description", action.description).strip(),
        )
        for action in actions
    ]
