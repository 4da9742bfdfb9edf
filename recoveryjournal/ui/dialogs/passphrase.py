"""Asking for the passphrase at start, and setting, changing or removing it (with the recovery key)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QPagedPaintDevice, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recoveryjournal.store import crypto
from recoveryjournal.store.errors import WrongPassphraseError

LOCK_MINUTES_KEY = "lock_after_minutes"
DEFAULT_LOCK_MINUTES = 5
MIN_PASSPHRASE = 8
FORGOTTEN_WARNING = (
    "If you forget your passphrase and lose your recovery key, nobody can open your journal again — "
    "not even the people who made this app. There is no back door."
)


def password_field(placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setAccessibleName(placeholder)
    return field


class UnlockDialog(QDialog):
    """Shown before anything else when the journal is encrypted; ``key`` holds the data key once accepted."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.key: bytes | None = None
        self.setWindowTitle("Unlock your journal")
        self.passphrase = password_field("Passphrase or recovery key")
        self.message = QLabel("Your journal is encrypted. Enter your passphrase to open it.")
        self.message.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.unlock_button = buttons.addButton("Unlock", QDialogButtonBox.ButtonRole.AcceptRole)
        self.unlock_button.setDefault(True)
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.message, self.passphrase, self.problem, buttons):
            layout.addWidget(widget)

    def try_unlock(self) -> None:
        try:
            self.key = crypto.unlock(self.folder, self.passphrase.text())
        except WrongPassphraseError:
            self.problem.setText("Wrong passphrase. Check Caps Lock and try again, or use your recovery key.")
            self.problem.show()
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        self.accept()


class SetPassphraseDialog(QDialog):
    """Choose a new passphrase: typed twice, long enough, with the plain warning about forgetting it."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.first = password_field("New passphrase")
        self.second = password_field("The same passphrase again")
        warning = QLabel(FORGOTTEN_WARNING)
        warning.setWordWrap(True)
        warning.setTextFormat(Qt.TextFormat.PlainText)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("Passphrase", self.first)
        form.addRow("Again", self.second)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def passphrase(self) -> str:
        return self.first.text()

    def check(self) -> None:
        if len(self.first.text()) < MIN_PASSPHRASE:
            self.problem.setText(f"Please use at least {MIN_PASSPHRASE} characters; a few words work well.")
        elif self.first.text() != self.second.text():
            self.problem.setText("The two passphrases are different. Please type them again.")
        else:
            self.accept()
            return
        self.problem.show()


class RecoveryKeyDialog(QDialog):
    """The one-time recovery key, large and selectable, with a way to print it; it is never shown again."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recovery_key = recovery_key
        self.setWindowTitle("Your recovery key")
        intro = QLabel("Write this recovery key down or print it, and keep it somewhere safe, away from this computer:")
        intro.setWordWrap(True)
        self.key_label = QLabel(recovery_key, objectName="recoveryKey")
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.key_label.setFont(font)
        note = QLabel(
            "It opens your journal if you forget your passphrase. This is the only time it is shown. "
            + FORGOTTEN_WARNING
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.print_button = buttons.addButton("Print…", QDialogButtonBox.ButtonRole.ActionRole)
        self.done_button = buttons.addButton("I have kept it safe", QDialogButtonBox.ButtonRole.AcceptRole)
        self.done_button.setDefault(True)
        self.print_button.clicked.connect(self.choose_printer)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        for widget in (intro, self.key_label, note, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(480)

    def choose_printer(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.open()

    def print_to(self, printer: QPagedPaintDevice) -> None:
        """One page: the key in large type and what it is for, so the paper makes sense years later."""
        document = QTextDocument()
        cursor = QTextCursor(document)
        cursor.insertHtml(
            "<h2>Recovery Journal — recovery key</h2>"
            f"<p style='font-family: monospace; font-size: 18pt; white-space: pre'>{html.escape(self.recovery_key)}</p>"
            "<p>This key opens your Recovery Journal if you forget your passphrase: type it where the app asks "
            "for your passphrase. Keep this paper somewhere safe and private; anyone who has it and your journal "
            "file could read your journal.</p>"
        )
        document.print_(printer)


def show_recovery_key(parent: QWidget | None, recovery_key: str) -> RecoveryKeyDialog:
    return RecoveryKeyDialog(recovery_key, parent)


class LockSettingsDialog(QDialog):
    """How long the app waits, untouched, before it hides everything and asks for the passphrase again."""

    def __init__(self, minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Lock after")
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 240)
        self.minutes.setSuffix(" minutes")
        self.minutes.setSpecialValueText("Never")
        self.minutes.setValue(minutes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Lock when idle for", self.minutes)
        form.addRow(buttons)
