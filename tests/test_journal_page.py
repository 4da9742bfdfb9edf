"""The Journal page driven by keyboard and mouse, checked on screen and in the SQLite file."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta

import pytest
from gui_keys import retype
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from recoveryjournal import paths
from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.models import EntryKind, JournalEntry
from recoveryjournal.domain.search import HitKind
from recoveryjournal.store.drafts import list_drafts, read_draft
from recoveryjournal.ui.widgets.entry_list import HTML_ROLE


def rows_on_disk(data_dir) -> list[tuple]:
    conn = sqlite3.connect(paths.database_path(data_dir))
    try:
        return conn.execute(
            "SELECT id, title, body, private, mood, deleted_at FROM journal_entries ORDER BY id"
        ).fetchall()
    finally:
        conn.close()


@pytest.fixture
def page(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_page_key() == "journal")
    return window.page("journal")


def type_text(widget, text: str) -> None:
    """Type any Unicode, one character per key press, the way an input method delivers it."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def write_new(qtbot, page, title: str, body: str) -> None:
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(page.editor.title, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.editor.title, title)
    qtbot.mouseClick(page.editor.body.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.editor.body, body)


def test_typing_reaches_the_disk_by_itself(page, qtbot, data_dir):
    write_new(qtbot, page, "First night", "I made it through the evening.")
    qtbot.waitUntil(lambda: rows_on_disk(data_dir) != [], timeout=10_000)
    qtbot.waitUntil(lambda: rows_on_disk(data_dir)[0][2] == "I made it through the evening.", timeout=10_000)
    assert rows_on_disk(data_dir)[0][1] == "First night"
    assert page.editor.words.text() == "6 words"
    assert "saved" in page.editor.state.text()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.model.index(0).data() == "Today"
    assert page.model.index(1).data().startswith("First night")


def test_focus_change_saves_at_once(page, qtbot, data_dir):
    write_new(qtbot, page, "", "Called my sister")
    qtbot.mouseClick(page.search.box, Qt.MouseButton.LeftButton)
    assert rows_on_disk(data_dir)[0][2] == "Called my sister"


def test_quit_saves(window, page, qtbot, data_dir):
    write_new(qtbot, page, "Late", "Words typed just before quitting")
    window.close()
    assert rows_on_disk(data_dir)[0][2] == "Words typed just before quitting"


def test_entries_listed_newest_first_with_day_headers_and_opened_by_click(store, window, qtbot):
    now = now_local()
    for days, title in ((3, "Older"), (0, "Newest"), (1, "Middle")):
        store.journal.add(JournalEntry(created_at=now - timedelta(days=days), title=title, body=f"{title} body"))
    window.show_page("journal")
    page = window.page("journal")
    shown = [page.model.index(row).data() for row in range(page.model.rowCount())]
    assert shown[0] == "Today" and shown[1].startswith("Newest")
    assert shown[2] == "Yesterday" and shown[3].startswith("Middle")
    assert shown[5].startswith("Older")
    rect = page.list.visualRect(page.model.index(3))
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.editor.title.text() == "Middle"
    assert page.editor.body.toPlainText() == "Middle body"


def test_long_history_loads_in_pages(store, window, qtbot):
    now = now_local()
    store.db["journal_entries"].insert_all(
        {
            "created_at": (now - timedelta(hours=index)).isoformat(timespec="seconds"),
            "updated_at": (now - timedelta(hours=index)).isoformat(timespec="seconds"),
            "title": f"Entry {index}",
            "body": "x",
            "kind": "entry",
        }
        for index in range(1000)
    )
    window.show_page("journal")
    page = window.page("journal")
    first = page.model.rowCount()
    assert first < 300
    page.list.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > first)


def test_details_private_mood_and_triggers_are_saved(page, qtbot, store, data_dir):
    write_new(qtbot, page, "Details", "Rough day at work.")
    qtbot.mouseClick(page.editor.private, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.editor.mood.buttons[2], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.editor.triggers.input, "Loneliness")
    qtbot.keyClick(page.editor.triggers.input, Qt.Key.Key_Return)
    assert page.editor.triggers.chip_names() == ["Loneliness"]
    [row] = rows_on_disk(data_dir)
    assert row[1:5] == ("Details", "Rough day at work.", 1, 2)
    entry = store.journal.get(row[0])
    assert [store.triggers.get(trigger_id).name for trigger_id in entry.trigger_ids] == ["Loneliness"]


def test_therapy_notes_are_a_kind_chosen_while_writing(page, qtbot, store):
    write_new(qtbot, page, "For Thursday", "Ask about evenings.")
    kind = page.editor.kind
    kind.setFocus()
    qtbot.keyClick(kind, Qt.Key.Key_Down)
    assert kind.currentText() == "Therapy notes"
    [entry] = store.journal.recent()
    assert (entry.title, entry.kind) == ("For Thursday", EntryKind.THERAPY_NOTE)
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert kind.currentText() == "Journal entry", "a new entry starts as a journal entry"
    page.editor.show_entry(entry)
    assert kind.currentText() == "Therapy notes"
    model = page.list.model()
    page.refresh()
    shown = [str(model.index(row, 0).data(HTML_ROLE)) for row in range(model.rowCount())]
    assert any("For Thursday" in row and "Therapy notes" in row for row in shown), shown


def test_reading_view_renders_emphasis_and_lists(page, qtbot):
    write_new(qtbot, page, "Wins", "A *good* day")
    for line in ("", "- walked", "- called Sam"):
        qtbot.keyClick(page.editor.body, Qt.Key.Key_Return)
        qtbot.keyClicks(page.editor.body, line)
    assert page.editor.body.toPlainText() == "A *good* day\n\n- walked\n- called Sam"
    qtbot.mouseClick(page.editor.read_button, Qt.MouseButton.LeftButton)
    assert page.editor.views.currentWidget() is page.editor.reader
    html = page.editor.reader.toHtml()
    assert "font-style:italic" in html
    assert page.editor.reader.document().toPlainText().count("walked") == 1
    assert "*good*" not in page.editor.reader.toPlainText()
    qtbot.keyClick(page.editor.read_button, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.editor.views.currentWidget() is page.editor.body)


UNICODE_BODY = (
    "Emoji 🌱🙏🏽👨‍👩‍👧 and ❤️\n"
    "עברית: היום היה יום טוב\n"
    "العربية: كان يوما جيدا\n"
    "Combining: e\u0301 a\u0308 Z\u0335\u0317a\u0334lgo\n"
    "Non\u00a0breaking, zero\u200bwidth, tab\tend"
)


def test_any_unicode_is_kept_exactly(page, qtbot, data_dir):
    write_new(qtbot, page, "", "")
    type_text(page.editor.title, "Ünïcödé ✨")
    for number, line in enumerate(UNICODE_BODY.split("\n")):
        if number:
            qtbot.keyClick(page.editor.body, Qt.Key.Key_Return)
        type_text(page.editor.body, line)
    qtbot.waitUntil(lambda: bool(rows_on_disk(data_dir)) and rows_on_disk(data_dir)[0][2] == UNICODE_BODY, timeout=2000)
    assert rows_on_disk(data_dir)[0][1] == "Ünïcödé ✨"


@pytest.mark.slow
def test_a_one_megabyte_body_is_kept_byte_for_byte(page, qtbot, data_dir):
    line = "Day by day, one line at a time — שלום 🌱 e\u0301\n"
    body = line * (1_048_576 // len(line.encode()) + 1)
    assert len(body.encode()) > 1_000_000
    write_new(qtbot, page, "Long", "")
    page.editor.body.insertPlainText(body)
    qtbot.keyClick(page.editor.body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.editor.body, "!")
    qtbot.waitUntil(lambda: bool(rows_on_disk(data_dir)) and rows_on_disk(data_dir)[0][2] == body + "!", timeout=4000)
    conn = sqlite3.connect(paths.database_path(data_dir))
    stored = conn.execute("SELECT CAST(body AS BLOB) FROM journal_entries").fetchone()[0]
    conn.close()
    assert stored == (body + "!").encode()


def test_failed_write_keeps_text_says_why_and_writes_a_draft(page, qtbot, store, data_dir):
    write_new(qtbot, page, "Before", "Saved part.")
    qtbot.waitUntil(
        lambda: bool(rows_on_disk(data_dir)) and rows_on_disk(data_dir)[0][2] == "Saved part.", timeout=2000
    )
    store.db.execute("PRAGMA query_only = ON")
    qtbot.keyClicks(page.editor.body, " Unsaved part.")
    qtbot.waitUntil(page.editor.message_bar.isVisible, timeout=2000)
    assert "cannot be written" in page.editor.message.text()
    assert "still here" in page.editor.message.text()
    assert page.editor.body.toPlainText() == "Saved part. Unsaved part."
    assert rows_on_disk(data_dir)[0][2] == "Saved part."
    [draft] = list_drafts(data_dir)
    assert read_draft(draft) == "Before\n\nSaved part. Unsaved part."
    assert draft.stat().st_mode & 0o777 == 0o600
    store.db.execute("PRAGMA query_only = OFF")
    qtbot.mouseClick(page.editor.retry_button, Qt.MouseButton.LeftButton)
    assert not page.editor.message_bar.isVisible()
    assert rows_on_disk(data_dir)[0][2] == "Saved part. Unsaved part."
    assert list_drafts(data_dir) == []


def test_failed_first_save_of_a_new_entry_keeps_the_text(page, qtbot, store, data_dir):
    store.db.execute("PRAGMA query_only = ON")
    write_new(qtbot, page, "", "Nobody saw this yet")
    qtbot.waitUntil(page.editor.message_bar.isVisible, timeout=2000)
    assert page.editor.body.toPlainText() == "Nobody saw this yet"
    store.db.execute("PRAGMA query_only = OFF")
    qtbot.keyClicks(page.editor.body, ".")
    qtbot.waitUntil(lambda: rows_on_disk(data_dir) != [], timeout=2000)
    assert rows_on_disk(data_dir)[0][2] == "Nobody saw this yet."


def test_delete_goes_to_trash_and_ctrl_z_brings_it_back(store, window, qtbot, data_dir):
    now = now_local()
    keep = store.journal.add(JournalEntry(created_at=now - timedelta(hours=2), title="Keep", body="stays"))
    gone = store.journal.add(JournalEntry(created_at=now, title="Oops", body="deleted by mistake"))
    window.show_page("journal")
    page = window.page("journal")
    rect = page.list.visualRect(page.model.index(1))
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.editor.title.text() == "Oops"
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)
    assert [row[0] for row in rows_on_disk(data_dir) if row[5] is None] == [keep]
    assert [page.model.index(row).data() for row in range(page.model.rowCount())][1].startswith("Keep")
    assert window.undo_action.isEnabled() and "Oops" in window.undo_action.text()
    qtbot.keyClick(page.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [row[0] for row in rows_on_disk(data_dir) if row[5] is None] == [keep, gone]
    assert page.editor.title.text() == "Oops"
    assert not window.undo_action.isEnabled()
    assert "Brought back" in window.statusBar().currentMessage()


def test_ctrl_z_in_the_editor_undoes_typing_not_a_delete(store, window, qtbot, data_dir):
    entry_id = store.journal.add(JournalEntry(created_at=now_local(), title="Gone", body="x"))
    store.journal.delete(entry_id)
    window.context.undo.push("journal_entries", entry_id, "Gone")
    window.show_page("journal")
    page = window.page("journal")
    write_new(qtbot, page, "", "abc")
    qtbot.keyClick(page.editor.body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.editor.body.toPlainText() != "abc"
    assert rows_on_disk(data_dir)[0][5] is not None


def test_search_with_filters_and_opening_at_the_match(store, window, qtbot):
    now = now_local()
    body = "🌱 Morning was fine.\nLater the craving came back after the phone call.\nI went for a walk."
    target = store.journal.add(JournalEntry(created_at=now - timedelta(days=1), title="Evening", body=body, mood=2))
    store.journal.add(JournalEntry(created_at=now, title="Other", body="A craving, small one", mood=4))
    window.show_page("journal")
    page = window.page("journal")
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.box.hasFocus()
    qtbot.keyClicks(page.search.box, '"phone call"')
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    hit = page.model.index(0).data(Qt.ItemDataRole.UserRole + 1)
    assert hit.record_id == target
    assert "phone call" in page.model.index(0).data()
    qtbot.keyClick(page.search.box, Qt.Key.Key_Return)
    cursor = page.editor.body.textCursor()
    assert cursor.selectedText() == "phone call"
    assert page.editor.body.hasFocus()
    page.search.box.clear()
    qtbot.keyClicks(page.search.box, "crav*")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.search.mood.setCurrentIndex(page.search.mood.findData(4))
    assert page.model.rowCount() == 1
    assert page.model.index(0).data().startswith("Other")
    qtbot.keyClick(page.search.box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.model.index(0).data() == "Today"


def test_reflection_answers_open_read_only_at_the_match(store, window, qtbot):
    from recoveryjournal.domain.reflection_models import Reflection

    store.reflections.add(Reflection(at=now_local(), prompt_text="What helped?", answer="Texting my sponsor helped."))
    window.show_page("journal")
    page = window.page("journal")
    qtbot.keyClicks(page.search.box, "sponsor")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0).data(Qt.ItemDataRole.UserRole + 1).kind is HitKind.REFLECTION
    qtbot.keyClick(page.search.box, Qt.Key.Key_Return)
    assert page.editor.reader.textCursor().selectedText() == "sponsor"
    assert not page.editor.title.isEnabled()
    assert page.editor.note.isVisible()


def test_typed_search_dates_filter_exactly_those_days_or_say_why_not(store, window, qtbot):
    at = datetime(2026, 10, 15, 20, 0).astimezone()
    store.journal.add(JournalEntry(created_at=at, title="Mid October", body="A walk by the river"))
    store.journal.add(JournalEntry(created_at=at + timedelta(days=1), title="Next day", body="A walk in town"))
    store.journal.add(JournalEntry(created_at=at - timedelta(days=1), title="Day before", body="A walk at dawn"))
    window.show_page("journal")
    page = window.page("journal")
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.search.box, "walk")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    retype(qtbot, page.search.since, "15 Oct 2026")
    retype(qtbot, page.search.until, "2026-10-15")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0).data().startswith("Mid October")
    filters = page.search.filters()
    assert (filters.start.date(), filters.end.date()) == (date(2026, 10, 15), date(2026, 10, 16))

    retype(qtbot, page.search.until, "16 Okt 2026x")
    assert page.search.until.problem.isVisible() and "doesn't read as a date" in page.search.until.problem.text()
    assert page.search.until.edit.text() == "16 Okt 2026x"  # kept for the person to correct, not made a date
    qtbot.mouseClick(page.search.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert page.search.since.is_empty() and page.search.until.is_empty()
