"""Sobriety streaks against answers worked out by hand on a calendar."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from recoveryjournal.domain.models import Lapse, Substance
from recoveryjournal.domain.sobriety import Run, after_lapse, lapse_day, recount, status, statuses

EST = timezone(timedelta(hours=-5))
CET = timezone(timedelta(hours=1))


def lapse_at(year: int, month: int, day: int, hour: int = 20, minute: int = 0, tz=EST, what: str = "Alcohol") -> Lapse:
    return Lapse(at=datetime(year, month, day, hour, minute, tzinfo=tz), substance=what)


def test_no_lapses_counts_whole_days_since_the_start():
    alcohol = Substance("Alcohol", sober_since=date(2026, 1, 1))
    result = status(alcohol, [], today=date(2026, 1, 31))
    # 1 Jan .. 30 Jan are complete: 30 days; the 31st is still going.
    assert result.current_days == 30
    assert result.longest_days == 30
    assert result.total_days == 30
    assert result.runs == (Run(date(2026, 1, 1), 30, ongoing=True),)
    assert result.last_lapse is None


def test_a_run_started_today_counts_zero_and_one_tomorrow():
    alcohol = Substance("Alcohol", sober_since=date(2026, 3, 10))
    assert status(alcohol, [], today=date(2026, 3, 10)).current_days == 0
    assert status(alcohol, [], today=date(2026, 3, 11)).current_days == 1


def test_a_start_in_the_future_counts_zero():
    alcohol = Substance("Alcohol", sober_since=date(2026, 3, 20))
    assert status(alcohol, [], today=date(2026, 3, 10)).current_days == 0


def test_a_lapse_ends_the_run_and_keeps_history():
    alcohol = Substance("Alcohol", sober_since=date(2026, 1, 1))
    lapses = [lapse_at(2026, 1, 11)]
    result = status(alcohol, lapses, today=date(2026, 1, 20))
    # Sober 1..10 Jan (10 days), lapse on the 11th, new run from the 12th: 12..19 complete = 8 days.
    assert result.runs == (Run(date(2026, 1, 1), 10), Run(date(2026, 1, 12), 8, ongoing=True))
    assert result.current_days == 8
    assert result.longest_days == 10
    assert result.total_days == 18
    assert result.last_lapse == date(2026, 1, 11)


def test_stored_restart_after_a_lapse_gives_the_same_answer():
    alcohol = Substance("Alcohol", sober_since=date(2026, 1, 1))
    lapse = lapse_at(2026, 1, 11)
    moved = after_lapse(alcohol, lapse)
    assert moved.sober_since == date(2026, 1, 12)
    assert moved.tracked_since == date(2026, 1, 1)
    before = status(alcohol, [lapse], today=date(2026, 1, 20))
    after = status(moved, [lapse], today=date(2026, 1, 20))
    assert after == before


def test_an_older_lapse_does_not_move_the_current_start_back():
    alcohol = Substance("Alcohol", sober_since=date(2026, 2, 1), tracked_since=date(2026, 1, 1))
    moved = after_lapse(alcohol, lapse_at(2026, 1, 5))
    assert moved.sober_since == date(2026, 2, 1)
    assert moved.tracked_since == date(2026, 1, 1)


def test_several_lapses_on_one_day_and_back_to_back_days():
    alcohol = Substance("Alcohol", sober_since=date(2026, 1, 1))
    lapses = [
        lapse_at(2026, 1, 5, 10),
        lapse_at(2026, 1, 5, 22),
        lapse_at(2026, 1, 6),
        lapse_at(2026, 1, 20),
    ]
    result = status(alcohol, lapses, today=date(2026, 2, 1))
    # 1..4 (4 days), lapses 5 and 6, 7..19 (13 days), lapse 20, 21..31 complete (11 days).
    assert [run.days for run in result.runs] == [4, 13, 11]
    assert result.runs[1].start == date(2026, 1, 7)
    assert result.runs[1].end == date(2026, 1, 19)
    assert result.longest_days == 13
    assert result.total_days == 28
    assert result.lapse_days == (date(2026, 1, 5), date(2026, 1, 6), date(2026, 1, 20))


def test_a_lapse_today_leaves_a_zero_day_current_run():
    alcohol = Substance("Alcohol", sober_since=date(2026, 1, 1))
    result = status(alcohol, [lapse_at(2026, 1, 10)], today=date(2026, 1, 10))
    assert result.current == Run(date(2026, 1, 11), 0, ongoing=True)
    assert result.total_days == 9
    assert result.longest_days == 9


def test_a_late_evening_lapse_belongs_to_the_local_day_not_utc():
    # 23:30 at UTC-5 on 10 Jan is 04:30 UTC on 11 Jan; the person lived it on the 10th.
    late = lapse_at(2026, 1, 10, 23, 30, tz=EST)
    assert late.at.astimezone(UTC).date() == date(2026, 1, 11)
    assert lapse_day(late) == date(2026, 1, 10)
    alcohol = Substance("Alcohol", sober_since=date(2026, 1, 1))
    result = status(alcohol, [late], today=date(2026, 1, 15))
    # Sober 1..9 (9 days), new run from the 11th: 11..14 = 4 days.
    assert [(run.start, run.days) for run in result.runs] == [(date(2026, 1, 1), 9), (date(2026, 1, 11), 4)]


def test_an_early_morning_lapse_abroad_keeps_its_own_offset():
    # 00:30 at UTC+1 on 10 Jan is still 9 Jan in UTC; the person's day is the 10th.
    early = lapse_at(2026, 1, 10, 0, 30, tz=CET)
    assert lapse_day(early) == date(2026, 1, 10)
    assert after_lapse(Substance("Alcohol", date(2026, 1, 1)), early).sober_since == date(2026, 1, 11)


def test_other_substances_lapses_do_not_count_and_names_match_loosely():
    alcohol = Substance("Alcohol", sober_since=date(2026, 1, 1))
    lapses = [lapse_at(2026, 1, 5, what="Cannabis"), lapse_at(2026, 1, 8, what=" alcohol ")]
    result = status(alcohol, lapses, today=date(2026, 1, 10))
    assert result.lapse_days == (date(2026, 1, 8),)
    assert result.current_days == 1


def test_lapses_before_tracking_or_after_today_are_ignored():
    alcohol = Substance("Alcohol", sober_since=date(2026, 1, 10))
    lapses = [lapse_at(2025, 12, 31), lapse_at(2026, 1, 25)]
    result = status(alcohol, lapses, today=date(2026, 1, 20))
    assert result.lapse_days == ()
    assert result.current_days == 10


def test_a_start_moved_forward_by_hand_does_not_count_the_gap():
    alcohol = Substance("Alcohol", sober_since=date(2026, 1, 20), tracked_since=date(2026, 1, 1))
    result = status(alcohol, [lapse_at(2026, 1, 10)], today=date(2026, 1, 25))
    # 1..9 sober (9), lapse 10, 11..19 unknown after the person reset the date, 20..24 (5).
    assert [(run.start, run.days) for run in result.runs] == [(date(2026, 1, 1), 9), (date(2026, 1, 20), 5)]
    assert result.total_days == 14


def test_statuses_skip_untracked_substances():
    tracked = Substance("Alcohol", sober_since=date(2026, 1, 1))
    paused = Substance("Nicotine", sober_since=date(2026, 1, 1), tracked=False)
    found = statuses([tracked, paused], [], today=date(2026, 1, 3))
    assert [item.substance for item in found] == ["Alcohol"]
    assert found[0].tracked_since == date(2026, 1, 1)


def test_recount_after_deleting_a_lapse_gives_the_run_back():
    alcohol = after_lapse(Substance("Alcohol", sober_since=date(2026, 1, 1)), lapse_at(2026, 1, 11))
    assert alcohol.sober_since == date(2026, 1, 12)
    restored = recount(alcohol, [])
    assert (restored.sober_since, restored.tracked_since) == (date(2026, 1, 1), date(2026, 1, 1))
    assert status(restored, [], today=date(2026, 1, 20)).current_days == 19


def test_recount_after_editing_a_lapse_to_an_earlier_day():
    alcohol = Substance("Alcohol", sober_since=date(2026, 1, 12), tracked_since=date(2026, 1, 1))
    moved = recount(alcohol, [lapse_at(2026, 1, 3), lapse_at(2026, 1, 7, what="Cannabis")])
    assert moved.sober_since == date(2026, 1, 4)
