"""Renders the app icon (resources/icons/recoveryjournal.svg) to the PNG sizes desktops look for, to one Windows
icon file holding the sizes up to 256 (packaging/icons/recoveryjournal.ico, which the PyInstaller spec gives the
executable on Windows) and to one macOS icon file (packaging/icons/recoveryjournal.icns, for the .app bundle).

Run from the repository root after changing the SVG: ``python packaging/render_icons.py``. The PNGs are committed so
packaging needs no SVG renderer.
"""

import struct
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "recoveryjournal.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = tuple(size for size in SIZES if size <= 256)  # the largest an .ico entry can say it is
ICNS_TYPES = {
    b"icp4": 16,
    b"icp5": 32,
    b"icp6": 64,
    b"ic07": 128,
    b"ic08": 256,
    b"ic09": 512,
    b"ic10": 1024,
    b"ic11": 32,
    b"ic12": 64,
    b"ic13": 256,
    b"ic14": 512,
}
"""Each PNG entry of a macOS .icns and the pixels it holds; ic10 to ic14 are the "@2x" (Retina) entries of 512, 16,
32, 128 and 256 points."""


def rendered(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    return image


def render(size: int, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if not rendered(size).save(str(target)):
        raise OSError(f"could not write {target}")


def png_bytes(size: int) -> bytes:
    """The icon at ``size`` pixels as a PNG file's bytes, for a size no desktop needs as a file of its own."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not rendered(size).save(buffer, "PNG"):
        raise OSError(f"could not render the icon at {size} pixels")
    return data.data()


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


def write_icns(pngs: dict[int, bytes], target: Path) -> None:
    """A macOS .icns: the magic 'icns' and the file's length, then one chunk per entry of ``ICNS_TYPES`` (its type,
    its length with the 8 bytes of this header, the PNG file). Big-endian throughout."""
    chunks = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES.items())
    target.write_bytes(b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks)


if __name__ == "__main__":
    app = QGuiApplication([])
    icons = ROOT / "packaging" / "icons"
    for size in SIZES:
        render(size, icons / f"{size}x{size}" / "recoveryjournal.png")
    write_ico(
        [(size, (icons / f"{size}x{size}" / "recoveryjournal.png").read_bytes()) for size in ICO_SIZES],
        icons / "recoveryjournal.ico",
    )
    write_icns(
        {
            size: (icons / f"{size}x{size}" / "recoveryjournal.png").read_bytes() if size in SIZES else png_bytes(size)
            for size in set(ICNS_TYPES.values())
        },
        icons / "recoveryjournal.icns",
    )
