"""Screenshots of the main pages on the sample journal, in the light and the dark theme, for the README and the
AppStream metainfo: docs/screenshots/<page>.png (light) and <page>-dark.png, 1280×800, as 8-bit PNGs (small files).

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots.py [folder]

Renders offscreen from the app itself (``MainWindow`` on ``demo.write_demo``), so they always show the app as it is.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
SIZE = QSize(1280, 800)
PAGES = ("today", "journal", "insights", "reflect", "plan")
THEMES = {"light": "", "dark": "-dark"}
SETTLE_SECONDS = 20  # at most, for a page's chart to be drawn in the background


def settle(app: QApplication, ready=lambda: True) -> None:
    """Let the window finish painting (and a page its background work) before it is grabbed."""
    deadline = time.monotonic() + SETTLE_SECONDS
    while time.monotonic() < deadline:
        app.processEvents()
        if ready():
            break
        time.sleep(0.02)
    for _ in range(5):
        app.processEvents()


def small_png(path: Path) -> None:
    """256 colours chosen for the picture, without dithering: flat colours stay flat and the file is a third."""
    from PIL import Image  # matplotlib's own dependency

    with Image.open(path) as picture:
        fewer = picture.convert("RGB").quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    fewer.save(path, optimize=True)


def page_ready(window, key: str):
    page = window.page(key)
    if key != "insights":
        return lambda: True
    return lambda: page.figure is not None and page.canvas.size() == page.canvas_holder.size()


def main(target: Path) -> list[Path]:
    from recoveryjournal.demo import write_demo
    from recoveryjournal.opening import open_journal
    from recoveryjournal.ui import theme
    from recoveryjournal.ui.app import application
    from recoveryjournal.ui.context import AppContext
    from recoveryjournal.ui.main_window import MainWindow

    app = application()
    target.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "journal"
        write_demo(folder)
        store = open_journal(folder)
        try:
            for name, suffix in THEMES.items():
                store.settings.set(theme.THEME_KEY, name)  # the window puts the journal's theme into effect
                theme.apply_appearance(app, name, 100)
                window = MainWindow(AppContext(store, demo=True))
                window.statusBar().hide()  # it shows the temporary folder's path
                window.resize(SIZE)
                window.show()
                for key in PAGES:
                    window.show_page(key)
                    settle(app, page_ready(window, key))
                    path = target / f"{key}{suffix}.png"
                    window.grab().save(str(path), "PNG")
                    small_png(path)
                    written.append(path)
                window.save_state = lambda: None  # leave the sample journal's window settings alone
                window.close()
                window.deleteLater()
                settle(app)
        finally:
            theme.apply_appearance(app, "system", 100)
            store.close()
    return written


if __name__ == "__main__":
    paths = main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
    total = sum(path.stat().st_size for path in paths)
    print("\n".join(f"{path}  {path.stat().st_size // 1024} KB" for path in paths))
    print(f"{len(paths)} screenshots, {total / 1_048_576:.2f} MB")
