"""The chart canvas by keyboard: arrow keys walk the chart's targets (bars, squares, days) in reading order with a
visible mark, each one's exact values shown as a tooltip and said to screen readers; Enter lists what lies behind it,
as a click does."""

from __future__ import annotations

from collections.abc import Callable

from matplotlib.patches import Rectangle
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QScrollArea, QToolTip, QWidget

from recoveryjournal.charts.style import Placed, Target, targets_in_order
from recoveryjournal.ui.announce import announce

SUMMARY_LENGTH = 12
"""How many of a chart's values its accessible description lists."""
NEXT = (Qt.Key.Key_Right, Qt.Key.Key_Down)
PREVIOUS = (Qt.Key.Key_Left, Qt.Key.Key_Up)


class ChartKeys(QObject):
    """Watches ``canvas`` (a matplotlib Qt canvas): ``choose(target)`` runs on Enter over a target with a selection."""

    def __init__(self, canvas: QWidget, choose: Callable[[Target], None]) -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self.choose = choose
        self.placed: list[Placed] | None = None
        self.index = -1
        self.mark: Rectangle | None = None
        canvas.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        canvas.installEventFilter(self)

    def targets(self) -> list[Placed]:
        if self.placed is None:
            self.placed = targets_in_order(self.canvas.figure)
        return self.placed

    def summary(self) -> str:
        """A short list of the chart's values, for a screen reader arriving at the chart."""
        tips = [placed.target.tip.replace("\n", ", ") for placed in self.targets()]
        if not tips:
            return ""
        text = "; ".join(tips[:SUMMARY_LENGTH])
        more = len(tips) - SUMMARY_LENGTH
        if more > 0:
            text += "; " + self.tr("and %n more", "", more)
        return self.tr("Arrow keys move between the values, Enter lists what is behind one. {values}").format(
            values=text
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            self.canvas.setAccessibleDescription(self.summary())
        elif kind == QEvent.Type.FocusOut:
            self.unmark()
        elif kind == QEvent.Type.Resize:
            self.placed = None  # sampled afresh at the new size; the order of the targets stays
        elif kind == QEvent.Type.KeyPress:
            return self.key(event.key())
        return False

    def key(self, key: int) -> bool:
        targets = self.targets()
        if not targets:
            return False
        if key in NEXT or key in PREVIOUS:
            step = 1 if key in NEXT else -1
            self.go(max(0, min(len(targets) - 1, self.index + step)) if self.index >= 0 else 0)
            return True
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self.go(0 if key == Qt.Key.Key_Home else len(targets) - 1)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and 0 <= self.index < len(targets):
            target = targets[self.index].target
            if target.selection is not None:
                self.choose(target)
            return True
        return False

    def go(self, index: int) -> None:
        """Mark target ``index``, show its values and say them."""
        self.index = index
        placed = self.targets()[index]
        x0, y0, x1, y1 = placed.box
        self.unmark(draw=False)
        colour = self.canvas.palette().color(QPalette.ColorRole.Highlight).name()
        self.mark = Rectangle(
            (x0, y0), x1 - x0, y1 - y0, transform=placed.ax.transAxes, fill=False, edgecolor=colour, linewidth=2.5
        )
        self.mark.set_clip_on(False)
        self.mark.set_zorder(10)
        placed.ax.add_artist(self.mark)
        self.canvas.draw_idle()
        tip = placed.target.tip
        self.canvas.setToolTip(tip)
        px, py = placed.ax.transAxes.transform(((x0 + x1) / 2, y1))
        ratio = self.canvas.devicePixelRatioF() or 1.0
        at = QPoint(int(px / ratio), int((self.canvas.figure.bbox.height - py) / ratio))
        self.bring_into_view(at, round((y1 - y0) * placed.ax.bbox.height / ratio))
        QToolTip.showText(self.canvas.mapToGlobal(at), tip, self.canvas)
        announce(self.canvas, tip)

    def bring_into_view(self, top: QPoint, height: int) -> None:
        """Scroll a chart taller than its window so the marked target (``height`` pixels down from ``top``) shows."""
        area = self.canvas.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None and area.widget() is not None:
            middle = self.canvas.mapTo(area.widget(), top + QPoint(0, height // 2))
            area.ensureVisible(middle.x(), middle.y(), 40, height // 2 + 40)

    def unmark(self, draw: bool = True) -> None:
        """Take the mark away (focus has left the chart, or another target is marked)."""
        if self.mark is not None and self.mark.axes is not None:
            self.mark.remove()
            if draw:
                self.canvas.draw_idle()
        self.mark = None
