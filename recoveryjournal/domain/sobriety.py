"""Sobriety streaks: current run, longest run, total sober days and the history of runs, per substance.

Day semantics (one rule everywhere, so Today, the plan and the summary agree):

* A day is the person's own calendar day: the date in the UTC offset stored with each time (``clock.local_day``).
  A lapse at 23:30-05:00 belongs to that evening's date, even though it is the next day in UTC.
* Tracking of a substance begins on ``tracked_since`` (or ``sober_since`` when that is unset, or later).
* A day with a lapse of that substance is not a sober day and ends the run it falls in; the next run starts the
  day after. Several lapses on one day count as one day.
* The current run starts on the later of ``sober_since`` and the day after the last lapse, so a lapse logged after
  the fact still ends the run even before the stored ``sober_since`` is moved on. Days between the end of a run and
  a ``sober_since`` the person moved forward by hand are not counted as sober.
* Counts are whole days completed: a run that started today counts 0, tomorrow it counts 1. Today is counted once
  it is over, so "7 days" means seven full days. Lapses after ``today`` are ignored.

Everything here is pure: ``today`` is passed in, nothing reads the clock.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import NamedTuple

from recoveryjournal.domain.clock import local_day
from recoveryjournal.domain.models import Lapse, Substance

ONE_DAY = timedelta(days=1)


# Value records as NamedTuples: Today builds them at every start, and a frozen dataclass costs ~4× more to define.
class Run(NamedTuple):
    """A stretch of sober days: ``days`` whole days from ``start``; ``ongoing`` for the current one."""

    start: date
    days: int
    ongoing: bool = False

    @property
    def end(self) -> date:
        """The last sober day of the run (the day before ``start`` when it has no whole day yet)."""
        return self.start + timedelta(days=self.days - 1)


class SobrietyStatus(NamedTuple):
    substance: str
    tracked_since: date
    current: Run
    runs: tuple[Run, ...]
    lapse_days: tuple[date, ...]

    @property
    def current_days(self) -> int:
        return self.current.days

    @property
    def longest_days(self) -> int:
        return max(run.days for run in self.runs)

    @property
    def total_days(self) -> int:
        return sum(run.days for run in self.runs)

    @property
    def last_lapse(self) -> date | None:
        return self.lapse_days[-1] if self.lapse_days else None


def lapse_day(lapse: Lapse) -> date:
    return local_day(lapse.at)


def same_substance(name: str, other: str) -> bool:
    return name.strip().casefold() == other.strip().casefold()


def tracking_start(substance: Substance) -> date:
    if substance.tracked_since is None:
        return substance.sober_since
    return min(substance.tracked_since, substance.sober_since)


def status(substance: Substance, lapses: Iterable[Lapse], today: date) -> SobrietyStatus:
    """Streaks for one substance from its dates and the lapses logged for it (others are ignored)."""
    start = tracking_start(substance)
    days = sorted(
        {
            lapse_day(lapse)
            for lapse in lapses
            if same_substance(lapse.substance, substance.name) and start <= lapse_day(lapse) <= today
        }
    )
    runs: list[Run] = []
    cursor = start
    for day in days:
        if day > cursor:
            runs.append(Run(cursor, (day - cursor).days))
        cursor = day + ONE_DAY
    current_start = max(cursor, substance.sober_since)
    current = Run(current_start, max(0, (today - current_start).days), ongoing=True)
    runs.append(current)
    return SobrietyStatus(substance.name, start, current, tuple(runs), tuple(days))


def statuses(substances: Iterable[Substance], lapses: Iterable[Lapse], today: date) -> list[SobrietyStatus]:
    """One status per tracked substance, in the order given."""
    lapses = list(lapses)
    return [status(substance, lapses, today) for substance in substances if substance.tracked]


def after_lapse(substance: Substance, lapse: Lapse) -> Substance:
    """The substance as it should be stored once ``lapse`` is logged: the current run restarts the day after.

    ``tracked_since`` is pinned to the old start so the runs before the lapse stay in the history. A lapse older
    than the current run changes nothing.
    """
    restart = max(substance.sober_since, lapse_day(lapse) + ONE_DAY)
    return Substance(
        name=substance.name,
        sober_since=restart,
        tracked=substance.tracked,
        id=substance.id,
        tracked_since=tracking_start(substance),
    )


def recount(substance: Substance, lapses: Iterable[Lapse]) -> Substance:
    """The substance after a lapse was edited or deleted: the current run starts the day after the last lapse left.

    Used instead of ``after_lapse`` when lapses change after the fact, so deleting a lapse logged by mistake gives
    the run back. A start moved forward by hand is reset to what the lapses say.
    """
    start = tracking_start(substance)
    days = [lapse_day(lapse) for lapse in lapses if same_substance(lapse.substance, substance.name)]
    days = [day for day in days if day >= start]
    restart = max(days) + ONE_DAY if days else start
    return Substance(
        name=substance.name,
        sober_since=restart,
        tracked=substance.tracked,
        id=substance.id,
        tracked_since=start,
    )
