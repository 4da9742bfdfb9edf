"""Every dialog fits a laptop screen with its buttons in view: 1280×720 and 1366×768 at 100 %, 1920×1080 at 200 %
(960×540 in logical pixels, the smallest of them), and 1280×720 with the app's own text size at 200 %."""

from __future__ import annotations

import pytest
from dialog_catalogue import dialog_factories
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QLineEdit, QPushButton, QStyle, QWidget

from recoveryjournal.ui import theme
from recoveryjournal.ui.widgets.scrolling import DECORATION

SMALLEST_SCREEN = QSize(960, 540)  # 1920×1080 at 200 %; 1280×720 and 1366×768 at 100 % are larger
LAPTOP = QSize(1280, 720)


def fits(size: QSize, room: QSize) -> bool:
    return size.width() <= room.width() and size.height() <= room.height()


def shown_rect(widget: QWidget, top: QWidget) -> QRect:
    """The part of ``widget`` that can be seen in ``top``: clipped by every scroll area it sits in."""
    rect = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            viewport = parent.viewport()
            rect = rect.intersected(QRect(viewport.mapTo(top, viewport.rect().topLeft()), viewport.size()))
        parent = parent.parentWidget()
    return rect.intersected(top.rect())


def footer_buttons(dialog: QWidget) -> list[QPushButton]:
    """The buttons that end the dialog: those below its scroll area (none for a window that scrolls as a whole)."""
    scroll = dialog.findChild(QAbstractScrollArea, "dialog_scroll")
    buttons = [button for button in dialog.findChildren(QPushButton) if button.isVisibleTo(dialog)]
    return [button for button in buttons if scroll is not None and not scroll.isAncestorOf(button)]


def in_view(button: QPushButton, dialog: QWidget) -> bool:
    return shown_rect(button, dialog) == QRect(button.mapTo(dialog, button.rect().topLeft()), button.size())


def problems_at(window, qtbot, screen: QSize) -> list[str]:
    room = screen - DECORATION
    problems = []
    for name, make in dialog_factories(window).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        needed = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        if not fits(needed, room):
            problems.append(
                f"{name}: needs at least {needed.width()}×{needed.height()}, the screen has room for "
                f"{room.width()}×{room.height()}"
            )
        if not fits(dialog.size(), dialog.screen().availableGeometry().size()):
            problems.append(f"{name}: opens at {dialog.width()}×{dialog.height()}, larger than its screen")
        title = QFontMetrics(dialog.font()).horizontalAdvance(dialog.windowTitle())
        if dialog.width() < title:
            problems.append(f"{name}: {dialog.width()} wide cuts its title ({title})")
        dialog.resize(room.boundedTo(dialog.maximumSize()).expandedTo(dialog.minimumSize()))
        QApplication.processEvents()
        scroll = dialog.findChild(QAbstractScrollArea, "dialog_scroll")
        if scroll is not None and scroll.horizontalScrollBar().isVisible():
            problems.append(f"{name}: scrolls sideways")
        buttons = footer_buttons(dialog)
        problems += [
            f"{name}: button “{button.text()}” is not wholly in view"
            for button in buttons
            if not in_view(button, dialog)
        ]
        if not any(in_view(button, dialog) for button in dialog.findChildren(QPushButton) if button.isVisible()):
            problems.append(f"{name}: no button in view")
        dialog.hide()
        dialog.deleteLater()
    return problems


@pytest.fixture
def appearance(qapp):
    yield qapp
    theme.apply_appearance(qapp, "system", 100)


def test_every_dialog_fits_the_smallest_screen_and_a_laptop_at_twice_the_text_size(window, qtbot, appearance):
    assert problems_at(window, qtbot, SMALLEST_SCREEN) == []
    theme.apply_appearance(appearance, "system", 200)
    assert problems_at(window, qtbot, LAPTOP) == []


def test_the_main_window_can_be_made_small_enough_for_the_smallest_screen(window):
    for key in ("today", "insights", "plan"):
        window.show_page(key)
        assert fits(window.minimumSize().expandedTo(window.minimumSizeHint()), SMALLEST_SCREEN - DECORATION), key


def _whole(widget: QWidget, text: str) -> bool:
    """Whether ``text`` fits the room ``widget`` gives its text: a text box's frame and inner margins taken off."""
    room = widget.contentsRect().width()
    if isinstance(widget, QLineEdit):
        frame = widget.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, widget)
        margins = widget.textMargins()
        room -= 2 * frame + 4 + margins.left() + margins.right()  # QLineEdit keeps 2 px either side of its text
    return widget.fontMetrics().horizontalAdvance(text) <= room


def test_the_summary_dialog_and_every_date_and_time_field_are_whole_at_twice_the_text_size(window, qtbot, appearance):
    """At 200 % text on 1280×720 and on 960×540: the summary dialog does not scroll sideways (its period folds onto
    two lines and its preview goes below its choices), and the dates in it, the lapse dialog's and the check-in's
    "When", Treatment's session time and the check-in's "Triggers" show their whole text."""
    theme.apply_appearance(appearance, "light", 200)
    factories = dialog_factories(window)
    session_when = window.show_page("treatment").session_when.edit
    for screen in (LAPTOP, SMALLEST_SCREEN):
        room = screen - DECORATION
        window.resize(room)
        QApplication.processEvents()
        assert _whole(session_when, session_when.text()), (screen, session_when.text())
        for name in ("export summary", "lapse", "check-in"):
            dialog = factories[name]()
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            dialog.resize(room.boundedTo(dialog.maximumSize()).expandedTo(dialog.minimumSize()))
            QApplication.processEvents()
            scroll = dialog.findChild(QAbstractScrollArea, "dialog_scroll")
            assert not scroll.horizontalScrollBar().isVisible(), (screen, name)
            boxes = [edit for edit in dialog.findChildren(QLineEdit) if edit.isVisible() and edit.text()]
            assert boxes, name
            for edit in boxes:
                assert _whole(edit, edit.text()), (screen, name, edit.objectName(), edit.text())
            labels = [label for label in dialog.findChildren(QLabel) if label.isVisible() and label.buddy()]
            for label in labels:
                assert _whole(label, label.text().replace("&", "")), (screen, name, label.text())
            dialog.hide()
            dialog.deleteLater()
