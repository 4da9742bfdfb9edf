"""The app at start, as a person meets it: an encryption a crash interrupted is finished once they unlock, and a
missing key file is explained in words, with the journal left where it is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from test_first_run import Script, main_window_alone, shown

from recoveryjournal import paths
from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.models import JournalEntry
from recoveryjournal.opening import open_journal
from recoveryjournal.store import crypto, encryption
from recoveryjournal.store.cipher import is_plaintext
from recoveryjournal.ui.app import run
from recoveryjournal.ui.dialogs.passphrase import UnlockDialog
from recoveryjournal.ui.first_run import NOT_NOW, OFFER_KEY

PASSPHRASE = "a calm blue lake at dawn"
FAST = crypto.Kdf(time_cost=1, memory_cost=8192, parallelism=1)


def settled_journal(folder) -> None:
    store = open_journal(folder)
    store.settings.set(OFFER_KEY, NOT_NOW)
    store.journal.add(JournalEntry(created_at=now_local(), title="kept", body="words written before the crash"))
    store.close()


def unlock(qtbot):
    def type_passphrase(dialog: UnlockDialog) -> None:
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)

    return shown(UnlockDialog), type_passphrase


def test_an_encryption_interrupted_after_its_key_file_is_finished_at_the_next_start(qtbot, data_dir):
    settled_journal(data_dir)
    # What a crash right after the key file was written leaves: the change announced, the key file, a plain journal.
    paths.change_path(data_dir).write_text('{"change": "encrypt"}')
    crypto.create_keyfile(data_dir, crypto.new_data_key(), PASSPHRASE, crypto.new_recovery_key(), FAST)
    journal = paths.database_path(data_dir)
    assert is_plaintext(journal)

    script = Script(unlock(qtbot), (main_window_alone, QWidget.close))
    assert run(data_dir) == 0
    script.check()

    assert not is_plaintext(journal) and not paths.change_pending(data_dir)
    assert encryption.plain_files(data_dir) == []
    store = open_journal(data_dir, crypto.unlock(data_dir, PASSPHRASE))
    try:
        assert [entry.body for entry in store.journal.recent()] == ["words written before the crash"]
    finally:
        store.close()


def test_an_encryption_interrupted_before_its_key_file_is_undone_without_asking(qtbot, data_dir):
    settled_journal(data_dir)
    paths.change_path(data_dir).write_text('{"change": "encrypt"}')

    script = Script((main_window_alone, QWidget.close))
    assert run(data_dir) == 0
    script.check()
    assert not paths.change_pending(data_dir) and not paths.is_encrypted(data_dir)
    assert is_plaintext(paths.database_path(data_dir))


def test_a_missing_key_file_is_explained_and_the_journal_stays(qtbot, data_dir):
    settled_journal(data_dir)
    encryption.encrypt(data_dir, PASSPHRASE, FAST)
    paths.keyfile_path(data_dir).unlink()
    before = sorted(path.name for path in data_dir.iterdir())
    said = []

    def read_and_close(box: QMessageBox) -> None:
        said.append((box.windowTitle(), box.text()))
        box.accept()

    script = Script((shown(QMessageBox), read_and_close))
    assert run(data_dir) == 2
    script.check()
    [(title, text)] = said
    assert "key file" in title and "journal.key is missing" in text and "damaged" not in text
    assert sorted(path.name for path in data_dir.iterdir()) == before
    assert not is_plaintext(paths.database_path(data_dir))


def test_the_passphrase_dialog_lists_files_that_are_not_the_apps_and_will_stay_readable(qtbot, window, data_dir):
    from recoveryjournal.ui.dialogs.passphrase import SetPassphraseDialog
    from recoveryjournal.ui.safety import set_passphrase

    (data_dir / "summary for Dr Lee.pdf").write_bytes(b"%PDF-1.4 my own export")
    dialog = set_passphrase(window)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, SetPassphraseDialog)
    assert dialog.staying.isVisible() and "summary for Dr Lee.pdf" in dialog.staying.text()
    assert "journal.sqlite3" not in dialog.staying.text() and "window.ini" not in dialog.staying.text()


def test_a_backup_of_a_plain_connection_with_a_key_is_a_plain_copy_not_a_type_error(data_dir):
    from recoveryjournal.store import backup
    from recoveryjournal.store.cipher import open_file

    settled_journal(data_dir)
    key = crypto.new_data_key()
    conn = open_file(paths.database_path(data_dir), key, read_only=True)  # the file is plain, so is the connection
    try:
        made = backup.copy_database(conn, data_dir, backup.ON_QUIT, key)
    finally:
        conn.close()
    assert backup.describe(made, None).ok
