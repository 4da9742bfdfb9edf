"""Warm, while the person reads Today, what the first opening of Insights, the export dialog and session review needs.

Opening any of them the first time used to load matplotlib, the chart and summary code, the font caches and Qt's SVG
image plugin (about a second and a half on a slow laptop), on top of the work itself. Once the window is set up and a
moment has passed, this does that loading ahead of time in small steps, so a key press never waits long:

1. a background thread imports matplotlib and the chart code (Qt is not touched there);
2. the Insights page, the one most often opened: its period's facts and findings are read on the GUI thread (one
   short step: the journal's connection belongs to it), then its first chart is drawn in a background thread at the
   size it will be shown at, and handed to the page, so opening Insights shows a finished picture. Drawing it on the
   GUI thread held the event loop for over a second on a ten-year journal, which a person typing would feel;
3. a background thread imports the summary code and draws a tiny chart to SVG (matplotlib's SVG writer);
4. back on the GUI thread, one short step at a time with the event loop running in between: the Qt side of the
   export dialog and session review, and a tiny summary-like document with that SVG image (Qt's image plugin and
   text layout);
5. the Insights page, if still unopened, is painted off screen once more.

Insights comes first because it is opened most and needs the least: everything it does not need waits until after.

Nothing here writes to the journal, and every step is skipped once the window is gone.
"""

from __future__ import annotations

import base64
import importlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer

Background = tuple[Callable[[], object], Callable[[object], None]]
"""Work for a background thread and what to do with its result on the GUI thread."""

IDLE_MS = 200
"""How long after set-up the warm-up begins: the start's own idle work (backup check, first-run offers) goes first."""
STEP_MS = 30
"""The pause between two GUI-thread steps, so queued key presses and paints are handled in between."""

CHART_MODULES = (
    "numpy",
    "matplotlib.figure",
    "matplotlib.backends.backend_agg",
    "recoveryjournal.charts.calendar",
    "recoveryjournal.charts.coping",
    "recoveryjournal.charts.together",
    "recoveryjournal.charts.trend",
    "recoveryjournal.charts.triggers",
    "recoveryjournal.charts.when",
)
SUMMARY_MODULES = (
    "matplotlib.backends.backend_svg",
    "recoveryjournal.export.summary_export",
)
QT_MODULES = (
    "recoveryjournal.ui.pages.insights",
    "recoveryjournal.ui.dialogs.export_summary",
    "recoveryjournal.ui.review_mode",
)


def import_all(names: tuple[str, ...]) -> None:
    for name in names:
        importlib.import_module(name)


def warm_summary() -> bytes:
    """Import the summary code and draw one small chart; returns its SVG for the Qt side to lay out."""
    import_all(SUMMARY_MODULES)
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(2, 1), layout="constrained")
    ax = figure.add_subplot()
    ax.barh([0, 1], [1, 2])
    ax.set_yticks(
        [0, 1], [QCoreApplication.translate("WarmUp", "Stress"), QCoreApplication.translate("WarmUp", "Evenings")]
    )
    ax.set_xlabel(QCoreApplication.translate("WarmUp", "Times logged"))
    figure.suptitle(QCoreApplication.translate("WarmUp", "Warm"))
    FigureCanvasAgg(figure).draw()
    from recoveryjournal.export.summary_charts import figure_svg

    return figure_svg(figure)


def lay_out_document(svg: bytes) -> None:
    """A tiny document shaped like the summary: loads Qt's SVG image reader and the text layout it uses."""
    from PySide6.QtGui import QTextDocument

    source = "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")
    document = QTextDocument()
    document.setHtml(
        QCoreApplication.translate(
            "WarmUp", "<h1>Summary</h1><p>Warm</p><p><img src='{source}' width='200'></p>"
        ).format(source=source)
    )
    document.setTextWidth(400)
    document.size()


class WarmUp:
    """The steps above, run once; ``done`` is true when all have run (or the window went away).

    A step either does its (short) work on the GUI thread and returns None, or returns a ``(job, finish)`` pair: the
    job runs in a background thread and ``finish`` gets its result back on the GUI thread."""

    def __init__(self, window) -> None:
        self.window = window
        self.done = False
        self.svg: bytes | None = None
        self._insights = None
        self._thread: threading.Thread | None = None
        self._finish: Callable[[], None] | None = None
        self._steps: list[Callable[[], Background | None]] = [
            lambda: (lambda: import_all(CHART_MODULES), lambda _none: None),
            self._insights_facts,
            self._insights_chart,
            lambda: (warm_summary, self._keep_svg),
            *(lambda name=name: import_all((name,)) for name in QT_MODULES),
            lambda: lay_out_document(self.svg or b""),
            self._paint_insights_again,
        ]

    def start(self) -> None:
        QTimer.singleShot(0, self._next)

    def _keep_svg(self, svg: bytes) -> None:
        self.svg = svg

    def _insights_page(self):
        """The Insights page when it has not been opened yet (once opened, it draws for itself)."""
        if self.window.current_page_key() == "insights":
            return None
        page = self.window.page("insights")
        return page if page.canvas is None else None

    def _insights_facts(self) -> None:
        page = self._insights_page()
        if page is not None and page.data is None:
            page.load_facts()

    def _insights_chart(self) -> Background | None:
        page = self._insights_page()
        if page is None or page.data is None:
            return None
        self._insights = page
        return page.chart_ahead(self.window.stack.size())

    def _paint_insights_again(self) -> None:
        """Paint the still unopened Insights page off screen once more, now that nothing else is left to load.
        Painted only as its chart arrived, its first opening still took about a fifth longer than opening it again
        after the same idle moment (``benchmarks/openings.py``); painted last, about as long."""
        if self._insights is not None and self.window.current_page_key() != "insights":
            self._insights.grab()

    def _next(self) -> None:
        if not self.window.isVisible():
            self.done = True
            return
        if self._thread is not None:
            if self._thread.is_alive():
                QTimer.singleShot(STEP_MS, self._next)
                return
            self._thread = None
            finish, self._finish = self._finish, None
            if finish is not None:
                finish()
        elif self._steps:
            self._run(self._steps.pop(0)())
        else:
            self.done = True
            return
        QTimer.singleShot(STEP_MS, self._next)

    def _run(self, background: Background | None) -> None:
        if background is None:
            return
        job, finish = background
        outcome: list = []
        self._finish = lambda: finish(*outcome) if outcome else None
        self._thread = threading.Thread(target=lambda: outcome.append(job()), name="warm-up", daemon=True)
        self._thread.start()


def warm_up_when_idle(window) -> WarmUp:
    """Start warming ``IDLE_MS`` from now; the returned object tells tests when it has finished."""
    warm = WarmUp(window)
    QTimer.singleShot(IDLE_MS, warm.start)
    return warm
