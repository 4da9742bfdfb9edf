"""Which gentle reminders are due now: the daily check-in, the weekly review and a due questionnaire.

Pure Python: the UI passes in the clock's ``now``, the person's reminder settings and what the journal holds, and
gets back the reminders to show. Each kind is shown at most once a day (``shown`` holds ``(kind, day)`` pairs).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from recoveryjournal.domain.weeks import WEEK_START_KEY, as_first_day, week_start

CHECKIN_TIME_KEY = "reminders/checkin_time"
WEEKLY_REVIEW_KEY = "reminders/weekly_review"
MEASURES_KEY = "reminders/measures"


class ReminderKind(StrEnum):
    CHECKIN = "checkin"
    WEEKLY_REVIEW = "weekly_review"
    MEASURES = "measures"


@dataclass(frozen=True)
class ReminderSettings:
    checkin_time: time | None = None
    weekly_review: bool = False
    measures: bool = False
    week_start: str = "monday"

    @classmethod
    def from_settings(cls, get) -> ReminderSettings:
        """Read from the journal's settings through ``get(key, default)`` (``store.settings.get``)."""
        return cls(
            checkin_time=parse_time(get(CHECKIN_TIME_KEY, "")),
            weekly_review=bool(get(WEEKLY_REVIEW_KEY, False)),
            measures=bool(get(MEASURES_KEY, False)),
            week_start=as_first_day(get(WEEK_START_KEY, "monday")),
        )


def parse_time(text: object) -> time | None:
    """``"HH:MM"`` → a time; empty or anything else → ``None`` (no reminder)."""
    if not isinstance(text, str) or not text.strip():
        return None
    try:
        hours, minutes = (int(part) for part in text.strip().split(":"))
        return time(hours, minutes)
    except ValueError:
        return None


def time_text(moment: time | None) -> str:
    """The setting's form of a reminder time: ``"HH:MM"``, or ``""`` for none."""
    return "" if moment is None else f"{moment.hour:02d}:{moment.minute:02d}"


@dataclass(frozen=True)
class JournalState:
    """What the journal holds that decides the reminders."""

    checked_in_today: bool = False
    reviewed_this_week: bool = False  # a weekly review since the first day of this week
    measures_due: int = 0


def due_reminders(
    now: datetime, settings: ReminderSettings, state: JournalState, shown: set[tuple[str, date]] = frozenset()
) -> list[ReminderKind]:
    """The reminders to show at ``now``, each at most once a day.

    The check-in once its time has come and there is no check-in today; the weekly review on the last day of the
    week when this week has none; a questionnaire when one is due.
    """
    today = now.date()
    due = []
    if settings.checkin_time is not None and now.time() >= settings.checkin_time and not state.checked_in_today:
        due.append(ReminderKind.CHECKIN)
    week = week_start(today, settings.week_start)
    if settings.weekly_review and today == week + timedelta(days=6) and not state.reviewed_this_week:
        due.append(ReminderKind.WEEKLY_REVIEW)
    if settings.measures and state.measures_due > 0:
        due.append(ReminderKind.MEASURES)
    return [kind for kind in due if (str(kind), today) not in shown]
