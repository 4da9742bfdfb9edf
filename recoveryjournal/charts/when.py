"""When: a weekday × hour-of-day grid, drawn as one ``pcolormesh``."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from recoveryjournal.charts.palette import theme
from recoveryjournal.charts.style import (
    Target,
    add_targets,
    grid_cells,
    message_figure,
    new_figure,
    ramp,
    set_title,
    style_axes,
)
from recoveryjournal.domain import dates
from recoveryjournal.domain.numbers import decimals
from recoveryjournal.domain.patterns import Heatmap, HeatmapSubject, Selection, hour_label
from recoveryjournal.i18n import translatable, translate

TITLES = {
    HeatmapSubject.TRIGGERS: translatable("Charts", "When triggers come up"),
    HeatmapSubject.CRAVINGS: translatable("Charts", "When cravings run high"),
}
TICK_HOURS = range(0, 24, 3)


def heatmap_array(data: Heatmap) -> np.ndarray:
    """The drawn values: rows in the order of the person's week (``data.order``), columns midnight…11 pm; NaN where
    no craving was logged."""
    return np.array(
        [[np.nan if value is None else value for value in data.values[weekday]] for weekday in data.order], dtype=float
    )


def build_heatmap(data: Heatmap, *, dark: bool = False, size: tuple[float, float] | None = None) -> Figure:
    active = theme(dark)
    title = translate("Charts", TITLES[data.subject])
    if not data.readiness.enough:
        return message_figure(active, title, data.readiness.hint, size, period=data.period.describe())
    figure = new_figure(active, size)
    ax = figure.add_subplot()
    style_axes(ax, active, grid_axis=None)
    values = heatmap_array(data)
    if data.subject is HeatmapSubject.TRIGGERS:
        values[values == 0] = np.nan
    cmap = ramp("heat", active.heat).with_extremes(bad=active.empty)
    upper = 10 if data.subject is HeatmapSubject.CRAVINGS else max(1.0, float(np.nanmax(values)))
    mesh = ax.pcolormesh(
        np.ma.masked_invalid(values),
        cmap=cmap,
        vmin=0 if data.subject is HeatmapSubject.CRAVINGS else 1,
        vmax=upper,
        edgecolors=active.background,
        linewidth=1.5,
        gid="heatmap",
    )
    ax.set_xticks([hour + 0.5 for hour in TICK_HOURS], [hour_label(hour) for hour in TICK_HOURS])
    ax.set_yticks([row + 0.5 for row in range(7)], [dates.weekday_name(day) for day in data.order])
    ax.set_xlim(0, 24)
    ax.set_ylim(7, 0)
    ax.tick_params(length=0)
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)
    ax.set_xlabel(translate("Charts", "Time of day (your local time)"))
    bar = figure.colorbar(mesh, ax=ax, shrink=0.85, pad=0.02)
    bar.outline.set_visible(False)
    bar.ax.tick_params(colors=active.muted, labelcolor=active.foreground, labelsize=9)
    if data.subject is HeatmapSubject.CRAVINGS:
        bar.set_label(translate("Charts", "Average craving (0–10)"), color=active.foreground)
    else:
        bar.set_label(translate("Charts", "Triggers logged"), color=active.foreground)
    subtitle = translate("Charts", "{period} · grey squares: nothing logged then").format(period=data.period.describe())
    set_title(figure, active, title, subtitle, ax)

    def find(x: float, y: float) -> Target | None:
        hour, row = int(x), int(y)
        if not (0 <= hour < 24 and 0 <= row < 7):
            return None
        weekday = data.order[row]
        span = translate("Charts", "{weekday}s, {start}–{end}").format(
            weekday=dates.weekday_name(weekday), start=hour_label(hour), end=hour_label((hour + 1) % 24)
        )
        count = data.counts[weekday][hour]
        if data.subject is HeatmapSubject.TRIGGERS:
            tip = translate("Charts", "{span}: %n trigger(s) logged", None, count).format(span=span)
            selection = Selection(
                translate("Charts", "Check-ins with triggers on {span}").format(span=span),
                weekday=weekday,
                hour=hour,
                needs_trigger=True,
                include_entries=False,
            )
        else:
            value = data.values[weekday][hour]
            tip = (
                translate("Charts", "{span}: average craving {value} over %n check-in(s)", None, count)
                if value is not None
                else translate("Charts", "{span}: no craving logged")
            ).format(span=span, value=decimals(value) if value is not None else "")
            selection = Selection(
                translate("Charts", "Cravings on {span}").format(span=span),
                weekday=weekday,
                hour=hour,
                needs_craving=True,
                include_entries=False,
            )
        return Target(tip, selection if count else None)

    add_targets(ax, find, grid_cells(24, 7))
    return figure
