"""The theme check: every page, dialog, the export preview, session review and help-now, rendered offscreen in light,
in dark and in the "system" theme with the system's scheme light and dark, shows every text in colours that meet WCAG
AA against what is behind it (4.5:1; 3:1 for large text; 3:1 for a disabled control's words, which WCAG exempts but a
person must still recognise). Every text on every Insights chart is checked the same way against what the chart
draws behind it.

The text's colour comes from each widget's effective palette (which a style sheet's ``color`` sets) and from the
colours written into rich text and documents; the background is what the window really shows behind the widget.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import PySide6
import pytest
from dialog_catalogue import dialog_factories, session_review
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex, to_rgba
from matplotlib.text import Text
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from recoveryjournal.ui import theme
from recoveryjournal.ui.pages import PAGES
from recoveryjournal.ui.pages.insights import VIEWS

INLINE_PALETTE = re.compile(r"(?<![-\w])color\s*:\s*palette\(([a-z-]+)\)")
INLINE_COLOUR = re.compile(r"(?<![-\w])color\s*:\s*(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})")


def palette_roles(text: str) -> list[QPalette.ColorRole]:
    """The roles of ``color: palette(mid)`` and the like in rich text, which Qt draws from the widget's palette."""
    names = INLINE_PALETTE.findall(text)
    return [getattr(QPalette.ColorRole, "".join(part.title() for part in name.split("-"))) for name in names]


def background(widget: QWidget, shot: QImage, top: QWidget) -> QColor | None:
    """The colour painted behind ``widget``'s text: the commonest colour of its visible part in ``shot`` (a grab of
    ``top``), so a style sheet's background, a transparent layer or a paper page count as they look."""
    area = widget.visibleRegion().boundingRect()
    if area.isEmpty():
        return None
    area.moveTopLeft(widget.mapTo(top, area.topLeft()))
    if area.width() > 12 and area.height() > 12:
        area = area.adjusted(4, 4, -4, -4)  # inside a button's or a field's frame
    area = area.intersected(shot.rect())
    if area.isEmpty():
        return None
    step_x, step_y = max(1, area.width() // 24), max(1, area.height() // 12)
    pixels = [
        shot.pixelColor(x, y)
        for x in range(area.left(), area.right() + 1, step_x)
        for y in range(area.top(), area.bottom() + 1, step_y)
    ]
    # a button's gradient is many colours close together: count them together, by shades of 8
    counts = Counter((c.red() // 8, c.green() // 8, c.blue() // 8) for c in pixels)
    shade = counts.most_common(1)[0][0]
    return next(c for c in pixels if (c.red() // 8, c.green() // 8, c.blue() // 8) == shade)


def text_of(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    if isinstance(widget, QLineEdit):
        return widget.text() or widget.placeholderText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QTextEdit):
        return widget.toHtml() if widget.toPlainText().strip() else ""
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText() or widget.placeholderText()
    return ""


def foreground(widget: QWidget) -> QColor:
    if isinstance(widget, QAbstractItemView | QTextEdit | QPlainTextEdit):
        return widget.viewport().palette().color(QPalette.ColorRole.Text)
    if isinstance(widget, QLineEdit) and not widget.text():
        return widget.palette().color(QPalette.ColorRole.PlaceholderText)
    return widget.palette().color(widget.foregroundRole())


def large(widget: QWidget) -> bool:
    font = widget.font()
    return font.pointSizeF() >= 18 or (font.pointSizeF() >= 14 and font.bold())


def problems_in(root: QWidget, where: str) -> list[str]:
    found = []
    shot = root.grab().toImage()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        text = text_of(widget)
        if not text.strip() and not isinstance(widget, QAbstractItemView):
            continue
        behind = background(widget, shot, root)
        if behind is None:
            continue
        need = theme.AA_LARGE_TEXT if large(widget) else theme.AA_TEXT
        if not widget.isEnabled():  # WCAG leaves disabled controls out; they must still be recognisable
            need = min(need, theme.DISABLED_CONTRAST)
        colours = [foreground(widget)]
        colours += [QColor(code) for code in INLINE_COLOUR.findall(text)]
        colours += [widget.palette().color(role) for role in palette_roles(text)]
        for colour in colours:
            ratio = theme.contrast(colour, behind)
            if ratio < need:
                name = widget.objectName() or type(widget).__name__
                found.append(
                    f"{where}: {name} “{text[:40]}” {colour.name()} on {behind.name()} is {ratio:.2f}:1 (needs {need})"
                )
    return found


@pytest.fixture
def appearance(qapp):
    yield qapp
    theme.apply_appearance(qapp, "system", 100)


def test_every_page_and_dialog_is_readable_in_light_and_dark(demo_window, qtbot, appearance):
    """Each window is built once and checked in both themes: switching theme also reaches windows already open."""
    windows = {}
    for title, make in {**dialog_factories(demo_window), "session review": lambda: session_review(demo_window)}.items():
        windows[title] = make()
        qtbot.addWidget(windows[title])
    problems = []
    for name in ("light", "dark"):
        theme.apply_appearance(appearance, name, 100)
        for spec in PAGES:
            demo_window.show_page(spec.key)
            qtbot.wait(0)
            problems += problems_in(demo_window, f"{name} {spec.title}")
        for title, window in windows.items():
            window.show()
            qtbot.waitExposed(window)
            problems += problems_in(window, f"{name} {title}")
            window.hide()
    assert not problems, "\n".join(problems)


def drawn_texts(figure, monkeypatch) -> tuple[list[Text], np.ndarray]:
    """Every text the figure draws (tick labels, axis labels, legends, titles, notes on the data), and the picture
    drawn again with those texts fully transparent: what each text is read against, in the same layout."""
    texts: list[Text] = []
    draw = Text.draw

    def recording(text, renderer):
        if text.get_visible() and text.get_text().strip():
            texts.append(text)
        return draw(text, renderer)

    canvas = figure.canvas if isinstance(figure.canvas, FigureCanvasAgg) else FigureCanvasAgg(figure)
    with monkeypatch.context() as patch:
        patch.setattr(Text, "draw", recording)
        canvas.draw()
    alphas = [text.get_alpha() for text in texts]
    for text in texts:
        text.set_alpha(0.0)
    canvas.draw()
    behind = np.asarray(canvas.buffer_rgba())[:, :, :3].copy()
    for text, alpha in zip(texts, alphas, strict=True):
        text.set_alpha(alpha)
    return texts, behind


def chart_problems(figure, where: str, monkeypatch) -> list[str]:
    texts, behind = drawn_texts(figure, monkeypatch)
    renderer = figure.canvas.get_renderer()
    height, width = behind.shape[:2]
    assert texts, f"{where}: no text drawn"
    found = []
    for text in texts:
        box = text.get_window_extent(renderer)
        left, right = max(0, int(box.x0)), min(width, int(np.ceil(box.x1)))
        top, bottom = max(0, height - int(np.ceil(box.y1))), min(height, height - int(box.y0))
        if right <= left or bottom <= top:
            continue
        pixels = behind[top:bottom, left:right].reshape(-1, 3)
        shades, counts = np.unique(pixels // 8, axis=0, return_counts=True)
        red, green, blue, alpha = to_rgba(text.get_color(), text.get_alpha())
        points = text.get_fontsize()
        bold = text.get_fontweight() in ("bold", "heavy", "black", "semibold", "demibold", 600, 700, 800, 900)
        need = theme.AA_LARGE_TEXT if points >= 18 or (points >= 14 and bold) else theme.AA_TEXT
        for shade, count in zip(shades, counts, strict=True):
            if count < 0.2 * len(pixels):  # a grid line or a bar's edge the text merely crosses
                continue
            ground = pixels[np.all(pixels // 8 == shade, axis=1)][0] / 255
            ink = [alpha * c + (1 - alpha) * g for c, g in zip((red, green, blue), ground, strict=True)]
            ratio = theme.contrast(QColor(to_hex(ink)), QColor(to_hex(ground)))
            if ratio < need:
                found.append(
                    f"{where}: “{text.get_text()[:40]}” {to_hex(ink)} on {to_hex(ground)} "
                    f"is {ratio:.2f}:1 (needs {need})"
                )
    return found


@pytest.mark.parametrize("name", ["light", "dark"])
def test_every_text_on_every_insights_chart_is_readable(demo_window, qtbot, appearance, monkeypatch, name):
    """Each Insights view as the page draws it in the theme: each text against the colours drawn behind it, and the
    chart itself in the theme (a chart left light on a dark window would be readable but glaring)."""
    theme.apply_appearance(appearance, name, 100)
    page = demo_window.show_page("insights")
    qtbot.wait(0)
    problems = []
    for row, view in enumerate(VIEWS):
        page.view_list.setCurrentRow(row)
        assert page.view() is view
        background = QColor(to_hex(page.figure.get_facecolor()))
        assert theme.is_dark(page.palette()) == (name == "dark")
        assert (theme.luminance(background) < 0.18) == (name == "dark"), view.key
        problems += chart_problems(page.figure, f"{name} {view.key}", monkeypatch)
    assert not problems, "\n".join(problems)


def test_the_chart_follows_a_change_of_theme_while_it_is_shown(demo_window, qtbot, appearance):
    page = demo_window.show_page("insights")
    theme.apply_appearance(appearance, "light", 100)
    qtbot.wait(0)
    light = QColor(to_hex(page.figure.get_facecolor()))
    theme.apply_appearance(appearance, "dark", 100)
    qtbot.waitUntil(lambda: QColor(to_hex(page.figure.get_facecolor())) != light)
    assert theme.luminance(QColor(to_hex(page.figure.get_facecolor()))) < 0.18


GTK3_THEME = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platformthemes" / "libqgtk3.so"


@pytest.mark.skipif(
    shutil.which("xvfb-run") is None or not GTK3_THEME.exists(), reason="needs xvfb-run and Qt's GTK 3 platform theme"
)
@pytest.mark.parametrize(("gtk_theme", "scheme"), [("Adwaita", "Light"), ("Adwaita:dark", "Dark")])
def test_the_system_theme_is_readable_with_the_system_light_and_dark(demo_dir, gtk_theme, scheme):
    """ "System" is the platform's own palette, which the app reads as Qt gives it. Here the platform is X11 with
    Qt's GTK 3 theme and GTK told to be light or dark (what GNOME's dark style does): Qt reads the colour scheme and
    the palette from GTK, and every page, dialog and chart is checked as above, in a process of its own."""
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "QT_QPA_PLATFORMTHEME": "gtk3",
        "GTK_THEME": gtk_theme,
        "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1280x800x24",
            sys.executable,
            str(Path(__file__).parent / "system_theme_app.py"),
            str(demo_dir),
        ],
        capture_output=True,
        text=True,
        env=environment,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    first, *problems = done.stdout.splitlines()
    assert first.split() == [scheme, scheme.lower(), "system"]
    assert problems == []


def test_the_sidebar_takes_a_change_of_theme(demo_window, qtbot, appearance):
    """Its style sheet's ``palette(base)`` was read once: after switching to dark the sidebar stayed white."""
    qtbot.waitUntil(demo_window.is_set_up)
    for name in ("light", "dark"):
        theme.apply_appearance(appearance, name, 100)
        qtbot.wait(0)
        sidebar = demo_window.sidebar
        shot = sidebar.grab().toImage()
        painted = shot.pixelColor(sidebar.width() // 2, sidebar.height() - 8)
        assert painted == appearance.palette().color(QPalette.ColorRole.Base), name
