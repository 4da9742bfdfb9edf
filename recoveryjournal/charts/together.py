"""Together: which of the most frequent triggers turn up in the same check-in or entry."""

from __future__ import annotations

import numpy as np
from matplotlib.colors import to_hex
from matplotlib.figure import Figure

from recoveryjournal.charts.palette import ink_on, theme
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
from recoveryjournal.domain.patterns import CoOccurrence, Selection
from recoveryjournal.i18n import translatable, translate

TITLE = translatable("Charts", "Which triggers come together")


def co_occurrence_array(data: CoOccurrence) -> np.ndarray:
    """The drawn grid: shared counts off the diagonal, NaN on it (a trigger with itself is not a pair)."""
    grid = np.array(data.matrix, dtype=float)
    np.fill_diagonal(grid, np.nan)
    return grid


def build_co_occurrence(data: CoOccurrence, *, dark: bool = False, size: tuple[float, float] | None = None) -> Figure:
    active = theme(dark)
    if not data.readiness.enough:
        return message_figure(
            active, translate("Charts", TITLE), data.readiness.hint, size, period=data.period.describe()
        )
    figure = new_figure(active, size or (7.5, 6.0))
    ax = figure.add_subplot()
    style_axes(ax, active, grid_axis=None)
    grid = co_occurrence_array(data)
    cmap = ramp("together", active.heat).with_extremes(bad=active.empty)
    size_n = len(data.names)
    upper = max(1.0, float(np.nanmax(grid)) if size_n > 1 else 1.0)
    ax.pcolormesh(
        np.ma.masked_invalid(grid),
        cmap=cmap,
        vmin=0,
        vmax=upper,
        edgecolors=active.background,
        linewidth=1.5,
        gid="pairs",
    )
    for row in range(size_n):
        for col in range(size_n):
            if row != col and data.matrix[row][col]:
                value = data.matrix[row][col]
                colour = ink_on(active, to_hex(cmap(value / upper)))
                ax.text(col + 0.5, row + 0.5, str(value), ha="center", va="center", fontsize=9, color=colour)
    ticks = [index + 0.5 for index in range(size_n)]
    ax.set_xticks(ticks, data.names, rotation=35, ha="right", rotation_mode="anchor")
    ax.set_yticks(ticks, data.names)
    ax.set_xlim(0, size_n)
    ax.set_ylim(size_n, 0)
    ax.set_aspect("equal")
    ax.tick_params(length=0)
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)
    set_title(
        figure,
        active,
        translate("Charts", TITLE),
        translate("Charts", "{period} · check-ins and entries where both were present").format(
            period=data.period.describe()
        ),
        ax,
    )

    def find(x: float, y: float) -> Target | None:
        col, row = int(x), int(y)
        if not (0 <= row < size_n and 0 <= col < size_n):
            return None
        a, b = data.names[row], data.names[col]
        if row == col:
            total = data.matrix[row][row]
            tip = translate("Charts", "{name}: logged %n time(s) in all", None, total).format(name=a)
            return Target(
                tip,
                Selection(
                    translate("Charts", "Times “{name}” was logged").format(name=a),
                    trigger_ids=(data.trigger_ids[row],),
                ),
            )
        shared = data.matrix[row][col]
        tip = translate("Charts", "{a} and {b}: together %n time(s)", None, shared).format(a=a, b=b)
        selection = Selection(
            translate("Charts", "“{a}” and “{b}” together").format(a=a, b=b),
            trigger_ids=(data.trigger_ids[row], data.trigger_ids[col]),
        )
        return Target(tip, selection if shared else None)

    add_targets(ax, find, grid_cells(size_n, size_n))
    return figure
