"""The trigger catalogue and its links to check-ins and journal entries."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.models import Trigger, TriggerKind
from recoveryjournal.store.rows import as_bool, ensure_name_free, iso, live, select, select_one, soft_delete

if TYPE_CHECKING:
    from recoveryjournal.store.db import Database


def _trigger(row: dict) -> Trigger:
    return Trigger(
        id=row["id"],
        name=row["name"],
        kind=TriggerKind(row["kind"]),
        description=row["description"] or "",
        archived=as_bool(row["archived"]),
    )


class TriggerRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, trigger: Trigger) -> int:
        with self.db.atomic():
            ensure_name_free(self.db, "triggers", trigger.name)
            trigger.id = (
                self.db["triggers"]
                .insert(
                    {
                        "name": trigger.name,
                        "kind": str(trigger.kind),
                        "description": trigger.description,
                        "archived": int(trigger.archived),
                        "created_at": iso(now_local()),
                    }
                )
                .last_pk
            )
        return trigger.id

    def get(self, trigger_id: int) -> Trigger:
        return _trigger(select_one(self.db, "triggers", trigger_id))

    def by_name(self, name: str) -> Trigger | None:
        rows = select(self.db, "triggers", live("name = ? COLLATE NOCASE"), [name], limit=1)
        return _trigger(rows[0]) if rows else None

    def ensure(self, name: str, kind: TriggerKind) -> Trigger:
        """The trigger called ``name``, created with ``kind`` when it is new."""
        existing = self.by_name(name)
        if existing is not None:
            return existing
        trigger = Trigger(name=name, kind=kind)
        self.add(trigger)
        return trigger

    def list(self, include_archived: bool = False) -> list[Trigger]:
        where = live() if include_archived else live("archived = 0")
        return [_trigger(row) for row in select(self.db, "triggers", where, order_by="name COLLATE NOCASE")]

    def update(self, trigger: Trigger) -> None:
        with self.db.atomic():
            ensure_name_free(self.db, "triggers", trigger.name, trigger.id)
            self.db["triggers"].update(
                trigger.id,
                {
                    "name": trigger.name,
                    "kind": str(trigger.kind),
                    "description": trigger.description,
                    "archived": int(trigger.archived),
                },
            )

    def merge(self, source_id: int, into_id: int) -> None:
        """Fold one trigger into another: every link follows, the source goes to the trash."""
        if source_id == into_id:
            return
        with self.db.atomic():
            for table, owner in (("checkin_triggers", "checkin_id"), ("entry_triggers", "entry_id")):
                self.db.execute(
                    f"INSERT OR IGNORE INTO {table} ({owner}, trigger_id) "
                    f"SELECT {owner}, ? FROM {table} WHERE trigger_id = ?",
                    [into_id, source_id],
                )
                self.db.execute(f"DELETE FROM {table} WHERE trigger_id = ?", [source_id])
            soft_delete(self.db, "triggers", source_id)

    def delete(self, trigger_id: int) -> None:
        soft_delete(self.db, "triggers", trigger_id)

    def usage_counts(self) -> dict[int, int]:
        """How often each trigger was logged, on check-ins and entries that are not in the trash."""
        sql = """
            SELECT trigger_id, COUNT(*) FROM (
                SELECT ct.trigger_id FROM checkin_triggers ct JOIN checkins c ON c.id = ct.checkin_id
                WHERE c.deleted_at IS NULL
                UNION ALL
                SELECT et.trigger_id FROM entry_triggers et JOIN journal_entries e ON e.id = et.entry_id
                WHERE e.deleted_at IS NULL
            ) GROUP BY trigger_id
        """
        return dict(self.db.execute(sql).fetchall())


def set_links(db: Database, table: str, owner_column: str, owner_id: int, trigger_ids: list[int]) -> None:
    """Replace the trigger links of one check-in or entry (call inside a transaction)."""
    db.execute(f"DELETE FROM {table} WHERE {owner_column} = ?", [owner_id])
    for trigger_id in dict.fromkeys(trigger_ids):
        db.execute(f"INSERT INTO {table} ({owner_column}, trigger_id) VALUES (?, ?)", [owner_id, trigger_id])


def links_for(db: Database, table: str, owner_column: str, owner_ids: list[int]) -> dict[int, list[int]]:
    found: dict[int, list[int]] = {owner_id: [] for owner_id in owner_ids}
    if not owner_ids:
        return found
    marks = ",".join("?" * len(owner_ids))
    rows = db.execute(
        f"SELECT {owner_column}, trigger_id FROM {table} WHERE {owner_column} IN ({marks}) ORDER BY rowid",
        owner_ids,
    )
    for owner_id, trigger_id in rows:
        found[owner_id].append(trigger_id)
    return found
