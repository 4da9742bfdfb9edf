"""Treatment and support attendance: hours per week against the program's target, the program's dates, aftercare.

A session belongs to the person's own calendar day — the date in the UTC offset stored with it — so a Sunday
evening group logged while travelling stays in that week. Weeks are ISO weeks, starting on Monday.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date, timedelta

from recoveryjournal.domain.clock import local_day
from recoveryjournal.domain.numbers import half_up, short
from recoveryjournal.domain.plan import week_start
from recoveryjournal.domain.session_models import TreatmentSession

TARGET_KEY = "weekly_target_hours"
PROGRAM_START_KEY = "program_start"
PROGRAM_END_KEY = "program_end"
AFTERCARE_KEY = "aftercare"
DEFAULT_TARGET_HOURS = 9.0
TARGET_DAYS = (3, 5)


@dataclass(frozen=True)
class WeekAttendance:
    week_start: date
    hours: float
    days: int
    sessions: int
    target_hours: float

    @property
    def on_target(self) -> bool:
        return self.hours >= self.target_hours

    @property
    def summary(self) -> str:
        day_word = "day" if self.days == 1 else "days"
        return f"{_hours(self.hours)} of {_hours(self.target_hours)} hours, on {self.days} {day_word}"


def _hours(value: float) -> str:
    return short(value)


def session_week(session: TreatmentSession) -> date:
    return week_start(local_day(session.at))


def weekly_attendance(
    sessions: Iterable[TreatmentSession],
    target_hours: float = DEFAULT_TARGET_HOURS,
    through: date | None = None,
) -> list[WeekAttendance]:
    """One row per week from the first session's week to ``through``'s week (or the last session's), newest
    first; weeks with no sessions are included so gaps show."""
    hours: dict[date, float] = defaultdict(float)
    days: dict[date, set[date]] = defaultdict(set)
    counts: dict[date, int] = defaultdict(int)
    for session in sessions:
        week = session_week(session)
        hours[week] += session.hours
        days[week].add(local_day(session.at))
        counts[week] += 1
    if not hours:
        return []
    week = min(hours)
    last = max(max(hours), week_start(through)) if through is not None else max(hours)
    rows = []
    while week <= last:
        rows.append(WeekAttendance(week, half_up(hours[week], 2), len(days[week]), counts[week], target_hours))
        week += timedelta(days=7)
    return rows[::-1]


def week_of(rows: Iterable[WeekAttendance], day: date, target_hours: float = DEFAULT_TARGET_HOURS) -> WeekAttendance:
    """The row for ``day``'s week, or an empty one."""
    start = week_start(day)
    return next((row for row in rows if row.week_start == start), WeekAttendance(start, 0.0, 0, 0, target_hours))


def setting_date(value: object) -> date | None:
    """A date kept in settings as ISO text; anything else counts as unset."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def program_message(start: date | None, end: date | None, today: date) -> str:
    """Where the person is in their program, in one plain sentence."""
    if start is None:
        return "Add your program's start date to see where you are in it."
    if today < start:
        return f"Your program starts on {_day(start)}."
    week = (today - start).days // 7 + 1
    if end is None:
        return f"Week {week} of your program."
    if today > end:
        return f"Your program ended on {_day(end)}. Your aftercare plan is what comes next."
    total = (end - start).days // 7 + 1
    return f"Week {week} of {total} — your program ends on {_day(end)}."


def _day(value: date) -> str:
    return f"{value.day} {value:%B %Y}"


@dataclass
class Aftercare:
    """What support continues after the program ends (setting ``aftercare``)."""

    therapy: str = ""
    groups: str = ""
    sponsor: str = ""
    check_ins: str = ""

    @classmethod
    def from_setting(cls, value: object) -> Aftercare:
        value = value if isinstance(value, dict) else {}
        return cls(**{f.name: str(value.get(f.name, "")) for f in fields(cls)})

    def as_setting(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


AFTERCARE_LABELS = {
    "therapy": "Continuing therapy",
    "groups": "Groups and meetings",
    "sponsor": "Sponsor or mentor",
    "check_ins": "Check-in rhythm",
}
