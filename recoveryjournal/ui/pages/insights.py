"""Insights: the person's own patterns, one view at a time, for a period they choose.

This is the only module of the app that loads matplotlib, and only when the page is first opened. The page stays
thin: the store loads the period's facts once, ``domain.patterns`` computes a view, a ``charts`` builder draws it,
and the figure's registered targets answer hover (exact values) and click (the check-ins and entries behind it).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from matplotlib.backend_bases import MouseEvent
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QColor, QCursor, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from recoveryjournal.charts.calendar import build_year_calendar
from recoveryjournal.charts.coping import build_coping_effects
from recoveryjournal.charts.measures import build_care_series, build_measure_charts
from recoveryjournal.charts.style import Target, target_at
from recoveryjournal.charts.together import build_co_occurrence
from recoveryjournal.charts.trend import build_daily_series
from recoveryjournal.charts.triggers import build_trigger_counts, build_trigger_cravings
from recoveryjournal.charts.when import build_heatmap
from recoveryjournal.charts.zoom import text_zoom
from recoveryjournal.domain import dates, patterns
from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.findings import Finding
from recoveryjournal.domain.measure_trends import CareSeries, MeasureCharts, care_series, measure_charts
from recoveryjournal.domain.patterns import HeatmapSubject, PatternData, Period, PeriodPreset, Selection
from recoveryjournal.store.findings import period_report
from recoveryjournal.ui import theme
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.look import page_heading, page_layout
from recoveryjournal.ui.pages import page_title
from recoveryjournal.ui.widgets.chart_keys import ChartKeys
from recoveryjournal.ui.widgets.date_field import DateField
from recoveryjournal.ui.widgets.findings import FindingsPanel
from recoveryjournal.ui.widgets.ready_canvas import ReadyCanvas, draw_off_screen, lay_out_hidden
from recoveryjournal.ui.widgets.record_table import name_table

PERIOD_KEY = "insights/period"
VIEW_KEY = "insights/view"
FINDINGS_HEIGHT = 120
DRILL_HEIGHT = 110
CHART_MIN_WIDTH = 460
"""Pixels under which a chart scrolls sideways rather than squeeze its labels (the minimum window leaves ~400)."""
CHART_MIN_SHARE = 0.8
"""A chart keeps at least this share of the height it was drawn for, so its rows never crowd; below that it scrolls."""
HINT = QT_TRANSLATE_NOOP(
    "InsightsPage",
    "Point at a bar or square for the exact numbers; click it to list the check-ins and entries behind it.",
)


@dataclass(frozen=True)
class View:
    key: str
    title: str
    compute: Callable[[InsightsPage], object]
    build: Callable[..., Figure]


def _measure_charts(page: InsightsPage) -> MeasureCharts:
    from recoveryjournal.ui.widgets.due_measures import current_catalogue

    store = page.context.store
    instruments = current_catalogue(store).instruments
    return measure_charts(store.measures.results(), instruments, page.period, page.data.first_day)


def _care_series(page: InsightsPage) -> CareSeries:
    store, period = page.context.store, page.period
    return care_series(
        patterns.daily_series(page.data),
        store.measures.sleep(period.start, period.end),
        store.measures.medications(include_inactive=True),
        store.measures.doses(period.start, period.end),
    )


VIEWS: tuple[View, ...] = (
    View(
        "triggers",
        QT_TRANSLATE_NOOP("InsightsPage", "Which triggers"),
        lambda page: patterns.trigger_counts(page.data),
        build_trigger_counts,
    ),
    View(
        "when",
        QT_TRANSLATE_NOOP("InsightsPage", "When"),
        lambda page: patterns.heatmap(page.data, page.heatmap_subject()),
        build_heatmap,
    ),
    View(
        "trend",
        QT_TRANSLATE_NOOP("InsightsPage", "How I've been"),
        lambda page: patterns.daily_series(page.data),
        build_daily_series,
    ),
    View(
        "effect",
        QT_TRANSLATE_NOOP("InsightsPage", "What each trigger does"),
        lambda page: patterns.trigger_cravings(page.data),
        build_trigger_cravings,
    ),
    View(
        "helps",
        QT_TRANSLATE_NOOP("InsightsPage", "What helps"),
        lambda page: patterns.coping_effects(page.data),
        build_coping_effects,
    ),
    View(
        "together",
        QT_TRANSLATE_NOOP("InsightsPage", "Together"),
        lambda page: patterns.co_occurrence(page.data),
        build_co_occurrence,
    ),
    View("care", QT_TRANSLATE_NOOP("InsightsPage", "Sleep and medication"), _care_series, build_care_series),
    View("measures", QT_TRANSLATE_NOOP("InsightsPage", "Questionnaires"), _measure_charts, build_measure_charts),
    View(
        "calendar",
        QT_TRANSLATE_NOOP("InsightsPage", "Calendar"),
        lambda page: page.context.store.insights.calendar(page.period.end, page.today()),
        build_year_calendar,
    ),
)
VIEW_KEYS = [view.key for view in VIEWS]


def write_private(path: Path, figure: Figure, fmt: str) -> None:
    """Save ``figure`` readable by its owner only (mode 0600), even when replacing an existing file."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(descriptor, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        figure.savefig(handle, format=fmt, facecolor=figure.get_facecolor(), dpi=150 if fmt == "png" else "figure")


class InsightsPage(QWidget):
    def _fit_view_list(self) -> None:
        """140 px wide at 100 %; at a larger text size, its longest word wide (names wrap). A set width, so the page
        laid out while hidden (the warm-up) has the same chart width as when shown. Measured in the application's
        font, which a change of text size sets at once (the list's own font follows only when events next run)."""
        metrics = QFontMetrics(QApplication.font(self.view_list))
        words = [word for row in range(self.view_list.count()) for word in self.view_list.item(row).text().split()]
        longest = max(metrics.horizontalAdvance(word) for word in words)
        self.view_list.setFixedWidth(max(140, longest + 2 * metrics.height()))

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today: Callable[[], date] = lambda: now_local().date()
        self.data: PatternData | None = None
        self.result: object = None
        self.figure: Figure | None = None
        self.canvas: ReadyCanvas | None = None
        self.selection: Selection | None = None
        self._stale = True
        self._drawn_for = 0
        self._table_stale = True
        self._build()
        context.changed.connect(self._on_data_changed)

    # ------------------------------------------------------------------------------------------------- layout

    def _build(self) -> None:
        self.period_box = QComboBox()
        self.period_box.setAccessibleName(self.tr("Period"))
        for preset in PeriodPreset:
            self.period_box.addItem(preset.label, str(preset))
        today = self.today()
        self._range = (today - timedelta(days=29), today)  # the custom period: the last dates both fields read as
        self.from_edit, self.to_edit = DateField(self._range[0], name="from"), DateField(today, name="to")
        for edit, name in ((self.from_edit, self.tr("From")), (self.to_edit, self.tr("To"))):
            edit.setAccessibleName(name)
        self.range_label = QLabel(self.tr("to"))
        self.subject_box = QComboBox()
        self.subject_box.setAccessibleName(self.tr("Show in the grid"))
        self.subject_box.addItem(self.tr("Triggers"), str(HeatmapSubject.TRIGGERS))
        self.subject_box.addItem(self.tr("Cravings"), str(HeatmapSubject.CRAVINGS))
        self.table_switch = QCheckBox(self.tr("Show as table"))
        self.png_button = QPushButton(self.tr("Save as PNG…"))
        self.svg_button = QPushButton(self.tr("Save as SVG…"))

        bar = QHBoxLayout()
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period_box)
        for widget in (period_label, self.period_box, self.from_edit, self.range_label, self.to_edit):
            bar.addWidget(widget)
        bar.addSpacing(16)
        self.subject_label = QLabel(self.tr("Show:"))
        bar.addWidget(self.subject_label)
        bar.addWidget(self.subject_box)
        bar.addStretch(1)
        for widget in (self.table_switch, self.png_button, self.svg_button):
            bar.addWidget(widget)

        self.view_list = QListWidget()
        self.view_list.setAccessibleName(self.tr("Views"))
        self.view_list.setWordWrap(True)  # a long name takes two lines at a large text size, not the chart's room
        self.view_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        for view in VIEWS:
            item = QListWidgetItem(QCoreApplication.translate("InsightsPage", view.title))
            item.setData(Qt.ItemDataRole.UserRole, view.key)
            self.view_list.addItem(item)
        theme.follow(self.view_list, self._fit_view_list)

        self.findings = FindingsPanel(self.context)  # made before the chart: Tab reaches what stands out first
        self.findings.show_requested.connect(self.show_finding)
        self.canvas_holder = QWidget()
        self.canvas_layout = QVBoxLayout(self.canvas_holder)
        self.canvas_layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget()
        name_table(self.table, self.tr("Numbers of this view"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # At a small window or 2× scaling the chart keeps the room its labels need and scrolls instead of crowding.
        self.chart_scroll = QScrollArea()
        self.chart_scroll.setAccessibleName(self.tr("Chart"))
        self.chart_scroll.setWidget(self.canvas_holder)
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.chart_scroll)
        self.stack.addWidget(self.table)

        self.drill_title = QLabel(self.tr(HINT))
        self.drill_title.setWordWrap(True)
        self.drill_list = QListWidget()
        self.drill_list.setAccessibleName(self.tr("Check-ins and entries behind the selection"))
        self.drill_list.setWordWrap(True)
        self.drill_list.itemActivated.connect(self.open_record)  # Enter (or a double click) opens the record
        drill = QWidget()
        drill_layout = QVBoxLayout(drill)
        drill_layout.setContentsMargins(0, 4, 0, 0)
        drill_layout.addWidget(self.drill_title)
        drill_layout.addWidget(self.drill_list)

        # What stands out, the chart and the drill-down share one column: the chart takes the height, the other two
        # start small and the person can drag either larger.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        for widget, stretch in ((self.findings, 0), (self.stack, 1), (drill, 0)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.indexOf(widget), stretch)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([FINDINGS_HEIGHT, 1000, DRILL_HEIGHT])
        body = QHBoxLayout()
        body.addWidget(self.view_list)
        body.addWidget(self.splitter, 1)
        layout = page_layout(QVBoxLayout(self))
        heading = page_heading(page_title("insights"))
        layout.addWidget(heading)
        layout.addLayout(bar)
        for edit in (self.from_edit, self.to_edit):
            edit.show_problem_in(layout)
        layout.addLayout(body, 1)

        settings = self.context.settings
        preset = settings.value(PERIOD_KEY, str(PeriodPreset.MONTH))
        self.period_box.setCurrentIndex(max(0, self.period_box.findData(preset)))
        view = settings.value(VIEW_KEY, VIEWS[0].key)
        self.view_list.setCurrentRow(VIEW_KEYS.index(view) if view in VIEW_KEYS else 0)
        self._sync_controls()

        self.period_box.currentIndexChanged.connect(self._on_period_changed)
        self.from_edit.committed.connect(self._on_range_typed)
        self.to_edit.committed.connect(self._on_range_typed)
        self.subject_box.currentIndexChanged.connect(lambda _index: self.redraw())
        self.view_list.currentRowChanged.connect(self._on_view_changed)
        self.table_switch.toggled.connect(self._on_table_toggled)
        self.png_button.clicked.connect(lambda: self.ask_export("png"))
        self.svg_button.clicked.connect(lambda: self.ask_export("svg"))

    def _sync_controls(self) -> None:
        custom = self.preset() is PeriodPreset.CUSTOM
        for widget in (self.from_edit, self.range_label, self.to_edit):
            widget.setVisible(custom)
        when = self.view().key == "when"
        self.subject_label.setVisible(when)
        self.subject_box.setVisible(when)

    # -------------------------------------------------------------------------------------------------- state

    def preset(self) -> PeriodPreset:
        return PeriodPreset(self.period_box.currentData())

    def view(self) -> View:
        return VIEWS[max(0, self.view_list.currentRow())]

    def heatmap_subject(self) -> HeatmapSubject:
        return HeatmapSubject(self.subject_box.currentData())

    @property
    def period(self) -> Period:
        preset = self.preset()
        if preset is PeriodPreset.CUSTOM:
            start, end = self._range
            return Period(min(start, end), max(start, end))
        first = self.context.store.insights.first_day() if preset is PeriodPreset.EVERYTHING else None
        return patterns.preset_period(preset, self.today(), first)

    def is_dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Window).lightness() < 128

    def changeEvent(self, event: QEvent) -> None:
        """A change of theme draws the chart again in the new one (a light chart on a dark window would glare), and a
        change of text size draws it with words of the new size."""
        super().changeEvent(event)
        changes = (QEvent.Type.PaletteChange, QEvent.Type.FontChange)
        if event.type() in changes and getattr(self, "figure", None) is not None:
            drawn_dark = QColor(to_hex(self.figure.get_facecolor())).lightness() < 128
            if drawn_dark == self.is_dark() and getattr(self.figure, "text_zoom", 1.0) == text_zoom():
                return
            if self.isVisible():
                self.redraw()
            else:
                self._stale = True  # drawn again when next shown (``refresh``)

    def refresh(self) -> None:
        """Called when the page is shown: reload if anything changed while it was hidden, draw if not drawn yet."""
        if self._stale or self.data is None:
            self.reload()
        elif self.canvas is None:
            self.redraw()

    def reload(self) -> None:
        self.load_facts()
        self.redraw()

    def load_facts(self) -> None:
        """Read the period's facts and findings: the part of a reload that needs the journal."""
        self.data = self.context.store.insights.load(self.period)
        self._stale = False
        self._drawn_for += 1
        self.findings.set_report(period_report(self.context.store, self.period, self.data))

    def redraw(self) -> None:
        """Compute the current view for the loaded period and show it as a chart (or a table)."""
        if self.data is None:
            return
        view = self.view()
        result = view.compute(self)
        self._show_chart(result, view.build(result, dark=self.is_dark()))

    def chart_ahead(self, size: QSize) -> tuple[Callable[[], FigureCanvasAgg], Callable[[FigureCanvasAgg], None]]:
        """The current chart as two halves, so the warm-up can draw it before the page is first opened at ``size``:
        ``draw`` is safe in a worker thread (matplotlib only), ``show`` puts the drawing on the page unless the facts
        changed meanwhile. Call after ``load_facts``."""
        self.resize(size)
        self.clear_drill()
        view, dark, drawn_for = self.view(), self.is_dark(), self._drawn_for
        result = view.compute(self)
        figure = view.build(result, dark=dark)
        self._hold(figure)
        lay_out_hidden(self)
        size, ratio = self._shown_canvas_size(), self.devicePixelRatioF() or 1.0

        def draw() -> FigureCanvasAgg:
            return draw_off_screen(figure, size.width(), size.height(), ratio)

        def show(drawn: FigureCanvasAgg) -> None:
            if drawn_for == self._drawn_for and self.canvas is None and view == self.view():
                self._show_chart(result, drawn.figure, drawn)
                self.grab()  # painted once off screen: the first showing then finds its text laid out and styled

        return draw, show

    def _show_chart(self, result: object, figure: Figure, drawn: FigureCanvasAgg | None = None) -> None:
        self.result = result
        self.set_figure(figure, drawn)
        self._table_stale = True
        if self.table_switch.isChecked():
            self._fill_table()
        self.clear_drill()

    def set_figure(self, figure: Figure, drawn: FigureCanvasAgg | None = None) -> None:
        if self.canvas is not None:
            self.canvas_layout.removeWidget(self.canvas)
            self.canvas.deleteLater()
        self.figure = figure
        self.canvas = ReadyCanvas(figure, drawn)
        self.canvas.setAccessibleName(figure.get_suptitle() or self.tr("Chart"))
        self.canvas.mpl_connect("motion_notify_event", self._on_motion)
        self.canvas.mpl_connect("button_press_event", self._on_click)
        ChartKeys(self.canvas, self._on_enter)
        self.canvas_layout.addWidget(self.canvas)
        if drawn is None:  # a picture drawn ahead was sized (and its room kept) by ``chart_ahead``
            self._hold(figure)
        self.canvas.draw_idle()

    def _hold(self, figure: Figure) -> None:
        """Keep the room ``figure``'s labels need: the chart area scrolls rather than crowd them."""
        _width, height = figure.get_size_inches()
        self.canvas_holder.setMinimumSize(CHART_MIN_WIDTH, round(height * figure.dpi * CHART_MIN_SHARE))

    def _shown_canvas_size(self) -> QSize:
        """The canvas's size once the page shows: the chart area less the scroll bar its least size calls for. (A
        hidden scroll area shows no scroll bars, so its own sizes leave them out.)"""
        area, least = self.chart_scroll, self.canvas_holder.minimumSize()
        width, height = area.width(), area.height()  # the area has no frame
        bar_height = area.horizontalScrollBar().sizeHint().height()
        wide = least.width() > width
        if least.height() > height - (bar_height if wide else 0):
            width -= area.verticalScrollBar().sizeHint().width()
            wide = least.width() > width
        if wide:
            height -= bar_height
        return QSize(max(width, least.width()), max(height, least.height()))

    def _fill_table(self) -> None:
        """Only when the table is shown: ten years of days are thousands of cells, slower than drawing the chart."""
        self._table_stale = False
        readiness = getattr(self.result, "readiness", None)
        if readiness is not None and not readiness.enough:
            self.table.clear()
            self.table.setColumnCount(1)
            self.table.setRowCount(1)
            self.table.setHorizontalHeaderLabels([self.tr("Not enough to show a pattern yet")])
            self.table.setItem(0, 0, QTableWidgetItem(readiness.hint))
            return
        table = patterns.as_table(self.result)
        self.table.clear()
        self.table.setColumnCount(len(table.headers))
        self.table.setRowCount(len(table.rows))
        self.table.setHorizontalHeaderLabels(list(table.headers))
        for row_index, row in enumerate(table.rows):
            for column, text in enumerate(row):
                item = QTableWidgetItem(text)
                if column and text.replace(".", "", 1).lstrip("+-").isdigit():
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row_index, column, item)

    # ------------------------------------------------------------------------------------------------ signals

    def _on_data_changed(self, what: str) -> None:
        if what == "finding_marks":  # the list redraws itself; the data behind the charts did not change
            return
        self._stale = True
        self._drawn_for += 1
        if self.isVisible():
            self.reload()

    def _on_period_changed(self, *_args) -> None:
        self._sync_controls()
        self.context.settings.setValue(PERIOD_KEY, str(self.preset()))
        self.reload()

    def _on_range_typed(self) -> None:
        """A typed or picked range counts once both fields read as dates; until then each says what is wrong."""
        typed = (self.from_edit.date(), self.to_edit.date())
        if None not in typed and typed != self._range:
            self._range = typed
            self._on_period_changed()

    def _on_view_changed(self, _row: int) -> None:
        self._sync_controls()
        self.context.settings.setValue(VIEW_KEY, self.view().key)
        self.redraw()

    def _on_table_toggled(self, on: bool) -> None:
        if on and self._table_stale:
            self._fill_table()
        self.stack.setCurrentWidget(self.table if on else self.chart_scroll)

    def target_for(self, event: MouseEvent) -> Target | None:
        return target_at(self.figure, event.inaxes, event.xdata, event.ydata) if self.figure else None

    def _on_motion(self, event: MouseEvent) -> None:
        """Keep the canvas tooltip on the exact values under the pointer; move a tooltip already showing along."""
        tip = target.tip if (target := self.target_for(event)) else ""
        if tip == self.canvas.toolTip():
            return
        self.canvas.setToolTip(tip)
        if QToolTip.isVisible():
            QToolTip.showText(QCursor.pos(), tip, self.canvas) if tip else QToolTip.hideText()

    def _on_click(self, event: MouseEvent) -> None:
        target = self.target_for(event)
        if target is not None and target.selection is not None:
            self.drill_down(target.selection)

    def _on_enter(self, target: Target) -> None:
        """Enter on a target marked by the arrow keys: list what is behind it and go to the list."""
        self.drill_down(target.selection)
        self.drill_list.setFocus()
        if self.drill_list.count():
            self.drill_list.setCurrentRow(0)

    # ----------------------------------------------------------------------------------------------- findings

    def show_finding(self, finding: Finding) -> None:
        """Open the chart a finding comes from and list the check-ins behind it."""
        self.view_list.setCurrentRow(VIEW_KEYS.index(finding.view))
        if finding.heatmap:
            self.subject_box.setCurrentIndex(self.subject_box.findData(finding.heatmap))
        if finding.selection is not None:
            self.drill_down(finding.selection)
            self.drill_list.setFocus()

    def show_finding_key(self, key: str) -> bool:
        """Show the finding ``key`` (from Today): in this period if it stands out here, else in the last 90 days."""
        self.refresh()
        if key not in self.findings.shown and self.preset() is not PeriodPreset.QUARTER:
            self.period_box.setCurrentIndex(self.period_box.findData(str(PeriodPreset.QUARTER)))
        finding = self.findings.shown.get(key)
        if finding is None:
            self.context.show_status(self.tr("That finding does not stand out in the data any more."))
            return False
        self.show_finding(finding)
        return True

    # --------------------------------------------------------------------------------------------- drill-down

    def drill_down(self, selection: Selection) -> None:
        """List the check-ins and entries behind a clicked bar or cell (newest first)."""
        self.selection = selection
        data = self.data
        if selection.day is not None and not data.period.contains(selection.day):
            data = self.context.store.insights.load(Period(selection.day, selection.day))
        items = self.context.store.insights.describe(patterns.matching(data, selection))
        self.drill_list.clear()
        for found in items:
            text = f"{dates.weekday_short_date(found.at.date())}, {dates.clock(found.at)} · {found.headline}"
            item = QListWidgetItem(text + (f"\n{found.detail}" if found.detail else ""))
            item.setData(Qt.ItemDataRole.UserRole, (found.kind, found.id))
            self.drill_list.addItem(item)
        self._show_drill_list(True)
        count = len(items)
        if count:
            self.drill_title.setText(self.tr("<b>{title}</b> — %n record(s)", "", count).format(title=selection.title))
        else:
            self.drill_title.setText(self.tr("<b>{title}</b> — nothing logged here").format(title=selection.title))

    def open_record(self, item: QListWidgetItem) -> None:
        """Open the check-in (in its dialog) or the journal entry (on the Journal page) behind a listed item."""
        kind, record_id = item.data(Qt.ItemDataRole.UserRole)
        if kind == "checkin":
            from recoveryjournal.ui.dialogs.checkin import open_checkin_dialog

            open_checkin_dialog(self.context, self.window(), self.context.store.checkins.get(record_id))
            return
        show_page = getattr(self.window(), "show_page", None)
        if callable(show_page):
            show_page("journal").open_entry(record_id)

    def clear_drill(self) -> None:
        self.selection = None
        self.drill_list.clear()
        self.drill_title.setText(self.tr(HINT))
        self._show_drill_list(False)

    def _show_drill_list(self, shown: bool) -> None:
        """Until something is clicked only the hint shows, and the chart has the height; a click opens the list."""
        if shown == self.drill_list.isVisibleTo(self):
            return
        self.drill_list.setVisible(shown)
        sizes = self.splitter.sizes()
        grow = DRILL_HEIGHT if shown else -max(0, sizes[2] - self.drill_title.sizeHint().height() - 8)
        self.splitter.setSizes([sizes[0], max(0, sizes[1] - grow), sizes[2] + grow])

    # ------------------------------------------------------------------------------------------------- export

    def ask_export(self, fmt: str) -> QFileDialog:
        """Ask where to save the chart; the dialog is modal to the window but does not block the event loop."""
        slug = "".join(ch for ch in self.view().title.lower().replace(" ", "-") if ch.isalnum() or ch == "-")
        name = f"{slug}-{self.period.end.isoformat()}.{fmt}"
        dialog = QFileDialog(self, self.tr("Save chart as {fmt}").format(fmt=fmt.upper()), str(Path.home() / name))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("{fmt} image (*.{fmt2})").format(fmt=fmt.upper(), fmt2=fmt))
        dialog.setDefaultSuffix(fmt)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path), fmt))
        dialog.open()
        return dialog

    def export_to(self, path: Path, fmt: str) -> None:
        if self.figure is None:
            return
        try:
            write_private(path, self.figure, fmt)
        except OSError as error:
            self.context.show_status(self.tr("Could not save the chart: {error}").format(error=error.strerror or error))
            return
        self.context.show_status(self.tr("Saved the chart to {path}").format(path=path))
