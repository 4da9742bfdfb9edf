"""A chart canvas that can show a picture drawn ahead of time, off the GUI thread.

Drawing a chart with its text takes matplotlib a noticeable fraction of a second on a slow laptop. The warm-up draws
the first Insights chart in a background thread (pure Agg, no Qt) at the size its canvas will have; this canvas then
takes that picture and skips redrawing it until it has been painted once. Any later change (another size, a hover
mark) draws as usual.
"""

from __future__ import annotations

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QWidget


def draw_off_screen(figure: Figure, width: int, height: int, pixel_ratio: float) -> FigureCanvasAgg:
    """Draw ``figure`` as a ``width`` × ``height`` canvas (logical pixels) at ``pixel_ratio`` would show it.

    Safe in a worker thread: only matplotlib's Agg renderer is involved (its fonts are cached per thread)."""
    drawn = FigureCanvasAgg(figure)
    drawn._set_device_pixel_ratio(pixel_ratio)
    figure.set_size_inches(width * pixel_ratio / figure.dpi, height * pixel_ratio / figure.dpi, forward=False)
    drawn.draw()
    return drawn


def lay_out_hidden(widget: QWidget) -> None:
    """Give a hidden widget and its children the geometry they will have when shown.

    Qt holds back resize events from hidden widgets, and splitters lay out their children only on one; this sends
    them top-down as showing the widget would, without showing it (which would take focus from the page in view)."""
    layout = widget.layout()
    if layout is not None:
        layout.activate()
    QApplication.sendEvent(widget, QResizeEvent(widget.size(), widget.size()))
    for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        lay_out_hidden(child)


class ReadyCanvas(FigureCanvasQTAgg):
    """``FigureCanvasQTAgg`` that starts from ``drawn``'s picture when given one."""

    def __init__(self, figure: Figure, drawn: FigureCanvasAgg | None = None) -> None:
        super().__init__(figure)
        self._ready_key: tuple | None = None
        if drawn is not None:
            self.renderer = drawn.renderer
            self._lastKey = self._ready_key = drawn._lastKey

    def draw(self) -> None:
        width, height = self.get_width_height(physical=True)
        if self._ready_key == (width, height, self.figure.dpi):
            return
        self._ready_key = None
        super().draw()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        self._ready_key = None
