"""The summary's charts, drawn by the Insights builders and saved as SVG so they stay sharp in print and in the PDF.

matplotlib is imported here lazily (only when a summary is made), never at app start.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from recoveryjournal.domain import patterns
from recoveryjournal.domain.summary import Summary

CHART_SIZE = (7.2, 3.9)
"""Inches: fits an A4 or Letter text column with room for the caption."""


def figure_svg(figure) -> bytes:
    """SVG with text kept as text (not glyph outlines): selectable in the PDF, readable by Qt's SVG renderer."""
    from matplotlib import rc_context

    buffer = io.BytesIO()
    with rc_context({"svg.fonttype": "none", "svg.hashsalt": "recoveryjournal"}):
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": "Recovery Journal"})
    return buffer.getvalue()


def _builders() -> dict[str, tuple[Callable, Callable]]:
    """For each chart key: (pattern function, figure builder)."""
    from recoveryjournal.charts.coping import build_coping_effects
    from recoveryjournal.charts.trend import build_daily_series
    from recoveryjournal.charts.triggers import build_trigger_counts
    from recoveryjournal.charts.when import build_heatmap

    return {
        "triggers": (patterns.trigger_counts, build_trigger_counts),
        "when": (lambda data: patterns.heatmap(data, patterns.HeatmapSubject.TRIGGERS), build_heatmap),
        "trend": (patterns.daily_series, build_daily_series),
        "helps": (patterns.coping_effects, build_coping_effects),
    }


def chart_data(summary: Summary) -> dict[str, object]:
    """The pattern behind each chart of the summary, in the summary's order, as the Insights builders take it."""
    builders = _builders()
    return {spec.key: builders[spec.key][0](summary.patterns) for spec in summary.charts}


def chart_svgs(summary: Summary) -> dict[str, bytes | None]:
    """SVG for each chart of the summary, or ``None`` where the period holds too little to show a pattern."""
    if not summary.charts:
        return {}
    builders = _builders()
    return {
        key: figure_svg(builders[key][1](view, size=CHART_SIZE)) if view.readiness.enough else None
        for key, view in chart_data(summary).items()
    }
