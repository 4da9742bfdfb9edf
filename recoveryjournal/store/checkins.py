"""Check-ins: mood, emotions, craving, triggers, context, and the coping action used with the craving after it."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.models import CheckIn
from recoveryjournal.store.rows import from_json, iso, json_text, live, moment, select, select_one, soft_delete
from recoveryjournal.store.triggers import links_for, set_links

if TYPE_CHECKING:
    from recoveryjournal.store.db import Database

LINKS = ("checkin_triggers", "checkin_id")


class CheckInRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, checkin: CheckIn) -> int:
        with self.db.atomic():
            now = iso(now_local())
            checkin.id = self.db["checkins"].insert({**self._columns(checkin), "created_at": now}).last_pk
            self._write_children(checkin)
        return checkin.id

    def update(self, checkin: CheckIn) -> None:
        with self.db.atomic():
            self.db["checkins"].update(checkin.id, self._columns(checkin))
            self._write_children(checkin)

    def get(self, checkin_id: int) -> CheckIn:
        return self._hydrate([select_one(self.db, "checkins", checkin_id)])[0]

    def between(self, start: datetime, end: datetime) -> list[CheckIn]:
        """Check-ins from ``start`` (inclusive) to ``end`` (exclusive), oldest first."""
        rows = select(self.db, "checkins", live("at >= ? AND at < ?"), [iso(start), iso(end)], order_by="at")
        return self._hydrate(list(rows))

    def recent(self, limit: int = 20) -> list[CheckIn]:
        rows = select(self.db, "checkins", live(), order_by="at DESC", limit=limit)
        return self._hydrate(list(rows))

    def delete(self, checkin_id: int) -> None:
        soft_delete(self.db, "checkins", checkin_id)

    def _columns(self, checkin: CheckIn) -> dict:
        return {
            "at": iso(checkin.at),
            "mood": checkin.mood,
            "emotions": json_text(checkin.emotions),
            "craving": checkin.craving,
            "substance": checkin.substance,
            "place": checkin.where,
            "with_whom": checkin.with_whom,
            "what_happening": checkin.what_happening,
            "note": checkin.note,
            "updated_at": iso(now_local()),
        }

    def _write_children(self, checkin: CheckIn) -> None:
        set_links(self.db, *LINKS, checkin.id, checkin.trigger_ids)
        self.db.execute("DELETE FROM coping_uses WHERE checkin_id = ?", [checkin.id])
        if checkin.coping_action_id is not None:
            self.db["coping_uses"].insert(
                {
                    "action_id": checkin.coping_action_id,
                    "at": iso(checkin.at),
                    "craving_before": checkin.craving,
                    "craving_after": checkin.craving_after,
                    "checkin_id": checkin.id,
                }
            )

    def _hydrate(self, rows: list[dict]) -> list[CheckIn]:
        ids = [row["id"] for row in rows]
        triggers = links_for(self.db, *LINKS, ids)
        coping: dict[int, tuple[int, int | None]] = {}
        if ids:
            marks = ",".join("?" * len(ids))
            for checkin_id, action_id, after in self.db.execute(
                f"SELECT checkin_id, action_id, craving_after FROM coping_uses "
                f"WHERE deleted_at IS NULL AND checkin_id IN ({marks})",
                ids,
            ):
                coping[checkin_id] = (action_id, after)
        return [
            CheckIn(
                id=row["id"],
                at=moment(row["at"]),
                mood=row["mood"],
                emotions=from_json(row["emotions"], []),
                craving=row["craving"],
                substance=row["substance"] or "",
                trigger_ids=triggers[row["id"]],
                where=row["place"] or "",
                with_whom=row["with_whom"] or "",
                what_happening=row["what_happening"] or "",
                note=row["note"] or "",
                coping_action_id=coping.get(row["id"], (None, None))[0],
                craving_after=coping.get(row["id"], (None, None))[1],
            )
            for row in rows
        ]
