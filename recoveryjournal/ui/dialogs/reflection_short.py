"""Short gratitude and strengths entries: up to three lines, saved as one reflection."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from recoveryjournal.domain.reflection_models import ReflectionKind
from recoveryjournal.ui import look
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.drafts import DraftDialog
from recoveryjournal.ui.widgets.daily_question import structured_reflection
from recoveryjournal.ui.widgets.scrolling import fit_to_screen

KINDS = {
    ReflectionKind.GRATITUDE: (
        QT_TRANSLATE_NOOP("ShortReflection", "Gratitude"),
        QT_TRANSLATE_NOOP("ShortReflection", "Three things I'm grateful for"),
        QT_TRANSLATE_NOOP("ShortReflection", "Big or small: a person, a moment, something you noticed."),
    ),
    ReflectionKind.STRENGTHS: (
        QT_TRANSLATE_NOOP("ShortReflection", "Strengths"),
        QT_TRANSLATE_NOOP("ShortReflection", "Three strengths I used lately"),
        QT_TRANSLATE_NOOP(
            "ShortReflection",
            "Patience, honesty, asking for help, getting up again: what did you bring to a hard moment?",
        ),
    ),
}


class ShortReflectionDialog(DraftDialog):
    def __init__(self, context: AppContext, kind: ReflectionKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.title, self.question, hint = (QCoreApplication.translate("ShortReflection", text) for text in KINDS[kind])
        self.setObjectName(f"{kind.value}_dialog")
        self.setWindowTitle(self.title)
        self.setMinimumWidth(440)
        heading = look.heading(self.question)
        heading.setWordWrap(True)
        note = QLabel(hint)
        note.setWordWrap(True)
        self.lines = [QLineEdit(objectName=f"item_{number}", placeholderText=f"{number}.") for number in (1, 2, 3)]
        for number, line in enumerate(self.lines, start=1):
            name = self.tr("{question}, line {number} of 3").format(question=self.question, number=number)
            line.setAccessibleName(name)
        self.message = QLabel(self.tr("Write at least one line before saving."))
        self.message.setObjectName("message")
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        for line in self.lines:
            layout.addWidget(line)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_to_screen(self)
        drafts = self.keep_drafts(context.store, kind.value, self.title)
        for number, line in enumerate(self.lines, start=1):
            drafts.watch(line.objectName(), f"{number}.", line)

    def save(self) -> None:
        items = [line.text() for line in self.lines if line.text().strip()]
        if not items:
            self.message.show()
            return
        answer = "\n".join(f"{number}. {item}" for number, item in enumerate(items, start=1))
        self.reflection = structured_reflection(self.kind, self.kind.value, self.question, answer, {"items": items})
        if not self.drafts.save_or_keep(lambda: self.context.store.reflections.add(self.reflection), self):
            return
        self.context.notify("reflections")
        self.context.show_status(self.tr("{title} saved.").format(title=self.title))
        self.accept()
