"""The default trigger catalogue (``resources/triggers.toml``), validated on load."""

from __future__ import annotations

from dataclasses import replace

from recoveryjournal.domain.models import Trigger, TriggerKind
from recoveryjournal.domain.resources import ResourceError, language_words, load_toml, require_text
from recoveryjournal.i18n import current_language


def parse_triggers(data: dict, source: str = "triggers.toml") -> list[Trigger]:
    entries = data.get("trigger")
    if not isinstance(entries, list) or not entries:
        raise ResourceError(f"{source}: needs at least one [[trigger]] table")
    kinds = {kind.value for kind in TriggerKind}
    found: list[Trigger] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        where = f"{source}, trigger {number}"
        name = require_text(entry, "name", where)
        kind = require_text(entry, "kind", f"{where} ('{name}')")
        if kind not in kinds:
            raise ResourceError(f"{where} ('{name}'): kind '{kind}' is not one of {', '.join(sorted(kinds))}")
        if name.casefold() in seen:
            raise ResourceError(f"{where}: '{name}' appears twice")
        seen.add(name.casefold())
        found.append(Trigger(name=name, kind=TriggerKind(kind), description=entry.get("description", "")))
    return found


def default_triggers() -> list[Trigger]:
    """The shipped catalogue in the current language (``triggers_es.toml`` beside ``triggers.toml``); English where a
    translation leaves one out."""
    triggers = parse_triggers(load_toml("triggers.toml"))
    words = language_words("triggers.toml", current_language(), "trigger", "of", ("name", "description"))
    unknown = sorted(set(words) - {trigger.name for trigger in triggers})
    if unknown:
        raise ResourceError(f"triggers_{current_language()}.toml: '{unknown[0]}' is not a trigger in triggers.toml")
    return [
        replace(
            trigger,
            name=words.get(trigger.name, {}).get("name", trigger.name).strip(),
            description=words.get(trigger.name, {}).get("description", trigger.description).strip(),
        )
        for trigger in triggers
    ]
