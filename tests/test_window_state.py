"""The main window comes back as the person left it: its size, and maximised when it was maximised."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize

from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.main_window import GEOMETRY_KEY, MAXIMISED_KEY, MainWindow


def start(qtbot, store) -> MainWindow:
    window = MainWindow(AppContext(store))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_maximised_window_starts_maximised_and_keeps_its_normal_size(qtbot, store):
    first = start(qtbot, store)
    first.resize(770, 600)
    qtbot.waitUntil(lambda: first.size() == QSize(770, 600))
    first.showMaximized()
    qtbot.waitUntil(first.isMaximized)
    first.close()

    second = start(qtbot, store)
    qtbot.waitUntil(second.isMaximized)
    second.showNormal()
    qtbot.waitUntil(lambda: not second.isMaximized())
    assert second.size() == QSize(770, 600)


def test_a_normal_window_starts_normal_at_its_size(qtbot, store):
    first = start(qtbot, store)
    first.resize(780, 610)
    qtbot.waitUntil(lambda: first.size() == QSize(780, 610))
    first.close()

    second = start(qtbot, store)
    assert not second.isMaximized()
    assert second.size() == QSize(780, 610)


def test_a_geometry_without_a_normal_size_does_not_start_at_the_minimum(qtbot, store):
    """What some platforms save for a window maximised by the window manager: no normal size, only the state."""
    settings = AppContext(store).settings
    settings.setValue(GEOMETRY_KEY, QByteArray())
    settings.setValue(MAXIMISED_KEY, True)
    settings.sync()
    window = start(qtbot, store)
    qtbot.waitUntil(window.isMaximized)
    window.showNormal()
    qtbot.waitUntil(lambda: not window.isMaximized())
    assert window.width() > window.minimumWidth() and window.height() > window.minimumHeight()


def test_a_window_larger_than_the_screen_is_made_to_fit(qtbot, store):
    first = start(qtbot, store)
    room = first.screen().availableGeometry().size()
    first.resize(room + QSize(400, 300))
    first.close()
    second = start(qtbot, store)
    assert second.width() <= room.width() and second.height() <= room.height()
