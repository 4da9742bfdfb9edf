"""``recoveryjournal backup``, ``restore`` and ``check`` run as real commands on real files."""

from __future__ import annotations

import subprocess
import sys

from recoveryjournal import paths
from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.models import JournalEntry
from recoveryjournal.opening import open_journal
from recoveryjournal.store import backup, crypto, encryption


def cli(data_dir, *args, **kwargs):
    return subprocess.run(
        [sys.executable, "-m", "recoveryjournal", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        **kwargs,
    )


def make_journal(data_dir, body="words"):
    store = open_journal(data_dir)
    store.journal.add(JournalEntry(created_at=now_local(), title="", body=body))
    store.close()


def test_backup_check_and_restore(data_dir):
    make_journal(data_dir)
    made = cli(data_dir, "backup")
    assert made.returncode == 0, made.stderr
    [saved] = backup.backup_files(data_dir)
    assert str(saved) in made.stdout

    checked = cli(data_dir, "check")
    assert checked.returncode == 0 and "1 journal entry" in checked.stdout

    listed = cli(data_dir, "restore")
    assert str(saved) in listed.stdout

    store = open_journal(data_dir)
    store.journal.add(JournalEntry(created_at=now_local(), title="", body="more"))
    store.close()
    restored = cli(data_dir, "restore", str(saved))
    assert restored.returncode == 0, restored.stderr
    store = open_journal(data_dir)
    try:
        assert store.journal.count() == 1
    finally:
        store.close()


def test_check_fails_on_damage_and_points_to_the_backup(data_dir):
    make_journal(data_dir)
    assert cli(data_dir, "backup").returncode == 0
    database = paths.database_path(data_dir)
    database.write_bytes(database.read_bytes()[:3000])
    before = database.read_bytes()
    checked = cli(data_dir, "check")
    assert checked.returncode == 1
    assert "damaged" in checked.stderr and "recoveryjournal restore" in checked.stdout
    assert database.read_bytes() == before

    made = cli(data_dir, "backup")
    assert made.returncode == 2 and "recoveryjournal restore" in made.stderr


def test_encrypted_journal_with_passphrase_file(data_dir, tmp_path):
    make_journal(data_dir)
    encryption.encrypt(data_dir, "a long passphrase", crypto.Kdf(time_cost=1, memory_cost=8192, parallelism=1))
    secret = tmp_path / "secret"
    secret.write_text("a long passphrase\n")
    checked = cli(data_dir, "--passphrase-file", str(secret), "check")
    assert checked.returncode == 0 and "healthy" in checked.stdout

    secret.write_text("not it\n")
    wrong = cli(data_dir, "--passphrase-file", str(secret), "check")
    assert wrong.returncode == 2 and "passphrase" in wrong.stderr and "not a database" not in wrong.stderr

    no_terminal = cli(data_dir, "backup")
    assert no_terminal.returncode == 2 and "--passphrase-file" in no_terminal.stderr
