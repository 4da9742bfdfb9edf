"""Restore from the File menu, the idle lock and the unlock dialog, driven like a person."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.models import JournalEntry
from recoveryjournal.opening import open_journal
from recoveryjournal.store import backup, crypto, encryption
from recoveryjournal.ui.app import after_window
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.dialogs.passphrase import UnlockDialog
from recoveryjournal.ui.main_window import MainWindow
from recoveryjournal.ui.safety import install_lock, restore_from_backup

FAST = crypto.Kdf(time_cost=1, memory_cost=8192, parallelism=1)


def test_restore_from_the_menu_reopens_on_the_backup(qtbot, data_dir):
    store = open_journal(data_dir)
    store.journal.add(JournalEntry(created_at=now_local(), title="", body="in the backup"))
    backup.back_up(store)
    store.journal.add(JournalEntry(created_at=now_local(), title="", body="after"))
    window = MainWindow(AppContext(store))
    qtbot.addWidget(window)
    window.show()
    dialog = restore_from_backup(window)
    assert "1 journal entry" in dialog.list.item(0).text()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    after_window(store, window.after_close, None)
    reopened = open_journal(data_dir)
    try:
        assert [entry.body for entry in reopened.journal.recent()] == ["in the backup"]
    finally:
        reopened.close()


def test_unlock_dialog_says_wrong_passphrase_then_opens(qtbot, data_dir):
    open_journal(data_dir).close()
    key, _ = encryption.encrypt(data_dir, "the right words", FAST)
    dialog = UnlockDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClicks(dialog.passphrase, "the wrong words")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.problem.isVisible() and "Wrong passphrase" in dialog.problem.text()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, "the right words")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == UnlockDialog.DialogCode.Accepted and dialog.key == key


def test_idle_lock_hides_everything_until_the_passphrase(qtbot, data_dir):
    open_journal(data_dir).close()
    key, _ = encryption.encrypt(data_dir, "the right words", FAST)
    store = open_journal(data_dir, key)
    store.settings.set("lock_after_minutes", 0.002)
    window = MainWindow(AppContext(store))
    qtbot.addWidget(window)
    window.show()
    install_lock(window)
    lock = window.idle_lock
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    assert lock.overlay.isVisible() and lock.overlay.geometry() == window.rect()
    page_before = window.current_page_key()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == page_before
    qtbot.keyClicks(lock.overlay.passphrase, "nope nope")
    qtbot.keyClick(lock.overlay.passphrase, Qt.Key.Key_Return)
    assert lock.locked and "Wrong passphrase" in lock.overlay.problem.text()
    lock.set_minutes(0)
    qtbot.keyClicks(lock.overlay.passphrase, "the right words")
    qtbot.keyClick(lock.overlay.passphrase, Qt.Key.Key_Return)
    assert not lock.locked and not lock.overlay.isVisible()
    lock.remove()
    window.close()
    store.close()
    assert QApplication.instance() is not None
