"""What every page is handed: the open store, the window settings and a signal that data changed."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from recoveryjournal.store.files import create_private
from recoveryjournal.store.store import Store

if TYPE_CHECKING:
    from recoveryjournal.ui.undo import DeleteUndo


def window_settings(folder: Path | str) -> QSettings:
    """The journal folder's plain settings file (window size, last page, the crisis-line country): readable before
    an encrypted journal is unlocked."""
    path = Path(folder) / "window.ini"
    if path.parent.is_dir():
        create_private(path)  # Qt keeps the mode of the file it rewrites: readable by its owner only
    return QSettings(str(path), QSettings.Format.IniFormat)


class AppContext(QObject):
    """Shared by all pages.

    ``changed`` carries the table name of the kind of record that changed (e.g. "checkins"); ``checkin_saved`` carries
    the saved ``CheckIn`` (help-now listens for high cravings); ``help_now_requested`` opens the help-now panel.
    ``undo`` is the shared stack of deletions: push ``(table, id, label)`` after a soft delete so Ctrl+Z restores it.
    """

    changed = Signal(str)
    status = Signal(str)
    checkin_saved = Signal(object)
    help_now_requested = Signal()

    def __init__(self, store: Store, demo: bool = False) -> None:
        super().__init__()
        self.store = store
        self.demo = demo
        self.settings = window_settings(store.folder)

    @cached_property
    def undo(self) -> DeleteUndo:
        """Made on first use (the Edit menu, once the window is set up), not for the first paint."""
        from recoveryjournal.ui.undo import DeleteUndo

        undo = DeleteUndo(self.store, self)
        undo.restored.connect(lambda table, _record_id: self.notify(table))
        undo.message.connect(self.show_status)
        return undo

    def notify(self, what: str) -> None:
        self.changed.emit(what)

    def show_status(self, message: str) -> None:
        self.status.emit(message)
