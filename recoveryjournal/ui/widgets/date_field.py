"""Date and time fields that keep exactly what was typed: it reads as one date (or time), or the field says it does
not. (Qt's sectioned QDateEdit turned a typed "15 Oct 2026" into 1 Oct; these never change a typed value.)

``DateField`` is a text box with a calendar button beside it; ``DateTimeField`` the same for a date and a time of day
("15 Oct 2026 14:30"); ``TimeField`` is a text box for "HH:MM".
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
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
from recoveryjournal.domain.typed_dates import datetime_text, parse_typed_date, parse_typed_datetime

_week = {"first": Qt.DayOfWeek.Monday}
WIDE_MOMENT = datetime(2026, 9, 30, 23, 59)  # a wide one to write ("mié 30 sept 2026, 23:59"): the boxes fit it
WIDE_DAY = WIDE_MOMENT.date()


def set_week_start(week_start: str) -> None:
    """The first day of the week on every calendar opened from now on, in new fields and existing ones: "sunday",
    else Monday (``week_start``)."""
    _week["first"] = Qt.DayOfWeek.Sunday if week_start == "sunday" else Qt.DayOfWeek.Monday


def date_text(day: date) -> str:
    """How a date field writes a date: as every date for people ("15 Oct 2026"), and it reads back the same."""
    return dates.short_date(day)


class _TypedField(QWidget):
    """A text box with a calendar button beside it and a line saying when the text does not read as its kind of
    value; subclasses say how to read, write and complete a value (``_read``, ``_write``, ``_picked_value``)."""

    changed = Signal()  # at every key
    committed = Signal()  # the person is done with a new text: Enter, leaving the field, or a day picked

    def __init__(self, parent: QWidget | None, name: str, placeholder: str, wide: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.edit = QLineEdit(objectName=f"{name}_text")
        self.edit.setPlaceholderText(placeholder)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance(wide) + 16)  # a whole value shows
        self.calendar_button = QToolButton(objectName=f"{name}_calendar")
        self.calendar_button.setText(QCoreApplication.translate("DateField", "Calendar…"))
        self.calendar_button.setToolTip(QCoreApplication.translate("DateField", "Pick the day on a calendar"))
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
        self._committed = ""  # the text when the person was last done with the field, or as last set
        self.edit.editingFinished.connect(self._finished)

    def setAccessibleName(self, name: str) -> None:
        """Name the text box too: it is what takes the focus, so it is what a screen reader announces."""
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def is_empty(self) -> bool:
        return not self.edit.text().strip()

    def show_problem_in(self, layout: QBoxLayout) -> None:
        """Say what is wrong in ``layout`` instead of under the box: for a field in a row of filters, which then
        keeps its height."""
        self.layout().removeWidget(self.problem)
        layout.addWidget(self.problem)

    def clear(self) -> None:
        """Empty the box, as settled (an empty field reads as no value)."""
        self._show("")

    def is_readable(self) -> bool:
        """Whether the text reads as one value (an empty field reads as none)."""
        return self.is_empty() or self._read(self.edit.text()) is not None

    def problem_text(self) -> str:
        """What is wrong with the text, for a message beside a Save button (empty when nothing is)."""
        return "" if self.is_readable() else self.problem.text()

    def _typed(self) -> None:
        readable = self.is_readable()
        self.problem.setText("" if readable else self._unreadable(self.edit.text().strip()))
        self.problem.setVisible(not readable)
        self.changed.emit()

    def _show(self, text: str) -> None:
        """Put a value's text in the box as the settled one (leaving the field unchanged commits nothing)."""
        self.edit.setText(text)
        self._committed = text

    def _finished(self) -> None:
        if self.edit.text() != self._committed:
            self._committed = self.edit.text()
            self.committed.emit()

    def _picked(self, picked: QDate, menu: QMenu) -> None:
        self.edit.setText(self._write(self._picked_value(picked.toPython())))
        menu.close()
        self._finished()

    def _calendar_to_typed(self) -> None:
        self.calendar.setFirstDayOfWeek(_week["first"])  # the setting may have changed since the field was made
        value = self._read(self.edit.text())
        if value is not None:
            self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))

    def _read(self, text: str):
        raise NotImplementedError

    def _write(self, value) -> str:
        raise NotImplementedError

    def _picked_value(self, day: date):
        raise NotImplementedError

    def _unreadable(self, text: str) -> str:
        raise NotImplementedError


class DateField(_TypedField):
    """Type a date in any common form, or pick it from the calendar. ``date()`` is ``None`` until it reads as one."""

    def __init__(self, day: date | None = None, parent: QWidget | None = None, name: str = "date_field") -> None:
        super().__init__(parent, name, self.tr("e.g. 15 Oct 2026"), date_text(WIDE_DAY))
        if day is not None:
            self.set_date(day)

    def date(self) -> date | None:
        return parse_typed_date(self.edit.text())

    def set_date(self, day: date) -> None:
        self._show(date_text(day))

    def _read(self, text: str) -> date | None:
        return parse_typed_date(text)

    def _write(self, value: date) -> str:
        return date_text(value)

    def _picked_value(self, day: date) -> date:
        return day

    def _unreadable(self, text: str) -> str:
        return self.tr("“{text}” doesn't read as a date yet. Try 15 Oct 2026 or 2026-10-15.").format(text=text)


class DateTimeField(_TypedField):
    """Type a date and a time of day ("15 Oct 2026 14:30"), or pick the day on the calendar (the typed time stays).
    ``value()`` is the moment as typed, without a UTC offset, or ``None`` until the text reads as exactly one."""

    def __init__(
        self, moment: datetime | None = None, parent: QWidget | None = None, name: str = "date_time_field"
    ) -> None:
        super().__init__(parent, name, self.tr("e.g. 15 Oct 2026 14:30"), datetime_text(WIDE_MOMENT))
        self._time = time(12, 0)  # the time a day picked on the calendar gets while no time reads from the text
        if moment is not None:
            self.set_value(moment)

    def value(self) -> datetime | None:
        return parse_typed_datetime(self.edit.text())

    def set_value(self, moment: datetime) -> None:
        self._time = time(moment.hour, moment.minute)
        self._show(datetime_text(moment))

    def _read(self, text: str) -> datetime | None:
        return parse_typed_datetime(text)

    def _write(self, value: datetime) -> str:
        return datetime_text(value)

    def _picked_value(self, day: date) -> datetime:
        typed = self.value()
        return datetime.combine(day, time(typed.hour, typed.minute) if typed else self._time)

    def _unreadable(self, text: str) -> str:
        return self.tr(
            "“{text}” doesn't read as a date and time yet. Try 15 Oct 2026 14:30 or 2026-10-15 14:30."
        ).format(text=text)


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
