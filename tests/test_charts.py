"""What each chart draws matches the data it was given; too little data draws a message, not empty axes."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta, timezone

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PathCollection, QuadMesh
from matplotlib.container import BarContainer
from matplotlib.dates import date2num
from matplotlib.figure import Figure
from matplotlib.text import Text

from recoveryjournal import i18n
from recoveryjournal.charts.calendar import build_year_calendar, first_shown_week, mood_grid
from recoveryjournal.charts.coping import build_coping_effects
from recoveryjournal.charts.palette import DARK, LIGHT
from recoveryjournal.charts.style import target_at
from recoveryjournal.charts.together import build_co_occurrence, co_occurrence_array
from recoveryjournal.charts.trend import build_daily_series
from recoveryjournal.charts.triggers import build_trigger_counts, build_trigger_cravings
from recoveryjournal.charts.when import build_heatmap
from recoveryjournal.domain import patterns as p
from recoveryjournal.domain.numbers import decimals

EST = timezone(timedelta(hours=-5))
PERIOD = p.Period(date(2026, 3, 1), date(2026, 3, 14))
TRIGGERS = {
    1: p.TriggerInfo(1, "Stress", "emotional"),
    2: p.TriggerInfo(2, "Payday", "environmental"),
    3: p.TriggerInfo(3, "Old friends", "social"),
}


def at(day: int, hour: int) -> datetime:
    return datetime(2026, 3, day, hour, tzinfo=EST)


@pytest.fixture
def data() -> p.PatternData:
    checkins = [
        p.CheckInFact(i, at(1 + i % 14, 8 + (i * 5) % 14), mood=1 + i % 5, craving=i % 11, trigger_ids=ids)
        for i, ids in enumerate([(1,), (1, 2), (3,), (1, 3), (2,), (1,), (1, 2, 3), (3,), (1,), ()] * 2)
    ]
    return p.PatternData(
        period=PERIOD,
        triggers=TRIGGERS,
        checkins=checkins,
        entries=[p.EntryFact(100, at(3, 22), (2,))],
        coping=[p.CopingFact(1, at(2, 9), 8, 2), p.CopingFact(1, at(3, 9), 6, 4), p.CopingFact(2, at(4, 9))],
        coping_names={1: "Walk", 2: "Shower"},
        lapses=[at(5, 23)],
        sessions=[at(2, 18), at(9, 18)],
        ratings=[p.RatingFact(at(day, 21), day % 10 + 1) for day in range(1, 15)],
        previous_trigger_counts={1: 2, 3: 9},
    )


def bars(figure: Figure, gid: str) -> list[float]:
    ax = figure.axes[0]
    container = next(c for c in ax.containers if isinstance(c, BarContainer))
    assert all(patch.get_gid() == gid for patch in container.patches)
    return [patch.get_width() for patch in container.patches]


def test_trigger_bars_are_the_counts_and_ticks_the_period_before(data):
    counts = p.trigger_counts(data)
    figure = build_trigger_counts(counts)
    assert bars(figure, "counts") == [row.count for row in counts.rows] == [12, 8, 7]
    ax = figure.axes[0]
    previous = next(c for c in ax.collections if c.get_gid() == "previous")
    assert previous.get_offsets()[:, 0].tolist() == [2, 9, 0]
    assert [label.get_text() for label in ax.get_yticklabels()] == ["Stress", "Old friends", "Payday"]
    assert figure.get_suptitle() == "Which triggers came up"
    assert ax.get_xlabel().startswith("Times ticked on a check-in or tagged on a journal entry")


def test_trigger_bars_are_coloured_by_kind(data):
    figure = build_trigger_counts(p.trigger_counts(data))
    container = figure.axes[0].containers[0]
    faces = [tuple(np.round(patch.get_facecolor()[:3], 3)) for patch in container.patches]
    assert len(set(faces)) == 3


def test_hover_and_click_targets_name_the_bar(data):
    counts = p.trigger_counts(data)
    figure = build_trigger_counts(counts)
    ax = figure.axes[0]
    target = target_at(figure, ax, 3.0, 2.1)
    assert target.tip.startswith("Payday (environmental): 7 times — 6 check-ins, 1 entry")
    assert target.selection.trigger_ids == (2,)
    assert target_at(figure, ax, 3.0, 7.0) is None


def test_craving_bars_are_means_with_their_spread(data):
    cravings = p.trigger_cravings(data)
    figure = build_trigger_cravings(cravings)
    assert bars(figure, "means") == pytest.approx([row.mean for row in cravings.rows])
    tip = target_at(figure, figure.axes[0], 1, 0).tip
    first = cravings.rows[0]
    assert decimals(first.mean) in tip and f"{first.count} check-ins" in tip


def test_heatmap_cells_hold_the_counts_and_means(data):
    triggers = p.heatmap(data, "triggers")
    figure = build_heatmap(triggers)
    mesh = next(c for c in figure.axes[0].collections if isinstance(c, QuadMesh))
    drawn = np.ma.filled(mesh.get_array(), 0).reshape(7, 24)
    assert drawn.tolist() == [[float(v) for v in row] for row in triggers.values]
    cravings = p.heatmap(data, "cravings")
    mesh = next(c for c in build_heatmap(cravings).axes[0].collections if isinstance(c, QuadMesh))
    drawn = mesh.get_array().reshape(7, 24)
    for weekday in range(7):
        for hour in range(24):
            value = cravings.values[weekday][hour]
            assert drawn.mask[weekday, hour] if value is None else drawn[weekday, hour] == pytest.approx(value)
    weekday, hour = cravings.peak()
    assert target_at(figure, None, 0, 0) is None
    figure = build_heatmap(cravings)
    assert f"{cravings.values[weekday][hour]:.1f}" in target_at(figure, figure.axes[0], hour + 0.5, weekday + 0.5).tip


def test_trend_lines_are_the_daily_values_and_rolling_means(data):
    series = p.daily_series(data)
    figure = build_daily_series(series)
    mood_ax, craving_ax, events_ax = figure.axes[:3]
    lines = {line.get_gid(): line for ax in (mood_ax, craving_ax) for line in ax.lines}
    assert np.allclose(lines["mood-mean"].get_xdata(), date2num(series.days))
    assert np.allclose(lines["mood-mean"].get_ydata(), np.array(series.mood_mean, dtype=float), equal_nan=True)
    assert np.allclose(lines["craving-mean"].get_ydata(), np.array(series.craving_mean, dtype=float), equal_nan=True)
    assert np.allclose(lines["rating-mean"].get_ydata(), np.array(series.rating_mean, dtype=float), equal_nan=True)
    lapses = next(c for c in events_ax.collections if c.get_gid() == "lapses")
    assert lapses.get_offsets()[:, 0].tolist() == [date2num(date(2026, 3, 5))]
    sessions = next(c for c in events_ax.collections if c.get_gid() == "sessions")
    assert len(sessions.get_offsets()) == 2
    target = target_at(figure, craving_ax, date2num(date(2026, 3, 5)), 5)
    assert "Thursday 5 March 2026" in target.tip and "lapse" in target.tip
    assert target.selection.day == date(2026, 3, 5)


def test_trend_without_ratings_draws_two_lines(data):
    data.ratings = []
    figure = build_daily_series(p.daily_series(data))
    gids = {line.get_gid() for ax in figure.axes for line in ax.lines}
    assert {"mood-mean", "craving-mean"} <= gids and "rating-mean" not in gids


def test_coping_bars_are_mean_drops_ranked(data):
    effects = p.coping_effects(data)
    figure = build_coping_effects(effects)
    assert bars(figure, "drops") == [4.0, 0.0]
    assert target_at(figure, figure.axes[0], 0, 1).tip == "Shower: used 1 time, never rated before and after"
    assert target_at(figure, figure.axes[0], 0, 0).selection.action_id == 1


def test_together_grid_is_the_co_occurrence_matrix(data):
    together = p.co_occurrence(data)
    figure = build_co_occurrence(together)
    mesh = next(c for c in figure.axes[0].collections if isinstance(c, QuadMesh))
    drawn = np.ma.filled(mesh.get_array().reshape(len(together.names), -1), -1)
    expected = co_occurrence_array(together)
    np.fill_diagonal(expected, -1)
    assert drawn.tolist() == expected.tolist()
    texts = {t.get_text() for t in figure.axes[0].texts}
    assert str(together.matrix[0][1]) in texts
    assert target_at(figure, figure.axes[0], 1.5, 0.5).selection.trigger_ids == (
        together.trigger_ids[0],
        together.trigger_ids[1],
    )


def test_calendar_colours_each_day_by_mood_and_marks_lapses():
    today = date(2026, 3, 10)
    cal = p.year_calendar(
        today,
        today,
        [p.DayStat(date(2026, 3, 2), 2, 4.5), p.DayStat(date(2026, 3, 9), 1, 2.0)],
        [date(2026, 3, 4)],
        date(2026, 3, 1),
    )
    figure = build_year_calendar(cal)
    ax = figure.axes[0]
    mood = next(c for c in ax.collections if c.get_gid() == "mood")
    first = first_shown_week(cal)
    assert first == cal.weeks - 13  # a young journal: the empty months before it are left out, a quarter is shown
    drawn = mood.get_array().reshape(7, 13)
    assert drawn[0, 51 - first] == 4.5 and drawn[0, 52 - first] == 2.0 and drawn.count() == 2
    assert np.array_equal(np.isnan(mood_grid(cal)[:, first:]), drawn.mask)
    assert ax.get_xlim() == (first, cal.weeks)
    lapses = next(c for c in ax.collections if isinstance(c, PathCollection) and c.get_gid() == "lapses")
    assert lapses.get_offsets().tolist() == [[51.5, 2.5]]
    tip = target_at(figure, ax, 51.5, 0.5).tip
    assert "Monday 2 March 2026" in tip and "2 check-ins, average mood 4.5" in tip


def test_too_little_data_draws_what_to_log_instead_of_empty_axes():
    empty = p.PatternData(PERIOD)
    figures = [
        build_trigger_counts(p.trigger_counts(empty)),
        build_trigger_cravings(p.trigger_cravings(empty)),
        build_heatmap(p.heatmap(empty, "cravings")),
        build_daily_series(p.daily_series(empty)),
        build_coping_effects(p.coping_effects(empty)),
        build_co_occurrence(p.co_occurrence(empty)),
        build_year_calendar(p.year_calendar(PERIOD.end, PERIOD.end, [], [], None)),
    ]
    for figure in figures:
        words = " ".join(text.get_text() for ax in figure.axes for text in ax.texts)
        assert "Not enough to show a pattern yet" in words
        assert figure.recoveryjournal_message in words.replace("\n", " ")
        assert all(not ax.axison for ax in figure.axes)


def test_dark_theme_changes_background_and_text(data):
    light = build_trigger_counts(p.trigger_counts(data))
    dark = build_trigger_counts(p.trigger_counts(data), dark=True)
    assert light.get_facecolor()[:3] == pytest.approx((1, 1, 1))
    assert dark.get_facecolor()[:3] != light.get_facecolor()[:3]
    assert dark.axes[0].get_yticklabels()[0].get_color() == DARK.foreground != LIGHT.foreground


@pytest.mark.parametrize("fmt", ["svg", "pdf"])
def test_charts_save_as_vector_with_selectable_text(data, fmt):
    buffer = io.BytesIO()
    build_trigger_counts(p.trigger_counts(data)).savefig(buffer, format=fmt)
    if fmt == "svg":
        assert b"<svg" in buffer.getvalue()[:500]
    else:
        assert buffer.getvalue().startswith(b"%PDF")


def test_ten_years_of_days_draw_as_a_few_collections():
    """One artist per series, not one per day: the benchmark times it (benchmarks/run.py, chart rows)."""
    start = date(2016, 1, 1)
    checkins = [
        p.CheckInFact(i, datetime.combine(start + timedelta(days=i // 4), datetime.min.time(), EST), 3, i % 11, (1,))
        for i in range(15_000)
    ]
    data = p.PatternData(p.Period(start, start + timedelta(days=3749)), TRIGGERS, checkins)
    figure = build_daily_series(p.daily_series(data))
    figure.savefig(io.BytesIO(), format="png")
    assert sum(len(ax.collections) + len(ax.lines) for ax in figure.axes) < 20


def drawn_words(figure: Figure) -> str:
    """Every word drawn on a figure: titles, axis labels, ticks, legends, notes."""
    return " | ".join(text.get_text() for text in figure.findobj(Text) if text.get_text())


def test_charts_speak_the_language_chosen(data):
    today = date(2026, 3, 10)
    days = [p.DayStat(date(2026, 3, 2), 2, 4.5)]
    with i18n.speaking("es"):
        counts = build_trigger_counts(p.trigger_counts(data))
        calendar = build_year_calendar(p.year_calendar(today, today, days, [date(2026, 3, 4)], date(2026, 3, 1)))
        trend = build_daily_series(p.daily_series(data))
        empty = build_trigger_cravings(p.trigger_cravings(p.PatternData(PERIOD)))
        tip = target_at(counts, counts.axes[0], 3.0, 2.1).tip
        headers = p.as_table(p.trigger_counts(data)).headers
    words = drawn_words(counts)
    assert "Qué detonantes aparecieron" in words
    assert "Veces marcado en un registro o etiquetado en una entrada del diario" in words
    words = drawn_words(calendar)
    assert "Mi año, día a día" in words and "Día sin consumir, sin registro" in words and "Desliz" in words
    assert "1 día sin consumir" in words or "días sin consumir" in words
    trend_words = drawn_words(trend)
    assert "Cómo he estado" in trend_words and "Deseo de consumir (0 = ningún deseo, 10 = el más fuerte)" in trend_words
    assert "Aún no hay suficiente para mostrar un patrón" in drawn_words(empty)
    assert "Valora tu deseo de consumir y marca los detonantes" in drawn_words(empty).replace("\n", " ")
    assert "7 veces — 6 registros, 1 entrada" in tip
    assert headers[:3] == ("Detonante", "Tipo", "Veces")
    english = drawn_words(build_trigger_counts(p.trigger_counts(data)))
    assert "Which triggers came up" in english and "detonante" not in english


def test_axis_numbers_take_the_decimal_mark_of_the_language():
    """matplotlib writes an axis's own numbers with a point; a chart made in Spanish writes "1,5"."""
    uses = [p.CopingFact(1, at(2, 9), 3, 2), p.CopingFact(1, at(3, 9), 4, 2), p.CopingFact(2, at(4, 9), 2, 1)]
    data = p.PatternData(period=PERIOD, coping=uses, coping_names={1: "Walk", 2: "Shower"})
    ticks = {}
    for language in ("es", "en"):
        with i18n.speaking(language):
            figure = build_coping_effects(p.coping_effects(data))
        FigureCanvasAgg(figure).draw()  # drawn after the block: the figure keeps the language it was made in
        ticks[language] = [label.get_text() for label in figure.axes[0].get_xticklabels()]
    assert "1,5" in ticks["es"] and not any("." in tick for tick in ticks["es"])
    assert "1.5" in ticks["en"] and not any("," in tick for tick in ticks["en"])


def test_every_chart_title_is_in_the_language_chosen(data):
    """Each builder shows its title constant through translation: none is drawn in English in a Spanish chart."""
    with i18n.speaking("es"):
        figures = {
            "coping": build_coping_effects(p.coping_effects(data)),
            "together": build_co_occurrence(p.co_occurrence(data)),
            "coping, too little": build_coping_effects(p.coping_effects(p.PatternData(PERIOD))),
            "together, too little": build_co_occurrence(p.co_occurrence(p.PatternData(PERIOD))),
        }
    for name, figure in figures.items():
        words = drawn_words(figure)
        assert "What helps" not in words and "Which triggers come together" not in words, name
    assert "Qué ayuda: cuánto alivió cada herramienta el deseo de consumir" in drawn_words(figures["coping"])
