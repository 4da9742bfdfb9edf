"""Unlocking by keyboard, at the start and on the lock screen; the privacy screen without a passphrase. Keys are
typed the way the platform delivers them (``gui_keys.press``), through the window, as a person's keyboard does."""

from __future__ import annotations

import pytest
from gui_keys import active, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from recoveryjournal import paths
from recoveryjournal.domain.crisis import lines_to_show
from recoveryjournal.opening import open_journal
from recoveryjournal.store import crypto, encryption
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.crisis import system_locale
from recoveryjournal.ui.dialogs.checkin import CheckInDialog
from recoveryjournal.ui.dialogs.passphrase import WRONG, UnlockDialog, retry_wait
from recoveryjournal.ui.help_now import help_desk
from recoveryjournal.ui.main_window import MainWindow
from recoveryjournal.ui.safety import install_lock

FAST = crypto.Kdf(time_cost=1, memory_cost=8192, parallelism=1)
PASSPHRASE = "the right words"


@pytest.fixture
def encrypted(data_dir):
    open_journal(data_dir).close()
    _key, recovery_key = encryption.encrypt(data_dir, PASSPHRASE, FAST)
    return recovery_key


@pytest.fixture
def unlock_dialog(qtbot, data_dir, encrypted):
    dialog = UnlockDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)  # as exec() shows it at the start
    dialog.show()
    qtbot.waitExposed(dialog)
    active(qtbot, dialog)
    yield dialog
    if help_desk().is_open():
        help_desk().panel.close_panel()


def test_enter_unlocks_at_the_start_and_a_wrong_passphrase_is_said_and_announced(qtbot, unlock_dialog):
    dialog = unlock_dialog
    assert dialog.passphrase.hasFocus()
    type_text(dialog, "the wrong words")
    press(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.problem.isVisible() and dialog.problem.text() == WRONG
    assert dialog.passphrase.accessibleDescription() == WRONG  # what a screen reader says with the field
    assert dialog.passphrase.hasFocus() and dialog.passphrase.selectedText() == "the wrong words"
    type_text(dialog, PASSPHRASE)  # types over the selected wrong one
    press(dialog, Qt.Key.Key_Return)
    assert dialog.result() == UnlockDialog.DialogCode.Accepted
    assert dialog.key == crypto.unlock(dialog.folder, PASSPHRASE)


def test_the_recovery_key_works_in_the_same_field(qtbot, unlock_dialog, encrypted):
    type_text(unlock_dialog, encrypted.lower().replace("-", " "))
    press(unlock_dialog, Qt.Key.Key_Return)
    assert unlock_dialog.result() == UnlockDialog.DialogCode.Accepted


def test_esc_asks_before_quitting_and_go_back_keeps_what_was_typed(qtbot, unlock_dialog):
    dialog = unlock_dialog
    type_text(dialog, "half typed")
    press(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    question = QApplication.activeModalWidget()
    assert "without opening your journal" in question.text()
    press(question, Qt.Key.Key_Escape)  # Esc again: "Go back"
    qtbot.waitUntil(lambda: not question.isVisible())
    assert dialog.isVisible() and dialog.result() == 0 and dialog.passphrase.text() == "half typed"
    qtbot.waitUntil(dialog.passphrase.hasFocus)

    press(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    qtbot.mouseClick(QApplication.activeModalWidget().quit_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == UnlockDialog.DialogCode.Rejected and not dialog.isVisible()


def test_repeated_wrong_tries_wait_longer_each_time_but_help_stays(qtbot, unlock_dialog):
    assert [retry_wait(n) for n in range(1, 9)] == [0, 0, 2, 4, 8, 16, 32, 60]
    dialog = unlock_dialog
    for attempt in range(3):
        dialog.passphrase.selectAll()
        type_text(dialog, f"guess {attempt}")
        press(dialog, Qt.Key.Key_Return)
    assert dialog.gate.failures == 3 and not dialog.unlock_button.isEnabled()
    assert "try again in 2 seconds" in dialog.problem.text()
    type_text(dialog, "x")
    press(dialog, Qt.Key.Key_Return)  # while waiting, Enter tries nothing
    assert dialog.gate.failures == 3 and dialog.isVisible()
    assert dialog.crisis_line.isVisible() and dialog.crisis_line.text()
    assert dialog.help_button.isEnabled()
    press(dialog, Qt.Key.Key_F1)
    active(qtbot, help_desk().panel)
    assert help_desk().panel.crisis.text() and not help_desk().panel.people_step.isVisible()
    press(help_desk().panel, Qt.Key.Key_Escape)
    active(qtbot, dialog)
    qtbot.waitUntil(dialog.unlock_button.isEnabled, timeout=10_000)
    assert dialog.problem.text() == "You can try again now."
    dialog.passphrase.selectAll()
    type_text(dialog, PASSPHRASE)
    press(dialog, Qt.Key.Key_Return)
    assert dialog.result() == UnlockDialog.DialogCode.Accepted


def test_a_damaged_key_file_is_said_in_words_with_the_crisis_line_still_there(qtbot, unlock_dialog, data_dir):
    paths.keyfile_path(data_dir).write_text("{ not a key file", encoding="utf-8")
    type_text(unlock_dialog, PASSPHRASE)
    press(unlock_dialog, Qt.Key.Key_Return)
    problem = unlock_dialog.problem.text()
    assert "cannot be checked" in problem and "key file" in problem
    assert unlock_dialog.isVisible() and unlock_dialog.result() == 0
    assert unlock_dialog.crisis_line.isVisible() and "Need to talk" in unlock_dialog.crisis_line.text()


# --- the lock screen -------------------------------------------------------------------------------------------


@pytest.fixture
def locked_window(qtbot, data_dir, encrypted):
    store = open_journal(data_dir, crypto.unlock(data_dir, PASSPHRASE))
    store.settings.set("lock_after_minutes", 0)
    window = MainWindow(AppContext(store))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    install_lock(window)
    active(qtbot, window)
    yield window
    if help_desk().is_open():
        help_desk().panel.close_panel()
    window.idle_lock.remove()
    window.close()
    store.close()


def test_after_lock_now_the_field_takes_typing_and_enter_unlocks(qtbot, locked_window):
    window, lock = locked_window, locked_window.idle_lock
    window.lock_now_action.trigger()  # as from the File menu
    assert lock.locked
    qtbot.waitUntil(lock.overlay.passphrase.hasFocus)
    type_text(window, "nope nope")
    assert lock.overlay.passphrase.text() == "nope nope"
    press(window, Qt.Key.Key_Return)
    assert lock.locked and lock.overlay.problem.isVisible() and lock.overlay.problem.text() == WRONG
    assert lock.overlay.passphrase.accessibleDescription() == WRONG
    type_text(window, PASSPHRASE)
    press(window, Qt.Key.Key_Return)
    assert not lock.locked and not lock.overlay.isVisible()


def test_the_lock_screen_with_a_damaged_key_file_says_so_and_keeps_the_crisis_line(qtbot, locked_window, data_dir):
    window, lock = locked_window, locked_window.idle_lock
    press(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert lock.locked
    paths.keyfile_path(data_dir).write_bytes(b"\x00garbage")
    type_text(window, PASSPHRASE)
    press(window, Qt.Key.Key_Return)
    assert lock.locked and window.isVisible()
    assert "cannot be checked" in lock.overlay.problem.text()
    assert lock.overlay.help_line.isVisible() and lock.overlay.help_line.text().startswith("Need to talk")


def test_ctrl_shift_l_locks_from_inside_a_dialog_and_f1_on_the_lock_screen_shows_only_safe_help(qtbot, locked_window):
    window, lock = locked_window, locked_window.idle_lock
    press(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), CheckInDialog))
    dialog = QApplication.activeModalWidget()
    active(qtbot, dialog)
    press(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert lock.locked and not dialog.isVisible()
    qtbot.waitUntil(lock.overlay.passphrase.hasFocus)
    type_text(window, "the ri")
    press(window, Qt.Key.Key_F1)
    panel = help_desk().panel
    active(qtbot, panel)
    assert panel.crisis.text() and panel.breathing.timer.isActive()
    assert not panel.people_step.isVisible() and not panel.notice_step.isVisible() and not panel.act_step.isVisible()
    press(panel, Qt.Key.Key_Escape)
    active(qtbot, window)
    qtbot.waitUntil(lock.overlay.passphrase.hasFocus)
    type_text(window, "ght words")
    press(window, Qt.Key.Key_Return)
    assert not lock.locked and dialog.isVisible()


# --- the privacy screen (no passphrase) ------------------------------------------------------------------------


@pytest.fixture
def plain_window(qtbot, window):
    install_lock(window)
    active(qtbot, window)
    yield window
    window.idle_lock.remove()


def test_ctrl_shift_l_without_a_passphrase_hides_everything_and_any_key_brings_it_back(qtbot, plain_window, store):
    window, lock = plain_window, plain_window.idle_lock
    window.file_menu.aboutToShow.emit()
    assert window.lock_now_action.isEnabled() and window.lock_now_action.text() == "Hide the screen now"
    press(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), CheckInDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.mouseClick(dialog.more_toggle, Qt.MouseButton.LeftButton)
    dialog.note.setFocus()
    type_text(dialog, "Sister called")

    press(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert lock.locked and lock.overlay.isVisible() and not dialog.isVisible()
    assert lock.overlay.gate is None
    shown = " ".join(label.text() for label in lock.overlay.findChildren(QLabel))
    assert "hidden" in shown and "Press any key" in shown
    expected = lines_to_show(None, system_locale())[0].name
    assert lock.overlay.help_line.isVisible() and expected in lock.overlay.help_line.text()
    press(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # a key: back, and nothing else happens
    qtbot.waitUntil(lambda: not lock.locked)
    assert dialog.isVisible() and dialog.note.text() == "Sister called"
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, CheckInDialog) and w.isVisible()] == [dialog]

    active(qtbot, dialog)
    press(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert lock.locked
    qtbot.mouseClick(lock.overlay, Qt.MouseButton.LeftButton)  # a click anywhere: back too
    assert not lock.locked and dialog.isVisible() and not lock.overlay.isVisible()
    assert store.checkins.recent(5) == []  # nothing was saved on the way


def test_f1_on_the_privacy_screen_opens_help_without_bringing_everything_back(qtbot, plain_window):
    window, lock = plain_window, plain_window.idle_lock
    press(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert lock.locked
    press(window, Qt.Key.Key_F1)
    panel = help_desk().panel
    active(qtbot, panel)
    assert lock.locked and not panel.people_step.isVisible()
    press(panel, Qt.Key.Key_Escape)
    active(qtbot, window)
    assert lock.locked
    press(window, Qt.Key.Key_Space)
    assert not lock.locked
