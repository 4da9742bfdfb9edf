"""How I've been: daily mood and craving (and the "How am I really doing?" rating) with their 7-day means; lapses
and treatment sessions marked along the bottom. Every series is one artist, however many days it spans."""

from __future__ import annotations

from datetime import date

import numpy as np
from matplotlib.dates import date2num, num2date
from matplotlib.figure import Figure

from recoveryjournal.charts.palette import SERIES_STYLES, theme
from recoveryjournal.charts.style import (
    Target,
    add_targets,
    figure_legend,
    line_key,
    message_figure,
    new_figure,
    set_title,
    square,
    style_axes,
)
from recoveryjournal.domain import dates
from recoveryjournal.domain.models import mood_label
from recoveryjournal.domain.numbers import short
from recoveryjournal.domain.patterns import DailySeries, Selection
from recoveryjournal.domain.weeks import day_of_week
from recoveryjournal.i18n import translatable, translate

TITLE = translatable("Charts", "How I've been")
RATING_KEY = translatable("Charts", "“How am I really doing?” (1 = really struggling, 10 = really well)")


def as_array(values: list[float | None]) -> np.ndarray:
    return np.array([np.nan if value is None else value for value in values], dtype=float)


def date_ticks(days: list[date], first_day: str = "monday") -> tuple[list[date], list[str]]:
    """Ticks a person reads without decoding: each day of a short period, the first day of each week (``first_day``)
    in a month or two ("3 Nov"), first days of months in a year ("Nov", with the year in January and on the first
    tick), else years; the words are the app's language's (domain.dates)."""
    if not days:
        return [], []
    span = len(days)
    if span <= 10:
        ticks = list(days)
        return ticks, [dates.day_month(day) for day in ticks]
    if span <= 75:
        ticks = [day for day in days if day_of_week(day, first_day) == 0]
        return ticks, [dates.day_month(day) for day in ticks]
    if span <= 800:
        ticks = [day for day in days if day.day == 1]
        labels = [
            dates.short_month_year(day) if index == 0 or day.month == 1 else dates.short_month(day.month)
            for index, day in enumerate(ticks)
        ]
        return ticks, labels
    step = max(1, (span // 365 + 7) // 8)
    ticks = [day for day in days if day.month == 1 and day.day == 1 and day.year % step == 0]
    return ticks, [str(day.year) for day in ticks]


def _draw(ax, x: np.ndarray, daily: list[float | None], mean: list[float | None], colour: str, label: str, gid: str):
    """Dots for each day and the 7-day mean as a line, in the series' own line style and marker (grey-safe)."""
    linestyle, marker = SERIES_STYLES[gid]
    ax.scatter(x, as_array(daily), s=12, marker=marker, color=colour, alpha=0.35, linewidths=0, gid=f"{gid}-daily")
    ax.plot(x, as_array(mean), color=colour, linewidth=2.2, linestyle=linestyle, label=label, gid=f"{gid}-mean")


def _fmt(value: float | None) -> str:
    return "—" if value is None else short(value)


def build_daily_series(
    data: DailySeries,
    *,
    dark: bool = False,
    size: tuple[float, float] | None = None,
) -> Figure:
    active = theme(dark)
    if not data.readiness.enough:
        return message_figure(
            active, translate("Charts", TITLE), data.readiness.hint, size, period=data.period.describe()
        )
    figure = new_figure(active, size or (8.0, 5.6))
    mood_ax, craving_ax, events_ax = figure.subplots(3, 1, sharex=True, height_ratios=[3, 3, 0.8])
    x = date2num(data.days)
    for ax in (mood_ax, craving_ax, events_ax):
        style_axes(ax, active, grid_axis="y")
    mood, craving, rating = (
        translate("Charts", "Mood"),
        translate("Charts", "Craving"),
        translate("Charts", RATING_KEY),
    )
    _draw(mood_ax, x, data.mood, data.mood_mean, active.mood, mood, "mood")
    mood_ax.set_ylim(0.6, 5.4)
    mood_ax.set_yticks([1, 3, 5], [mood_label(1), mood_label(3), mood_label(5)])
    mood_ax.set_ylabel(mood)
    _draw(craving_ax, x, data.craving, data.craving_mean, active.craving, craving, "craving")
    if data.has_rating:
        _draw(craving_ax, x, data.rating, data.rating_mean, active.rating, rating, "rating")
    craving_ax.set_ylim(-0.4, 10.4)
    craving_ax.set_yticks([0, 5, 10])
    craving_ax.set_ylabel(translate("Charts", "Out of 10"))
    lapse_x = date2num(data.lapse_days) if data.lapse_days else np.array([])
    for ax in (mood_ax, craving_ax):
        ax.vlines(lapse_x, 0, 1, transform=ax.get_xaxis_transform(), color=active.lapse, linewidth=1.2, alpha=0.6)
    events_ax.scatter(lapse_x, np.full(len(lapse_x), 1.0), marker="v", s=46, color=active.lapse, gid="lapses")
    session_x = date2num(data.session_days) if data.session_days else np.array([])
    events_ax.scatter(session_x, np.zeros(len(session_x)), marker="^", s=40, color=active.session, gid="sessions")
    events_ax.set_ylim(-0.6, 1.6)
    events_ax.set_yticks([0, 1], [translate("Charts", "Sessions"), translate("Charts", "Lapses")])
    events_ax.grid(False)
    events_ax.spines["left"].set_visible(False)
    events_ax.tick_params(axis="y", length=0)
    ticks, labels = date_ticks(data.days, data.first_day)
    events_ax.set_xticks(date2num(ticks) if ticks else [], labels)
    events_ax.set_xlim(x[0] - 0.5, x[-1] + 0.5)
    handles = [
        line_key(active.mood, mood, *SERIES_STYLES["mood"]),
        line_key(active.craving, translate("Charts", "Craving (0 = none, 10 = strongest)"), *SERIES_STYLES["craving"]),
    ]
    if data.has_rating:
        handles.append(line_key(active.rating, rating, *SERIES_STYLES["rating"]))
    handles += [
        square(active.lapse, translate("Charts", "Lapse"), marker="v", size=7),
        square(active.session, translate("Charts", "Session"), marker="^", size=7),
    ]
    figure_legend(figure, active, handles)
    subtitle = translate("Charts", "{period} · from check-ins · dots: each day · lines: 7-day average").format(
        period=data.period.describe()
    )
    set_title(figure, active, translate("Charts", TITLE), subtitle, mood_ax)
    index_of = {day: index for index, day in enumerate(data.days)}
    lapses, sessions = set(data.lapse_days), set(data.session_days)

    def find(x_value: float, _y: float) -> Target | None:
        day: date = num2date(round(x_value)).date()
        index = index_of.get(day)
        if index is None:
            return None
        lines = [
            dates.weekday_long_date(day),
            translate("Charts", "Mood {value} (7-day average {mean})").format(
                value=_fmt(data.mood[index]), mean=_fmt(data.mood_mean[index])
            ),
            translate("Charts", "Craving {value} (7-day average {mean})").format(
                value=_fmt(data.craving[index]), mean=_fmt(data.craving_mean[index])
            ),
        ]
        if data.has_rating:
            lines.append(translate("Charts", "“How am I really doing?” {value}").format(value=_fmt(data.rating[index])))
        if day in lapses:
            lines.append(translate("Charts", "A lapse was logged this day"))
        if day in sessions:
            lines.append(translate("Charts", "Treatment session"))
        return Target(
            "\n".join(lines),
            Selection(
                translate("Charts", "Check-ins and entries on {day}").format(day=dates.weekday_long_date(day)), day=day
            ),
        )

    def day_cells() -> list[tuple[float, float, float, float]]:
        low, high = sorted(mood_ax.get_ylim())
        return [(date2num(day) - 0.5, low, date2num(day) + 0.5, high) for day in data.days]

    add_targets(mood_ax, find, day_cells)
    for ax in (craving_ax, events_ax):
        add_targets(ax, find)
    return figure
