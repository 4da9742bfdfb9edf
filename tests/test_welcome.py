"""The welcome on a brand-new journal, stepped through as a person does: typed with real key events, moved on with
its buttons; each step checked in the journal file (the same tables and settings the rest of the app reads), and on
screen where the app shows it. Skipping saves nothing; each step opens again from Settings."""

from __future__ import annotations

import sqlite3

import pytest
from gui_keys import active, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizard

from recoveryjournal import paths
from recoveryjournal.opening import open_journal
from recoveryjournal.ui import first_run
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.dialogs.settings import SettingsDialog
from recoveryjournal.ui.main_window import MainWindow
from recoveryjournal.ui.welcome import WelcomeWizard, open_welcome


def on_disk(folder, sql: str) -> list[tuple]:
    with sqlite3.connect(paths.database_path(folder)) as raw:
        return raw.execute(sql).fetchall()


def setting(folder, key: str):
    rows = on_disk(folder, f"SELECT value FROM settings WHERE key = '{key}'")
    return rows[0][0] if rows else None


@pytest.fixture
def new_window(qtbot, data_dir):
    store = open_journal(data_dir)
    first_run.remember_new(store)
    window = MainWindow(AppContext(store))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    store.close()


def start_welcome(qtbot, window) -> WelcomeWizard:
    assert first_run.welcome_pending(window.context.store)
    wizard = open_welcome(window)
    assert isinstance(wizard, WelcomeWizard) and wizard.isModal()
    qtbot.waitExposed(wizard)
    active(qtbot, wizard)
    return wizard


def next_step(qtbot, wizard: QWizard, button=QWizard.WizardButton.NextButton) -> None:
    qtbot.mouseClick(wizard.button(button), Qt.MouseButton.LeftButton)


def type_into(widget, text: str) -> None:
    widget.setFocus()
    press(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(widget, text)


def test_each_step_saves_where_the_rest_of_the_app_looks(qtbot, new_window, data_dir):
    wizard = start_welcome(qtbot, new_window)
    assert wizard.width() <= 1280 and wizard.height() <= 720
    promise = wizard.steps["about"].findChild(QLabel, "privacy_promise")
    assert "never connects to the internet" in promise.text() and "on this computer only" in promise.text()
    next_step(qtbot, wizard)

    tracking = wizard.steps["tracking"]
    assert wizard.currentPage() is tracking
    type_into(tracking.name, "Alcohol")
    press(wizard, Qt.Key.Key_Tab)
    assert tracking.since.edit.hasFocus()
    press(wizard, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(wizard, "15 Oct 2026")
    next_step(qtbot, wizard)

    program = wizard.steps["program"]
    assert wizard.currentPage() is program
    type_into(program.start.edit, "1 Sep 2026")
    type_into(program.end.edit, "2026-11-30")
    type_into(program.hours, "12")
    next_step(qtbot, wizard)

    crisis = wizard.steps["crisis"]
    crisis.country.setFocus()
    type_text(crisis.country, "Irel")
    type_into(crisis.line_name, "Night line")
    type_into(crisis.line_number, "0800 555 123")
    next_step(qtbot, wizard)

    person = wizard.steps["person"]
    type_into(person.name, "Sam")
    type_into(person.relation, "sponsor")
    type_into(person.phone, "555 0101")
    next_step(qtbot, wizard)

    actions = wizard.steps["actions"]
    walk = actions.choices[1].itemText(1)  # one from the toolbox, as listed
    type_into(actions.choices[0], "Call Sam")
    actions.choices[1].setFocus()
    press(actions.choices[1], Qt.Key.Key_Down)
    next_step(qtbot, wizard)

    reminder = wizard.steps["reminder"]
    reminder.on.setFocus()
    if not reminder.on.isChecked():
        press(reminder.on, Qt.Key.Key_Space)
    type_into(reminder.at, "21:15")
    next_step(qtbot, wizard)

    passphrase = wizard.steps["passphrase"]
    assert wizard.currentPage() is passphrase and passphrase.not_now.isChecked()
    next_step(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())

    assert on_disk(data_dir, "SELECT name, sober_since, tracked_since FROM substances") == [
        ("Alcohol", "2026-10-15", "2026-10-15")
    ]
    assert setting(data_dir, "program_start") == '"2026-09-01"' and setting(data_dir, "program_end") == '"2026-11-30"'
    assert setting(data_dir, "weekly_target_hours") == "12.0"
    assert setting(data_dir, "crisis_country") == '"IE"'
    assert "0800 555 123" in setting(data_dir, "crisis_line")
    assert on_disk(data_dir, "SELECT name, relation, phone FROM support_contacts") == [("Sam", "sponsor", "555 0101")]
    assert on_disk(
        data_dir,
        "SELECT a.name FROM plan_actions p JOIN coping_actions a ON a.id = p.coping_action_id ORDER BY p.position",
    ) == [("Call Sam",), (walk,)]
    assert setting(data_dir, "reminders/checkin_time") == '"21:15"'
    assert setting(data_dir, "welcome") == '"done"' and setting(data_dir, "passphrase_offer") == '"not now"'

    today = new_window.show_page("today")
    today.refresh()
    assert len(today.streak_cards()) == 1
    qtbot.keyClick(new_window, Qt.Key.Key_F1)  # "Need help now" shows the plan the welcome filled
    panel = new_window.help_now.panel
    assert "Night line" in panel.crisis.text() and "Sam" in panel.people.text()
    assert [button.text() for button in panel.action_buttons()][:2] == ["Call Sam", walk]


def test_skip_this_step_saves_nothing_and_skip_the_rest_ends_the_welcome(qtbot, new_window, data_dir):
    wizard = start_welcome(qtbot, new_window)
    next_step(qtbot, wizard)
    type_into(wizard.steps["tracking"].name, "Alcohol")
    next_step(qtbot, wizard, QWizard.WizardButton.CustomButton1)  # Skip this step
    assert wizard.currentPage() is wizard.steps["program"]
    type_into(wizard.steps["program"].start.edit, "1 Sep 2026")
    next_step(qtbot, wizard, QWizard.WizardButton.CustomButton2)  # Skip the rest
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert on_disk(data_dir, "SELECT * FROM substances") == []
    assert setting(data_dir, "program_start") is None
    assert setting(data_dir, "welcome") == '"done"'
    assert setting(data_dir, "crisis_country") == "null"  # the computer's country, as "Not now" always meant
    assert setting(data_dir, "passphrase_offer") == '"not now"'
    assert not first_run.welcome_pending(new_window.context.store)  # asked once
    assert first_run.welcome(new_window) is None


def test_a_date_that_is_not_real_keeps_the_person_on_the_step(qtbot, new_window, data_dir):
    wizard = start_welcome(qtbot, new_window)
    next_step(qtbot, wizard)
    tracking = wizard.steps["tracking"]
    type_into(tracking.name, "Cannabis")
    type_into(tracking.since.edit, "31 Feb 2026")
    next_step(qtbot, wizard)
    assert wizard.currentPage() is tracking and tracking.problem.isVisible()
    assert on_disk(data_dir, "SELECT * FROM substances") == []
    type_into(tracking.since.edit, "28 Feb 2026")
    next_step(qtbot, wizard)
    assert wizard.currentPage() is wizard.steps["program"]
    assert on_disk(data_dir, "SELECT name, sober_since FROM substances") == [("Cannabis", "2026-02-28")]
    wizard.skip_rest()


def test_each_step_opens_again_from_settings(qtbot, window, data_dir):
    window.activateWindow()
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert set(dialog.welcome_buttons) == {
        "about",
        "tracking",
        "program",
        "crisis",
        "person",
        "actions",
        "reminder",
        "passphrase",
    }
    qtbot.mouseClick(dialog.welcome_buttons["person"], Qt.MouseButton.LeftButton)
    wizard = dialog.findChild(WelcomeWizard)
    qtbot.waitExposed(wizard)
    assert list(wizard.steps) == ["person"]
    type_into(wizard.steps["person"].name, "Robin")
    next_step(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert on_disk(data_dir, "SELECT name FROM support_contacts") == [("Robin",)]
    assert setting(data_dir, "welcome") is None  # from Settings: not the first-run welcome
    dialog.reject()
