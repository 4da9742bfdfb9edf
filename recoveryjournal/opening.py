"""Opening a journal the way the app and the CLI both need it: open the store, then fill a new one's catalogues."""

from __future__ import annotations

from pathlib import Path

from recoveryjournal.store.db import check_health as require_health
from recoveryjournal.store.store import Store

SEEDED_KEY = "catalogue_seeded"


def open_journal(folder: Path, key: bytes | None = None, check_health: bool = True) -> Store:
    """The open journal. ``check_health=False`` leaves ``PRAGMA quick_check`` to the caller, who must run
    ``check_health`` from store/db.py before anything is written (the app runs it in the background: ui/health.py)."""
    store = Store.open(folder, key, check_health)
    try:
        if not check_health and not store.settings.get(SEEDED_KEY):
            require_health(store.path, store.key)  # seeding writes
        seed_catalogues(store)
    except BaseException:
        store.close()
        raise
    return store


def seed_catalogues(store: Store) -> None:
    """Give a new journal the default triggers and coping ideas once; later edits and deletions are the person's own."""
    if store.settings.get(SEEDED_KEY):
        return
    from recoveryjournal.domain.catalogue import default_triggers  # read from the resources only this once
    from recoveryjournal.domain.coping_catalogue import default_coping_actions

    with store.db.atomic():
        for trigger in default_triggers():
            if store.triggers.by_name(trigger.name) is None:
                store.triggers.add(trigger)
        for action in default_coping_actions():
            if store.coping.action_by_name(action.name) is None:
                store.coping.add_action(action)
        store.settings.set(SEEDED_KEY, True)
