"""ui/focus.py: walking the Tab chain leaves every widget's Python wrapper with its real parent."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from recoveryjournal.ui.focus import controls, keep_in_place, set_reading_order
from recoveryjournal.ui.widgets.safe_text import install_input_hygiene


def test_a_widget_deleted_after_a_tab_walk_takes_no_other_widgets_parts_with_it(qtbot):
    install_input_hygiene()  # the text box's cleaner holds its document, as on every page
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    card = QWidget()  # a part rebuilt later, as Today's cards are
    QVBoxLayout(card).addWidget(QPushButton("Rebuilt"))
    title, body = QLineEdit(), QPlainTextEdit()
    for widget in (QLabel("Words"), card, title, body):
        layout.addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    document = body.document()
    last = QPushButton("Made last", window)  # the newest widget: the chain goes from it back to the window

    set_reading_order([title, card, body])
    assert [type(widget) for widget in controls(window)] == [QLineEdit, QPushButton, QPlainTextEdit, QPushButton]
    keep_in_place(body)  # walks the chain backwards too
    for gone in (card, last):
        gone.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    assert isValid(document) and isValid(body.viewport())
    body.setFocus()
    qtbot.keyClicks(body, "Still here")
    qtbot.keyClick(body, Qt.Key.Key_Return)
    assert body.toPlainText() == "Still here\n"
    assert [type(widget) for widget in controls(window)] == [QLineEdit, QPlainTextEdit]
