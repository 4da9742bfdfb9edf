"""Taking a questionnaire: one question per screen, answered with the number keys, reviewed before saving.

Number keys answer (the key shown beside each answer) and move on; Backspace goes back a question. The review lists
every answer: Enter saves, or pick an answer (arrows, then Enter) to change it. The result shows the score, its band
in plain words and the change since last time — never a diagnosis. An answer that calls for the safety response
(PHQ-9 question 9 above "Not at all") shows a calm panel with the person's people, crisis line and help-now steps at
once, and a button to the full help-now window (which opens over this dialog); the answer is kept exactly as given,
and the summary flags it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.measure_models import MeasureResult
from recoveryjournal.domain.measure_trends import change_since_last
from recoveryjournal.domain.measures import Instrument, Item, safety_called_for, score, source_words
from recoveryjournal.ui import theme
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.crisis import journal_crisis_lines
from recoveryjournal.ui.look import Space, Type, heading, points, sized
from recoveryjournal.ui.widgets.scrolling import fit_to_screen


def safety_style() -> str:
    c = theme.colours()
    return (
        f"#safety_panel {{ background: {c.calm_background}; border: 1px solid {c.calm_border}; border-radius: 10px; }}"
        f"#safety_panel QLabel {{ color: {c.calm_text}; }}"
    )


def answer_keys(item: Item) -> dict[int, int]:
    """Number key → answer value: the value itself when every value is a single digit, else the position (1, 2, …)."""
    values = item.values()
    if all(0 <= value <= 9 for value in values):
        return {value: value for value in values}
    return {position: value for position, value in enumerate(values, start=1) if position <= 9}


def change_words(change: int | None) -> str:
    if change is None:
        return QCoreApplication.translate(
            "Measure", "This is your first result for this questionnaire, so there is nothing to compare with yet."
        )
    if change == 0:
        return QCoreApplication.translate("Measure", "The same score as last time.")
    return QCoreApplication.translate("Measure", "{Down} {change} since last time.").format(
        Down=QCoreApplication.translate("Measure", "Up")
        if change > 0
        else QCoreApplication.translate("Measure", "Down"),
        change=abs(change),
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SafetyPanel(QWidget):
    """The calm panel an answer can call for: help-now steps, the person's people and their crisis line."""

    continue_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("safety_panel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        theme.follow(self, lambda: self.setStyleSheet(safety_style()))
        self.setAccessibleName(self.tr("Support right now"))
        self.heading = heading(self.tr("Thank you for answering."))
        self.message = QLabel(
            self.tr(
                "Your answer is kept just as you gave it. Thoughts like these are worth sharing with someone today — "
                "you don't have to carry them alone."
            )
        )
        self.message.setWordWrap(True)
        self.steps = QLabel(
            self.tr(
                "<b>Right now, you could:</b><ol><li>Open Need help now (F1): your own plan, your people and the "
                "crisis line, in one place.</li><li>Call or text one of your people below.</li>"
                "<li>Call the crisis line below.</li></ol>"
            )
        )
        self.steps.setWordWrap(True)
        self.people = QLabel(objectName="safety_people")
        self.people.setWordWrap(True)
        self.people.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.crisis = QLabel(objectName="safety_crisis")
        self.crisis.setWordWrap(True)
        self.crisis.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.continue_button = QPushButton(self.tr("Continue the questionnaire"), objectName="safety_continue")
        self.continue_button.clicked.connect(self.continue_requested.emit)
        self.help_button = QPushButton(self.tr("Open Need help now (F1)"), objectName="safety_help_now")
        self.help_button.setAutoDefault(False)
        self.help_button.setToolTip(self.tr("Opens on top of this questionnaire; closing it brings you back here."))
        self.help_button.clicked.connect(lambda: context.help_now_requested.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(Space.PAGE, Space.PAGE, Space.PAGE, Space.PAGE)
        for widget in (self.heading, self.message, self.steps, self.people, self.crisis):
            layout.addWidget(widget)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.help_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        store = self.context.store
        contacts = store.plan.contacts()
        if contacts:
            self.people.setText(
                self.tr("<b>People you can call</b>")
                + "".join(
                    f"<br>{_escape(c.name)}{' — ' + _escape(c.phone) if c.phone.strip() else ''}" for c in contacts
                )
            )
        else:
            self.people.setText(
                self.tr("<b>People you can call</b><br>Add them in My plan, so they are here when you need them.")
            )
        lines = journal_crisis_lines(store)
        size = points(Type.SECTION)
        self.crisis.setText(
            self.tr("<b>Crisis line</b> — if you might hurt yourself, call now")
            + "".join(
                f"<br><b>{_escape(line.name)}</b>"
                + (f" <span style='font-size:{size}pt'><b>{_escape(line.number)}</b></span>" if line.number else "")
                + (f"<br>{_escape(line.note)}" if line.note else "")
                for line in lines
            )
        )


class MeasureDialog(QDialog):
    saved = Signal(object)  # the MeasureResult

    def __init__(self, context: AppContext, instrument: Instrument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.instrument = instrument
        self.answers: dict[str, int] = {}
        self.index = 0
        self.returning_to_review = False
        self.result: MeasureResult | None = None
        self.setObjectName("measure_dialog")
        self.setWindowTitle(instrument.short_title)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_intro())
        self.stack.addWidget(self._build_question())
        self.safety = SafetyPanel(context)
        self.safety.continue_requested.connect(self._next)
        self.stack.addWidget(self.safety)
        self.stack.addWidget(self._build_review())
        self.stack.addWidget(self._build_result())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        fit_to_screen(self, QSize(660, 540))
        self._show_page(self.intro)
        self.start_button.setFocus()

    # --- pages ----------------------------------------------------------------------------------------------------

    def _build_intro(self) -> QWidget:
        self.intro = QWidget(objectName="measure_intro")
        instrument = self.instrument
        title = heading(instrument.title)
        title.setWordWrap(True)
        about = QLabel(
            self.tr(
                "{escape}<br><br>{instrument} questions about {recall_period}. Press the number beside "
                "an answer to choose it; Backspace goes back. Nothing is saved until you have looked "
                "over your answers, and you can stop at any time."
            ).format(
                escape=_escape(instrument.about),
                instrument=len(instrument.items),
                recall_period=instrument.recall_period,
            )
        )
        about.setWordWrap(True)
        source = QLabel()
        theme.follow(
            source,
            lambda: source.setText(
                f"<span style='color: {theme.colours().muted}'>{_escape(source_words(instrument.source))} · "
                f"{_escape(instrument.citation)}</span>"
            ),
        )
        source.setObjectName("measure_source")
        source.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Start"), objectName="measure_start")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(lambda: self._show_item(0))
        self.skip_button = QPushButton(self.tr("Skip this time"), objectName="measure_skip")
        self.skip_button.setToolTip(self.tr("Nothing is ever required; it will be offered again next time."))
        self.skip_button.clicked.connect(self.skip)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(self.intro)
        layout.addWidget(title)
        layout.addWidget(about)
        layout.addWidget(source)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return self.intro

    def _build_question(self) -> QWidget:
        self.question_page = QWidget(objectName="measure_question")
        self.question_page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # so the number keys reach the dialog
        self.progress = QLabel(objectName="measure_progress")
        self.instructions = QLabel(objectName="measure_instructions")
        self.instructions.setWordWrap(True)
        self.question = heading("")
        self.question.setObjectName("measure_item")
        self.question.setWordWrap(True)
        self.options = QWidget()
        self.options_layout = QVBoxLayout(self.options)
        self.options_layout.setContentsMargins(0, 0, 0, 0)
        self.back_button = QPushButton(self.tr("Back"), objectName="measure_back")
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back)
        layout = QVBoxLayout(self.question_page)
        layout.addWidget(self.progress)
        layout.addWidget(self.instructions)
        layout.addWidget(self.question)
        layout.addWidget(self.options)
        layout.addStretch(1)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        return self.question_page

    def _build_review(self) -> QWidget:
        self.review_page = QWidget(objectName="measure_review")
        title = heading(self.tr("Your answers"))
        how = QLabel(self.tr("Enter saves them. To change one, pick it with the arrow keys and press Enter."))
        how.setWordWrap(True)
        self.review = QListWidget(objectName="measure_review_list")
        self.review.setAccessibleName(self.tr("Your answers"))
        self.review.setWordWrap(True)
        self.review.setSpacing(3)
        self.review.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.review.itemActivated.connect(lambda item: self._change(self.review.row(item)))
        self.save_button = QPushButton(self.tr("Save"), objectName="measure_save")
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self.review_page)
        layout.addWidget(title)
        layout.addWidget(how)
        layout.addWidget(self.review, 1)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        return self.review_page

    def _build_result(self) -> QWidget:
        self.result_page = QWidget(objectName="measure_result")
        self.score_label = QLabel(objectName="measure_score")
        sized(self.score_label, Type.SECTION, bold=True)
        self.score_label.setWordWrap(True)
        self.band_label = QLabel(objectName="measure_band")
        self.band_label.setWordWrap(True)
        self.change_label = QLabel(objectName="measure_change")
        self.change_label.setWordWrap(True)
        self.safety_note = QLabel(objectName="measure_safety_note")
        self.safety_note.setWordWrap(True)
        note = QLabel(
            self.tr(
                "A score is a number to notice change over time and to talk over with your therapist — not a diagnosis."
            )
        )
        note.setWordWrap(True)
        self.help_button = QPushButton(self.tr("Need help now"), objectName="measure_help_now")
        self.help_button.clicked.connect(self._open_help_now)
        self.done_button = QPushButton(self.tr("Done"), objectName="measure_done")
        self.done_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.help_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self.result_page)
        for widget in (self.score_label, self.band_label, self.change_label, self.safety_note, note):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return self.result_page

    def _show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)

    # --- answering --------------------------------------------------------------------------------------------------

    def current_item(self) -> Item:
        return self.instrument.items[self.index]

    def _show_item(self, index: int) -> None:
        self.index = index
        item = self.current_item()
        total = len(self.instrument.items)
        self.progress.setText(self.tr("Question {index} of {total}").format(index=index + 1, total=total))
        self.instructions.setText(self.instrument.instructions)
        self.question.setText(item.text)
        while self.options_layout.count():
            self.options_layout.takeAt(0).widget().deleteLater()
        keys = {value: key for key, value in answer_keys(item).items()}
        for option in item.options:
            button = QPushButton(f"{keys.get(option.value, '')}   {option.label}")
            button.setObjectName(f"answer_{option.value}")
            button.setCheckable(True)
            button.setChecked(self.answers.get(item.id) == option.value)
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, value=option.value: self.answer(value))
            self.options_layout.addWidget(button)
        self.back_button.setEnabled(index > 0 or self.returning_to_review)
        self._show_page(self.question_page)
        self.question_page.setFocus()

    def answer(self, value: int) -> None:
        """Keep the answer exactly as given, show the safety panel if it calls for it, then move on."""
        item = self.current_item()
        self.answers[item.id] = value
        if safety_called_for(item, value):
            self.safety.refresh()
            self._show_page(self.safety)
            self.safety.continue_button.setFocus()
            return
        self._next()

    def _next(self) -> None:
        if self.returning_to_review or self.index + 1 >= len(self.instrument.items):
            self._show_review()
        else:
            self._show_item(self.index + 1)

    def back(self) -> None:
        if self.returning_to_review:
            self._show_review()
        elif self.index > 0:
            self._show_item(self.index - 1)

    def _show_review(self) -> None:
        self.returning_to_review = False
        self.review.clear()
        for number, item in enumerate(self.instrument.items, start=1):
            self.review.addItem(f"{number}. {item.text}\n     {item.label_for(self.answers[item.id])}")
        self._show_page(self.review_page)
        self.save_button.setDefault(True)
        self.save_button.setFocus()

    def _change(self, row: int) -> None:
        self.returning_to_review = True
        self._show_item(row)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        page = self.stack.currentWidget()
        if page is self.question_page:
            text = event.text()
            if text.isdigit():
                value = answer_keys(self.current_item()).get(int(text))
                if value is not None:
                    self.answer(value)
                return
            if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Left):
                self.back()
                return
        super().keyPressEvent(event)

    # --- saving -----------------------------------------------------------------------------------------------------

    def save(self) -> None:
        scored = score(self.instrument, self.answers)
        result = MeasureResult(
            measure_id=self.instrument.id,
            at=now_local(),
            answers=dict(self.answers),
            total=scored.total,
            band=scored.band.label if scored.band else "",
            subscales=scored.subscales,
            safety_items=list(scored.safety_items),
            title=self.instrument.short_title,
            source=self.instrument.source,
        )
        self.store.measures.add_result(result)
        self.result = result
        self._show_result(result, scored.band.words if scored.band else "")
        self.context.notify("measure_results")
        self.saved.emit(result)

    def _show_result(self, result: MeasureResult, words: str) -> None:
        instrument = self.instrument
        self.score_label.setText(
            self.tr("{escape}: {total} <span style='font-weight: normal'>of {max_score}</span>").format(
                escape=_escape(instrument.short_title), total=result.total, max_score=instrument.max_score
            )
        )
        self.band_label.setText(f"<b>{_escape(result.band)}</b> — {_escape(words)}" if result.band else "")
        self.change_label.setText(change_words(change_since_last(self.store.measures.results(instrument.id), result)))
        if result.safety_items:
            questions = ", ".join(
                self.tr("question {i}").format(i=[i.id for i in instrument.items].index(item_id) + 1)
                for item_id in result.safety_items
            )
            self.safety_note.setText(
                self.tr(
                    "Your answer to {questions} is saved as you gave it and is marked in your therapist "
                    "summary, so it can be talked about. If things feel heavy right now, Need help now has "
                    "your people and crisis line."
                ).format(questions=questions)
            )
        self.safety_note.setVisible(bool(result.safety_items))
        self.help_button.setVisible(bool(result.safety_items))
        self._show_page(self.result_page)
        self.done_button.setDefault(True)
        self.done_button.setFocus()

    def skip(self) -> None:
        self.store.measures.skip(self.instrument.id)
        self.context.notify("measure_skips")
        self.context.show_status(
            self.tr("{short_title} skipped this time.").format(short_title=self.instrument.short_title)
        )
        self.reject()

    def _open_help_now(self) -> None:
        """Help opens on top of this dialog (``ui/help_now.HelpDesk``) and closing it comes back here."""
        self.context.help_now_requested.emit()


def open_measure_dialog(context: AppContext, instrument: Instrument, parent: QWidget | None) -> MeasureDialog:
    dialog = MeasureDialog(context, instrument, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
