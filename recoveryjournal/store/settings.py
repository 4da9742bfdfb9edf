"""Settings kept inside the journal file (so they travel with it), stored as JSON values."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from recoveryjournal.domain.weeks import WEEK_START_KEY, as_first_day
from recoveryjournal.store.rows import from_json, json_text

if TYPE_CHECKING:
    from recoveryjournal.store.db import Database


class SettingsRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str, default: Any = None) -> Any:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return from_json(row[0], default) if row else default

    def week_start(self) -> str:
        """The first day of the person's week: "monday" (the default) or "sunday" (``domain.weeks``)."""
        return as_first_day(self.get(WEEK_START_KEY, "monday"))

    def set(self, key: str, value: Any) -> None:
        # Plain SQL: sqlite-utils' upsert first asks sqlite_master about the table, at every call.
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, json_text(value)],
            )
