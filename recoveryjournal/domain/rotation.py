"""Which backups to keep: a grandfather-father-son rotation, decided from dates alone so it tests in milliseconds.

Every backup of the last day is kept. Older regular backups (daily, on quit, by hand) keep the newest copy of each
of the last few days, weeks and months that have one. Safety copies taken before a migration, restore or change of
encryption are kept for a number of days whatever their place in the rotation. The newest backup is always kept.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta


@dataclass(frozen=True)
class Policy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    safety_days: int = 30
    recent_hours: int = 24


@dataclass(frozen=True)
class BackupStamp:
    """One backup as rotation sees it: a name, when it was taken and whether it is a safety copy."""

    name: str
    taken_at: datetime
    safety: bool = False


DEFAULT_POLICY = Policy()


def to_keep(backups: Iterable[BackupStamp], now: datetime, policy: Policy = DEFAULT_POLICY) -> set[str]:
    """Names of the backups to keep; every other backup may be deleted."""
    stamps = sorted(backups, key=lambda stamp: stamp.taken_at, reverse=True)
    if not stamps:
        return set()
    keep = {stamps[0].name}
    keep |= {stamp.name for stamp in stamps if stamp.taken_at >= now - timedelta(hours=policy.recent_hours)}
    oldest_safety = now - timedelta(days=policy.safety_days)
    keep |= {stamp.name for stamp in stamps if stamp.safety and stamp.taken_at >= oldest_safety}
    regular = [stamp for stamp in stamps if not stamp.safety]
    keep |= _newest_per_period(regular, lambda day: day, policy.daily)
    keep |= _newest_per_period(regular, lambda day: day.isocalendar()[:2], policy.weekly)
    keep |= _newest_per_period(regular, lambda day: (day.year, day.month), policy.monthly)
    return keep


def _newest_per_period(newest_first: list[BackupStamp], period: Callable[[date], Hashable], count: int) -> set[str]:
    """The newest backup in each of the ``count`` most recent periods that have one."""
    seen: set[Hashable] = set()
    kept: set[str] = set()
    for stamp in newest_first:
        key = period(stamp.taken_at.date())
        if key in seen:
            continue
        if len(seen) == count:
            break
        seen.add(key)
        kept.add(stamp.name)
    return kept
