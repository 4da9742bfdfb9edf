"""The README shows current screenshots of the main pages in light and dark (made by packaging/screenshots.py)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "docs" / "screenshots"
PAGES = ("today", "journal", "insights", "reflect", "plan")


def lightness(path: Path) -> float:
    image = QImage(str(path))
    points = [image.pixelColor(x, y) for x in range(0, image.width(), 40) for y in range(0, image.height(), 40)]
    return sum(colour.lightnessF() for colour in points) / len(points)


def test_readme_shows_each_main_page_in_light_and_dark():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    linked = set(re.findall(r"docs/screenshots/([\w-]+\.png)", readme))
    for page in PAGES:
        assert {f"{page}.png", f"{page}-dark.png"} <= linked
        light, dark = SHOTS / f"{page}.png", SHOTS / f"{page}-dark.png"
        assert QImage(str(light)).size() == QImage(str(dark)).size()
        assert QImage(str(light)).width() >= 1280
        assert lightness(dark) < 0.35 < 0.7 < lightness(light)


def test_screenshots_stay_small():
    assert sum(path.stat().st_size for path in SHOTS.glob("*.png")) < 2 * 1024 * 1024
