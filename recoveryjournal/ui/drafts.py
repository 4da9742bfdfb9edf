"""Nothing typed is lost: a ``DraftKeeper`` watches a form's text boxes and keeps what is typed as a draft in the
journal, at most ``AUTOSAVE_MS`` after the first key not yet kept, however fast the keys keep coming.

The draft goes when the form is saved or the person lets it go; a form closed with Esc asks first
(``DraftDialog``); a save the journal refuses keeps the words and says why (``DraftKeeper.save_or_keep``); a logout
(SIGTERM) or Quit keeps every open form's words without asking (``keep_all_drafts``). Whatever is left is offered back
at the next start (``ui.dialogs.recovered``).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import uuid4

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit, QTextEdit, QWidget
from shiboken6 import isValid

from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.draft_models import Draft, DraftField
from recoveryjournal.store import errors
from recoveryjournal.store.drafts import keep_draft, let_go

if TYPE_CHECKING:  # QMessageBox is imported where a box is shown (the journal editor loads this module for the delay)
    from PySide6.QtWidgets import QMessageBox

    from recoveryjournal.store.store import Store

AUTOSAVE_MS = 750  # a deadline, not a pause: under a second of typing at risk, even with the event loop a little late
TextBox = QLineEdit | QPlainTextEdit | QTextEdit

_live: weakref.WeakSet[DraftKeeper] = weakref.WeakSet()
_ending = [False]


def box_text(box: TextBox) -> str:
    return box.text() if isinstance(box, QLineEdit) else box.toPlainText()


def set_box_text(box: TextBox, text: str) -> None:
    if isinstance(box, QLineEdit):
        box.setText(text)
    else:
        box.setPlainText(text)


class DraftKeeper(QObject):
    """Keeps the words of one form (a dialog, a page's boxes) as one draft, under a key of its own.

    ``kind`` names the form, so the words can be put back in the same place (``ui.dialogs.recovered``); ``label`` is
    what the person is shown; ``record_id`` is the record the form edits, if any.
    """

    kept = Signal()

    def __init__(
        self, store: Store, kind: str, label: str, record_id: int | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.kind, self.label, self.record_id = kind, label, record_id
        self.key = uuid4().hex
        self.boxes: list[tuple[str, str, TextBox]] = []
        self.baseline: dict[str, str] = {}
        self.stored = False  # a draft of this form is in the journal or a file
        self.where: Path | None = None  # the file, when the journal could not take the draft
        self.message_box: QMessageBox | None = None
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.keep)
        _live.add(self)

    def watch(self, name: str, label: str, box: TextBox) -> None:
        """Keep ``box``'s words under ``name``; what it holds now (a record being edited) counts as saved."""
        self.boxes.append((name, label, box))
        self.baseline[name] = box_text(box)
        box.textChanged.connect(self._changed)

    def rebase(self, *names: str) -> None:
        """What the boxes ``names`` (all if none) hold now is saved, or was loaded from a record."""
        for name, _, box in self.boxes:
            if not names or name in names:
                self.baseline[name] = box_text(box)

    def changed(self, *names: str) -> bool:
        """Whether any of the boxes ``names`` holds something other than what was saved."""
        return any(box_text(box) != self.baseline.get(name, "") for name, _, box in self.boxes if name in names)

    def draft(self) -> Draft:
        return Draft(
            key=self.key,
            kind=self.kind,
            label=self.label,
            fields=[DraftField(name, label, box_text(box)) for name, label, box in self.boxes],
            record_id=self.record_id,
            updated_at=now_local(),
        )

    def has_unsaved_words(self) -> bool:
        """Whether any box holds words that differ from what was saved."""
        return any(
            box_text(box).strip() and box_text(box) != self.baseline.get(name, "") for name, _, box in self.boxes
        )

    def _changed(self) -> None:
        self._dirty = True
        if not self._timer.isActive():  # restarting it at every key would put the draft off while the person types
            self._timer.start()

    def keep(self) -> bool:
        """Write the draft now if anything changed; ``False`` when neither the journal nor a file could take it."""
        self._timer.stop()
        if not self._dirty or self.store.closed:  # closed: Quit kept the words before it closed the journal
            return not self._dirty
        if not self.has_unsaved_words():
            self.let_go()
            return True
        try:
            self.where = keep_draft(self.store, self.draft())
        except errors.StoreError:
            return False
        self.stored, self._dirty = True, False
        self.kept.emit()
        return True

    def let_go(self) -> None:
        """The words were saved or the person chose to discard them: forget the draft."""
        self._timer.stop()
        self._dirty = False
        if self.stored and not self.store.closed:
            let_go(self.store, self.key)
            self.stored, self.where = False, None

    def set_aside(self) -> None:
        """Keep the words typed so far as a draft of their own (offered later) and start a new one for this form."""
        self._dirty = True
        if self.keep() and self.stored:
            self.key, self.stored, self.where = uuid4().hex, False, None
        self.rebase()

    def adopt(self, draft: Draft) -> None:
        """Put a recovered draft's words back into the boxes; this form now keeps (and later lets go of) that draft."""
        if self.stored and self.key != draft.key:  # this form's own draft: the words now in the boxes go on in it
            let_go(self.store, self.key)
        self.key, self.stored = draft.key, True
        texts = draft.texts()
        for name, _, box in self.boxes:
            if name in texts:
                set_box_text(box, texts[name])
        self._dirty = True
        self.keep()

    def save_or_keep(self, save: Callable[[], object], parent: QWidget) -> bool:
        """Run ``save``; if the journal refuses it (read-only, disk full, …), keep the words and say so plainly.

        Returns whether ``save`` succeeded. Any other error is a bug and goes on to the crash dialog.
        """
        try:
            save()
            return True
        except (*errors.database_errors(), OSError, errors.StoreError) as error:
            known = error if isinstance(error, errors.StoreError) else errors.translate(error, self.store.path)
            if known is None:
                raise
        self._dirty = True
        if self.keep():
            where = self.tr(" in {where}").format(where=self.where) if self.where else ""
            kept = self.tr("Your words are kept as a draft{where}, and they are still here: you can try again.").format(
                where=where
            )
        else:
            kept = self.tr("They could not be kept as a draft either, so please leave this window open.")
        from PySide6.QtWidgets import QMessageBox

        self.message_box = QMessageBox(
            QMessageBox.Icon.Warning, known.title, f"{known.message}\n\n{kept}", parent=parent
        )
        self.message_box.open()
        return False


def keep_all_drafts(ending: bool = False) -> None:
    """Keep the words of every open form now (Quit, a logout); ``ending``: forms then close without asking."""
    if ending:
        _ending[0] = True
    for keeper in open_keepers():
        keeper.keep()


def open_keepers() -> list[DraftKeeper]:
    """The keepers of the forms open now."""
    return [keeper for keeper in list(_live) if isValid(keeper)]  # a form may be gone, its words saved or let go


def live_keys() -> set[str]:
    """The drafts of the forms open now, which are not "left from before"."""
    return {keeper.key for keeper in open_keepers()}


def session_ending() -> bool:
    return _ending[0]


class DraftDialog(QDialog):
    """A dialog whose text boxes keep drafts: Esc, Cancel or closing the window ask before typed words go.

    A subclass makes its keeper with ``keep_drafts`` and watches its boxes; a successful save ends with ``accept``,
    which lets the draft go. "Keep as draft" leaves the words to be offered back (File ▸ Unsaved words, and at the
    next start).
    """

    drafts: DraftKeeper | None = None
    question: QMessageBox | None = None

    def keep_drafts(self, store: Store, kind: str, label: str, record_id: int | None = None) -> DraftKeeper:
        self.drafts = DraftKeeper(store, kind, label, record_id, self)
        return self.drafts

    def accept(self) -> None:
        if self.drafts is not None:
            self.drafts.let_go()
        super().accept()

    def reject(self) -> None:
        if self.drafts is None or not self.drafts.has_unsaved_words():
            if self.drafts is not None:
                self.drafts.let_go()
            super().reject()
        elif session_ending() or self._window_gone():  # the app is closing: keep the words without asking
            self.drafts.keep()
            super().reject()
        elif self.question is None:
            self._ask()

    def _window_gone(self) -> bool:
        """Whether the window this dialog belongs to has closed: then it closes too and cannot wait for an answer."""
        parent = self.parentWidget()
        return parent is not None and not parent.window().isVisible()

    def _ask(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Keep what you wrote?"),
            self.tr("You have typed something here that is not saved yet."),
            parent=self,
        )
        box.setInformativeText(self.tr("Keep it as a draft to come back to later, or discard it?"))
        keep = box.addButton(self.tr("&Keep as draft"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Go &back"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(cancel)
        box.keep_button, box.discard_button, box.cancel_button = keep, discard, cancel
        box.finished.connect(lambda _result: self._answered(box.clickedButton()))
        self.question = box
        box.open()

    def _answered(self, button) -> None:
        box, self.question = self.question, None
        if button is box.keep_button:
            if self.drafts.keep():
                status = getattr(getattr(self, "context", None), "show_status", None)
                if callable(status):
                    status(self.tr("Kept as a draft. File ▸ Unsaved words brings it back."))
                QDialog.reject(self)
            # else the journal and the drafts folder both refused it: the dialog stays open with the words
        elif button is box.discard_button:
            self.drafts.let_go()
            QDialog.reject(self)
