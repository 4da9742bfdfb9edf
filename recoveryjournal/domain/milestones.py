"""Sobriety milestones — 1, 7, 30, 60 and 90 days, six months, then every year — counted from the current run.

Days follow ``domain/sobriety.py``: a run that starts on day D has one whole day on D + 1, so the "1 day" milestone
falls on D + 1 and "7 days" on D + 7. Month and year milestones are calendar dates (D + 6 months, D + N years),
moved to the last day of the month when that day does not exist (31 August + 6 months = end of February).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from datetime import date, timedelta
from itertools import count
from typing import NamedTuple

from recoveryjournal.i18n import translatable, translate

DAY_MILESTONES = (1, 7, 30, 60, 90)

REFLECTIONS = {
    1: translatable("Milestones", "One whole day. What got you through it?"),
    7: translatable("Milestones", "A full week. What helped most this week, and what do you want to keep doing?"),
    30: translatable("Milestones", "A month of days. What has changed since you started, however small?"),
    60: translatable("Milestones", "Two months. Who or what has made these days possible?"),
    90: translatable("Milestones", "Ninety days. What are you proud of, and what still feels hard?"),
}
HALF_YEAR_REFLECTION = translatable(
    "Milestones", "Six months. Look back at who you were on day one: what would you tell them now?"
)
YEAR_REFLECTION = translatable(
    "Milestones", "A year of your own choices. What has recovery given you that you want to protect?"
)


class Milestone(NamedTuple):
    """A NamedTuple, not a frozen dataclass: ~4× cheaper to define, and Today needs it at every start."""

    label: str
    on: date
    days: int
    reflection: str


def add_months(start: date, months: int) -> date:
    """``start`` moved on by whole calendar months, clamped to the month's last day."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, days_in_month(year, month)))


def days_in_month(year: int, month: int) -> int:
    """Not ``calendar.monthrange``: importing ``calendar`` (and ``locale`` with it) costs Today's start ~1 ms."""
    first_of_next = date(year + month // 12, month % 12 + 1, 1)
    return (first_of_next - timedelta(days=1)).day


def milestones(start: date) -> Iterator[Milestone]:
    """Every milestone of a run that started on ``start``, in date order, without end."""
    for days in DAY_MILESTONES:
        on = start + timedelta(days=days)
        label = translate("Milestones", "%n day(s)", None, days)
        yield Milestone(label, on, days, translate("Milestones", REFLECTIONS[days]))
    half = add_months(start, 6)
    label = translate("Milestones", "%n month(s)", None, 6)
    yield Milestone(label, half, (half - start).days, translate("Milestones", HALF_YEAR_REFLECTION))
    for years in count(1):
        on = add_months(start, 12 * years)
        label = translate("Milestones", "%n year(s)", None, years)
        yield Milestone(label, on, (on - start).days, translate("Milestones", YEAR_REFLECTION))


def reached(start: date, today: date) -> list[Milestone]:
    """Milestones reached by ``today`` (inclusive), oldest first."""
    found = []
    for milestone in milestones(start):
        if milestone.on > today:
            return found
        found.append(milestone)
    return found


def next_milestone(start: date, today: date) -> Milestone:
    """The first milestone still ahead of ``today``."""
    return next(milestone for milestone in milestones(start) if milestone.on > today)


CELEBRATE_WITHIN = 7
"""Days after a milestone during which Today still celebrates it, for someone who did not open the app that day."""


def celebration_key(substance: str, milestone: Milestone) -> str:
    """Names one milestone of one run of one substance, to remember that it was celebrated."""
    return f"{substance.strip().casefold()}|{milestone.on.isoformat()}|{milestone.days}"


def to_celebrate(substance: str, start: date, today: date, celebrated: Collection[str]) -> Milestone | None:
    """The milestone Today celebrates, once: the latest one of the run, reached in the last week and not celebrated
    before (``celebrated`` holds the ``celebration_key`` of those that were)."""
    done = reached(start, today)
    if not done or (today - done[-1].on).days >= CELEBRATE_WITHIN:
        return None
    return None if celebration_key(substance, done[-1]) in celebrated else done[-1]
