"""Side-by-side columns that stack into one when the page is too narrow for both.

At 200 % text or 2× scaling on a 1280×720 screen a page is about 960 px wide: two columns whose minimum widths do not
fit beside each other would push a horizontal scroll bar onto the page. ``Columns`` puts the second under the first
instead, and back beside it when there is room again.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QBoxLayout, QLayout, QWidget

from recoveryjournal.ui.look import Space


class ColumnsLayout(QBoxLayout):
    """Chooses beside or below each time it lays the columns out, before placing them.

    A layout, not ``resizeEvent``: Today paints its first time without handing Python an event, whose type PySide6
    builds with its 179-member enum (~4 ms at start).
    """

    def __init__(self, columns: Columns) -> None:
        super().__init__(QBoxLayout.Direction.LeftToRight, columns)
        self.columns = columns

    def setGeometry(self, rect: QRect) -> None:
        self.columns.arrange(rect.width())
        super().setGeometry(rect)


class Columns(QWidget):
    """Two columns, ``first`` on the left (or on top) and ``second`` on the right (or below), stretched ``stretch``."""

    def __init__(self, first: QLayout, second: QLayout, stretch: tuple[int, int] = (1, 1)) -> None:
        super().__init__()
        self.parts = (QWidget(objectName="first_column"), QWidget(objectName="second_column"))
        for part, layout in zip(self.parts, (first, second), strict=True):
            layout.setContentsMargins(0, 0, 0, 0)
            part.setLayout(layout)
        self.box = ColumnsLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(Space.COLUMN)
        for part, share in zip(self.parts, stretch, strict=True):
            self.box.addWidget(part, share)

    def side_by_side_width(self) -> int:
        """The least width in which both columns fit beside each other."""
        return sum(part.minimumSizeHint().width() for part in self.parts) + self.box.spacing()

    def stacked(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.TopToBottom

    def minimumSizeHint(self) -> QSize:
        """As narrow as the wider column: below the width of both, they stack."""
        hint = super().minimumSizeHint()
        return QSize(max(part.minimumSizeHint().width() for part in self.parts), hint.height())

    def arrange(self, width: int) -> None:
        direction = (
            QBoxLayout.Direction.TopToBottom if width < self.side_by_side_width() else QBoxLayout.Direction.LeftToRight
        )
        if direction != self.box.direction():
            self.box.setDirection(direction)
            self.updateGeometry()
