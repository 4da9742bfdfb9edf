"""Tab follows what a person reads: helpers that put controls made after their page in their place in the Tab order.

Qt adds a new widget to the end of its window's focus chain, so a control built when data arrives (a card, a row of
suggestions) is reached last by Tab, wherever it is drawn. ``keep_in_place`` moves a container's controls to where
the container itself sits in the chain; ``set_reading_order`` chains whole parts of a page in the order given.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget


def takes_tab(widget: QWidget) -> bool:
    """Whether Tab can stop on ``widget`` itself (not a part of a spin box or combo box, which stops there).

    Not asked: ``focusProxy()`` (``setTabOrder`` follows proxies itself), as PySide6 6.11 may delete the widget a
    dropped ``focusProxy()`` result wrapped."""
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and not isinstance(
        widget.parentWidget(), (QAbstractSpinBox, QComboBox)
    )


def controls(part: QWidget) -> list[QWidget]:
    """``part`` and the widgets inside it that Tab stops on, in their present Tab order."""
    found = [part] if takes_tab(part) else []
    widget = part.nextInFocusChain()
    while widget is not part:
        if part.isAncestorOf(widget) and takes_tab(widget):
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def _chain(previous: QWidget | None, widgets: Iterable[QWidget]) -> QWidget | None:
    for widget in widgets:
        if previous is not None:
            QWidget.setTabOrder(previous, widget)
        previous = widget
    return previous


def set_reading_order(parts: Iterable[QWidget | None]) -> None:
    """Tab goes through ``parts`` in the order given (``None`` is skipped); inside each, its controls keep their
    order."""
    _chain(None, (widget for part in parts if part is not None for widget in controls(part)))


def keep_in_place(container: QWidget) -> None:
    """Put the controls inside ``container`` where it sits in the Tab order: call after filling it anew."""
    previous = container.previousInFocusChain()
    while previous is not container and (container.isAncestorOf(previous) or not takes_tab(previous)):
        previous = previous.previousInFocusChain()
    if previous is not container:
        _chain(previous, controls(container))
