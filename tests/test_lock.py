"""The idle lock with other windows open, and the crisis line on the lock screen, driven like a person."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from gui_keys import moment_text, retype
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.crisis import lines_to_show
from recoveryjournal.domain.models import JournalEntry, Substance
from recoveryjournal.domain.plan_models import SupportContact
from recoveryjournal.opening import open_journal
from recoveryjournal.store import crypto, encryption
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.dialogs.checkin import CheckInDialog
from recoveryjournal.ui.dialogs.lapse import LapseDialog
from recoveryjournal.ui.main_window import MainWindow
from recoveryjournal.ui.safety import install_lock

FAST = crypto.Kdf(time_cost=1, memory_cost=8192, parallelism=1)
PASSPHRASE = "the right words"
GUARD_ENDED = 42


@pytest.fixture
def locked_store(data_dir):
    open_journal(data_dir).close()
    key, _ = encryption.encrypt(data_dir, PASSPHRASE, FAST)
    store = open_journal(data_dir, key)
    store.settings.set("lock_after_minutes", 0)
    yield store
    store.close()


@pytest.fixture
def encrypted_window(qtbot, locked_store):
    window = MainWindow(AppContext(locked_store))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    install_lock(window)
    yield window
    window.idle_lock.remove()
    for widget in open_dialogs():
        widget.close()


def idle_until_locked(qtbot, lock) -> None:
    """Stop touching anything for a moment and let the real idle timer lock the app."""
    lock.set_minutes(0.002)
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    lock.set_minutes(0)


def unlock(qtbot, lock) -> None:
    qtbot.keyClicks(lock.overlay.passphrase, PASSPHRASE)
    qtbot.keyClick(lock.overlay.passphrase, Qt.Key.Key_Return)
    assert not lock.locked


def guard(window) -> None:
    """If the lock failed to end a question waiting in exec(), close it later so the test fails instead of hanging."""

    def cancel_waiting_question() -> None:
        question = QApplication.activeModalWidget()
        if question is not None:
            question.done(GUARD_ENDED)

    QTimer.singleShot(5000, window, cancel_waiting_question)


def open_dialogs() -> list:
    return [widget for widget in QApplication.topLevelWidgets() if widget.isVisible() and widget.isWindow()]


def test_a_half_typed_checkin_hides_behind_the_lock_and_comes_back_intact(qtbot, encrypted_window, locked_store):
    window, lock = encrypted_window, encrypted_window.idle_lock
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), CheckInDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(dialog.mood.hasFocus)
    qtbot.keyClick(dialog.mood, Qt.Key.Key_3)
    qtbot.mouseClick(dialog.more_toggle, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.note, "Talked to my sister about the weekend")

    idle_until_locked(qtbot, lock)
    assert not dialog.isVisible()
    assert lock.overlay.isVisible()
    qtbot.waitUntil(lock.overlay.passphrase.hasFocus)  # the window becomes active again once the dialog is hidden
    assert QApplication.activeModalWidget() is None  # nothing stands between the person and the passphrase field
    assert open_dialogs() == [window]
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert open_dialogs() == [window]

    unlock(qtbot, lock)
    assert dialog.isVisible() and QApplication.activeModalWidget() is dialog
    assert dialog.note.text() == "Talked to my sister about the weekend"
    assert dialog.mood.value() == 3
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = locked_store.db.execute("SELECT mood, note FROM checkins").fetchall()
    assert saved == [(3, "Talked to my sister about the weekend")]


def test_a_question_waiting_in_exec_is_answered_cancel_and_stays_gone(qtbot, encrypted_window):
    window, lock = encrypted_window, encrypted_window.idle_lock
    box = QMessageBox(QMessageBox.Icon.Question, "Merge triggers", "Merge “Payday” into “Money”?", parent=window)
    merge = box.addButton("Merge", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    QTimer.singleShot(0, lock.lock)
    guard(window)
    assert box.exec() == QMessageBox.DialogCode.Rejected
    assert lock.locked and not box.isVisible()
    assert box.clickedButton() is not merge
    unlock(qtbot, lock)
    assert not box.isVisible() and open_dialogs() == [window]


def test_a_lapse_dialog_waits_hidden_and_its_future_date_question_is_not_answered_yes(
    qtbot, encrypted_window, locked_store
):
    """The lock comes while "a date in the future?" is asked over a half-written lapse: nothing saved, nothing lost."""
    locked_store.sobriety.add(Substance("Alcohol", sober_since=date(2026, 1, 1)))
    window, lock = encrypted_window, encrypted_window.idle_lock
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), LapseDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.keyClicks(dialog.context_text, "A long day and the bar on the way home")
    retype(qtbot, dialog.when, moment_text(now_local() + timedelta(days=2)))

    QTimer.singleShot(0, lock.lock)
    guard(window)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert lock.locked and not dialog.isVisible() and open_dialogs() == [window]
    assert locked_store.lapses.all() == []

    unlock(qtbot, lock)
    assert dialog.isVisible() and set(open_dialogs()) == {window, dialog}
    assert dialog.context_text.toPlainText() == "A long day and the bar on the way home"


def test_session_review_hides_and_the_lock_shows_over_the_main_window(qtbot, encrypted_window):
    from recoveryjournal.ui.review_mode import start_review

    window, lock = encrypted_window, encrypted_window.idle_lock
    review = start_review(window)
    qtbot.addWidget(review)
    qtbot.waitExposed(review)
    assert not window.isVisible()

    lock.lock()
    assert window.isVisible() and lock.overlay.isVisible() and not review.isVisible()
    unlock(qtbot, lock)
    assert review.isVisible() and review.isFullScreen() and not window.isVisible()
    review.close()
    assert window.isVisible()


def overlay_text(lock) -> str:
    return " ".join(label.text() for label in lock.overlay.findChildren(QLabel))


def test_the_lock_screen_shows_the_persons_crisis_line_and_nothing_else_of_theirs(
    qtbot, encrypted_window, locked_store
):
    locked_store.settings.set("crisis_line", {"name": "Night line", "number": "0800 555 123", "note": ""})
    locked_store.plan.add_contact(SupportContact(name="Sam Okafor", relation="sponsor", phone="07700 900123"))
    locked_store.journal.add(JournalEntry(created_at=now_local(), title="Tuesday", body="I nearly called Dave"))
    window, lock = encrypted_window, encrypted_window.idle_lock

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert lock.locked
    line = lock.overlay.help_line
    assert line.isVisible() and "Night line" in line.text() and "0800 555 123" in line.text()
    shown = overlay_text(lock)
    for private in ("Sam Okafor", "07700 900123", "Tuesday", "Dave"):
        assert private not in shown
    unlock(qtbot, lock)

    locked_store.settings.set("crisis_line", None)
    lock.lock()
    default = lines_to_show(None, QLocale.system().name())[0]
    assert default.name in line.text() and "Night line" not in line.text()
    unlock(qtbot, lock)


def test_ctrl_l_still_logs_a_lapse_when_the_journal_has_a_passphrase(qtbot, encrypted_window):
    qtbot.keyClick(encrypted_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), LapseDialog))
    assert not encrypted_window.idle_lock.locked
    QApplication.activeModalWidget().reject()
