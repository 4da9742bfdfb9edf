"""The promise for forms on a bad day: words typed into any dialog (and session review, and the plan) survive the app
being killed (kill -9) or ended by a logout (SIGTERM), and the next start offers them back in one place."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

import pytest
import shiboken6
from app_process import drafted, start_typing_app
from PySide6.QtCore import Qt

from recoveryjournal.opening import open_journal
from recoveryjournal.ui.drafts import box_text, open_keepers

HELPER = Path(__file__).with_name("form_typing_app.py")
# Every form with text boxes at once; session review hides the main window, so it gets a process of its own.
TOGETHER = [
    "checkin",
    "lapse",
    "summary",
    "substance",
    "thought_record",
    "weekly_review",
    "gratitude",
    "my_prompts",
    "plan",
    "daily_question",
]
ALONE = ["session_notes"]
WORDS = "Payday again, and the old route home past the bar"

pytestmark = pytest.mark.slow


def words(form: str) -> str:
    return f"{WORDS} ({form})"


def start(folder: Path, forms: list[str], *flags: str) -> subprocess.Popen:
    return start_typing_app(HELPER, str(folder), ",".join(forms), WORDS, *flags)


def offered_back_and_restored(qtbot, folder: Path, forms: list[str]) -> None:
    """The next start: every form's words are listed under "Recovered from last time", and "Put it back" puts each
    in the form it was typed in."""
    from recoveryjournal.ui.context import AppContext
    from recoveryjournal.ui.dialogs.recovered import offer_recovered
    from recoveryjournal.ui.main_window import MainWindow

    store = open_journal(folder)
    window = MainWindow(AppContext(store))
    try:
        window.show()
        dialog = offer_recovered(window)
        assert dialog is not None and dialog.windowTitle() == "Recovered from last time"
        listed = [dialog.list.item(row).data(Qt.ItemDataRole.UserRole).text() for row in range(dialog.list.count())]
        assert sorted(listed) == sorted(words(form) for form in forms)
        for _ in forms:
            draft = dialog.current()
            qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
            [keeper] = [keeper for keeper in open_keepers() if keeper.key == draft.key]  # the form's, opened again
            assert keeper.kind == draft.kind
            assert draft.text() in [box_text(box) for _name, _label, box in keeper.boxes]
            assert any(box.isVisibleTo(box.window()) for _name, _label, box in keeper.boxes)
        assert drafted(folder) == sorted(words(form) for form in forms)  # put back, not saved: still drafts
        for keeper in open_keepers():
            keeper.let_go()
        review = getattr(window, "session_review", None)
        if review is not None:
            review.notes.clear()
            shiboken6.delete(review)
    finally:
        shiboken6.delete(window)  # its forms go with it, before the journal closes under them
        store.close()


@pytest.mark.parametrize("forms", [TOGETHER, ALONE], ids=["dialogs-and-plan", "session-review"])
def test_kill_9_keeps_the_words_of_open_forms_and_offers_them_next_start(tmp_path, qtbot, forms):
    folder = tmp_path / "data"
    process = start(folder, forms)
    try:
        qtbot.waitUntil(lambda: drafted(folder) == sorted(words(form) for form in forms), timeout=3000)
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.communicate(timeout=10)
    assert process.returncode == -signal.SIGKILL
    offered_back_and_restored(qtbot, folder, forms)


def test_a_logout_keeps_the_words_of_open_dialogs_and_offers_them_next_start(tmp_path, qtbot):
    folder = tmp_path / "data"
    process = start(folder, TOGETHER, "--close-on-terminate")
    try:
        process.send_signal(signal.SIGTERM)  # at once: before the drafts' own deadline could write them
        _, errors = process.communicate(timeout=20)
        assert process.returncode == 0, errors
    finally:
        process.kill()
    assert drafted(folder) == sorted(words(form) for form in TOGETHER)
    offered_back_and_restored(qtbot, folder, TOGETHER)


def test_a_logout_during_session_review_saves_the_notes(tmp_path):
    """Leaving session review saves its notes in the journal, as Esc does; nothing is left as a draft."""
    folder = tmp_path / "data"
    process = start(folder, ALONE, "--close-on-terminate")
    try:
        process.send_signal(signal.SIGTERM)
        _, errors = process.communicate(timeout=20)
        assert process.returncode == 0, errors
    finally:
        process.kill()
    store = open_journal(folder)
    try:
        assert [entry.body for entry in store.journal.recent()] == [words("session_notes")]
    finally:
        store.close()
    assert drafted(folder) == []
