"""Questionnaire scores over time with their bands shaded, and sleep and medication beside mood and craving."""

from __future__ import annotations

import numpy as np
from matplotlib.collections import PolyCollection
from matplotlib.dates import date2num
from matplotlib.figure import Figure

from recoveryjournal.charts.palette import OKABE_ITO, theme
from recoveryjournal.charts.style import (
    Target,
    add_targets,
    figure_legend,
    message_figure,
    new_figure,
    set_title,
    square,
    style_axes,
)
from recoveryjournal.charts.trend import as_array, date_ticks
from recoveryjournal.domain import dates
from recoveryjournal.domain.measure_models import SLEEP_QUALITY_LABELS
from recoveryjournal.domain.measure_trends import SHORT_NIGHT_HOURS, CareSeries, MeasureChart, MeasureCharts, percent
from recoveryjournal.domain.numbers import short
from recoveryjournal.domain.patterns import Period, Selection
from recoveryjournal.i18n import translatable, translate

MEASURES_TITLE = translatable("Charts", "Questionnaires over time")
CARE_TITLE = translatable("Charts", "Sleep, medication, mood and craving")
# Light to deeper shades, one per band from the lowest scores up (ColorBrewer "Blues", colour-blind safe).
BAND_SHADES = ("#F7FBFF", "#DEEBF7", "#C6DBEF", "#9ECAE1", "#6BAED6", "#4292C6")
BAND_SHADES_DARK = ("#1E2227", "#22303D", "#263E52", "#2B4C67", "#305A7C", "#356891")


def _date_axis(ax, period: Period, first_day: str) -> None:
    """The same ticks as "How I've been" (weeks from the person's first day), in the app's language (matplotlib's own
    date words are always English)."""
    ticks, labels = date_ticks(period.each_day(), first_day)
    ax.set_xticks(date2num(ticks) if ticks else [], labels)


def build_measure_charts(data: MeasureCharts, *, dark: bool = False, size: tuple[float, float] | None = None) -> Figure:
    active = theme(dark)
    if not data.readiness.enough:
        return message_figure(
            active, translate("Charts", MEASURES_TITLE), data.readiness.hint, size, period=data.period.describe()
        )
    rows = len(data.charts)
    figure = new_figure(active, size or (8.0, max(3.2, 2.6 * rows + 0.8)))
    axes = figure.subplots(rows, 1, sharex=True, squeeze=False)[:, 0]
    shades = BAND_SHADES_DARK if dark else BAND_SHADES
    start, end = date2num([data.period.start, data.period.end])
    for ax, chart in zip(axes, data.charts, strict=True):
        style_axes(ax, active, grid_axis=None)
        step = max(1, len(shades) // max(1, len(chart.bands)))
        for index, band in enumerate(chart.bands):
            colour = shades[min(index * step, len(shades) - 1)]
            ax.axhspan(band.low - 0.5, band.high + 0.5, color=colour, linewidth=0, zorder=0, gid=f"band-{index}")
            ax.text(
                1.005, (band.low + band.high) / 2, band.label, transform=ax.get_yaxis_transform(), va="center",
                fontsize=8, color=active.muted,
            )  # fmt: skip
        points = chart.trend.points
        x = date2num([point.at for point in points])
        y = [point.total for point in points]
        ax.plot(x, y, color=active.foreground, linewidth=1.6, marker="o", markersize=5, gid="scores", zorder=3)
        flagged = [(xi, yi) for xi, yi, point in zip(x, y, points, strict=True) if point.safety]
        if flagged:
            fx, fy = zip(*flagged, strict=True)
            ax.scatter(fx, fy, s=90, marker="D", color=OKABE_ITO["vermillion"], zorder=4, gid="safety")
        ax.set_ylim(chart.bands[0].low - 0.5, chart.bands[-1].high + 0.5)
        ax.set_xlim(start - 0.5, end + 0.5)
        ax.set_ylabel(chart.trend.title)
        change = chart.trend.change
        heading = translate("Charts", "%n result(s)", None, len(points))
        if change is not None:
            heading += translate("Charts", " · first → last: {first} → {last}").format(
                first=chart.trend.first.total, last=chart.trend.last.total
            )
        ax.set_title(heading, loc="left", color=active.muted, fontsize=9)
        _score_targets(ax, chart, x)
    _date_axis(axes[-1], data.period, data.first_day)
    set_title(figure, active, translate("Charts", MEASURES_TITLE))
    if any(point.safety for chart in data.charts for point in chart.trend.points):
        figure_legend(
            figure, active, [square(OKABE_ITO["vermillion"], translate("Charts", "An answer called for support"), "D")]
        )
    return figure


def _score_targets(ax, chart: MeasureChart, x: np.ndarray) -> None:
    """Each result of ``chart`` (drawn at ``x``) as a target: the pointer finds the nearest within half a day, and a
    click or Enter lists the check-ins and entries of the day it was taken (what was going on around that score)."""
    points = chart.trend.points

    def find(x_value: float, _y: float) -> Target | None:
        index = int(np.argmin(np.abs(x - x_value))) if len(x) else -1
        if index < 0 or abs(x[index] - x_value) > 0.5:
            return None
        point = points[index]
        lines = [
            chart.trend.title,
            f"{dates.weekday_long_date(point.at.date())}, {dates.clock(point.at)}",
            translate("Charts", "Score {score} of {most}: {band}").format(
                score=point.total, most=chart.max_score, band=point.band
            ),
        ]
        if point.safety:
            lines.append(translate("Charts", "An answer called for support"))
        day = point.at.date()
        heading = translate("Charts", "Check-ins and entries on {day}").format(day=dates.weekday_long_date(day))
        return Target("\n".join(lines), Selection(heading, day=day))

    def cells() -> list[tuple[float, float, float, float]]:
        low, high = ax.get_ylim()
        return [(xi - 0.25, low, xi + 0.25, high) for xi in x]

    add_targets(ax, find, cells)


def day_bars(ax, x: np.ndarray, heights: np.ndarray, colour: str, gid: str, width: float = 0.8) -> PolyCollection:
    """A bar for each day with a value, as one collection: ten years of nights are 3,650 bars, which ``ax.bar`` draws
    as 3,650 separate patches (tens of seconds on a slow laptop) and a collection draws in one pass."""
    shown = np.isfinite(heights)
    left, top = x[shown] - width / 2, heights[shown]
    right, ground = left + width, np.zeros_like(top)
    outline = ((left, ground), (left, top), (right, top), (right, ground))
    corners = np.stack([np.column_stack(corner) for corner in outline], axis=1)
    bars = PolyCollection(corners, facecolors=colour, edgecolors="none", gid=gid)
    ax.add_collection(bars)
    ax.update_datalim([(x.min() - width, 0), (x.max() + width, 0)] if len(x) else [(0, 0)])
    ax.autoscale_view()
    return bars


def build_care_series(data: CareSeries, *, dark: bool = False, size: tuple[float, float] | None = None) -> Figure:
    active = theme(dark)
    if not data.readiness.enough:
        return message_figure(
            active, translate("Charts", CARE_TITLE), data.readiness.hint, size, period=data.period.describe()
        )
    figure = new_figure(active, size or (8.0, 6.4))
    mood_ax, sleep_ax, meds_ax = figure.subplots(3, 1, sharex=True, height_ratios=[3, 3, 1.6])
    x = date2num(data.days)
    for ax in (mood_ax, sleep_ax, meds_ax):
        style_axes(ax, active, grid_axis="y")
    mood_ax.plot(x, as_array(data.mood), color=active.mood, marker="o", markersize=3, linewidth=1.4, gid="mood")
    mood_ax.set_ylim(0.6, 5.4)
    mood_ax.set_ylabel(translate("Charts", "Mood (1–5)"))
    craving_ax = mood_ax.twinx()
    craving_ax.plot(
        x, as_array(data.craving), color=active.craving, marker="s", markersize=3, linewidth=1.4, gid="craving"
    )
    craving_ax.set_ylim(-0.4, 10.4)
    craving_ax.set_ylabel(translate("Charts", "Craving (0–10)"), color=active.foreground)
    craving_ax.tick_params(colors=active.muted, labelcolor=active.foreground, labelsize=9)
    for side in ("top", "left", "bottom"):
        craving_ax.spines[side].set_visible(False)
    craving_ax.spines["right"].set_color(active.grid)

    hours = as_array(data.sleep_hours)
    short = np.where(hours < SHORT_NIGHT_HOURS, hours, np.nan)
    day_bars(sleep_ax, x, hours, OKABE_ITO["sky_blue"], "sleep")
    day_bars(sleep_ax, x, short, OKABE_ITO["orange"], "short-nights")
    sleep_ax.axhline(SHORT_NIGHT_HOURS, color=active.muted, linewidth=1, linestyle=(0, (4, 3)), gid="six-hours")
    sleep_ax.set_ylabel(translate("Charts", "Sleep (hours)"))
    sleep_ax.set_ylim(0, max(10.0, float(np.nanmax(hours)) + 1 if np.isfinite(hours).any() else 10.0))
    sleep = data.sleep
    sleep_ax.set_title(
        translate("Charts", "%n night(s) logged · {short} under {hours} h", None, sleep.nights).format(
            short=sleep.short_nights, hours=f"{SHORT_NIGHT_HOURS:g}"
        ),
        loc="left",
        color=active.muted,
        fontsize=9,
    )

    taken = as_array(data.adherence)
    day_bars(meds_ax, x, np.where(taken >= 1, 1.0, np.nan), OKABE_ITO["bluish_green"], "all-taken")
    day_bars(meds_ax, x, np.where(taken < 1, 1.0, np.nan), OKABE_ITO["reddish_purple"], "missed")
    meds_ax.set_ylim(0, 1.2)
    meds_ax.set_yticks([])
    meds_ax.set_ylabel(translate("Charts", "Medication"))
    taken_words = translate("Charts", "{medication}: {rate} taken")
    rates = " · ".join(
        taken_words.format(medication=row.medication, rate=percent(row.rate)) for row in data.medications
    )
    meds_ax.set_title(rates or translate("Charts", "No medication noted"), loc="left", color=active.muted, fontsize=9)
    _date_axis(meds_ax, data.period, data.first_day)
    set_title(figure, active, translate("Charts", CARE_TITLE), data.period.describe(), mood_ax)
    figure_legend(
        figure,
        active,
        [
            square(active.mood, translate("Charts", "Mood"), "o"),
            square(active.craving, translate("Charts", "Craving")),
            square(OKABE_ITO["sky_blue"], translate("Charts", "Sleep")),
            square(OKABE_ITO["orange"], translate("Charts", "Under {hours} h").format(hours=f"{SHORT_NIGHT_HOURS:g}")),
            square(OKABE_ITO["bluish_green"], translate("Charts", "All doses taken")),
            square(OKABE_ITO["reddish_purple"], translate("Charts", "A dose missed")),
        ],
        columns=3,
    )
    _night_targets(data, x, (mood_ax, sleep_ax, meds_ax, craving_ax))
    return figure


def _night_targets(data: CareSeries, x: np.ndarray, axes: tuple) -> None:
    """One target per day with anything logged, the same across the panels: its sleep, doses, mood and craving;
    a click lists that day's check-ins and entries."""

    def find(x_value: float, _y: float) -> Target | None:
        index = round(float(x_value - x[0])) if len(x) else -1
        if not 0 <= index < len(data.days):
            return None
        hours, quality = data.sleep_hours[index], data.sleep_quality[index]
        taken, mood, craving = data.adherence[index], data.mood[index], data.craving[index]
        if hours is None and quality is None and taken is None and mood is None and craving is None:
            return None
        day = data.days[index]
        if hours is None and quality is None:
            sleep = translate("Charts", "No sleep noted")
        else:
            sleep = translate("Charts", "Sleep {hours} h, quality {quality}").format(
                hours="—" if hours is None else short(hours),
                quality="—"
                if quality is None
                else f"{quality}/5 ({translate('Sleep', SLEEP_QUALITY_LABELS[quality])})",
            )
        if taken is None:
            doses = translate("Charts", "No medication noted")
        elif taken >= 1:
            doses = translate("Charts", "All doses taken")
        else:
            doses = translate("Charts", "A dose missed ({rate} of doses taken)").format(rate=percent(taken))
        lines = [
            dates.weekday_long_date(day),
            sleep,
            doses,
            translate("Charts", "Mood {mood} · craving {craving}").format(
                mood="—" if mood is None else short(mood), craving="—" if craving is None else short(craving)
            ),
        ]
        heading = translate("Charts", "Check-ins and entries on {day}").format(day=dates.weekday_long_date(day))
        return Target("\n".join(lines), Selection(heading, day=day))

    top = axes[0]

    def day_cells() -> list[tuple[float, float, float, float]]:
        low, high = sorted(top.get_ylim())
        return [(xi - 0.5, low, xi + 0.5, high) for xi in x]

    add_targets(top, find, day_cells)
    for ax in axes[1:]:
        add_targets(ax, find)
