"""Damage is found and never spread: once backups exist, a bad journal file is set aside untouched, never replaced
by a fresh empty journal, and the newest good backup is offered."""

from __future__ import annotations

import hashlib

import pytest

from recoveryjournal import paths
from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.models import JournalEntry
from recoveryjournal.opening import open_journal
from recoveryjournal.store import backup, errors


@pytest.fixture
def backed_up(data_dir):
    store = open_journal(data_dir)
    for n in range(40):
        store.journal.add(JournalEntry(created_at=now_local(), title=f"{n}", body="words " * 200))
    good = backup.back_up(store)
    store.close()
    return data_dir, good


def corrupt(path):
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 6] = b"\xa5" * (4096 * 4)
    path.write_bytes(bytes(data))


def truncate(path):
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3 + 100])


def empty(path):
    path.write_bytes(b"")


def garbage(path):
    path.write_bytes(b"this is a shopping list, not a journal\n" * 100)


@pytest.mark.parametrize("spoil", [corrupt, truncate, empty, garbage])
def test_a_spoiled_file_is_set_aside_byte_for_byte_and_a_backup_offered(backed_up, spoil):
    folder, good = backed_up
    database = paths.database_path(folder)
    spoil(database)
    before = hashlib.sha256(database.read_bytes()).hexdigest()

    with pytest.raises(errors.DamagedJournalError) as raised:
        open_journal(folder)

    moved = raised.value.moved_to
    assert moved is not None and moved.parent == folder and ".damaged-" in moved.name
    assert hashlib.sha256(moved.read_bytes()).hexdigest() == before
    assert not database.exists(), "no fresh empty journal was created in its place"
    assert "moved aside" in raised.value.message
    assert backup.newest_good(folder, None) == good


def test_a_missing_file_with_backups_is_not_started_afresh(backed_up):
    folder, _ = backed_up
    paths.database_path(folder).unlink()
    with pytest.raises(errors.DamagedJournalError) as raised:
        open_journal(folder)
    assert "missing" in raised.value.message
    assert not paths.database_path(folder).exists()
    backup.restore(folder, backup.newest_good(folder, None), None)
    store = open_journal(folder)
    try:
        assert store.journal.count() == 40
    finally:
        store.close()


def test_the_newest_good_backup_skips_damaged_ones(backed_up):
    folder, good = backed_up
    newer = backup.new_backup_path(folder, "manual")
    newer.write_bytes(good.read_bytes()[:5000])
    assert backup.newest_good(folder, None) == good


def test_without_backups_a_new_empty_file_is_still_a_new_journal(data_dir):
    data_dir.mkdir()
    paths.database_path(data_dir).write_bytes(b"")
    store = open_journal(data_dir)
    store.close()
