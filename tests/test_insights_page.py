"""The Insights page on the demo journal, driven like a person: shortcuts, clicks on bars and squares, the table
switch and saving a chart."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from datetime import date, timedelta
from pathlib import Path

import pytest
from gui_keys import retype
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from recoveryjournal.domain import dates
from recoveryjournal.domain import patterns as p
from recoveryjournal.domain.clock import now_local
from recoveryjournal.ui.widgets.date_field import date_text


def open_insights(qtbot, main):
    qtbot.keyClick(main, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: main.current_page_key() == "insights")
    page = main.page("insights")
    qtbot.waitUntil(lambda: page.figure is not None)
    # The page's first layout pass (with "What stands out" above the chart) can come after the chart exists: let it
    # run, so positions taken from the figure below are where the chart stays.
    qtbot.waitUntil(lambda: page.canvas.size() == page.canvas_holder.size() and page.findings.isVisible())
    main.layout().activate()
    qtbot.waitUntil(lambda: page.canvas.height() == round(page.figure.bbox.height / page.canvas.device_pixel_ratio))
    page.canvas.draw()
    return page


def bar_widths(page) -> list[float]:
    ax = page.figure.axes[0]
    return [patch.get_width() for patch in ax.containers[0].patches]


def click_data_point(qtbot, page, ax, x: float, y: float) -> None:
    """Click the canvas where data point (x, y) of ``ax`` is drawn, as a mouse would."""
    page.canvas.draw()
    px, py = ax.transData.transform((x, y))
    ratio = page.canvas.device_pixel_ratio
    qtbot.mouseClick(
        page.canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(px / ratio), int((page.figure.bbox.height - py) / ratio))
    )


def view_row(qtbot, page, key: str) -> None:
    from recoveryjournal.ui.pages.insights import VIEW_KEYS

    item = page.view_list.item(VIEW_KEYS.index(key))
    qtbot.mouseClick(
        page.view_list.viewport(), Qt.MouseButton.LeftButton, pos=page.view_list.visualItemRect(item).center()
    )
    qtbot.waitUntil(lambda: page.view().key == key)


def test_opening_insights_shows_the_last_30_days_and_a_new_period_redraws(qtbot, demo_window, demo_store):
    page = open_insights(qtbot, demo_window)
    today = now_local().date()
    month = p.trigger_counts(demo_store.insights.load(p.preset_period("30d", today)))
    assert page.period_box.currentText() == "Last 30 days"
    assert bar_widths(page) == [row.count for row in month.rows][:20]

    page.period_box.setFocus()
    qtbot.keyClick(page.period_box, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: page.data.period.days == 7)
    week = p.trigger_counts(demo_store.insights.load(p.preset_period("7d", today)))
    assert bar_widths(page) == [row.count for row in week.rows][:20]
    assert bar_widths(page) != [row.count for row in month.rows][:20]
    assert "7 days before" in page.figure.legends[0].get_texts()[-1].get_text()


def test_clicking_a_bar_lists_the_check_ins_and_entries_behind_it(qtbot, demo_window, demo_store):
    page = open_insights(qtbot, demo_window)
    top = page.result.rows[0]
    click_data_point(qtbot, page, page.figure.axes[0], top.count / 2, 0)
    qtbot.waitUntil(lambda: page.drill_list.count() > 0)
    assert page.drill_list.count() == top.count
    assert f"“{top.name}”" in page.drill_title.text() and f"{top.count} records" in page.drill_title.text()
    kinds = [page.drill_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.drill_list.count())]
    assert sum(kind == "checkin" for kind, _ in kinds) == top.checkins
    for kind, record_id in kinds:
        record = demo_store.checkins.get(record_id) if kind == "checkin" else demo_store.journal.get(record_id)
        assert top.trigger_id in record.trigger_ids


def test_hovering_a_bar_shows_its_exact_numbers(qtbot, demo_window):
    page = open_insights(qtbot, demo_window)
    top = page.result.rows[0]
    ax = page.figure.axes[0]
    px, py = ax.transData.transform((top.count / 2, 0))
    ratio = page.canvas.device_pixel_ratio
    # matplotlib turns the pointer into figure pixels from the figure's own height, which trails the widget's by a
    # layout pass when the page above the chart changes height ("What stands out").
    qtbot.mouseMove(page.canvas, QPoint(int(px / ratio), int((page.figure.bbox.height - py) / ratio)))
    qtbot.waitUntil(lambda: page.canvas.toolTip() != "")
    assert page.canvas.toolTip().startswith(f"{top.name} (")
    assert f"{top.count} times" in page.canvas.toolTip()
    qtbot.mouseMove(page.canvas, QPoint(2, 2))
    qtbot.waitUntil(lambda: page.canvas.toolTip() == "")


def test_show_as_table_gives_the_same_numbers(qtbot, demo_window):
    page = open_insights(qtbot, demo_window)
    qtbot.mouseClick(page.table_switch, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.table
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    times = headers.index("Times")
    assert page.table.rowCount() == len(page.result.rows)
    assert [int(page.table.item(r, times).text()) for r in range(page.table.rowCount())] == [
        row.count for row in page.result.rows
    ]
    qtbot.mouseClick(page.table_switch, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.chart_scroll


def test_when_view_switches_between_triggers_and_cravings(qtbot, demo_window, demo_store):
    from matplotlib.collections import QuadMesh

    page = open_insights(qtbot, demo_window)
    view_row(qtbot, page, "when")
    assert page.subject_box.isVisible()
    mesh = next(c for c in page.figure.axes[0].collections if isinstance(c, QuadMesh))
    expected = p.heatmap(page.data, "triggers")
    assert mesh.get_array().filled(0).reshape(7, 24).tolist() == expected.values
    page.subject_box.setFocus()
    qtbot.keyClick(page.subject_box, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: page.figure.get_suptitle() == "When cravings run high")
    cravings = p.heatmap(demo_store.insights.load(page.period), "cravings")
    weekday, hour = cravings.peak()
    mesh = next(c for c in page.figure.axes[0].collections if isinstance(c, QuadMesh))
    assert mesh.get_array().reshape(7, 24)[weekday, hour] == pytest.approx(cravings.values[weekday][hour])
    click_data_point(qtbot, page, page.figure.axes[0], hour + 0.5, weekday + 0.5)
    qtbot.waitUntil(lambda: page.drill_list.count() == cravings.counts[weekday][hour])


def test_calendar_square_lists_that_days_check_ins(qtbot, demo_window, demo_store):
    page = open_insights(qtbot, demo_window)
    view_row(qtbot, page, "calendar")
    calendar = page.result
    busiest = max(calendar.days, key=lambda day: day.checkins)
    week, weekday = calendar.cell(busiest.day)
    click_data_point(qtbot, page, page.figure.axes[0], week + 0.5, weekday + 0.5)
    qtbot.waitUntil(lambda: page.drill_list.count() >= busiest.checkins)
    checkins = [
        page.drill_list.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(page.drill_list.count())
        if page.drill_list.item(i).data(Qt.ItemDataRole.UserRole)[0] == "checkin"
    ]
    assert len(checkins) == busiest.checkins
    assert all(demo_store.checkins.get(cid).at.date() == busiest.day for _, cid in checkins)


def test_every_view_draws_on_the_demo_journal(qtbot, demo_window):
    from recoveryjournal.charts.calendar import first_shown_week
    from recoveryjournal.charts.style import target_at, targets_in_order
    from recoveryjournal.ui.pages.insights import VIEWS

    page = open_insights(qtbot, demo_window)
    page.table_switch.setChecked(True)  # the table is filled only while it is shown
    walked = {}
    for view in VIEWS:
        view_row(qtbot, page, view.key)
        page.canvas.draw()
        assert page.result.readiness.enough, view.key
        assert not hasattr(page.figure, "recoveryjournal_message")
        assert page.table.rowCount() > 0
        placed = targets_in_order(page.figure)  # what the arrow keys walk: each is what a pointer there finds
        walked[view.key] = len(placed)
        if view.key == "calendar":  # every day, one per square, each the day a pointer at its centre finds
            calendar, first_week = page.result, first_shown_week(page.result)
        for spot in placed[:: 1 if view.key == "calendar" else max(1, len(placed) // 12)]:
            x0, y0, x1, y1 = spot.box
            x, y = (spot.ax.transAxes + spot.ax.transData.inverted()).transform(((x0 + x1) / 2, (y0 + y1) / 2))
            assert target_at(page.figure, spot.ax, x, y) == spot.target, view.key
    assert walked["when"] == 7 * 24
    assert walked["calendar"] == len([day for day in calendar.days if calendar.cell(day.day)[0] >= first_week])


def test_custom_range_and_everything(qtbot, demo_window, demo_store):
    page = open_insights(qtbot, demo_window)
    page.period_box.setCurrentIndex(page.period_box.findData(str(p.PeriodPreset.CUSTOM)))
    assert page.from_edit.isVisible() and page.to_edit.isVisible()
    end = page.to_edit.date()
    retype(qtbot, page.from_edit, date_text(end - timedelta(days=2)))
    qtbot.waitUntil(lambda: page.data.period.days == 3)
    retype(qtbot, page.to_edit, "31 Sep 2026")  # no such day: said so, and the period stays
    assert "doesn't read as a date" in page.to_edit.problem.text() and page.to_edit.problem.isVisible()
    assert page.data.period == p.Period(end - timedelta(days=2), end)
    retype(qtbot, page.from_edit, "15 Oct 2026")
    retype(qtbot, page.to_edit, "2026-11-20")
    qtbot.waitUntil(lambda: page.data.period == p.Period(date(2026, 10, 15), date(2026, 11, 20)))
    assert page.from_edit.edit.text() == "15 Oct 2026" and page.to_edit.edit.text() == "2026-11-20"
    page.period_box.setCurrentIndex(page.period_box.findData(str(p.PeriodPreset.EVERYTHING)))
    qtbot.waitUntil(lambda: page.data.period.start == demo_store.insights.first_day())
    assert not page.from_edit.isVisible()


@pytest.mark.parametrize(("fmt", "magic"), [("png", b"\x89PNG"), ("svg", b"<?xml")])
def test_saving_a_chart_writes_a_private_file(qtbot, demo_window, tmp_path, fmt, magic):
    page = open_insights(qtbot, demo_window)
    target = tmp_path / f"chart.{fmt}"
    qtbot.mouseClick(page.png_button if fmt == "png" else page.svg_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(QFileDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(lambda: target.read_bytes().startswith(magic))
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    if fmt == "svg":
        assert "Which triggers came up" in target.read_text()
    # Replacing a file (the dialog has asked first) leaves it private too.
    target.chmod(0o644)
    page.export_to(target, fmt)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600


def test_an_empty_journal_says_what_to_log(qtbot, window):
    page = open_insights(qtbot, window)
    assert "Tick the triggers" in page.figure.recoveryjournal_message
    qtbot.mouseClick(page.table_switch, Qt.MouseButton.LeftButton)
    assert page.table.horizontalHeaderItem(0).text() == "Not enough to show a pattern yet"
    assert "Tick the triggers" in page.table.item(0, 0).text()


def test_the_app_opens_on_today_without_loading_matplotlib(tmp_path: Path):
    script = textwrap.dedent(
        f"""
        import sys
        from recoveryjournal.opening import open_journal
        from recoveryjournal.ui.app import application
        from recoveryjournal.ui.context import AppContext
        from recoveryjournal.ui.main_window import MainWindow

        app = application()
        from pathlib import Path
        store = open_journal(Path({str(tmp_path / "data")!r}))
        window = MainWindow(AppContext(store))
        window.show_page("today")
        window.show()
        app.processEvents()
        print("at start:", "matplotlib" in sys.modules)
        window.show_page("insights")
        app.processEvents()
        print("after insights:", "matplotlib" in sys.modules)
        window.close()
        store.close()
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "at start: False" in done.stdout
    assert "after insights: True" in done.stdout


def test_enter_on_a_listed_record_opens_it(qtbot, demo_window, demo_store):
    from recoveryjournal.ui.dialogs.checkin import CheckInDialog

    page = open_insights(qtbot, demo_window)
    top = page.result.rows[0]
    page.drill_down(p.Selection(f"Times “{top.name}” was logged", trigger_ids=(top.trigger_id,)))
    kinds = [page.drill_list.item(i).data(Qt.ItemDataRole.UserRole)[0] for i in range(page.drill_list.count())]
    page.drill_list.setFocus()
    page.drill_list.setCurrentRow(kinds.index("checkin"))
    qtbot.keyClick(page.drill_list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in demo_window.findChildren(CheckInDialog)))
    dialog = next(d for d in demo_window.findChildren(CheckInDialog) if d.isVisible())
    assert dialog.checkin.id == page.drill_list.currentItem().data(Qt.ItemDataRole.UserRole)[1]
    dialog.reject()

    page.drill_list.setFocus()
    page.drill_list.setCurrentRow(kinds.index("entry"))
    entry_id = page.drill_list.currentItem().data(Qt.ItemDataRole.UserRole)[1]
    qtbot.keyClick(page.drill_list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: demo_window.current_page_key() == "journal")
    journal = demo_window.page("journal")
    qtbot.waitUntil(lambda: journal.editor.entry is not None and journal.editor.entry.id == entry_id)


def test_the_drill_list_heading_counts_in_spanish(qtbot, context):
    """The list under a chart says how many records it holds, in the reader's language and number: one "registro",
    two "registros"; each record's line is in Spanish too."""
    from recoveryjournal import i18n
    from recoveryjournal.domain.models import CheckIn
    from recoveryjournal.ui.main_window import MainWindow
    from recoveryjournal.ui.translation import install_language

    nine = now_local().replace(hour=9, minute=0, second=0, microsecond=0)
    one, two = nine - timedelta(days=2), nine - timedelta(days=1)
    for moment in (one, two, two.replace(hour=20)):
        context.store.checkins.add(CheckIn(moment, mood=4, craving=3))
    context.store.settings.set(i18n.SETTING, "es")
    try:
        main = MainWindow(context)
        qtbot.addWidget(main)
        main.resize(1200, 800)
        main.show()
        qtbot.waitExposed(main)
        qtbot.waitUntil(main.is_set_up)
        main.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
        page = open_insights(qtbot, main)
        page.drill_down(p.Selection("“Un día”", day=one.date()))
        assert page.drill_title.text() == "<b>“Un día”</b>: 1 registro"
        assert page.drill_list.item(0).text().startswith(f"{dates.weekday_short_date(one.date())}, 09:00 · Registro:")
        assert "ánimo bien; deseo de consumir 3/10" in page.drill_list.item(0).text()
        page.drill_down(p.Selection("“Otro día”", day=two.date()))
        assert page.drill_title.text() == "<b>“Otro día”</b>: 2 registros"
    finally:
        install_language(QApplication.instance(), "en")


def test_the_chart_is_walked_by_keyboard_and_enter_lists_and_opens_records(qtbot, demo_window, demo_store):
    from recoveryjournal.charts.style import target_at
    from recoveryjournal.ui.dialogs.checkin import CheckInDialog

    page = open_insights(qtbot, demo_window)
    demo_window.activateWindow()
    qtbot.waitUntil(demo_window.isActiveWindow)
    page.view_list.setFocus()
    for _ in range(30):
        if demo_window.focusWidget() is page.canvas:
            break
        qtbot.keyClick(demo_window.focusWidget(), Qt.Key.Key_Tab)
    assert demo_window.focusWidget() is page.canvas
    second, third = page.result.rows[1], page.result.rows[2]
    assert page.result.rows[0].name in page.canvas.accessibleDescription()
    assert third.name in page.canvas.accessibleDescription()

    qtbot.keyClick(page.canvas, Qt.Key.Key_Right)
    qtbot.keyClick(page.canvas, Qt.Key.Key_Right)
    qtbot.keyClick(page.canvas, Qt.Key.Key_Right)
    qtbot.keyClick(page.canvas, Qt.Key.Key_Left)
    ax = page.figure.axes[0]
    clicked = target_at(page.figure, ax, second.count / 2, 1)
    assert page.canvas.toolTip() == clicked.tip == page.canvas.accessibleDescription()
    page.canvas.draw()
    marks = [patch for patch in ax.patches if not patch.get_fill()]
    assert len(marks) == 1 and marks[0].get_visible()
    assert marks[0].get_window_extent().contains(*ax.transData.transform((second.count / 2, 1)))
    qtbot.keyClick(page.canvas, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: demo_window.focusWidget() is page.drill_list)
    keyed = [page.drill_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.drill_list.count())]
    page.canvas.draw()
    assert not [patch for patch in ax.patches if not patch.get_fill()]  # the mark left with the focus

    page.canvas.setFocus()
    page.clear_drill()
    click_data_point(qtbot, page, ax, second.count / 2, 1)
    qtbot.waitUntil(lambda: page.drill_list.count() > 0)
    assert keyed == [page.drill_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.drill_list.count())]
    assert len(keyed) == second.count

    page.canvas.setFocus()
    qtbot.keyClick(page.canvas, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: demo_window.focusWidget() is page.drill_list)
    page.drill_list.setCurrentRow([kind for kind, _ in keyed].index("checkin"))
    qtbot.keyClick(page.drill_list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in demo_window.findChildren(CheckInDialog)))
    dialog = next(d for d in demo_window.findChildren(CheckInDialog) if d.isVisible())
    assert dialog.checkin.id == page.drill_list.currentItem().data(Qt.ItemDataRole.UserRole)[1]
    dialog.reject()


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_marked_bar_is_drawn_in_the_highlight_and_leaves_with_the_focus(qtbot, qapp, demo_window, name):
    from PySide6.QtGui import QColor, QPalette

    from recoveryjournal.ui import theme

    theme.apply_appearance(qapp, name, 100)
    try:
        page = open_insights(qtbot, demo_window)
        demo_window.activateWindow()
        qtbot.waitUntil(demo_window.isActiveWindow)
        page.canvas.setFocus()
        qtbot.waitUntil(lambda: demo_window.focusWidget() is page.canvas)
        qtbot.keyClick(page.canvas, Qt.Key.Key_Down)
        qtbot.keyClick(page.canvas, Qt.Key.Key_Down)
        page.canvas.draw()
        highlight = page.canvas.palette().color(QPalette.ColorRole.Highlight)
        ax = page.figure.axes[0]
        [mark] = [patch for patch in ax.patches if not patch.get_fill()]
        box = mark.get_window_extent()
        middle = round(page.figure.bbox.height - (box.y0 + box.y1) / 2)
        shot = page.canvas.grab().toImage()
        ratio = shot.devicePixelRatio()

        def near_highlight(x: float) -> bool:
            colours = [QColor(shot.pixel(round(x / ratio) + dx, round(middle / ratio))) for dx in range(-2, 3)]
            return any(
                max(
                    abs(c.red() - highlight.red()), abs(c.green() - highlight.green()), abs(c.blue() - highlight.blue())
                )
                < 40
                for c in colours
            )

        assert near_highlight(box.x0) and near_highlight(box.x1)  # both ends of the marked row, on screen
        assert page.canvas.toolTip().startswith(page.result.rows[1].name)
        qtbot.keyClick(page.canvas, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: demo_window.focusWidget() is not page.canvas)
        page.canvas.draw()
        assert not [patch for patch in ax.patches if not patch.get_fill()]
    finally:
        theme.apply_appearance(qapp, "system", 100)


def test_sleep_and_questionnaire_charts_have_tips_and_a_keyboard_walk(qtbot, demo_window, demo_store):
    """A pointer on a night of "Sleep and medication" or a point of "Questionnaires" shows its values; the arrow keys
    walk the same targets; Enter on a night lists that day's check-ins."""
    from matplotlib.dates import date2num

    from recoveryjournal.charts.style import targets_in_order

    page = open_insights(qtbot, demo_window)
    demo_window.activateWindow()
    qtbot.waitUntil(demo_window.isActiveWindow)
    ratio = page.canvas.device_pixel_ratio

    def hover(ax, x: float, y: float) -> str:
        qtbot.waitUntil(  # the new chart's canvas is laid out in its holder, and its figure has followed
            lambda: (
                page.canvas.size() == page.canvas_holder.size()
                and page.canvas.height() == round(page.figure.bbox.height / ratio)
            )
        )
        page.canvas.draw()
        px, py = ax.transData.transform((x, y))
        at = QPoint(int(px / ratio), int((page.figure.bbox.height - py) / ratio))
        qtbot.mouseMove(page.canvas, at)
        qtbot.waitUntil(lambda: page.canvas.toolTip() != "")
        return page.canvas.toolTip()

    view_row(qtbot, page, "care")
    qtbot.waitUntil(lambda: hasattr(page.result, "sleep_hours"))
    care = page.result
    night = max(i for i, hours in enumerate(care.sleep_hours) if hours is not None and care.sleep_quality[i])
    sleep_ax = page.figure.axes[1]
    tip = hover(sleep_ax, date2num(care.days[night]), care.sleep_hours[night] / 2)
    assert tip.startswith(dates.weekday_long_date(care.days[night]))
    assert f"Sleep {care.sleep_hours[night]:g} h, quality {care.sleep_quality[night]}/5" in tip
    assert "Mood " in tip and "craving " in tip
    assert ("All doses taken" in tip) or ("A dose missed" in tip) or ("No medication noted" in tip)

    placed = targets_in_order(page.figure)
    assert len(placed) >= care.sleep.nights
    page.canvas.setFocus()
    qtbot.waitUntil(lambda: demo_window.focusWidget() is page.canvas)
    qtbot.keyClick(page.canvas, Qt.Key.Key_End)
    qtbot.keyClick(page.canvas, Qt.Key.Key_Left)
    assert page.canvas.toolTip() == placed[-2].target.tip
    day = placed[-2].target.selection.day
    qtbot.keyClick(page.canvas, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: demo_window.focusWidget() is page.drill_list)
    listed = [page.drill_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.drill_list.count())]
    assert all(demo_store.checkins.get(cid).at.date() == day for kind, cid in listed if kind == "checkin")
    assert any(kind == "checkin" for kind, _ in listed)
    page.canvas.setFocus()
    page.clear_drill()
    click_data_point(qtbot, page, page.figure.axes[1], date2num(day), 1.0)  # a click on that night's bar: the same
    qtbot.waitUntil(lambda: page.drill_list.count() > 0)
    assert listed == [page.drill_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.drill_list.count())]

    view_row(qtbot, page, "measures")
    qtbot.waitUntil(lambda: hasattr(page.result, "charts"))
    chart = page.result.charts[0]
    point = chart.trend.last
    tip = hover(page.figure.axes[0], date2num(point.at), point.total)
    assert tip.startswith(chart.trend.title)
    assert f"Score {point.total} of {chart.max_score}: {point.band}" in tip
    placed = targets_in_order(page.figure)
    assert len(placed) == sum(len(each.trend.points) for each in page.result.charts)
    page.canvas.setFocus()
    qtbot.waitUntil(lambda: demo_window.focusWidget() is page.canvas)
    qtbot.keyClick(page.canvas, Qt.Key.Key_Right)
    qtbot.keyClick(page.canvas, Qt.Key.Key_Right)
    assert page.canvas.toolTip() == placed[1].target.tip
    assert placed[1].target.tip.startswith(chart.trend.title)
    qtbot.keyClick(page.canvas, Qt.Key.Key_End)  # the last questionnaire's last point, below the fold: scrolled to
    assert page.canvas.toolTip() == placed[-1].target.tip
    x0, y0, x1, y1 = placed[-1].box
    px, py = placed[-1].ax.transAxes.transform(((x0 + x1) / 2, (y0 + y1) / 2))
    assert page.canvas.visibleRegion().contains(QPoint(int(px / ratio), int((page.figure.bbox.height - py) / ratio)))
    day = placed[-1].target.selection.day  # Enter on a score lists the check-ins and entries of the day it was taken
    assert day == page.result.charts[-1].trend.points[-1].at.date()
    qtbot.keyClick(page.canvas, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: demo_window.focusWidget() is page.drill_list)
    listed = [page.drill_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.drill_list.count())]
    assert any(kind == "checkin" for kind, _ in listed)
    assert all(demo_store.checkins.get(cid).at.date() == day for kind, cid in listed if kind == "checkin")


def test_the_charts_words_grow_with_the_text_size(qtbot, demo_window):
    """Settings → Text size reaches the charts too, up to a quarter larger (``charts.zoom.MOST``): at 200 % a chart
    twice the size would crowd its data out of a laptop's window."""
    from recoveryjournal.charts.zoom import MOST
    from recoveryjournal.ui import theme

    def title_line_height(page) -> float:
        page.canvas.draw()
        title = page.figure._suptitle
        lines = title.get_text().count("\n") + 1
        return title.get_window_extent(page.figure._get_renderer()).height / page.canvas.device_pixel_ratio / lines

    page = open_insights(qtbot, demo_window)
    before = title_line_height(page)
    app = QApplication.instance()
    theme.apply_appearance(app, "light", 200)
    try:
        qtbot.waitUntil(lambda: page.figure.text_zoom == MOST)
        assert MOST - 0.1 < title_line_height(page) / before < MOST + 0.1
    finally:
        theme.apply_appearance(app, "system", 100)
    qtbot.waitUntil(lambda: page.figure.text_zoom == 1.0)
    assert 0.9 < title_line_height(page) / before < 1.1


def test_the_view_list_takes_the_new_text_size_at_once(qtbot, demo_window):
    """Switched to 200 % while Insights is open, the list of views is as wide as its longest word in the new size (it
    was measured in the old one, so the names were cut: "Which trigg…")."""
    from PySide6.QtGui import QFontMetrics

    from recoveryjournal.ui import theme

    page = open_insights(qtbot, demo_window)
    app = QApplication.instance()
    theme.apply_appearance(app, "light", 200)
    try:
        qtbot.waitUntil(lambda: page.view_list.font().pointSizeF() == app.font().pointSizeF())
        metrics = QFontMetrics(page.view_list.font())
        names = [page.view_list.item(row).text() for row in range(page.view_list.count())]
        longest = max(metrics.horizontalAdvance(word) for name in names for word in name.split())
        assert page.view_list.width() >= longest + metrics.height()
    finally:
        theme.apply_appearance(app, "system", 100)
