"""Opening the journal: permissions, and every failure case leaves the file byte-for-byte as it was."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from recoveryjournal import paths
from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.models import JournalEntry
from recoveryjournal.store import errors
from recoveryjournal.store.store import Store


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_journal_is_private(tmp_path):
    folder = tmp_path / "nested" / "data"
    with Store.open(folder) as store:
        store.settings.set("x", 1)
        assert mode(folder) == 0o700
        for name in ("journal.sqlite3", "journal.sqlite3-wal", "journal.sqlite3-shm", "journal.lock"):
            assert mode(folder / name) == 0o600, name


def test_data_dir_override_order(tmp_path, monkeypatch):
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "from-env"))
    assert paths.data_dir(tmp_path / "flag") == tmp_path / "flag"
    assert paths.data_dir() == tmp_path / "from-env"
    monkeypatch.delenv(paths.ENV_DATA_DIR)
    assert paths.data_dir().name == "RecoveryJournal"


def existing_journal(folder: Path) -> Path:
    with Store.open(folder) as store:
        for number in range(200):
            store.journal.add(JournalEntry(created_at=now_local(), title=f"Entry {number}", body="words " * 200))
    return paths.database_path(folder)


def assert_refused(folder: Path, error_type: type[errors.StoreError], words: str) -> None:
    path = paths.database_path(folder)
    before = digest(path)
    with pytest.raises(error_type) as raised:
        Store.open(folder)
    assert words in raised.value.message.lower()
    assert digest(path) == before
    assert not paths.backups_dir(folder).exists() or not any(paths.backups_dir(folder).iterdir())


def test_garbage_bytes_are_not_a_journal(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    paths.database_path(folder).write_bytes(os.urandom(4096))
    assert_refused(folder, errors.NotADatabaseError, "not a recovery journal file")


def test_a_text_file_is_not_a_journal(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    paths.database_path(folder).write_text("Dear diary,\nthis is not SQLite.\n")
    assert_refused(folder, errors.NotADatabaseError, "not a recovery journal file")


def test_a_truncated_journal_is_damaged(tmp_path):
    folder = tmp_path / "data"
    path = existing_journal(folder)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    assert_refused(folder, errors.CorruptDatabaseError, "damaged")


def test_a_journal_from_a_newer_version_is_left_alone(tmp_path):
    folder = tmp_path / "data"
    path = existing_journal(folder)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    assert_refused(folder, errors.NewerVersionError, "newer version")


def test_a_second_process_holding_the_journal_is_reported(tmp_path):
    folder = tmp_path / "data"
    path = existing_journal(folder)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys
                from pathlib import Path
                from recoveryjournal.store.store import Store
                store = Store.open(Path({str(folder)!r}))
                print("open", flush=True)
                sys.stdin.read()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        before = digest(path)
        with pytest.raises(errors.AlreadyOpenError) as raised:
            Store.open(folder)
        assert "already open" in raised.value.message
        assert digest(path) == before
    finally:
        holder.stdin.close()
        holder.wait(timeout=20)
    Store.open(folder).close()


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_a_read_only_folder_is_reported(tmp_path):
    folder = tmp_path / "data"
    path = existing_journal(folder)
    for leftover in folder.glob("journal.sqlite3-*"):
        leftover.unlink()
    before = digest(path)
    os.chmod(folder, 0o500)
    try:
        with pytest.raises(errors.ReadOnlyError) as raised:
            Store.open(folder)
        assert "read-only" in raised.value.message
    finally:
        os.chmod(folder, 0o700)
    assert digest(path) == before


def test_a_folder_that_is_a_file_is_reported(tmp_path):
    target = tmp_path / "data"
    target.write_text("not a folder")
    with pytest.raises(errors.ReadOnlyError):
        Store.open(target)
    assert target.read_text() == "not a folder"


def test_a_store_problem_is_told_in_the_language_of_the_moment(tmp_path):
    from recoveryjournal import i18n

    full = sqlite3.OperationalError("database or disk is full")
    english = errors.translate(full, tmp_path)
    assert english.title == "The disk is full" and english.message.startswith("The disk holding your journal is full (")
    with i18n.speaking("es"):
        spanish = errors.translate(full, tmp_path)
        taken = errors.NameTakenError("Caminar")
    assert isinstance(spanish, errors.DiskFullError) and spanish.title == "El disco está lleno"
    assert spanish.message.startswith(f"El disco donde está tu diario está lleno ({tmp_path}).")
    assert str(taken) == "«Caminar» ya está en uso (quizá por algo que está en la papelera)."
    assert errors.translate(sqlite3.OperationalError("no such table: x")) is None  # a bug stays a bug
