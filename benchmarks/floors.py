"""Floors for the chart and summary rows: the simplest matplotlib script that draws the same data as the same kind of
chart, with matplotlib's defaults, and the same charts written to a PDF with ``PdfPages`` and one text page.

A floor takes the numbers the app's own pattern functions produced (so both sides draw exactly the same data) and
draws them the way a short script would: one ``Figure``, the plain artists (bars, a mesh, lines, dots), the value
labels and legend the app's chart shows, tick labels, an axis label and a title, matplotlib's one-pass "tight" layout
(without a layout step long trigger names are cut off, so that chart would not be the same), then ``draw()``. Legends
sit in a fixed corner, as the app's do: matplotlib's default "best" place searches every data point for the emptiest
corner, which over ten years of days would make the floor, not the app, the slow side. What
the app adds on top (theme, constrained layout, subtitles, hover targets, computing the pattern) is what the ratio
measures.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import date2num
from matplotlib.figure import Figure
from matplotlib.patches import Patch


def _nan(values) -> np.ndarray:
    return np.array([np.nan if value is None else value for value in values], dtype=float)


def _bars(ax, names: list[str], values: list[float], label: str, labels: list[str]) -> None:
    bars = ax.barh(range(len(values)), values, label=label)
    ax.bar_label(bars, labels)
    ax.set_yticks(range(len(names)), names)
    ax.invert_yaxis()
    ax.set_xlabel(label)


def _trigger_counts(figure: Figure, data) -> None:
    rows = data.rows[:20]
    ax = figure.add_subplot()
    counts = [row.count for row in rows]
    _bars(ax, [row.name for row in rows], counts, "Times logged", [f"{row.count} ({row.change:+d})" for row in rows])
    ax.scatter([row.previous for row in rows], range(len(rows)), marker="|", label="Period before")
    ax.legend(loc="upper right")


def _trigger_cravings(figure: Figure, data) -> None:
    rows = data.rows[:20]
    ax = figure.add_subplot()
    means = [row.mean for row in rows]
    _bars(ax, [row.name for row in rows], means, "Average craving", [f"{row.mean:.1f} · {row.count}" for row in rows])
    ax.errorbar(means, range(len(rows)), xerr=[row.spread for row in rows], fmt="none")
    if data.overall_mean is not None:
        ax.axvline(data.overall_mean, linestyle="--", label="Average of all check-ins")
    ax.legend(loc="upper right")


def _coping(figure: Figure, data) -> None:
    rows = data.rows[:20]
    ax = figure.add_subplot()
    drops = [row.mean_drop or 0.0 for row in rows]
    _bars(ax, [row.name for row in rows], drops, "Average drop in craving", [f"used {row.uses}" for row in rows])
    ax.axvline(0)


def _heatmap(figure: Figure, data) -> None:
    ax = figure.add_subplot()
    mesh = ax.pcolormesh(np.ma.masked_invalid(np.array([_nan(row) for row in data.values])))
    ax.set_yticks([day + 0.5 for day in range(7)], ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
    ax.set_xlabel("Hour")
    figure.colorbar(mesh, ax=ax, label="Average craving (0–10)")


def _daily(figure: Figure, data) -> None:
    mood_ax, craving_ax, events_ax = figure.subplots(3, 1, sharex=True)
    days = date2num(data.days)
    for ax, series in (
        (mood_ax, (("Mood", data.mood, data.mood_mean),)),
        (craving_ax, (("Craving", data.craving, data.craving_mean), ("Rating", data.rating, data.rating_mean))),
    ):
        for label, daily, mean in series:
            ax.scatter(days, _nan(daily), s=10)
            ax.plot(days, _nan(mean), label=label)
        ax.legend(loc="upper right")
    events_ax.scatter(date2num(data.lapse_days), np.ones(len(data.lapse_days)), label="Lapse")
    events_ax.scatter(date2num(data.session_days), np.zeros(len(data.session_days)))
    events_ax.legend(loc="upper right")
    events_ax.xaxis_date()


def _together(figure: Figure, data) -> None:
    ax = figure.add_subplot()
    grid = np.array(data.matrix, dtype=float)
    ax.pcolormesh(grid)
    ticks = [index + 0.5 for index in range(len(data.names))]
    ax.set_xticks(ticks, data.names, rotation=35)
    ax.set_yticks(ticks, data.names)
    for row, values in enumerate(data.matrix):
        for col, value in enumerate(values):
            if value:
                ax.text(col + 0.5, row + 0.5, str(value), ha="center", va="center")


def _calendar(figure: Figure, data) -> None:
    ax = figure.add_subplot()
    sober, mood = np.zeros((7, data.weeks)), np.full((7, data.weeks), np.nan)
    for day in data.days:
        week, weekday = data.cell(day.day)
        sober[weekday, week] = 1.0 if day.sober else 0.0
        if day.mood is not None:
            mood[weekday, week] = day.mood
    ax.pcolormesh(sober, cmap="Greens")
    ax.pcolormesh(np.ma.masked_invalid(mood))
    firsts = [day.day for day in data.days if day.day.day == 1]
    ax.set_xticks([data.cell(day)[0] + 0.5 for day in firsts], [f"{day:%b}" for day in firsts])
    lapses = [data.cell(day.day) for day in data.days if day.lapse]
    ax.scatter([week + 0.5 for week, _ in lapses], [weekday + 0.5 for _, weekday in lapses], label="Lapse")
    keys = [Patch(label=f"Mood {level}") for level in range(1, 6)]
    keys += [Patch(label="Sober day, no check-in"), Patch(label="Nothing logged")]
    figure.legend(handles=[*keys, *ax.get_legend_handles_labels()[0]], loc="lower center", ncols=8)


def _not_enough(figure: Figure, data) -> bool:
    if data.readiness.enough:
        return False
    figure.text(0.5, 0.5, data.readiness.hint, ha="center", wrap=True)
    return True


def _care(figure: Figure, data) -> None:
    if _not_enough(figure, data):
        return
    mood_ax, sleep_ax, meds_ax = figure.subplots(3, 1, sharex=True)
    days = date2num(data.days)
    mood_ax.plot(days, _nan(data.mood), marker="o", label="Mood")
    mood_ax.twinx().plot(days, _nan(data.craving), marker="s", label="Craving")
    # A bar a night, drawn as one vertical line each (``vlines``: one collection per series). ``ax.bar`` would make
    # a patch per night, which over ten years takes minutes, so it would be no floor at all.
    hours = _nan(data.sleep_hours)
    sleep_ax.vlines(days, 0, hours, linewidth=2, label="Sleep")
    sleep_ax.vlines(days, 0, np.where(hours < 6, hours, np.nan), linewidth=2, label="Under 6 h")
    sleep_ax.axhline(6)
    sleep_ax.legend(loc="upper right")
    taken = _nan(data.adherence)
    meds_ax.vlines(days, 0, np.where(taken >= 1, 1.0, np.nan), linewidth=2, label="All taken")
    meds_ax.vlines(days, 0, np.where(taken < 1, 1.0, np.nan), linewidth=2, label="Missed")
    meds_ax.legend(loc="upper right")
    meds_ax.xaxis_date()


def _measures(figure: Figure, data) -> None:
    if _not_enough(figure, data):
        return
    for index, chart in enumerate(data.charts, start=1):
        ax = figure.add_subplot(len(data.charts), 1, index)
        for band in chart.bands:
            ax.axhspan(band.low - 0.5, band.high + 0.5, alpha=0.2)
            ax.text(1.0, band.low, band.label, transform=ax.get_yaxis_transform())
        ax.plot(date2num([point.at for point in chart.trend.points]), [p.total for p in chart.trend.points], marker="o")
        ax.set_ylabel(chart.trend.title)
        ax.xaxis_date()


DRAWERS: dict[str, Callable[[Figure, object], None]] = {
    "triggers": _trigger_counts,
    "when": _heatmap,
    "trend": _daily,
    "effect": _trigger_cravings,
    "helps": _coping,
    "together": _together,
    "care": _care,
    "measures": _measures,
    "calendar": _calendar,
}


LINES_PER_PAGE = 80


def plain_figure(key: str, data, size, dpi: float, title: str) -> Figure:
    """The same data as the app's chart ``key``, drawn as a short script would draw it."""
    figure = Figure(figsize=size, dpi=dpi, layout="tight")
    DRAWERS[key](figure, data)
    figure.suptitle(title)
    return figure


def draw_plain_chart(key: str, data, size, dpi: float, title: str) -> None:
    FigureCanvasAgg(plain_figure(key, data, size, dpi, title)).draw()


def plain_summary_pdf(target, figures: list[Figure], text: str) -> None:
    """The summary's words and charts written the plainest way matplotlib can: ``PdfPages``, the words wrapped by
    ``textwrap`` onto as many text pages as they need, then one page per chart."""
    from matplotlib.backends.backend_pdf import PdfPages

    lines = textwrap.wrap(" ".join(text.split()), 110)
    with PdfPages(target) as pdf:
        for first in range(0, max(1, len(lines)), LINES_PER_PAGE):
            page = Figure(figsize=(8.27, 11.69))
            page.text(0.05, 0.96, "\n".join(lines[first : first + LINES_PER_PAGE]), va="top", fontsize=8)
            pdf.savefig(page)
        for figure in figures:
            pdf.savefig(figure)
