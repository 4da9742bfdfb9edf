"""Settings kept inside the journal file (so they travel with it), stored as JSON values."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from recoveryjournal.domain.weeks import WEEK_START_KEY, as_first_day
from recoveryjournal.store.rows import from_json, json_text

if TYPE_CHECKING:
    from recoveryjournal.store.db import Database


MISSING = object()


class SettingsRepo:
    """Settings read once until the journal changes: several pages ask for the same few (the week start, the
    language) at every showing. Any write through this connection (a setting saved, an import replacing the table)
    moves SQLite's count of changed rows, which empties what was read; no other program writes to a journal the app
    holds open (``journal.lock``)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._read: dict[str, Any] = {}
        self._read_at = -1

    def get(self, key: str, default: Any = None) -> Any:
        changes = self.db.conn.total_changes
        if changes != self._read_at:
            self._read.clear()
            self._read_at = changes
        if key not in self._read:
            row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
            self._read[key] = row[0] if row else MISSING
        value = self._read[key]
        return default if value is MISSING else from_json(value, default)

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
