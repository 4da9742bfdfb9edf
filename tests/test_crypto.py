"""Encryption at rest: real SQLCipher files, a real key file, the standard sqlite3 module as the curious housemate."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys

import pytest

from recoveryjournal import paths
from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.models import JournalEntry
from recoveryjournal.opening import open_journal
from recoveryjournal.store import backup, crypto, drafts, encryption, errors

FAST = crypto.Kdf(time_cost=1, memory_cost=8192, parallelism=1)


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def unreadable_by_stdlib(path) -> bool:
    try:
        sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()
    except sqlite3.DatabaseError as error:
        return "not a database" in str(error)
    return False


@pytest.fixture
def encrypted_dir(data_dir):
    store = open_journal(data_dir)
    store.journal.add(JournalEntry(created_at=now_local(), title="private", body="words nobody else reads"))
    backup.back_up(store)
    drafts.write_draft(data_dir, "entry-1", "an unsaved draft")
    store.close()
    _, recovery = encryption.encrypt(data_dir, "correct horse", FAST)
    data_dir.joinpath("recovery.txt").write_text(recovery)
    return data_dir


def test_everything_is_encrypted_and_opens_again_with_the_passphrase(encrypted_dir):
    database = paths.database_path(encrypted_dir)
    assert unreadable_by_stdlib(database)
    assert b"words nobody else reads" not in database.read_bytes()
    assert all(unreadable_by_stdlib(path) for path in backup.backup_files(encrypted_dir))
    [draft] = drafts.list_drafts(encrypted_dir)
    assert draft.suffix == drafts.ENCRYPTED and unreadable_by_stdlib(draft)
    assert paths.keyfile_path(encrypted_dir).stat().st_mode & 0o777 == 0o600

    key = crypto.unlock(encrypted_dir, "correct horse")
    store = open_journal(encrypted_dir, key)
    try:
        assert [entry.body for entry in store.journal.recent()] == ["words nobody else reads"]
        assert drafts.read_draft(draft, key) == "an unsaved draft"
        assert all(info.ok for info in backup.list_backups(encrypted_dir, key))
        made = backup.back_up(store)
        assert unreadable_by_stdlib(made)
    finally:
        store.close()


def test_wrong_passphrase_says_so_and_touches_nothing(encrypted_dir):
    files = [paths.database_path(encrypted_dir), paths.keyfile_path(encrypted_dir)]
    before = [digest(path) for path in files]
    with pytest.raises(errors.WrongPassphraseError) as raised:
        crypto.unlock(encrypted_dir, "correct horse ")
    assert "passphrase" in raised.value.message and "not a database" not in raised.value.message
    assert [digest(path) for path in files] == before


def test_a_plain_open_of_an_encrypted_journal_is_refused_untouched(encrypted_dir):
    database = paths.database_path(encrypted_dir)
    before = digest(database)
    with pytest.raises(errors.StoreError):
        open_journal(encrypted_dir)
    assert digest(database) == before


def test_the_recovery_key_unlocks_in_any_spelling(encrypted_dir):
    recovery = encrypted_dir.joinpath("recovery.txt").read_text()
    key = crypto.unlock(encrypted_dir, "correct horse")
    assert crypto.unlock(encrypted_dir, recovery.lower().replace("-", " ")) == key


def test_changing_the_passphrase(encrypted_dir):
    key = crypto.unlock(encrypted_dir, "correct horse")
    encryption.change_passphrase(encrypted_dir, key, "battery staple")
    with pytest.raises(errors.WrongPassphraseError):
        crypto.unlock(encrypted_dir, "correct horse")
    assert crypto.unlock(encrypted_dir, "battery staple") == key
    assert crypto.unlock(encrypted_dir, encrypted_dir.joinpath("recovery.txt").read_text()) == key


def test_removing_the_passphrase_makes_everything_plain_again(encrypted_dir):
    key = crypto.unlock(encrypted_dir, "correct horse")
    encryption.decrypt(encrypted_dir, key)
    assert not paths.is_encrypted(encrypted_dir)
    with sqlite3.connect(paths.database_path(encrypted_dir)) as conn:
        assert conn.execute("SELECT body FROM journal_entries").fetchall() == [("words nobody else reads",)]
    assert all(backup.describe(path, None).ok for path in backup.backup_files(encrypted_dir))
    [draft] = drafts.list_drafts(encrypted_dir)
    assert drafts.read_draft(draft) == "an unsaved draft"
    store = open_journal(encrypted_dir)
    store.close()


def test_a_new_recovery_key_replaces_the_old_one(encrypted_dir):
    old = encrypted_dir.joinpath("recovery.txt").read_text()
    key = crypto.unlock(encrypted_dir, "correct horse")
    new = crypto.replace_recovery_key(encrypted_dir, key)
    assert crypto.unlock(encrypted_dir, new) == key
    with pytest.raises(errors.WrongPassphraseError):
        crypto.unlock(encrypted_dir, old)


def test_restore_of_an_encrypted_backup(encrypted_dir):
    key = crypto.unlock(encrypted_dir, "correct horse")
    store = open_journal(encrypted_dir, key)
    saved = backup.back_up(store)
    store.journal.add(JournalEntry(created_at=now_local(), title="", body="later"))
    store.close()
    backup.restore(encrypted_dir, saved, key)
    assert unreadable_by_stdlib(paths.database_path(encrypted_dir))
    store = open_journal(encrypted_dir, key)
    try:
        assert store.journal.count() == 1
    finally:
        store.close()


def test_sqlcipher_says_nothing_on_stderr_for_a_wrong_key(encrypted_dir):
    script = (
        "import sys; from pathlib import Path\n"
        "from recoveryjournal.store import crypto\n"
        "from recoveryjournal.store.store import Store\n"
        "try:\n"
        "    Store.open(Path(sys.argv[1]), crypto.new_data_key())\n"
        "except Exception as error:\n"
        "    print(type(error).__name__)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(encrypted_dir)], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "NotADatabaseError"
    assert result.stderr == ""


def test_sqlite_utils_internals_see_standard_errors(encrypted_dir):
    """sqlite-utils catches sqlite3.OperationalError itself; on SQLCipher that must still work."""
    store = open_journal(encrypted_dir, crypto.unlock(encrypted_dir, "correct horse"))
    try:
        store.db["no_such_table"].drop(ignore=True)
        assert store.db.supports_strict in (True, False)
        assert list(store.db.query("SELECT 1 AS one")) == [{"one": 1}]
        with pytest.raises(sqlite3.IntegrityError):
            store.db.execute("INSERT INTO settings (key, value) VALUES ('x', NULL)")
    finally:
        store.close()
