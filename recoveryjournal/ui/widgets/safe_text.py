"""Clean text on the way in, app-wide: NUL characters and unpaired surrogates from the clipboard, a drop or an input
method never reach an editor's text, so they can never reach the journal file. The same filter keeps the mouse
wheel from changing fields that do not have focus (``ui.widgets.wheel_guard``).

One event filter on the application prepares every editable text field as it is first shown: single-line fields
get a validator that removes the characters (Qt runs it on typing, paste and drop), multi-line editors have them
removed from each change as it lands. Everything else the person pastes is kept exactly.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QTextCursor, QValidator
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

from recoveryjournal.domain.text_hygiene import clean_input
from recoveryjournal.ui.widgets.wheel_guard import guard_existing, no_wheel_focus, pass_wheel_on

PREPARED = "_recoveryjournal_clean_input"


class CleanInputValidator(QValidator):
    """Accepts any text, minus NUL characters and unpaired surrogates."""

    def validate(self, text: str, position: int) -> tuple[QValidator.State, str, int]:
        cleaned = clean_input(text)
        if cleaned != text:
            position = len(clean_input(text[:position]))
        return QValidator.State.Acceptable, cleaned, max(0, min(position, len(cleaned)))


def _utf16_offsets(text: str) -> list[int]:
    """Where each character of ``text`` starts, counted in UTF-16 units as Qt counts document positions."""
    offsets, at = [], 0
    for character in text:
        offsets.append(at)
        at += 2 if ord(character) > 0xFFFF else 1
    return offsets


def clean_line_edit(edit: QLineEdit) -> None:
    if edit.validator() is None and edit.echoMode() == QLineEdit.EchoMode.Normal:
        edit.setValidator(CleanInputValidator(edit))


def clean_text_edit(edit: QPlainTextEdit | QTextEdit) -> None:
    document = edit.document()

    def on_change(position: int, _removed: int, added: int) -> None:
        if not added:
            return
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(min(position + added, document.characterCount() - 1), QTextCursor.MoveMode.KeepAnchor)
        text = cursor.selectedText()
        if clean_input(text) == text:
            return
        offsets = _utf16_offsets(text)
        for index in reversed([index for index, character in enumerate(text) if clean_input(character) == ""]):
            cursor.setPosition(position + offsets[index])
            cursor.setPosition(position + offsets[index] + 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()

    document.contentsChange.connect(on_change)


class InputHygiene(QObject):
    """Prepares each editable text widget the first time it is polished (just before it is first shown); also keeps
    the mouse wheel from changing a field without focus (``ui.widgets.wheel_guard``)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            return pass_wheel_on(watched, event)
        if kind == QEvent.Type.Polish:
            no_wheel_focus(watched)
        if kind == QEvent.Type.Polish and not watched.property(PREPARED):
            if isinstance(watched, QLineEdit):
                watched.setProperty(PREPARED, True)
                clean_line_edit(watched)
            elif isinstance(watched, QPlainTextEdit | QTextEdit) and not watched.isReadOnly():
                watched.setProperty(PREPARED, True)
                clean_text_edit(watched)
        return False


def install_input_hygiene(app: QApplication | None = None) -> InputHygiene:
    """Install the filter once per application; later calls return the same one."""
    app = app or QApplication.instance()
    existing = getattr(app, "_input_hygiene", None)
    if existing is not None:
        return existing
    hygiene = InputHygiene(app)
    app.installEventFilter(hygiene)
    guard_existing(app)
    app._input_hygiene = hygiene
    return hygiene
