"""Loads exactly the records the reflection signals need for one day, so the prompt engine can stay pure."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from recoveryjournal.domain.plan import DEFAULT_REVIEW_DAYS, REVIEW_DAYS_KEY
from recoveryjournal.domain.signals import WINDOW_DAYS, SignalInputs
from recoveryjournal.domain.weeks import week_start
from recoveryjournal.store.rows import day, moment

if TYPE_CHECKING:
    from recoveryjournal.domain.findings import WeeklyFinding
    from recoveryjournal.store.store import Store

PROGRAM_START_KEY = "program_start"
"""Setting holding the day the person's program began (ISO date); without it, the first record counts."""


def signal_inputs(store: Store, now: datetime, days: int = WINDOW_DAYS) -> SignalInputs:
    """The data for the ``days`` days up to and including the day of ``now``."""
    first = store.settings.week_start()
    start = datetime.combine(now.date() - timedelta(days=days - 1), datetime.min.time(), tzinfo=now.tzinfo)
    end = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), tzinfo=now.tzinfo)
    return SignalInputs(
        now=now,
        checkins=store.checkins.between(start, end),
        entries=store.journal.between(start, end),
        trigger_names={trigger.id: trigger.name for trigger in store.triggers.list(include_archived=True)},
        coping_uses=store.coping.uses_between(start, end),
        coping_actions=store.coping.actions(),
        coping_used_ids=_used_action_ids(store),
        last_activity=_last_activity(store),
        lapses=store.lapses.all(),
        substances=store.sobriety.all(),
        plan_reviewed_at=_last_review(store),
        plan_review_days=int(store.settings.get(REVIEW_DAYS_KEY, DEFAULT_REVIEW_DAYS)),
        weekly_goals=store.plan.goals(week_start(now.date(), first)),
        week_start=first,
        program_start=program_start(store),
        finding=_weekly_finding(store, now.date()),
    )


def _weekly_finding(store: Store, today: date) -> WeeklyFinding | None:
    """This week's finding as Today shows it (never one the person said is not true for them)."""
    from recoveryjournal.store.findings import weekly_finding

    weekly = weekly_finding(store, today)
    return weekly if weekly.key else None


def program_start(store: Store) -> date | None:
    saved = store.settings.get(PROGRAM_START_KEY)
    if saved:
        return day(saved)
    first = store.db.execute(
        "SELECT MIN(at) FROM (SELECT MIN(at) AS at FROM checkins WHERE deleted_at IS NULL "
        "UNION ALL SELECT MIN(created_at) FROM journal_entries WHERE deleted_at IS NULL "
        "UNION ALL SELECT MIN(at) FROM reflections WHERE deleted_at IS NULL)"
    ).fetchone()[0]
    return moment(first).date() if first else None


def _used_action_ids(store: Store) -> set[int]:
    rows = store.db.execute("SELECT DISTINCT action_id FROM coping_uses WHERE deleted_at IS NULL")
    return {row[0] for row in rows}


def _last_activity(store: Store) -> datetime | None:
    """The latest check-in, journal entry or reflection, by the day the person lived it."""
    latest = [
        store.db.execute(f"SELECT {column} FROM {table} WHERE deleted_at IS NULL ORDER BY {column} DESC LIMIT 1")
        for table, column in (("checkins", "at"), ("journal_entries", "created_at"), ("reflections", "at"))
    ]
    found = [moment(row[0]) for cursor in latest if (row := cursor.fetchone())]
    return max(found, key=lambda m: (m.date(), m)) if found else None


def _last_review(store: Store) -> datetime | None:
    row = store.db.execute("SELECT reviewed_at FROM plan_versions ORDER BY reviewed_at DESC LIMIT 1").fetchone()
    return moment(row[0]) if row else None
