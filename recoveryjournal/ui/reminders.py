"""Gentle reminders while the app runs: the daily check-in, the weekly review, a due questionnaire.

A ``QTimer`` asks ``domain.reminders`` once a minute (and once right at the start) what is due at the clock's time;
the clock is injected, so tests drive it without waiting. A reminder goes through the system tray when there is one,
otherwise it shows as a quiet notice at the top of the window with one button that does the thing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QSystemTrayIcon, QToolBar, QWidget

from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.reflection_models import ReflectionKind
from recoveryjournal.domain.reminders import (
    JournalState,
    ReminderKind,
    ReminderSettings,
    due_reminders,
)
from recoveryjournal.domain.weeks import week_start

CHECK_EVERY_MS = 60_000


def _start_of(day: date, now: datetime) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=now.tzinfo)


class ReminderNotice(QToolBar):
    """The in-window reminder when there is no system tray: one line, one button that does it, one to dismiss."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminder_notice")
        self.setMovable(False)
        self.setFloatable(False)
        self.setAccessibleName(self.tr("Reminder"))
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel(objectName="reminder_text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.do_button = QPushButton(objectName="reminder_do")
        self.dismiss_button = QPushButton(self.tr("Dismiss"), objectName="reminder_dismiss")
        self.dismiss_button.clicked.connect(self.hide)
        self.do_button.clicked.connect(self.hide)
        row.addWidget(self.label, 1)
        row.addWidget(self.do_button)
        row.addWidget(self.dismiss_button)
        self.addWidget(body)
        self._action: Callable[[], object] | None = None
        self.do_button.clicked.connect(lambda: self._action and self._action())
        self.hide()

    def show_reminder(self, text: str, button: str, action: Callable[[], object]) -> None:
        self.label.setText(text)
        self.do_button.setText(button)
        self._action = action
        self.show()


class Reminders(QObject):
    """Checks what is due every ``interval_ms`` against ``clock()`` and shows it once a day per kind."""

    reminded = Signal(str, str)  # the kind and the words shown

    def __init__(self, window, clock: Callable[[], datetime] = now_local, interval_ms: int = CHECK_EVERY_MS) -> None:
        super().__init__(window)
        self.window = window
        self.store = window.context.store
        self.clock = clock
        self.shown: set[tuple[str, date]] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.tray: QSystemTrayIcon | None = None
        self.last_kind = ReminderKind.CHECKIN  # what a click on the tray's message does
        self.notice: ReminderNotice | None = None

    def start(self) -> None:
        """Check now (a reminder due at the start shows at once), then every interval."""
        self.timer.start()
        QTimer.singleShot(0, self.check)

    def journal_state(self, now: datetime, settings: ReminderSettings) -> JournalState:
        today = now.date()
        tomorrow = _start_of(today + timedelta(days=1), now)
        week = _start_of(week_start(today, settings.week_start), now)
        measures_due = 0
        if settings.measures:
            from recoveryjournal.ui.widgets.due_measures import current_catalogue, due_now

            measures_due = len(due_now(self.store, current_catalogue(self.store)))
        reviews = self.store.reflections.between(week, tomorrow) if settings.weekly_review else []
        return JournalState(
            checked_in_today=bool(self.store.checkins.between(_start_of(today, now), tomorrow)),
            reviewed_this_week=any(r.kind == ReflectionKind.WEEKLY_REVIEW for r in reviews),
            measures_due=measures_due,
        )

    def check(self) -> list[ReminderKind]:
        """Show what is due now; returns the kinds shown."""
        if self.store.closed:
            return []
        now = self.clock()
        settings = ReminderSettings.from_settings(self.store.settings.get)
        due = due_reminders(now, settings, self.journal_state(now, settings), self.shown)
        for kind in due:
            self.shown.add((str(kind), now.date()))
            self.show(kind)
        return due

    def words(self, kind: ReminderKind) -> tuple[str, str, str]:
        """(title, text, button) for a reminder."""
        if kind is ReminderKind.CHECKIN:
            return (
                self.tr("Time for your check-in"),
                self.tr("A minute to notice how today is going: Log → Quick check-in (Ctrl+K)."),
                self.tr("Check in now"),
            )
        if kind is ReminderKind.WEEKLY_REVIEW:
            return (
                self.tr("Your weekly review"),
                self.tr("The week is ending: a few minutes on the Reflect page to look back on it."),
                self.tr("Open Reflect"),
            )
        return (
            self.tr("A questionnaire is due"),
            self.tr("It is on the Today page, and never required: skip it if you like."),
            self.tr("Open Today"),
        )

    def do(self, kind: ReminderKind) -> None:
        """What the reminder's button (or a click on the tray's message) does; nothing while the journal is locked."""
        lock = self.window.idle_lock
        if lock is not None and lock.locked:
            return
        if kind is ReminderKind.CHECKIN:
            self.window.quick_checkin()
        else:
            self.window.show_page("reflect" if kind is ReminderKind.WEEKLY_REVIEW else "today")
        self.window.raise_()
        self.window.activateWindow()

    def show(self, kind: ReminderKind) -> None:
        title, text, button = self.words(kind)
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            if self.tray is None:
                app = QApplication.instance()
                if app.windowIcon().isNull():  # set once the window has painted; a reminder at start may come first
                    from recoveryjournal.ui.icon import set_icon

                    set_icon(app)
                self.tray = QSystemTrayIcon(app.windowIcon(), self)
                self.tray.setToolTip(QApplication.applicationDisplayName())
                self.tray.messageClicked.connect(lambda: self.do(self.last_kind))
                self.tray.show()
            self.last_kind = kind
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information)
        else:
            if self.notice is None:
                self.notice = ReminderNotice(self.window)
                self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.notice)
            self.notice.show_reminder(f"{title}. {text}", button, lambda: self.do(kind))
        self.reminded.emit(str(kind), text)


def install_reminders(window, clock: Callable[[], datetime] = now_local) -> Reminders:
    reminders = Reminders(window, clock)
    reminders.start()
    return reminders
