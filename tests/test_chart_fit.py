"""Every Insights chart, drawn on the demo journal at the sizes a laptop gives it (1280×720, the minimum window, 2×
scaling), keeps its words inside the figure: legends fold into rows instead of being cut, titles and axis labels
wrap, nothing lands on the data; the calendar's days fill the chart and "Okay" never looks like an empty day."""

from __future__ import annotations

import contextlib
import itertools
import shutil
from datetime import date, timedelta
from types import SimpleNamespace

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import LinearSegmentedColormap, to_rgb
from matplotlib.transforms import Bbox

from recoveryjournal.charts import style
from recoveryjournal.charts.palette import DARK, LIGHT
from recoveryjournal.domain.patterns import HeatmapSubject, Period
from recoveryjournal.store.store import Store
from recoveryjournal.ui.pages.insights import CHART_MIN_SHARE, CHART_MIN_WIDTH, VIEWS

SIZES = {
    # (width, height) in pixels of the chart at 100 % and the dots per inch the canvas draws at.
    "1280x720": ((880, 430), 100),
    "minimum window": ((CHART_MIN_WIDTH, None), 100),
    "2x scaling": ((600, 330), 200),
}


@pytest.fixture(scope="module")
def demo_page(demo_template, tmp_path_factory):
    """What an Insights view needs from its page: the demo journal's last 90 days."""
    folder = tmp_path_factory.mktemp("fit") / "demo"
    shutil.copytree(demo_template, folder, ignore=shutil.ignore_patterns("*.lock", "*-wal", "*-shm"))
    store = Store.open(folder)
    today = date.today()
    period = Period(today - timedelta(days=89), today)
    page = SimpleNamespace(
        context=SimpleNamespace(store=store),
        period=period,
        data=store.insights.load(period),
        today=lambda: today,
        heatmap_subject=lambda: HeatmapSubject.CRAVINGS,
    )
    yield page
    store.close()


def drawn(view, page, size: str, dark: bool = False):
    """The view's figure at the size the page gives it: the canvas holder's width, and at least the share of the
    height the chart was made for (below that the page scrolls)."""
    figure = view.build(view.compute(page), dark=dark)
    (width, height), dpi = SIZES[size]
    natural = figure.get_size_inches()[1] * 100
    height = max(height or 0, natural * CHART_MIN_SHARE)
    figure.set_dpi(dpi)
    figure.set_size_inches(width / 100, height / 100)
    FigureCanvasAgg(figure).draw()
    return figure


def shown_texts(figure):
    """Every piece of text the figure draws, with the tick labels of ticks inside the view only."""
    texts = [text for text in figure.texts if text.get_text()]
    for legend in figure.legends:
        texts += legend.get_texts()
    for ax in figure.axes:
        if not ax.get_visible():
            continue
        texts += [text for text in ax.texts if text.get_text()]
        texts += [t for t in (ax.title, ax._left_title, ax.xaxis.label, ax.yaxis.label) if t.get_text()]
        for axis, (low, high) in ((ax.xaxis, sorted(ax.get_xlim())), (ax.yaxis, sorted(ax.get_ylim()))):
            if not axis.get_visible():
                continue
            for tick in axis.get_major_ticks():
                if low - 1e-9 <= tick.get_loc() <= high + 1e-9:
                    texts += [label for label in (tick.label1, tick.label2) if label.get_visible() and label.get_text()]
    return [text for text in texts if text.get_visible()]


def inside(inner: Bbox, outer: Bbox, slack: float = 1.5) -> bool:
    return (
        inner.x0 >= outer.x0 - slack
        and inner.y0 >= outer.y0 - slack
        and inner.x1 <= outer.x1 + slack
        and inner.y1 <= outer.y1 + slack
    )


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("view", VIEWS, ids=[view.key for view in VIEWS])
def test_every_word_of_every_chart_stays_inside_the_figure(demo_page, view, size):
    figure = drawn(view, demo_page, size)
    renderer = figure._get_renderer()
    outside = [
        text.get_text() for text in shown_texts(figure) if not inside(text.get_window_extent(renderer), figure.bbox)
    ]
    assert outside == []
    for legend in figure.legends:
        box = legend.get_window_extent(renderer)
        assert inside(box, figure.bbox)
        for ax in figure.axes:
            if ax.get_visible() and ax.axison:
                assert not box.overlaps(ax.get_window_extent(renderer)), "a legend lies on the data"


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("key", ["triggers", "effect", "helps"])
def test_bar_labels_never_crowd_each_other(demo_page, key, size):
    view = next(view for view in VIEWS if view.key == key)
    figure = drawn(view, demo_page, size)
    renderer = figure._get_renderer()
    ax = figure.axes[0]
    labels = [text for text in shown_texts(figure) if text in ax.get_yticklabels()]
    boxes = sorted((label.get_window_extent(renderer) for label in labels), key=lambda box: box.y0)
    assert len(boxes) >= 3
    assert all(lower.y1 <= upper.y0 + 0.5 for lower, upper in itertools.pairwise(boxes))


def test_a_narrow_figure_folds_its_legend_and_a_wide_one_unfolds_it(demo_page):
    calendar = next(view for view in VIEWS if view.key == "calendar")
    figure = drawn(calendar, demo_page, "minimum window")
    assert figure.legends[0]._ncols < 8
    figure.set_size_inches(14, 4)
    FigureCanvasAgg(figure).draw()
    assert figure.legends[0]._ncols == 8  # five moods, sober, nothing logged, lapse: one row again


@pytest.mark.parametrize(("size", "share"), [("1280x720", 0.45), ("2x scaling", 0.4), ("minimum window", 0.3)])
def test_the_calendar_days_fill_most_of_the_chart(demo_page, size, share):
    """The days use the chart's room (before, a year strip used a third of it); at the minimum window the folded
    legend takes more of a smaller chart, and the days still use the whole width."""
    calendar = next(view for view in VIEWS if view.key == "calendar")
    figure = drawn(calendar, demo_page, size)
    renderer = figure._get_renderer()
    grid = figure.axes[0].get_window_extent(renderer)
    assert grid.width * grid.height >= share * figure.bbox.width * figure.bbox.height
    assert grid.width >= 0.75 * figure.bbox.width
    assert grid.height / 7 >= 14 * figure.dpi / 100  # a day is at least 14 points tall


@pytest.mark.parametrize(("size", "dark"), [("1280x720", False), ("minimum window", False), ("2x scaling", True)])
@pytest.mark.parametrize("view", VIEWS, ids=[view.key for view in VIEWS])
def test_laying_each_text_out_once_per_draw_changes_no_pixel(demo_page, view, size, dark, monkeypatch):
    """``charts.text_extents`` keeps each text's layout for the rest of a draw; drawn with matplotlib laying every
    text out afresh each time, the chart is the same to the pixel."""
    kept = np.asarray(drawn(view, demo_page, size, dark).canvas.buffer_rgba())
    monkeypatch.setattr(style, "measured_once", contextlib.nullcontext)
    fresh = np.asarray(drawn(view, demo_page, size, dark).canvas.buffer_rgba())
    assert kept.shape == fresh.shape
    assert np.array_equal(kept, fresh)


def lab(colour: str) -> np.ndarray:
    """CIE L*a*b* (D65) of an sRGB colour, to measure how different two colours look (ΔE*76)."""
    rgb = np.array(to_rgb(colour))
    linear = np.where(rgb > 0.04045, ((rgb + 0.055) / 1.055) ** 2.4, rgb / 12.92)
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ linear
    xyz /= np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


@pytest.mark.parametrize("active", [LIGHT, DARK], ids=["light", "dark"])
def test_no_mood_level_looks_like_a_day_with_nothing_logged(active):
    ramp = LinearSegmentedColormap.from_list("mood", list(active.mood_scale))
    levels = [ramp(step / 4)[:3] for step in range(5)]
    for level in levels:
        for plain in (active.empty, active.sober):
            assert np.linalg.norm(lab(level) - lab(plain)) >= 20
    assert np.linalg.norm(lab(active.empty) - lab(active.sober)) >= 15
