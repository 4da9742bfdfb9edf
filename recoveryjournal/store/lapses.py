"""Lapses, kept as information: when, what, and what was going on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recoveryjournal.domain.models import Lapse
from recoveryjournal.store.rows import iso, live, moment, select, select_one, soft_delete

if TYPE_CHECKING:
    from recoveryjournal.store.db import Database


def _lapse(row: dict) -> Lapse:
    return Lapse(
        id=row["id"],
        at=moment(row["at"]),
        substance=row["substance"],
        amount=row["amount"] or "",
        context=row["context"] or "",
        what_helped=row["what_helped"] or "",
        note=row["note"] or "",
    )


class LapseRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, lapse: Lapse) -> int:
        with self.db.atomic():
            lapse.id = self.db["lapses"].insert(self._columns(lapse)).last_pk
        return lapse.id

    def update(self, lapse: Lapse) -> None:
        with self.db.atomic():
            self.db["lapses"].update(lapse.id, self._columns(lapse))

    def get(self, lapse_id: int) -> Lapse:
        return _lapse(select_one(self.db, "lapses", lapse_id))

    def all(self) -> list[Lapse]:
        return [_lapse(row) for row in select(self.db, "lapses", live(), order_by="at")]

    def delete(self, lapse_id: int) -> None:
        soft_delete(self.db, "lapses", lapse_id)

    @staticmethod
    def _columns(lapse: Lapse) -> dict:
        return {
            "at": iso(lapse.at),
            "substance": lapse.substance,
            "amount": lapse.amount,
            "context": lapse.context,
            "what_helped": lapse.what_helped,
            "note": lapse.note,
        }
