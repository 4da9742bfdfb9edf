"""In a child process on X11 (Xvfb) with a real tray host (``trayer``) running: a reminder comes due, goes to the
system tray as a message, and a real click on the message opens the check-in. Prints what it saw, one fact a line.
Run by ``tests/test_reminders.py``."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QSystemTrayIcon

from recoveryjournal.opening import open_journal
from recoveryjournal.ui.app import application
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.dialogs.checkin import CheckInDialog
from recoveryjournal.ui.main_window import MainWindow
from recoveryjournal.ui.reminders import ReminderNotice, Reminders

EVENING = datetime(2026, 10, 18, 20, 5).astimezone()


def wait_for(condition, attempts: int = 100) -> bool:
    """Let events run until ``condition()`` holds (the tray host and the window manager answer in their own time)."""
    for _ in range(attempts):
        if condition():
            return True
        QTest.qWait(50)
    return bool(condition())


def balloons(app) -> list:
    return [widget for widget in app.topLevelWidgets() if widget.isVisible() and widget.inherits("QBalloonTip")]


def main(folder: Path) -> None:
    app = application()
    store = open_journal(folder)
    window = MainWindow(AppContext(store))
    window.show()
    print("tray", wait_for(QSystemTrayIcon.isSystemTrayAvailable), flush=True)
    store.settings.set("reminders/checkin_time", "20:00")
    reminders = Reminders(window, lambda: EVENING)
    print("due", [kind.value for kind in reminders.check()], flush=True)
    print("in tray", reminders.tray is not None and reminders.tray.isVisible(), flush=True)
    wait_for(lambda: not reminders.tray.geometry().isEmpty())
    print("icon", reminders.tray.geometry().width() > 0, flush=True)
    print("notice in window", window.findChild(ReminderNotice) is not None, flush=True)
    wait_for(lambda: bool(balloons(app)))
    shown = balloons(app)
    print("balloon", len(shown), flush=True)
    if shown:
        QTest.mouseClick(shown[0], Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(20, 20))
        wait_for(lambda: window.findChild(CheckInDialog) is not None)
    dialog = window.findChild(CheckInDialog)
    print("check-in open", dialog is not None and dialog.isVisible(), flush=True)
    if dialog is not None:
        dialog.reject()
    reminders.tray.hide()
    window.close()
    store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
