"""Treatment and support attendance: hours per week against the program's target, the program's dates, aftercare.

A session belongs to the person's own calendar day — the date in the UTC offset stored with it — so a Sunday
evening group logged while travelling stays in that week. Weeks start on the person's first day of the week
(``AttendancePlan.first_day``: Monday unless they chose Sunday).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from datetime import date, timedelta

from recoveryjournal.domain import dates
from recoveryjournal.domain.clock import local_day
from recoveryjournal.domain.numbers import half_up, short
from recoveryjournal.domain.session_models import TreatmentSession
from recoveryjournal.domain.weeks import WEEK_START_KEY, as_first_day, week_start
from recoveryjournal.i18n import translatable, translate

TARGET_KEY = "weekly_target_hours"
PROGRAM_START_KEY = "program_start"
PROGRAM_END_KEY = "program_end"
AFTERCARE_KEY = "aftercare"
DEFAULT_TARGET_HOURS = 9.0
TARGET_DAYS = (3, 5)


AFTERCARE_TARGET_KEY = "aftercare_sessions_per_week"


@dataclass(frozen=True)
class AttendancePlan:
    """Which target applies on a day: the program's hours a week between its dates, the person's own aftercare aim
    (meetings or sessions a week) after it ends, nothing before it starts. Without dates the program target applies
    throughout, as it did before a program end could be set."""

    hours_per_week: float = DEFAULT_TARGET_HOURS
    program_start: date | None = None
    program_end: date | None = None
    aftercare_per_week: float | None = None
    first_day: str = "monday"
    """The day weeks start on ("monday" or "sunday")."""

    @classmethod
    def from_settings(cls, get: Callable[[str, object], object]) -> AttendancePlan:
        """From the person's settings, read with ``get(key, default)``."""
        aftercare = get(AFTERCARE_TARGET_KEY, None)
        return cls(
            float(get(TARGET_KEY, DEFAULT_TARGET_HOURS)),
            setting_date(get(PROGRAM_START_KEY, None)),
            setting_date(get(PROGRAM_END_KEY, None)),
            float(aftercare) if isinstance(aftercare, int | float) and aftercare > 0 else None,
            as_first_day(get(WEEK_START_KEY, "monday")),
        )

    def phase(self, day: date) -> str:
        """``"program"``, ``"aftercare"`` or ``"before"`` (the program has not started)."""
        if self.program_start is not None and day < self.program_start:
            return "before"
        if self.program_end is not None and day > self.program_end:
            return "aftercare"
        return "program"


@dataclass(frozen=True)
class WeekAttendance:
    """One week, from the plan's first day of the week. Targets are for the part of the week each applies to (a week
    the program ends in owes the program hours only for its program days)."""

    week_start: date
    hours: float
    days: int
    sessions: int
    target_hours: float
    program_days: int = 7
    program_hours: float | None = None
    aftercare_days: int = 0
    aftercare_sessions: int = 0
    aftercare_target: float | None = None

    @property
    def hours_in_program(self) -> float:
        return self.hours if self.program_hours is None else self.program_hours

    @property
    def in_program(self) -> bool:
        return self.program_days > 0

    @property
    def on_target(self) -> bool:
        """The program's hours were met (a week outside the program has no hours target to miss)."""
        return not self.in_program or self.hours_in_program >= self.target_hours

    @property
    def aftercare_met(self) -> bool | None:
        if not self.aftercare_days or self.aftercare_target is None:
            return None
        return self.aftercare_sessions >= self.aftercare_target

    @property
    def status(self) -> str:
        """The target column: met or not yet in the program, sessions against the aim in aftercare."""
        parts = []
        if self.in_program:
            met = translate("Attendance", "met") if self.on_target else translate("Attendance", "not yet")
            if self.program_days != 7:
                met = translate("Attendance", "{met} (program: %n day(s))", None, self.program_days).format(met=met)
            parts.append(met)
        if self.aftercare_days:
            if self.aftercare_target is None:
                parts.append(translate("Attendance", "aftercare"))
            else:
                aim = (
                    translate("Attendance", "aftercare: {done} of {aim} session")
                    if self.aftercare_target == 1
                    else translate("Attendance", "aftercare: {done} of {aim} sessions")
                )
                parts.append(aim.format(done=self.aftercare_sessions, aim=_hours(self.aftercare_target)))
        return "; ".join(parts) or translate("Attendance", "before the program")

    @property
    def summary(self) -> str:
        if self.in_program:
            return translate("Attendance", "{hours} of {target} hours, on %n day(s)", None, self.days).format(
                hours=_hours(self.hours), target=_hours(self.target_hours)
            )
        text = translate("Attendance", "%n session(s), {hours} hours", None, self.sessions).format(
            hours=_hours(self.hours)
        )
        if self.aftercare_days and self.aftercare_target is not None:
            text += translate("Attendance", " (my aftercare aim: {aim} a week)").format(
                aim=_hours(self.aftercare_target)
            )
        elif self.aftercare_days:
            text += translate("Attendance", " (after the program)")
        return text


def _hours(value: float) -> str:
    return short(value)


def weekly_attendance(
    sessions: Iterable[TreatmentSession],
    target_hours: float = DEFAULT_TARGET_HOURS,
    through: date | None = None,
    plan: AttendancePlan | None = None,
    since: date | None = None,
) -> list[WeekAttendance]:
    """One row per week from the first session's week (or ``since``'s, if earlier) to ``through``'s week (or the
    last session's), newest first; weeks with no sessions are included so gaps show. ``plan`` says which target
    applies on each day."""
    plan = plan or AttendancePlan(target_hours)
    hours: dict[date, float] = defaultdict(float)
    program_hours: dict[date, float] = defaultdict(float)
    aftercare: dict[date, int] = defaultdict(int)
    days: dict[date, set[date]] = defaultdict(set)
    counts: dict[date, int] = defaultdict(int)
    for session in sessions:
        day = local_day(session.at)
        week = week_start(day, plan.first_day)
        hours[week] += session.hours
        days[week].add(day)
        counts[week] += 1
        phase = plan.phase(day)
        if phase == "program":
            program_hours[week] += session.hours
        elif phase == "aftercare":
            aftercare[week] += 1
    if since is not None:
        hours[week_start(since, plan.first_day)] += 0.0
    if not hours:
        return []
    week = min(hours)
    last = max(max(hours), week_start(through, plan.first_day)) if through is not None else max(hours)
    rows = []
    while week <= last:
        rows.append(_week_row(plan, week, hours[week], len(days[week]), counts[week], program_hours[week], aftercare))
        week += timedelta(days=7)
    return rows[::-1]


def _week_row(
    plan: AttendancePlan, week: date, hours: float, days: int, sessions: int, in_program: float, aftercare: dict
) -> WeekAttendance:
    phases = [plan.phase(week + timedelta(days=offset)) for offset in range(7)]
    program_days, aftercare_days = phases.count("program"), phases.count("aftercare")
    aim = plan.aftercare_per_week
    return WeekAttendance(
        week,
        half_up(hours, 2),
        days,
        sessions,
        half_up(plan.hours_per_week * program_days / 7, 2),
        program_days,
        half_up(in_program, 2),
        aftercare_days,
        aftercare.get(week, 0),
        None if aim is None or not aftercare_days else half_up(aim * aftercare_days / 7, 1),
    )


def week_of(
    rows: Iterable[WeekAttendance], day: date, plan: AttendancePlan | float = DEFAULT_TARGET_HOURS
) -> WeekAttendance:
    """The row for ``day``'s week, or an empty one with the targets ``plan`` (or a plain hours target) sets."""
    plan = plan if isinstance(plan, AttendancePlan) else AttendancePlan(plan)
    start = week_start(day, plan.first_day)
    return next((row for row in rows if row.week_start == start), None) or _week_row(plan, start, 0, 0, 0, 0, {})


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
        return translate("Attendance", "Add your program's start date to see where you are in it.")
    if today < start:
        return translate("Attendance", "Your program starts on {day}.").format(day=_day(start))
    week = (today - start).days // 7 + 1
    if end is None:
        return translate("Attendance", "Week {week} of your program.").format(week=week)
    if today > end:
        return translate("Attendance", "Your program ended on {day}. Your aftercare plan is what comes next.").format(
            day=_day(end)
        )
    total = (end - start).days // 7 + 1
    return translate("Attendance", "Week {week} of {total} — your program ends on {day}.").format(
        week=week, total=total, day=_day(end)
    )


def _day(value: date) -> str:
    return dates.long_date(value)


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
    "therapy": translatable("Attendance", "Continuing therapy"),
    "groups": translatable("Attendance", "Groups and meetings"),
    "sponsor": translatable("Attendance", "Sponsor or mentor"),
    "check_ins": translatable("Attendance", "Check-in rhythm"),
}
