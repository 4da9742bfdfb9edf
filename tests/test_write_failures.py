"""Writes that fail keep the words: real processes hit a real file-size limit, or are killed mid-write."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from recoveryjournal import paths
from recoveryjournal.opening import open_journal
from recoveryjournal.store import drafts

pytestmark = pytest.mark.slow

FILL_UNTIL_FULL = textwrap.dedent(
    """
    import resource, signal, sys
    from pathlib import Path
    from recoveryjournal.domain.clock import now_local
    from recoveryjournal.domain.models import JournalEntry
    from recoveryjournal.opening import open_journal
    from recoveryjournal.store import drafts, errors

    folder = Path(sys.argv[1])
    store = open_journal(folder)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    limit = store.path.stat().st_size + 256 * 1024
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    for n in range(10_000):
        text = f"entry {n}: " + "the words matter " * 400
        entry = JournalEntry(created_at=now_local(), title=f"{n}", body=text)
        try:
            drafts.save_keeping_words(store, f"entry-{n}", text, lambda: store.journal.add(entry))
        except errors.StoreError as error:
            print("FAILED", n, type(error).__name__, error.draft, flush=True)
            break
        print("SAVED", n, flush=True)
    """
)


def test_a_full_disk_keeps_earlier_entries_and_the_new_words(data_dir):
    open_journal(data_dir).close()
    result = subprocess.run(
        [sys.executable, "-c", FILL_UNTIL_FULL, str(data_dir)], capture_output=True, text=True, timeout=120
    )
    lines = result.stdout.splitlines()
    assert lines[-1].startswith("FAILED"), result.stdout + result.stderr
    _, failed_n, kind, draft = lines[-1].split(" ", 3)
    assert kind in {"DiskFullError", "WriteFailedError"}
    saved = [int(line.split()[1]) for line in lines if line.startswith("SAVED")]
    assert saved == list(range(int(failed_n)))

    [found] = drafts.list_drafts(data_dir)
    assert str(found) == draft
    assert drafts.read_draft(found) == f"entry {failed_n}: " + "the words matter " * 400

    store = open_journal(data_dir)
    try:
        assert sorted(int(entry.title) for entry in store.journal.recent(limit=10_000)) == saved
    finally:
        store.close()


KEEP_WRITING = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from recoveryjournal.domain.clock import now_local
    from recoveryjournal.domain.models import CheckIn
    from recoveryjournal.opening import open_journal

    store = open_journal(Path(sys.argv[1]))
    n = 0
    while True:
        checkin_id = store.checkins.add(CheckIn(at=now_local(), mood=3, craving=n % 11, note=f"note {n}"))
        print(checkin_id, flush=True)
        n += 1
    """
)


def test_kill_9_during_writes_loses_no_committed_row(data_dir):
    open_journal(data_dir).close()
    process = subprocess.Popen(
        [sys.executable, "-c", KEEP_WRITING, str(data_dir)], stdout=subprocess.PIPE, text=True, bufsize=1
    )
    committed = []
    try:
        for line in process.stdout:
            committed.append(int(line))
            if len(committed) == 300:
                break
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        process.stdout.close()
    assert process.returncode == -signal.SIGKILL
    assert paths.database_path(data_dir).with_name("journal.sqlite3-wal").exists()

    store = open_journal(data_dir)
    try:
        present = {row[0] for row in store.db.execute("SELECT id FROM checkins")}
    finally:
        store.close()
    assert set(committed) <= present
    with sqlite3.connect(paths.database_path(data_dir)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
