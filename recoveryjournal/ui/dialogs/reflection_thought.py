"""A thought record for looking again at a harsh or hopeless thought: the situation, the automatic thought, the feeling
and how strong it was, the evidence for and against, a more balanced thought, and the feeling afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recoveryjournal.domain.models import EMOTIONS
from recoveryjournal.domain.reflection_models import ReflectionKind
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.drafts import DraftDialog
from recoveryjournal.ui.widgets.daily_question import answer_box, structured_reflection
from recoveryjournal.ui.widgets.scrolling import fit_to_screen

TITLE = QT_TRANSLATE_NOOP("ThoughtRecord", "Thought record")
TEXT_FIELDS = (
    (
        "situation",
        QT_TRANSLATE_NOOP("ThoughtRecord", "Situation"),
        QT_TRANSLATE_NOOP("ThoughtRecord", "Where were you, what was happening?"),
    ),
    (
        "thought",
        QT_TRANSLATE_NOOP("ThoughtRecord", "Automatic thought"),
        QT_TRANSLATE_NOOP("ThoughtRecord", "What went through your mind?"),
    ),
    (
        "evidence_for",
        QT_TRANSLATE_NOOP("ThoughtRecord", "Evidence for"),
        QT_TRANSLATE_NOOP("ThoughtRecord", "What makes the thought seem true?"),
    ),
    (
        "evidence_against",
        QT_TRANSLATE_NOOP("ThoughtRecord", "Evidence against"),
        QT_TRANSLATE_NOOP("ThoughtRecord", "What doesn't fit it? What would a friend point out?"),
    ),
    (
        "balanced",
        QT_TRANSLATE_NOOP("ThoughtRecord", "Balanced thought"),
        QT_TRANSLATE_NOOP("ThoughtRecord", "A fairer way to see it, taking both sides into account"),
    ),
)


def render_thought_record(data: dict) -> str:
    """The record as plain text, so full-text search finds it alongside the journal."""
    labels = dict((key, label) for key, label, _ in TEXT_FIELDS)
    lines = [f"{labels[key]}: {data[key]}" for key in ("situation", "thought")]
    lines.append(
        QCoreApplication.translate("ReflectionThought", "Feeling: {feeling} ({feeling_strength}/100)").format(
            feeling=data["feeling"], feeling_strength=data["feeling_strength"]
        )
    )
    lines += [f"{labels[key]}: {data[key]}" for key in ("evidence_for", "evidence_against", "balanced")]
    lines.append(
        QCoreApplication.translate(
            "ReflectionThought", "Feeling after: {feeling_after} ({feeling_after_strength}/100)"
        ).format(feeling_after=data["feeling_after"], feeling_after_strength=data["feeling_after_strength"])
    )
    return "\n".join(lines)


def strength_spin(name: str, accessible: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(0, 100)
    spin.setSingleStep(5)
    spin.setValue(50)
    spin.setSuffix(" / 100")
    spin.setAccessibleName(accessible)
    spin.setToolTip(QCoreApplication.translate("ThoughtRecord", "0 = not at all, 100 = as strong as it gets"))
    spin.setAccessibleDescription(spin.toolTip())
    return spin


def feeling_edit(name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit(
        objectName=name, placeholderText=QCoreApplication.translate("ReflectionThought", "e.g. anxious, ashamed, angry")
    )
    edit.setAccessibleName(accessible)
    completer = QCompleter(list(EMOTIONS), edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
    edit.setCompleter(completer)
    return edit


class ThoughtRecordDialog(DraftDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.setObjectName("thought_record_dialog")
        self.setWindowTitle(QCoreApplication.translate("ThoughtRecord", TITLE))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "Thoughts are not facts. Writing one down and weighing it can take some of its sting away. "
                "Fill in as much as feels useful."
            )
        )
        intro.setWordWrap(True)
        self.boxes = {
            key: answer_box(key, QCoreApplication.translate("ThoughtRecord", hint), 56) for key, _, hint in TEXT_FIELDS
        }
        self.feeling = feeling_edit("feeling", self.tr("The feeling"))
        self.feeling_strength = strength_spin("feeling_strength", self.tr("How strong the feeling was, 0 to 100"))
        self.feeling_after = feeling_edit("feeling_after", self.tr("The feeling now"))
        self.feeling_after_strength = strength_spin("feeling_after_strength", self.tr("How strong it is now, 0 to 100"))

        form = QFormLayout()
        labels = {key: QCoreApplication.translate("ThoughtRecord", label) for key, label, _ in TEXT_FIELDS}
        form.addRow(labels["situation"], self.boxes["situation"])
        form.addRow(labels["thought"], self.boxes["thought"])
        form.addRow(self.tr("Feeling and strength"), _row(self.feeling, self.feeling_strength))
        form.addRow(labels["evidence_for"], self.boxes["evidence_for"])
        form.addRow(labels["evidence_against"], self.boxes["evidence_against"])
        form.addRow(labels["balanced"], self.boxes["balanced"])
        form.addRow(self.tr("Feeling now"), _row(self.feeling_after, self.feeling_after_strength))
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_thought")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_to_screen(self)
        drafts = self.keep_drafts(self.store, "thought_record", QCoreApplication.translate("ThoughtRecord", TITLE))
        for key, label, _ in TEXT_FIELDS:
            drafts.watch(key, QCoreApplication.translate("ThoughtRecord", label), self.boxes[key])
        drafts.watch("feeling", self.tr("Feeling"), self.feeling)
        drafts.watch("feeling_after", self.tr("Feeling now"), self.feeling_after)
        self.boxes["situation"].setFocus()

    def gathered(self) -> dict:
        data = {key: box.toPlainText() for key, box in self.boxes.items()}
        data.update(
            feeling=self.feeling.text(),
            feeling_strength=self.feeling_strength.value(),
            feeling_after=self.feeling_after.text(),
            feeling_after_strength=self.feeling_after_strength.value(),
        )
        return data

    def save(self) -> None:
        data = self.gathered()
        if not (data["situation"].strip() or data["thought"].strip()):
            self.message.setText(self.tr("Start with the situation or the thought; the rest can stay empty."))
            self.message.show()
            return
        answer = render_thought_record(data)
        self.reflection = structured_reflection(ReflectionKind.THOUGHT_RECORD, "thought-record", TITLE, answer, data)
        if not self.drafts.save_or_keep(lambda: self.store.reflections.add(self.reflection), self):
            return
        self.context.notify("reflections")
        self.context.show_status(self.tr("Thought record saved."))
        self.accept()


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    return row
