"""One type scale and one spacing system for every page: a few named sizes instead of numbers picked page by page.

Type sizes are multiples of the person's text size, so Settings → text size scales them all; spacings are pixels
of layout. Colours are not here: they come from the palette (``ui.theme``).
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGroupBox, QLabel, QLayout, QWidget

L = TypeVar("L", bound=QLayout)


class Type:
    """Font sizes, as multiples of the text size."""

    PAGE = 1.8
    """A page's title (Today's date, "Reflect", "My plan"…)."""
    SECTION = 1.2
    """A heading inside a page ("Sober days", "Latest journal entries")."""
    FIGURE = 2.6
    """A number read at a glance (the days on a sobriety card)."""
    LABEL = 1.0
    """A heading over one part of a section ("Your top triggers" in My plan's first section)."""
    SMALL = 0.8
    """A note beside the main text (review mode's position line)."""
    READING = 2.0
    """Text read together across a desk (session review): its other sizes are this times PAGE, SECTION or SMALL."""


class Space:
    """Spacing between things, in pixels."""

    TIGHT = 4
    """Inside one control: a label and its field, buttons of one scale."""
    SMALL = 8
    """Between the parts of one card or group."""
    MEDIUM = 12
    """Between cards of a column."""
    COLUMN = 24
    """Between the columns of a page."""
    PAGE = 12
    """Round a page or a dialog, and between its sections."""


def heading(text: str, size: float = Type.SECTION) -> QLabel:
    """A heading: plain text in a larger bold font (rich text would build a text document for each, ~1 ms)."""
    label = QLabel(text)
    sized(label, size, bold=True)
    label.setProperty("textFormat", "PlainText")  # by name: Qt's enum namespace costs Today's start ~15 ms
    return label


def section(title: str) -> QGroupBox:
    """A titled group on a page or in a dialog, its title the size and weight of a ``heading``.

    A style sheet, not ``setFont``: a group box's font would pass to everything inside it, a style sheet's does not.
    """
    from recoveryjournal.ui import theme

    box = QGroupBox(title)
    theme.follow(
        box, lambda: box.setStyleSheet(f"QGroupBox {{ font-size: {_size(Type.SECTION)}pt; font-weight: bold; }}")
    )
    return box


def _size(size: float) -> str:
    """A ``Type`` size in points, unrounded (as ``sized`` makes it), for a style sheet."""
    from PySide6.QtWidgets import QApplication

    return f"{QApplication.font().pointSizeF() * size:g}"


def page_layout(layout: L) -> L:
    """The outer layout of a page or a dialog: its margins and the space between its sections, the same everywhere."""
    layout.setContentsMargins(Space.PAGE, Space.PAGE, Space.PAGE, Space.PAGE)
    layout.setSpacing(Space.PAGE)
    layout.setObjectName("page_layout")
    return layout


def page_heading(text: str) -> QLabel:
    """The title at the top of a page, the same size and weight on every page."""
    label = heading(text, Type.PAGE)
    label.setObjectName("page_heading")
    return label


def points(size: float) -> int:
    """A ``Type`` size in points, for rich text and style sheets; it follows the text size through ``ui.theme``."""
    from recoveryjournal.ui import theme

    return theme.points(size * theme.base_point_size())


def rich_style(size: float, bold: bool = False) -> str:
    """A ``Type`` size (and weight) as a style for rich text, in place of ``<h3>`` or ``<small>`` (sized by Qt)."""
    style = f"font-size:{points(size)}pt"
    return style + ";font-weight:600" if bold else style


def sized(label: QWidget, size: float, bold: bool = False) -> None:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * size)
    font.setBold(bold)
    label.setFont(font)
