"""A real app process for the locale test: every crisis card the app shows, printed as JSON, under whatever locale
the environment gives (the test runs it with ``LANG=C``, and with a country's locale). Keys are real key events.

Usage: python tests/crisis_cards_app.py DATA_DIR
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from recoveryjournal.opening import open_journal
from recoveryjournal.ui.app import application
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.crisis import CountryDialog
from recoveryjournal.ui.dialogs.lapse import LapseDialog
from recoveryjournal.ui.main_window import MainWindow
from recoveryjournal.ui.safety import install_lock


def main() -> None:
    app = application()
    store = open_journal(Path(sys.argv[1]))
    window = MainWindow(AppContext(store))
    window.show()
    QTest.qWaitForWindowExposed(window)
    install_lock(window)
    cards = {"locale": QLocale.system().name()}

    QTest.keyClick(window.windowHandle(), Qt.Key.Key_F1)
    panel = window.help_now.panel
    cards["help"] = panel.crisis.text()
    store.settings.set("crisis_line", {"name": "Night line", "number": "0800 555 123"})
    panel.refresh()
    cards["own line"] = panel.crisis.text()
    QTest.mouseClick(panel.edit_crisis_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(panel.reset_crisis_button, Qt.MouseButton.LeftButton)
    cards["after use the default"] = panel.crisis.text()
    panel.close_panel()

    QTest.keyClick(window.windowHandle(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    QTest.qWait(50)
    lapse = QApplication.activeModalWidget()
    cards["lapse"] = lapse.crisis_line.text() if isinstance(lapse, LapseDialog) else ""
    lapse.reject()

    QTest.keyClick(
        window.windowHandle(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    cards["lock screen"] = window.idle_lock.overlay.help_line.text()
    window.idle_lock.unlock()

    country = CountryDialog(store, window)
    cards["country asked"] = country.country.currentData()
    cards["country preview"] = country.preview.text()
    print(json.dumps(cards))
    window.idle_lock.remove()
    window.close()
    store.close()
    app.quit()


if __name__ == "__main__":
    main()
