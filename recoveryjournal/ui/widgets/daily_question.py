"""The daily question "How am I really doing?" (1–10 and free text), then one question chosen for today, with why.

The one control for it, the same on the Reflect page and on Today. Once today's answer is saved, it shows what was
said and offers the next tailored question; every answer becomes a ``Reflection`` row with its prompt and reason.
Words typed and not yet saved keep a draft (``ui.drafts``); moving on to another question sets the typed answer aside
as a draft.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.prompt_catalogue import MAX_COOLDOWN, Prompt, default_prompts, merged_catalogue
from recoveryjournal.domain.prompts import Suggestion, rank_prompts
from recoveryjournal.domain.reflection_models import Reflection, ReflectionKind
from recoveryjournal.domain.signals import compute_signals
from recoveryjournal.store.reflection_data import signal_inputs
from recoveryjournal.store.store import Store
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.drafts import DraftKeeper
from recoveryjournal.ui.look import heading
from recoveryjournal.ui.pages import page_title
from recoveryjournal.ui.widgets.choice_button import ChoiceButton

DAILY_QUESTION = QT_TRANSLATE_NOOP("DailyQuestion", "How am I really doing?")
HIDDEN_KEY = "hidden_prompts"
SEED_KEY = "prompt_seed"
RATING_HINT = QT_TRANSLATE_NOOP("DailyQuestion", "1 = really struggling, 10 = really well")
ANSWER_HEIGHT = 72
"""Pixels of the words box under the rating, on both pages."""


def day_bounds(now: datetime) -> tuple[datetime, datetime]:
    start = now.replace(hour=0, minute=0, second=0, microsecond=0)
    return start, start + timedelta(days=1)


def catalogue(store: Store) -> list[Prompt]:
    """The shipped prompts and the person's own and imported ones."""
    return merged_catalogue(default_prompts(), store.reflections.custom_prompts())


def hidden_prompts(store: Store) -> set[str]:
    return set(store.settings.get(HIDDEN_KEY, []))


def prompt_seed(store: Store) -> int:
    """A number picked once per journal, so two people on the same day don't get the same order of questions."""
    seed = store.settings.get(SEED_KEY)
    if seed is None:
        seed = random.randrange(1_000_000)
        store.settings.set(SEED_KEY, seed)
    return int(seed)


def suggestions(store: Store, now: datetime) -> list[Suggestion]:
    """Today's ranked prompts, from the person's own data and answer history."""
    signals = compute_signals(signal_inputs(store, now))
    history = store.reflections.between(now - timedelta(days=MAX_COOLDOWN + 1), day_bounds(now)[1])
    return rank_prompts(catalogue(store), signals, history, now.date(), prompt_seed(store), hidden_prompts(store))


def todays_daily(store: Store, now: datetime) -> Reflection | None:
    found = [r for r in store.reflections.between(*day_bounds(now)) if r.kind is ReflectionKind.DAILY]
    return found[-1] if found else None


class RatingScale(QWidget):
    """1–10 as a row of buttons; keys 1–9 pick, 0 picks 10, arrows move."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rating_scale")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("How am I really doing, 1 to 10"))
        self.setToolTip(
            self.tr("{RATING_HINT}. Press 1–9, or 0 for 10.").format(
                RATING_HINT=QCoreApplication.translate("DailyQuestion", RATING_HINT)
            )
        )
        self.setAccessibleDescription(QCoreApplication.translate("DailyQuestion", RATING_HINT))
        self._value: int | None = None
        self.group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.buttons: dict[int, ChoiceButton] = {}
        for number in range(1, 11):
            button = ChoiceButton(str(number), f"rating_{number}")
            button.setMinimumWidth(36)
            self.group.addButton(button, number)
            layout.addWidget(button)
            self.buttons[number] = button
        self.group.idClicked.connect(self.setValue)

    def value(self) -> int | None:
        return self._value

    def setValue(self, value: int | None) -> None:
        self._value = value if value in self.buttons else None
        self.group.setExclusive(False)
        for number, button in self.buttons.items():
            button.setChecked(number == self._value)
        self.group.setExclusive(True)
        self.changed.emit(self._value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self.setValue(10 if text == "0" else int(text))
        elif event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.setValue(min(10, (self._value or 0) + 1))
        elif event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.setValue(max(1, (self._value or 2) - 1))
        else:
            super().keyPressEvent(event)


def structured_reflection(kind: ReflectionKind, prompt_id: str, title: str, answer: str, data: dict) -> Reflection:
    """A guided flow's answer: its fields in ``data``, and a readable rendering in ``answer`` that search indexes."""
    return Reflection(at=now_local(), kind=kind, prompt_id=prompt_id, prompt_text=title, answer=answer, data=data)


def answer_box(name: str, placeholder: str, height: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    box.setAccessibleName(placeholder)
    return box


class DailyQuestion(QFrame):
    """The daily question, then today's tailored prompts one at a time: one control, the same on Today and on
    Reflect, framed as a panel of its own."""

    saved = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.setObjectName("daily_question")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._suggestions: list[Suggestion] = []
        self._index = 0
        self._saving = False
        self._day = None
        box_height = ANSWER_HEIGHT

        self.title = heading(QCoreApplication.translate("DailyQuestion", DAILY_QUESTION))
        self.title.setObjectName("daily_title")
        self.rating = RatingScale()
        self.rating_hint = QLabel(QCoreApplication.translate("DailyQuestion", RATING_HINT))
        self.rating_hint.setObjectName("hint")
        self.words = answer_box("daily_words", self.tr("In your own words, if you like (optional)"), box_height)
        self.save_daily = QPushButton(self.tr("Save my answer"))
        self.save_daily.setObjectName("save_daily")
        self.save_daily.setEnabled(False)
        self.save_daily.clicked.connect(self._save_daily)
        self.rating.changed.connect(lambda value: self.save_daily.setEnabled(value is not None))
        self.ask = QWidget()
        ask_layout = QVBoxLayout(self.ask)
        ask_layout.setContentsMargins(0, 0, 0, 0)
        ask_layout.addWidget(self.rating)
        ask_layout.addWidget(self.rating_hint)
        ask_layout.addWidget(self.words)
        ask_layout.addWidget(self.save_daily, 0, Qt.AlignmentFlag.AlignRight)

        self.answered = QLabel()
        self.answered.setObjectName("daily_answered")
        self.answered.setWordWrap(True)
        self.answered.setTextFormat(Qt.TextFormat.PlainText)

        self.prompt_text = QLabel()
        self.prompt_text.setObjectName("prompt_text")
        self.prompt_text.setWordWrap(True)
        self.prompt_text.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt_text.setStyleSheet("font-weight: bold;")
        self.reason = QLabel()
        self.reason.setObjectName("prompt_reason")
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setStyleSheet("font-style: italic;")
        self.follow_ups = QLabel()
        self.follow_ups.setObjectName("prompt_follow_ups")
        self.follow_ups.setWordWrap(True)
        self.follow_ups.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt_answer = answer_box("prompt_answer", self.tr("Your answer"), box_height + 20)
        self.save_prompt = QPushButton(self.tr("Save answer"))
        self.save_prompt.setObjectName("save_prompt")
        self.save_prompt.setEnabled(False)
        self.save_prompt.clicked.connect(self._save_prompt)
        self.prompt_answer.textChanged.connect(
            lambda: self.save_prompt.setEnabled(bool(self.prompt_answer.toPlainText().strip()))
        )
        self.another = QPushButton(self.tr("Another question"))
        self.another.setObjectName("another_prompt")
        self.another.setToolTip(self.tr("Skip this one for now; it may come back another day"))
        self.another.clicked.connect(self.next_prompt)
        self.not_for_me = QPushButton(self.tr("Don't ask me this"))
        self.not_for_me.setObjectName("hide_prompt")
        self.not_for_me.setToolTip(
            self.tr("Hide this question; bring it back any time from My prompts on the {page} page").format(
                page=page_title("reflect")
            )
        )
        self.not_for_me.clicked.connect(self.hide_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.not_for_me)
        buttons.addStretch(1)
        buttons.addWidget(self.another)
        buttons.addWidget(self.save_prompt)
        self.follow = QWidget()
        follow_layout = QVBoxLayout(self.follow)
        follow_layout.setContentsMargins(0, 0, 0, 0)
        follow_layout.addWidget(self.prompt_text)
        follow_layout.addWidget(self.reason)
        follow_layout.addWidget(self.follow_ups)
        follow_layout.addWidget(self.prompt_answer)
        follow_layout.addLayout(buttons)
        self.done = QLabel(self.tr("That's all the questions for today. Thank you for taking the time."))
        self.done.setObjectName("prompts_done")
        self.done.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.ask)
        layout.addWidget(self.answered)
        layout.addWidget(self.follow)
        layout.addWidget(self.done)
        self.daily_drafts = DraftKeeper(
            self.store, "daily_question", QCoreApplication.translate("DailyQuestion", DAILY_QUESTION), parent=self
        )
        self.daily_drafts.watch("words", self.tr("In your own words"), self.words)
        self.prompt_drafts = DraftKeeper(self.store, "prompt_answer", self.tr("Today's question"), parent=self)
        self.prompt_drafts.watch("answer", self.tr("Your answer"), self.prompt_answer)
        context.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        """Show the question, or today's answer and the next prompt."""
        now = now_local()
        self._day = now.date()
        daily = todays_daily(self.store, now)
        self.ask.setVisible(daily is None)
        self.answered.setVisible(daily is not None)
        if daily is None:
            self.follow.hide()
            self.done.hide()
            return
        said = self.tr("Today you said {rating}/10").format(rating=daily.rating)
        self.answered.setText(f"{said}: “{daily.answer.strip()}”" if daily.answer.strip() else f"{said}.")
        self._suggestions = suggestions(self.store, now)
        self._index = 0
        self._show_prompt()

    def current(self) -> Suggestion | None:
        return self._suggestions[self._index] if self._index < len(self._suggestions) else None

    def next_prompt(self) -> None:
        if self._suggestions:
            self._index = (self._index + 1) % len(self._suggestions)
        self._show_prompt()

    def _show_prompt(self) -> None:
        suggestion = self.current()
        self.follow.setVisible(suggestion is not None)
        self.done.setVisible(suggestion is None)
        if suggestion is None:
            return
        self.prompt_text.setText(suggestion.prompt.text)
        self.reason.setText(self.tr("Why this question: {reason}").format(reason=suggestion.reason))
        follow_ups = suggestion.prompt.follow_ups
        self.follow_ups.setText(self.tr("You might also ask yourself: ") + " ".join(follow_ups) if follow_ups else "")
        self.follow_ups.setVisible(bool(follow_ups))
        self.another.setEnabled(len(self._suggestions) > 1)
        if suggestion.prompt.text != self.prompt_drafts.label:  # a new question: an answer to the last one is kept
            self.prompt_drafts.set_aside()
            self.prompt_answer.clear()
            self.prompt_drafts.label = suggestion.prompt.text
            self.prompt_drafts.rebase()

    def hide_current(self) -> None:
        """The person says this question doesn't fit: never offer it again (My prompts can bring it back)."""
        suggestion = self.current()
        if suggestion is None:
            return
        hidden = hidden_prompts(self.store) | {suggestion.prompt.id}
        self._saving = True
        try:
            self.store.settings.set(HIDDEN_KEY, sorted(hidden))
            self.context.notify("settings")
        finally:
            self._saving = False
        del self._suggestions[self._index]
        if self._index >= len(self._suggestions):
            self._index = 0
        self.context.show_status(self.tr("That question won't be asked again. You can bring it back from My prompts."))
        self._show_prompt()

    def _save_daily(self) -> None:
        rating = self.rating.value()
        if rating is None:
            return
        reflection = Reflection(
            at=now_local(),
            kind=ReflectionKind.DAILY,
            prompt_id="daily",
            prompt_text=DAILY_QUESTION,
            answer=self.words.toPlainText(),
            rating=rating,
        )
        if not self.daily_drafts.save_or_keep(lambda: self._store(reflection), self):
            return
        self.daily_drafts.let_go()
        self.words.clear()
        self.rating.setValue(None)
        self.context.show_status(self.tr("Saved. Thank you for checking in with yourself."))
        self.refresh()
        self.prompt_answer.setFocus()

    def _save_prompt(self) -> None:
        suggestion = self.current()
        answer = self.prompt_answer.toPlainText()
        if suggestion is None or not answer.strip():
            return
        reflection = Reflection(
            at=now_local(),
            kind=ReflectionKind.PROMPT,
            prompt_id=suggestion.prompt.id,
            prompt_text=suggestion.prompt.text,
            reason=suggestion.reason,
            answer=answer,
        )
        if not self.prompt_drafts.save_or_keep(lambda: self._store(reflection), self):
            return
        self.prompt_drafts.let_go()
        self.prompt_answer.clear()
        self.prompt_drafts.rebase()
        self.context.show_status(self.tr("Answer saved."))
        self.refresh()

    def _store(self, reflection: Reflection) -> None:
        self._saving = True
        try:
            self.store.reflections.add(reflection)
            self.context.notify("reflections")
        finally:
            self._saving = False
        self.saved.emit(reflection)

    def _typing(self) -> bool:
        return bool(self.words.toPlainText().strip() or self.prompt_answer.toPlainText().strip())

    def _on_changed(self, _what: str) -> None:
        """New data may change today's question (a lapse, a check-in, an answer elsewhere): catch up, unless the
        person is in the middle of typing here."""
        if not self._saving and not self._typing():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back after midnight asks the new day's question."""
        super().showEvent(event)
        if self._day != now_local().date() and not self._typing():
            self.refresh()
