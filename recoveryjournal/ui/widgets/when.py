"""A date-and-time field that keeps the UTC offset a record was written with, and the future-date question.

The time is typed as text (``DateTimeField``): kept exactly as typed, or refused with a message, never changed."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from recoveryjournal.domain import dates
from recoveryjournal.ui.widgets.date_field import DateTimeField

# A clock a minute or two ahead of the person's watch is not "the future".
FUTURE_GRACE = timedelta(minutes=5)


class WhenEdit(DateTimeField):
    """Shows the wall-clock time as it was lived; an untouched time comes back exactly, offset included."""

    def __init__(self, moment: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent, name="when")
        self.set_moment(moment)

    def set_moment(self, moment: datetime) -> None:
        self._original = moment
        self.set_value(moment)
        self._shown = self.edit.text()

    def moment(self) -> datetime | None:
        """The moment as typed, in this computer's UTC offset; ``None`` while the text is not one real moment."""
        if self.edit.text() == self._shown:
            return self._original
        typed = self.value()
        return None if typed is None else typed.astimezone()

    def refusal(self) -> str:
        """Why the typed time cannot be saved, for the dialog's message ("" when it can)."""
        if self.moment() is not None:
            return ""
        return self.problem_text() or self.tr("Type when it was, e.g. 15 Oct 2026 14:30.")


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
