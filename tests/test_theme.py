"""Theme and text size (``ui.theme``): the palette, the font and the places with their own colours follow them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from recoveryjournal.ui import theme


@pytest.fixture
def appearance(qapp):
    """Each test starts and ends with the platform's own look at 100 %."""
    theme.apply_appearance(qapp, "system", 100)
    yield qapp
    theme.apply_appearance(qapp, "system", 100)


def test_contrast_matches_wcag_examples():
    assert theme.contrast("#000000", "#ffffff") == pytest.approx(21)
    assert theme.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert theme.contrast(theme.readable("#777777", "#ffffff"), "#ffffff") >= theme.AA_TEXT


def test_dark_then_system_changes_palette_and_font_and_back(appearance):
    app = appearance
    system_window = app.palette().color(QPalette.ColorRole.Window)
    size = app.font().pointSizeF()
    label = QLabel("big")
    font = label.font()
    font.setPointSizeF(size * 2)
    label.setFont(font)

    theme.apply_appearance(app, "dark", 200)
    assert theme.is_dark()
    assert app.font().pointSizeF() == pytest.approx(size * 2)
    assert label.font().pointSizeF() == pytest.approx(size * 4)  # its own size grows with the text size
    assert theme.points(15) == 30

    theme.apply_appearance(app, "light", 150)
    assert not theme.is_dark()
    assert app.font().pointSizeF() == pytest.approx(size * 1.5)

    theme.apply_appearance(app, "system", 100)
    assert app.palette().color(QPalette.ColorRole.Window) == system_window
    assert app.font().pointSizeF() == pytest.approx(size)
    assert label.font().pointSizeF() == pytest.approx(size * 2)


def test_out_of_range_values_are_kept_in_range(appearance):
    theme.apply_appearance(appearance, "purple", 900)
    assert theme.current_theme() == "system"
    assert theme.current_scale() == 200


@pytest.mark.parametrize("name", ["light", "dark"])
def test_styled_colours_are_readable_in_each_theme(appearance, name):
    theme.apply_appearance(appearance, name, 100)
    c = theme.colours()
    palette = QApplication.palette()
    window, base = palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base)
    assert theme.contrast(c.muted, window) >= theme.AA_TEXT
    assert theme.contrast(c.error, window) >= theme.AA_TEXT
    assert theme.contrast(c.calm_text, c.calm_background) >= theme.AA_TEXT
    assert theme.contrast(c.text, c.calm_panel) >= theme.AA_TEXT
    assert theme.contrast(c.calm_title, c.calm_panel) >= theme.AA_TEXT
    assert theme.contrast(c.warning_text, c.warning_background) >= theme.AA_TEXT
    assert theme.contrast(palette.color(QPalette.ColorRole.Text), base) >= theme.AA_TEXT


def test_saved_settings_apply_at_start(appearance, store):
    store.settings.set(theme.THEME_KEY, "dark")
    store.settings.set(theme.TEXT_SCALE_KEY, 125)
    theme.apply_saved(appearance, store.settings)
    assert theme.current_theme() == "dark" and theme.current_scale() == 125
    assert theme.is_dark()


def test_open_windows_follow_a_change_of_theme(appearance, qtbot):
    from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout

    dialog = QDialog()
    button = QPushButton("Save")
    QVBoxLayout(dialog).addWidget(button)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    theme.apply_appearance(appearance, "dark", 100)
    assert dialog.palette().color(QPalette.ColorRole.Window) == QColor(theme.DARK["Window"])
    assert button.palette().color(QPalette.ColorRole.ButtonText) == QColor(theme.DARK["ButtonText"])
    theme.apply_appearance(appearance, "light", 100)
    assert dialog.palette().color(QPalette.ColorRole.Window) == QColor(theme.LIGHT["Window"])


def test_page_names_stay_whole_at_twice_the_text_size(appearance, window):
    sidebar = window.sidebar
    theme.apply_appearance(appearance, "system", 200)
    metrics = sidebar.fontMetrics()
    for row in range(sidebar.count()):
        assert metrics.horizontalAdvance(sidebar.item(row).text()) < sidebar.width() - 24


@pytest.mark.parametrize("name", ["light", "dark"])
def test_a_focused_button_shows_a_ring_an_unfocused_one_does_not(appearance, qtbot, name):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    from recoveryjournal.ui.widgets.focus_ring import follow_focus, ring_colour

    theme.apply_appearance(appearance, name, 100)
    follow_focus()
    window = QWidget()
    qtbot.addWidget(window)
    first, second = QPushButton("First"), QPushButton("Second")
    layout = QVBoxLayout(window)
    for button in (first, second):
        layout.addWidget(button)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    def around(button: QPushButton):
        return window.grab(button.geometry().adjusted(-3, -3, 3, 3)).toImage()

    first.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    focused, unfocused = around(first), around(second)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is second)
    assert focused != unfocused
    assert around(first) != focused  # the ring left the first button ...
    ring = ring_colour(window.palette())
    edge = around(second)
    assert edge.pixelColor(edge.width() // 2, 1).name() == ring.name()  # ... and went round the second
    assert theme.contrast(ring, window.palette().color(QPalette.ColorRole.Window)) >= 3
