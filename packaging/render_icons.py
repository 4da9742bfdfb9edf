"""Renders the app icon (resources/icons/recoveryjournal.svg) to the PNG sizes desktops look for.

Run from the repository root after changing the SVG: ``python packaging/render_icons.py``. The PNGs are committed so
packaging needs no SVG renderer.
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "recoveryjournal.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int, target: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target)):
        raise OSError(f"could not write {target}")


if __name__ == "__main__":
    app = QGuiApplication([])
    for size in SIZES:
        render(size, ROOT / "packaging" / "icons" / f"{size}x{size}" / "recoveryjournal.png")
