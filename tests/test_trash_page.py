"""The Trash page and the shared undo: restore by mouse and keyboard, empty after confirming, Ctrl+Z from any page."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from recoveryjournal import paths
from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.models import CheckIn, JournalEntry


def deleted_on_disk(data_dir, table: str) -> list[int]:
    conn = sqlite3.connect(paths.database_path(data_dir))
    try:
        return [row[0] for row in conn.execute(f"SELECT id FROM {table} WHERE deleted_at IS NOT NULL ORDER BY id")]
    finally:
        conn.close()


def count_on_disk(data_dir, table: str) -> int:
    conn = sqlite3.connect(paths.database_path(data_dir))
    try:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def trashed(store):
    entry = store.journal.add(JournalEntry(created_at=now_local(), title="Letter to myself", body="…"))
    checkin = store.checkins.add(CheckIn(at=now_local(), mood=2))
    store.journal.delete(entry)
    store.checkins.delete(checkin)
    return entry, checkin


@pytest.fixture
def trash_page(window, qtbot, trashed):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_page_key() == "trash")
    return window.page("trash")


def test_lists_deleted_records_and_restores_the_selected_one(trash_page, qtbot, data_dir, trashed):
    _entry, checkin = trashed
    table = trash_page.table
    labels = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert "Journal entry: Letter to myself" in labels
    assert any(label.startswith("Check-in") for label in labels)
    assert not trash_page.restore_button.isEnabled()
    row = labels.index("Journal entry: Letter to myself")
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(table.item(row, 0)).center())
    qtbot.mouseClick(trash_page.restore_button, Qt.MouseButton.LeftButton)
    assert deleted_on_disk(data_dir, "journal_entries") == []
    assert deleted_on_disk(data_dir, "checkins") == [checkin]
    assert table.rowCount() == 1


def test_enter_restores_from_the_keyboard(trash_page, qtbot, data_dir):
    trash_page.table.setFocus()
    trash_page.table.selectRow(0)
    qtbot.keyClick(trash_page.table, Qt.Key.Key_Return)
    assert trash_page.table.rowCount() == 1
    assert len(deleted_on_disk(data_dir, "journal_entries")) + len(deleted_on_disk(data_dir, "checkins")) == 1


def test_empty_trash_asks_first_and_cancel_keeps_everything(trash_page, qtbot, data_dir):
    qtbot.mouseClick(trash_page.empty_button, Qt.MouseButton.LeftButton)
    box = trash_page.confirm
    qtbot.waitUntil(lambda: box.isVisible())
    assert "cannot be undone" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not box.isVisible())
    assert count_on_disk(data_dir, "journal_entries") == 1
    assert trash_page.table.rowCount() == 2


def test_empty_trash_erases_for_good_after_confirming(trash_page, qtbot, data_dir):
    qtbot.mouseClick(trash_page.empty_button, Qt.MouseButton.LeftButton)
    box = trash_page.confirm
    qtbot.waitUntil(lambda: box.isVisible())
    erase = next(button for button in box.buttons() if button.text() == "Erase for good")
    qtbot.mouseClick(erase, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: trash_page.table.rowCount() == 0)
    assert count_on_disk(data_dir, "journal_entries") == 0
    assert count_on_disk(data_dir, "checkins") == 0
    assert trash_page.intro.text() == "The trash is empty."
    assert not trash_page.empty_button.isEnabled()


def test_ctrl_z_on_any_page_restores_the_last_deletion(window, qtbot, store, data_dir):
    first = store.journal.add(JournalEntry(created_at=now_local(), title="One", body="a"))
    second = store.journal.add(JournalEntry(created_at=now_local(), title="Two", body="b"))
    for entry_id, label in ((first, "One"), (second, "Two")):
        store.journal.delete(entry_id)
        window.context.undo.push("journal_entries", entry_id, label)
    window.show_page("trash")
    assert window.page("trash").table.rowCount() == 2
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert deleted_on_disk(data_dir, "journal_entries") == [first]
    assert window.page("trash").table.rowCount() == 1
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert deleted_on_disk(data_dir, "journal_entries") == []
    assert not window.undo_action.isEnabled()
    assert QApplication.activeModalWidget() is None


def test_restoring_from_the_trash_page_takes_it_off_the_undo_stack(trash_page, window, qtbot, trashed):
    entry, _checkin = trashed
    window.context.undo.push("journal_entries", entry, "Letter to myself")
    assert window.undo_action.isEnabled()
    trash_page.table.selectAll()
    qtbot.mouseClick(trash_page.restore_button, Qt.MouseButton.LeftButton)
    assert trash_page.table.rowCount() == 0
    assert not window.undo_action.isEnabled()
