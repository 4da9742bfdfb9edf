"""Start tracking a substance, or correct its name and the day the current run began."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.models import Substance
from recoveryjournal.store.errors import NameTakenError
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.drafts import DraftDialog
from recoveryjournal.ui.widgets.date_field import DateField
from recoveryjournal.ui.widgets.scrolling import fit_to_screen


class SubstanceDialog(DraftDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None, substance: Substance | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.substance = substance
        self.setObjectName("substance_dialog")
        self.setWindowTitle(self.tr("Edit tracked substance") if substance else self.tr("Start tracking"))
        self.name = QLineEdit(objectName="substance_name", placeholderText=self.tr("e.g. Alcohol"))
        self.sober_since = DateField(substance.sober_since if substance else now_local().date(), name="sober_since")
        self.sober_since.setAccessibleName(self.tr("Sober since"))
        if substance is not None:
            self.name.setText(substance.name)
        self.message = QLabel(objectName="message")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&What"), self.name)
        form.addRow(self.tr("&Sober since"), self.sober_since)
        form.addRow(self.message)
        form.addRow(buttons)
        self.setMinimumWidth(440)
        fit_to_screen(self)
        drafts = self.keep_drafts(context.store, "substance", self.windowTitle(), substance.id if substance else None)
        drafts.watch("name", self.tr("What"), self.name)

    def save(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.message.setText(self.tr("Give it a name, so check-ins and lapses can refer to it."))
            self.message.show()
            return
        start = self.sober_since.date()
        if start is None:
            self.message.setText(self.tr("Type the day you started, e.g. 15 Oct 2026, or pick it on the calendar."))
            self.message.show()
            self.sober_since.setFocus()
            return
        if self.substance is None:
            changed = Substance(name=name, sober_since=start, tracked_since=start)
        else:
            first = self.substance.tracked_since or self.substance.sober_since
            changed = Substance(
                id=self.substance.id,
                name=name,
                sober_since=start,
                tracked=self.substance.tracked,
                tracked_since=min(first, start),
            )
        sobriety = self.context.store.sobriety
        try:
            if not self.drafts.save_or_keep(
                lambda: (sobriety.add if changed.id is None else sobriety.update)(changed), self
            ):
                return
        except NameTakenError:
            self.message.setText(
                self.tr("“{name}” is already tracked (or waiting in the trash). Choose another name.").format(name=name)
            )
            self.message.show()
            return
        self.substance = changed
        self.accept()
        self.context.notify("substances")


def open_substance_dialog(
    context: AppContext, parent: QWidget | None, substance: Substance | None = None
) -> SubstanceDialog:
    dialog = SubstanceDialog(context, parent, substance)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
