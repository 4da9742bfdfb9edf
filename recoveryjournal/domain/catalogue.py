"""The default trigger catalogue (``resources/triggers.toml``), validated on load."""

from __future__ import annotations

from recoveryjournal.domain.models import Trigger, TriggerKind
from recoveryjournal.domain.resources import ResourceError, in_language, load_toml, named_entries, require_text
from recoveryjournal.i18n import current_language, translate


def parse_triggers(data: dict, source: str = "triggers.toml") -> list[Trigger]:
    kinds = {kind.value for kind in TriggerKind}
    found: list[Trigger] = []
    for name, where, entry in named_entries(data, "trigger", source):
        kind = require_text(entry, "kind", f"{where} ('{name}')")
        if kind not in kinds:
            raise ResourceError(
                translate("Resources", "{where}: kind '{kind}' is not one of {kinds}").format(
                    where=f"{where} ('{name}')", kind=kind, kinds=", ".join(sorted(kinds))
                )
            )
        found.append(Trigger(name=name, kind=TriggerKind(kind), description=entry.get("description", "")))
    return found


def default_triggers() -> list[Trigger]:
    """The shipped catalogue in the current language (``triggers_es.toml`` beside ``triggers.toml``); English where a
    translation leaves one out."""
    return in_language(
        parse_triggers(load_toml("triggers.toml")),
        "triggers.toml",
        "trigger",
        current_language(),
        translate("Resources", "a trigger"),
    )
