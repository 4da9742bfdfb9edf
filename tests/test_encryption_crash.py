"""Setting, changing and removing a passphrase is a transaction: a real process is killed (``os._exit``, no clean-up
of any kind) before each of its file operations in turn, and after each crash the next start finishes or undoes the
change, the journal opens with all its words, and once a passphrase is set no readable copy of them is left anywhere
in the data folder: the whole folder is searched for a marker word."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from recoveryjournal import paths
from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.models import JournalEntry
from recoveryjournal.opening import open_journal
from recoveryjournal.store import backup, crypto, drafts, encryption, errors

pytestmark = pytest.mark.slow

MARKER = "Zanzibarquokka"
OLD, NEW = "old passphrase", "new passphrase"

# Runs one change of encryption, dying on the spot before the CRASH_AT-th operation that changes a file.
CHANGE = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path

    folder, change, crash_at = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    done = 0

    def crashing(operation):
        def call(*args, **kwargs):
            global done
            done += 1
            if done == crash_at:
                os._exit(9)
            return operation(*args, **kwargs)
        return call

    for name in ("replace", "rename", "unlink", "rmdir", "mkdir"):  # each changes what is on disk
        setattr(os, name, crashing(getattr(os, name)))

    from recoveryjournal.store import crypto, encryption

    fast = crypto.Kdf(time_cost=1, memory_cost=8192, parallelism=1)
    if change == "encrypt":
        encryption.encrypt(folder, "new passphrase", fast)
    elif change == "change":
        encryption.change_passphrase(folder, crypto.unlock(folder, "old passphrase"), "new passphrase")
    else:
        encryption.decrypt(folder, crypto.unlock(folder, "old passphrase"))
    print("finished after", done, flush=True)
    """
)


def words_everywhere(folder: Path) -> None:
    """A journal with the marker in an entry, a backup, a draft and a file set aside as damaged."""
    store = open_journal(folder)
    store.journal.add(JournalEntry(created_at=now_local(), title="today", body=f"the word is {MARKER}"))
    backup.back_up(store)
    store.close()
    drafts.write_draft(folder, "entry-1", f"an unsaved {MARKER}")
    damaged = folder / "journal.sqlite3.damaged-20260101-000000-000000"
    damaged.write_bytes(paths.database_path(folder).read_bytes())


def next_start(folder: Path) -> bytes | None:
    """What the app and every command do at start: settle, unlock with whichever passphrase works, finish."""
    encryption.finish_interrupted(folder, None)
    if not paths.is_encrypted(folder):
        return None
    for passphrase in (NEW, OLD):
        try:
            key = crypto.unlock(folder, passphrase)
        except errors.WrongPassphraseError:
            continue
        return encryption.finish_interrupted(folder, key)
    raise AssertionError("neither passphrase unlocks the journal")


def readable_copies(folder: Path) -> list[str]:
    return [
        str(path.relative_to(folder))
        for path in folder.rglob("*")
        if path.is_file() and MARKER.encode() in path.read_bytes()
    ]


def crash_at_every_step(tmp_path: Path, change: str, prepare) -> int:
    template = tmp_path / "template"
    prepare(template)
    step = 0
    while True:
        step += 1
        folder = tmp_path / f"crash-{step}"
        subprocess.run(["cp", "-a", str(template), str(folder)], check=True)
        result = subprocess.run(
            [sys.executable, "-c", CHANGE, str(folder), change, str(step)], capture_output=True, text=True, timeout=120
        )
        assert result.returncode in (0, 9), result.stderr
        key = next_start(folder)
        store = open_journal(folder, key)
        try:
            assert [entry.body for entry in store.journal.recent()] == [f"the word is {MARKER}"], f"step {step}"
        finally:
            store.close()
        assert not paths.change_pending(folder)
        if key is not None:
            assert readable_copies(folder) == [], f"crash before step {step} left words readable"
            assert encryption.plain_files(folder) == []
        [draft] = drafts.list_drafts(folder)
        assert drafts.read_draft(draft, key) == f"an unsaved {MARKER}"
        if result.returncode == 0:
            return step
        subprocess.run(["rm", "-rf", str(folder)], check=True)


def encrypted_with_old_passphrase(folder: Path) -> None:
    words_everywhere(folder)
    encryption.encrypt(folder, OLD, crypto.Kdf(time_cost=1, memory_cost=8192, parallelism=1))


def test_setting_a_passphrase_survives_a_crash_at_every_step(tmp_path):
    steps = crash_at_every_step(tmp_path, "encrypt", words_everywhere)
    assert steps > 10, "the crash points cover the whole change"
    finished = tmp_path / f"crash-{steps}"
    assert paths.is_encrypted(finished)
    sealed = finished / "journal.sqlite3.damaged-20260101-000000-000000.sealed"
    assert sealed.exists() and not sealed.with_suffix("").exists()


def test_changing_the_passphrase_survives_a_crash_at_every_step(tmp_path):
    crash_at_every_step(tmp_path, "change", encrypted_with_old_passphrase)


def test_removing_the_passphrase_survives_a_crash_at_every_step(tmp_path):
    steps = crash_at_every_step(tmp_path, "decrypt", encrypted_with_old_passphrase)
    finished = tmp_path / f"crash-{steps}"
    assert not paths.is_encrypted(finished)
    damaged = finished / "journal.sqlite3.damaged-20260101-000000-000000"
    assert damaged.read_bytes().startswith(b"SQLite format 3"), "the set-aside file came back unchanged"
