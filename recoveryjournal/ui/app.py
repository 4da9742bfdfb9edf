"""Starting the GUI: one QApplication, a plain dialog for problems with the journal file, a crash dialog for bugs."""

from __future__ import annotations

import sys
import traceback
from importlib import resources
from pathlib import Path
from types import TracebackType

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from recoveryjournal.store.errors import StoreError


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Recovery Journal")
    app.setOrganizationName("RecoveryJournal")
    app.setApplicationDisplayName("Recovery Journal")
    app.setDesktopFileName("recoveryjournal")
    app.setWindowIcon(QIcon(str(resources.files("recoveryjournal.resources") / "icons" / "recoveryjournal.svg")))
    return app


def show_store_error(error: StoreError) -> None:
    application()
    QMessageBox.critical(None, error.title, error.message)


def install_crash_dialog() -> None:
    """Unexpected exceptions are bugs: show them plainly instead of vanishing, and keep the app running."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        sys.__stderr__.write(details)
        if isinstance(value, StoreError):
            QMessageBox.warning(None, value.title, value.message)
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical, "Something went wrong", "Recovery Journal hit an unexpected problem."
        )
        box.setInformativeText("Everything you saved before this is safe. The details below help fix the problem.")
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = hook


def run(folder: Path, demo: bool = False) -> int:
    """Open the journal in ``folder`` and run the window until the person quits."""
    from recoveryjournal.opening import open_journal

    app = application()
    try:
        store = open_journal(folder)
    except StoreError as error:
        print(f"recoveryjournal: {error.message}", file=sys.stderr)
        show_store_error(error)
        return 2
    from recoveryjournal.ui.context import AppContext
    from recoveryjournal.ui.main_window import MainWindow

    install_crash_dialog()
    context = AppContext(store, demo=demo)
    window = MainWindow(context)
    window.show()
    try:
        return app.exec()
    finally:
        store.close()
