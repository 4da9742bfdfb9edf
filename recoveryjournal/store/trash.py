"""The trash: soft-deleted records, listed together, restored or finally erased on request."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from recoveryjournal.domain.models import Record
from recoveryjournal.i18n import translatable, translate
from recoveryjournal.store.rows import moment

if TYPE_CHECKING:
    from recoveryjournal.store.db import Database

# table -> (what a person calls it, SQL naming one record, how those values read): words through translate("Trash")
NAME = "{0}"  # the name alone: no words to translate
ON_DAY = translatable("Trash", "{0} on {1}")
TRASHABLE: dict[str, tuple[str, str, str]] = {
    "journal_entries": (
        translatable("Trash", "Journal entry"),
        "COALESCE(NULLIF(title, ''), substr(body, 1, 60))",
        NAME,
    ),
    "checkins": (translatable("Trash", "Check-in"), "substr(at, 1, 16)", translatable("Trash", "Check-in {0}")),
    "triggers": (translatable("Trash", "Trigger"), "name", NAME),
    "coping_actions": (translatable("Trash", "Coping tool"), "name", NAME),
    "coping_uses": (translatable("Trash", "Coping use"), "substr(at, 1, 16)", translatable("Trash", "Used {0}")),
    "lapses": (translatable("Trash", "Lapse"), "substance, substr(at, 1, 10)", ON_DAY),
    "substances": (translatable("Trash", "Tracked substance"), "name", NAME),
    "plan_items": (translatable("Trash", "Plan item"), "text", NAME),
    "weekly_goals": (translatable("Trash", "Weekly goal"), "text", NAME),
    "support_contacts": (translatable("Trash", "Support contact"), "name", NAME),
    "reflections": (
        translatable("Trash", "Reflection"),
        "COALESCE(NULLIF(prompt_text, ''), substr(answer, 1, 60))",
        NAME,
    ),
    "treatment_sessions": (translatable("Trash", "Session"), "kind, substr(at, 1, 10)", ON_DAY),
    "measure_results": (
        translatable("Trash", "Questionnaire"),
        "COALESCE(NULLIF(title, ''), measure_id), substr(at, 1, 10)",
        ON_DAY,
    ),
    "medications": (translatable("Trash", "Medication"), "name", NAME),
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
        for table, (kind, label_sql, words) in TRASHABLE.items():
            rows = self.db.execute(f"SELECT id, deleted_at, {label_sql} FROM {table} WHERE deleted_at IS NOT NULL")
            found += [
                TrashItem(
                    table,
                    record_id,
                    f"{translate('Trash', kind)}: {translate('Trash', words).format(*values)}",
                    moment(at),
                )
                for record_id, at, *values in rows
            ]
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
