"""The app lock: after a chosen idle time an opaque overlay hides every page until the passphrase is typed again.

Idle time is measured by an application-wide event filter (keys, clicks, wheel, mouse movement). While locked, the
filter swallows shortcuts and input meant for anything but the overlay, so nothing behind it can be used.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from recoveryjournal.store import crypto
from recoveryjournal.store.errors import WrongPassphraseError
from recoveryjournal.ui.dialogs.passphrase import password_field

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
BLOCKED_WHILE_LOCKED = ACTIVITY | {
    QEvent.Type.Shortcut,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.KeyRelease,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
}


class LockOverlay(QFrame):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockOverlay")
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        title = QLabel("Recovery Journal is locked")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        hint = QLabel("Your journal is hidden while you were away. Enter your passphrase to carry on.")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        self.passphrase = password_field("Passphrase or recovery key")
        self.passphrase.setMaximumWidth(360)
        self.problem = QLabel()
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton("Unlock")
        self.unlock_button.setMaximumWidth(160)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, hint, self.passphrase, self.problem, self.unlock_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.hide()


class IdleLock(QObject):
    """Locks ``window`` after ``minutes`` without input (0 = never); unlocks with the journal's passphrase."""

    def __init__(self, window: QWidget, folder: Path, key: bytes, minutes: float) -> None:
        super().__init__(window)
        self.window = window
        self.folder = folder
        self._key = key
        self.locked = False
        self.overlay = LockOverlay(window)
        self.overlay.passphrase.returnPressed.connect(self.try_unlock)
        self.overlay.unlock_button.clicked.connect(self.try_unlock)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(minutes)
        window.installEventFilter(self)
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: float) -> None:
        self.minutes = minutes
        self.timer.stop()
        if minutes > 0:
            self.timer.setInterval(int(minutes * 60_000))
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.window and kind == QEvent.Type.Resize:
            self.overlay.setGeometry(self.window.rect())
        if self.locked:
            return kind in BLOCKED_WHILE_LOCKED and not self._inside_overlay(watched)
        if kind in ACTIVITY and self.minutes > 0:
            self.timer.start()
        return False

    def _inside_overlay(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and (watched is self.overlay or self.overlay.isAncestorOf(watched))

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        self.overlay.setGeometry(self.window.rect())
        self.overlay.problem.clear()
        self.overlay.show()
        self.overlay.raise_()
        self.overlay.passphrase.setFocus()

    def try_unlock(self) -> None:
        try:
            key = crypto.unlock(self.folder, self.overlay.passphrase.text())
        except WrongPassphraseError:
            key = None
        self.overlay.passphrase.clear()
        if key != self._key:
            self.overlay.problem.setText("Wrong passphrase. Please try again.")
            return
        self.locked = False
        self.overlay.hide()
        self.set_minutes(self.minutes)

    def remove(self) -> None:
        QApplication.instance().removeEventFilter(self)
        self.window.removeEventFilter(self)
        self.timer.stop()
