"""Which triggers, and what each one does: horizontal bars, one row per trigger, coloured by kind."""

from __future__ import annotations

from matplotlib.figure import Figure

from recoveryjournal.charts.palette import kind_colour, kind_hatch, theme
from recoveryjournal.charts.style import (
    TICK_SIZE,
    Target,
    add_targets,
    bar_axes,
    bar_rows,
    figure_legend,
    message_figure,
    row_index,
    set_title,
    square,
    swatch,
)
from recoveryjournal.domain.numbers import decimals
from recoveryjournal.domain.patterns import (
    Selection,
    TriggerCounts,
    TriggerCravings,
    change_text,
    coverage_text,
    kind_label,
    previous_label,
)
from recoveryjournal.i18n import translatable, translate

COUNTS_TITLE = translatable("Charts", "Which triggers came up")
CRAVINGS_TITLE = translatable("Charts", "What each trigger does to cravings")
DEFAULT_LIMIT = 20


def _kind_legend(figure, active, kinds: list[str], extra: list | None = None) -> None:
    handles = [
        swatch(kind_colour(active, kind), kind_label(kind), kind_hatch(kind), active.background)
        for kind in sorted(set(kinds))
    ]
    figure_legend(figure, active, handles + (extra or []))


def _rows_axis(ax, names: list[str]) -> None:
    ax.set_yticks(range(len(names)), names)
    ax.set_ylim(len(names) - 0.5, -0.5)


def build_trigger_counts(
    data: TriggerCounts, *, dark: bool = False, size: tuple[float, float] | None = None, limit: int = DEFAULT_LIMIT
) -> Figure:
    """Bars of how often each trigger was logged; a tick marks the period before, with the change written beside."""
    active = theme(dark)
    if not data.readiness.enough:
        return message_figure(
            active, translate("Charts", COUNTS_TITLE), data.readiness.hint, size, period=data.period.describe()
        )
    rows, figure, ax = bar_axes(active, data.rows, size, limit)
    positions = range(len(rows))
    colours = [kind_colour(active, row.kind) for row in rows]
    bars = ax.barh(positions, [row.count for row in rows], color=colours, height=0.68, gid="counts")
    for bar, row in zip(bars, rows, strict=True):
        bar.set_hatch(kind_hatch(row.kind))
        bar.set_edgecolor(active.background)
    compare = data.comparable
    if compare:
        ax.scatter(
            [row.previous for row in rows],
            positions,
            marker="|",
            s=260,
            linewidths=2.2,
            color=active.foreground,
            zorder=3,
            gid="previous",
        )
    top = max(max(row.count, row.previous if compare else 0) for row in rows)
    for index, row in enumerate(rows):
        ax.text(
            max(row.count, row.previous if compare else 0) + top * 0.015,
            index,
            f"{row.count}  ({change_text(row.change)})" if compare else str(row.count),
            va="center",
            fontsize=TICK_SIZE,
            color=active.muted,
        )
    ax.set_xlim(0, top * 1.18 + 0.5)
    _rows_axis(ax, [row.name for row in rows])
    ax.set_xlabel(
        translate("Charts", "Times ticked on a check-in or tagged on a journal entry\n(private entries not counted)")
    )
    previous = (
        [
            square(
                active.foreground,
                translate("Charts", "In {period}").format(period=previous_label(data.period)),
                marker="|",
                size=11,
            )
        ]
        if compare
        else []
    )
    _kind_legend(figure, active, [row.kind for row in rows], previous)
    more = len(data.rows) - len(rows)
    subtitle = data.period.describe()
    if more > 0:
        subtitle += translate("Charts", " · %n more trigger(s) in the table", None, more)
    if not compare and data.previous_days is not None:
        subtitle += translate("Charts", " · no comparison ({coverage})").format(
            coverage=coverage_text(data.period, data.previous_days)
        )
    set_title(figure, active, translate("Charts", COUNTS_TITLE), subtitle, ax)

    def find(_x: float, y: float) -> Target | None:
        index = row_index(y, len(rows))
        if index is None:
            return None
        row = rows[index]
        tip = translate("Charts", "{name} ({kind}): {times} — {checkins}, {entries}").format(
            name=row.name,
            kind=kind_label(row.kind).lower(),
            times=translate("Charts", "%n time(s)", None, row.count),
            checkins=translate("Charts", "%n check-in(s)", None, row.checkins),
            entries=translate("Charts", "%n entry(s)", None, row.entries),
        )
        if compare:
            tip += "\n" + translate("Charts", "{count} in {period} ({change})").format(
                count=row.previous, period=previous_label(data.period), change=change_text(row.change)
            )
        selection = Selection(
            translate("Charts", "Times “{name}” was logged").format(name=row.name), trigger_ids=(row.trigger_id,)
        )
        return Target(tip, selection)

    add_targets(ax, find, bar_rows(ax, len(rows)))
    return figure


def build_trigger_cravings(
    data: TriggerCravings, *, dark: bool = False, size: tuple[float, float] | None = None, limit: int = DEFAULT_LIMIT
) -> Figure:
    """Mean craving with each trigger, its spread as a whisker and the number of check-ins written beside it."""
    active = theme(dark)
    if not data.readiness.enough:
        return message_figure(
            active, translate("Charts", CRAVINGS_TITLE), data.readiness.hint, size, period=data.period.describe()
        )
    rows, figure, ax = bar_axes(active, data.rows, size, limit)
    positions = range(len(rows))
    bars = ax.barh(
        positions,
        [row.mean for row in rows],
        color=[kind_colour(active, row.kind) for row in rows],
        height=0.68,
        gid="means",
    )
    for bar, row in zip(bars, rows, strict=True):
        bar.set_hatch(kind_hatch(row.kind))
        bar.set_edgecolor(active.background)
    ax.errorbar(
        [row.mean for row in rows],
        positions,
        xerr=[row.spread for row in rows],
        fmt="none",
        ecolor=active.foreground,
        elinewidth=1.1,
        capsize=3,
        alpha=0.7,
        gid="spread",
    )
    for index, row in enumerate(rows):
        ax.text(
            min(10.0, row.mean + row.spread) + 0.15,
            index,
            translate("Charts", "{mean} · %n check-in(s)", None, row.count).format(mean=decimals(row.mean)),
            va="center",
            fontsize=TICK_SIZE,
            color=active.muted,
        )
    subtitle = data.period.describe()
    if data.overall_mean is not None:
        ax.axvline(data.overall_mean, color=active.muted, linestyle="--", linewidth=1.2, gid="overall")
        subtitle += translate("Charts", " · dashed line: average of all check-ins, {mean}").format(
            mean=decimals(data.overall_mean)
        )
    ax.set_xlim(0, 12.2)
    ax.set_xticks(range(0, 11, 2))
    _rows_axis(ax, [row.name for row in rows])
    ax.set_xlabel(translate("Charts", "Average craving (0–10) on check-ins with this trigger; whisker = usual spread"))
    _kind_legend(figure, active, [row.kind for row in rows])
    set_title(figure, active, translate("Charts", CRAVINGS_TITLE), subtitle, ax)

    def find(_x: float, y: float) -> Target | None:
        index = row_index(y, len(rows))
        if index is None:
            return None
        row = rows[index]
        tip = translate(
            "Charts", "{name}: average craving {mean} over %n check-in(s) (spread ±{spread})", None, row.count
        )
        tip = tip.format(name=row.name, mean=decimals(row.mean), spread=decimals(row.spread))
        selection = Selection(
            translate("Charts", "Check-ins with “{name}” and a craving rating").format(name=row.name),
            trigger_ids=(row.trigger_id,),
            needs_craving=True,
        )
        return Target(tip, selection)

    add_targets(ax, find, bar_rows(ax, len(rows)))
    return figure
