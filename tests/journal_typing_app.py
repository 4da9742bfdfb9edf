"""A real app process for the crash test: open the main window on a data folder, type into a new journal entry and
stay running until killed. Prints READY after the last keystroke; it never waits for the save itself.

Usage: python tests/journal_typing_app.py DATA_DIR TEXT [--close-on-terminate] [--steady]
With ``--close-on-terminate``, SIGTERM closes the window as the app does (``ui.app.close_on_terminate``) instead of
killing it. With ``--steady`` it prints READY at once and then types TEXT over and over, one key every
``STEADY_MS``, as a person who never pauses; after each key it prints ``TYPED <count> <time.monotonic()>``.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app_process import run_typing_app
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

STEADY_MS = 40


def type_steadily(edit: QWidget, text: str) -> QTimer:
    """One key of ``text`` (repeated) every ``STEADY_MS``, each reported with the moment it was typed."""
    typed = [0]

    def next_key() -> None:
        QTest.keyClicks(edit, text[typed[0] % len(text)])
        typed[0] += 1
        print("TYPED", typed[0], time.monotonic(), flush=True)

    timer = QTimer(edit)
    timer.timeout.connect(next_key)
    timer.start(STEADY_MS)
    return timer


def main() -> None:
    folder, text, flags = Path(sys.argv[1]), sys.argv[2], sys.argv[3:]

    def type_into(window) -> None:
        page = window.show_page("journal")
        QTest.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        if "--steady" in flags:
            type_steadily(page.editor.body, text)
        else:
            QTest.keyClicks(page.editor.body, text)

    run_typing_app(folder, type_into, "--close-on-terminate" in flags)


if __name__ == "__main__":
    main()
