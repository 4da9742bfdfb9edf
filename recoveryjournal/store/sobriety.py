"""Substances the person tracks, each with the date their current run of sobriety began."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recoveryjournal.domain.models import Substance
from recoveryjournal.store.rows import as_bool, day, day_text, ensure_name_free, live, select, soft_delete

if TYPE_CHECKING:
    from recoveryjournal.store.db import Database


def _substance(row: dict) -> Substance:
    return Substance(
        id=row["id"],
        name=row["name"],
        sober_since=day(row["sober_since"]),
        tracked=as_bool(row["tracked"]),
        tracked_since=day(row["tracked_since"]) if row["tracked_since"] else None,
    )


class SobrietyRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, substance: Substance) -> int:
        with self.db.atomic():
            ensure_name_free(self.db, "substances", substance.name)
            substance.id = self.db["substances"].insert(self._columns(substance)).last_pk
        return substance.id

    def update(self, substance: Substance) -> None:
        with self.db.atomic():
            ensure_name_free(self.db, "substances", substance.name, substance.id)
            self.db["substances"].update(substance.id, self._columns(substance))

    def all(self, tracked_only: bool = True) -> list[Substance]:
        where = live("tracked = 1") if tracked_only else live()
        return [_substance(row) for row in select(self.db, "substances", where, order_by="name")]

    def delete(self, substance_id: int) -> None:
        soft_delete(self.db, "substances", substance_id)

    @staticmethod
    def _columns(substance: Substance) -> dict:
        return {
            "name": substance.name,
            "sober_since": day_text(substance.sober_since),
            "tracked": int(substance.tracked),
            "tracked_since": day_text(substance.tracked_since) if substance.tracked_since else None,
        }
