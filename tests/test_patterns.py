"""Pattern aggregates against answers worked out by hand on small, hand-built facts."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from recoveryjournal.domain import patterns as p

EST = timezone(timedelta(hours=-5))
CET = timezone(timedelta(hours=1))
TRIGGERS = {
    1: p.TriggerInfo(1, "Stress", "emotional"),
    2: p.TriggerInfo(2, "Friday evening", "environmental"),
    3: p.TriggerInfo(3, "Old friends", "social"),
}
MARCH = p.Period(date(2026, 3, 1), date(2026, 3, 7))  # Sunday 1 – Saturday 7 March 2026


def at(day: int, hour: int, minute: int = 0, tz=EST) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=tz)


def facts(**overrides) -> p.PatternData:
    base = {
        "period": MARCH,
        "triggers": TRIGGERS,
        "checkins": [
            p.CheckInFact(10, at(1, 23, 30), mood=2, craving=8, trigger_ids=(1, 2)),  # Sunday late evening
            p.CheckInFact(11, at(2, 0, 10), mood=4, craving=2, trigger_ids=(1,)),  # Monday just after midnight
            p.CheckInFact(12, at(2, 20, 0), mood=3, craving=5, trigger_ids=(1, 3)),
            p.CheckInFact(13, at(4, 9, 0), mood=5, craving=None, trigger_ids=()),
        ],
        "entries": [p.EntryFact(20, at(3, 21, 0), trigger_ids=(3,))],
        "previous_trigger_counts": {1: 1, 2: 4},
    }
    base.update(overrides)
    return p.PatternData(**base)


# ----------------------------------------------------------------------------------------------------------- periods


def test_presets_end_today_and_count_whole_days():
    today = date(2026, 3, 31)
    assert p.preset_period("7d", today) == p.Period(date(2026, 3, 25), today)
    assert p.preset_period(p.PeriodPreset.MONTH, today).days == 30
    assert p.preset_period("90d", today).start == date(2026, 1, 1)
    assert p.preset_period("year", today).days == 365
    assert p.preset_period("all", today, first_day=date(2020, 5, 4)) == p.Period(date(2020, 5, 4), today)
    assert p.preset_period("all", today) == p.Period(today, today)
    with pytest.raises(ValueError):
        p.preset_period("custom", today)


def test_previous_period_has_the_same_length_and_ends_the_day_before():
    assert MARCH.previous() == p.Period(date(2026, 2, 22), date(2026, 2, 28))
    assert p.Period(date(2026, 3, 1), date(2026, 3, 1)).previous() == p.Period(date(2026, 2, 28), date(2026, 2, 28))
    with pytest.raises(ValueError):
        p.Period(date(2026, 3, 2), date(2026, 3, 1))


# ------------------------------------------------------------------------------------------------------ aggregates


def test_trigger_counts_add_check_ins_and_entries_and_compare_with_the_period_before():
    result = p.trigger_counts(facts())
    rows = {row.name: row for row in result.rows}
    assert [row.name for row in result.rows] == ["Stress", "Old friends", "Friday evening"]
    assert (rows["Stress"].checkins, rows["Stress"].entries, rows["Stress"].previous, rows["Stress"].change) == (
        3,
        0,
        1,
        2,
    )
    assert (rows["Old friends"].count, rows["Old friends"].entries, rows["Old friends"].kind) == (2, 1, "social")
    assert (rows["Friday evening"].count, rows["Friday evening"].change) == (1, -3)
    assert result.total == 6 and result.readiness.enough


def test_a_trigger_only_in_the_period_before_still_shows_with_its_drop():
    result = p.trigger_counts(facts(previous_trigger_counts={2: 4, 3: 0}, checkins=[], entries=[]))
    assert [(row.name, row.count, row.change) for row in result.rows] == [("Friday evening", 0, -4)]
    assert not result.readiness.enough and "trigger" in result.readiness.hint


def test_heatmap_uses_the_local_hour_stored_with_the_offset():
    triggers = p.heatmap(facts(), "triggers")
    # 23:30 -05:00 on Sunday is 04:30 UTC on Monday, but the person lived it on Sunday at 11 pm.
    assert triggers.values[6][23] == 2
    assert triggers.values[0][0] == 1  # Monday 00:10
    assert triggers.values[0][20] == 2
    assert triggers.values[0][4] == 0
    assert sum(map(sum, triggers.values)) == 5  # the entry is not a check-in, so not in "when"
    assert triggers.peak() in {(6, 23), (0, 20)}

    cravings = p.heatmap(facts(), p.HeatmapSubject.CRAVINGS)
    assert cravings.values[6][23] == 8 and cravings.values[0][0] == 2
    assert cravings.values[3][9] is None  # Thursday 9 am: a check-in without a craving
    assert cravings.counts[6][23] == 1


def test_heatmap_averages_cravings_in_one_cell_and_needs_five_check_ins():
    data = facts(
        checkins=[p.CheckInFact(i, at(2, 20, i), craving=c, trigger_ids=(1,)) for i, c in enumerate((2, 4, 9), 1)]
    )
    result = p.heatmap(data, "cravings")
    assert result.values[0][20] == 5 and result.counts[0][20] == 3
    assert not result.readiness.enough and "five" in result.readiness.hint


def test_daily_series_splits_days_at_local_midnight_and_rolls_a_seven_day_mean():
    series = p.daily_series(
        facts(
            lapses=[at(3, 22, 0)],
            sessions=[at(2, 18, 0), at(2, 19, 0), datetime(2026, 2, 27, 18, 0, tzinfo=EST)],
            ratings=[p.RatingFact(at(1, 21, 0), 6), p.RatingFact(at(2, 21, 0), 8)],
        )
    )
    assert series.days[0] == date(2026, 3, 1) and len(series.days) == 7
    assert series.mood[:4] == [2, 3.5, None, 5]  # Monday: (4 + 3) / 2
    assert series.craving[:4] == [8, 3.5, None, None]
    assert series.mood_mean[:4] == [2, 2.75, 2.75, pytest.approx((2 + 3.5 + 5) / 3)]
    assert series.rating[:3] == [6, 8, None] and series.has_rating
    assert series.lapse_days == [date(2026, 3, 3)]
    assert series.session_days == [date(2026, 3, 2)]
    assert series.readiness.enough


def test_rolling_mean_forgets_days_older_than_the_window():
    values = [1.0, None, None, None, None, None, None, 3.0, None]
    assert p.rolling_mean(values, 7) == [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 3.0, 3.0]
    assert p.rolling_mean([None, None]) == [None, None]


def test_the_same_moment_in_another_time_zone_is_another_local_day():
    morning_in_paris = datetime(2026, 3, 2, 0, 30, tzinfo=CET)  # still 1 March in UTC
    series = p.daily_series(facts(checkins=[p.CheckInFact(1, morning_in_paris, mood=4)]))
    assert series.mood[:2] == [None, 4]


def test_trigger_cravings_give_mean_count_and_spread():
    result = p.trigger_cravings(facts())
    rows = {row.name: row for row in result.rows}
    # Stress and Old friends both average 5; the one seen more often comes first.
    assert [row.name for row in result.rows] == ["Friday evening", "Stress", "Old friends"]
    assert (rows["Stress"].count, rows["Stress"].mean) == (3, 5)
    assert rows["Stress"].spread == pytest.approx(3.0)  # sample standard deviation of 8, 2, 5
    assert (rows["Friday evening"].count, rows["Friday evening"].spread) == (1, 0.0)
    assert result.overall_mean == 5
    assert result.readiness.enough


def test_coping_tools_rank_by_mean_drop_only_from_enough_rated_uses():
    """A tool rated once with a big drop does not outrank one rated three times: too few ratings to rank."""
    data = facts(
        coping=[
            p.CopingFact(1, at(1, 10), 8, 3),
            p.CopingFact(1, at(2, 10), 6, 5),
            p.CopingFact(1, at(3, 10), 7, 4),
            p.CopingFact(2, at(2, 11), 7, 2),
            p.CopingFact(2, at(2, 12), 5, None),
            p.CopingFact(3, at(3, 12)),
            p.CopingFact(3, at(4, 12)),
        ],
        coping_names={1: "Walk", 2: "Call my sponsor", 3: "Shower"},
    )
    result = p.coping_effects(data)
    assert [(r.name, r.uses, r.rated, r.mean_drop, r.ranked) for r in result.rows] == [
        ("Walk", 3, 3, 3, True),
        ("Call my sponsor", 2, 1, 5, False),
        ("Shower", 2, 0, None, False),
    ]
    assert p.MIN_RATED_TO_RANK == 3
    assert result.readiness.enough


def test_co_occurrence_counts_pairs_across_check_ins_and_entries():
    data = facts(entries=[p.EntryFact(20, at(3, 21), trigger_ids=(1, 3))])
    result = p.co_occurrence(data, top=3)
    assert result.names == ["Stress", "Old friends", "Friday evening"]
    assert result.matrix == [[4, 2, 1], [2, 2, 0], [1, 0, 1]]
    assert result.readiness.enough
    assert p.co_occurrence(data, top=1).matrix == [[4]]


def test_year_calendar_marks_sober_lapse_and_unknown_days():
    today = date(2026, 3, 4)
    cal = p.year_calendar(
        today,
        today,
        [p.DayStat(date(2026, 3, 2), 2, 3.5)],
        [date(2026, 3, 3)],
        tracking_start=date(2026, 3, 1),
    )
    assert cal.start.weekday() == 0 and cal.end == date(2026, 3, 8) and cal.weeks == 53
    by_day = {day.day: day for day in cal.days}
    assert by_day[date(2026, 2, 28)].sober is None  # before tracking began
    assert by_day[date(2026, 3, 1)].sober is True
    assert (by_day[date(2026, 3, 2)].checkins, by_day[date(2026, 3, 2)].mood) == (2, 3.5)
    assert by_day[date(2026, 3, 3)].lapse and by_day[date(2026, 3, 3)].sober is False
    assert by_day[date(2026, 3, 5)].sober is None  # tomorrow has not happened
    assert (cal.sober_days, cal.lapse_days, cal.checkin_days) == (3, 1, 1)
    assert cal.cell(date(2026, 3, 3)) == (52, 1)
    assert cal.day_at(52, 1).day == date(2026, 3, 3)


def test_an_empty_period_says_what_to_log_in_every_view():
    empty = p.PatternData(MARCH)
    results = [
        p.trigger_counts(empty),
        p.heatmap(empty, "triggers"),
        p.heatmap(empty, "cravings"),
        p.daily_series(empty),
        p.trigger_cravings(empty),
        p.coping_effects(empty),
        p.co_occurrence(empty),
        p.year_calendar(MARCH.end, MARCH.end, [], [], None),
    ]
    for result in results:
        assert not result.readiness.enough
        assert result.readiness.hint.strip()
    assert p.daily_series(empty).mood == [None] * 7
    assert p.co_occurrence(empty).matrix == []


def test_matching_lists_what_a_click_picked_out():
    data = facts(coping=[p.CopingFact(7, at(2, 20), 5, 2, checkin_id=12)])
    assert p.matching(data, p.Selection("Stress", trigger_ids=(1,))) == p.Matches([10, 11, 12], [])
    assert p.matching(data, p.Selection("Old friends", trigger_ids=(3,))) == p.Matches([12], [20])
    assert p.matching(data, p.Selection("Both", trigger_ids=(1, 2))) == p.Matches([10], [])
    assert p.matching(data, p.Selection("Sun 11 pm", weekday=6, hour=23, include_entries=False)).checkin_ids == [10]
    assert p.matching(data, p.Selection("2 March", day=date(2026, 3, 2))) == p.Matches([11, 12], [])
    assert p.matching(data, p.Selection("Walk", action_id=7)) == p.Matches([12], [])
    assert p.matching(data, p.Selection("Thu", weekday=3, needs_craving=True)).checkin_ids == []


def test_tables_carry_the_same_numbers_as_the_charts():
    table = p.as_table(p.trigger_counts(facts()))
    assert table.headers[:3] == ("Trigger", "Kind", "Times")
    assert table.rows[0] == ("Stress", "Emotional", "3", "3", "0", "1", "+2")
    assert p.as_table(p.co_occurrence(facts(), top=2)).rows == [("Stress", "3", "1"), ("Old friends", "1", "2")]
    cravings = p.as_table(p.heatmap(facts(), "cravings"))
    assert ("Sunday", "11 pm–midnight", "8.0", "1") in cravings.rows
