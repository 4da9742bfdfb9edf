"""Changes a screen reader must hear, driven with real keys: a saved check-in (the status bar says and announces
it), help-now opening. A wrong passphrase is announced too (tests/test_unlock_keyboard.py)."""

from __future__ import annotations

from gui_keys import press_shortcut
from PySide6.QtCore import Qt

from recoveryjournal.ui.dialogs.checkin import CheckInDialog


def test_a_saved_check_in_and_help_now_opening_are_said_to_screen_readers(qtbot, window):
    press_shortcut(qtbot, window, Qt.Key.Key_K)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(CheckInDialog)))
    dialog = next(d for d in window.findChildren(CheckInDialog) if d.isVisible())
    qtbot.waitUntil(dialog.mood.hasFocus)
    qtbot.keyClick(dialog.mood, Qt.Key.Key_4)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.mood, Qt.Key.Key_Return)
    assert window.statusBar().accessibleDescription() == "Check-in saved."

    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    panel = window.help_now.panel
    qtbot.waitUntil(panel.isVisible)
    assert panel.accessibleDescription().startswith("Need help now is open.")
    panel.close_panel()
