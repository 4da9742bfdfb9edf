"""What the person said about findings ("not true for me", "useful") and the finding Today shows this week."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from recoveryjournal.domain.findings import WeeklyFinding
from recoveryjournal.store.rows import iso, moment
from recoveryjournal.store.settings import SettingsRepo

if TYPE_CHECKING:
    from sqlite_utils import Database

    from recoveryjournal.domain.findings import Report

NOT_TRUE = "not_true"
USEFUL = "useful"
VERDICTS = (NOT_TRUE, USEFUL)
WEEKLY_KEY = "findings/weekly"
"""The week's finding the person hid on Today (only a hidden one is written down)."""


@dataclass(frozen=True)
class Mark:
    """A finding as the person marked it, with its words at the time (kept even when the data no longer shows it)."""

    key: str
    verdict: str
    headline: str
    detail: str
    marked_at: datetime


class FindingRepo:
    def __init__(self, db: Database, settings: SettingsRepo) -> None:
        self.db = db
        self.settings = settings
        self.reports: dict[date, Report] = {}
        """The last ``RECENT_DAYS`` days' findings up to a day, worked out once per run."""
        self.weeks: dict[date, WeeklyFinding] = {}
        """Each week's finding as worked out this run; forgotten whenever a mark or a hidden week is written."""

    def marks(self) -> dict[str, Mark]:
        rows = self.db.execute("SELECT key, verdict, headline, detail, marked_at FROM finding_marks ORDER BY marked_at")
        return {key: Mark(key, verdict, headline, detail, moment(at)) for key, verdict, headline, detail, at in rows}

    def not_true(self) -> set[str]:
        """The findings the person said are not true for them: never shown again."""
        return {row[0] for row in self.db.execute("SELECT key FROM finding_marks WHERE verdict = ?", [NOT_TRUE])}

    def mark(self, key: str, verdict: str, headline: str, detail: str, at: datetime) -> None:
        """Remember ``verdict`` for the finding ``key``, with the words it had when marked."""
        if verdict not in VERDICTS:
            raise ValueError(f"A finding is marked {' or '.join(VERDICTS)}, not {verdict!r}.")
        self.weeks.clear()
        row = {"key": key, "verdict": verdict, "headline": headline, "detail": detail, "marked_at": iso(at)}
        with self.db.atomic():
            self.db["finding_marks"].upsert(row, pk="key")

    def unmark(self, key: str) -> None:
        self.weeks.clear()
        with self.db.atomic():
            self.db.execute("DELETE FROM finding_marks WHERE key = ?", [key])

    def weekly(self) -> WeeklyFinding | None:
        saved = self.settings.get(WEEKLY_KEY)
        if not isinstance(saved, dict):
            return None
        try:
            return WeeklyFinding(
                date.fromisoformat(saved["week"]),
                str(saved["key"]),
                str(saved["headline"]),
                str(saved["detail"]),
                bool(saved.get("dismissed", False)),
                float(saved.get("effect", 0.0)),
            )
        except (KeyError, TypeError, ValueError):
            return None

    def set_weekly(self, weekly: WeeklyFinding) -> None:
        self.weeks.clear()
        self.settings.set(
            WEEKLY_KEY,
            {
                "week": weekly.week.isoformat(),
                "key": weekly.key,
                "headline": weekly.headline,
                "detail": weekly.detail,
                "dismissed": weekly.dismissed,
                "effect": weekly.effect,
            },
        )
