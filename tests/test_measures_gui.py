"""Taking a questionnaire from Today with the keyboard only: number keys answer, the safety panel appears for PHQ-9
question 9, the review can change an answer, and answers and score end up on disk and in the therapist summary."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from recoveryjournal import paths
from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.plan_models import SupportContact
from recoveryjournal.domain.summary import SummaryOptions
from recoveryjournal.export.summary_export import SummaryFormat, export_summary
from recoveryjournal.ui.dialogs.measure import MeasureDialog


def press(qtbot, dialog, key) -> None:
    """A real key press to whatever has the keyboard focus in the dialog, as a person's keyboard would."""
    qtbot.keyClick(dialog.focusWidget() or dialog, key)


def open_from_today(qtbot, window, measure_id: str) -> MeasureDialog:
    today = window.page("today")
    button = today.due_measures.take_buttons[measure_id]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), MeasureDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitExposed(dialog)
    return dialog


def test_phq9_end_to_end_with_the_keyboard(qtbot, window, store, tmp_path):
    store.plan.add_contact(SupportContact("Sam (sponsor)", phone="555-0134"))
    today = window.page("today")
    assert set(today.due_measures.take_buttons) == {"craving", "gad7", "phq9"}  # nothing taken yet: all due
    dialog = open_from_today(qtbot, window, "phq9")
    assert "Shipped with Recovery Journal" in dialog.findChild(type(dialog.progress), "measure_source").text()

    press(qtbot, dialog, Qt.Key.Key_Return)  # Start
    assert dialog.stack.currentWidget() is dialog.question_page
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_0, Qt.Key.Key_1, Qt.Key.Key_2):
        press(qtbot, dialog, key)
    assert dialog.progress.text() == "Question 8 of 10"
    press(qtbot, dialog, Qt.Key.Key_Backspace)  # back to question 7, answer it again
    assert dialog.progress.text() == "Question 7 of 10"
    press(qtbot, dialog, Qt.Key.Key_1)
    press(qtbot, dialog, Qt.Key.Key_2)  # question 8
    press(qtbot, dialog, Qt.Key.Key_9)  # not an answer: nothing happens
    assert dialog.progress.text() == "Question 9 of 10"

    press(qtbot, dialog, Qt.Key.Key_1)  # question 9: "Several days"
    assert dialog.stack.currentWidget() is dialog.safety
    assert dialog.safety.isVisible()
    assert "Sam (sponsor)" in dialog.safety.people.text() and "555-0134" in dialog.safety.people.text()
    assert "Crisis line" in dialog.safety.crisis.text()
    press(qtbot, dialog, Qt.Key.Key_Return)  # Continue the questionnaire
    assert dialog.progress.text() == "Question 10 of 10"
    press(qtbot, dialog, Qt.Key.Key_1)  # difficulty: "Somewhat difficult" (not scored)

    assert dialog.stack.currentWidget() is dialog.review_page
    assert dialog.review.count() == 10
    # Change question 1 from the review: arrows to it, Enter, a new answer, back to the review.
    dialog.review.setFocus()
    dialog.review.setCurrentRow(1)
    qtbot.keyClick(dialog.review, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.review, Qt.Key.Key_Return)
    assert dialog.progress.text() == "Question 1 of 10"
    press(qtbot, dialog, Qt.Key.Key_2)
    assert dialog.stack.currentWidget() is dialog.review_page
    assert "More than half the days" in dialog.review.item(0).text()
    press(qtbot, dialog, Qt.Key.Key_Return)  # Save

    assert dialog.stack.currentWidget() is dialog.result_page
    # 2 + 2 + 1 + 3 + 0 + 1 + 1 + 2 + 1 = 13 → "Moderate"
    assert "PHQ-9: 13" in dialog.score_label.text()
    assert "Moderate" in dialog.band_label.text()
    assert "first result" in dialog.change_label.text()
    assert dialog.safety_note.isVisible() and "question 9" in dialog.safety_note.text()
    press(qtbot, dialog, Qt.Key.Key_Return)  # Done
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert "phq9" not in today.due_measures.take_buttons  # taken: no longer due

    conn = sqlite3.connect(paths.database_path(store.folder))
    answers, total, band, safety = conn.execute(
        "SELECT answers, total, band, safety_items FROM measure_results WHERE measure_id = 'phq9'"
    ).fetchone()
    conn.close()
    assert json.loads(answers) == {"1": 2, "2": 2, "3": 1, "4": 3, "5": 0, "6": 1, "7": 1, "8": 2, "9": 1, "10": 1}
    assert (total, band, json.loads(safety)) == (13, "Moderate", ["9"])

    day = now_local().date()
    target = export_summary(
        store, SummaryOptions(day - timedelta(days=13), day), tmp_path / "summary.html", SummaryFormat.HTML, now_local()
    )
    html = target.read_text(encoding="utf-8")
    assert "Questionnaires, sleep and medication" in html
    assert "PHQ-9" in html and "<b>13</b> Moderate ⚑" in html
    assert "called for the safety response" in html


def test_a_second_result_shows_the_change_and_skip_is_one_click(qtbot, window, store):
    today = window.page("today")
    for value, expected in ((Qt.Key.Key_4, "first result"), (Qt.Key.Key_1, "Down 3 since last time.")):
        store.measures.skip("craving", now_local() - timedelta(days=30))  # keep the schedule out of the way
        dialog = MeasureDialog(window.context, window.page("measures").catalogue.get("craving"), window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        press(qtbot, dialog, Qt.Key.Key_Return)
        press(qtbot, dialog, value)
        press(qtbot, dialog, Qt.Key.Key_Return)
        assert expected in dialog.change_label.text()
        assert not dialog.safety_note.isVisible()
        dialog.close()
    skip = today.due_measures.skip_buttons["gad7"]
    qtbot.mouseClick(skip, Qt.MouseButton.LeftButton)
    assert "gad7" not in today.due_measures.take_buttons
    assert store.measures.last_done()["gad7"] == now_local().date()
