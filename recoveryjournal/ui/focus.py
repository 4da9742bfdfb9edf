"""Tab follows what a person reads: helpers that put controls made after their page in their place in the Tab order.

Qt adds a new widget to the end of its window's focus chain, so a control built when data arrives (a card, a row of
suggestions) is reached last by Tab, wherever it is drawn. ``keep_in_place`` moves a container's controls to where
the container itself sits in the chain; ``set_reading_order`` chains whole parts of a page in the order given.

Walk the chain only through ``next_in_chain`` and ``previous_in_chain``. PySide6 makes the widget that
``nextInFocusChain()`` / ``previousInFocusChain()`` return a Python-side child of the widget asked (shiboken's
return-value heuristic), though it is no child in Qt. Left so, a walk ties every widget to the one before it in the
chain (the window to the last widget made); deleting that one later (a card rebuilt, the focus ring moving on) makes
PySide drop the Python wrappers of what Qt made under the others, and a text box's document held by Python is then
"already deleted" while the box is alive.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget
from shiboken6 import createdByPython


def takes_tab(widget: QWidget) -> bool:
    """Whether Tab can stop on ``widget`` itself (not a part of a spin box or combo box, which stops there).

    Not asked: ``focusProxy()`` (``setTabOrder`` follows proxies itself), as PySide6 6.11 may delete the widget a
    dropped ``focusProxy()`` result wrapped."""
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and not isinstance(
        widget.parentWidget(), (QAbstractSpinBox, QComboBox)
    )


def next_in_chain(widget: QWidget) -> QWidget:
    """The widget after ``widget`` in its window's focus chain, left with its real parent on the Python side."""
    return _owned_by_parent(widget.nextInFocusChain())


def previous_in_chain(widget: QWidget) -> QWidget:
    """The widget before ``widget`` in its window's focus chain, left with its real parent on the Python side."""
    return _owned_by_parent(widget.previousInFocusChain())


def _owned_by_parent(widget: QWidget) -> QWidget:
    """Give ``widget``'s Python wrapper back to its Qt parent, and that one's to its parent, up to a widget made in
    Python (whose wrapper lives as long as it does), so no wrapper hangs on one that may go first. For Qt this is no
    change at all: ``QWidget.setParent`` returns at once when the parent is the same, so nothing is hidden or
    re-flagged. A window Qt made itself stays as PySide left it."""
    child = widget
    while True:
        parent = child.parentWidget()
        if parent is None and not createdByPython(child):
            return widget
        QWidget.setParent(child, parent)
        if parent is None or createdByPython(parent):
            return widget
        child = parent


def chain_from(start: QWidget) -> list[QWidget]:
    """``start`` and every widget after it in its window's focus chain, once round."""
    widgets = [start]
    widget = next_in_chain(start)
    while widget is not start:
        widgets.append(widget)
        widget = next_in_chain(widget)
    return widgets


def controls(part: QWidget, chain: list[QWidget] | None = None) -> list[QWidget]:
    """``part`` and the widgets inside it that Tab stops on, in their present Tab order; ``chain`` is the window's
    focus chain (``chain_from``) when it was walked already."""
    chain = chain_from(part) if chain is None else chain
    at = next(index for index, widget in enumerate(chain) if widget is part)
    inside = [widget for widget in chain[at + 1 :] + chain[:at] if part.isAncestorOf(widget) and takes_tab(widget)]
    return [part, *inside] if takes_tab(part) else inside


def _chain(previous: QWidget | None, widgets: Iterable[QWidget]) -> QWidget | None:
    for widget in widgets:
        if previous is not None:
            QWidget.setTabOrder(previous, widget)
        previous = widget
    return previous


def set_reading_order(parts: Iterable[QWidget | None]) -> None:
    """Tab goes through ``parts`` in the order given (``None`` is skipped); inside each, its controls keep their
    order. The chain is walked once for all of them: chaining one part's controls leaves the others' order as it was."""
    parts = [part for part in parts if part is not None]
    if parts:
        chain = chain_from(parts[0])
        _chain(None, (widget for part in parts for widget in controls(part, chain)))


def keep_in_place(container: QWidget) -> None:
    """Put the controls inside ``container`` where it sits in the Tab order: call after filling it anew."""
    previous = previous_in_chain(container)
    while previous is not container and (container.isAncestorOf(previous) or not takes_tab(previous)):
        previous = previous_in_chain(previous)
    if previous is not container:
        _chain(previous, controls(container))
