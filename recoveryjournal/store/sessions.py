"""Treatment and support-group sessions attended."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recoveryjournal.domain.session_models import SessionKind, TreatmentSession
from recoveryjournal.store.rows import iso, live, moment, select, soft_delete

if TYPE_CHECKING:
    from datetime import datetime

    from recoveryjournal.store.db import Database


def _session(row: dict) -> TreatmentSession:
    return TreatmentSession(
        id=row["id"],
        at=moment(row["at"]),
        kind=SessionKind(row["kind"]),
        hours=row["hours"],
        title=row["title"] or "",
        note=row["note"] or "",
    )


class SessionRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, session: TreatmentSession) -> int:
        with self.db.atomic():
            session.id = self.db["treatment_sessions"].insert(self._columns(session)).last_pk
        return session.id

    def update(self, session: TreatmentSession) -> None:
        with self.db.atomic():
            self.db["treatment_sessions"].update(session.id, self._columns(session))

    def between(self, start: datetime, end: datetime) -> list[TreatmentSession]:
        rows = select(self.db, "treatment_sessions", live("at >= ? AND at < ?"), [iso(start), iso(end)], order_by="at")
        return [_session(row) for row in rows]

    def all(self) -> list[TreatmentSession]:
        return [_session(row) for row in select(self.db, "treatment_sessions", live(), order_by="at")]

    def delete(self, session_id: int) -> None:
        soft_delete(self.db, "treatment_sessions", session_id)

    @staticmethod
    def _columns(session: TreatmentSession) -> dict:
        return {
            "at": iso(session.at),
            "kind": str(session.kind),
            "hours": session.hours,
            "title": session.title,
            "note": session.note,
        }
