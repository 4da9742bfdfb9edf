"""The mouse wheel scrolls the page; it changes a value only in the field the person is working in.

A spin box, date edit, slider or combo box without focus lets the wheel pass on to the scroll area around it, so
scrolling down My plan never turns "open Need help now after a craving of 8" into 1. Such fields no longer take focus
from the wheel either (a click or Tab gives it). The app-wide input filter (``ui.widgets.safe_text``) calls these two
functions, so this costs no second filter on every event.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

GUARDED = (QAbstractSpinBox, QAbstractSlider, QComboBox)


def guarded(widget: QObject) -> bool:
    return isinstance(widget, GUARDED) and not isinstance(widget, QScrollBar)


def no_wheel_focus(widget: QObject) -> None:
    """A guarded field takes focus from a click or Tab, never from the wheel passing over it."""
    if guarded(widget) and widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def pass_wheel_on(watched: QObject, event: QEvent) -> bool:
    """For a wheel event on an unfocused guarded field: hand it to the scroll area around it; True means handled."""
    if not guarded(watched) or watched.hasFocus():
        return False
    area = _scroll_area_around(watched)
    if area is not None:
        QApplication.sendEvent(area.viewport(), event)
        event.accept()
    else:
        event.ignore()  # nothing to scroll: the window's own parents may use it
    return True


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not guarded(parent):
            return parent
        parent = parent.parentWidget()
    return None


def guard_existing(app: QApplication) -> None:
    """Fields built before the filter was installed (the first page, painted early)."""
    for widget in app.allWidgets():
        no_wheel_focus(widget)
