"""Asking for the passphrase at start, and setting, changing or removing it (with the recovery key)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
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


def show_recovery_key(parent: QWidget | None, recovery_key: str) -> QMessageBox:
    """The one-time recovery key, to print or write down; it is never shown again."""
    box = QMessageBox(parent)
    box.setWindowTitle("Your recovery key")
    box.setIcon(QMessageBox.Icon.Information)
    box.setText(f"Write this recovery key down or print it, and keep it somewhere safe:\n\n{recovery_key}")
    box.setInformativeText(
        "It opens your journal if you forget your passphrase. This is the only time it is shown. " + FORGOTTEN_WARNING
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box


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
