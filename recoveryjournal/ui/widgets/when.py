"""A date-and-time field that keeps the UTC offset a record was written with, and the future-date question."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import QDateTimeEdit, QMessageBox, QWidget

from recoveryjournal.domain import dates

# A clock a minute or two ahead of the person's watch is not "the future".
FUTURE_GRACE = timedelta(minutes=5)


class WhenEdit(QDateTimeEdit):
    """Shows the wall-clock time as it was lived; an untouched time comes back exactly, offset included."""

    def __init__(self, moment: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.set_moment(moment)

    def set_moment(self, moment: datetime) -> None:
        self._original = moment
        self.setDateTime(QDateTime(moment.replace(tzinfo=None)))
        self._shown = self.dateTime()

    def moment(self) -> datetime:
        if self.dateTime() == self._shown:
            return self._original
        return self.dateTime().toPython().astimezone()


def confirm_future(parent: QWidget, moment: datetime, what: str) -> bool:
    """Ask before saving a record dated later than now; typing the wrong day is easy on a phone-sized day."""
    box = QMessageBox(parent)
    box.setObjectName("future_confirm")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("When", "A date in the future"))
    box.setText(
        QCoreApplication.translate("When", "This {what} is dated {dates} at {dates2}, which is still to come.").format(
            what=what, dates=dates.weekday_long_date(moment.date()), dates2=dates.clock(moment)
        )
    )
    box.setInformativeText(QCoreApplication.translate("When", "Save it with that date anyway?"))
    save = box.addButton(QCoreApplication.translate("When", "Save anyway"), QMessageBox.ButtonRole.AcceptRole)
    change = box.addButton(QCoreApplication.translate("When", "Change the date"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(change)
    box.exec()
    return box.clickedButton() is save
