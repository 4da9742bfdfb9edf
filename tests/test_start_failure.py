"""A bug at start (here: a page module missing, as in a broken build) is shown in a window and the app exits;
it never keeps running without a window."""

from __future__ import annotations

import selectors
import signal
import subprocess
import sys
import time

from blocked_imports import env_blocking
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from recoveryjournal import cli

TODAY = "recoveryjournal.ui.pages.today"
POLL_MS = 20
DEADLINE = 120


def test_a_page_that_cannot_load_is_explained_and_the_app_exits(qtbot, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, TODAY, None)  # what importing a module the build left out does
    seen = []

    def press_enter_on_the_box() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(POLL_MS, press_enter_on_the_box)
            return
        seen.append((box.windowTitle(), box.text(), box.detailedText()))
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter_on_the_box)
    assert cli.main(["--demo"]) == 1
    title, text, details = seen[0]
    assert title == "Something went wrong"
    assert "has to close" in text
    assert TODAY in details
    assert TODAY in capsys.readouterr().err
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_the_failed_start_ends_when_asked_to_instead_of_lingering(tmp_path):
    """The process that shows the message is a real one: a logout or ``kill`` ends it (before, it ignored both)."""
    env = env_blocking(tmp_path / "site", TODAY)
    child = subprocess.Popen(
        [sys.executable, "-m", "recoveryjournal", "--demo"], env=env, stderr=subprocess.PIPE, text=True
    )
    try:
        stderr = read_until(child, f"ModuleNotFoundError: No module named '{TODAY}'")
        assert "Traceback" in stderr
        child.send_signal(signal.SIGTERM)
        assert child.wait(timeout=DEADLINE) == -signal.SIGTERM
    finally:
        child.kill()
        child.wait()


def read_until(child: subprocess.Popen, marker: str) -> str:
    """The child's stderr up to the line holding ``marker`` (the details are printed before the box shows)."""
    seen = ""
    selector = selectors.DefaultSelector()
    selector.register(child.stderr, selectors.EVENT_READ)
    give_up = time.monotonic() + DEADLINE
    while marker not in seen:
        assert time.monotonic() < give_up, f"no {marker} within {DEADLINE} s: {seen}"
        if selector.select(timeout=1):
            line = child.stderr.readline()
            assert line, f"the child exited early: {seen}"
            seen += line
    return seen
