"""``recoveryjournal import --dry-run`` writes nothing anywhere: not in a new folder, not beside an existing journal
(plain or encrypted), not even a lock file or the SQLite companions; and it still compares with what is there."""

from __future__ import annotations

from pathlib import Path

import pytest

from recoveryjournal.cli import main
from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.models import JournalEntry
from recoveryjournal.opening import open_journal
from recoveryjournal.store import crypto, encryption

DATA = Path(__file__).parent / "data"
FAST = crypto.Kdf(time_cost=1, memory_cost=8192, parallelism=1)
BEARABLE = str(DATA / "bearable_export.csv")


def snapshot(folder: Path) -> dict[str, tuple[int, int, bytes]]:
    """Every file under ``folder``: its name, mode, bytes and modification time."""
    return {
        str(path.relative_to(folder)): (path.stat().st_mode, path.stat().st_mtime_ns, path.read_bytes())
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def dry_run(folder: Path, *extra: str) -> int:
    return main(["--data-dir", str(folder), *extra, "import", BEARABLE, "--format", "bearable", "--dry-run"])


@pytest.fixture
def journal(tmp_path) -> Path:
    folder = tmp_path / "journal"
    with open_journal(folder) as store:
        store.journal.add(JournalEntry(now_local(), "Day one", "Starting again, gently."))
    return folder


def test_a_dry_run_on_an_existing_journal_changes_no_file_and_still_sees_what_is_already_there(journal, capsys):
    assert main(["--data-dir", str(journal), "import", BEARABLE, "--format", "bearable"]) == 0
    capsys.readouterr()
    before = snapshot(journal)
    assert "journal.sqlite3" in before

    assert dry_run(journal) == 0

    out = capsys.readouterr().out
    assert "Everything in this file is already in your journal" in out
    assert "Nothing was changed (--dry-run)." in out
    assert snapshot(journal) == before


def test_a_dry_run_on_a_journal_that_was_never_given_a_lock_file_creates_none(journal, capsys):
    (journal / "journal.lock").unlink()
    before = snapshot(journal)
    assert dry_run(journal) == 0
    assert "would be added to your journal" in capsys.readouterr().out
    assert snapshot(journal) == before


def test_a_dry_run_on_an_encrypted_journal_unlocks_it_in_memory_and_changes_no_file(journal, tmp_path, capsys):
    encryption.encrypt(journal, "the right words", FAST)
    secret = tmp_path / "passphrase.txt"
    secret.write_text("the right words\n", encoding="utf-8")
    before = snapshot(journal)

    assert dry_run(journal, "--passphrase-file", str(secret)) == 0

    assert "would be added to your journal" in capsys.readouterr().out
    assert snapshot(journal) == before

    secret.write_text("the wrong words\n", encoding="utf-8")
    assert dry_run(journal, "--passphrase-file", str(secret)) == 2
    assert "did not unlock your journal" in capsys.readouterr().err
    assert snapshot(journal) == before


def test_a_dry_run_while_the_journal_is_open_elsewhere_is_refused_and_changes_nothing(journal, capsys):
    with open_journal(journal):
        before = snapshot(journal)
        assert dry_run(journal) == 2
        assert "open on this journal in another window" in capsys.readouterr().err
        assert snapshot(journal) == before


def test_a_dry_run_on_a_journal_not_closed_properly_is_refused_and_changes_nothing(journal, capsys):
    (journal / "journal.sqlite3-wal").write_bytes(b"\0" * 4096)  # its bytes are never read: a log with pages
    before = snapshot(journal)
    assert dry_run(journal) == 2
    assert "not closed properly" in capsys.readouterr().err
    assert snapshot(journal) == before


def test_a_dry_run_in_an_interrupted_encryption_change_is_refused_and_changes_nothing(journal, capsys):
    (journal / "journal.key-change").write_text('{"change": "encrypt"}', encoding="utf-8")
    before = snapshot(journal)
    assert dry_run(journal) == 2
    assert "encryption was interrupted" in capsys.readouterr().err
    assert snapshot(journal) == before


def test_a_dry_run_in_a_new_folder_creates_nothing_at_all(tmp_path, capsys):
    folder = tmp_path / "not-yet"
    assert dry_run(folder) == 0
    assert "there is no journal in that folder yet" in capsys.readouterr().out
    assert list(tmp_path.iterdir()) == []


def test_a_dry_run_of_a_recovery_journal_export_reads_the_journal_without_changing_it(journal, tmp_path, capsys):
    export = tmp_path / "everything.json"
    assert main(["--data-dir", str(journal), "export-data", "--format", "json", "-o", str(export)]) == 0
    before = snapshot(journal)
    assert main(["--data-dir", str(journal), "import", str(export), "--format", "json", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Importing it replaces everything in this journal" in out and "journal_entries: 1" in out
    assert snapshot(journal) == before
