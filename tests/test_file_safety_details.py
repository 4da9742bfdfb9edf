"""The small things of file safety: what restore refuses and leaves behind, the words a full disk gets, the lock on
the journal itself, the window settings' mode, options after the command, and counts in plain English."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest

from recoveryjournal import paths
from recoveryjournal.cli import main
from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.models import JournalEntry, Lapse
from recoveryjournal.opening import open_journal
from recoveryjournal.store import backup, errors, schema
from recoveryjournal.store.store import Store


def one_of_each(folder: Path) -> Path:
    store = open_journal(folder)
    store.journal.add(JournalEntry(created_at=now_local(), title="one", body="a single entry"))
    store.lapses.add(Lapse(at=now_local() - timedelta(days=1), substance="alcohol"))
    made = backup.back_up(store)
    store.close()
    return made


def test_counts_are_in_plain_english(data_dir, capsys):
    made = one_of_each(data_dir)
    assert main(["check", "--data-dir", str(data_dir)]) == 0
    assert main(["restore", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "1 journal entry, 1 lapse" in out and "1 lapses" not in out and "1 journal entries" not in out
    assert backup.describe(made, None).counts_text() == "1 journal entry, 1 lapse"


def test_restore_refuses_a_backup_of_a_newer_format_and_changes_nothing(data_dir, capsys):
    made = one_of_each(data_dir)
    with sqlite3.connect(made) as conn:
        conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.close()
    journal = paths.database_path(data_dir)
    before = journal.read_bytes()

    with pytest.raises(errors.NewerVersionError):
        backup.restore(data_dir, made, None)
    assert main(["restore", str(made), "--data-dir", str(data_dir)]) == 2
    assert "newer version" in capsys.readouterr().err
    assert journal.read_bytes() == before
    assert sorted(path.name for path in data_dir.iterdir()) == ["backups", "journal.lock", "journal.sqlite3"]


def test_restore_leaves_no_incoming_copies_or_companions(data_dir):
    made = one_of_each(data_dir)
    assert main(["restore", str(made), "--data-dir", str(data_dir)]) == 0
    left = [
        path.name for path in data_dir.rglob("*") if "incoming" in path.name or path.name.endswith(("-wal", "-shm"))
    ]
    assert left == []


FULL_DISK_BACKUP = textwrap.dedent(
    """
    import resource, signal, sys
    from pathlib import Path
    from recoveryjournal.domain.clock import now_local
    from recoveryjournal.domain.models import JournalEntry
    from recoveryjournal.opening import open_journal
    from recoveryjournal.store import data_io, errors

    store = open_journal(Path(sys.argv[1]))
    for n in range(200):
        store.journal.add(JournalEntry(created_at=now_local(), title=str(n), body="words that take room " * 100))
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = store.path.stat().st_size
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    # No file may grow past half the journal's size: the backup copy meets a full disk, the journal does not.
    resource.setrlimit(resource.RLIMIT_FSIZE, (size // 2, size // 2))
    try:
        data_io.backup_before_import(store)
    except errors.StoreError as error:
        print(type(error).__name__, error.message)
    """
)


@pytest.mark.skipif(os.name == "nt", reason="uses a POSIX file-size limit as the full disk")
def test_a_full_disk_during_the_pre_import_backup_says_so_and_blames_nothing_else(data_dir):
    result = subprocess.run(
        [sys.executable, "-c", FULL_DISK_BACKUP, str(data_dir)], capture_output=True, text=True, timeout=120
    )
    assert result.stdout.startswith(("DiskFullError", "WriteFailedError")), result.stdout + result.stderr
    assert "health check" not in result.stdout and "Restore" not in result.stdout
    assert "full" in result.stdout or "free space" in result.stdout
    assert backup.backup_files(data_dir) == [], "the half-written copy was removed"
    store = open_journal(data_dir)
    try:
        assert store.journal.count() == 200
    finally:
        store.close()


HOLD_OPEN = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from recoveryjournal.store.store import Store

    store = Store.open(Path(sys.argv[1]))
    print("open", flush=True)
    sys.stdin.read()
    """
)


def test_deleting_the_lock_file_does_not_let_a_second_copy_open_the_journal(data_dir):
    open_journal(data_dir).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(data_dir)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        paths.lock_path(data_dir).unlink()
        with pytest.raises(errors.AlreadyOpenError):
            Store.open(data_dir)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()
    Store.open(data_dir).close()


def test_the_window_settings_file_is_private(qtbot, store):
    from recoveryjournal.ui.context import AppContext

    context = AppContext(store)
    context.settings.setValue("geometry", b"somewhere")
    context.settings.sync()
    assert stat.S_IMODE((store.folder / "window.ini").stat().st_mode) == 0o600


@pytest.mark.parametrize(
    "command", [["backup"], ["check"], ["restore"], ["export-data", "--format", "json", "-o", "out.json"]]
)
def test_folder_options_may_follow_the_command(tmp_path, command, capsys, monkeypatch):
    folder = tmp_path / "mine"
    one_of_each(folder)
    monkeypatch.chdir(tmp_path)
    assert main([*command, "--data-dir", str(folder), "--passphrase-file", str(tmp_path / "unused")]) == 0
    assert str(folder) in capsys.readouterr().out or (tmp_path / "out.json").exists()
