"""Long pages scroll as a whole: one frameless scroll area filling the page. Dialogs fit the screen they open on."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QLayout,
    QLayoutItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recoveryjournal.ui.look import page_layout

DECORATION = QSize(16, 48)
"""What a window manager takes around a window: its frame and title bar, and a little room to spare."""
TITLE_BAR_EXTRA = 150
"""Beside a window's title: its icon and the minimise, maximise and close buttons."""


def scroll_into(owner: QWidget, body: QWidget, name: str) -> QScrollArea:
    """Fill ``owner`` with a frameless scroll area showing ``body``, named ``name`` for screen readers (it takes the
    focus, so the keyboard can scroll what has no control to land on)."""
    scroll = QScrollArea()
    scroll.setAccessibleName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(body)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll


def screen_room(widget: QWidget) -> QSize:
    """The most a window of ``widget`` can take on its screen (or the primary screen), frame and title bar included."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() - DECORATION


def fit_to_screen(dialog: QWidget, preferred: QSize | None = None, footer: QWidget | None = None) -> QScrollArea:
    """Make ``dialog`` fit any screen from 1280×720 (or 1920×1080 at 200 %) up, at any text size.

    Its contents move into a scroll area and its buttons (``footer``, else its last button box or row of buttons)
    stay below, always in view; its margins and spacing are a page's (``look.page_layout``); it is wide enough
    for its own title; it opens at ``preferred`` (else its natural size), made smaller where the screen is.
    Call it at the end of the dialog's constructor.
    """
    from PySide6.QtCore import Qt  # here, not at import: Today's page imports this module before its first paint
    from PySide6.QtWidgets import QStyle

    layout = page_layout(dialog.layout())
    natural = dialog.sizeHint()
    kept = _take_footer(layout, footer)
    margins = layout.contentsMargins()
    body = QWidget()
    body.setObjectName("dialog_body")
    body.setLayout(layout)  # takes the layout, with every widget in it, from the dialog
    scroll = QScrollArea()
    scroll.setObjectName("dialog_scroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through the fields; the area follows the focus
    scroll.setWidget(body)
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(0)
    outer.addWidget(scroll, 1)
    if kept is not None:
        row = QVBoxLayout()
        row.setContentsMargins(margins.left(), margins.top() // 2, margins.right(), margins.bottom())
        _footer_last_in_tab_order(dialog, kept)
        row.addItem(kept)
        outer.addLayout(row)
    room = screen_room(dialog)
    title = QFontMetrics(dialog.font()).horizontalAdvance(dialog.windowTitle()) + TITLE_BAR_EXTRA
    dialog.setMinimumWidth(min(max(dialog.minimumWidth(), title), room.width()))
    footer_height = outer.itemAt(1).sizeHint().height() if kept is not None else 0
    contents = body.sizeHint() + QSize(0, footer_height)
    wanted = (
        (preferred or natural.expandedTo(contents)).expandedTo(dialog.minimumSizeHint()).expandedTo(QSize(title, 0))
    )
    # room for a scroll bar beside the contents (on a small screen, or at a large text size), so none shows below
    wanted += QSize(dialog.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 2, 0)
    dialog.resize(wanted.boundedTo(room))
    return scroll


def _footer_last_in_tab_order(dialog: QWidget, item: QLayoutItem) -> None:
    """Tab goes through the fields first, then the buttons, and the dialog opens on its first field, as before.

    A widget given a parent goes to the end of its window's tab order (``setTabOrder`` cannot move these buttons
    behind a field made of several widgets, such as a date field).
    """
    widgets = [item.widget()] if item.widget() is not None else []
    if item.layout() is not None:
        widgets = [item.layout().itemAt(i).widget() for i in range(item.layout().count())]
    for widget in widgets:
        if widget is not None:
            widget.setParent(None)
            widget.setParent(dialog)


def _take_footer(layout: QLayout, footer: QWidget | None) -> QLayoutItem | None:
    if footer is None:
        from PySide6.QtWidgets import QDialogButtonBox  # only dialogs need its type: ~1.5 ms at Today's first paint

        boxes = layout.parentWidget().findChildren(QDialogButtonBox)
        footer = boxes[-1] if boxes else None
    if footer is not None:
        return _take(layout, footer)
    last = layout.itemAt(layout.count() - 1)
    if last is not None and last.layout() is not None and _has_push_buttons(last.layout()):
        return layout.takeAt(layout.count() - 1)
    return None


def _take(layout: QLayout, widget: QWidget) -> QLayoutItem | None:
    """Remove ``widget``'s item from ``layout`` or any layout inside it."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is widget:
            return layout.takeAt(index)
        if item.layout() is not None:
            taken = _take(item.layout(), widget)
            if taken is not None:
                return taken
    return None


def _has_push_buttons(layout: QLayout) -> bool:
    return any(isinstance(layout.itemAt(i).widget(), QPushButton) for i in range(layout.count()))
