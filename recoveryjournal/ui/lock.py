"""The app lock: after a chosen idle time an opaque overlay hides every page until the passphrase is typed again.

Idle time is measured by an application-wide event filter (keys, clicks, wheel, mouse movement). While locked, the
filter swallows shortcuts and input meant for anything but the overlay, so nothing behind it can be used. Other open
windows (a check-in half typed, an export dialog, session review) are hidden behind the lock, not closed, and come back
as they were after unlocking. The overlay shows the person's crisis line, and nothing else of theirs, so help stays one
glance away while everything else is locked.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from recoveryjournal.domain.crisis import CrisisLine
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
# Menus, drop-down lists and tooltips close for good when the app locks; they hold nothing typed.
TRANSIENT = {Qt.WindowType.Popup, Qt.WindowType.ToolTip}


def help_line_text(lines: list[CrisisLine]) -> str:
    """One calm sentence with the crisis line: its number when there is one, otherwise what to do."""
    parts = [f"{line.name}: {line.number}" if line.number else f"{line.name}. {line.note}" for line in lines]
    return "Need to talk to someone right now? " + " · ".join(parts)


class LockOverlay(QFrame):
    """Covers the whole window: a short message, the passphrase field and, below it, the person's crisis line."""

    COLUMN_WIDTH = 460

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockOverlay")
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        title = QLabel("Recovery Journal is locked")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        hint = QLabel("Everything is hidden until you enter your passphrase again.")
        self.passphrase = password_field("Passphrase or recovery key")
        self.problem = QLabel()
        self.unlock_button = QPushButton("Unlock")
        self.unlock_button.setMinimumWidth(160)
        self.help_line = QLabel(objectName="lockHelpLine")
        self.help_line.setTextFormat(Qt.TextFormat.PlainText)
        self.help_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QWidget()
        column.setFixedWidth(self.COLUMN_WIDTH)
        inner = QVBoxLayout(column)
        inner.setSpacing(10)
        for widget in (title, hint, self.passphrase, self.problem):
            inner.addWidget(widget)
        for label in (title, hint, self.problem, self.help_line):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        inner.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addSpacing(28)
        inner.addWidget(self.help_line)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.hide()


class IdleLock(QObject):
    """Locks ``window`` after ``minutes`` without input (0 = never); unlocks with the journal's passphrase.

    ``crisis_lines`` is asked at each lock, so a line the person changed a minute ago is the one shown.
    """

    def __init__(
        self,
        window: QWidget,
        folder: Path,
        key: bytes,
        minutes: float,
        crisis_lines: Callable[[], list[CrisisLine]],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.folder = folder
        self._key = key
        self._crisis_lines = crisis_lines
        self._hidden: list[QWidget] = []
        self._window_was_hidden = False
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
        self._hide_other_windows()
        self._window_was_hidden = not self.window.isVisible()
        self.window.show()
        self.overlay.setGeometry(self.window.rect())
        self.overlay.problem.clear()
        self.overlay.help_line.setText(help_line_text(self._crisis_lines()))
        self.overlay.show()
        self.overlay.raise_()
        self.window.activateWindow()
        self.overlay.passphrase.setFocus()

    def _hide_other_windows(self) -> None:
        """Hide every other open window, so nothing in it shows (or blocks the passphrase field) while locked.

        A dialog shown with ``open()`` waits, hidden, with everything typed in it. A dialog running its own
        ``exec()`` loop would end the moment it is hidden, so it is answered "Cancel" on purpose instead: in this
        app those are short questions (a date in the future, a merge) with nothing typed, and cancelling is safe.
        """
        showing = [
            widget for widget in QApplication.topLevelWidgets() if widget.isVisible() and widget is not self.window
        ]
        self._hidden = []
        for widget in showing:
            if widget.windowType() in TRANSIENT:
                widget.close()
            elif isinstance(widget, QDialog) and widget.windowModality() == Qt.WindowModality.ApplicationModal:
                widget.reject()
            else:
                widget.hide()
                self._hidden.append(widget)
        self._hidden.sort(key=_window_depth)

    def _show_hidden_windows(self) -> None:
        """Bring back what was hidden at lock time, parents first so a question stays above its dialog."""
        if self._window_was_hidden:
            self.window.hide()
        for widget in self._hidden:
            if shiboken6.isValid(widget):
                widget.show()
        if self._hidden and shiboken6.isValid(self._hidden[-1]):
            self._hidden[-1].activateWindow()
        self._hidden = []

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
        self._show_hidden_windows()
        self.set_minutes(self.minutes)

    def remove(self) -> None:
        QApplication.instance().removeEventFilter(self)
        self.window.removeEventFilter(self)
        self.timer.stop()


def _window_depth(widget: QWidget) -> int:
    """How many windows ``widget`` sits on top of: a dialog's own question counts one more than the dialog."""
    depth, parent = 0, widget.parentWidget()
    while parent is not None:
        depth += parent.isWindow()
        parent = parent.parentWidget()
    return depth
