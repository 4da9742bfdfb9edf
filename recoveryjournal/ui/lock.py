"""The app lock: an opaque overlay hides every page until the passphrase is typed again; without a passphrase, a
calm privacy screen that any key or click takes away.

Ctrl+Shift+L locks (or hides) from anywhere, dialogs included; a journal with a passphrase also locks after a chosen
idle time. Idle time is measured by an application-wide event filter (keys, clicks, wheel, mouse movement). While
locked, the filter swallows shortcuts and input meant for anything but the overlay and the help-now window, so nothing
behind it can be used. Other open windows (a check-in half typed, an export dialog, session review) are hidden behind
the lock, not closed, and come back as they were. The overlay shows the person's crisis line and a way to help-now
(F1), and nothing else of theirs, so help stays one glance away while everything else is locked.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from recoveryjournal.domain.crisis import CrisisLine
from recoveryjournal.ui.crisis import help_line_text
from recoveryjournal.ui.dialogs.passphrase import PassphraseGate
from recoveryjournal.ui.help_now import help_desk, is_help_key
from recoveryjournal.ui.look import Space, heading

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
# On the privacy screen (no passphrase), these bring everything back.
COME_BACK = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Shortcut}
# Menus, drop-down lists and tooltips close for good when the app locks; they hold nothing typed.
TRANSIENT = {Qt.WindowType.Popup, Qt.WindowType.ToolTip}
LOCK_KEY = (Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def is_lock_key(event: QEvent) -> bool:
    """Ctrl+Shift+L pressed, wherever the focus is."""
    if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
        return False
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return (event.key(), modifiers) == LOCK_KEY


class LockOverlay(QFrame):
    """Covers the whole window: a short message, the passphrase field (when there is a passphrase) and, below, the
    person's crisis line with a button to help-now."""

    COLUMN_WIDTH = 460

    def __init__(self, parent: QWidget, folder: Path, with_passphrase: bool) -> None:
        super().__init__(parent)
        self.setObjectName("lockOverlay")
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        title = heading(
            self.tr("Recovery Journal is locked") if with_passphrase else self.tr("Recovery Journal is hidden")
        )
        hint = QLabel(
            self.tr("Everything is hidden until you enter your passphrase or recovery key again.")
            if with_passphrase
            else self.tr("Everything is hidden. Press any key or click anywhere to come back.")
        )
        self.gate = PassphraseGate(folder) if with_passphrase else None
        self.help_line = QLabel(objectName="lockHelpLine")
        self.help_line.setTextFormat(Qt.TextFormat.PlainText)
        self.help_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.help_button = QPushButton(self.tr("Need help now (F1)"))
        self.help_button.setAutoDefault(False)
        self.help_button.clicked.connect(lambda: help_desk().request())
        column = QWidget()
        column.setFixedWidth(self.COLUMN_WIDTH)
        inner = QVBoxLayout(column)
        inner.setSpacing(Space.PAGE)
        for label in (title, hint, self.help_line):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        inner.addWidget(title)
        inner.addWidget(hint)
        if self.gate is not None:
            self.passphrase, self.problem, self.unlock_button = (
                self.gate.passphrase,
                self.gate.problem,
                self.gate.unlock_button,
            )
            self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.unlock_button.setMinimumWidth(160)
            inner.addWidget(self.gate)
            inner.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addSpacing(28)
        inner.addWidget(self.help_line)
        inner.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignHCenter)
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
    """Locks ``window`` on Ctrl+Shift+L and after ``minutes`` without input (0 = never); unlocks with the journal's
    passphrase. With ``key=None`` (no passphrase) it is the privacy screen: Ctrl+Shift+L only, and any key or click
    brings everything back.

    ``crisis_lines`` is asked at each lock, so a line the person changed a minute ago is the one shown.
    """

    def __init__(
        self,
        window: QWidget,
        folder: Path,
        key: bytes | None,
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
        self.overlay = LockOverlay(window, folder, with_passphrase=key is not None)
        if self.overlay.gate is not None:
            self.overlay.gate.unlocked.connect(self._unlocked_with)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(minutes if key is not None else 0)
        window.installEventFilter(self)
        QApplication.instance().installEventFilter(self)

    @property
    def privacy_screen(self) -> bool:
        return self._key is None

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
        if not self.locked:
            if is_lock_key(event):
                self.lock()
                return True
            if kind in ACTIVITY and self.minutes > 0:
                self.timer.start()
            return False
        if kind not in BLOCKED_WHILE_LOCKED or self._usable(watched) or is_help_key(event):
            return False
        if self.privacy_screen and kind in COME_BACK and watched is not self.overlay.help_button:
            self.unlock()
        return True

    def _usable(self, watched: QObject) -> bool:
        """What input may reach while locked: the overlay, help-now, and a window's own events (Qt hands each of
        those on to the widget it is for, which is checked then; swallowing them here would leave the passphrase
        field deaf to typing)."""
        if isinstance(watched, QWindow):
            return True
        inside = isinstance(watched, QWidget) and (watched is self.overlay or self.overlay.isAncestorOf(watched))
        if inside:
            return not self.privacy_screen or watched is self.overlay.help_button
        owner = watched if isinstance(watched, QWidget) else watched.parent()  # a shortcut belongs to its widget
        return help_desk().owns(owner)

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        help_desk().set_locked(True)
        self._hide_other_windows()
        self._window_was_hidden = not self.window.isVisible()
        self.window.show()
        self.overlay.setGeometry(self.window.rect())
        if self.overlay.gate is not None:
            self.overlay.gate.problem.hide()
        self.overlay.help_line.setText(help_line_text(self._crisis_lines()))
        self.overlay.show()
        self.overlay.raise_()
        self.window.activateWindow()
        (self.overlay.passphrase if self.overlay.gate is not None else self.overlay).setFocus()

    def _hide_other_windows(self) -> None:
        """Hide every other open window, so nothing in it shows (or blocks the passphrase field) while locked.

        A dialog shown with ``open()`` waits, hidden, with everything typed in it. A dialog running its own
        ``exec()`` loop would end the moment it is hidden, so it is answered "Cancel" on purpose instead: in this
        app those are short questions (a date in the future, a merge) with nothing typed, and cancelling is safe.
        The help-now window stays, showing only the breathing guide and the crisis line.
        """
        desk = help_desk()
        showing = [
            widget
            for widget in QApplication.topLevelWidgets()
            if widget.isVisible() and widget is not self.window and not desk.owns(widget)
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
        if self.overlay.gate is not None:
            self.overlay.gate.try_unlock()

    def _unlocked_with(self, key: bytes) -> None:
        if key != self._key:  # a key file of another journal, put in place while locked
            self.overlay.gate.wrong()
            return
        self.overlay.gate.succeeded()
        self.unlock()

    def unlock(self) -> None:
        self.locked = False
        self.overlay.hide()
        help_desk().set_locked(False)
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
