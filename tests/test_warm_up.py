"""Idle-time warm-up: once the window is set up, the chart and summary code is loaded and the Insights page's first
chart is drawn off the GUI thread while the person stays on Today; opening Insights then shows that picture without
drawing again. A window that went away is left alone; a check-in saved meanwhile is not hidden behind an old chart."""

from __future__ import annotations

import sys

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject, Qt

from recoveryjournal.ui.warm_up import CHART_MODULES, QT_MODULES, SUMMARY_MODULES, WarmUp


def _warm(qtbot, window) -> WarmUp:
    warm = WarmUp(window)
    warm.start()
    qtbot.waitUntil(lambda: warm.done, timeout=120_000)
    return warm


@pytest.mark.parametrize("size", [(1200, 800), (1000, 640)], ids=["roomy", "chart-scrolls-sideways"])
def test_warm_up_draws_insights_ahead_and_opening_it_draws_nothing_more(qtbot, demo_window, size):
    demo_window.resize(*size)  # at the smaller size the chart is wider than its area, which then shows a scroll bar
    qtbot.waitUntil(lambda: demo_window.size().toTuple() == size)
    warm = _warm(qtbot, demo_window)
    assert all(name in sys.modules for name in (*CHART_MODULES, *SUMMARY_MODULES, *QT_MODULES))
    assert warm.svg.startswith(b"<?xml")
    assert demo_window.current_page_key() == "today"
    page = demo_window._pages["insights"]
    assert page.canvas is not None and not page.isVisible()
    draws = []
    page.canvas.mpl_connect("draw_event", draws.append)

    sidebar = demo_window.sidebar
    row = next(row for row in range(sidebar.count()) if sidebar.item(row).text() == "Insights")
    qtbot.mouseClick(
        sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualItemRect(sidebar.item(row)).center()
    )
    qtbot.waitUntil(lambda: demo_window.current_page_key() == "insights" and page.canvas.isVisible())
    page.canvas.repaint()
    qtbot.wait(50)

    assert draws == []
    pixels = np.frombuffer(page.canvas.buffer_rgba(), dtype=np.uint8)
    assert len(np.unique(pixels)) > 8  # a real chart, not a blank buffer
    width, height = page.canvas.get_width_height(physical=True)
    assert page.canvas.renderer.width == width and page.canvas.renderer.height == height


def test_a_check_in_saved_while_warming_is_in_the_first_chart(qtbot, demo_window):
    warm = WarmUp(demo_window)
    warm.start()
    qtbot.waitUntil(lambda: "insights" in demo_window._pages and demo_window._pages["insights"].data is not None)
    page = demo_window._pages["insights"]
    before = page.data
    demo_window.context.changed.emit("checkins")
    qtbot.waitUntil(lambda: warm.done, timeout=120_000)
    demo_window.show_page("insights")
    qtbot.waitUntil(lambda: page.canvas is not None and page.canvas.isVisible())
    assert page.data is not before  # read again, not the facts from before the save


def test_warm_up_leaves_a_closed_window_alone(qtbot, demo_window):
    demo_window.hide()
    warm = _warm(qtbot, demo_window)
    assert warm._steps  # stopped before the GUI-thread steps
    assert "insights" not in demo_window._pages


class _Paints(QObject):
    """Notes, at each paint of the watched page, whether the warm-up had finished its summary step by then."""

    def __init__(self, warm: WarmUp) -> None:
        super().__init__()
        self.warm = warm
        self.after_summary: list[bool] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.after_summary.append(self.warm.svg is not None)
        return False


def test_the_unopened_insights_page_is_painted_again_once_everything_else_is_loaded(qtbot, demo_window):
    """Painted only as its chart arrived, the first opening still cost about a fifth more than a later one; the
    warm-up's last step paints it once more, off screen, after the summary and the dialogs' code have loaded."""
    warm = WarmUp(demo_window)
    warm.start()
    qtbot.waitUntil(lambda: "insights" in demo_window._pages, timeout=120_000)
    paints = _Paints(warm)
    demo_window._pages["insights"].installEventFilter(paints)
    qtbot.waitUntil(lambda: warm.done, timeout=120_000)
    assert demo_window.current_page_key() == "today"
    assert paints.after_summary[0] is False  # as the chart arrived
    assert paints.after_summary[-1] is True  # and again at the end
