"""The start-up health check and the day's backup, run off the GUI thread so the window shows without waiting.

Issue 8 asks for ``PRAGMA quick_check`` on opening and before every backup, and that a damaged file is never written
to. The app opens the journal with the cheap checks only (``open_journal(check_health=False)``), shows the window,
then runs the check here on a read-only connection of the worker's own, followed by the once-a-day backup, which
only reads the journal and writes a new file. Nothing here writes to the journal. When the check finds damage, the
GUI thread stops every write to the journal (``PRAGMA query_only``) and offers the newest good backup, as it does
when damage is found at opening.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QThread, Signal
from PySide6.QtWidgets import QMainWindow

from recoveryjournal.store import backup, errors
from recoveryjournal.store.cipher import open_file
from recoveryjournal.store.db import check_health

if TYPE_CHECKING:  # QMessageBox loads only when a problem is shown (its type costs ~2 ms at start)
    from PySide6.QtWidgets import QMessageBox

    from recoveryjournal.store.store import Store


class HealthCheck(QThread):
    """Checks the open journal and takes the day's backup; reports back to the GUI thread through signals."""

    damaged = Signal(object, object)  # the CorruptDatabaseError, and the newest good backup (a Path) or None
    failed = Signal(object)  # the exception that stopped the backup

    def __init__(self, window: QMainWindow, store: Store) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.folder, self.path, self.key = store.folder, store.path, store.key
        self.box: QMessageBox | None = None
        self.damaged.connect(self._on_damaged)
        self.failed.connect(self._on_failed)

    def run(self) -> None:
        try:
            check_health(self.path, self.key)
        except errors.CorruptDatabaseError as error:
            self.damaged.emit(error, backup.newest_good(self.folder, self.key))
            return
        if backup.backed_up_today(self.folder):
            return
        try:
            conn = open_file(self.path, self.key, read_only=True)
            try:
                backup.copy_database(conn, self.folder, backup.DAILY, self.key)
            finally:
                conn.close()
        except errors.StoreError as error:
            self.failed.emit(error)
        except Exception as error:  # handed to the GUI thread, which shows it or raises it there
            self.failed.emit(errors.translate(error, self.path) or error)

    def _on_failed(self, error: Exception) -> None:
        if not isinstance(error, errors.StoreError):
            raise error  # a bug: the crash dialog, on the GUI thread
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.window, error.title, error.message)

    def _on_damaged(self, error: errors.CorruptDatabaseError, newest: Path | None) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.store.refuse_writes()
        if newest is None:
            self.box = QMessageBox(QMessageBox.Icon.Critical, error.title, error.message, parent=self.window)
            self.box.setInformativeText(self.tr("No good backup was found. Recovery Journal will close now."))
            self.box.finished.connect(self.window.close)
        else:
            self.box = damage_box(error, newest)
            self.box.setParent(self.window, self.box.windowFlags())
            self.box.finished.connect(lambda _result: self._answered(newest))
        self.box.open()

    def _answered(self, newest: Path) -> None:
        if self.box is not None and self.box.clickedButton() is self.box.restore_button:
            from recoveryjournal.ui.safety import reopen_after

            def restore(folder: Path, key: bytes | None) -> bytes | None:
                backup.restore(folder, newest, key)  # sets the damaged file aside, unchanged
                return key

            reopen_after(self.window, restore)
        else:
            self.window.close()


def damage_box(error: errors.StoreError, newest: Path) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, error.title, error.message)
    box.setInformativeText(
        QCoreApplication.translate("Health", "The newest good backup is {name}. Restore it now?").format(
            name=newest.name
        )
    )
    box.restore_button = box.addButton(
        QCoreApplication.translate("Health", "Restore newest backup"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("Health", "Quit"), QMessageBox.ButtonRole.RejectRole)
    return box


def check_in_background(window: QMainWindow, store: Store) -> HealthCheck:
    check = HealthCheck(window, store)
    check.start(QThread.Priority.LowPriority)
    return check
