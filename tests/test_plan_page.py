import sqlite3
from datetime import datetime, timedelta

import pytest
from gui_keys import press_shortcut
from PySide6.QtCore import QPoint, Qt

from recoveryjournal import paths
from recoveryjournal.domain.clock import local_day, now_local
from recoveryjournal.domain.models import CheckIn
from recoveryjournal.domain.plan_models import PlanSection, WeeklyGoal
from recoveryjournal.domain.weeks import week_start
from recoveryjournal.ui.dialogs.settings import SettingsDialog


def open_plan(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_page_key() == "plan")
    return window.page("plan")


def raw(data_dir, sql, *args):
    with sqlite3.connect(paths.database_path(data_dir)) as connection:
        return connection.execute(sql, args).fetchall()


def add_typed(qtbot, edit, text):
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_triggers_warning_signs_and_suggestions(qtbot, window, store, data_dir):
    payday = store.triggers.by_name("Payday")
    lonely = store.triggers.by_name("Loneliness")
    now = now_local()
    for craving in (3, 4, 5):
        store.checkins.add(CheckIn(at=now - timedelta(days=1), craving=craving, trigger_ids=[payday.id]))
    store.checkins.add(CheckIn(at=now - timedelta(days=2), craving=9, trigger_ids=[lonely.id], emotions=["restless"]))
    page = open_plan(qtbot, window)
    assert page.sign_suggestions.isVisible()
    (sign,) = page.sign_suggestions.buttons()
    assert sign.text() == "+ Feeling restless — on 1 check-in with a strong craving"
    qtbot.mouseClick(sign, Qt.MouseButton.LeftButton)
    assert page.warning_signs.texts() == ["Feeling restless"]
    assert not page.sign_suggestions.isVisible()

    labels = [button.text() for button in page.suggestion_buttons()]
    assert labels[0] == "+ Often: Payday — logged 3 times, craving 4.0 on average"
    assert any("Loneliness — logged 1 time" in label for label in labels)

    add_typed(qtbot, page.triggers.entry, "Arguments with my brother")
    qtbot.mouseClick(page.suggestion_buttons()[0], Qt.MouseButton.LeftButton)
    assert page.triggers.texts() == ["Arguments with my brother", "Payday"]
    assert not any("Payday" in button.text() for button in page.suggestion_buttons())
    add_typed(qtbot, page.warning_signs.entry, "Skipping meals")

    assert [i.text for i in store.plan.items(PlanSection.TRIGGERS)] == ["Arguments with my brother", "Payday"]
    assert raw(data_dir, "SELECT text FROM plan_items WHERE section = 'warning_signs' AND deleted_at IS NULL") == [
        ("Feeling restless",),
        ("Skipping meals",),
    ]

    page.triggers.list.setCurrentRow(0)
    qtbot.mouseClick(page.triggers.remove_button, Qt.MouseButton.LeftButton)
    assert [i.text for i in store.plan.items(PlanSection.TRIGGERS)] == ["Payday"]


def test_weekly_goals_ticked_and_carried_forward(qtbot, window, store, data_dir):
    this_week = week_start(local_day(now_local()), "monday")
    earlier = store.plan.add_goal(WeeklyGoal(this_week - timedelta(days=7), "Call Mum"))
    store.plan.add_goal(WeeklyGoal(this_week - timedelta(days=7), "Done already", done=True))
    page = open_plan(qtbot, window)

    assert page.carry_button.isVisible()
    assert "“Call Mum”" in page.carry_label.text() and "Done already" not in page.carry_label.text()
    qtbot.mouseClick(page.carry_button, Qt.MouseButton.LeftButton)
    assert not page.carry_button.isVisible()
    assert page.goals.item(0).text() == "Call Mum (carried over)"

    add_typed(qtbot, page.goal_entry, "Two meetings")
    assert page.goals.count() == 2
    item = page.goals.item(1)
    rect = page.goals.visualItemRect(item)
    qtbot.mouseClick(page.goals.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 10, rect.center().y()))
    qtbot.waitUntil(lambda: item.checkState() == Qt.CheckState.Checked)

    rows = raw(
        data_dir,
        "SELECT text, done, carried_from_id FROM weekly_goals WHERE week_start = ? ORDER BY id",
        this_week.isoformat(),
    )
    assert rows == [("Call Mum", 0, earlier), ("Two meetings", 1, None)]


def test_three_go_to_actions_make_the_plan_complete(qtbot, window, store):
    page = open_plan(qtbot, window)
    assert "not complete yet: add 3 more go-to actions" in page.banner.text()
    for name in ("Paced breathing", "Call your sponsor", "Go for a walk"):
        page.action_choice.setCurrentIndex(page.action_choice.findText(name))
        qtbot.mouseClick(page.add_action_button, Qt.MouseButton.LeftButton)
        if name != "Go for a walk":
            assert "not complete yet" in page.banner.text()
    assert page.banner.text().startswith("Your plan has everything it needs.")
    assert [page.actions.item(row).text() for row in range(3)] == [
        "Paced breathing",
        "Call your sponsor",
        "Go for a walk",
    ]
    assert page.action_choice.findText("Go for a walk") == -1
    assert [store.coping.get_action(i).name for i in store.plan.action_ids()][2] == "Go for a walk"

    page.actions.setCurrentRow(0)
    qtbot.mouseClick(page.remove_action_button, Qt.MouseButton.LeftButton)
    assert "add one more go-to action" in page.banner.text()
    assert len(store.plan.action_ids()) == 2


def test_contacts_added_edited_and_deleted(qtbot, window, store, data_dir):
    page = open_plan(qtbot, window)
    fields = page.contact_fields
    for field, text in (("name", "Sam"), ("relation", "sponsor"), ("phone", "555 0101"), ("when_to_call", "any time")):
        qtbot.keyClicks(fields[field], text)
    qtbot.mouseClick(page.save_contact_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(fields["name"], "Jo")
    qtbot.mouseClick(page.save_contact_button, Qt.MouseButton.LeftButton)
    assert page.contacts.rowCount() == 2
    assert page.contacts.item(0, 2).text() == "555 0101"

    page.contacts.selectRow(0)
    assert fields["phone"].text() == "555 0101"
    assert page.save_contact_button.text() == "Save changes"
    fields["phone"].selectAll()
    qtbot.keyClicks(fields["phone"], "555 0199")
    qtbot.mouseClick(page.save_contact_button, Qt.MouseButton.LeftButton)
    assert page.contacts.item(0, 2).text() == "555 0199"

    page.contacts.selectRow(1)
    qtbot.mouseClick(page.delete_contact_button, Qt.MouseButton.LeftButton)
    assert page.contacts.rowCount() == 1
    assert raw(data_dir, "SELECT name, phone FROM support_contacts WHERE deleted_at IS NULL") == [("Sam", "555 0199")]
    assert raw(data_dir, "SELECT name FROM support_contacts WHERE deleted_at IS NOT NULL") == [("Jo",)]


def test_empty_name_is_not_saved(qtbot, window, store):
    page = open_plan(qtbot, window)
    qtbot.keyClicks(page.contact_fields["phone"], "555")
    qtbot.mouseClick(page.save_contact_button, Qt.MouseButton.LeftButton)
    assert store.plan.contacts() == []


def test_review_keeps_versions_and_shows_what_changed(qtbot, window, store, data_dir):
    page = open_plan(qtbot, window)
    assert "haven't reviewed your plan yet" in page.review_label.text()
    add_typed(qtbot, page.triggers.entry, "Payday")
    qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)
    assert page.review_label.text().startswith("Last reviewed on ")
    assert "Next review around" in page.review_label.text()
    assert page.history_detail.toPlainText() == "• First review: the plan as it stood."

    add_typed(qtbot, page.warning_signs.entry, "Not sleeping")
    qtbot.keyClicks(page.contact_fields["name"], "Sam")
    qtbot.mouseClick(page.save_contact_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)
    assert page.history.count() == 2
    assert page.history_detail.toPlainText() == "• Added warning sign “Not sleeping”\n• Added contact “Sam”"
    page.history.setCurrentRow(1)
    assert page.history_detail.toPlainText() == "• First review: the plan as it stood."

    versions = raw(data_dir, "SELECT changes, snapshot FROM plan_versions ORDER BY id")
    assert versions[1][0] == "Added warning sign “Not sleeping”\nAdded contact “Sam”"
    assert '"triggers": ["Payday"]' in versions[1][1]


def test_review_reminder_days_setting(qtbot, window, store):
    page = open_plan(qtbot, window)
    assert page.review_days.value() == 30
    page.review_days.selectAll()
    qtbot.keyClicks(page.review_days, "14")
    qtbot.waitUntil(lambda: store.settings.get("plan_review_days") == 14)


def set_week_start_in_settings(qtbot, window, first: str) -> None:
    press_shortcut(qtbot, window, Qt.Key.Key_Comma)
    dialog = window.findChild(SettingsDialog)
    dialog.week_start.setFocus()
    qtbot.keyClick(dialog.week_start, Qt.Key.Key_Down if first == "sunday" else Qt.Key.Key_Up)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert window.context.store.settings.get("week_start") == first


@pytest.mark.parametrize(
    ("first", "then", "key"), [("monday", "sunday", "2026-10-12"), ("sunday", "monday", "2026-10-11")]
)
def test_goals_stay_with_their_week_when_the_week_start_changes(qtbot, window, store, data_dir, first, then, key):
    """Goals set under one week start are this week's goals under the other; nothing stored is re-keyed."""
    page = open_plan(qtbot, window)
    page.clock = lambda: datetime(2026, 10, 14, 9, 0).astimezone()  # a Wednesday
    if first == "sunday":
        set_week_start_in_settings(qtbot, window, "sunday")
    page.refresh()
    add_typed(qtbot, page.goal_entry, "Two meetings")
    add_typed(qtbot, page.goal_entry, "Call Sam")
    stored = raw(data_dir, "SELECT id, week_start, text, done FROM weekly_goals ORDER BY id")
    assert [row[1] for row in stored] == [key, key]

    set_week_start_in_settings(qtbot, window, then)
    week = "11" if then == "sunday" else "12"
    assert page.week_label.text().endswith(f"{week} October")
    assert [page.goals.item(row).text() for row in range(page.goals.count())] == ["Two meetings", "Call Sam"]
    assert not page.carry_button.isVisible()
    assert raw(data_dir, "SELECT id, week_start, text, done FROM weekly_goals ORDER BY id") == stored

    page.clock = lambda: datetime(2026, 10, 21, 9, 0).astimezone()  # the next Wednesday: offered to carry over
    page.refresh()
    assert page.goals.count() == 0 and page.carry_button.isVisible()
    assert "“Two meetings”" in page.carry_label.text()
