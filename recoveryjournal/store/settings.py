"""Settings kept inside the journal file (so they travel with it), stored as JSON values."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from recoveryjournal.store.rows import from_json, json_text

if TYPE_CHECKING:
    from recoveryjournal.store.db import Database


class SettingsRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str, default: Any = None) -> Any:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return from_json(row[0], default) if row else default

    def set(self, key: str, value: Any) -> None:
        with self.db.atomic():
            self.db["settings"].upsert({"key": key, "value": json_text(value)}, pk="key")
