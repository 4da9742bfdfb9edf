"""Pressing keys the way a person does: a window shortcut only once the window is the active one; keys typed to a
window the way the platform delivers them (``press``, ``type_text``): through Qt's shortcut map and modality checks,
and only then to the focused widget. (``qtbot.keyClick(widget, …)`` hands the event straight to a widget, which skips
exactly the steps where a modal dialog or an application-wide filter can swallow a key.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def press_shortcut(qtbot, window, key: Qt.Key, modifier=Qt.KeyboardModifier.ControlModifier) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.focusWidget() or window, key, modifier)


def press(window: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(window.window().windowHandle(), key, modifier)


def type_text(window: QWidget, text: str) -> None:
    for character in text:
        QTest.keyClick(window.window().windowHandle(), character)


def active(qtbot, window: QWidget) -> None:
    """Wait until ``window`` is the active window, as it is once a person is looking at it."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def retype(qtbot, field, text: str) -> None:
    """Replace what a typed-date field (``DateField``, ``DateTimeField``) holds by typing ``text`` key by key, then
    leave it with Tab, as a person does (leaving is what makes the field count as done: ``committed``)."""
    field.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is field.window())
    field.edit.setFocus()
    qtbot.waitUntil(field.edit.hasFocus)
    qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)


def moment_text(moment) -> str:
    """A moment as a person types it: "15 Oct 2026 14:30"."""
    month = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")[moment.month - 1]
    return f"{moment.day} {month} {moment.year} {moment.hour:02d}:{moment.minute:02d}"
