"""A real app process for the crash test: open the main window on a data folder, type into a new journal entry and
stay running until killed. Prints READY after the last keystroke; it never waits for the save itself.

Usage: python tests/journal_typing_app.py DATA_DIR TEXT [--close-on-terminate]
With the flag, SIGTERM closes the window as the app does (``ui.app.close_on_terminate``) instead of killing it.
"""

from __future__ import annotations

import os
import sys
from contextlib import nullcontext
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from recoveryjournal.opening import open_journal
from recoveryjournal.ui.app import application, close_on_terminate
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.main_window import MainWindow


def main() -> None:
    folder, text = Path(sys.argv[1]), sys.argv[2]
    app = application()
    store = open_journal(folder)
    terminate = close_on_terminate(app) if "--close-on-terminate" in sys.argv[3:] else nullcontext()
    with terminate:
        window = MainWindow(AppContext(store))
        window.show()
        page = window.show_page("journal")
        QTest.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(page.editor.body, text)
        print("READY", flush=True)
        QTimer.singleShot(60_000, app.quit)
        app.exec()
    store.close()


if __name__ == "__main__":
    main()
