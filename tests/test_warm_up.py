"""Idle-time warm-up: once the window is set up, Insights is built, filled and drawn while hidden, so the first
opening is only a switch; a window that went away is left alone."""

from __future__ import annotations

import sys

import pytest

from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.main_window import MainWindow
from recoveryjournal.ui.warm_up import PURE_MODULES, QT_MODULES, WarmUp


@pytest.fixture
def demo_window(qtbot, demo_store):
    main = MainWindow(AppContext(demo_store))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_warm_up_prepares_insights_without_leaving_today(qtbot, demo_window):
    assert not demo_window.has_page("insights")
    warm = WarmUp(demo_window)
    warm.start()
    qtbot.waitUntil(lambda: warm.done, timeout=120_000)
    assert all(name in sys.modules for name in (*PURE_MODULES, *QT_MODULES))
    assert demo_window.current_page_key() == "today"
    page = demo_window.page("insights")
    assert page.data is not None and page.figure is not None
    assert page.canvas.get_renderer() is not None  # drawn already: showing it only blits
    data, figure = page.data, page.figure
    demo_window.show_page("insights")
    assert page.data is data and page.figure is figure  # not read or built again on opening


def test_warm_up_leaves_a_closed_window_alone(qtbot, demo_window):
    demo_window.hide()
    warm = WarmUp(demo_window)
    warm.start()
    qtbot.waitUntil(lambda: warm.done, timeout=120_000)
    assert not demo_window.has_page("insights")
