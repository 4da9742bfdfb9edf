"""The coping ideas a new journal starts with (``resources/coping.toml``), validated on load."""

from __future__ import annotations

from recoveryjournal.domain.coping_models import CopingAction
from recoveryjournal.domain.resources import in_language, load_toml, named_entries, require_text, unknown_field
from recoveryjournal.i18n import current_language, translate


def parse_coping(data: dict, source: str = "coping.toml") -> list[CopingAction]:
    """Read ``[[action]]`` tables; a bad entry raises a ``ResourceError`` naming the entry and the field."""
    found: list[CopingAction] = []
    for name, where, entry in named_entries(data, "action", source):
        named = f"{where} ('{name}')"
        category = require_text(entry, "category", named)
        description = require_text(entry, "description", named)
        unknown = sorted(set(entry) - {"name", "category", "description"})
        if unknown:
            raise unknown_field(named, unknown[0], ("name", "category", "description"))
        found.append(CopingAction(name=name.strip(), category=category.strip(), description=description.strip()))
    return found


def default_coping_actions() -> list[CopingAction]:
    """The shipped ideas in the current language (``coping_es.toml`` beside ``coping.toml``); English where a
    translation leaves one out."""
    ideas = parse_coping(load_toml("coping.toml"))
    return in_language(ideas, "coping.toml", "action", current_language(), translate("Resources", "an idea"))
