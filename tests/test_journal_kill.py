"""The promise on a bad day: words typed into the journal survive the app being killed (kill -9) mid-session."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from app_process import drafted, start_typing_app
from PySide6.QtCore import Qt

from recoveryjournal import paths
from recoveryjournal.opening import open_journal

HELPER = Path(__file__).with_name("journal_typing_app.py")
WORDS = "Tonight I wanted to use but I called Sam instead and we walked twice around the park"


def bodies(folder: Path) -> list[str]:
    path = paths.database_path(folder)
    if not path.exists():
        return []
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT body FROM journal_entries")]
    except sqlite3.OperationalError:
        return []
    finally:
        conn.close()


@pytest.mark.slow
def test_typed_words_survive_kill_9_and_show_on_next_start(tmp_path, qtbot):
    folder = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, str(HELPER), str(folder), WORDS],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout.readline().strip() == "READY", process.stderr.read()
        qtbot.waitUntil(lambda: bodies(folder) == [WORDS], timeout=2000)
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
        process.stdout.close()
        process.stderr.close()
    assert process.returncode == -signal.SIGKILL

    store = open_journal(folder)
    try:
        [entry] = store.journal.recent()
        assert entry.body == WORDS
        from recoveryjournal.ui.context import AppContext
        from recoveryjournal.ui.main_window import MainWindow

        window = MainWindow(AppContext(store))
        qtbot.addWidget(window)
        window.show()
        page = window.show_page("journal")
        rect = page.list.visualRect(page.model.index(1))
        qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert page.editor.body.toPlainText() == WORDS
        window.close()
    finally:
        store.close()


def test_terminate_closes_like_quit_and_saves_words_typed_a_moment_ago(tmp_path):
    folder = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, str(HELPER), str(folder), WORDS, "--close-on-terminate"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout.readline().strip() == "READY", process.stderr.read()
        process.send_signal(signal.SIGTERM)  # before the one-second autosave could run
        assert process.wait(timeout=20) == 0, process.stderr.read()
    finally:
        process.kill()
        process.stdout.close()
        process.stderr.close()
    assert bodies(folder) == [WORDS]


def typed_keys(output: str) -> list[float]:
    """When each key was typed (``time.monotonic()`` in the app), from the app's ``TYPED`` lines."""
    moments = []
    for line in output.splitlines():
        if line.startswith("TYPED "):
            _, count, moment = line.split()
            assert int(count) == len(moments) + 1
            moments.append(float(moment))
    return moments


def lost_at_a_random_moment(helper: Path, saved: Callable[[], str], seed: int, *arguments: str) -> None:
    """Start ``helper`` typing steadily, kill -9 it at a random moment, and check what ``saved()`` then reads: a
    beginning of what was typed, missing less than a second of typing."""
    process = start_typing_app(helper, *arguments)
    try:
        time.sleep(random.Random(seed).uniform(1.5, 4.5))  # the random moment of the crash
    finally:
        os.kill(process.pid, signal.SIGKILL)
        output, _ = process.communicate(timeout=10)
    moments = typed_keys(output)
    assert moments[-1] - moments[0] > 1.2, "the test needs more than a second of steady typing"
    typed = (WORDS * (len(moments) // len(WORDS) + 1))[: len(moments)]
    kept = saved()
    assert typed.startswith(kept)
    lost = moments[len(kept) :]
    if lost:
        assert lost[-1] - lost[0] < 1.0, f"{len(lost)} keys over {lost[-1] - lost[0]:.2f} s were lost"


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(4))
def test_kill_9_at_a_random_moment_of_steady_typing_loses_at_most_the_last_second(tmp_path, seed):
    """Keys keep coming, never a pause: the entry is still saved as the person types, so a kill loses < 1 s."""
    folder = tmp_path / "data"
    lost_at_a_random_moment(HELPER, lambda: (bodies(folder) or [""])[0], seed, str(folder), WORDS, "--steady")


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(2))
def test_kill_9_during_steady_typing_in_a_dialog_loses_at_most_the_last_second(tmp_path, seed):
    """The same promise for a dialog's draft: the lapse account typed without a pause."""
    folder = tmp_path / "data"
    helper = HELPER.with_name("form_typing_app.py")
    lost_at_a_random_moment(helper, lambda: "".join(drafted(folder)), seed, str(folder), "lapse", WORDS, "--steady")
