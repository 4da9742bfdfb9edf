"""Warm, while the person reads Today, what the first opening of Insights, the export dialog and session review needs.

Opening any of them the first time used to load matplotlib, the chart and summary code, the font caches and Qt's SVG
image plugin (about a second and a half on a slow laptop), on top of the work itself. Once the window is set up and a
moment has passed, this does that loading ahead of time in small steps, so a key press never waits long:

1. a background thread imports the pure-Python modules and draws a tiny chart to PNG and SVG (matplotlib's font
   cache and text layout); Qt is not touched there;
2. back on the GUI thread, one short step at a time with the event loop running in between: the Qt side of the
   charts and a tiny summary-like document with an SVG image (Qt's image plugin and text layout).

Filling the Insights page ahead of time was tried and taken out: on a ten-year journal reading its period, computing
its findings and drawing its chart held the event loop for over a second, and a person typing then would feel it.

Nothing here writes to the journal, and every step is skipped once the window is gone.
"""

from __future__ import annotations

import base64
import importlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QTimer

IDLE_MS = 500
"""How long after set-up the warm-up begins: the start's own idle work (backup check, first-run offers) goes first."""
STEP_MS = 30
"""The pause between two GUI-thread steps, so queued key presses and paints are handled in between."""

PURE_MODULES = (
    "numpy",
    "matplotlib.figure",
    "matplotlib.backends.backend_agg",
    "matplotlib.backends.backend_svg",
    "recoveryjournal.charts.calendar",
    "recoveryjournal.charts.coping",
    "recoveryjournal.charts.together",
    "recoveryjournal.charts.trend",
    "recoveryjournal.charts.triggers",
    "recoveryjournal.charts.when",
    "recoveryjournal.export.summary_export",
)
QT_MODULES = (
    "recoveryjournal.ui.pages.insights",
    "recoveryjournal.ui.dialogs.export_summary",
    "recoveryjournal.ui.review_mode",
)


def warm_pure_python() -> bytes:
    """Import the chart and summary code and draw one small chart; returns its SVG for the Qt side to lay out."""
    for name in PURE_MODULES:
        importlib.import_module(name)
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(2, 1), layout="constrained")
    ax = figure.add_subplot()
    ax.barh([0, 1], [1, 2])
    ax.set_yticks([0, 1], ["Stress", "Evenings"])
    ax.set_xlabel("Times logged")
    figure.suptitle("Warm")
    FigureCanvasAgg(figure).draw()
    from recoveryjournal.export.summary_charts import figure_svg

    return figure_svg(figure)


def lay_out_document(svg: bytes) -> None:
    """A tiny document shaped like the summary: loads Qt's SVG image reader and the text layout it uses."""
    from PySide6.QtGui import QTextDocument

    source = "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")
    document = QTextDocument()
    document.setHtml(f"<h1>Summary</h1><p>Warm</p><p><img src='{source}' width='200'></p>")
    document.setTextWidth(400)
    document.size()


class WarmUp:
    """The steps above, run once; ``done`` is true when all have run (or the window went away)."""

    def __init__(self, window) -> None:
        self.window = window
        self.done = False
        self.svg: bytes | None = None
        self._thread: threading.Thread | None = None
        self._steps: list[Callable[[], None]] = [
            *(lambda name=name: importlib.import_module(name) for name in QT_MODULES),
            lambda: lay_out_document(self.svg or b""),
        ]

    def start(self) -> None:
        self._thread = threading.Thread(target=self._pure, name="warm-up", daemon=True)
        self._thread.start()
        QTimer.singleShot(STEP_MS, self._next)

    def _pure(self) -> None:
        self.svg = warm_pure_python()

    def _next(self) -> None:
        if not self.window.isVisible():
            self.done = True
            return
        if self._thread is not None and self._thread.is_alive():
            QTimer.singleShot(STEP_MS, self._next)
            return
        if not self._steps:
            self.done = True
            return
        self._steps.pop(0)()
        QTimer.singleShot(STEP_MS, self._next)


def warm_up_when_idle(window) -> WarmUp:
    """Start warming ``IDLE_MS`` from now; the returned object tells tests when it has finished."""
    warm = WarmUp(window)
    QTimer.singleShot(IDLE_MS, warm.start)
    return warm
