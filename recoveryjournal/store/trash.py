"""The trash: soft-deleted records, listed together, restored or finally erased on request."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from recoveryjournal.domain.models import Record
from recoveryjournal.store.rows import moment

if TYPE_CHECKING:
    from recoveryjournal.store.db import Database

# table -> (what a person calls it, SQL expression that names one record)
TRASHABLE: dict[str, tuple[str, str]] = {
    "journal_entries": ("Journal entry", "COALESCE(NULLIF(title, ''), substr(body, 1, 60))"),
    "checkins": ("Check-in", "'Check-in ' || substr(at, 1, 16)"),
    "triggers": ("Trigger", "name"),
    "coping_actions": ("Coping tool", "name"),
    "coping_uses": ("Coping use", "'Used ' || substr(at, 1, 16)"),
    "lapses": ("Lapse", "substance || ' on ' || substr(at, 1, 10)"),
    "substances": ("Tracked substance", "name"),
    "plan_items": ("Plan item", "text"),
    "weekly_goals": ("Weekly goal", "text"),
    "support_contacts": ("Support contact", "name"),
    "reflections": ("Reflection", "COALESCE(NULLIF(prompt_text, ''), substr(answer, 1, 60))"),
    "treatment_sessions": ("Session", "kind || ' on ' || substr(at, 1, 10)"),
    "measure_results": ("Questionnaire", "COALESCE(NULLIF(title, ''), measure_id) || ' on ' || substr(at, 1, 10)"),
    "medications": ("Medication", "name"),
}

# Rows that only make sense beside their owner are erased with it when the trash is emptied.
DEPENDENTS: dict[str, list[tuple[str, str]]] = {
    "journal_entries": [("entry_triggers", "entry_id")],
    "checkins": [("checkin_triggers", "checkin_id"), ("coping_uses", "checkin_id")],
    "triggers": [("checkin_triggers", "trigger_id"), ("entry_triggers", "trigger_id")],
    "coping_actions": [("coping_uses", "action_id"), ("plan_actions", "coping_action_id")],
    "medications": [("medication_doses", "medication_id")],
}


class TrashItem(Record):
    """One deleted record as the trash view lists it."""

    table: str
    record_id: int
    label: str
    deleted_at: datetime


class TrashRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def items(self) -> list[TrashItem]:
        found = []
        for table, (kind, label_sql) in TRASHABLE.items():
            rows = self.db.execute(f"SELECT id, {label_sql}, deleted_at FROM {table} WHERE deleted_at IS NOT NULL")
            found += [TrashItem(table, record_id, f"{kind}: {label}", moment(at)) for record_id, label, at in rows]
        return sorted(found, key=lambda item: item.deleted_at, reverse=True)

    def restore(self, table: str, record_id: int) -> None:
        self._check(table)
        with self.db.atomic():
            self.db.execute(f"UPDATE {table} SET deleted_at = NULL WHERE id = ?", [record_id])

    def empty(self) -> int:
        """Erase everything in the trash for good; returns how many records went."""
        erased = 0
        with self.db.atomic():
            for table in TRASHABLE:
                ids = [row[0] for row in self.db.execute(f"SELECT id FROM {table} WHERE deleted_at IS NOT NULL")]
                for record_id in ids:
                    for child, column in DEPENDENTS.get(table, []):
                        self.db.execute(f"DELETE FROM {child} WHERE {column} = ?", [record_id])
                    if table == "weekly_goals":
                        self.db.execute(
                            "UPDATE weekly_goals SET carried_from_id = NULL WHERE carried_from_id = ?", [record_id]
                        )
                    self.db.execute(f"DELETE FROM {table} WHERE id = ?", [record_id])
                erased += len(ids)
        return erased

    @staticmethod
    def _check(table: str) -> None:
        if table not in TRASHABLE:
            raise ValueError(f"{table} has no trash")
