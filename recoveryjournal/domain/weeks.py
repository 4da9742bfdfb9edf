"""Weeks as the person counts them: starting on Monday or on Sunday (the ``week_start`` setting).

Pure Python: callers pass the first day in ("monday" or "sunday"); nothing here reads a setting. Weekly goals are kept
under the first day of the week they were set for, as that day was when they were set; ``goal_week`` finds which
week such a key belongs to under either setting, so changing the setting re-keys nothing and hides nothing.
"""

from __future__ import annotations

from datetime import date, timedelta

WEEK_START_KEY = "week_start"
WEEK_STARTS = ("monday", "sunday")
MIDWEEK = timedelta(days=3)


def as_first_day(value: object) -> str:
    """A setting's value as a week start: "sunday", or "monday" for anything else."""
    return value if value in WEEK_STARTS else WEEK_STARTS[0]


def week_start(day: date, first: str) -> date:
    """The first day of ``day``'s week when weeks start on ``first`` ("monday" or "sunday")."""
    return day - timedelta(days=day_of_week(day, first))


def day_of_week(day: date, first: str) -> int:
    """How far into its week ``day`` is: 0 on the week's first day, 6 on its last."""
    return (day.weekday() + 1) % 7 if first == "sunday" else day.weekday()


def weekday_order(first: str) -> tuple[int, ...]:
    """``date.weekday()`` numbers (0 = Monday) in the order the person's week runs."""
    return (6, 0, 1, 2, 3, 4, 5) if first == "sunday" else (0, 1, 2, 3, 4, 5, 6)


def goal_week(key: date, first: str) -> date:
    """The week (its first day under ``first``) a goal kept under ``key`` belongs to: the week holding the middle
    of the week it was set for. A goal set for the week from Monday 12 Oct belongs, under a Sunday start, to the week
    from Sunday 11 Oct (the same six days and one more), and the other way round."""
    return week_start(key + MIDWEEK, first)


def goal_keys(week: date) -> tuple[date, date]:
    """The first and last key (inclusive) of the goals that belong to the week starting ``week``, whichever day the
    week started on when each goal was set: the keys whose middle of the week falls inside it."""
    return week - MIDWEEK, week + MIDWEEK
