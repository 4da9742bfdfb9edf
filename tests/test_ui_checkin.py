"""Quick check-in driven by keyboard and mouse, checked on screen and in the SQLite file."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest
from gui_keys import moment_text, retype
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.models import CheckIn, Substance
from recoveryjournal.ui.dialogs.checkin import EMPTY_MESSAGE, CheckInDialog
from recoveryjournal.ui.widgets.trigger_picker import Chip


@pytest.fixture
def dialog(qtbot, context):
    context.store.sobriety.add(Substance("Alcohol", sober_since=date(2026, 1, 1)))
    shown = CheckInDialog(context)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(lambda: shown.mood.hasFocus())
    return shown


def rows(store, sql: str) -> list[tuple]:
    with sqlite3.connect(store.path) as raw:
        return raw.execute(sql).fetchall()


def test_keyboard_only_checkin_saves_mood_craving_and_one_trigger(qtbot, context, dialog):
    saved = []
    context.checkin_saved.connect(saved.append)
    qtbot.keyClick(dialog.mood, Qt.Key.Key_2)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.craving.hasFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "7")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.substance.hasFocus()  # beside the craving: what it is for
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.triggers.input.hasFocus()
    qtbot.keyClicks(dialog.triggers.input, "lone")
    assert dialog.triggers.input.text().casefold() == "loneliness"  # completed inline
    qtbot.keyClick(dialog.triggers.input, Qt.Key.Key_Return)
    assert dialog.triggers.chip_names() == ["Loneliness"]
    assert dialog.triggers.input.text() == ""
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.triggers.input, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted

    assert len(saved) == 1 and saved[0].mood == 2 and saved[0].craving == 7
    checkins = rows(context.store, "SELECT id, mood, craving, substance, deleted_at FROM checkins")
    assert [row[1:] for row in checkins] == [(2, 7, "Alcohol", None)]
    links = rows(
        context.store,
        "SELECT t.name FROM checkin_triggers ct JOIN triggers t ON t.id = ct.trigger_id "
        f"WHERE ct.checkin_id = {checkins[0][0]}",
    )
    assert links == [("Loneliness",)]


def test_a_new_trigger_is_created_inline_with_its_kind(qtbot, context, dialog):
    qtbot.keyClick(dialog.mood, Qt.Key.Key_4)
    dialog.triggers.input.setFocus()
    qtbot.keyClicks(dialog.triggers.input, "Group chat ")
    dialog.triggers.input.insert("💬")  # QTest cannot type characters outside the BMP; this is a paste
    qtbot.keyClick(dialog.triggers.input, Qt.Key.Key_Return)
    assert dialog.triggers.kind_row.isVisible()
    assert "Group chat 💬" in dialog.triggers.kind_question.text()
    assert rows(context.store, "SELECT COUNT(*) FROM triggers WHERE name = 'Group chat 💬'") == [(0,)]
    qtbot.mouseClick(dialog.triggers.kind_buttons["social"], Qt.MouseButton.LeftButton)
    assert not dialog.triggers.kind_row.isVisible()
    assert dialog.triggers.chip_names() == ["Group chat 💬"]
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    created = rows(context.store, "SELECT id, kind FROM triggers WHERE name = 'Group chat 💬'")
    assert [kind for _, kind in created] == ["social"]
    assert rows(context.store, "SELECT trigger_id FROM checkin_triggers") == [(created[0][0],)]


def test_chips_are_removable_by_button_and_backspace(qtbot, dialog):
    dialog.triggers.input.setFocus()
    for name in ("Payday", "Boredom"):
        qtbot.keyClicks(dialog.triggers.input, name)
        qtbot.keyClick(dialog.triggers.input, Qt.Key.Key_Return)
    assert dialog.triggers.chip_names() == ["Payday", "Boredom"]
    qtbot.keyClick(dialog.triggers.input, Qt.Key.Key_Backspace)
    assert dialog.triggers.chip_names() == ["Payday"]
    qtbot.waitUntil(lambda: [chip.isVisible() for chip in dialog.triggers.chips.findChildren(Chip)] == [True])
    [chip] = dialog.triggers.chips.findChildren(Chip)
    assert chip.label.text() == "Payday"
    qtbot.mouseClick(chip.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.triggers.chip_names() == []


def test_an_empty_checkin_is_refused_with_a_message(qtbot, context, dialog):
    qtbot.keyClick(dialog.mood, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.message.isVisible()
    assert dialog.message.text() == EMPTY_MESSAGE  # English: the message as written
    assert "mood" in dialog.message.text() and "craving" in dialog.message.text()
    assert rows(context.store, "SELECT COUNT(*) FROM checkins") == [(0,)]


def answer_future_question(qtbot, button_text: str) -> list[str]:
    """Arrange to press a button on the future-date question once it shows; returns what it said."""
    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        button = next(b for b in box.buttons() if b.text() == button_text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, press)
    return seen


def test_a_future_date_asks_first_and_can_be_declined_or_accepted(qtbot, context, dialog):
    qtbot.keyClick(dialog.mood, Qt.Key.Key_3)
    retype(qtbot, dialog.when, moment_text(now_local() + timedelta(days=2)))
    seen = answer_future_question(qtbot, "Change the date")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert seen and "still to come" in seen[0]
    assert dialog.isVisible()
    assert rows(context.store, "SELECT COUNT(*) FROM checkins") == [(0,)]

    seen = answer_future_question(qtbot, "Save anyway")
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert seen
    stored = rows(context.store, "SELECT at FROM checkins")
    assert len(stored) == 1
    assert stored[0][0][:10] == (now_local() + timedelta(days=2)).date().isoformat()


def test_details_coping_action_and_emotions_are_kept(qtbot, context, dialog):
    from recoveryjournal.domain.coping_models import CopingAction

    walk = CopingAction("A short walk")
    context.store.coping.add_action(walk)
    dialog.close()
    fresh = CheckInDialog(context)
    qtbot.addWidget(fresh)
    fresh.show()
    qtbot.mouseClick(fresh.emotion_buttons["lonely"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(fresh.more_toggle, Qt.MouseButton.LeftButton)
    assert fresh.more.isVisible()
    qtbot.keyClicks(fresh.where, "at ")
    fresh.where.insert("בבית")  # right-to-left text, pasted (QTest types Latin-1 only), kept as typed
    fresh.coping.setCurrentIndex(fresh.coping.findData(walk.id))
    fresh.craving.setValue(8)
    fresh.craving_after.setValue(3)
    with qtbot.waitSignal(fresh.finished):
        qtbot.mouseClick(fresh.save_button, Qt.MouseButton.LeftButton)
    [stored] = context.store.checkins.recent()
    assert stored.emotions == ["lonely"]
    assert stored.where == "at בבית"
    assert (stored.coping_action_id, stored.craving, stored.craving_after) == (walk.id, 8, 3)
    assert rows(context.store, "SELECT craving_before, craving_after FROM coping_uses") == [(8, 3)]


def test_editing_reuses_the_dialog_and_updates_the_row(qtbot, context):
    original = CheckIn(at=now_local().replace(microsecond=0), mood=2, craving=5, substance="Alcohol")
    context.store.checkins.add(original)
    edit = CheckInDialog(context, checkin=context.store.checkins.get(original.id))
    qtbot.addWidget(edit)
    edit.show()
    assert edit.windowTitle() == "Edit check-in"
    assert edit.mood.value() == 2 and edit.craving.value() == 5
    qtbot.keyClick(edit.mood, Qt.Key.Key_Right)
    with qtbot.waitSignal(edit.finished):
        qtbot.mouseClick(edit.save_button, Qt.MouseButton.LeftButton)
    assert rows(context.store, "SELECT id, mood, craving, at FROM checkins") == [
        (original.id, 3, 5, original.at.isoformat(timespec="seconds"))
    ]


def test_escape_while_asking_the_kind_drops_the_new_name_not_the_dialog(qtbot, context, dialog):
    dialog.triggers.input.setFocus()
    qtbot.keyClicks(dialog.triggers.input, "Zzz new thing")
    qtbot.keyClick(dialog.triggers.input, Qt.Key.Key_Return)
    assert dialog.triggers.kind_row.isVisible()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.triggers.kind_row.isVisible()
    assert dialog.isVisible()
    assert dialog.triggers.chip_names() == []
    assert dialog.triggers.input.hasFocus()


def test_kind_is_chosen_by_keyboard_with_enter(qtbot, context, dialog):
    qtbot.keyClick(dialog.mood, Qt.Key.Key_1)
    dialog.triggers.input.setFocus()
    qtbot.keyClicks(dialog.triggers.input, "Night shift")
    qtbot.keyClick(dialog.triggers.input, Qt.Key.Key_Return)
    assert dialog.triggers.kind_buttons["emotional"].hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.triggers.kind_buttons["environmental"].hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.triggers.chip_names() == ["Night shift"]
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.triggers.input, Qt.Key.Key_Return)
    assert rows(context.store, "SELECT kind FROM triggers WHERE name = 'Night shift'") == [("environmental",)]


def test_a_new_trigger_named_like_one_in_the_trash_is_explained_not_lost(qtbot, context, dialog):
    payday = context.store.triggers.by_name("Payday")
    context.store.triggers.delete(payday.id)
    dialog.triggers.reload()
    qtbot.keyClick(dialog.mood, Qt.Key.Key_3)
    dialog.triggers.input.setFocus()
    qtbot.keyClicks(dialog.triggers.input, "payday")
    qtbot.keyClick(dialog.triggers.input, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.triggers.kind_buttons["environmental"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "“Payday” is in the trash" in dialog.message.text()
    assert rows(context.store, "SELECT COUNT(*) FROM checkins") == [(0,)]
    assert dialog.mood.value() == 3 and dialog.triggers.chip_names() == ["payday"]
    qtbot.mouseClick(dialog.triggers.chips.findChildren(Chip)[0].remove_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert rows(context.store, "SELECT mood FROM checkins") == [(3,)]


def test_new_triggers_written_before_a_failed_save_are_written_again(qtbot, context, dialog):
    context.store.triggers.delete(context.store.triggers.by_name("Payday").id)
    dialog.triggers.reload()
    dialog.triggers.input.setFocus()
    for name in ("Brand new", "payday"):
        qtbot.keyClicks(dialog.triggers.input, name)
        qtbot.keyClick(dialog.triggers.input, Qt.Key.Key_Return)
        qtbot.mouseClick(dialog.triggers.kind_buttons["social"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "in the trash" in dialog.message.text()
    assert rows(context.store, "SELECT COUNT(*) FROM triggers WHERE name = 'Brand new'") == [(0,)]
    qtbot.keyClick(dialog.triggers.input, Qt.Key.Key_Backspace)  # drop "payday"
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [(trigger_id,)] = rows(context.store, "SELECT id FROM triggers WHERE name = 'Brand new'")
    assert rows(context.store, "SELECT trigger_id FROM checkin_triggers") == [(trigger_id,)]


def test_an_emotion_outside_the_usual_list_is_shown_and_kept_when_the_checkin_is_edited(qtbot, context):
    original = CheckIn(at=now_local().replace(microsecond=0), mood=2, emotions=["Overwhelmed-ish", "anxious"])
    context.store.checkins.add(original)
    edit = CheckInDialog(context, checkin=context.store.checkins.get(original.id))
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    edit.activateWindow()
    qtbot.waitUntil(lambda: edit.mood.hasFocus())
    extra = edit.findChild(QPushButton, "emotion_Overwhelmed-ish")
    assert extra is not None and extra.isVisible() and extra.isChecked() and extra.text() == "Overwhelmed-ish"
    qtbot.keyClick(edit.mood, Qt.Key.Key_4)
    qtbot.mouseClick(edit.emotion_buttons["hopeful"], Qt.MouseButton.LeftButton)
    edit.mood.setFocus()
    with qtbot.waitSignal(edit.finished):
        qtbot.keyClick(edit.mood, Qt.Key.Key_Return)
    assert rows(context.store, "SELECT mood, emotions FROM checkins") == [
        (4, '["Overwhelmed-ish", "anxious", "hopeful"]')
    ]
    stored = context.store.checkins.get(original.id)

    again = CheckInDialog(context, checkin=stored)
    qtbot.addWidget(again)
    again.show()
    qtbot.mouseClick(again.findChild(QPushButton, "emotion_Overwhelmed-ish"), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(again.finished):
        qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert context.store.checkins.get(original.id).emotions == ["anxious", "hopeful"]


@pytest.mark.parametrize("kind", ["check-in", "lapse"])
def test_a_typed_time_is_kept_exactly_or_refused(qtbot, context, kind):
    """Typed by keys, "15 Oct 2026 14:30" is what lands on disk; a date that is not one is refused with a message,
    kept in the box to correct, and nothing is written."""
    from recoveryjournal.ui.dialogs.lapse import LapseDialog

    context.store.sobriety.add(Substance("Alcohol", sober_since=date(2026, 1, 1)))
    shown = CheckInDialog(context) if kind == "check-in" else LapseDialog(context)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    table = "checkins" if kind == "check-in" else "lapses"
    if kind == "check-in":
        qtbot.keyClick(shown.mood, Qt.Key.Key_3)
    for typed in ("31 Sep 2026 14:30", "Mon 15 Oct 2026, 14:30", ""):
        retype(qtbot, shown.when, typed)
        qtbot.mouseClick(shown.save_button, Qt.MouseButton.LeftButton)
        assert shown.isVisible() and shown.when.edit.text() == typed
        message = shown.message.text()
        assert "doesn't read as a date and time" in message or "Type when it was" in message
        assert rows(context.store, f"SELECT COUNT(*) FROM {table}") == [(0,)]

    retype(qtbot, shown.when, "15 Oct 2026 14:30")
    assert not shown.when.problem.isVisible()
    with qtbot.waitSignal(shown.finished):
        qtbot.mouseClick(shown.save_button, Qt.MouseButton.LeftButton)
    [(at,)] = rows(context.store, f"SELECT at FROM {table}")
    assert at.startswith("2026-10-15T14:30:00")
