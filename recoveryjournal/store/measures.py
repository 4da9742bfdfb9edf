"""Questionnaire results and skips, sleep, and the medication list with each day's doses."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from recoveryjournal.domain.clock import local_day, now_local
from recoveryjournal.domain.measure_models import DoseLog, DoseStatus, MeasureResult, Medication, SleepLog
from recoveryjournal.store.rows import day, day_text, from_json, iso, json_text, live, moment, select, soft_delete

if TYPE_CHECKING:
    from recoveryjournal.store.db import Database


class MeasuresRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- questionnaire results ----------------------------------------------------------------------------------

    def add_result(self, result: MeasureResult) -> int:
        with self.db.atomic():
            result.id = (
                self.db["measure_results"]
                .insert(
                    {
                        "measure_id": result.measure_id,
                        "title": result.title,
                        "source": result.source,
                        "at": iso(result.at),
                        "answers": json_text(result.answers),
                        "total": result.total,
                        "band": result.band,
                        "subscales": json_text(result.subscales),
                        "safety_items": json_text(result.safety_items),
                    }
                )
                .last_pk
            )
        return result.id

    def results(self, measure_id: str | None = None) -> list[MeasureResult]:
        """Results oldest first, of one measure or all."""
        where, params = (live("measure_id = ?"), [measure_id]) if measure_id else (live(), [])
        return [self._result(row) for row in select(self.db, "measure_results", where, params, order_by="at, id")]

    def results_between(self, start: datetime, end: datetime) -> list[MeasureResult]:
        rows = select(self.db, "measure_results", live("at >= ? AND at < ?"), [iso(start), iso(end)], order_by="at")
        return [self._result(row) for row in rows]

    def delete_result(self, result_id: int) -> None:
        soft_delete(self.db, "measure_results", result_id)

    def _result(self, row: dict) -> MeasureResult:
        return MeasureResult(
            id=row["id"],
            measure_id=row["measure_id"],
            at=moment(row["at"]),
            answers=from_json(row["answers"], {}),
            total=row["total"],
            band=row["band"] or "",
            subscales=from_json(row["subscales"], {}),
            safety_items=from_json(row["safety_items"], []),
            title=row["title"] or "",
            source=row["source"] or "",
        )

    def skip(self, measure_id: str, at: datetime | None = None) -> None:
        with self.db.atomic():
            self.db["measure_skips"].insert({"measure_id": measure_id, "at": iso(at or now_local())})

    def last_done(self) -> dict[str, date]:
        """Per measure, the last local day it was taken or skipped: the schedule counts from there."""
        found: dict[str, date] = {}
        sql = (
            "SELECT measure_id, MAX(at) FROM measure_results WHERE deleted_at IS NULL GROUP BY measure_id "
            "UNION ALL SELECT measure_id, MAX(at) FROM measure_skips GROUP BY measure_id"
        )
        for measure_id, at in self.db.execute(sql):
            when = local_day(moment(at))
            found[measure_id] = max(when, found.get(measure_id, when))
        return found

    # --- sleep ----------------------------------------------------------------------------------------------------

    def set_sleep(self, log: SleepLog) -> None:
        """Keep the night's sleep; a log with neither hours nor quality removes the day's."""
        with self.db.atomic():
            if log.hours is None and log.quality is None:
                self.db.execute("DELETE FROM sleep_logs WHERE day = ?", [day_text(log.day)])
                return
            self.db.execute(
                "INSERT INTO sleep_logs (day, hours, quality, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(day) DO "
                "UPDATE SET hours = excluded.hours, quality = excluded.quality, updated_at = excluded.updated_at",
                [day_text(log.day), log.hours, log.quality, iso(now_local())],
            )

    def sleep(self, first: date, last: date) -> list[SleepLog]:
        rows = select(self.db, "sleep_logs", "day >= ? AND day <= ?", [day_text(first), day_text(last)], "day")
        return [SleepLog(day(row["day"]), row["hours"], row["quality"]) for row in rows]

    def sleep_on(self, on: date) -> SleepLog | None:
        found = self.sleep(on, on)
        return found[0] if found else None

    # --- medications ------------------------------------------------------------------------------------------------

    def add_medication(self, medication: Medication) -> int:
        with self.db.atomic():
            position = self.db.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM medications").fetchone()[0]
            medication.id = (
                self.db["medications"].insert({**self._medication_columns(medication), "position": position}).last_pk
            )
        return medication.id

    def update_medication(self, medication: Medication) -> None:
        with self.db.atomic():
            self.db["medications"].update(medication.id, self._medication_columns(medication))

    def delete_medication(self, medication_id: int) -> None:
        soft_delete(self.db, "medications", medication_id)

    def medications(self, include_inactive: bool = False) -> list[Medication]:
        where = live() if include_inactive else live("active = 1")
        return [
            Medication(
                id=row["id"],
                name=row["name"],
                dose=row["dose"] or "",
                schedule=row["schedule"] or "",
                moud=bool(row["moud"]),
                active=bool(row["active"]),
            )
            for row in select(self.db, "medications", where, order_by="position, id")
        ]

    def _medication_columns(self, medication: Medication) -> dict:
        return {
            "name": medication.name.strip(),
            "dose": medication.dose,
            "schedule": medication.schedule,
            "moud": int(medication.moud),
            "active": int(medication.active),
        }

    def set_doses(self, on: date, statuses: dict[int, DoseStatus | None]) -> None:
        """The day's status per medication; ``None`` clears it (nothing noted)."""
        with self.db.atomic():
            for medication_id, status in statuses.items():
                if status is None:
                    self.db.execute(
                        "DELETE FROM medication_doses WHERE medication_id = ? AND day = ?",
                        [medication_id, day_text(on)],
                    )
                else:
                    self.db.execute(
                        "INSERT INTO medication_doses (medication_id, day, status) VALUES (?, ?, ?) "
                        "ON CONFLICT(medication_id, day) DO UPDATE SET status = excluded.status",
                        [medication_id, day_text(on), str(status)],
                    )

    def doses(self, first: date, last: date) -> list[DoseLog]:
        rows = self.db.execute(
            "SELECT d.medication_id, d.day, d.status FROM medication_doses d JOIN medications m "
            "ON m.id = d.medication_id WHERE m.deleted_at IS NULL AND d.day >= ? AND d.day <= ? ORDER BY d.day",
            [day_text(first), day_text(last)],
        )
        return [DoseLog(medication_id, day(text), DoseStatus(status)) for medication_id, text, status in rows]
