"""``recoveryjournal --demo`` opens realistic sample data in a temporary folder and never touches the real one."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from recoveryjournal import cli, paths
from recoveryjournal.ui.main_window import MainWindow

DEADLINE = 60


def test_demo_opens_sample_data_in_a_temporary_folder(qtbot, tmp_path, monkeypatch):
    real = tmp_path / "real-journal"
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(real))
    seen: dict = {}
    started = time.monotonic()

    def look_then_close() -> None:
        window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)
        if window is None and time.monotonic() - started < DEADLINE:
            QTimer.singleShot(50, look_then_close)
            return
        if window is not None:
            store = window.context.store
            seen["title"] = window.windowTitle()
            seen["folder"] = store.folder
            seen["checkins"] = len(store.checkins.recent(500))
            seen["entries"] = store.journal.count()
            seen["page"] = window.current_page_key()
            window.close()

    QTimer.singleShot(0, look_then_close)
    assert cli.main(["--demo"]) == 0
    assert seen["title"] == "Demo journal"  # Qt shows it as "Demo journal — Recovery Journal"
    assert seen["page"] == "today"
    assert seen["checkins"] > 200 and seen["entries"] > 20
    assert not seen["folder"].exists(), "the temporary demo folder is removed when the app closes"
    assert real not in seen["folder"].parents and not real.exists()
