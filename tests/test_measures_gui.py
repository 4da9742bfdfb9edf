"""Taking a questionnaire from Today with the keyboard only: number keys answer, the safety panel appears for PHQ-9
question 9, the review can change an answer, and answers and score end up on disk and in the therapist summary."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

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


def test_checkin_keeps_sleep_and_medication_and_each_part_switches_off(qtbot, context, store):
    from recoveryjournal.domain.measure_models import CHECKIN_SLEEP_KEY, DoseStatus, Medication, SleepLog
    from recoveryjournal.ui.dialogs.checkin import CheckInDialog

    bup = Medication("Buprenorphine", "8 mg", "Every morning", moud=True)
    store.measures.add_medication(bup)
    dialog = CheckInDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    care = dialog.daily_care
    assert care.isVisible() and care.hours.text() == "Not noted"
    care.hours.setFocus()
    care.hours.selectAll()
    qtbot.keyClicks(care.hours, "5.5")
    care.quality.setFocus()
    qtbot.keyClick(care.quality, Qt.Key.Key_Down)
    qtbot.keyClick(care.quality, Qt.Key.Key_Down)  # 2 · Poor
    dose = care.doses[bup.id]
    dose.setFocus()
    qtbot.keyClick(dose, Qt.Key.Key_Down)  # Taken
    with qtbot.waitSignal(dialog.finished):
        dialog.save_button.click()  # nothing else filled in: sleep and medication alone are kept
    day = now_local().date()
    assert store.measures.sleep_on(day) == SleepLog(day, 5.5, 2)
    assert [d.status for d in store.measures.doses(day, day)] == [DoseStatus.TAKEN]
    assert store.checkins.recent() == []  # no empty check-in beside them

    again = CheckInDialog(context)
    qtbot.addWidget(again)
    assert again.daily_care.hours.value() == 5.5 and again.daily_care.statuses() == {bup.id: DoseStatus.TAKEN}
    store.settings.set(CHECKIN_SLEEP_KEY, False)
    store.settings.set("checkin/medication", False)
    off = CheckInDialog(context)
    qtbot.addWidget(off)
    off.show()
    assert not off.daily_care.isVisible() and off.daily_care.doses == {}


def test_measures_page_schedule_clinic_file_and_medication_list(qtbot, window, store):
    folder = paths.measures_dir(store.folder)
    folder.mkdir()
    (folder / "wellbeing.toml").write_text(
        (Path(__file__).parent / "data" / "clinic_wellbeing.toml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (folder / "broken.toml").write_text('id = "x"\n', encoding="utf-8")
    page = window.show_page("measures")
    titles = [page.instrument_list.item(row).text() for row in range(page.instrument_list.count())]
    assert titles == ["Craving (own)", "GAD-7", "PHQ-9", "Wellbeing  (clinic)"]
    assert page.problems.isVisible() and "broken.toml" in page.problems.text()
    page.instrument_list.setCurrentRow(3)
    assert "Added by your clinic (wellbeing.toml)" in page.source.text()

    page.instrument_list.setCurrentRow(2)  # PHQ-9: every two weeks by default; switch it off
    assert page.frequency.currentText() == "Every two weeks"
    page.frequency.setFocus()
    qtbot.keyClick(page.frequency, Qt.Key.Key_Home)
    assert store.settings.get("measures/schedule") == {"phq9": 0}
    today = window.page("today")
    assert "phq9" not in today.due_measures.take_buttons and "gad7" in today.due_measures.take_buttons

    qtbot.keyClicks(page.med_name, "Methadone")
    qtbot.keyClicks(page.med_dose, "60 mg")
    page.med_moud.setChecked(True)
    qtbot.mouseClick(page.add_medication_button, Qt.MouseButton.LeftButton)
    assert [(m.name, m.dose, m.moud) for m in store.measures.medications()] == [("Methadone", "60 mg", True)]
    assert page.medication_table.item(0, 3).text() == "Yes"
    page.ask_sleep.setFocus()
    qtbot.keyClick(page.ask_sleep, Qt.Key.Key_Space)
    assert store.settings.get("checkin/sleep") is False


def test_insights_draws_questionnaires_and_sleep_beside_mood_and_craving(qtbot, demo_store):
    from recoveryjournal.ui.context import AppContext
    from recoveryjournal.ui.main_window import MainWindow

    main = MainWindow(AppContext(demo_store))
    qtbot.addWidget(main)
    main.resize(1200, 800)
    main.show()
    page = main.show_page("insights")
    qtbot.waitUntil(lambda: page.figure is not None)
    page.period_box.setCurrentIndex(page.period_box.findText("Last 90 days"))
    page.view_list.setCurrentRow(page.view_list.count() - 2)  # Questionnaires (before the calendar)
    qtbot.waitUntil(lambda: page.view().key == "measures")
    titles = [ax.get_ylabel() for ax in page.figure.axes]
    assert titles == ["PHQ-9", "GAD-7", "Craving (own)"]  # in order of their first result
    assert len([p for p in page.figure.axes[0].patches if (p.get_gid() or "").startswith("band-")]) == 5
    page.table_switch.setChecked(True)
    assert page.table.horizontalHeaderItem(0).text() == "Questionnaire"
    page.table_switch.setChecked(False)
    page.view_list.setCurrentRow(page.view_list.count() - 3)
    qtbot.waitUntil(lambda: page.view().key == "care")
    labels = [ax.get_ylabel() for ax in page.figure.axes]
    assert {"Mood (1–5)", "Sleep (hours)", "Medication", "Craving (0–10)"} <= set(labels)


def test_phq9_in_spanish_with_its_safety_panel(qtbot, context, store):
    """In Spanish the questionnaire is the published Spanish form, its source and citation are in Spanish, and a
    "Varios días" on question 9 opens the safety panel in Spanish, pointing to the person's own plan, people and
    crisis line."""
    from recoveryjournal import i18n
    from recoveryjournal.ui.main_window import MainWindow
    from recoveryjournal.ui.translation import install_language

    store.settings.set(i18n.SETTING, "es")
    try:
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        dialog = open_from_today(qtbot, window, "phq9")
        assert dialog.windowTitle() == "PHQ-9"
        source = dialog.findChild(QLabel, "measure_source").text()
        assert "Incluido con Recovery Journal" in source
        assert "Desarrollado por los doctores" in source
        assert "Cuestionario sobre la salud del paciente (PHQ-9)" in [
            label.text() for label in dialog.intro.findChildren(QLabel)
        ]
        press(qtbot, dialog, Qt.Key.Key_Return)  # Empezar
        assert dialog.instructions.text().startswith("Durante las últimas 2 semanas, ¿qué tan seguido")
        assert "Poco interés o placer en hacer cosas" in dialog.question.text()
        for _ in range(8):
            press(qtbot, dialog, Qt.Key.Key_0)  # "Ningún día"
        assert "Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera" in dialog.question.text()
        press(qtbot, dialog, Qt.Key.Key_1)  # "Varios días"
        assert dialog.stack.currentWidget() is dialog.safety
        panel = dialog.safety
        assert panel.heading.text() == "Gracias por responder."
        assert "tu propio plan, tus personas y la línea de crisis" in panel.steps.text()
        assert "Línea de crisis" in panel.crisis.text()
        assert panel.help_button.text() == "Abrir Necesito ayuda ahora (F1)"
        dialog.reject()
    finally:
        install_language(QApplication.instance(), "en")
