"""What the person said about findings ("not true for me", "useful"), the finding Today shows this week, and the
findings of a period with everything they are drawn from (check-ins, coping, sessions, sleep, questionnaires)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from recoveryjournal.domain.findings import WeeklyFinding
from recoveryjournal.store.rows import iso, moment
from recoveryjournal.store.settings import SettingsRepo

if TYPE_CHECKING:
    from sqlite_utils import Database

    from recoveryjournal.domain.findings import MeasureScore, Report
    from recoveryjournal.domain.measure_models import SleepLog
    from recoveryjournal.domain.patterns import PatternData, Period
    from recoveryjournal.store.store import Store

NOT_TRUE = "not_true"
USEFUL = "useful"
VERDICTS = (NOT_TRUE, USEFUL)
WEEKLY_KEY = "findings/weekly"
"""The week's finding the person hid on Today (only a hidden one is written down)."""
RECENT_DAYS = 90
"""Today and the prompts look at the findings of the last 90 days."""


@dataclass(frozen=True)
class Mark:
    """A finding as the person marked it, with its words at the time (kept even when the data no longer shows it)."""

    key: str
    verdict: str
    headline: str
    detail: str
    marked_at: datetime


class FindingRepo:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.settings = SettingsRepo(db)
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


def period_report(store: Store, period: Period, data: PatternData | None = None) -> Report:
    """The findings of ``period`` (``data``: its facts, when the caller has loaded them already)."""
    from recoveryjournal.domain.findings import find

    data = data if data is not None else store.insights.load(period)
    return find(data, *finding_extras(store, period))


def finding_extras(store: Store, period: Period) -> tuple[list[SleepLog], list[MeasureScore]]:
    """The nights slept and questionnaire scores of ``period``, which findings compare beside the check-ins."""
    from recoveryjournal.domain.findings import measure_scores
    from recoveryjournal.domain.measures import shipped_instruments
    from recoveryjournal.store.summary_data import period_bounds

    ranges = {each.id: (each.min_score, each.max_score) for each in shipped_instruments()}
    results = store.measures.results_between(*period_bounds(period.start, period.end))
    return store.measures.sleep(period.start, period.end), measure_scores(results, ranges)


def recent_report(store: Store, today: date) -> Report:
    """The findings of the last ``RECENT_DAYS`` days, worked out once a day (a day's new check-ins change little)."""
    from recoveryjournal.domain.patterns import Period

    reports = store.findings.reports
    if today not in reports:
        reports[today] = period_report(store, Period(today - timedelta(days=RECENT_DAYS - 1), today))
    return reports[today]


def weekly_finding(store: Store, today: date) -> WeeklyFinding:
    """This week's finding for Today: worked out from the 90 days up to the day before the week began, so it stays the
    same all week without being written down (nothing may be written while the app starts and checks the journal);
    only hiding it for the week is remembered."""
    from recoveryjournal.domain.plan import week_start

    week = week_start(today)
    if week not in store.findings.weeks:
        store.findings.weeks[week] = _work_out_week(store, week)
    return store.findings.weeks[week]


def _work_out_week(store: Store, week: date) -> WeeklyFinding:
    from recoveryjournal.domain.findings import weekly_choice

    report = recent_report(store, week - timedelta(days=1))
    chosen = weekly_choice(report.findings, store.findings.not_true(), week)
    if chosen is None:
        return WeeklyFinding(week, "", "", "")
    saved = store.findings.weekly()
    hidden = saved is not None and (saved.week, saved.key) == (week, chosen.key) and saved.dismissed
    return WeeklyFinding(week, chosen.key, chosen.headline, chosen.detail, hidden, chosen.effect)
