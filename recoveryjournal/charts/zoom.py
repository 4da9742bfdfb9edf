"""How large a chart's words are drawn, following the app's text size (Settings → Text size).

A chart is laid out in inches and its words in points; drawn into the same pixels with more dots to the inch, its
words, lines and marks take a larger share of it, as the rest of the window's text does, up to ``MOST``. Kept apart
from ``charts.style`` so the window can set it at start without loading matplotlib. The summary is not affected: its
charts are written at their own size in inches, whatever the window's text size.
"""

from __future__ import annotations

DOTS_PER_INCH = 100.0
"""matplotlib's own default, the size every chart was designed at (100 % text)."""

MOST = 1.25
"""At 200 % text a chart at twice the size would need more room than a small laptop gives it: its labels would crowd
out the data. A quarter larger still reads as larger text."""

_zoom = [1.0]


def set_text_zoom(zoom: float) -> None:
    """``zoom`` is the app's text size as a fraction: 1.0 at 100 %, 2.0 at 200 %."""
    _zoom[0] = min(MOST, max(1.0, float(zoom)))


def text_zoom() -> float:
    return _zoom[0]


def dots_per_inch() -> float:
    """The resolution a new chart is made at, before the screen's own pixel ratio."""
    return DOTS_PER_INCH * _zoom[0]
