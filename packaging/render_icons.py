"""Renders the app icon (resources/icons/recoveryjournal.svg) to the PNG sizes desktops look for, and to one Windows
icon file holding the sizes up to 256 (packaging/icons/recoveryjournal.ico, which the PyInstaller spec gives the
executable on Windows).

Run from the repository root after changing the SVG: ``python packaging/render_icons.py``. The PNGs are committed so
packaging needs no SVG renderer.
"""

import struct
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "recoveryjournal.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = tuple(size for size in SIZES if size <= 256)  # the largest an .ico entry can say it is


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


def write_ico(pngs: list[tuple[int, bytes]], target: Path) -> None:
    """An .ico of PNG-compressed images (read by Windows Vista and later): a header, one directory entry per size
    (a width or height of 256 is written as 0), then the PNG files themselves."""
    offset = 6 + 16 * len(pngs)
    header = struct.pack("<HHH", 0, 1, len(pngs))
    entries, images = b"", b""
    for size, data in pngs:
        side = 0 if size == 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(images))
        images += data
    target.write_bytes(header + entries + images)


if __name__ == "__main__":
    app = QGuiApplication([])
    icons = ROOT / "packaging" / "icons"
    for size in SIZES:
        render(size, icons / f"{size}x{size}" / "recoveryjournal.png")
    write_ico(
        [(size, (icons / f"{size}x{size}" / "recoveryjournal.png").read_bytes()) for size in ICO_SIZES],
        icons / "recoveryjournal.ico",
    )
