"""Verify before SQLite may write: a ``-wal`` left beside the journal by another journal's killed process, or a
damaged one, is set aside unchanged and the journal's main file stays byte-identical; the journal's own log, left
by its own killed process, is kept and applied."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from recoveryjournal import paths
from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.models import JournalEntry
from recoveryjournal.opening import open_journal
from recoveryjournal.store import backup, crypto, encryption
from recoveryjournal.store.files import VERIFYING, companions

pytestmark = pytest.mark.slow

FAST = crypto.Kdf(time_cost=1, memory_cost=8192, parallelism=1)

# Opens a journal, writes, says so, and waits to be killed: the -wal it leaves is a real one.
WRITE_THEN_WAIT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from recoveryjournal.domain.clock import now_local
    from recoveryjournal.domain.models import JournalEntry
    from recoveryjournal.opening import open_journal
    from recoveryjournal.store import crypto

    folder, title, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    key = crypto.unlock(folder, sys.argv[4]) if len(sys.argv) > 4 else None
    store = open_journal(folder, key)
    for n in range(count):
        store.journal.add(JournalEntry(created_at=now_local(), title=f"{title} {n}", body=title + " words " * 50))
    print("written", flush=True)
    sys.stdin.read()
    """
)


def killed_while_open(folder: Path, title: str, count: int, passphrase: str | None = None) -> None:
    """Run a real process that writes to the journal in ``folder`` and kill it with SIGKILL, leaving its -wal."""
    extra = [passphrase] if passphrase else []
    process = subprocess.Popen(
        [sys.executable, "-c", WRITE_THEN_WAIT, str(folder), title, str(count), *extra],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout.readline().strip() == "written"
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        process.stdout.close()
        process.stdin.close()
    assert companions(paths.database_path(folder))[1].stat().st_size > 0


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def healthy_journal(folder: Path, key: bytes | None = None) -> Path:
    store = open_journal(folder, key)
    for n in range(30):
        store.journal.add(JournalEntry(created_at=now_local(), title=f"mine {n}", body="my own words " * 40))
    store.close()
    return paths.database_path(folder)


def titles(store) -> set[str]:
    return {row[0] for row in store.db.execute("SELECT title FROM journal_entries")}


def put_beside(source_folder: Path, journal: Path) -> bytes:
    """Copy another journal's -wal and -shm beside ``journal``; returns the -wal's bytes."""
    for source, target in zip(companions(paths.database_path(source_folder))[1:], companions(journal)[1:], strict=True):
        shutil.copyfile(source, target)
    return companions(journal)[1].read_bytes()


@pytest.mark.parametrize("foreign_entries", [5, 2000], ids=["fresh-log", "log-after-checkpoints"])
def test_a_foreign_wal_from_a_killed_process_is_set_aside_and_the_journal_stays_byte_identical(
    tmp_path, foreign_entries
):
    journal = healthy_journal(tmp_path / "mine")
    other = tmp_path / "other"
    healthy_journal(other)
    killed_while_open(other, "theirs", foreign_entries)
    foreign = put_beside(other, journal)
    before = digest(journal)

    store = open_journal(journal.parent)
    try:
        assert digest(journal) == before
        [notice] = store.notices
        assert "was not applied" in notice and "not touched" in notice
        assert titles(store) == {f"mine {n}" for n in range(30)}
    finally:
        store.close()
    assert digest(journal) == before, "closing wrote nothing of the other journal into the file"
    [aside] = journal.parent.glob("journal.sqlite3.unverified-*-wal")
    assert aside.read_bytes() == foreign
    assert not (journal.parent / VERIFYING).exists()


def test_the_journals_own_wal_from_a_killed_process_is_kept(tmp_path):
    journal = healthy_journal(tmp_path / "mine")
    killed_while_open(journal.parent, "last words", 3)

    store = open_journal(journal.parent)
    try:
        assert store.notices == []
        assert {"last words 0", "last words 2"} <= titles(store)
    finally:
        store.close()
    assert not list(journal.parent.glob("*unverified*"))


def test_a_damaged_wal_is_set_aside_and_the_journal_opens_as_last_saved(tmp_path):
    journal = healthy_journal(tmp_path / "mine")
    killed_while_open(journal.parent, "last words", 3)
    wal = companions(journal)[1]
    spoiled = bytearray(wal.read_bytes())
    spoiled[32 + 24 : 32 + 24 + 4096] = b"\x5a" * 4096  # the first frame's page, checksum no longer matching
    spoiled[:4] = b"LOG!"
    wal.write_bytes(bytes(spoiled))
    before = digest(journal)

    store = open_journal(journal.parent)
    try:
        assert digest(journal) == before
        [notice] = store.notices
        assert "not a SQLite log" in notice
        assert "mine 0" in titles(store)
    finally:
        store.close()
    [aside] = journal.parent.glob("journal.sqlite3.unverified-*-wal")
    assert aside.read_bytes() == bytes(spoiled)


def test_an_encrypted_journal_refuses_a_wal_of_another_encrypted_journal(tmp_path):
    mine, other = tmp_path / "mine", tmp_path / "other"
    for folder in (mine, other):
        healthy_journal(folder)
        key, _ = encryption.encrypt(folder, "correct horse", FAST)
        open_journal(folder, key).close()
    killed_while_open(other, "theirs", 5, "correct horse")
    journal = paths.database_path(mine)
    foreign = put_beside(other, journal)
    before = digest(journal)

    store = open_journal(mine, crypto.unlock(mine, "correct horse"))
    try:
        assert digest(journal) == before
        assert len(store.notices) == 1
        assert titles(store) == {f"mine {n}" for n in range(30)}
    finally:
        store.close()
    [aside] = mine.glob("journal.sqlite3.unverified-*-wal")
    assert aside.read_bytes() == foreign


def test_check_and_the_backup_listing_leave_no_companions_behind(tmp_path, capsys):
    from recoveryjournal.cli import main

    journal = healthy_journal(tmp_path / "mine")
    store = open_journal(journal.parent)
    backup.back_up(store)
    store.close()
    assert main(["check", "--data-dir", str(journal.parent)]) == 0
    assert main(["restore", "--data-dir", str(journal.parent)]) == 0
    left = [path.name for path in journal.parent.rglob("*") if path.name.endswith(("-wal", "-shm"))]
    assert left == []
    assert "healthy" in capsys.readouterr().out


def test_check_sets_a_foreign_wal_aside_and_calls_the_journal_healthy(tmp_path, capsys):
    from recoveryjournal.cli import main

    journal = healthy_journal(tmp_path / "mine")
    other = tmp_path / "other"
    healthy_journal(other)
    killed_while_open(other, "theirs", 5)
    foreign = put_beside(other, journal)
    before = digest(journal)

    assert main(["check", "--data-dir", str(journal.parent)]) == 0
    out, err = capsys.readouterr()
    assert "is healthy: 30 journal entries" in out
    assert "was not applied" in err and "damaged" not in out + err
    assert digest(journal) == before
    [aside] = journal.parent.glob("journal.sqlite3.unverified-*-wal")
    assert aside.read_bytes() == foreign


def test_the_app_tells_the_person_and_quitting_leaves_the_journal_byte_identical(qtbot, tmp_path):
    from PySide6.QtWidgets import QMessageBox
    from test_first_run import Script, shown

    from recoveryjournal.ui.app import run
    from recoveryjournal.ui.first_run import NOT_NOW, OFFER_KEY

    journal = healthy_journal(tmp_path / "mine")
    store = open_journal(journal.parent)
    store.settings.set(OFFER_KEY, NOT_NOW)
    store.close()
    other = tmp_path / "other"
    healthy_journal(other)
    killed_while_open(other, "theirs", 5)
    put_beside(other, journal)
    before = digest(journal)
    told = []

    def read_then_quit(box: QMessageBox) -> None:
        told.append(box.text())
        box.accept()
        box.parent().close()

    script = Script((shown(QMessageBox, "opening_notices"), read_then_quit))
    assert run(journal.parent) == 0
    script.check()
    assert "was not applied" in told[0] and "moved aside, unchanged" in told[0]
    assert digest(journal) == before
