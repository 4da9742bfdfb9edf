"""Backup rotation, decided from dates alone."""

from __future__ import annotations

from datetime import datetime, timedelta

from recoveryjournal.domain.rotation import BackupStamp, Policy, to_keep

NOW = datetime(2026, 11, 22, 20, 0)


def daily(days: int, hour: int = 9) -> list[BackupStamp]:
    return [BackupStamp(f"d{n}", NOW.replace(hour=hour) - timedelta(days=n)) for n in range(days)]


def test_nothing_to_keep_when_there_are_no_backups():
    assert to_keep([], NOW) == set()


def test_a_year_of_daily_backups_keeps_days_weeks_and_months():
    kept = to_keep(daily(400), NOW, Policy(daily=7, weekly=4, monthly=12, safety_days=30))
    # The last seven days, then the newest of each of four ISO weeks, then the newest of each of twelve months.
    assert {f"d{n}" for n in range(7)} <= kept
    by_name = {stamp.name: stamp.taken_at for stamp in daily(400)}
    months = {(by_name[name].year, by_name[name].month) for name in kept}
    assert len(months) == 12
    weeks = {by_name[name].isocalendar()[:2] for name in kept}
    assert len(kept) < 7 + 4 + 12
    assert len(weeks) >= 4
    assert "d399" not in kept


def test_newest_of_each_day_wins():
    stamps = [
        BackupStamp("morning", NOW.replace(hour=8)),
        BackupStamp("evening", NOW.replace(hour=19)),
        BackupStamp("yesterday", NOW - timedelta(days=1)),
    ]
    later = NOW + timedelta(days=3)
    assert to_keep(stamps, later, Policy(daily=2, weekly=0, monthly=0)) == {"evening", "yesterday"}


def test_everything_from_the_last_day_is_kept():
    stamps = [BackupStamp(f"h{n}", NOW - timedelta(hours=n)) for n in range(30)]
    kept = to_keep(stamps, NOW, Policy(daily=1, weekly=0, monthly=0, recent_hours=24))
    assert kept == {f"h{n}" for n in range(25)}


def test_safety_copies_live_for_their_days_then_go():
    stamps = [
        *daily(3),
        BackupStamp("before-migration-recent", NOW - timedelta(days=10), safety=True),
        BackupStamp("before-restore-old", NOW - timedelta(days=40), safety=True),
    ]
    kept = to_keep(stamps, NOW, Policy(daily=7, weekly=0, monthly=0, safety_days=30))
    assert kept == {"d0", "d1", "d2", "before-migration-recent"}


def test_the_newest_backup_is_always_kept_even_if_it_is_an_old_safety_copy():
    only = [BackupStamp("lonely", NOW - timedelta(days=400), safety=True)]
    assert to_keep(only, NOW, Policy(daily=0, weekly=0, monthly=0, safety_days=1)) == {"lonely"}


def test_gaps_count_only_days_that_have_a_backup():
    stamps = [BackupStamp(f"b{n}", NOW - timedelta(days=n * 10)) for n in range(5)]
    assert to_keep(stamps, NOW, Policy(daily=3, weekly=0, monthly=0, recent_hours=0)) == {"b0", "b1", "b2"}
