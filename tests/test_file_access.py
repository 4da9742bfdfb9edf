"""Permission is not damage, and a key file is not the journal: each case has its own message naming the file and
what to do, nothing is moved aside or rolled back, and no file mode is changed.

Root ignores file modes, so the permission cases run the real command as the unprivileged ``nobody`` account
(``setpriv``); they are skipped where that is not possible.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from recoveryjournal import paths
from recoveryjournal.cli import main
from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.models import JournalEntry
from recoveryjournal.opening import open_journal
from recoveryjournal.store import backup, crypto, encryption, errors
from recoveryjournal.store.files import companions

FAST = crypto.Kdf(time_cost=1, memory_cost=8192, parallelism=1)
PASSPHRASE = "correct horse"

can_drop_privileges = pytest.mark.skipif(
    os.name == "nt" or not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("setpriv") is None,
    reason="needs root and setpriv to run the command as an unprivileged account",
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def journal_with_backup(folder: Path, entries: int = 3) -> Path:
    store = open_journal(folder)
    for n in range(entries):
        store.journal.add(JournalEntry(created_at=now_local(), title=f"entry {n}", body="my words " * 30))
    backup.back_up(store)
    store.close()
    return paths.database_path(folder)


@pytest.fixture
def encrypted(data_dir: Path) -> Path:
    journal_with_backup(data_dir)
    encryption.encrypt(data_dir, PASSPHRASE, FAST)
    data_dir.joinpath("..", "passphrase.txt").resolve().write_text(PASSPHRASE)
    return data_dir


def passphrase_file(folder: Path) -> str:
    return str(folder.parent / "passphrase.txt")


def test_a_missing_key_file_is_its_own_message_and_the_journal_stays_in_place(encrypted, capsys):
    journal = paths.database_path(encrypted)
    key_file = paths.keyfile_path(encrypted)
    saved = key_file.read_bytes()
    key_file.unlink()
    before = sorted(path.name for path in encrypted.iterdir())

    with pytest.raises(errors.KeyFileError) as raised:
        open_journal(encrypted)
    assert "journal.key is missing" in raised.value.message and "not been changed or moved" in raised.value.message
    assert main(["check", "--data-dir", str(encrypted)]) == 2
    err = capsys.readouterr().err
    assert "journal.key is missing" in err and "damaged" not in err and "not a database" not in err
    assert sorted(path.name for path in encrypted.iterdir()) == before, "nothing moved aside or created"

    key_file.write_bytes(saved)
    store = open_journal(encrypted, crypto.unlock(encrypted, PASSPHRASE))
    try:
        assert store.journal.count() == 3
    finally:
        store.close()
    assert journal.exists() and not list(encrypted.glob("*damaged*"))


@pytest.mark.parametrize(
    "spoil",
    [
        lambda content: "{ this is not json",
        lambda content: json.dumps({**content, "kdf": {**content["kdf"], "memory_cost": 0}}),
        lambda content: json.dumps({**content, "kdf": {**content["kdf"], "time_cost": 10**9}}),
        lambda content: json.dumps({**content, "kdf": {**content["kdf"], "parallelism": 16, "memory_cost": 64}}),
        lambda content: json.dumps({**content, "slots": {"passphrase": {"salt": "00", "wrapped": "zz", "check": ""}}}),
    ],
    ids=["not-json", "no-memory", "endless-time", "impossible-parallelism", "broken-slot"],
)
def test_a_damaged_or_tampered_key_file_is_a_clear_message_without_a_traceback(encrypted, spoil):
    key_file = paths.keyfile_path(encrypted)
    key_file.write_text(spoil(json.loads(key_file.read_text())))
    journal_before = digest(paths.database_path(encrypted))

    with pytest.raises(errors.KeyFileError) as raised:
        crypto.unlock(encrypted, PASSPHRASE)
    assert "key file" in raised.value.message and "damaged" in raised.value.message
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "recoveryjournal",
            "check",
            "--data-dir",
            str(encrypted),
            "--passphrase-file",
            passphrase_file(encrypted),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "key file" in result.stderr
    assert digest(paths.database_path(encrypted)) == journal_before


def test_unlock_with_a_damaged_key_file_says_so_in_the_dialog(qtbot, encrypted):
    from PySide6.QtCore import Qt

    from recoveryjournal.ui.dialogs.passphrase import UnlockDialog

    paths.keyfile_path(encrypted).write_text("{ damaged")
    dialog = UnlockDialog(encrypted)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.key is None
    assert "key file" in dialog.problem.text() and dialog.problem.isVisible()


def test_a_journal_path_that_is_a_folder_is_named(data_dir, capsys):
    paths.database_path(data_dir).mkdir(parents=True)
    with pytest.raises(errors.AccessError) as raised:
        open_journal(data_dir)
    assert "is a folder" in raised.value.message
    assert main(["backup", "--data-dir", str(data_dir)]) == 2
    assert "is a folder" in capsys.readouterr().err
    assert paths.database_path(data_dir).is_dir()


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_a_read_only_journal_file_keeps_its_mode_and_is_called_read_only(data_dir):
    journal = journal_with_backup(data_dir)
    os.chmod(journal, 0o400)
    before = digest(journal)
    with pytest.raises(errors.AccessError) as raised:
        open_journal(data_dir)
    assert "read-only" in raised.value.message and "restore" not in raised.value.message.lower()
    assert stat.S_IMODE(journal.stat().st_mode) == 0o400
    assert digest(journal) == before


# The permission cases, as an unprivileged account.


@pytest.fixture
def shared_folder():
    """A data folder the ``nobody`` account owns and can reach (pytest's own tmp_path is private to root)."""
    top = Path(tempfile.mkdtemp(prefix="recoveryjournal-access-"))
    os.chmod(top, 0o755)
    try:
        yield top / "data"
    finally:
        shutil.rmtree(top)


def give_to_nobody(folder: Path) -> None:
    import pwd

    nobody = pwd.getpwnam("nobody")
    for path in [folder, *folder.rglob("*")]:
        os.chown(path, nobody.pw_uid, nobody.pw_gid)


def as_nobody(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            "setpriv",
            "--reuid=nobody",
            "--regid=nogroup",
            "--clear-groups",
            "--",
            sys.executable,
            "-m",
            "recoveryjournal",
            *arguments,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd="/",
    )


def refused_plainly(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in result.stderr, result.stderr
    for advice in ("is damaged", "restore", "Something went wrong"):
        assert advice not in result.stderr, result.stderr


def modes(folder: Path) -> dict[str, int]:
    return {str(path): stat.S_IMODE(path.stat().st_mode) for path in [folder, *folder.rglob("*")]}


@can_drop_privileges
@pytest.mark.parametrize("command", ["check", "backup"])
def test_an_unreadable_journal_is_named_and_left_alone(shared_folder, command):
    journal = journal_with_backup(shared_folder)
    give_to_nobody(shared_folder)
    os.chmod(journal, 0o000)
    before, mode_before = digest(journal), modes(shared_folder)

    result = as_nobody(command, "--data-dir", str(shared_folder))

    refused_plainly(result, f"not allowed to read the file {journal}", "not damaged", "chmod u+rw")
    assert digest(journal) == before and modes(shared_folder) == mode_before
    assert not list(shared_folder.glob("*damaged*"))


@can_drop_privileges
def test_a_wal_owned_by_another_account_is_named_with_its_owner(shared_folder):
    journal = journal_with_backup(shared_folder)
    give_to_nobody(shared_folder)
    wal = companions(journal)[1]
    wal.write_bytes(b"")  # an empty log, as SQLite leaves one, but root's
    os.chmod(wal, 0o600)
    before = digest(journal)

    result = as_nobody("backup", "--data-dir", str(shared_folder))

    refused_plainly(result, str(wal), "belongs to the account 'root'", "sudo chown nobody")
    assert digest(journal) == before and wal.exists() and wal.stat().st_uid == 0


@can_drop_privileges
def test_a_read_only_folder_is_named_and_nothing_changes(shared_folder):
    journal = journal_with_backup(shared_folder)
    give_to_nobody(shared_folder)
    os.chmod(shared_folder, 0o500)
    before, mode_before = digest(journal), modes(shared_folder)

    result = as_nobody("backup", "--data-dir", str(shared_folder))

    refused_plainly(result, f"Your journal folder {shared_folder} is read-only")
    assert digest(journal) == before and modes(shared_folder) == mode_before


@can_drop_privileges
@pytest.mark.parametrize("command", [["check"], ["backup"], ["restore"]])
def test_an_unreadable_backups_folder_is_named(shared_folder, command):
    journal = journal_with_backup(shared_folder)
    give_to_nobody(shared_folder)
    backups = paths.backups_dir(shared_folder)
    os.chmod(backups, 0o000)
    before = digest(journal)

    result = as_nobody(*command, "--data-dir", str(shared_folder))

    refused_plainly(result, f"not allowed to read the folder {backups}", "not damaged")
    assert digest(journal) == before and stat.S_IMODE(backups.stat().st_mode) == 0


@can_drop_privileges
def test_a_read_only_journal_as_its_owner_is_called_read_only_and_keeps_0400(shared_folder):
    journal = journal_with_backup(shared_folder)
    give_to_nobody(shared_folder)
    os.chmod(journal, 0o400)
    before = digest(journal)

    result = as_nobody("backup", "--data-dir", str(shared_folder))

    refused_plainly(result, f"The file {journal} is read-only", "chmod u+rw")
    assert digest(journal) == before and stat.S_IMODE(journal.stat().st_mode) == 0o400


def test_a_journal_file_message_reaches_the_window_in_spanish(qtbot, encrypted):
    """The store's own messages go through translation: the unlock dialog says in Spanish that the key file is
    damaged, naming it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from recoveryjournal.ui.dialogs.passphrase import UnlockDialog
    from recoveryjournal.ui.translation import install_language

    paths.keyfile_path(encrypted).write_text("{ damaged")
    install_language(QApplication.instance(), "es")
    try:
        dialog = UnlockDialog(encrypted)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.key is None
        expected = f"El archivo de clave {paths.keyfile_path(encrypted)} que abre tu diario está dañado"
        assert expected in dialog.problem.text()
    finally:
        install_language(QApplication.instance(), "en")
