"""Each text of a chart laid out once per draw.

Measuring text is the costliest part of drawing a chart, and one draw measures every tick label many times over: the
constrained layout's two passes, the wrapping of titles, the legend's fold, the check for labels that stick out, then
the drawing itself. matplotlib keeps the font's metrics for a string but still lays the text out afresh each time
(``Text._get_layout``: lines, alignment, rotation), which does not depend on where the text sits. Inside
``measured_once()`` that layout is kept for the rest of the draw, keyed by everything it reads; outside, matplotlib is
unchanged. ``tests/test_chart_fit.py`` checks that every chart draws the same pixels either way."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from matplotlib.text import Text

_state = threading.local()
"""Per thread: the warm-up draws a chart in a worker thread while the window may draw another."""
_lay_out = Text._get_layout


def _kept_layout(text: Text, renderer):
    kept = getattr(_state, "kept", None)
    if kept is None or text.get_wrap():  # wrapped text depends on where it sits
        return _lay_out(text, renderer)
    key = (
        id(text),
        id(renderer),
        text.get_figure(root=True).dpi,
        text.get_text(),
        hash(text.get_fontproperties()),
        text.get_usetex(),
        text._parse_math,
        text.get_rotation(),
        text.get_rotation_mode(),
        text.get_horizontalalignment(),
        text.get_verticalalignment(),
        text._multialignment,
        text._linespacing,
    )
    layout = kept.get(key)
    if layout is None:
        layout = kept[key] = _lay_out(text, renderer)
    return layout


Text._get_layout = _kept_layout


@contextmanager
def measured_once() -> Iterator[None]:
    """Keep each text's layout until the outermost ``measured_once`` ends."""
    outer = getattr(_state, "kept", None)
    _state.kept = {} if outer is None else outer
    try:
        yield
    finally:
        _state.kept = outer
