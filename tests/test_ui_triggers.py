"""The trigger manager: rename, re-kind, archive and merge, checked in the table and in the SQLite file."""

from __future__ import annotations

import sqlite3

import pytest
from gui_keys import press_shortcut
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.models import CheckIn, JournalEntry
from recoveryjournal.ui.dialogs.checkin import CheckInDialog


def rows(store, sql: str, params=()) -> list[tuple]:
    with sqlite3.connect(store.path) as raw:
        return raw.execute(sql, params).fetchall()


@pytest.fixture
def logged(store):
    """Loneliness logged three times (two check-ins, one entry), Boredom once."""
    lonely = store.triggers.by_name("Loneliness").id
    bored = store.triggers.by_name("Boredom").id
    store.checkins.add(CheckIn(at=now_local(), mood=2, trigger_ids=[lonely, bored]))
    store.checkins.add(CheckIn(at=now_local(), mood=3, trigger_ids=[lonely]))
    store.journal.add(JournalEntry(created_at=now_local(), body="alone again", trigger_ids=[lonely]))
    return store


@pytest.fixture
def page(qtbot, window):
    press_shortcut(qtbot, window, Qt.Key.Key_6)
    assert window.current_page_key() == "triggers"
    return window.page("triggers")


def row_for(page, name: str) -> tuple:
    return next(row for row in page.rows() if row[0] == name)


def click_row(qtbot, page, name: str) -> None:
    row = next(index for index, shown in enumerate(page.rows()) if shown[0] == name)
    rect = page.table.visualItemRect(page.table.item(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.name.text() == name


def test_table_lists_triggers_with_kind_and_counts(logged, page):
    assert row_for(page, "Loneliness") == ("Loneliness", "Emotional", 3, "")
    assert row_for(page, "Boredom") == ("Boredom", "Emotional", 1, "")
    assert row_for(page, "Payday")[1:3] == ("Environmental", 0)
    assert {row[1] for row in page.rows()} >= {"Emotional", "Environmental", "Social", "Risk factor"}


def test_rename_and_rekind(qtbot, logged, page):
    click_row(qtbot, page, "Boredom")
    page.name.selectAll()
    qtbot.keyClicks(page.name, "Nothing to do")
    page.kind.setCurrentIndex(page.kind.findText("Environmental"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert row_for(page, "Nothing to do") == ("Nothing to do", "Environmental", 1, "")
    assert not any(row[0] == "Boredom" for row in page.rows())
    assert rows(logged, "SELECT kind FROM triggers WHERE name = 'Nothing to do'") == [("environmental",)]
    assert rows(logged, "SELECT COUNT(*) FROM triggers WHERE name = 'Boredom'") == [(0,)]


def test_rename_to_an_existing_name_is_refused(qtbot, logged, page):
    click_row(qtbot, page, "Boredom")
    page.name.selectAll()
    qtbot.keyClicks(page.name, "loneliness")
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    assert "already a trigger called “Loneliness”" in page.message.text()
    assert rows(logged, "SELECT COUNT(*) FROM triggers WHERE name = 'Boredom'") == [(1,)]


def test_archive_hides_from_checkins_and_unarchive_brings_back(qtbot, context, logged, page):
    click_row(qtbot, page, "Payday")
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert row_for(page, "Payday")[3] == "archived"
    assert page.show_archived.isChecked()
    assert rows(logged, "SELECT archived FROM triggers WHERE name = 'Payday'") == [(1,)]
    dialog = CheckInDialog(context)
    qtbot.addWidget(dialog)
    assert "Payday" not in dialog.triggers.completer.model().stringList()

    assert page.archive_button.text() == "Unarchive"
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert row_for(page, "Payday")[3] == ""
    assert rows(logged, "SELECT archived FROM triggers WHERE name = 'Payday'") == [(0,)]


def press_on_next_box(qtbot, button_text: str) -> list[str]:
    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text() + " " + box.informativeText())
        qtbot.mouseClick(next(b for b in box.buttons() if b.text() == button_text), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, press)
    return seen


def test_merge_moves_every_logged_use(qtbot, logged, page):
    click_row(qtbot, page, "Boredom")
    page.merge_target.setCurrentIndex(page.merge_target.findText("Loneliness"))
    seen = press_on_next_box(qtbot, "Merge")
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    assert seen and "Merge “Boredom” into “Loneliness”?" in seen[0] and "1 time(s)" in seen[0]
    # The check-in that had both keeps one link; the count is per check-in or entry.
    assert row_for(page, "Loneliness")[2] == 3
    assert not any(row[0] == "Boredom" for row in page.rows())
    lonely = logged.triggers.by_name("Loneliness").id
    assert rows(logged, "SELECT DISTINCT trigger_id FROM checkin_triggers") == [(lonely,)]
    assert rows(logged, "SELECT deleted_at IS NOT NULL FROM triggers WHERE name = 'Boredom'") == [(1,)]


def test_merge_can_be_cancelled(qtbot, logged, page):
    click_row(qtbot, page, "Boredom")
    page.merge_target.setCurrentIndex(page.merge_target.findText("Payday"))
    press_on_next_box(qtbot, "Cancel")
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    assert row_for(page, "Boredom")[2] == 1
    assert rows(logged, "SELECT deleted_at FROM triggers WHERE name = 'Boredom'") == [(None,)]


def test_add_a_trigger_by_keyboard(qtbot, store, page):
    page.new_name.setFocus()
    qtbot.keyClicks(page.new_name, "Sunday evenings")
    page.new_kind.setCurrentIndex(page.new_kind.findText("Environmental"))
    qtbot.keyClick(page.new_name, Qt.Key.Key_Return)
    assert row_for(page, "Sunday evenings") == ("Sunday evenings", "Environmental", 0, "")
    assert rows(store, "SELECT kind FROM triggers WHERE name = 'Sunday evenings'") == [("environmental",)]
    assert page.new_name.text() == ""


def test_counts_follow_a_new_checkin(qtbot, context, logged, page):
    before = row_for(page, "Payday")[2]
    context.store.checkins.add(CheckIn(at=now_local(), craving=4, trigger_ids=[logged.triggers.by_name("Payday").id]))
    context.notify("checkins")
    assert row_for(page, "Payday")[2] == before + 1
