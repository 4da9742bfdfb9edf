"""Idle-time warm-up: once the window is set up, the chart and summary code is loaded while the person reads Today,
without building any page or leaving Today; a window that went away is left alone."""

from __future__ import annotations

import sys

from recoveryjournal.ui.warm_up import PURE_MODULES, QT_MODULES, WarmUp


def test_warm_up_loads_the_chart_and_summary_code_without_leaving_today(qtbot, demo_window):
    warm = WarmUp(demo_window)
    warm.start()
    qtbot.waitUntil(lambda: warm.done, timeout=120_000)
    assert all(name in sys.modules for name in (*PURE_MODULES, *QT_MODULES))
    assert warm.svg.startswith(b"<?xml")
    assert demo_window.current_page_key() == "today"
    assert "insights" not in demo_window._pages


def test_warm_up_leaves_a_closed_window_alone(qtbot, demo_window):
    demo_window.hide()
    warm = WarmUp(demo_window)
    warm.start()
    qtbot.waitUntil(lambda: warm.done, timeout=120_000)
    assert warm._steps  # stopped before the GUI-thread steps
