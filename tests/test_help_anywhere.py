"""Help-now above everything: F1 from every modal dialog and window opens the help window on top, usable, and Esc
returns the person to the very field they were typing in, with their words intact. Keys go through the platform's
path (``gui_keys.press``), where a modal dialog would swallow them if help were blocked."""

from __future__ import annotations

import pytest
from gui_keys import active, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.models import CheckIn
from recoveryjournal.ui.dialogs.checkin import CheckInDialog
from recoveryjournal.ui.dialogs.lapse import LapseDialog
from recoveryjournal.ui.help_now import help_desk


@pytest.fixture
def desk(window):
    yield help_desk()
    if help_desk().is_open():
        help_desk().panel.close_panel()
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget is not window:
            widget.close()


def modal(qtbot, kind: type) -> QWidget:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    return QApplication.activeModalWidget()


def help_over(qtbot, desk, where: QWidget, field: QWidget, typed: str) -> None:
    """F1 in ``where``: help is the active window and takes typing; Esc: back in ``field`` with ``typed`` intact."""
    active(qtbot, where)
    assert field.hasFocus()
    press(where, Qt.Key.Key_F1)
    panel = desk.panel
    qtbot.waitUntil(panel.isVisible)
    active(qtbot, panel)
    assert panel.windowHandle().transientParent() is where.windowHandle()  # kept above the window asked from
    type_text(panel, "on the sofa")
    assert panel.note.text() == "on the sofa"  # not blocked by the modal dialog underneath
    press(panel, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not panel.isVisible())
    active(qtbot, where)
    qtbot.waitUntil(field.hasFocus)
    assert _text(field) == typed
    type_text(where, "!")
    assert _text(field) == typed + "!"


def _text(field: QWidget) -> str:
    return field.toPlainText() if hasattr(field, "toPlainText") else field.text()


def test_f1_from_a_half_typed_checkin(qtbot, window, desk):
    press(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = modal(qtbot, CheckInDialog)
    qtbot.mouseClick(dialog.more_toggle, Qt.MouseButton.LeftButton)
    dialog.note.setFocus()
    type_text(dialog, "Payday and the old crowd")
    help_over(qtbot, desk, dialog, dialog.note, "Payday and the old crowd")


def test_f1_from_the_lapse_dialog_and_its_own_help_button(qtbot, window, desk):
    press(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = modal(qtbot, LapseDialog)
    dialog.context_text.setFocus()
    type_text(dialog, "After the funeral")
    help_over(qtbot, desk, dialog, dialog.context_text, "After the funeral")

    qtbot.mouseClick(dialog.help_now, Qt.MouseButton.LeftButton)
    active(qtbot, desk.panel)
    assert desk.panel.windowHandle().transientParent() is dialog.windowHandle()
    press(desk.panel, Qt.Key.Key_Escape)
    active(qtbot, dialog)
    assert dialog.context_text.toPlainText() == "After the funeral!"


def test_f1_from_the_export_summary_dialog(qtbot, window, desk):
    window.export_summary_action.trigger()
    dialog = modal(qtbot, QWidget)
    assert dialog.objectName() == "export_summary"
    dialog.topics.setFocus()
    type_text(dialog, "sleep")
    help_over(qtbot, desk, dialog, dialog.topics, "sleep")


def test_f1_from_session_review(qtbot, window, desk):
    from recoveryjournal.ui.review_mode import start_review

    review = start_review(window)
    qtbot.waitExposed(review)
    review.notes.setFocus()
    type_text(review, "Talked about weekends")
    help_over(qtbot, desk, review, review.notes, "Talked about weekends")
    assert review.isVisible() and review.isFullScreen()


def test_f1_from_the_import_dialog(qtbot, window, context, desk):
    from recoveryjournal.ui.dialogs.import_data import open_import

    dialog = open_import(context, window)
    modal(qtbot, type(dialog))
    dialog.path.setFocus()
    type_text(dialog, "/tmp/daylio.csv")
    help_over(qtbot, desk, dialog, dialog.path, "/tmp/daylio.csv")


def test_f1_from_the_set_passphrase_dialog(qtbot, window, desk):
    from recoveryjournal.ui.dialogs.passphrase import SetPassphraseDialog

    window.set_passphrase_action.trigger()
    dialog = modal(qtbot, SetPassphraseDialog)
    dialog.first.setFocus()
    type_text(dialog, "blue lake")
    help_over(qtbot, desk, dialog, dialog.first, "blue lake")


def test_f1_from_a_question_asked_with_exec(qtbot, window, desk):
    """An application-modal question (as ``exec()`` shows it) blocks every other window, yet not help."""
    from PySide6.QtWidgets import QInputDialog

    question = QInputDialog(window)
    question.setWindowModality(Qt.WindowModality.ApplicationModal)
    question.show()
    qtbot.waitExposed(question)
    field = question.focusWidget()
    type_text(question, "Money")
    help_over(qtbot, desk, question, field, "Money")

    press(question, Qt.Key.Key_F1)
    active(qtbot, desk.panel)
    press(desk.panel, Qt.Key.Key_F1)  # asked again from help itself: it stays over the question, usable
    assert desk.panel.windowHandle().transientParent() is question.windowHandle()
    desk.panel.note.clear()
    type_text(desk.panel, "still here")
    assert desk.panel.note.text() == "still here"


def test_a_high_craving_checkin_opens_help_on_top(qtbot, window, desk):
    press(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = modal(qtbot, CheckInDialog)
    active(qtbot, dialog)
    press(dialog, Qt.Key.Key_Tab)  # from the mood to the craving, as the dialog is used
    assert dialog.craving.hasFocus()
    type_text(dialog, "9")
    assert dialog.craving.value() == 9
    press(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(desk.panel.isVisible)
    active(qtbot, desk.panel)
    assert desk.panel.craving == 9
    press(desk.panel, Qt.Key.Key_Escape)
    active(qtbot, window)


def test_asking_again_while_help_is_open_focuses_the_same_window(qtbot, window, context, desk):
    press(window, Qt.Key.Key_F1)
    panel = desk.panel
    active(qtbot, panel)
    type_text(panel, "hallway")
    press(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = modal(qtbot, CheckInDialog)
    active(qtbot, dialog)
    type_text(panel, ", cold")  # a dialog opened over the main window does not block help, still open above it
    assert panel.note.text() == "hallway, cold"
    press(dialog, Qt.Key.Key_F1)
    active(qtbot, panel)
    assert desk.panel is panel and panel.note.text() == "hallway, cold"
    context.checkin_saved.emit(CheckIn(at=now_local(), craving=10))  # already open: nothing more opens
    assert [widget for widget in QApplication.topLevelWidgets() if widget.isVisible() and widget is panel] == [panel]
    press(panel, Qt.Key.Key_Escape)
    active(qtbot, dialog)  # back where the second request came from
