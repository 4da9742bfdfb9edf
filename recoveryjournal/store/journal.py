"""Journal entries, with their trigger links; full-text search lives in ``search.py``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.models import EntryKind, JournalEntry
from recoveryjournal.store.rows import as_bool, iso, live, moment, select, select_one, soft_delete
from recoveryjournal.store.triggers import links_for, set_links

if TYPE_CHECKING:
    from datetime import datetime

    from recoveryjournal.store.db import Database

LINKS = ("entry_triggers", "entry_id")


class JournalRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, entry: JournalEntry) -> int:
        with self.db.atomic():
            entry.updated_at = entry.updated_at or entry.created_at
            entry.id = self.db["journal_entries"].insert(self._columns(entry)).last_pk
            set_links(self.db, *LINKS, entry.id, entry.trigger_ids)
        return entry.id

    def update(self, entry: JournalEntry) -> None:
        with self.db.atomic():
            entry.updated_at = now_local()
            self.db["journal_entries"].update(entry.id, self._columns(entry))
            set_links(self.db, *LINKS, entry.id, entry.trigger_ids)

    def save_text(self, entry_id: int, title: str, body: str) -> None:
        """The autosave path: only the words, in one short transaction."""
        with self.db.atomic():
            self.db.execute(
                "UPDATE journal_entries SET title = ?, body = ?, updated_at = ? WHERE id = ?",
                [title, body, iso(now_local()), entry_id],
            )

    def get(self, entry_id: int) -> JournalEntry:
        return self._hydrate([select_one(self.db, "journal_entries", entry_id)])[0]

    def recent(self, limit: int = 50, offset: int = 0) -> list[JournalEntry]:
        rows = select(self.db, "journal_entries", live(), order_by="created_at DESC", limit=limit, offset=offset)
        return self._hydrate(list(rows))

    def between(self, start: datetime, end: datetime, include_private: bool = True) -> list[JournalEntry]:
        where = "created_at >= ? AND created_at < ?" + ("" if include_private else " AND private = 0")
        rows = select(self.db, "journal_entries", live(where), [iso(start), iso(end)], order_by="created_at")
        return self._hydrate(list(rows))

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM journal_entries WHERE deleted_at IS NULL").fetchone()[0]

    def delete(self, entry_id: int) -> None:
        soft_delete(self.db, "journal_entries", entry_id)

    def _columns(self, entry: JournalEntry) -> dict:
        return {
            "created_at": iso(entry.created_at),
            "updated_at": iso(entry.updated_at or entry.created_at),
            "title": entry.title,
            "body": entry.body,
            "private": int(entry.private),
            "mood": entry.mood,
            "kind": str(entry.kind),
        }

    def _hydrate(self, rows: list[dict]) -> list[JournalEntry]:
        links = links_for(self.db, *LINKS, [row["id"] for row in rows])
        return [
            JournalEntry(
                id=row["id"],
                created_at=moment(row["created_at"]),
                updated_at=moment(row["updated_at"]) if row["updated_at"] else None,
                title=row["title"],
                body=row["body"],
                private=as_bool(row["private"]),
                mood=row["mood"],
                kind=EntryKind(row["kind"]),
                trigger_ids=links[row["id"]],
            )
            for row in rows
        ]
