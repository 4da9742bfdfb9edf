"""Logging a lapse, calmly: what happened, what might help next time, and the person's own safety net beside it.

Saving ends the current run of the substance (``domain.sobriety.after_lapse``); earlier runs, the longest streak and
total sober days are kept because they are counted from the lapses themselves. Editing or deleting a lapse later
recounts the start of the current run (``domain.sobriety.recount``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.models import Lapse
from recoveryjournal.domain.sobriety import after_lapse, recount, same_substance
from recoveryjournal.store.store import Store
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.crisis import journal_crisis_lines, lines_text
from recoveryjournal.ui.drafts import DraftDialog
from recoveryjournal.ui.look import heading
from recoveryjournal.ui.widgets.columns import Columns
from recoveryjournal.ui.widgets.scrolling import fit_to_screen
from recoveryjournal.ui.widgets.when import FUTURE_GRACE, WhenEdit, confirm_future

INTRO = QT_TRANSLATE_NOOP(
    "LapseDialog",
    "A lapse is something that happened, not who you are. Writing down what was going on helps you and your "
    "plan for next time. Take your time; every field except “what” can stay empty.",
)
SAFETY_NOTE = QT_TRANSLATE_NOOP(
    "LapseDialog",
    "Please take care: after a time without using, your body's tolerance drops, so the amount you used to take "
    "can now cause an overdose. If you feel unwell or unsafe, call your crisis line or emergency services now.",
)
NO_SUBSTANCE = QT_TRANSLATE_NOOP(
    "LapseDialog", "Say what it was (for example the substance you track), so your days can be counted right."
)


def apply_lapse(store: Store, lapse: Lapse) -> None:
    """Add or update a lapse and move the substance's current run to match, in one transaction."""
    with store.db.atomic():
        if lapse.id is None:
            store.lapses.add(lapse)
            for substance in store.sobriety.all():
                if same_substance(substance.name, lapse.substance):
                    store.sobriety.update(after_lapse(substance, lapse))
        else:
            store.lapses.update(lapse)
            recount_all(store)


def recount_all(store: Store) -> None:
    """Re-derive every tracked substance's current start from the lapses left (after an edit or a delete)."""
    lapses = store.lapses.all()
    with store.db.atomic():
        for substance in store.sobriety.all():
            store.sobriety.update(recount(substance, lapses))


class LapseDialog(DraftDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None, lapse: Lapse | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.lapse = lapse
        self.setObjectName("lapse_dialog")
        self.setWindowTitle(self.tr("Edit lapse") if lapse else self.tr("Log a lapse"))

        intro = QLabel(QCoreApplication.translate("LapseDialog", INTRO))
        intro.setWordWrap(True)
        self.when = WhenEdit(lapse.at if lapse else now_local())
        self.when.setObjectName("lapse_when")
        self.when.setAccessibleName(self.tr("When"))
        self.substance = QComboBox(objectName="lapse_substance")
        self.substance.setEditable(True)
        self.substance.addItems([substance.name for substance in self.store.sobriety.all()])
        self.amount = QLineEdit(objectName="lapse_amount", placeholderText=self.tr("Optional"))
        self.context_text = QPlainTextEdit(objectName="lapse_context")
        self.context_text.setPlaceholderText(self.tr("Where you were, who with, how you were feeling…"))
        self.context_text.setTabChangesFocus(True)
        self.what_helped = QPlainTextEdit(objectName="lapse_what_helped")
        self.what_helped.setPlaceholderText(self.tr("Anything that helped, or that could help next time"))
        self.what_helped.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("When"), self.when)
        form.addRow(self.tr("&What"), self.substance)
        form.addRow(self.tr("How much"), self.amount)
        form.addRow(self.tr("What was going on"), self.context_text)
        form.addRow(self.tr("What helped or could help"), self.what_helped)

        self.message = QLabel(objectName="message")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(intro)
        left.addLayout(form)
        left.addWidget(self.message)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._safety_panel())
        layout = QVBoxLayout(self)
        layout.addWidget(Columns(left, right, stretch=(3, 2)))  # the safety panel goes below when both do not fit
        layout.addWidget(buttons)
        fit_to_screen(self, footer=buttons)
        if lapse is not None:
            self._load(lapse)
        drafts = self.keep_drafts(self.store, "lapse", self.windowTitle(), lapse.id if lapse else None)
        drafts.watch("amount", self.tr("How much"), self.amount)
        drafts.watch("context", self.tr("What was going on"), self.context_text)
        drafts.watch("what_helped", self.tr("What helped or could help"), self.what_helped)
        self.substance.setFocus()

    def _safety_panel(self) -> QFrame:
        panel = QFrame(objectName="safety_panel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(panel)
        self.safety_note = QLabel(QCoreApplication.translate("LapseDialog", SAFETY_NOTE), objectName="safety_note")
        self.safety_note.setWordWrap(True)
        column.addWidget(self.safety_note)
        column.addWidget(heading(self.tr("Your people")))
        contacts = self.store.plan.contacts()
        lines = [
            f"{contact.name}" + (f" ({contact.relation})" if contact.relation else "") + f" — {contact.phone}"
            if contact.phone
            else contact.name
            for contact in contacts
        ]
        self.contacts = QLabel(
            "\n".join(lines) or self.tr("No one listed yet. You can add people to call in your plan."),
            objectName="contacts",
        )
        self.contacts.setTextFormat(Qt.TextFormat.PlainText)
        self.contacts.setWordWrap(True)
        self.contacts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.contacts)
        column.addWidget(heading(self.tr("Crisis line")))
        self.crisis_line = QLabel(lines_text(journal_crisis_lines(self.store)), objectName="crisis_line")
        self.crisis_line.setTextFormat(Qt.TextFormat.PlainText)
        self.crisis_line.setWordWrap(True)
        self.crisis_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.crisis_line)
        self.help_now = QPushButton(self.tr("Start the “need help now” steps"), objectName="help_now")
        self.help_now.setAutoDefault(False)
        self.help_now.clicked.connect(self.context.help_now_requested.emit)
        column.addWidget(self.help_now)
        column.addStretch(1)
        return panel

    def _load(self, lapse: Lapse) -> None:
        if self.substance.findText(lapse.substance) < 0:
            self.substance.addItem(lapse.substance)
        self.substance.setCurrentText(lapse.substance)
        self.amount.setText(lapse.amount)
        self.context_text.setPlainText(lapse.context)
        self.what_helped.setPlainText(lapse.what_helped)

    def gathered(self) -> Lapse:
        return Lapse(
            id=self.lapse.id if self.lapse else None,
            at=self.when.moment(),
            substance=self.substance.currentText().strip(),
            amount=self.amount.text(),
            context=self.context_text.toPlainText(),
            what_helped=self.what_helped.toPlainText(),
            note=self.lapse.note if self.lapse else "",
        )

    def save(self) -> None:
        refusal = self.when.refusal()
        if refusal:
            self.message.setText(refusal)
            self.message.show()
            self.when.setFocus()
            return
        lapse = self.gathered()
        if not lapse.substance:
            self.message.setText(QCoreApplication.translate("LapseDialog", NO_SUBSTANCE))
            self.message.show()
            self.substance.setFocus()
            return
        if lapse.at > now_local() + FUTURE_GRACE and not confirm_future(self, lapse.at, "lapse"):
            return
        if not self.drafts.save_or_keep(lambda: apply_lapse(self.store, lapse), self):
            lapse.id = self.lapse.id if self.lapse else None
            return
        self.lapse = lapse
        self.accept()
        self.context.notify("lapses")
        self.context.notify("substances")
        self.context.show_status(self.tr("Lapse saved. Your earlier sober days still count."))


def open_lapse_dialog(context: AppContext, parent: QWidget | None, lapse: Lapse | None = None) -> LapseDialog:
    dialog = LapseDialog(context, parent, lapse)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
