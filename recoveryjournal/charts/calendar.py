"""Calendar: a year of days in week columns. Colour is the day's mood; pale green marks a sober day without a
check-in; a purple dot marks a lapse. One ``pcolormesh`` and one scatter, however full the year. Weeks before the
journal began are left out, so a young journal's days fill the chart instead of a corner of it."""

from __future__ import annotations

from datetime import timedelta

import numpy as np
from matplotlib.figure import Figure

from recoveryjournal.charts.palette import theme
from recoveryjournal.charts.style import (
    Target,
    add_targets,
    figure_legend,
    message_figure,
    new_figure,
    ramp,
    set_title,
    square,
    style_axes,
)
from recoveryjournal.domain import dates
from recoveryjournal.domain.models import mood_label
from recoveryjournal.domain.numbers import decimals
from recoveryjournal.domain.patterns import Selection, YearCalendar
from recoveryjournal.domain.weeks import weekday_order
from recoveryjournal.i18n import translatable, translate

TITLE = translatable("Charts", "My year, day by day")


def mood_grid(data: YearCalendar) -> np.ndarray:
    """Rows Monday…Sunday, one column per week: the mean mood, NaN where no mood was logged."""
    grid = np.full((7, data.weeks), np.nan)
    for day in data.days:
        if day.mood is not None:
            week, weekday = data.cell(day.day)
            grid[weekday, week] = day.mood
    return grid


SHORTEST = 13
"""Weeks the calendar shows at least: a quarter, so a new journal's first days are not a few giant squares."""
SQUARE_FROM = 27
"""From this many weeks the cells are kept square; fewer weeks stretch a little to fill the chart."""


def first_shown_week(data: YearCalendar) -> int:
    """The first week column with anything in it: the empty months before a journal began are left out, so the
    days there are use the room (at least ``SHORTEST`` weeks are shown)."""
    used = [data.cell(day.day)[0] for day in data.days if day.checkins or day.sober is not None or day.lapse]
    first = min(used) if used else 0
    return max(0, min(first, data.weeks - SHORTEST))


def build_year_calendar(data: YearCalendar, *, dark: bool = False, size: tuple[float, float] | None = None) -> Figure:
    active = theme(dark)
    if not data.readiness.enough:
        return message_figure(active, translate("Charts", TITLE), data.readiness.hint, size)
    first = first_shown_week(data)
    weeks = data.weeks - first
    figure = new_figure(active, size or (9.0, 4.0))
    ax = figure.add_subplot()
    style_axes(ax, active, grid_axis=None)
    base = np.full((7, data.weeks), 0.0)
    for day in data.days:
        week, weekday = data.cell(day.day)
        base[weekday, week] = 1.0 if day.sober else 0.0
    columns = np.arange(first, data.weeks + 1)
    rows = np.arange(8)
    ramp_base = ramp("base", (active.empty, active.sober))
    ax.pcolormesh(
        columns, rows, base[:, first:], cmap=ramp_base, vmin=0, vmax=1, edgecolors=active.background, linewidth=1.2
    )
    cmap = ramp("mood", active.mood_scale)
    ax.pcolormesh(
        columns,
        rows,
        np.ma.masked_invalid(mood_grid(data)[:, first:]),
        cmap=cmap,
        vmin=1,
        vmax=5,
        edgecolors=active.background,
        linewidth=1.2,
        gid="mood",
    )
    lapse_cells = [data.cell(day.day) for day in data.days if day.lapse]
    ax.scatter(
        [week + 0.5 for week, _ in lapse_cells],
        [weekday + 0.5 for _, weekday in lapse_cells],
        s=28,
        color=active.lapse,
        edgecolors=active.background,
        linewidths=0.6,
        zorder=3,
        gid="lapses",
    )
    months, labels = [], []
    for day in data.days:
        if day.day.day == 1 and data.cell(day.day)[0] >= first:
            months.append(data.cell(day.day)[0] + 0.5)
            labels.append(dates.short_month(day.day.month) if day.day.month != 1 else dates.short_month_year(day.day))
    ax.set_xticks(months, labels)
    order = weekday_order(data.first_day)
    ax.set_yticks([0.5, 2.5, 4.5, 6.5], [dates.short_weekday(order[row]) for row in (0, 2, 4, 6)])
    ax.set_xlim(first, data.weeks)
    ax.set_ylim(7, 0)
    ax.set_aspect("equal" if weeks >= SQUARE_FROM else "auto")
    ax.tick_params(length=0)
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)
    handles = [square(cmap((level - 1) / 4), mood_label(level)) for level in range(1, 6)]
    handles += [
        square(active.sober, translate("Charts", "Sober day, no check-in")),
        square(active.empty, translate("Charts", "Nothing logged")),
        square(active.lapse, translate("Charts", "Lapse"), marker="o", size=6),
    ]
    figure_legend(figure, active, handles)
    shown_start = data.start + timedelta(weeks=first)
    subtitle = " · ".join(
        (
            dates.date_range(shown_start, data.shown_end),
            translate("Charts", "%n sober day(s)", None, data.sober_days),
            translate("Charts", "%n day(s) with check-ins", None, data.checkin_days),
            translate("Charts", "%n lapse day(s)", None, data.lapse_days),
        )
    )
    set_title(figure, active, translate("Charts", TITLE), subtitle, ax)

    def find(x: float, y: float) -> Target | None:
        found = data.day_at(int(x), int(y)) if x >= 0 and y >= 0 else None
        if found is None:
            return None
        parts = [dates.weekday_long_date(found.day)]
        if found.checkins:
            checkins = translate("Charts", "%n check-in(s)", None, found.checkins)
            if found.mood is not None:
                checkins = translate("Charts", "{checkins}, average mood {mood}").format(
                    checkins=checkins, mood=decimals(found.mood)
                )
            parts.append(checkins)
        else:
            parts.append(translate("Charts", "No check-ins"))
        if found.lapse:
            parts.append(translate("Charts", "A lapse was logged"))
        elif found.sober:
            parts.append(translate("Charts", "Sober day"))
        return Target(
            "\n".join(parts),
            Selection(
                translate("Charts", "Check-ins and entries on {day}").format(day=dates.weekday_long_date(found.day)),
                day=found.day,
            ),
        )

    add_targets(ax, find, lambda: [(w, d, w + 1, d + 1) for d in range(7) for w in range(first, data.weeks)])
    return figure
