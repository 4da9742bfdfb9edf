"""Date and time fields that keep exactly what was typed: it reads as one date (or time), or the field says it does
not. (Qt's sectioned QDateEdit turned a typed "15 Oct 2026" into 1 Oct; these never change a typed value.)

``DateField`` is a text box with a calendar button beside it; ``TimeField`` is a text box for "HH:MM".
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from recoveryjournal.domain import dates
from recoveryjournal.domain.reminders import parse_time, time_text
from recoveryjournal.domain.typed_dates import parse_typed_date

_week = {"first": Qt.DayOfWeek.Monday}


def set_week_start(week_start: str) -> None:
    """The first day of the week on every calendar opened from now on: "sunday", else Monday (``week_start``)."""
    _week["first"] = Qt.DayOfWeek.Sunday if week_start == "sunday" else Qt.DayOfWeek.Monday


def date_text(day: date) -> str:
    """How a date field writes a date: as every date for people ("15 Oct 2026"), and it reads back the same."""
    return dates.short_date(day)


class DateField(QWidget):
    """Type a date in any common form, or pick it from the calendar. ``date()`` is ``None`` until it reads as one."""

    changed = Signal()  # at every key
    committed = Signal()  # the person is done: Enter, leaving the field, or a day picked on the calendar

    def __init__(self, day: date | None = None, parent: QWidget | None = None, name: str = "date_field") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.edit = QLineEdit(objectName=f"{name}_text")
        self.edit.setPlaceholderText(self.tr("e.g. 15 Oct 2026"))
        self.calendar_button = QToolButton(objectName=f"{name}_calendar")
        self.calendar_button.setText(self.tr("Calendar…"))
        self.calendar_button.setToolTip(self.tr("Pick the day on a calendar"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget(objectName=f"{name}_picker")
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(_week["first"])
        menu = QMenu(self.calendar_button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._calendar_to_typed)
        self.calendar.clicked.connect(lambda picked: self._picked(picked, menu))
        self.calendar.activated.connect(lambda picked: self._picked(picked, menu))
        self.calendar_button.setMenu(menu)
        self.problem = QLabel(objectName=f"{name}_problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.calendar_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._typed)
        self.edit.editingFinished.connect(self.committed)
        if day is not None:
            self.set_date(day)

    def setAccessibleName(self, name: str) -> None:
        """Name the text box too: it is what takes the focus, so it is what a screen reader announces."""
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def date(self) -> date | None:
        return parse_typed_date(self.edit.text())

    def set_date(self, day: date) -> None:
        self.edit.setText(date_text(day))

    def is_empty(self) -> bool:
        return not self.edit.text().strip()

    def _typed(self) -> None:
        readable = self.is_empty() or self.date() is not None
        self.problem.setText(
            ""
            if readable
            else self.tr("“{text}” doesn't read as a date yet. Try 15 Oct 2026 or 2026-10-15.").format(
                text=self.edit.text().strip()
            )
        )
        self.problem.setVisible(not readable)
        self.changed.emit()

    def _picked(self, picked: QDate, menu: QMenu) -> None:
        self.set_date(picked.toPython())
        menu.close()
        self.committed.emit()

    def _calendar_to_typed(self) -> None:
        day = self.date()
        if day is not None:
            self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))


class TimeField(QLineEdit):
    """A time of day typed as HH:MM (24-hour). ``time()`` is ``None`` while it is not a real time."""

    def __init__(self, moment: time | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setInputMask("99:99")
        self.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("000:000") + 16)
        self.setToolTip(self.tr("Hours and minutes, 24-hour clock, e.g. 20:30"))
        if moment is not None:
            self.setText(time_text(moment))

    def time(self) -> time | None:
        return parse_time(self.text())
