"""What helps: coping tools ranked by how far the craving dropped, with how often each was used."""

from __future__ import annotations

from matplotlib.figure import Figure

from recoveryjournal.charts.palette import theme
from recoveryjournal.charts.style import (
    TICK_SIZE,
    Target,
    add_targets,
    bar_axes,
    bar_rows,
    message_figure,
    row_index,
    set_title,
)
from recoveryjournal.domain.numbers import decimals
from recoveryjournal.domain.patterns import MIN_RATED_TO_RANK, CopingEffects, Selection
from recoveryjournal.i18n import translatable, translate

TITLE = translatable("Charts", "What helps: how much each tool eased a craving")
DEFAULT_LIMIT = 15


def build_coping_effects(
    data: CopingEffects, *, dark: bool = False, size: tuple[float, float] | None = None, limit: int = DEFAULT_LIMIT
) -> Figure:
    """Bars of the mean drop (craving before − after); the label gives the uses behind each bar."""
    active = theme(dark)
    if not data.readiness.enough:
        return message_figure(
            active, translate("Charts", TITLE), data.readiness.hint, size, period=data.period.describe()
        )
    rows, figure, ax = bar_axes(active, data.rows, size, limit)
    drops = [row.mean_drop or 0.0 for row in rows]
    colours = [
        (active.rating if drop > 0 else active.craving) if row.ranked else active.grid
        for row, drop in zip(rows, drops, strict=True)
    ]
    bars = ax.barh(range(len(rows)), drops, color=colours, height=0.68, gid="drops")
    for bar, row, drop in zip(bars, rows, drops, strict=True):
        bar.set_hatch("" if row.ranked and drop > 0 else ("//" if row.ranked else ".."))
        bar.set_edgecolor(active.background if row.ranked else active.muted)
    ax.axvline(0, color=active.muted, linewidth=1)
    low = min(0.0, *drops)
    high = max(1.0, *drops)
    for index, row in enumerate(rows):
        if row.mean_drop is None:
            note = translate("Charts", "used %n time(s), not rated before and after", None, row.uses)
        elif row.ranked:
            note = translate("Charts", "{drop} · used %n time(s)", None, row.uses).format(drop=decimals(row.mean_drop))
        else:
            note = translate("Charts", "%n rated use(s): too few to rank (needs {needed})", None, row.rated).format(
                needed=MIN_RATED_TO_RANK
            )
        ax.text(max(drops[index], 0) + high * 0.02, index, note, va="center", fontsize=TICK_SIZE, color=active.muted)
    ax.set_xlim(low * 1.15 - 0.1, high * 1.45 + 0.4)
    ax.set_yticks(range(len(rows)), [row.name for row in rows])
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_xlabel(translate("Charts", "Average drop in craving (before − after, 0–10 scale); longer is more helpful"))
    subtitle = translate("Charts", "{period} · ranked from {needed} or more uses rated before and after").format(
        period=data.period.describe(), needed=MIN_RATED_TO_RANK
    )
    set_title(figure, active, translate("Charts", TITLE), subtitle, ax)

    def find(_x: float, y: float) -> Target | None:
        index = row_index(y, len(rows))
        if index is None:
            return None
        row = rows[index]
        if row.mean_drop is None:
            tip = translate("Charts", "{name}: used %n time(s), never rated before and after", None, row.uses).format(
                name=row.name
            )
        else:
            tip = translate("Charts", "{name}: craving dropped by {drop} on average ({rated}, {uses} in all)").format(
                name=row.name,
                drop=decimals(row.mean_drop),
                rated=translate("Charts", "%n rated use(s)", None, row.rated),
                uses=translate("Charts", "%n use(s)", None, row.uses),
            )
        return Target(
            tip,
            Selection(
                translate("Charts", "Check-ins where you used “{name}”").format(name=row.name), action_id=row.action_id
            ),
        )

    add_targets(ax, find, bar_rows(ax, len(rows)))
    return figure
