import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from recoveryjournal import paths
from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.models import CheckIn
from recoveryjournal.domain.plan import HELP_NOW_THRESHOLD_KEY
from recoveryjournal.domain.plan_models import SupportContact
from recoveryjournal.ui.help_now import BreathingGuide


def raw(data_dir, sql, *args):
    with sqlite3.connect(paths.database_path(data_dir)) as connection:
        return connection.execute(sql, args).fetchall()


def panel_of(window):
    return window.help_now.panel


def test_f1_opens_help_as_its_own_window_over_the_main_window_and_esc_closes_it(qtbot, window):
    panel = panel_of(window)
    assert not panel.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(panel.isVisible)
    assert panel.isWindow() and panel.windowHandle().transientParent() is window.windowHandle()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
    assert panel.breathing.timer.isActive()
    assert panel.note.hasFocus()
    qtbot.keyClick(panel.note, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not panel.isVisible())
    assert not panel.breathing.timer.isActive()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_f1_works_from_another_page_and_the_sidebar_button_opens_it(qtbot, window):
    window.show_page("plan")
    qtbot.keyClick(window.page("plan"), Qt.Key.Key_F1)
    qtbot.waitUntil(panel_of(window).isVisible)
    qtbot.mouseClick(panel_of(window).close_button, Qt.MouseButton.LeftButton)
    assert not panel_of(window).isVisible()
    qtbot.mouseClick(window.help_now_button, Qt.MouseButton.LeftButton)
    assert panel_of(window).isVisible()


def test_a_second_request_brings_the_open_window_forward_with_what_was_typed(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    panel = panel_of(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
    qtbot.keyClicks(panel.note, "kitchen, shaky")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.mouseClick(window.help_now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
    assert panel.note.text() == "kitchen, shaky" and panel.breathing.timer.isActive()
    assert [widget for widget in QApplication.topLevelWidgets() if isinstance(widget, type(panel))] == [panel]


def test_high_craving_checkin_opens_it_and_low_one_does_not(qtbot, window, context):
    panel = panel_of(window)
    context.checkin_saved.emit(CheckIn(at=now_local(), craving=7))
    assert not panel.isVisible()
    context.checkin_saved.emit(CheckIn(at=now_local(), craving=8))
    assert panel.isVisible() and panel.craving == 8
    panel.close_panel()
    context.store.settings.set(HELP_NOW_THRESHOLD_KEY, 6)
    context.checkin_saved.emit(CheckIn(at=now_local(), craving=6))
    assert panel.isVisible()


def test_real_checkin_through_the_dialog_with_craving_nine(qtbot, window, context, data_dir):
    from recoveryjournal.ui.dialogs.checkin import CheckInDialog

    dialog = CheckInDialog(context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.mood.hasFocus())
    qtbot.keyClick(dialog.mood, Qt.Key.Key_2)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "9")
    with qtbot.waitSignal(dialog.finished):
        dialog.save()
    qtbot.waitUntil(panel_of(window).isVisible)
    assert raw(data_dir, "SELECT craving FROM checkins") == [(9,)]


def test_breathing_guide_advances_through_in_and_out_to_the_end(qtbot):
    guide = BreathingGuide()
    qtbot.addWidget(guide)
    guide.set_tick_interval(1)
    assert guide.countdown.text() == "1:00 left"
    guide.start()
    assert guide.word.text() == "Breathe in… 4"
    qtbot.waitUntil(lambda: guide.elapsed >= 4.5, timeout=5000)
    guide.stop()
    assert guide.phase() == "out" and guide.word.text().startswith("…and out…")
    assert 0 < guide.circle.level < 1
    assert guide.countdown.text() in {"0:55 left", "0:56 left"}
    with qtbot.waitSignal(guide.finished, timeout=10000):
        guide.timer.start()
    assert guide.word.text() == "Well done"
    assert not guide.timer.isActive()


def test_breathing_guide_phases_over_one_cycle():
    guide = BreathingGuide(inhale=4, exhale=6, total=60)
    for elapsed, phase in ((0, "in"), (3.9, "in"), (4, "out"), (9.9, "out"), (10, "in"), (59.9, "out"), (60, "done")):
        guide.elapsed = elapsed
        assert guide.phase() == phase, elapsed


def test_note_is_saved_as_a_checkin(qtbot, window, data_dir):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    panel = panel_of(window)
    qtbot.keyClicks(panel.note, "At home, restless, it's Friday")
    qtbot.keyClick(panel.note, Qt.Key.Key_Return)
    assert panel.note.text() == ""
    assert "Saved as a check-in" in panel.note_status.text()
    assert raw(data_dir, "SELECT note, craving FROM checkins") == [("At home, restless, it's Friday", None)]


def test_quick_action_buttons_come_from_the_plan_and_log_a_use(qtbot, window, context, data_dir):
    store = context.store
    ids = [store.coping.action_by_name(name).id for name in ("Urge surfing", "Call your sponsor", "Take a shower")]
    store.plan.set_action_ids(ids)
    context.checkin_saved.emit(CheckIn(at=now_local(), craving=9))
    panel = panel_of(window)
    assert [button.text() for button in panel.action_buttons()] == [
        "Urge surfing",
        "Call your sponsor",
        "Take a shower",
    ]
    qtbot.mouseClick(panel.action_buttons()[1], Qt.MouseButton.LeftButton)
    assert "Call your sponsor" in panel.action_status.text()
    assert raw(data_dir, "SELECT action_id, craving_before FROM coping_uses") == [(ids[1], 9)]


def test_contacts_and_crisis_line_are_shown_and_the_line_can_be_edited(qtbot, window, context):
    context.store.plan.add_contact(SupportContact("Sam", relation="sponsor", phone="555 0101", when_to_call="any time"))
    qtbot.keyClick(window, Qt.Key.Key_F1)
    panel = panel_of(window)
    assert "Sam" in panel.people.text() and "555 0101" in panel.people.text()
    default_text = panel.crisis.text()
    assert default_text

    qtbot.mouseClick(panel.edit_crisis_button, Qt.MouseButton.LeftButton)
    assert panel.crisis_editor.isVisible()
    qtbot.keyClicks(panel.crisis_name, "Night line")
    qtbot.keyClicks(panel.crisis_number, "0800 555 123")
    qtbot.mouseClick(panel.save_crisis_button, Qt.MouseButton.LeftButton)
    assert "0800 555 123" in panel.crisis.text() and "Night line" in panel.crisis.text()
    assert context.store.settings.get("crisis_line") == {"name": "Night line", "number": "0800 555 123", "note": ""}

    qtbot.mouseClick(panel.edit_crisis_button, Qt.MouseButton.LeftButton)
    assert panel.crisis_number.text() == "0800 555 123"
    qtbot.mouseClick(panel.reset_crisis_button, Qt.MouseButton.LeftButton)
    assert panel.crisis.text() == default_text
    assert context.store.settings.get("crisis_line") is None


def test_threshold_is_set_on_the_plan_page(qtbot, window, context):
    window.show_page("plan")
    page = window.page("plan")
    assert page.threshold.value() == 8
    page.threshold.selectAll()
    qtbot.keyClicks(page.threshold, "5")
    qtbot.waitUntil(lambda: context.store.settings.get(HELP_NOW_THRESHOLD_KEY) == 5)
    context.checkin_saved.emit(CheckIn(at=now_local(), craving=5))
    assert panel_of(window).isVisible()


def test_in_spanish_the_crisis_lines_speak_spanish_and_keep_their_numbers(qtbot, window, context):
    from recoveryjournal import i18n
    from recoveryjournal.domain.crisis import default_crisis_lines

    english = default_crisis_lines()
    context.store.settings.set("crisis_country", "US")
    i18n.set_language("es")
    spanish = default_crisis_lines()
    assert {code: [line.number for line in lines] for code, lines in spanish.items()} == {
        code: [line.number for line in lines] for code, lines in english.items()
    }
    qtbot.keyClick(window, Qt.Key.Key_F1)
    shown = panel_of(window).crisis.text()
    assert "Servicios de emergencia" in shown and "Si tú o alguien más está en peligro ahora." in shown
    assert "Emergency services" not in shown and "in danger now" not in shown
    assert all(number in shown for number in ("988", "1-800-662-4357", "911"))
    qtbot.keyClick(panel_of(window).note, Qt.Key.Key_Escape)
