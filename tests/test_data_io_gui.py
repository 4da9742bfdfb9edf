"""File → Export all data… and File → Import…, driven like a person, checked on screen and on disk."""

from __future__ import annotations

import json
import sqlite3
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from recoveryjournal import paths
from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.models import JournalEntry
from recoveryjournal.opening import open_journal
from recoveryjournal.ui.dialogs.data_export import DataExportDialog
from recoveryjournal.ui.dialogs.import_data import ImportDialog

DATA = Path(__file__).parent / "data"


def rows(data_dir: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(paths.database_path(data_dir))
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def open_from_menu(qtbot, window, action, kind):
    action.trigger()
    qtbot.waitUntil(lambda: window.findChild(kind) is not None and window.findChild(kind).isVisible())
    return window.findChild(kind)


def replace_path(qtbot, field, text: str) -> None:
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def answer_when_asked(button: QMessageBox.StandardButton) -> list[str]:
    """Press ``button`` on the next message box once it is on screen; the list receives the question asked."""
    asked: list[str] = []
    timer = QTimer(QApplication.instance())
    timer.setInterval(10)

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            timer.stop()
            timer.deleteLater()
            asked.append(box.text())
            box.button(button).click()

    timer.timeout.connect(look)
    timer.start()
    return asked


def test_file_menu_offers_export_and_import(window):
    texts = [action.text() for action in window.file_menu.actions()]
    assert "Export &all data…" in texts and "&Import…" in texts
    assert texts.index("&Import…") < texts.index("&Back up now")


def test_export_all_as_csv_writes_a_private_zip(qtbot, window, store, tmp_path):
    store.journal.add(JournalEntry(now_local(), "Evening", "Called Sam."))
    dialog = open_from_menu(qtbot, window, window.export_data_action, DataExportDialog)
    qtbot.mouseClick(dialog.csv_choice, Qt.MouseButton.LeftButton)
    replace_path(qtbot, dialog.path, str(tmp_path / "everything.zip"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    target = tmp_path / "everything.zip"
    assert target.read_bytes()[:2] == b"PK"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "everything.zip" in window.statusBar().currentMessage()


def test_choosing_csv_changes_the_suggested_suffix(qtbot, window):
    dialog = open_from_menu(qtbot, window, window.export_data_action, DataExportDialog)
    assert dialog.path.text().endswith(".json")
    qtbot.mouseClick(dialog.csv_choice, Qt.MouseButton.LeftButton)
    assert dialog.path.text().endswith(".zip")
    dialog.reject()


def test_export_asks_before_replacing_and_no_keeps_the_file(qtbot, window, tmp_path):
    target = tmp_path / "everything.json"
    target.write_text("my own file")
    dialog = open_from_menu(qtbot, window, window.export_data_action, DataExportDialog)
    replace_path(qtbot, dialog.path, str(target))
    asked = answer_when_asked(QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked))
    assert "already exists" in asked[0]
    assert target.read_text() == "my own file"
    assert dialog.isVisible()
    asked = answer_when_asked(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert asked
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "recoveryjournal-export"


def test_daylio_preview_mood_mapping_and_import(qtbot, window, data_dir):
    dialog = open_from_menu(qtbot, window, window.import_action, ImportDialog)
    dialog.choose_file(DATA / "daylio_current.csv", "daylio")
    assert "3 journal entries and 5 check-ins would be added" in dialog.summary.text()
    assert dialog.table.rowCount() == 8
    assert [dialog.table.item(row, 0).text() for row in (0, 3)] == ["Journal entry", "Check-in"]
    assert dialog.table.item(0, 2).text() == "Dinner with Mum — Café on the corner — she asked how I'm doing 💚"
    assert not dialog.problems.isVisible()
    assert set(dialog.mood_choices) == {"rad", "meh", "bad", "calm-ish", "awful"}
    assert dialog.mood_form.labelForField(dialog.mood_choices["calm-ish"]).text() == "“calm-ish” (please choose):"
    assert dialog.mood_choices["rad"].currentData() == 5
    rad = dialog.mood_choices["rad"]
    assert [rad.itemData(index) for index in range(rad.count())] == [5, 4, 3, 2, 1]  # a level it always keeps
    calm = dialog.mood_choices["calm-ish"]
    assert [calm.itemData(index) for index in range(calm.count())] == [None, 5, 4, 3, 2, 1]
    assert calm.currentData() is None
    calm.setFocus()
    qtbot.keyClick(calm, Qt.Key.Key_Down)  # "No level" → "5 — Very good"
    qtbot.keyClick(calm, Qt.Key.Key_Down)  # → "4 — Good"
    assert calm.currentData() == 4
    words = [dialog.table.item(row, 2).text() for row in range(dialog.table.rowCount())]
    assert "mood 4, Good; family" in words
    assert rows(data_dir, "SELECT COUNT(*) FROM checkins") == [(0,)]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert rows(data_dir, "SELECT COUNT(*) FROM checkins") == [(5,)]
    assert rows(data_dir, "SELECT mood FROM checkins WHERE at LIKE '2024-05-16%'") == [(4,)]
    assert rows(data_dir, "SELECT COUNT(*) FROM journal_entries") == [(3,)]
    assert "Import finished" in window.statusBar().currentMessage()


def test_cancel_after_preview_imports_nothing(qtbot, window, data_dir):
    dialog = open_from_menu(qtbot, window, window.import_action, ImportDialog)
    dialog.choose_file(DATA / "jrnl.json", "jrnl")
    assert dialog.import_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert rows(data_dir, "SELECT COUNT(*) FROM journal_entries") == [(0,)]


def test_broken_file_explains_and_cannot_be_imported(qtbot, window, data_dir):
    dialog = open_from_menu(qtbot, window, window.import_action, ImportDialog)
    dialog.choose_file(DATA / "daylio_unterminated.csv", "daylio")
    assert "cannot be imported" in dialog.summary.text()
    assert "line 2" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.table.rowCount() == 0


def test_changing_the_kind_of_file_previews_again(qtbot, window):
    dialog = open_from_menu(qtbot, window, window.import_action, ImportDialog)
    dialog.choose_file(DATA / "dayone.json", "jrnl")
    assert "nothing in this file could be read as jrnl" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    dialog.kind.setFocus()
    dialog.kind.setCurrentIndex(dialog.kind.findData("dayone"))
    assert "2 journal entries" in dialog.summary.text()
    assert dialog.import_button.isEnabled()


def test_full_json_import_replaces_the_journal_and_keeps_a_backup(qtbot, window, store, data_dir, tmp_path):
    with open_journal(tmp_path / "laptop") as other:
        other.journal.add(JournalEntry(now_local(), "From my laptop", "All of it"))
        from recoveryjournal.export.transfer import export_all

        export_all(other, tmp_path / "all.json", "json", now_local())
    store.journal.add(JournalEntry(now_local(), "Written here", "first"))
    dialog = open_from_menu(qtbot, window, window.import_action, ImportDialog)
    dialog.choose_file(tmp_path / "all.json", "json")
    assert "replaces everything in this journal" in dialog.summary.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert rows(data_dir, "SELECT title FROM journal_entries") == [("From my laptop",)]
    assert dialog.backup_taken is not None and dialog.backup_taken.exists()
    assert "backed up" in window.statusBar().currentMessage()


@pytest.fixture
def journal_page(window, qtbot):
    qtbot.keyClick(window.sidebar, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_page_key() == "journal")
    return window.page("journal")


def test_pasting_nul_characters_into_the_journal_keeps_only_the_words(qtbot, journal_page, data_dir):
    qtbot.keyClick(journal_page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    body = journal_page.editor.body
    qtbot.mouseClick(body.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(body, "Before ")
    QApplication.clipboard().setText("pas\x00ted 💚\x00 words")
    qtbot.keyClick(body, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText() == "Before pasted 💚 words"
    title = journal_page.editor.title
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    QApplication.clipboard().setText("Ti\x00tle")
    qtbot.keyClick(title, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert title.text() == "Title"
    qtbot.waitUntil(
        lambda: rows(data_dir, "SELECT title, body FROM journal_entries") == [("Title", "Before pasted 💚 words")],
        timeout=3000,
    )


def test_nul_is_cleaned_in_the_checkin_dialog_too(qtbot, window):
    from recoveryjournal.ui.dialogs.checkin import CheckInDialog

    dialog = open_from_menu(qtbot, window, window.checkin_action, CheckInDialog)
    qtbot.mouseClick(dialog.note, Qt.MouseButton.LeftButton)
    QApplication.clipboard().setText("a\x00b")
    qtbot.keyClick(dialog.note, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.note.text() == "ab"
    dialog.reject()


def test_a_large_file_shows_progress_while_it_is_read_and_imported(qtbot, window, data_dir, tmp_path):
    note = "A long evening, written out in full. " * 16
    lines = [
        f'2024-01-{1 + number % 28:02d},,,{number % 24:02d}:{number % 60:02d},good,walk,,"{note}{number}"\n'
        for number in range(2000)
    ]
    large = tmp_path / "daylio.csv"
    large.write_text("full_date,date,weekday,time,mood,activities,note_title,note\n" + "".join(lines), "utf-8")
    assert large.stat().st_size > 1024 * 1024
    dialog = open_from_menu(qtbot, window, window.import_action, ImportDialog)
    dialog.choose_file(large, "daylio")
    assert dialog.progress_shown == ["Reading the file…"]
    assert "2000 journal entries and 2000 check-ins would be added" in dialog.summary.text()
    assert dialog.table.item(0, 2).text() == f"{note.strip()[:79]}… (mood 4, Good)"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=120_000)
    assert dialog.progress_shown == ["Reading the file…", "Importing…"]
    assert rows(data_dir, "SELECT COUNT(*) FROM checkins") == [(2000,)]


def test_bearable_chosen_by_keyboard_lands_on_disk_and_a_second_import_adds_nothing(qtbot, window, data_dir):
    dialog = open_from_menu(qtbot, window, window.import_action, ImportDialog)
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_End)  # the last kind: Bearable
    assert dialog.chosen_format() == "bearable"
    replace_path(qtbot, dialog.path, str(DATA / "bearable_export.csv"))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    assert "3 journal entries, 6 check-ins and 2 nights of sleep would be added" in dialog.summary.text()
    shown = [dialog.table.item(row, 2).text() for row in range(dialog.table.rowCount())]
    assert "Gratitude — My sister called" in shown
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert rows(data_dir, "SELECT title, body FROM journal_entries WHERE title = 'Gratitude' ORDER BY created_at") == [
        ("Gratitude", "My sister called\nMade it to group"),
        ("Gratitude", "Quiet morning coffee"),
    ]
    assert rows(data_dir, "SELECT mood, emotions FROM checkins WHERE mood = 4") == [(4, '["Meh", "anxious"]')]
    assert rows(data_dir, "SELECT day, hours FROM sleep_logs ORDER BY day") == [
        ("2020-09-22", 7.5),
        ("2020-10-01", 6.75),
    ]

    window.import_action.trigger()
    qtbot.waitUntil(lambda: any(shown.isVisible() for shown in window.findChildren(ImportDialog)))
    again = next(shown for shown in window.findChildren(ImportDialog) if shown.isVisible())
    again.kind.setFocus()
    qtbot.keyClick(again.kind, Qt.Key.Key_End)
    replace_path(qtbot, again.path, str(DATA / "bearable_export.csv"))
    qtbot.keyClick(again.path, Qt.Key.Key_Return)
    assert "Everything in this file is already in your journal" in again.summary.text()
    assert not again.import_button.isEnabled()
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    assert rows(data_dir, "SELECT COUNT(*) FROM checkins") == [(6,)]


def test_day_one_photos_are_counted_in_the_preview_and_named_in_each_entry(qtbot, window, data_dir):
    dialog = open_from_menu(qtbot, window, window.import_action, ImportDialog)
    dialog.choose_file(DATA / "dayone_media.json", "dayone")
    assert "1 audio recording and 3 photos could not be imported; each entry says so." in dialog.summary.text()
    assert dialog.table.item(0, 2).text().startswith("Still alive... — Ninety days - and counting!")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = rows(data_dir, "SELECT title, body FROM journal_entries ORDER BY created_at")
    assert stored[0][0] == "Still alive..."
    assert "dayone-moment" not in stored[0][1] and "\\" not in stored[0][1]
    assert stored[0][1].endswith("1 audio recording and 1 photo not imported\n\nTags: recovery, milestone")
    assert stored[1][1].endswith("2 photos not imported")
