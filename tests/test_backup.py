"""Backups of real journal files: checked, rotated, consistent under concurrent writes, restorable."""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from recoveryjournal import paths
from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.models import JournalEntry
from recoveryjournal.opening import open_journal
from recoveryjournal.store import backup, errors


def add_entry(store, body: str) -> int:
    return store.journal.add(JournalEntry(created_at=now_local(), title="", body=body))


def test_backup_is_a_checked_private_copy(store):
    add_entry(store, "first words")
    target = backup.back_up(store)
    assert target.parent == paths.backups_dir(store.folder)
    assert target.stat().st_mode & 0o777 == 0o600
    with sqlite3.connect(target) as copy:
        assert copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT body FROM journal_entries").fetchall() == [("first words",)]
    info = backup.describe(target, None)
    assert info.ok and info.label == "manual" and info.counts["journal_entries"] == 1


def test_daily_backup_happens_once_a_day(store):
    assert backup.daily_backup(store) is not None
    assert backup.daily_backup(store) is None
    tomorrow = datetime.now() + timedelta(days=1)
    assert backup.daily_backup(store, now=tomorrow) is not None


def test_backup_on_quit_only_when_something_changed(data_dir):
    store = open_journal(data_dir)
    store.close()
    store = open_journal(data_dir)
    assert backup.backup_on_quit(store) is None
    add_entry(store, "a change")
    assert backup.backup_on_quit(store) is not None
    store.close()


def test_rotation_deletes_old_backups_on_disk(store):
    folder = paths.backups_dir(store.folder)
    folder.mkdir()
    old = [backup.new_backup_path(store.folder, "daily", datetime(2020, 1, day, 9)) for day in range(1, 20)]
    for path in old:
        path.write_bytes(b"")
    backup.back_up(store)
    remaining = {path.name for path in backup.backup_files(store.folder)}
    # Today's copy + six more days, the newest of the three older ISO weeks, and January's newest.
    kept_days = {19, 18, 17, 16, 15, 14, 12, 5}
    assert {path.name for path in old if path.name in remaining} == {old[day - 1].name for day in kept_days}
    assert not any(path.exists() for path in old if path.name not in remaining)


def test_damage_is_never_backed_up(store, tmp_path):
    add_entry(store, "before the damage")
    good = backup.back_up(store)
    store.db.execute("PRAGMA writable_schema = ON")
    store.db.execute("UPDATE sqlite_master SET rootpage = 9999 WHERE name = 'journal_entries'")
    store.db.execute("PRAGMA writable_schema = OFF")
    store.db.conn.commit()
    with pytest.raises(errors.CorruptDatabaseError):
        backup.back_up(store)
    assert backup.backup_files(store.folder) == [good]


def test_backup_under_concurrent_writes_is_consistent(store):
    """A writer with its own connection inserts pairs of rows in one transaction; every backup holds whole pairs."""
    stop = threading.Event()
    written = []

    def writer() -> None:
        conn = sqlite3.connect(store.path, timeout=10)
        while not stop.is_set():
            with conn:
                for half in ("a", "b"):
                    conn.execute(
                        "INSERT INTO journal_entries (created_at, title, body, kind) VALUES (?, ?, ?, 'entry')",
                        [now_local().isoformat(), half, "x" * 500],
                    )
            written.append(1)
        conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        copies = [backup.back_up(store, "manual") for _ in range(8)]
    finally:
        stop.set()
        thread.join()
    assert written
    for copy in copies:
        with sqlite3.connect(copy) as conn:
            assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            count = conn.execute("SELECT COUNT(*) FROM journal_entries").fetchone()[0]
        assert count % 2 == 0


def test_restore_round_trips_and_sets_the_current_file_aside(data_dir):
    store = open_journal(data_dir)
    add_entry(store, "kept in the backup")
    saved = backup.back_up(store)
    add_entry(store, "written after the backup")
    store.close()

    aside = backup.restore(data_dir, saved, None)

    assert aside is not None and aside.parent == paths.backups_dir(data_dir) and "before-restore" in aside.name
    store = open_journal(data_dir)
    try:
        assert [entry.body for entry in store.journal.recent()] == ["kept in the backup"]
    finally:
        store.close()
    with sqlite3.connect(aside) as conn:
        assert conn.execute("SELECT COUNT(*) FROM journal_entries").fetchone()[0] == 2


def test_a_damaged_backup_is_refused_and_nothing_changes(data_dir):
    store = open_journal(data_dir)
    add_entry(store, "today's words")
    bad = backup.back_up(store)
    store.close()
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    before = paths.database_path(data_dir).read_bytes()
    with pytest.raises(errors.CorruptDatabaseError):
        backup.restore(data_dir, bad, None)
    assert paths.database_path(data_dir).read_bytes() == before


def test_list_shows_dates_counts_and_broken_backups(store):
    add_entry(store, "one")
    backup.back_up(store)
    broken = backup.new_backup_path(store.folder, "manual", datetime(2026, 1, 1))
    broken.write_bytes(b"garbage")
    infos = backup.list_backups(store.folder, None)
    assert [info.ok for info in infos] == [True, False]
    assert infos[0].counts["journal_entries"] == 1
    assert backup.newest_good(store.folder, None) == infos[0].path


def test_restore_from_an_empty_current_file(data_dir: Path):
    store = open_journal(data_dir)
    add_entry(store, "safe")
    saved = backup.back_up(store)
    store.close()
    paths.database_path(data_dir).write_bytes(b"")
    aside = backup.restore(data_dir, saved, None)
    assert aside is not None and aside.parent == data_dir and aside.read_bytes() == b""
