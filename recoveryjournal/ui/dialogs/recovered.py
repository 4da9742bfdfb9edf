"""Recovered from last time: every draft left when the app last closed (a crash, a logout, "Keep as draft", a save the
journal refused), offered back in one place. Nothing is applied or dropped without the person choosing: put it back
where it was typed, copy it, save it as a journal entry, or discard it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recoveryjournal.domain import dates
from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.draft_models import Draft
from recoveryjournal.domain.models import JournalEntry
from recoveryjournal.domain.reflection_models import ReflectionKind
from recoveryjournal.store import errors
from recoveryjournal.store.drafts import let_go, unsaved_drafts
from recoveryjournal.ui.drafts import DraftKeeper, live_keys
from recoveryjournal.ui.widgets.scrolling import fit_to_screen

ROLE = Qt.ItemDataRole.UserRole
INTRO = QT_TRANSLATE_NOOP(
    "RecoveredDialog",
    "These words were typed but not saved: the app closed before they were, or you chose to keep them as a draft. "
    "Nothing has been changed yet: for each one, choose whether to put it back where you wrote it, copy it, keep it "
    "as a journal entry, or let it go.",
)


def _record(get: Callable[[int], object], record_id: int | None) -> object | None:
    """The record a form was editing, or ``None`` (a new one) when it has been deleted since."""
    if record_id is None:
        return None
    try:
        return get(record_id)
    except LookupError:
        return None


def _checkin(window, draft: Draft) -> DraftKeeper:
    from recoveryjournal.ui.dialogs.checkin import open_checkin_dialog

    dialog = open_checkin_dialog(window.context, window, _record(window.context.store.checkins.get, draft.record_id))
    dialog.more_toggle.setChecked(True)  # the text boxes are under "More details"
    return dialog.drafts


def _lapse(window, draft: Draft) -> DraftKeeper:
    from recoveryjournal.ui.dialogs.lapse import open_lapse_dialog

    return open_lapse_dialog(window.context, window, _record(window.context.store.lapses.get, draft.record_id)).drafts


def _summary(window, _draft: Draft) -> DraftKeeper:
    from recoveryjournal.ui.dialogs.export_summary import open_export_dialog

    return open_export_dialog(window.context, window).drafts


def _substance(window, draft: Draft) -> DraftKeeper:
    from recoveryjournal.ui.dialogs.substance import open_substance_dialog

    tracked = {substance.id: substance for substance in window.context.store.sobriety.all(tracked_only=False)}
    return open_substance_dialog(window.context, window, tracked.get(draft.record_id)).drafts


def _session_notes(window, _draft: Draft) -> DraftKeeper:
    from recoveryjournal.ui.review_mode import start_review

    return start_review(window).drafts


def _reflect(opener: Callable[[QWidget, Draft], DraftKeeper | None]) -> Callable[[QWidget, Draft], DraftKeeper | None]:
    return lambda window, draft: opener(window.show_page("reflect"), draft)


def _daily(page, _draft: Draft) -> DraftKeeper | None:
    """Into today's question, unless it is answered already (then the words are better copied or kept as an entry)."""
    return page.daily.daily_drafts if page.daily.ask.isVisibleTo(page) else None


def _prompt_answer(page, _draft: Draft) -> DraftKeeper | None:
    return page.daily.prompt_drafts if page.daily.follow.isVisibleTo(page) else None


def _entry(window, draft: Draft) -> bool:
    """A journal entry's words: into the entry they belong to when it is still there, else into a new entry."""
    page = window.show_page("journal")
    entry = _record(window.context.store.journal.get, draft.record_id)
    text = draft.text()
    if entry is None:
        page.new_entry()
    else:
        page.open_entry(entry.id)
        if entry.title and text.startswith(entry.title + "\n\n"):
            text = text.removeprefix(entry.title + "\n\n")
    page.editor.body.setPlainText(text)  # an edit like any other: the editor saves it
    page.editor.body.setFocus()
    let_go(window.context.store, draft.key)
    return True


# Each opens the form a kind of draft came from and returns its keeper; ``None``: it cannot take the words now.
RESTORERS: dict[str, Callable[[QWidget, Draft], DraftKeeper | bool | None]] = {
    "checkin": _checkin,
    "lapse": _lapse,
    "summary": _summary,
    "substance": _substance,
    "session_notes": _session_notes,
    "thought_record": _reflect(lambda page, _draft: page.open_thought_record().drafts),
    "weekly_review": _reflect(lambda page, _draft: page.open_weekly_review().drafts),
    ReflectionKind.GRATITUDE.value: _reflect(lambda page, draft: page.open_short(ReflectionKind(draft.kind)).drafts),
    ReflectionKind.STRENGTHS.value: _reflect(lambda page, draft: page.open_short(ReflectionKind(draft.kind)).drafts),
    "my_prompts": _reflect(lambda page, _draft: page.open_my_prompts().drafts),
    "daily_question": _reflect(_daily),
    "prompt_answer": _reflect(_prompt_answer),
    "plan": lambda window, _draft: window.show_page("plan").drafts,
    "entry": _entry,
}


def restore(window, draft: Draft) -> bool:
    """Put ``draft`` back in the form it came from, which then keeps it until saved; ``False`` if it cannot now."""
    keeper = RESTORERS[draft.kind](window, draft)
    if isinstance(keeper, DraftKeeper):
        keeper.adopt(draft)
    return bool(keeper)


class RecoveredDialog(QDialog):
    def __init__(self, window, drafts: list[Draft], title: str | None = None) -> None:
        super().__init__(window)
        self.window_behind = window
        self.store = window.context.store
        self.setObjectName("recovered_drafts")
        self.setWindowTitle(title or self.tr("Recovered from last time"))
        intro = QLabel(self.tr(INTRO))
        intro.setWordWrap(True)
        self.list = QListWidget(objectName="recovered_list")
        self.list.setAccessibleName(self.tr("Unsaved drafts"))
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSpacing(3)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text = QPlainTextEdit(objectName="recovered_text")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("The words of the chosen draft"))
        self.where = QLabel(objectName="recovered_where")
        self.where.setWordWrap(True)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.restore_button = QPushButton(self.tr("&Put it back"), objectName="recovered_restore")
        self.copy_button = QPushButton(self.tr("&Copy"), objectName="recovered_copy")
        self.entry_button = QPushButton(self.tr("Save as &journal entry"), objectName="recovered_entry")
        self.discard_button = QPushButton(self.tr("&Discard"), objectName="recovered_discard")
        for button in (self.restore_button, self.copy_button, self.entry_button, self.discard_button):
            button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore_current)
        self.copy_button.clicked.connect(self.copy_current)
        self.entry_button.clicked.connect(self.save_current_as_entry)
        self.discard_button.clicked.connect(self.discard_current)
        actions = QHBoxLayout()
        for button in (self.restore_button, self.copy_button, self.entry_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.discard_button)
        right = QVBoxLayout()
        right.addWidget(self.where)
        right.addWidget(self.text, 1)
        right.addLayout(actions)
        middle = QHBoxLayout()
        middle.addWidget(self.list, 2)
        middle.addLayout(right, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Decide later"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(760, 460))
        self.list.currentItemChanged.connect(self._show)
        for draft in drafts:
            words = draft.text().split()
            first_words = " ".join(words[:8]) + ("…" if len(words) > 8 else "")
            item = QListWidgetItem(f"{draft.label} · {_when(draft)}\n“{first_words}”")
            item.setToolTip(draft.text()[:500])
            item.setData(ROLE, draft)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.setFocus()

    def current(self) -> Draft | None:
        item = self.list.currentItem()
        return item.data(ROLE) if item is not None else None

    def _show(self, item: QListWidgetItem | None) -> None:
        draft = item.data(ROLE) if item is not None else None
        self.text.setPlainText(draft.text() if draft else "")
        where = self.tr("From: {label}, {when}.").format(label=draft.label, when=_when(draft)) if draft else ""
        if draft is not None and draft.path is not None:
            where += self.tr(" Kept in {path} because the journal could not be written then.").format(path=draft.path)
        self.where.setText(where)
        for button in (self.restore_button, self.copy_button, self.entry_button, self.discard_button):
            button.setEnabled(draft is not None)

    def _done_with_current(self) -> None:
        self.list.takeItem(self.list.currentRow())
        if self.list.count() == 0:
            self.accept()

    def restore_current(self) -> None:
        draft = self.current()
        if draft is None:
            return
        if draft.kind not in RESTORERS:
            self.where.setText(
                self.tr("This version does not know where these words came from: copy them or save them.")
            )
        elif restore(self.window_behind, draft):
            self._done_with_current()
        else:
            self.where.setText(
                self.tr("That question has been answered since: copy the words or save them as an entry.")
            )

    def copy_current(self) -> None:
        draft = self.current()
        if draft is not None:
            QApplication.clipboard().setText(draft.text())
            self.window_behind.context.show_status(self.tr("Copied. You can paste it anywhere."))

    def save_current_as_entry(self) -> None:
        draft = self.current()
        if draft is None:
            return
        entry = JournalEntry(
            created_at=now_local(),
            title=self.tr("{label} (recovered words)").format(label=draft.label),
            body=draft.text(),
        )
        try:
            with errors.known_errors(self.store.path):
                self.store.journal.add(entry)
        except errors.StoreError as error:
            QMessageBox.warning(self, error.title, f"{error.message}\n\nThe draft is still here.")
            return
        let_go(self.store, draft.key)
        self.window_behind.context.notify("journal_entries")
        self.window_behind.context.show_status(self.tr("Saved in your journal."))
        self._done_with_current()

    def discard_current(self) -> None:
        draft = self.current()
        if draft is not None:
            let_go(self.store, draft.key)
            self._done_with_current()


def _when(draft: Draft) -> str:
    moment = draft.updated_at
    return dates.short_date_time(moment) if moment else QCoreApplication.translate("Recovered", "time unknown")


def offer_recovered(window, title: str | None = None) -> RecoveredDialog | None:
    """Show what was left unsaved (leaving out the forms open now); ``None`` when there is nothing."""
    open_now = live_keys()
    drafts = [draft for draft in unsaved_drafts(window.context.store) if draft.key not in open_now]
    if not drafts:
        return None
    dialog = RecoveredDialog(window, drafts, title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()  # not modal: the person can use the window (and a form a draft went back to) beside it
    return dialog
