"""Asking for the passphrase at start, and setting, changing or removing it (with the recovery key)."""

from __future__ import annotations

import html
import platform
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFontDatabase,
    QPagedPaintDevice,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recoveryjournal.store import cipher, crypto
from recoveryjournal.store.errors import StoreError, WrongPassphraseError
from recoveryjournal.ui import theme
from recoveryjournal.ui.announce import announce
from recoveryjournal.ui.look import Type, page_layout, sized
from recoveryjournal.ui.widgets.scrolling import fit_to_screen

LOCK_MINUTES_KEY = "lock_after_minutes"
DEFAULT_LOCK_MINUTES = 5
MIN_PASSPHRASE = 8
FORGOTTEN_WARNING = QT_TRANSLATE_NOOP(
    "Passphrase",
    "If you forget your passphrase and lose your recovery key, nobody can open your journal again — "
    "not even the people who made this app. There is no back door.",
)


def encryption_unavailable(reason: str) -> str:
    """Why no passphrase can be used here: sqlcipher3 is installed only where it has ready-made builds."""
    machine = QCoreApplication.translate("Passphrase", "{platform} on {platform2} with Python {platform3}").format(
        platform=platform.system(), platform2=platform.machine(), platform3=platform.python_version()
    )
    return QCoreApplication.translate(
        "Passphrase",
        "Encryption is not available in this copy of Recovery Journal. It uses SQLCipher (the "
        "sqlcipher3 package), which is installed only where a ready-made build of it exists: "
        "Windows, macOS, and Linux on x86-64 or ARM64. This computer runs {machine}, and "
        "SQLCipher could not be loaded ({reason}).",
    ).format(machine=machine, reason=reason)


def unavailable_label(text: str) -> QLabel:
    label = QLabel(text, objectName="unavailable")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def password_field(placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setAccessibleName(placeholder)
    return field


WRONG = QT_TRANSLATE_NOOP("Passphrase", "Wrong passphrase. Check Caps Lock and try again, or type your recovery key.")


def wrong() -> str:
    """``WRONG`` in the window's language."""
    return QCoreApplication.translate("Passphrase", WRONG)


FREE_TRIES = 2  # wrong passphrases in a row before each further try waits
LONGEST_WAIT = 60


def retry_wait(failures: int) -> int:
    """Seconds before the next try after ``failures`` wrong passphrases in a row: none for the first two, then 2, 4,
    8, … up to a minute. Slows down guessing; the crisis line and help stay usable all the while."""
    return 0 if failures <= FREE_TRIES else min(LONGEST_WAIT, 2 ** (failures - FREE_TRIES))


class PassphraseGate(QWidget):
    """The passphrase field, its Unlock button and, right under the field, what went wrong, in words.

    Enter in the field or Unlock tries the text as the passphrase or the recovery key (``crypto.unlock``);
    ``unlocked`` carries the data key. A wrong one is said next to the field and announced to screen readers, and
    after a few in a row each try waits a little longer (``retry_wait``); the field keeps taking typing meanwhile. A
    key file that cannot be read is said in words too. Nothing here ever closes the window it is in.
    """

    unlocked = Signal(bytes)

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.failures = 0
        self.waiting = 0
        self.passphrase = password_field(self.tr("Passphrase or recovery key"))
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setAutoDefault(False)  # Enter in the field unlocks, and only once
        self.problem = QLabel(objectName="problem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        theme.follow(self.problem, lambda: self.problem.setStyleSheet(f"color: {theme.colours().error};"))
        self.problem.hide()
        self.wait_timer = QTimer(self)
        self.wait_timer.setInterval(1000)
        self.wait_timer.timeout.connect(self._count_down)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.problem)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.setFocusProxy(self.passphrase)

    def try_unlock(self) -> None:
        if self.waiting:
            self.say(self.tr("{WRONG} You can try again in {seconds}.").format(WRONG=wrong(), seconds=self._seconds()))
            return
        self.problem.setText(self.tr("Checking…"))  # deriving the key takes a moment; say so before it starts
        self.problem.show()
        self.problem.repaint()
        try:
            key = crypto.unlock(self.folder, self.passphrase.text())
        except WrongPassphraseError:
            self.wrong()
            return
        except StoreError as error:
            self.say(self.tr("Your passphrase cannot be checked: {message}").format(message=error.message))
            return
        self.unlocked.emit(key)

    def wrong(self) -> None:
        """Say the passphrase was wrong, keep it selected to type over, and wait before the next try if need be."""
        self.failures += 1
        self.waiting = retry_wait(self.failures)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        if self.waiting:
            self.unlock_button.setEnabled(False)
            self.wait_timer.start()
            self.say(self.tr("{WRONG} You can try again in {seconds}.").format(WRONG=wrong(), seconds=self._seconds()))
        else:
            self.say(wrong())

    def succeeded(self) -> None:
        self.failures = self.waiting = 0
        self.wait_timer.stop()
        self.unlock_button.setEnabled(True)
        self.passphrase.clear()
        self.problem.clear()
        self.problem.hide()
        self.passphrase.setAccessibleDescription("")

    def say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        announce(self.passphrase, text, assertive=True)

    def _seconds(self) -> str:
        return self.tr("1 second") if self.waiting == 1 else self.tr("{waiting} seconds").format(waiting=self.waiting)

    def _count_down(self) -> None:
        self.waiting -= 1
        if self.waiting > 0:
            self.problem.setText(
                self.tr("{WRONG} You can try again in {seconds}.").format(WRONG=wrong(), seconds=self._seconds())
            )
            return
        self.wait_timer.stop()
        self.unlock_button.setEnabled(True)
        self.say(self.tr("You can try again now."))


class UnlockDialog(QDialog):
    """Shown before anything else when the journal is encrypted; ``key`` holds the data key once accepted.

    Focus starts in the field and Enter unlocks. Esc or closing the window asks before quitting; "Quit" quits. The
    crisis line and "Need help now" (F1) are here too, whatever happens with the passphrase or the key file.
    """

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from recoveryjournal.ui.crisis import help_line_text, start_crisis_lines
        from recoveryjournal.ui.help_now import help_desk

        self.folder = folder
        self.key: bytes | None = None
        self.desk = help_desk()
        if self.desk.context is None:
            self.desk.attach(None, folder)
        self.setObjectName("unlock_dialog")
        self.setWindowTitle(self.tr("Unlock your journal"))
        self.message = QLabel(
            self.tr("Your journal is encrypted. Enter your passphrase or your recovery key to open it.")
        )
        self.message.setWordWrap(True)
        self.gate = PassphraseGate(folder)
        self.passphrase, self.problem, self.unlock_button = (
            self.gate.passphrase,
            self.gate.problem,
            self.gate.unlock_button,
        )
        self.help_button = QPushButton(self.tr("Need help now (F1)"))
        self.quit_button = QPushButton(self.tr("Quit"))
        for button in (self.help_button, self.quit_button):
            button.setAutoDefault(False)
        self.help_button.clicked.connect(lambda: self.desk.request())
        self.quit_button.clicked.connect(self.quit)
        self.crisis_line = QLabel(help_line_text(start_crisis_lines(folder)), objectName="crisis_line")
        self.crisis_line.setWordWrap(True)
        self.crisis_line.setTextFormat(Qt.TextFormat.PlainText)
        self.crisis_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.help_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.unlock_button)
        layout = page_layout(QVBoxLayout(self))
        layout.addWidget(self.message)
        layout.addWidget(self.gate)
        layout.addLayout(buttons)
        layout.addWidget(self.crisis_line)
        self.setMinimumWidth(480)
        self.gate.unlocked.connect(self._unlocked)
        self.passphrase.setFocus()
        reason = cipher.unavailable()
        if reason is not None:  # the passphrase could be right and still open nothing here
            self.message.setText(
                self.tr("Your journal is encrypted, and this copy of Recovery Journal cannot open encrypted journals. ")
                + encryption_unavailable(reason)
                + self.tr(
                    " Your journal is unchanged: open it with Recovery Journal on a computer that has encryption, "
                    'or install SQLCipher here (pip install "recoveryjournal[encryption]").'
                )
            )
            self.passphrase.setEnabled(False)
            self.unlock_button.setEnabled(False)
            self.quit_button.setFocus()

    def try_unlock(self) -> None:
        self.gate.try_unlock()

    def _back(self) -> None:
        self.activateWindow()
        self.passphrase.setFocus()

    def _unlocked(self, key: bytes) -> None:
        self.key = key
        self.gate.succeeded()
        self.accept()

    def quit(self) -> None:
        super().reject()

    def reject(self) -> None:
        """Esc or the window's close button: ask first, so a stray key never quits the app."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Quit Recovery Journal?"),
            self.tr("Close Recovery Journal without opening your journal?"),
            parent=self,
        )
        box.setObjectName("quit_question")
        box.quit_button = box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.finished.connect(lambda: self.quit() if box.clickedButton() is box.quit_button else self._back())
        box.open()
        self.quit_question = box


class SetPassphraseDialog(QDialog):
    """Choose a new passphrase: typed twice, long enough, with the plain warning about forgetting it."""

    def __init__(self, title: str, parent: QWidget | None = None, staying: Sequence[Path] = ()) -> None:
        """``staying``: files in the journal folder that are not the app's, which stay unencrypted (listed)."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.first = password_field(self.tr("New passphrase"))
        self.second = password_field(self.tr("The same passphrase again"))
        warning = QLabel(QCoreApplication.translate("Passphrase", FORGOTTEN_WARNING))
        warning.setWordWrap(True)
        warning.setTextFormat(Qt.TextFormat.PlainText)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.first)
        form.addRow(self.tr("Again"), self.second)
        layout = QVBoxLayout(self)
        reason = cipher.unavailable()
        if reason is None:
            layout.addWidget(warning)
            self.staying = QLabel(
                self.tr(
                    "These files in your journal folder are not Recovery Journal's own, so they stay as they are, "
                    "unencrypted — move or delete them yourself if they hold private words:\n"
                )
                + "\n".join(f"  {path.name}" for path in staying)
            )
            self.staying.setObjectName("staying")
            self.staying.setWordWrap(True)
            self.staying.setTextFormat(Qt.TextFormat.PlainText)
            self.staying.setVisible(bool(staying))
            layout.addWidget(self.staying)
            layout.addLayout(form)
            layout.addWidget(self.problem)
        else:  # say why instead of offering fields that could only fail
            layout.addWidget(
                unavailable_label(
                    encryption_unavailable(reason)
                    + self.tr(
                        "\n\nYour journal is still kept only on this computer, in a folder only your account can open."
                    )
                )
            )
            buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
            self.setMinimumWidth(480)
        layout.addWidget(buttons)
        fit_to_screen(self)

    def passphrase(self) -> str:
        return self.first.text()

    def check(self) -> None:
        if len(self.first.text()) < MIN_PASSPHRASE:
            self.problem.setText(
                self.tr("Please use at least {MIN_PASSPHRASE} characters; a few words work well.").format(
                    MIN_PASSPHRASE=MIN_PASSPHRASE
                )
            )
        elif self.first.text() != self.second.text():
            self.problem.setText(self.tr("The two passphrases are different. Please type them again."))
        else:
            self.accept()
            return
        self.problem.show()


class RecoveryKeyDialog(QDialog):
    """The one-time recovery key, large and selectable, with a way to print it; it is never shown again."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recovery_key = recovery_key
        self.setWindowTitle(self.tr("Your recovery key"))
        intro = QLabel(
            self.tr("Write this recovery key down or print it, and keep it somewhere safe, away from this computer:")
        )
        intro.setWordWrap(True)
        self.key_label = QLabel(recovery_key, objectName="recoveryKey")
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.key_label.setFont(font)
        sized(self.key_label, Type.SECTION)
        note = QLabel(
            self.tr("It opens your journal if you forget your passphrase. This is the only time it is shown. ")
            + QCoreApplication.translate("Passphrase", FORGOTTEN_WARNING)
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.print_button = buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.done_button = buttons.addButton(self.tr("I have kept it safe"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.done_button.setDefault(True)
        self.print_button.clicked.connect(self.choose_printer)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        for widget in (intro, self.key_label, note, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(480)
        fit_to_screen(self)

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
            self.tr(
                "<h2>Recovery Journal — recovery key</h2><p style='font-family: monospace; font-size: "
                "18pt; white-space: pre'>{html}</p><p>This key opens your Recovery Journal if you forget "
                "your passphrase: type it where the app asks for your passphrase. Keep this paper "
                "somewhere safe and private; anyone who has it and your journal file could read your "
                "journal.</p>"
            ).format(html=html.escape(self.recovery_key))
        )
        document.print_(printer)


def show_recovery_key(parent: QWidget | None, recovery_key: str) -> RecoveryKeyDialog:
    return RecoveryKeyDialog(recovery_key, parent)


class LockSettingsDialog(QDialog):
    """How long the app waits, untouched, before it hides everything and asks for the passphrase again."""

    def __init__(self, minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lock after"))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 240)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.minutes.setSpecialValueText(self.tr("Never"))
        self.minutes.setValue(minutes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Lock when idle for"), self.minutes)
        form.addRow(buttons)
        fit_to_screen(self)
