"""Reminders: what is due (pure domain), and the window's reminders driven by an injected clock and a fast QTimer.

Offscreen there is no system tray, so the reminder shows in the window; its button does what it says. A real tray
(``trayer`` under Xvfb) is driven in a child process.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSystemTrayIcon

from recoveryjournal.domain.models import CheckIn
from recoveryjournal.domain.reflection_models import Reflection, ReflectionKind
from recoveryjournal.domain.reminders import JournalState, ReminderKind, ReminderSettings, due_reminders
from recoveryjournal.ui.dialogs.checkin import CheckInDialog
from recoveryjournal.ui.reminders import ReminderNotice, Reminders

EVENING = datetime(2026, 10, 18, 20, 5).astimezone()  # a Sunday
AT_EIGHT = ReminderSettings(checkin_time=time(20, 0))


def test_the_checkin_reminder_is_due_once_its_time_has_come_and_there_is_no_checkin_today():
    assert due_reminders(EVENING, AT_EIGHT, JournalState()) == [ReminderKind.CHECKIN]
    assert due_reminders(EVENING - timedelta(minutes=10), AT_EIGHT, JournalState()) == []
    assert due_reminders(EVENING, AT_EIGHT, JournalState(checked_in_today=True)) == []
    assert due_reminders(EVENING, ReminderSettings(), JournalState()) == []
    assert due_reminders(EVENING, AT_EIGHT, JournalState(), {("checkin", EVENING.date())}) == []


@pytest.mark.parametrize(
    ("week_start", "day", "due"),
    [("monday", date(2026, 10, 18), True), ("monday", date(2026, 10, 17), False), ("sunday", date(2026, 10, 17), True)],
)
def test_the_weekly_review_is_due_on_the_last_day_of_the_week(week_start, day, due):
    settings = ReminderSettings(weekly_review=True, week_start=week_start)
    now = datetime.combine(day, time(9)).astimezone()
    assert (due_reminders(now, settings, JournalState()) == [ReminderKind.WEEKLY_REVIEW]) is due
    assert due_reminders(now, settings, JournalState(reviewed_this_week=True)) == []


def test_a_due_questionnaire_is_a_reminder_only_when_asked_for():
    assert due_reminders(EVENING, ReminderSettings(measures=True), JournalState(measures_due=1)) == [
        ReminderKind.MEASURES
    ]
    assert due_reminders(EVENING, ReminderSettings(measures=False), JournalState(measures_due=1)) == []
    assert due_reminders(EVENING, ReminderSettings(measures=True), JournalState()) == []


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_the_checkin_reminder_shows_in_the_window_when_due_and_not_once_checked_in(window, qtbot):
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen: the in-window notice is the path under test
    store = window.context.store
    store.settings.set("reminders/checkin_time", "20:00")
    clock = Clock(EVENING - timedelta(minutes=10))
    reminders = Reminders(window, clock, interval_ms=5)
    with qtbot.assertNotEmitted(reminders.reminded, wait=50):
        reminders.start()  # at start, 19:55: not yet
    clock.now = EVENING
    with qtbot.waitSignal(reminders.reminded, timeout=2000) as shown:
        pass  # the timer's next tick
    assert shown.args[0] == "checkin"
    notice = window.findChild(ReminderNotice)
    assert notice.isVisible() and "check-in" in notice.label.text()
    with qtbot.assertNotEmitted(reminders.reminded, wait=50):
        pass  # once a day
    qtbot.mouseClick(notice.do_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(CheckInDialog)
    assert dialog is not None and dialog.isVisible() and not notice.isVisible()
    dialog.reject()

    reminders.timer.stop()
    store.checkins.add(CheckIn(at=EVENING + timedelta(days=1) - timedelta(hours=2), mood=4))
    next_day = Reminders(window, Clock(EVENING + timedelta(days=1)), interval_ms=5)
    with qtbot.assertNotEmitted(next_day.reminded, wait=50):
        next_day.start()  # checked in that day already
    next_day.timer.stop()


def test_on_start_the_due_reminders_show_at_once(window, qtbot):
    store = window.context.store
    store.settings.set("reminders/weekly_review", True)
    store.settings.set("reminders/checkin_time", "08:00")
    reminders = Reminders(window, Clock(EVENING), interval_ms=60_000)
    seen = []
    reminders.reminded.connect(lambda kind, _text: seen.append(kind))
    reminders.start()
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen == ["checkin", "weekly_review"]
    notice = window.findChild(ReminderNotice)
    qtbot.mouseClick(notice.do_button, Qt.MouseButton.LeftButton)  # the last one: the weekly review
    assert window.current_page_key() == "reflect"
    reminders.timer.stop()

    store.reflections.add(Reflection(at=EVENING - timedelta(days=2), kind=ReflectionKind.WEEKLY_REVIEW))
    again = Reminders(window, Clock(EVENING + timedelta(seconds=1)), interval_ms=60_000)
    assert again.check() == [ReminderKind.CHECKIN]


def test_a_due_questionnaire_reminds_once_asked_and_opens_today(window, qtbot):
    store = window.context.store
    reminders = Reminders(window, Clock(EVENING), interval_ms=60_000)
    assert reminders.check() == []  # new journal: questionnaires are due, but the reminder is off
    store.settings.set("reminders/measures", True)
    assert reminders.check() == [ReminderKind.MEASURES]  # the shipped questionnaires, never taken yet
    window.show_page("journal")
    notice = window.findChild(ReminderNotice)
    assert "questionnaire" in notice.label.text()
    qtbot.mouseClick(notice.do_button, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "today"
    assert reminders.check() == []  # once a day


def test_a_reminder_clicked_while_the_journal_is_locked_opens_nothing(window, qtbot):
    from recoveryjournal.ui.safety import install_lock

    install_lock(window)
    window.idle_lock.lock()
    try:
        Reminders(window, Clock(EVENING)).do(ReminderKind.CHECKIN)
        assert window.findChild(CheckInDialog) is None
    finally:
        window.idle_lock.unlock()
        window.idle_lock.remove()
    Reminders(window, Clock(EVENING)).do(ReminderKind.CHECKIN)
    dialog = window.findChild(CheckInDialog)
    assert dialog is not None
    dialog.reject()


@pytest.mark.qt_log_ignore("systemTrayWindowChanged")  # the offscreen platform has no tray to watch
def test_with_a_system_tray_the_reminder_is_a_tray_message_whose_click_opens_the_checkin(window, qtbot, monkeypatch):
    for name in ("isSystemTrayAvailable", "supportsMessages"):  # Qt's answer on a desktop with a tray
        monkeypatch.setattr(QSystemTrayIcon, name, staticmethod(lambda: True))
    window.context.store.settings.set("reminders/checkin_time", "20:00")
    reminders = Reminders(window, Clock(EVENING))
    assert reminders.check() == [ReminderKind.CHECKIN]
    assert reminders.tray is not None and reminders.tray.isVisible()
    assert window.findChild(ReminderNotice) is None  # no in-window notice when the tray carries it
    reminders.tray.messageClicked.emit()
    dialog = window.findChild(CheckInDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    reminders.tray.hide()


@pytest.mark.skipif(
    shutil.which("xvfb-run") is None or shutil.which("trayer") is None, reason="needs xvfb-run and trayer (apt)"
)
def test_with_a_real_tray_host_the_reminder_goes_to_the_tray_and_a_click_on_its_message_opens_the_checkin(tmp_path):
    """X11 under Xvfb with ``trayer`` holding the system tray: Qt finds the tray itself, the icon is embedded, the
    message shows (Qt's own balloon, there being no notification service) and a real click on it opens the check-in;
    no in-window notice beside it."""
    helper = Path(__file__).parent / "tray_app.py"
    script = (
        "trayer --edge top --align right --widthtype pixel --width 100 --height 24 >/dev/null 2>&1 & "
        f'"{sys.executable}" "{helper}" "{tmp_path / "data"}"'
    )
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "bash", "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "xcb"},
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == [
        "tray True",
        "due ['checkin']",
        "in tray True",
        "icon True",
        "notice in window False",
        "balloon 1",
        "check-in open True",
    ]
