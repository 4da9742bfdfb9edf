"""Shared look and behaviour of every chart: a themed ``Figure``, quiet axes, the "too little data" card, and the
hover/click targets the Insights page reads back (so the page never has to know how a chart was laid out)."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import dataclass

from matplotlib.colors import LinearSegmentedColormap
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from recoveryjournal.charts.numbers import speak_numbers
from recoveryjournal.charts.palette import Theme
from recoveryjournal.charts.text_extents import measured_once
from recoveryjournal.charts.zoom import dots_per_inch, text_zoom
from recoveryjournal.domain.patterns import Selection
from recoveryjournal.i18n import current_language, translate

DEFAULT_SIZE = (8.0, 4.6)
TITLE_SIZE = 13
LABEL_SIZE = 10
TICK_SIZE = 9
TARGETS_ATTRIBUTE = "recoveryjournal_targets"
WRAP_ATTRIBUTE = "recoveryjournal_words"
"""On a title or axis label: (its words as written, as last shown), so each layout wraps them afresh for the width of
the moment."""
COLUMNS_ATTRIBUTE = "recoveryjournal_legend"
"""On a legend: (the columns it would like, how it was made), so a narrow figure can fold it into more rows and a
wider one unfold it again."""


@dataclass(frozen=True)
class Target:
    """What lies under the pointer: the exact values as words, and what a click should list."""

    tip: str
    selection: Selection | None = None


Finder = Callable[[float, float], "Target | None"]


class ChartFigure(Figure):
    """A figure that fits its words to its width of the moment at every draw, so a canvas that is resized (a small
    window, 2× scaling) lays them out again: a legend folds into as many rows as it needs (here, before the figure
    lists what it draws) and titles and axis labels wrap (``FittingLayout``). Its axes write their numbers with the
    decimal mark of the language it was made in (``charts.numbers``), and its words are as large as the app's text
    size was then (``charts.zoom``). Each of its texts is laid out once per draw (``charts.text_extents``)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, dpi=dots_per_inch(), **kwargs)
        self.language = current_language()
        self.text_zoom = text_zoom()

    def draw(self, renderer) -> None:
        with measured_once():
            speak_numbers(self, self.language)
            room = self.bbox.width * 0.96
            for legend in list(self.legends):
                made = getattr(legend, COLUMNS_ATTRIBUTE, None)
                if made is not None:
                    _fold(self, legend, made, room, renderer)
            super().draw(renderer)


class FittingLayout(ConstrainedLayoutEngine):
    """Constrained layout around titles and axis labels wrapped to the room it will leave them.

    Each constrained layout is two passes over every text's extent, the costliest part of drawing a chart, so the
    words are first wrapped for where the layout is expected to put each axes; only if that guess was wrong (the
    wrapped words do not fit, or would fit in fewer lines) are they wrapped again and laid out once more."""

    def execute(self, fig: Figure):
        lay_out = super().execute  # held by name: the layer test reads a call of "execute" outside store/ as SQL
        renderer = fig._get_renderer()
        texts = _wrapping_texts(fig)
        spans = _expected_spans(fig, renderer, self.get()["w_pad"])
        for text, owner in texts:
            _wrap_to(text, renderer, spans.get(owner))
        lay_out(fig)
        changed = [_wrap_to(text, renderer) for text, _owner in texts]
        if any(changed) or _sticks_out(fig, renderer):  # the guess was wrong, or labels placed by their data moved
            lay_out(fig)


def _sticks_out(figure: Figure, renderer) -> bool:
    """Whether a label placed in data coordinates (a value beside its bar) reaches past the figure's edge: the
    layout squeezed its axes, which moved the label with its data, so the layout needs another go."""
    box = figure.bbox
    for ax in figure.axes:
        for text in ax.texts:
            extent = text.get_window_extent(renderer)
            if extent.x1 > box.x1 or extent.x0 < box.x0 or extent.y1 > box.y1 or extent.y0 < box.y0:
                return True
    return False


def _expected_spans(figure: Figure, renderer, w_pad: float) -> dict:
    """Where the layout will put each axes of the first column, left to right in pixels: its tick labels and axis
    label keep their width, and the axes reaches the figure's right-hand pad (a guess; ``FittingLayout`` checks it)."""
    pad = w_pad * figure.dpi
    box = figure.bbox
    first_column = min((ax.get_position().x0 for ax in figure.axes), default=0.0)
    spans = {}
    for ax in figure.axes:
        if ax.get_position().x0 > first_column + 1e-6 or not ax.get_visible():
            continue
        position = ax.get_window_extent(renderer)
        labels = ax.yaxis.get_tightbbox(renderer)
        left_decoration = position.x0 - labels.x0 if labels is not None and labels.width else 0.0
        spans[ax] = (box.x0 + pad + max(0.0, left_decoration), box.x1 - pad)
    return spans


def _fold(figure: Figure, legend, made: tuple[int, dict], room: float, renderer) -> None:
    """Replace ``legend`` by one with the most columns (up to those wanted) that fits ``room`` pixels: a legend
    packs its columns when made, so it is made again."""
    wanted, options = made
    for columns in range(wanted, 0, -1):
        if legend._ncols != columns:
            legend.remove()
            legend = figure.legend(**options, ncols=columns)
            setattr(legend, COLUMNS_ATTRIBUTE, made)
        if legend.get_window_extent(renderer).width <= room:
            return


def _wrapping_texts(figure: Figure) -> list[tuple]:
    """The texts that wrap, each with the axes it belongs to (None for the figure's title)."""
    texts = [(figure._suptitle, None)] if figure._suptitle is not None else []
    for ax in figure.axes:
        texts += [(ax.title, ax), (ax._left_title, ax), (ax.xaxis.label, ax), (ax.yaxis.label, None)]
    return [(text, owner) for text, owner in texts if text.get_text()]


def _wrap_to(text, renderer, span: tuple[float, float] | None = None) -> bool:
    """Show ``text``'s own words, wrapped so they reach neither edge of the figure: from where the layout put them,
    or, given the ``span`` its axes is expected to have, from where it will put them. True if what it shows changed.

    Words wrapped by the guess are kept when they fit and wrapping afresh would give as many lines."""
    shown = text.get_text()
    words, wrapped = getattr(text, WRAP_ATTRIBUTE, (shown, shown))
    if shown != wrapped:  # the chart gave it new words since the last layout
        words = wrapped = shown
    text.set_text(words)
    extent, room = _extent_and_room(text, renderer, span)
    fresh = words
    if extent > room > 0:
        longest = max(len(line) for line in words.splitlines())
        width = max(12, int(longest * room / extent * 0.92))
        fresh = "\n".join(textwrap.fill(line, width) for line in words.splitlines())
    kept = fresh
    if span is None and wrapped != fresh and wrapped.count("\n") == fresh.count("\n"):
        text.set_text(wrapped)
        if _extent_and_room(text, renderer, None)[0] <= room:
            kept = wrapped
    text.set_text(kept)
    setattr(text, WRAP_ATTRIBUTE, (words, kept))
    return kept != shown


def _extent_and_room(text, renderer, span: tuple[float, float] | None) -> tuple[float, float]:
    """How wide ``text`` is along its reading direction, and how much room it has there before a figure edge."""
    horizontal = text.get_rotation() % 180 == 0
    size = text.get_window_extent(renderer)
    figure = text.get_figure(root=True).bbox
    low, high, start, end = (
        (figure.x0, figure.x1, size.x0, size.x1) if horizontal else (figure.y0, figure.y1, size.y0, size.y1)
    )
    extent = end - start
    align = text.get_horizontalalignment() if horizontal else "center"
    if span is not None and horizontal:
        start = {"left": span[0], "right": span[1] - extent}.get(align, (span[0] + span[1] - extent) / 2)
    margin = 4
    if align == "left":
        room = high - start - margin
    elif align == "right":
        room = start + extent - low - margin
    else:
        room = 2 * min(start + extent / 2 - low, high - start - extent / 2) - 2 * margin
    return extent, room


def new_figure(active: Theme, size: tuple[float, float] | None = None) -> Figure:
    figure = ChartFigure(figsize=size or DEFAULT_SIZE, facecolor=active.background)
    figure.set_layout_engine(FittingLayout(h_pad=0.06, w_pad=0.1))
    return figure


def style_axes(ax, active: Theme, *, grid_axis: str | None = "x") -> None:
    """Plain axes: no box, a light grid behind the data, text in the theme's colours."""
    ax.set_facecolor(active.background)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(active.grid)
    ax.tick_params(colors=active.muted, labelcolor=active.foreground, labelsize=TICK_SIZE, length=3)
    ax.xaxis.label.set_color(active.foreground)
    ax.yaxis.label.set_color(active.foreground)
    ax.xaxis.label.set_size(LABEL_SIZE)
    ax.yaxis.label.set_size(LABEL_SIZE)
    if grid_axis:
        ax.grid(axis=grid_axis, color=active.grid, linewidth=0.8)
        ax.set_axisbelow(True)


def set_title(figure: Figure, active: Theme, title: str, subtitle: str = "", ax=None) -> None:
    """A bold title at the top left; the subtitle (period, how to read the chart) sits just under it, over ``ax``."""
    figure.suptitle(title, color=active.foreground, fontsize=TITLE_SIZE, fontweight="bold", x=0.02, ha="left")
    if subtitle and ax is not None:
        ax.set_title(subtitle, loc="left", color=active.muted, fontsize=TICK_SIZE, pad=10)


def figure_legend(figure: Figure, active: Theme, handles: list, columns: int | None = None) -> None:
    """A legend in one row under the chart, outside the data so it never hides a bar; in more rows when the figure
    is too narrow for one."""
    options = {
        "handles": handles,
        "loc": "outside lower center",
        "frameon": False,
        "fontsize": TICK_SIZE,
        "labelcolor": active.foreground,
        "handletextpad": 0.4,
        "columnspacing": 1.4,
    }
    wanted = columns or len(handles)
    legend = figure.legend(**options, ncols=wanted)
    setattr(legend, COLUMNS_ATTRIBUTE, (wanted, options))


def square(colour: str, label: str, marker: str = "s", size: float = 9) -> Line2D:
    return Line2D([], [], marker=marker, linestyle="", markersize=size, color=colour, label=label)


def swatch(colour: str, label: str, hatch: str = "", edge: str = "#FFFFFF") -> Patch:
    """A legend key for a filled bar: its colour and its fill pattern (which survives grey printing)."""
    return Patch(facecolor=colour, hatch=hatch, edgecolor=edge, label=label)


def line_key(colour: str, label: str, linestyle: str, marker: str) -> Line2D:
    """A legend key for a line series, drawn with the series' line style and marker."""
    return Line2D([], [], color=colour, linestyle=linestyle, marker=marker, markersize=5, linewidth=2, label=label)


def message_figure(
    active: Theme, title: str, hint: str, size: tuple[float, float] | None = None, *, period: str = ""
) -> Figure:
    """Instead of empty axes: say plainly that there is not enough yet, and what to log so there will be."""
    figure = new_figure(active, size)
    set_title(figure, active, title)
    ax = figure.add_subplot()
    ax.set_axis_off()
    heading = (
        translate("Charts", "Not enough to show a pattern yet for {period}").format(period=period)
        if period
        else translate("Charts", "Not enough to show a pattern yet")
    )
    ax.text(0.5, 0.62, heading, ha="center", va="center", fontsize=LABEL_SIZE + 2, color=active.foreground)
    ax.text(0.5, 0.42, textwrap.fill(hint, 70), ha="center", va="top", fontsize=LABEL_SIZE, color=active.muted)
    figure.recoveryjournal_message = hint
    return figure


def ramp(name: str, colours: tuple[str, ...]) -> LinearSegmentedColormap:
    return LinearSegmentedColormap.from_list(name, list(colours))


Cells = Callable[[], "list[tuple[float, float, float, float]]"]
"""Where a chart's targets lie, in reading order: (x0, y0, x1, y1) in data coordinates, one per target. Asked only
when the keyboard first needs them (never while drawing), so it may read the axes' limits of that moment."""
CELLS_ATTRIBUTE = "recoveryjournal_target_cells"


def add_targets(ax, finder: Finder, cells: Cells | None = None) -> None:
    """Register how to read what is under a point of ``ax`` (in data coordinates) and, when ``cells`` is given, where
    each target lies, so the keyboard walks them exactly (else it finds them by asking ``finder`` on a grid)."""
    registry = getattr(ax.figure, TARGETS_ATTRIBUTE, None)
    if registry is None:
        registry = {}
        setattr(ax.figure, TARGETS_ATTRIBUTE, registry)
    registry[ax] = finder
    if cells is not None:
        setattr(ax, CELLS_ATTRIBUTE, cells)


def bar_rows(ax, count: int) -> Cells:
    """The cells of horizontal bars drawn at rows 0, 1, 2, … (row 0 at the top): each row across the whole axes."""

    def cells() -> list[tuple[float, float, float, float]]:
        left, right = ax.get_xlim()
        return [(left, row - 0.45, right, row + 0.45) for row in range(count)]

    return cells


def grid_cells(columns: int, rows: int) -> Cells:
    """The unit squares of a grid drawn from (0, 0), row 0 at the top, read row by row."""
    return lambda: [(column, row, column + 1, row + 1) for row in range(rows) for column in range(columns)]


def target_at(figure: Figure, ax, x: float | None, y: float | None) -> Target | None:
    """The target under data point (x, y) of ``ax``, if the chart registered one there."""
    if ax is None or x is None or y is None:
        return None
    finder = getattr(figure, TARGETS_ATTRIBUTE, {}).get(ax)
    return finder(x, y) if finder else None


@dataclass(frozen=True)
class Placed:
    """A target and where it lies: ``box`` is (x0, y0, x1, y1) in ``ax``'s axes fraction, so it survives resizes."""

    ax: object
    box: tuple[float, float, float, float]
    target: Target


def targets_in_order(figure: Figure, step: float = 5.0, row_step: float = 10.0) -> list[Placed]:
    """Every target the chart registered, in reading order (top to bottom, then left to right). An axes that says
    where its targets lie (``add_targets(..., cells)``) gives them exactly, one per cell; any other is asked on a grid
    of points ``step`` pixels apart across and ``row_step`` down. Axes sharing one finder (days over stacked panels)
    are asked once: in the one that has cells, else in the top one."""
    registry = getattr(figure, TARGETS_ATTRIBUTE, {})
    with_cells = {id(registry[ax]) for ax in registry if hasattr(ax, CELLS_ATTRIBUTE)}
    found: dict[str, list] = {}
    placed: list[Placed] = []
    asked: set[int] = set()
    for ax in sorted(registry, key=lambda ax: (-round(ax.get_position().y1, 3), ax.get_position().x0)):
        finder = registry[ax]
        cells = getattr(ax, CELLS_ATTRIBUTE, None)
        if id(finder) in asked or (cells is None and id(finder) in with_cells):
            continue
        asked.add(id(finder))
        if cells is not None:
            placed.extend(_placed_cells(ax, finder, cells()))
        else:
            _sample(ax, finder, step, row_step, found)
    for ax, x0, y0, x1, y1, target in found.values():
        half_x, half_y = 0.5 / _cells(ax.bbox.width, step), 0.5 / _cells(ax.bbox.height, row_step)
        placed.append(Placed(ax, (x0 - half_x, y0 - half_y, x1 + half_x, y1 + half_y), target))
    return placed


def _placed_cells(ax, finder: Finder, cells: list[tuple[float, float, float, float]]) -> list[Placed]:
    to_axes = ax.transData + ax.transAxes.inverted()
    placed = []
    for x0, y0, x1, y1 in cells:
        target = finder((x0 + x1) / 2, (y0 + y1) / 2)
        if target is not None:
            (ax0, ay0), (ax1, ay1) = to_axes.transform([(x0, y0), (x1, y1)])
            placed.append(Placed(ax, (min(ax0, ax1), min(ay0, ay1), max(ax0, ax1), max(ay0, ay1)), target))
    return placed


def _sample(ax, finder: Finder, step: float, row_step: float, found: dict[str, list]) -> None:
    import numpy as np

    columns, rows = _cells(ax.bbox.width, step), _cells(ax.bbox.height, row_step)
    xs = (np.arange(columns) + 0.5) / columns
    to_data = ax.transAxes + ax.transData.inverted()
    for fy in (np.arange(rows)[::-1] + 0.5) / rows:
        for fx, (x, y) in zip(xs, to_data.transform(np.column_stack([xs, np.full(columns, fy)])), strict=True):
            target = finder(float(x), float(y))
            if target is None:
                continue
            seen = found.setdefault(target.tip, [ax, fx, fy, fx, fy, target])
            if seen[0] is ax:
                seen[1:5] = min(seen[1], fx), min(seen[2], fy), max(seen[3], fx), max(seen[4], fy)


def _cells(pixels: float, step: float) -> int:
    return max(4, min(400, round(pixels / step)))


def row_index(y: float, rows: int) -> int | None:
    """The bar row under ``y`` for bars drawn at 0, 1, 2, …"""
    index = round(y)
    return index if 0 <= index < rows and abs(y - index) <= 0.45 else None


def bar_axes(active: Theme, rows: list, size: tuple[float, float] | None, limit: int) -> tuple[list, Figure, object]:
    """The start every horizontal bar chart shares: at most ``limit`` rows, a figure sized to them, styled axes."""
    shown = rows[:limit]
    figure = new_figure(active, size or rows_size(len(shown)))
    ax = figure.add_subplot()
    style_axes(ax, active)
    return shown, figure, ax


def rows_size(rows: int) -> tuple[float, float]:
    """Bar charts grow with their rows so labels never crowd."""
    return (8.0, min(9.0, max(3.4, 1.6 + 0.28 * rows)))
