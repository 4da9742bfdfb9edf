"""The theme check: every page, dialog, the export preview, session review and help-now, rendered offscreen in light
and in dark, shows every text in colours that meet WCAG AA against what is behind it (4.5:1; 3:1 for large text).

The text's colour comes from each widget's effective palette (which a style sheet's ``color`` sets) and from the
colours written into rich text and documents; the background is what the window really shows behind the widget.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from dialog_catalogue import dialog_factories, session_review
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from recoveryjournal.ui import theme
from recoveryjournal.ui.pages import PAGES

INLINE_PALETTE = re.compile(r"(?<![-\w])color\s*:\s*palette\(([a-z-]+)\)")
INLINE_COLOUR = re.compile(r"(?<![-\w])color\s*:\s*(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})")


def palette_roles(text: str) -> list[QPalette.ColorRole]:
    """The roles of ``color: palette(mid)`` and the like in rich text, which Qt draws from the widget's palette."""
    names = INLINE_PALETTE.findall(text)
    return [getattr(QPalette.ColorRole, "".join(part.title() for part in name.split("-"))) for name in names]


def background(widget: QWidget, shot: QImage, top: QWidget) -> QColor | None:
    """The colour painted behind ``widget``'s text: the commonest colour of its visible part in ``shot`` (a grab of
    ``top``), so a style sheet's background, a transparent layer or a paper page count as they look."""
    area = widget.visibleRegion().boundingRect()
    if area.isEmpty():
        return None
    area.moveTopLeft(widget.mapTo(top, area.topLeft()))
    if area.width() > 12 and area.height() > 12:
        area = area.adjusted(4, 4, -4, -4)  # inside a button's or a field's frame
    area = area.intersected(shot.rect())
    if area.isEmpty():
        return None
    step_x, step_y = max(1, area.width() // 24), max(1, area.height() // 12)
    pixels = [
        shot.pixelColor(x, y)
        for x in range(area.left(), area.right() + 1, step_x)
        for y in range(area.top(), area.bottom() + 1, step_y)
    ]
    # a button's gradient is many colours close together: count them together, by shades of 8
    counts = Counter((c.red() // 8, c.green() // 8, c.blue() // 8) for c in pixels)
    shade = counts.most_common(1)[0][0]
    return next(c for c in pixels if (c.red() // 8, c.green() // 8, c.blue() // 8) == shade)


def text_of(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    if isinstance(widget, QLineEdit):
        return widget.text() or widget.placeholderText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QTextEdit):
        return widget.toHtml() if widget.toPlainText().strip() else ""
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText() or widget.placeholderText()
    return ""


def foreground(widget: QWidget) -> QColor:
    if isinstance(widget, QAbstractItemView | QTextEdit | QPlainTextEdit):
        return widget.viewport().palette().color(QPalette.ColorRole.Text)
    if isinstance(widget, QLineEdit) and not widget.text():
        return widget.palette().color(QPalette.ColorRole.PlaceholderText)
    return widget.palette().color(widget.foregroundRole())


def large(widget: QWidget) -> bool:
    font = widget.font()
    return font.pointSizeF() >= 18 or (font.pointSizeF() >= 14 and font.bold())


def problems_in(root: QWidget, where: str) -> list[str]:
    found = []
    shot = root.grab().toImage()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or not widget.isEnabled():
            continue  # WCAG leaves disabled controls out
        text = text_of(widget)
        if not text.strip() and not isinstance(widget, QAbstractItemView):
            continue
        behind = background(widget, shot, root)
        if behind is None:
            continue
        need = theme.AA_LARGE_TEXT if large(widget) else theme.AA_TEXT
        colours = [foreground(widget)]
        colours += [QColor(code) for code in INLINE_COLOUR.findall(text)]
        colours += [widget.palette().color(role) for role in palette_roles(text)]
        for colour in colours:
            ratio = theme.contrast(colour, behind)
            if ratio < need:
                name = widget.objectName() or type(widget).__name__
                found.append(
                    f"{where}: {name} “{text[:40]}” {colour.name()} on {behind.name()} is {ratio:.2f}:1 (needs {need})"
                )
    return found


@pytest.fixture
def appearance(qapp):
    yield qapp
    theme.apply_appearance(qapp, "system", 100)


def test_every_page_and_dialog_is_readable_in_light_and_dark(demo_window, qtbot, appearance):
    """Each window is built once and checked in both themes: switching theme also reaches windows already open."""
    windows = {}
    for title, make in {**dialog_factories(demo_window), "session review": lambda: session_review(demo_window)}.items():
        windows[title] = make()
        qtbot.addWidget(windows[title])
    problems = []
    for name in ("light", "dark"):
        theme.apply_appearance(appearance, name, 100)
        for spec in PAGES:
            demo_window.show_page(spec.key)
            qtbot.wait(0)
            problems += problems_in(demo_window, f"{name} {spec.title}")
        for title, window in windows.items():
            window.show()
            qtbot.waitExposed(window)
            problems += problems_in(window, f"{name} {title}")
            window.hide()
    assert problems == []
