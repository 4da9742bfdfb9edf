import sqlite3
from datetime import date, datetime, timedelta

from gui_keys import moment_text, retype
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from recoveryjournal import paths
from recoveryjournal.domain.clock import local_day, now_local
from recoveryjournal.domain.models import Lapse, Substance
from recoveryjournal.domain.session_models import SessionKind
from recoveryjournal.domain.weeks import week_start


def raw(data_dir, sql, *args):
    with sqlite3.connect(paths.database_path(data_dir)) as connection:
        return connection.execute(sql, args).fetchall()


def open_treatment(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_page_key() == "treatment")
    return window.page("treatment")


def log(qtbot, page, when: datetime, kind: SessionKind, hours: float, title: str = ""):
    retype(qtbot, page.session_when, moment_text(when))
    page.session_kind.setCurrentIndex(page.session_kind.findData(kind))
    page.session_hours.selectAll()
    qtbot.keyClicks(page.session_hours, f"{hours}")
    qtbot.keyClicks(page.session_title, title)
    qtbot.mouseClick(page.log_session_button, Qt.MouseButton.LeftButton)


def test_log_sessions_and_see_weekly_hours(qtbot, window, data_dir):
    page = open_treatment(qtbot, window)
    monday = week_start(local_day(now_local()), "monday")
    assert page.this_week.text() == "<b>This week:</b> 0 of 9 hours, on 0 days."

    log(qtbot, page, datetime.combine(monday, datetime.min.time()).replace(hour=18), SessionKind.GROUP, 3, "Group")
    log(qtbot, page, datetime.combine(monday, datetime.min.time()).replace(hour=10), SessionKind.INDIVIDUAL, 1)
    last_week = monday - timedelta(days=5)
    log(qtbot, page, datetime.combine(last_week, datetime.min.time()).replace(hour=19), SessionKind.SUPPORT_GROUP, 1.5)

    assert page.this_week.text() == "<b>This week:</b> 4 of 9 hours, on 1 day."
    assert page.weeks.item(0, 1).text() == "4" and page.weeks.item(0, 3).text() == "not yet"
    assert page.weeks.item(1, 1).text() == "1.5"
    assert page.sessions.rowCount() == 3
    assert page.sessions.item(0, 1).text() == "Group therapy"
    rows = raw(data_dir, "SELECT kind, hours, title, substr(at, 1, 10) FROM treatment_sessions ORDER BY at")
    assert rows == [
        ("support_group", 1.5, "", last_week.isoformat()),
        ("individual", 1.0, "", monday.isoformat()),
        ("group", 3.0, "Group", monday.isoformat()),
    ]

    page.target.selectAll()
    qtbot.keyClicks(page.target, "4")
    qtbot.keyClick(page.target, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: page.weeks.item(0, 3).text() == "met")
    assert page.this_week.text() == "<b>This week:</b> 4 of 4 hours, on 1 day."
    assert raw(data_dir, "SELECT value FROM settings WHERE key = 'weekly_target_hours'") == [("4.0",)]

    page.sessions.selectRow(0)
    qtbot.mouseClick(page.delete_session_button, Qt.MouseButton.LeftButton)
    assert page.this_week.text() == "<b>This week:</b> 1 of 4 hours, on 1 day."
    assert raw(data_dir, "SELECT COUNT(*) FROM treatment_sessions WHERE deleted_at IS NOT NULL") == [(1,)]


def test_program_dates_and_aftercare_are_saved(qtbot, window, store):
    page = open_treatment(qtbot, window)
    today = local_day(now_local())
    assert page.program_status.text().startswith("Add your program's start date")
    start = today - timedelta(days=15)
    qtbot.mouseClick(page.program_set["program_start"], Qt.MouseButton.LeftButton)
    field = page.program_dates["program_start"].edit
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, start.isoformat()[:-1])  # part-typed: a day of the month, not yet the one meant
    assert store.settings.get("program_start") == today.isoformat()  # nothing saved while typing
    qtbot.keyClicks(field, start.isoformat()[-1])
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == start.isoformat()  # kept as typed
    assert store.settings.get("program_start") == start.isoformat()
    assert page.program_status.text() == "Week 3 of your program."
    qtbot.mouseClick(page.program_set["program_end"], Qt.MouseButton.LeftButton)
    assert store.settings.get("program_end") == today.isoformat()
    assert page.program_status.text().startswith("Week 3 of 3")
    qtbot.mouseClick(page.program_set["program_end"], Qt.MouseButton.LeftButton)
    assert store.settings.get("program_end") is None

    edit = page.aftercare["groups"]
    edit.setFocus()
    qtbot.keyClicks(edit, "SMART Recovery on Thursdays")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert store.settings.get("aftercare")["groups"] == "SMART Recovery on Thursdays"


def test_sobriety_streaks_and_milestones(qtbot, window, store):
    today = local_day(now_local())
    start = today - timedelta(days=40)
    store.sobriety.add(Substance("Alcohol", sober_since=start, tracked_since=start))
    lapse_at = now_local() - timedelta(days=10)
    store.lapses.add(Lapse(at=lapse_at, substance="Alcohol"))
    page = open_treatment(qtbot, window)
    restart = local_day(lapse_at) + timedelta(days=1)
    assert page.substances.item(0, 0).text() == "Alcohol"
    assert page.substances.item(0, 2).text() == f"{(today - restart).days} days"
    assert page.substances.item(0, 3).text() == f"{(local_day(lapse_at) - start).days} days"
    assert page.substances.item(0, 5).text().startswith("30 days on ")
    assert "Milestones reached for Alcohol: 1 day" in page.milestones.text()
    assert "7 days" in page.milestones.text()


def test_track_a_substance_through_its_dialog(qtbot, window, store):
    page = open_treatment(qtbot, window)
    assert "Track a substance" in page.milestones.text()
    qtbot.mouseClick(page.add_substance_button, Qt.MouseButton.LeftButton)
    dialog = page.substance_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.name, "Cannabis")
    dialog.sober_since.edit.clear()
    qtbot.keyClicks(dialog.sober_since.edit, f"{date.today().year - 1}-01-01")
    dialog.save()
    qtbot.waitUntil(lambda: page.substances.rowCount() == 1)
    assert page.substances.item(0, 0).text() == "Cannabis"
    assert [s.name for s in store.sobriety.all()] == ["Cannabis"]
    assert QApplication.activeModalWidget() is None


def test_weeks_after_the_program_follow_the_aftercare_aim(qtbot, window, store):
    from recoveryjournal.domain.attendance import AFTERCARE_TARGET_KEY, PROGRAM_END_KEY, PROGRAM_START_KEY
    from recoveryjournal.domain.session_models import TreatmentSession

    monday = week_start(local_day(now_local()), "monday")
    store.settings.set(PROGRAM_START_KEY, (monday - timedelta(weeks=6)).isoformat())
    store.settings.set(PROGRAM_END_KEY, (monday - timedelta(weeks=2, days=1)).isoformat())  # a Sunday
    store.settings.set(AFTERCARE_TARGET_KEY, 2)
    for weeks_ago, hours in ((4, 3.0), (1, 1.5)):
        when = datetime.combine(monday - timedelta(weeks=weeks_ago), datetime.min.time()).astimezone()
        store.sessions.add(TreatmentSession(when + timedelta(hours=18), SessionKind.SUPPORT_GROUP, hours))
    page = open_treatment(qtbot, window)
    statuses = [page.weeks.item(row, 3).text() for row in range(page.weeks.rowCount())]
    # Newest first: this week and the two after the program count meetings; the program's weeks count hours.
    assert statuses == [
        "aftercare: 0 of 2 sessions",
        "aftercare: 1 of 2 sessions",
        "aftercare: 0 of 2 sessions",
        "not yet",
        "not yet",
    ]
    assert page.this_week.text().startswith("<b>This week:</b> 0 sessions, 0 hours (my aftercare aim: 2 a week)")
    page.aftercare_aim.setFocus()
    page.aftercare_aim.selectAll()
    qtbot.keyClicks(page.aftercare_aim, "1")
    qtbot.waitUntil(lambda: page.weeks.item(1, 3).text() == "aftercare: 1 of 1 session")


def test_a_typed_session_time_is_kept_exactly_or_refused(qtbot, window, data_dir):
    page = open_treatment(qtbot, window)
    retype(qtbot, page.session_when, "15 Oct 2026 14:30")
    qtbot.mouseClick(page.log_session_button, Qt.MouseButton.LeftButton)
    [(at,)] = raw(data_dir, "SELECT at FROM treatment_sessions")
    assert at.startswith("2026-10-15T14:30:00")

    retype(qtbot, page.session_when, "2 Nov 2026 18:00")
    window.context.notify("lapses")  # the page refreshes: a time the person typed stays as typed
    assert page.session_when.edit.text() == "2 Nov 2026 18:00"

    for typed in ("31 Sep 2026 14:30", "15 Oct 2026 25:30", "Mon 15 Oct 2026 14:30", "15 Oct 2026"):
        retype(qtbot, page.session_when, typed)
        assert (
            page.session_when.problem.isVisible()
            and "doesn't read as a date and time" in page.session_when.problem.text()
        )
        qtbot.mouseClick(page.log_session_button, Qt.MouseButton.LeftButton)
        assert page.session_when.edit.text() == typed  # kept as typed, to be corrected
        assert raw(data_dir, "SELECT at FROM treatment_sessions") == [(at,)]


def test_the_weeks_table_follows_the_week_start(qtbot, window, store):
    page = open_treatment(qtbot, window)
    retype(qtbot, page.session_when, "15 Oct 2026 14:30")
    qtbot.mouseClick(page.log_session_button, Qt.MouseButton.LeftButton)

    def first_days() -> set[int]:
        return {page.weeks.item(row, 0).data(Qt.ItemDataRole.UserRole).week_start.weekday() for row in range(3)}

    assert first_days() == {0}
    store.settings.set("week_start", "sunday")
    window.context.notify("settings")
    assert first_days() == {6}
