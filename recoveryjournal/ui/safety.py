"""File-menu actions for restoring a backup and for the passphrase and app lock.

Anything that replaces the journal file (restore, turning encryption on or off) runs while the journal is closed:
the window records what to do in ``after_close`` and closes; ``ui.app.run`` does it and reopens the journal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from recoveryjournal.store import backup, encryption
from recoveryjournal.ui.dialogs.passphrase import (
    DEFAULT_LOCK_MINUTES,
    LOCK_MINUTES_KEY,
    LockSettingsDialog,
    SetPassphraseDialog,
    show_recovery_key,
)
from recoveryjournal.ui.dialogs.restore import RestoreDialog

# Runs with the journal closed: (data folder, current data key) -> the data key to reopen with.
AfterClose = Callable[[Path, bytes | None], bytes | None]


def add_safety_actions(window: QMainWindow) -> None:
    window.after_close = None
    window.idle_lock = None
    window.restore_action = window.add_action(
        window.file_menu,
        QCoreApplication.translate("Safety", "&Restore from backup…"),
        lambda: restore_from_backup(window),
    )
    menu = window.file_menu.addMenu(QCoreApplication.translate("Safety", "Passphrase and &lock"))
    window.set_passphrase_action = window.add_action(
        menu, QCoreApplication.translate("Safety", "Set or change passphrase…"), lambda: set_passphrase(window)
    )
    window.remove_passphrase_action = window.add_action(
        menu, QCoreApplication.translate("Safety", "Remove passphrase…"), lambda: remove_passphrase(window)
    )
    window.lock_after_action = window.add_action(
        menu, QCoreApplication.translate("Safety", "Lock after…"), lambda: lock_after(window)
    )
    window.lock_now_action = window.add_action(
        menu, QCoreApplication.translate("Safety", "Lock now"), lambda: window.idle_lock.lock(), "Ctrl+Shift+L"
    )
    window.lock_now_action.setEnabled(False)  # until the lock is installed, once the window is set up
    menu.aboutToShow.connect(lambda: _update_menu(window))
    _update_menu(window)


def _update_menu(window: QMainWindow) -> None:
    encrypted = window.context.store.key is not None
    window.remove_passphrase_action.setEnabled(encrypted)
    window.lock_after_action.setEnabled(encrypted)
    window.lock_now_action.setEnabled(window.idle_lock is not None)
    window.lock_now_action.setText(
        QCoreApplication.translate("Safety", "Lock now")
        if encrypted
        else QCoreApplication.translate("Safety", "Hide the screen now")
    )


def reopen_after(window: QMainWindow, action: AfterClose) -> None:
    window.after_close = action
    window.close()


def restore_from_backup(window: QMainWindow) -> RestoreDialog:
    store = window.context.store
    dialog = RestoreDialog(backup.list_backups(store.folder, store.key), window)

    def restore_chosen() -> None:
        chosen = dialog.chosen()

        def action(folder: Path, key: bytes | None) -> bytes | None:
            backup.restore(folder, chosen, key)
            return key

        reopen_after(window, action)

    dialog.accepted.connect(restore_chosen)
    dialog.open()
    return dialog


def set_passphrase(window: QMainWindow) -> SetPassphraseDialog:
    store = window.context.store
    encrypted = store.key is not None
    staying = [] if encrypted else encryption.not_the_apps(store.folder)
    dialog = SetPassphraseDialog(
        QCoreApplication.translate("Safety", "Change passphrase")
        if encrypted
        else QCoreApplication.translate("Safety", "Set a passphrase"),
        window,
        staying,
    )

    def chosen() -> None:
        passphrase = dialog.passphrase()
        if encrypted:
            backup.back_up(store)
            encryption.change_passphrase(store.folder, store.key, passphrase)
            window.context.show_status(
                QCoreApplication.translate("Safety", "Passphrase changed. Your recovery key still works.")
            )
            return

        def action(folder: Path, key: bytes | None) -> bytes | None:
            new_key, recovery_key = encryption.encrypt(folder, passphrase)
            show_recovery_key(None, recovery_key).exec()
            return new_key

        reopen_after(window, action)

    dialog.accepted.connect(chosen)
    dialog.open()
    return dialog


def remove_passphrase(window: QMainWindow) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Safety", "Remove passphrase"),
        QCoreApplication.translate(
            "Safety",
            "Remove the passphrase? Your journal, backups and drafts will be stored unencrypted, so anyone who can "
            "use this computer account could read them. Recovery Journal reopens afterwards.",
        ),
        QMessageBox.StandardButton.Cancel,
        window,
    )
    remove = box.addButton(QCoreApplication.translate("Safety", "Remove passphrase"), QMessageBox.ButtonRole.AcceptRole)

    def clicked(button) -> None:
        if button is remove:
            reopen_after(window, lambda folder, key: encryption.decrypt(folder, key))

    box.buttonClicked.connect(clicked)
    box.open()
    return box


def lock_after(window: QMainWindow) -> LockSettingsDialog:
    settings = window.context.store.settings
    dialog = LockSettingsDialog(settings.get(LOCK_MINUTES_KEY, DEFAULT_LOCK_MINUTES), window)

    def chosen() -> None:
        settings.set(LOCK_MINUTES_KEY, dialog.minutes.value())
        if window.idle_lock is not None:
            window.idle_lock.set_minutes(dialog.minutes.value())

    dialog.accepted.connect(chosen)
    dialog.open()
    return dialog


def install_lock(window: QMainWindow) -> None:
    """Give the window its lock (Ctrl+Shift+L): with a passphrase the real lock, also after the person's chosen idle
    time; without one, the privacy screen."""
    from recoveryjournal.ui.crisis import journal_crisis_lines
    from recoveryjournal.ui.lock import IdleLock

    store = window.context.store
    if window.idle_lock is not None:
        return
    minutes = store.settings.get(LOCK_MINUTES_KEY, DEFAULT_LOCK_MINUTES)
    window.idle_lock = IdleLock(window, store.folder, store.key, minutes, lambda: journal_crisis_lines(store))
    _update_menu(window)
