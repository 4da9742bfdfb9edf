"""The week-start setting in Insights: the "When" grid's weekday rows, the year calendar's rows and the trend's weekly
ticks run from the person's first day of the week; the numbers in each cell stay the same."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from recoveryjournal.charts.calendar import build_year_calendar
from recoveryjournal.charts.trend import date_ticks
from recoveryjournal.charts.when import build_heatmap, heatmap_array
from recoveryjournal.domain import patterns as p
from recoveryjournal.domain.models import CheckIn

EST = timezone(timedelta(hours=-5))
WEEK = p.Period(date(2026, 3, 1), date(2026, 3, 7))  # Sunday 1 – Saturday 7 March 2026


def week_facts(first_day: str) -> p.PatternData:
    checkins = [
        p.CheckInFact(index, datetime(2026, 3, day, hour, tzinfo=EST), mood=3, craving=craving, trigger_ids=(1,))
        for index, (day, hour, craving) in enumerate([(1, 23, 8), (2, 9, 2), (3, 9, 4), (4, 9, 5), (7, 18, 6)])
    ]
    return p.PatternData(WEEK, checkins=checkins, first_day=first_day)


def row_labels(figure) -> list[str]:
    return [label.get_text() for label in figure.axes[0].get_yticklabels()]


def test_when_rows_run_from_the_first_day_of_the_week():
    monday, sunday = p.heatmap(week_facts("monday"), "cravings"), p.heatmap(week_facts("sunday"), "cravings")
    assert monday.values == sunday.values  # the same numbers, only the row order differs
    assert heatmap_array(sunday)[0][23] == 8 and heatmap_array(monday)[6][23] == 8  # Sunday 11 pm
    assert row_labels(build_heatmap(sunday))[0] == "Sunday" and row_labels(build_heatmap(sunday))[-1] == "Saturday"
    assert row_labels(build_heatmap(monday))[0] == "Monday"
    assert p.as_table(sunday).rows[0][0] == "Sunday" and p.as_table(monday).rows[0][0] == "Monday"


def test_the_year_calendar_rows_start_on_the_first_day_of_the_week():
    today = date(2026, 3, 4)  # a Wednesday
    cal = p.year_calendar(today, today, [p.DayStat(date(2026, 3, 1), 1, 4.0)], [], None, "sunday")
    assert cal.start.weekday() == 6 and cal.end == date(2026, 3, 7) and cal.weeks == 53
    assert cal.cell(date(2026, 3, 1)) == (52, 0) and cal.cell(date(2026, 3, 7)) == (52, 6)
    assert cal.day_at(52, 0).day == date(2026, 3, 1)
    labels = row_labels(build_year_calendar(cal))
    assert labels == ["Sun", "Tue", "Thu", "Sat"]
    monday = p.year_calendar(today, today, [p.DayStat(date(2026, 3, 1), 1, 4.0)], [], None)
    assert monday.cell(date(2026, 3, 1)) == (51, 6) and row_labels(build_year_calendar(monday))[0] == "Mon"


def test_weekly_ticks_fall_on_the_first_day_of_the_week():
    days = p.Period(date(2026, 3, 1), date(2026, 3, 31)).each_day()
    assert date_ticks(days, "sunday")[0] == [date(2026, 3, day) for day in (1, 8, 15, 22, 29)]
    assert date_ticks(days)[0] == [date(2026, 3, day) for day in (2, 9, 16, 23, 30)]


def test_insights_read_the_setting_from_the_journal(store):
    store.checkins.add(CheckIn(at=datetime(2026, 3, 1, 23, tzinfo=EST), mood=3, craving=7))
    assert store.insights.load(WEEK).first_day == "monday"
    store.settings.set("week_start", "sunday")
    assert store.insights.load(WEEK).first_day == "sunday"
    assert p.daily_series(store.insights.load(WEEK)).first_day == "sunday"
    calendar = store.insights.calendar(date(2026, 3, 4), date(2026, 3, 4))
    assert calendar.start.weekday() == 6 and calendar.day_at(52, 0).checkins == 1


def test_a_calendar_made_before_the_setting_changed_opens_on_the_new_first_day(qtbot):
    from PySide6.QtCore import Qt

    from recoveryjournal.ui.widgets.date_field import DateField, set_week_start

    field = DateField(date(2026, 10, 15))
    qtbot.addWidget(field)
    set_week_start("sunday")
    try:
        field.calendar_button.menu().aboutToShow.emit()  # what opening the calendar does first
        assert field.calendar.firstDayOfWeek() == Qt.DayOfWeek.Sunday
    finally:
        set_week_start("monday")
    field.calendar_button.menu().aboutToShow.emit()
    assert field.calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
