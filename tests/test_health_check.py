"""The health check that runs after the window shows: damage the header check cannot see is still found, the
journal is never written to, and the newest good backup is offered; a healthy journal gets its daily backup."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from recoveryjournal import paths
from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.models import JournalEntry
from recoveryjournal.opening import open_journal
from recoveryjournal.store import backup, errors
from recoveryjournal.ui.app import after_window
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.health import check_in_background
from recoveryjournal.ui.main_window import MainWindow


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def spoil_search_index(path: Path) -> None:
    """Overwrite one page of the full-text index: the header and the Today page read fine, quick_check does not."""
    conn = sqlite3.connect(path)
    try:
        page = conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'journal_entries_fts_data' AND pagetype = 'leaf' LIMIT 1"
        ).fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    data[(page - 1) * page_size : page * page_size] = b"\xa5" * page_size
    path.write_bytes(bytes(data))


@pytest.fixture
def quietly_damaged(data_dir: Path) -> tuple[Path, Path]:
    """A journal with a good backup, then damaged where only the full check looks."""
    store = open_journal(data_dir)
    for number in range(60):
        store.journal.add(JournalEntry(created_at=now_local(), title=f"Entry {number}", body="steady words " * 150))
    good = backup.back_up(store)
    store.close()
    spoil_search_index(paths.database_path(data_dir))
    return data_dir, good


def open_window(qtbot, folder: Path):
    store = open_journal(folder, check_health=False)
    window = MainWindow(AppContext(store))
    qtbot.addWidget(window)
    window.show()
    return store, window, check_in_background(window, store)


def test_the_full_check_finds_what_the_quick_open_misses(quietly_damaged):
    folder, _ = quietly_damaged
    with pytest.raises(errors.DamagedJournalError):
        open_journal(folder)


def test_damage_found_after_the_window_shows_is_explained_and_nothing_is_written(qtbot, quietly_damaged):
    folder, good = quietly_damaged
    path = paths.database_path(folder)
    before = digest(path)
    store, window, check = open_window(qtbot, folder)

    qtbot.waitUntil(lambda: check.box is not None and check.box.isVisible(), timeout=10000)
    assert check.box.windowTitle() == "The journal file is damaged"
    assert "is damaged" in check.box.text() and good.name in check.box.informativeText()
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        store.settings.set("written after damage", True)

    quit_button = next(button for button in check.box.buttons() if button.text() == "Quit")
    qtbot.mouseClick(quit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    check.wait()
    after_window(store, window.after_close, None)
    assert window.after_close is None
    assert digest(path) == before
    assert backup.backup_files(folder) == [good], "no backup was taken of the damaged file"


def test_choosing_the_backup_sets_the_damaged_file_aside_unchanged(qtbot, quietly_damaged):
    folder, _ = quietly_damaged
    path = paths.database_path(folder)
    before = digest(path)
    store, window, check = open_window(qtbot, folder)

    qtbot.waitUntil(lambda: check.box is not None and check.box.isVisible(), timeout=10000)
    qtbot.mouseClick(check.box.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    check.wait()
    after_window(store, window.after_close, None)

    aside = [name for name in folder.iterdir() if ".damaged-" in name.name and not name.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 1 and digest(aside[0]) == before
    reopened = open_journal(folder)
    try:
        assert reopened.journal.count() == 60
    finally:
        reopened.close()


def test_a_healthy_journal_gets_its_daily_backup_from_the_worker(qtbot, data_dir):
    open_journal(data_dir).close()
    store, window, check = open_window(qtbot, data_dir)
    check.wait(10000)
    qtbot.waitUntil(lambda: backup.backed_up_today(data_dir))
    assert check.box is None
    store.settings.set("still writable", True)
    window.close()
    store.close()
