"""The coping toolbox and each time a tool was used."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recoveryjournal.domain.coping_models import CopingAction, CopingUse
from recoveryjournal.store.rows import as_bool, iso, live, moment, select, select_one, soft_delete

if TYPE_CHECKING:
    from datetime import datetime

    from recoveryjournal.store.db import Database


def _action(row: dict) -> CopingAction:
    return CopingAction(
        id=row["id"],
        name=row["name"],
        category=row["category"] or "",
        description=row["description"] or "",
        favourite=as_bool(row["favourite"]),
        custom=as_bool(row["custom"]),
        archived=as_bool(row["archived"]),
    )


def _use(row: dict) -> CopingUse:
    return CopingUse(
        id=row["id"],
        action_id=row["action_id"],
        at=moment(row["at"]),
        craving_before=row["craving_before"],
        craving_after=row["craving_after"],
        checkin_id=row["checkin_id"],
        note=row["note"] or "",
    )


class CopingRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add_action(self, action: CopingAction) -> int:
        with self.db.atomic():
            action.id = self.db["coping_actions"].insert(self._action_columns(action)).last_pk
        return action.id

    def update_action(self, action: CopingAction) -> None:
        with self.db.atomic():
            self.db["coping_actions"].update(action.id, self._action_columns(action))

    def get_action(self, action_id: int) -> CopingAction:
        return _action(select_one(self.db, "coping_actions", action_id))

    def action_by_name(self, name: str) -> CopingAction | None:
        rows = select(self.db, "coping_actions", live("name = ? COLLATE NOCASE"), [name], limit=1)
        return _action(rows[0]) if rows else None

    def actions(self, include_archived: bool = False) -> list[CopingAction]:
        where = live() if include_archived else live("archived = 0")
        return [_action(row) for row in select(self.db, "coping_actions", where, order_by="name COLLATE NOCASE")]

    def delete_action(self, action_id: int) -> None:
        soft_delete(self.db, "coping_actions", action_id)

    def add_use(self, use: CopingUse) -> int:
        with self.db.atomic():
            use.id = (
                self.db["coping_uses"]
                .insert(
                    {
                        "action_id": use.action_id,
                        "at": iso(use.at),
                        "craving_before": use.craving_before,
                        "craving_after": use.craving_after,
                        "checkin_id": use.checkin_id,
                        "note": use.note,
                    }
                )
                .last_pk
            )
        return use.id

    def uses_between(self, start: datetime, end: datetime) -> list[CopingUse]:
        rows = select(self.db, "coping_uses", live("at >= ? AND at < ?"), [iso(start), iso(end)], order_by="at")
        return [_use(row) for row in rows]

    def all_uses(self) -> list[CopingUse]:
        return [_use(row) for row in select(self.db, "coping_uses", live(), order_by="at")]

    @staticmethod
    def _action_columns(action: CopingAction) -> dict:
        return {
            "name": action.name,
            "category": action.category,
            "description": action.description,
            "favourite": int(action.favourite),
            "custom": int(action.custom),
            "archived": int(action.archived),
        }
