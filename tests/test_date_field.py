"""A typed date is kept exactly, or the field says it does not read as one: never quietly another day.

The "Start tracking" dialog once saved 1 Oct for a typed "15 Oct 2026"; here the dates are typed with real key
events, and what is checked is the journal file itself.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest
from gui_keys import active, press, type_text
from PySide6.QtCore import Qt

from recoveryjournal import paths
from recoveryjournal.domain.typed_dates import datetime_text, parse_typed_date, parse_typed_datetime
from recoveryjournal.ui.dialogs.substance import SubstanceDialog


@pytest.mark.parametrize(
    "text",
    ["15 Oct 2026", "15 October 2026", "15 oct. 2026", "15 octubre 2026", "Oct 15, 2026", "2026-10-15", "15/10/2026"],
)
def test_common_ways_of_writing_a_date_read_as_that_date(text):
    assert parse_typed_date(text) == date(2026, 10, 15)


def test_month_first_numbers_read_only_when_nothing_else_makes_a_date():
    assert parse_typed_date("10/15/2026") == date(2026, 10, 15)
    assert parse_typed_date("03/04/2026") == date(2026, 4, 3)  # day first, as most of the world writes it


@pytest.mark.parametrize("text", ["31 Feb 2026", "15 Oct", "15 Okt 20266", "", "Ju 4 2026", "15 10"])
def test_anything_that_is_not_one_real_date_reads_as_none(text):
    assert parse_typed_date(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "15 Oct 2026 14:30",
        "Thu 15 Oct 2026, 14:30",
        "jue 15 oct 2026 14:30",
        "15 octubre 2026 14.30",
        "2026-10-15T14:30",
        "2026-10-15 14:30",
        "15/10/2026 2:30 pm",
        "Oct 15, 2026 2:30 p.m.",
    ],
)
def test_common_ways_of_writing_a_date_and_time_read_as_that_moment(text):
    assert parse_typed_datetime(text) == datetime(2026, 10, 15, 14, 30)


@pytest.mark.parametrize(
    "text",
    ["15 Oct 2026", "15 Oct 2026 24:00", "15 Oct 2026 14:60", "15 Oct 2026 13:30 pm", "Mon 15 Oct 2026 14:30", "14:30"],
)
def test_anything_that_is_not_one_real_moment_reads_as_none(text):
    assert parse_typed_datetime(text) is None


def test_a_weekday_before_the_date_must_be_its_own():
    assert parse_typed_date("Thursday 15 Oct 2026") == date(2026, 10, 15)
    assert parse_typed_date("Fri 15 Oct 2026") is None


@pytest.mark.parametrize("style", ["locale", "iso"])
@pytest.mark.parametrize("language", ["en", "es"])
def test_a_moment_written_by_the_field_reads_back_the_same(language, style):
    from recoveryjournal import i18n
    from recoveryjournal.domain import dates

    before = i18n.current_language()
    i18n.set_language(language)
    dates.set_style(style)
    try:
        for moment in (datetime(2026, 10, 15, 14, 30), datetime(2027, 9, 1, 0, 5), datetime(2026, 3, 4, 23, 59)):
            assert parse_typed_datetime(datetime_text(moment)) == moment
    finally:
        dates.set_style("locale")
        i18n.set_language(before)


def saved_starts(folder) -> list[tuple[str, str]]:
    with sqlite3.connect(paths.database_path(folder)) as raw:
        return raw.execute("SELECT name, sober_since FROM substances ORDER BY name").fetchall()


def open_start_tracking(qtbot, window) -> SubstanceDialog:
    page = window.show_page("today")
    page.refresh()
    qtbot.mouseClick(page.add_substance, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(SubstanceDialog) is not None)
    dialog = window.findChild(SubstanceDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def still_open(window) -> bool:
    return any(dialog.isVisible() for dialog in window.findChildren(SubstanceDialog))


def type_into(qtbot, widget, text: str) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def test_start_tracking_keeps_the_typed_date_exactly(qtbot, window, data_dir):
    dialog = open_start_tracking(qtbot, window)
    active(qtbot, dialog)
    type_text(dialog, "Alcohol")
    press(dialog, Qt.Key.Key_Tab)  # from the name to the date, as a person moves on
    assert dialog.sober_since.edit.hasFocus()
    press(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(dialog, "15 Oct 2026")
    assert dialog.sober_since.edit.text() == "15 Oct 2026" and not dialog.sober_since.problem.isVisible()
    press(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not still_open(window))
    assert saved_starts(data_dir) == [("Alcohol", "2026-10-15")]


def test_a_date_that_is_not_real_is_said_so_and_nothing_is_saved(qtbot, window, data_dir):
    dialog = open_start_tracking(qtbot, window)
    qtbot.keyClicks(dialog.name, "Cannabis")
    type_into(qtbot, dialog.sober_since.edit, "31 Feb 2026")
    assert dialog.sober_since.problem.isVisible() and "31 Feb 2026" in dialog.sober_since.problem.text()
    qtbot.keyClick(dialog.sober_since.edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.message.isVisible()
    assert dialog.sober_since.edit.text() == "31 Feb 2026"  # left as typed, to correct
    assert saved_starts(data_dir) == []
    type_into(qtbot, dialog.sober_since.edit, "28 Feb 2026")
    qtbot.keyClick(dialog.sober_since.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not still_open(window))
    assert saved_starts(data_dir) == [("Cannabis", "2026-02-28")]


def test_the_calendar_fills_the_field_with_the_picked_day(qtbot, window):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QTableView

    dialog = open_start_tracking(qtbot, window)
    field = dialog.sober_since
    type_into(qtbot, field.edit, "3 Mar 2026")
    field._calendar_to_typed()
    assert field.calendar.selectedDate() == QDate(2026, 3, 3)
    days = field.calendar.findChild(QTableView)  # the grid of days a person moves through with the arrows
    qtbot.keyClick(days, Qt.Key.Key_Right)
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert field.date() == date(2026, 3, 4)
    dialog.reject()
