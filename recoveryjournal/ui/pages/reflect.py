"""Reflect: the daily question and today's tailored prompt, guided flows, personal prompts, and past answers."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from recoveryjournal.domain import dates
from recoveryjournal.domain.reflection_models import Reflection, ReflectionKind
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.dialogs.reflection_prompts import MyPromptsDialog
from recoveryjournal.ui.dialogs.reflection_short import ShortReflectionDialog
from recoveryjournal.ui.dialogs.reflection_thought import ThoughtRecordDialog
from recoveryjournal.ui.dialogs.reflection_weekly import WeeklyReviewDialog
from recoveryjournal.ui.look import Type, heading, page_heading, page_layout, rich_style, section
from recoveryjournal.ui.pages import page_title
from recoveryjournal.ui.widgets.daily_question import DailyQuestion

HISTORY_LIMIT = 500
KIND_LABELS = {
    ReflectionKind.DAILY: QT_TRANSLATE_NOOP("ReflectPage", "How am I really doing?"),
    ReflectionKind.PROMPT: QT_TRANSLATE_NOOP("ReflectPage", "Question"),
    ReflectionKind.WEEKLY_REVIEW: QT_TRANSLATE_NOOP("ReflectPage", "Weekly review"),
    ReflectionKind.THOUGHT_RECORD: QT_TRANSLATE_NOOP("ReflectPage", "Thought record"),
    ReflectionKind.GRATITUDE: QT_TRANSLATE_NOOP("ReflectPage", "Gratitude"),
    ReflectionKind.STRENGTHS: QT_TRANSLATE_NOOP("ReflectPage", "Strengths"),
}
ID_ROLE = Qt.ItemDataRole.UserRole


def reflection_html(reflection: Reflection) -> str:
    """One reflection as the detail pane shows it: the question, why it was asked, and the answer as written."""
    kind = QCoreApplication.translate("ReflectPage", KIND_LABELS[reflection.kind])
    parts = [f"<p style='{rich_style(Type.SMALL)}'>{dates.long_date_time(reflection.at)} · {kind}</p>"]
    if reflection.prompt_text:
        parts.append(f"<p style='{rich_style(Type.SECTION, bold=True)}'>{escape(reflection.prompt_text)}</p>")
    if reflection.reason:
        parts.append(
            QCoreApplication.translate("Reflect", "<p><i>Why this question: {escape}</i></p>").format(
                escape=escape(reflection.reason)
            )
        )
    if reflection.rating is not None:
        parts.append(f"<p><b>{reflection.rating}/10</b></p>")
    if reflection.answer:
        parts.append(f"<p style='white-space: pre-wrap;'>{escape(reflection.answer)}</p>")
    return "".join(parts)


def list_label(reflection: Reflection) -> str:
    first_line = reflection.answer.strip().splitlines()[0] if reflection.answer.strip() else ""
    heading = (
        QCoreApplication.translate("ReflectPage", KIND_LABELS[reflection.kind])
        if reflection.kind is not ReflectionKind.PROMPT
        else reflection.prompt_text
    )
    rating = f" {reflection.rating}/10" if reflection.rating is not None else ""
    text = f"{dates.weekday_day_month(reflection.at.date())} · {heading}{rating}"
    return f"{text}\n{first_line[:120]}" if first_line else text


class ReflectPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.dialog: QDialog | None = None

        title = page_heading(page_title("reflect"))
        self.daily = DailyQuestion(context)

        flows = section(self.tr("Take a little longer"))
        grid = QGridLayout(flows)
        self.weekly_button = self._flow_button(
            "weekly_review", self.tr("Weekly review…"), self.tr("Look back at the last seven days")
        )
        self.thought_button = self._flow_button(
            "thought_record", self.tr("Thought record…"), self.tr("Weigh up a harsh thought")
        )
        self.gratitude_button = self._flow_button(
            "gratitude", self.tr("Gratitude…"), self.tr("Three things you're grateful for")
        )
        self.strengths_button = self._flow_button(
            "strengths", self.tr("Strengths…"), self.tr("Three strengths you used lately")
        )
        self.prompts_button = self._flow_button(
            "my_prompts", self.tr("My prompts…"), self.tr("Write, hide or share questions")
        )
        self.weekly_button.clicked.connect(self.open_weekly_review)
        self.thought_button.clicked.connect(self.open_thought_record)
        self.gratitude_button.clicked.connect(lambda: self.open_short(ReflectionKind.GRATITUDE))
        self.strengths_button.clicked.connect(lambda: self.open_short(ReflectionKind.STRENGTHS))
        self.prompts_button.clicked.connect(self.open_my_prompts)
        for index, button in enumerate(
            (self.weekly_button, self.thought_button, self.gratitude_button, self.strengths_button, self.prompts_button)
        ):
            grid.addWidget(button, index // 2, index % 2)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(title)
        left_layout.addWidget(self.daily)
        left_layout.addWidget(flows)
        left_layout.addStretch(1)

        self.kind_filter = QComboBox(objectName="reflection_filter")
        self.kind_filter.setAccessibleName(self.tr("Show reflections of kind"))
        self.kind_filter.addItem(self.tr("Everything"), None)
        for kind, label in KIND_LABELS.items():
            self.kind_filter.addItem(QCoreApplication.translate("ReflectPage", label), kind)
        self.kind_filter.currentIndexChanged.connect(self.refresh_history)
        self.history = QListWidget(objectName="reflection_list")
        self.history.setAccessibleName(self.tr("Your reflections, newest first"))
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        self.history.currentItemChanged.connect(self._show_selected)
        self.detail = QTextBrowser(objectName="reflection_detail")
        self.detail.setAccessibleName(self.tr("The chosen reflection"))
        self.empty = QLabel(self.tr("Your answers will appear here. There's no wrong way to start."))
        self.empty.setWordWrap(True)
        self.trash_button = QPushButton(self.tr("Move to trash"), objectName="trash_reflection")
        self.trash_button.setToolTip(self.tr("You can restore it from the trash"))
        self.trash_button.clicked.connect(self.trash_selected)
        filter_row = QHBoxLayout()
        filter_row.addWidget(heading(self.tr("Your reflections")))
        filter_row.addStretch(1)
        filter_row.addWidget(self.kind_filter)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(filter_row)
        right_layout.addWidget(self.empty)
        right_layout.addWidget(self.history, 2)
        right_layout.addWidget(self.detail, 3)
        right_layout.addWidget(self.trash_button, 0, Qt.AlignmentFlag.AlignRight)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = page_layout(QHBoxLayout(self))
        layout.addWidget(splitter)
        context.changed.connect(self._on_changed)
        self.refresh_history()

    def _flow_button(self, name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.setToolTip(tip)
        return button

    def refresh(self) -> None:
        self.daily.refresh()
        self.refresh_history()

    def refresh_history(self) -> None:
        selected = self.history.currentItem().data(ID_ROLE) if self.history.currentItem() else None
        kind = self.kind_filter.currentData()
        self.history.clear()
        for reflection in self.store.reflections.recent(HISTORY_LIMIT):
            if kind is not None and reflection.kind is not kind:
                continue
            item = QListWidgetItem(list_label(reflection))
            item.setData(ID_ROLE, reflection.id)
            self.history.addItem(item)
            if reflection.id == selected:
                self.history.setCurrentItem(item)
        has_rows = self.history.count() > 0
        self.empty.setVisible(not has_rows)
        if self.history.currentItem() is None and has_rows:
            self.history.setCurrentRow(0)
        if not has_rows:
            self.detail.clear()
        self.trash_button.setEnabled(has_rows)

    def _show_selected(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.detail.clear()
            return
        self.detail.setHtml(reflection_html(self.store.reflections.get(item.data(ID_ROLE))))

    def trash_selected(self) -> None:
        item = self.history.currentItem()
        if item is None:
            return
        self.store.reflections.delete(item.data(ID_ROLE))
        self.context.notify("reflections")
        self.context.show_status(self.tr("Moved to the trash. You can restore it from there."))

    def _on_changed(self, what: str) -> None:
        if what == "reflections":
            self.refresh_history()

    # --- guided flows --------------------------------------------------------------------------------------------

    def _show_dialog(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_weekly_review(self) -> WeeklyReviewDialog:
        dialog = WeeklyReviewDialog(self.context, self)
        dialog.plan_requested.connect(self._open_plan)
        return self._show_dialog(dialog)

    def open_thought_record(self) -> ThoughtRecordDialog:
        return self._show_dialog(ThoughtRecordDialog(self.context, self))

    def open_short(self, kind: ReflectionKind) -> ShortReflectionDialog:
        return self._show_dialog(ShortReflectionDialog(self.context, kind, self))

    def open_my_prompts(self) -> MyPromptsDialog:
        return self._show_dialog(MyPromptsDialog(self.context, self))

    def _open_plan(self) -> None:
        show_page = getattr(self.window(), "show_page", None)
        if callable(show_page):
            show_page("plan")
