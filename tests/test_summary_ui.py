"""The export dialog and session review, driven like a person: shortcuts, clicks, typing; results checked on disk."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, timedelta

from gui_keys import retype
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox, QPushButton
from summary_fixture import END, FORBIDDEN, NOW, START, at, fill

from recoveryjournal import paths
from recoveryjournal.domain.models import EntryKind, JournalEntry
from recoveryjournal.domain.summary import Section, SummaryOptions
from recoveryjournal.export.summary_export import LAST_EXPORT_KEY, SummaryFormat, make_summary, summary_html
from recoveryjournal.store.summary_data import shareable_entries
from recoveryjournal.ui.dialogs.export_summary import ExportSummaryDialog
from recoveryjournal.ui.review_mode import ReviewWindow, start_review
from recoveryjournal.ui.widgets.date_field import date_text


def open_dialog(qtbot, window) -> ExportSummaryDialog:
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(ExportSummaryDialog) is not None)
    dialog = window.findChild(ExportSummaryDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_export_dialog_previews_and_writes_exactly_that(qtbot, window, store, tmp_path):
    ids = fill(store)
    dialog = open_dialog(qtbot, window)
    retype(qtbot, dialog.start, "1 Mar 2026")
    retype(qtbot, dialog.end, "2026-03-14")
    labels = [dialog.choices.item(row).text() for row in range(dialog.choices.count())]
    assert any("A good day" in label for label in labels) and any("What helped today?" in label for label in labels)
    assert not any("PRIVATE" in label or "How am I really doing" in label for label in labels)

    lapses = dialog.section_boxes[Section.LAPSES]
    qtbot.mouseClick(lapses, Qt.MouseButton.LeftButton, pos=QPoint(8, lapses.height() // 2))
    assert not lapses.isChecked()
    dialog.topics.setFocus()
    qtbot.keyClicks(dialog.topics, "Sleep, and my sister's visit")
    for row in range(dialog.choices.count()):
        item = dialog.choices.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == ("entry", ids["entry"]):
            item.setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: "CHOSEN-ENTRY-BODY" in dialog.preview.toPlainText(), timeout=5000)
    shown = dialog.preview.toPlainText()
    assert "Sleep, and my sister's visit" in shown and "4 on 4 of 14 days" in shown
    assert "Work party" not in shown  # the lapses section was unticked
    assert not any(word in shown for word in FORBIDDEN)

    dialog.format.setCurrentIndex(dialog.format.findData(SummaryFormat.HTML))
    target = tmp_path / "for-my-therapist.html"
    assert dialog.save_to(target)
    assert target.read_bytes() == dialog.document.encode("utf-8")
    assert store.settings.get(LAST_EXPORT_KEY) == "2026-03-14"


def test_dialog_and_command_line_write_the_same_file(qtbot, window, store, tmp_path):
    """The same choices made in the dialog and given to ``recoveryjournal export`` give the same document."""
    from recoveryjournal.cli import build_parser
    from recoveryjournal.export.command import chosen_entries, summary_options

    fill(store)
    dialog = open_dialog(qtbot, window)
    retype(qtbot, dialog.start, "1 Mar 2026")
    retype(qtbot, dialog.end, "2026-03-14")
    dialog.name.setFocus()
    qtbot.keyClicks(dialog.name, "J. D.")
    dialog.topics.setFocus()
    qtbot.keyClicks(dialog.topics, "Sleep")
    for section in (Section.CHARTS, Section.LAPSE_ACCOUNTS):
        box = dialog.section_boxes[section]
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert not dialog.section_boxes[Section.CHARTS].isChecked()
    assert dialog.section_boxes[Section.LAPSE_ACCOUNTS].isChecked()
    dialog.format.setCurrentIndex(dialog.format.findData(SummaryFormat.HTML))
    dialog.choices.setFocus()
    for row in range(dialog.choices.count()):  # the two journal entries of 3 and 4 March, ticked with the space bar
        dialog.choices.setCurrentRow(row)
        if dialog.choices.item(row).data(Qt.ItemDataRole.UserRole)[0] == "entry":
            qtbot.keyClick(dialog.choices, Qt.Key.Key_Space)
    dialog.refresh_preview()
    assert len(dialog.summary.options.entry_ids) == 2 and not dialog.summary.options.reflection_ids

    sections = ",".join(section.value for section in Section if section is not Section.CHARTS)
    args = build_parser().parse_args(
        ["export", "--from", "2026-03-01", "--to", "2026-03-14", "-o", "x.html", "--name", "J. D.",
         "--topics", "Sleep", "--sections", sections.replace(",contacts", ""),
         "--include-journal", "2026-03-03,2026-03-04"]
    )  # fmt: skip
    entries = shareable_entries(store, date(2026, 3, 1), date(2026, 3, 14))
    options = replace(summary_options(args), entry_ids=chosen_entries(args, entries))
    assert options == dialog.summary.options
    assert "CHOSEN-ENTRY-BODY" in dialog.document and "UNSELECTED-ENTRY-BODY" in dialog.document
    document = summary_html(make_summary(store, options, dialog.summary.made_at))
    target = tmp_path / "from-the-dialog.html"
    assert dialog.save_to(target)
    assert target.read_text(encoding="utf-8") == document


def test_the_journal_choice_names_session_and_therapy_notes(qtbot, window, store):
    fill(store)
    store.journal.add(JournalEntry(at("03-06"), title="", body="THERAPY-NOTES-BODY", kind=EntryKind.THERAPY_NOTE))
    store.journal.add(JournalEntry(at("03-07"), title="", body="SESSION-NOTES-BODY", kind=EntryKind.SESSION_NOTE))
    dialog = open_dialog(qtbot, window)
    retype(qtbot, dialog.start, "1 Mar 2026")
    retype(qtbot, dialog.end, "2026-03-14")
    assert dialog.findChild(QCheckBox, "summary_include_journal") is None, "no all-or-nothing box any more"
    labels = [dialog.choices.item(row).text() for row in range(dialog.choices.count())]
    assert "6 Mar 2026 · Therapy notes · Untitled" in labels and "7 Mar 2026 · Session notes · Untitled" in labels
    assert "3 Mar 2026 · Journal entry · A good day" in labels
    assert not any("PRIVATE" in label for label in labels)

    tick_all = dialog.findChild(QPushButton, "summary_tick_all")
    qtbot.mouseClick(tick_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "THERAPY-NOTES-BODY" in dialog.preview.toPlainText(), timeout=5000)
    shown = dialog.preview.toPlainText()
    assert "Therapy notes" in shown and "Session notes (written in session review)" in shown
    assert "SESSION-NOTES-BODY" in shown and "CHOSEN-ENTRY-BODY" in shown and "UNSELECTED-ENTRY-BODY" in shown
    assert not any(word in shown for word in FORBIDDEN if word.startswith(("PRIVATE", "OUTSIDE")))
    qtbot.mouseClick(dialog.findChild(QPushButton, "summary_tick_none"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "THERAPY-NOTES-BODY" not in dialog.preview.toPlainText(), timeout=5000)
    assert not dialog.summary.options.entry_ids and not dialog.summary.options.reflection_ids


def test_export_dialog_asks_before_replacing(qtbot, window, store, tmp_path):
    fill(store)
    dialog = open_dialog(qtbot, window)
    target = tmp_path / "summary.html"
    target.write_text("keep me")
    dialog.format.setCurrentIndex(dialog.format.findData(SummaryFormat.HTML))
    asked = []

    def answer_no() -> None:
        box = QApplication.activeModalWidget()
        asked.append(box.text() if isinstance(box, QMessageBox) else None)
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, answer_no)
    assert not dialog.save_to(target)
    assert asked and "already exists" in asked[0]
    assert target.read_text() == "keep me"


def test_export_dialog_reversed_period(qtbot, window, store):
    dialog = open_dialog(qtbot, window)
    retype(qtbot, dialog.end, date_text(dialog.start.date() - timedelta(days=1)))
    qtbot.waitUntil(lambda: not dialog.save_button.isEnabled(), timeout=3000)
    assert "ends before it starts" in dialog.range_note.text()


def test_export_dialog_refuses_a_date_that_is_not_one_and_saves_nothing(qtbot, window, store, tmp_path):
    fill(store)
    dialog = open_dialog(qtbot, window)
    retype(qtbot, dialog.start, "1 Mar 2026")
    retype(qtbot, dialog.end, "31 Feb 2026")
    qtbot.waitUntil(lambda: not dialog.save_button.isEnabled(), timeout=3000)
    assert dialog.end.edit.text() == "31 Feb 2026" and dialog.end.problem.isVisible()
    assert "Both dates need to read as days" in dialog.range_note.text()
    target = tmp_path / "summary.html"
    assert not dialog.save_to(target)
    assert not target.exists() and store.settings.get(LAST_EXPORT_KEY) is None
    retype(qtbot, dialog.end, "14 March 2026")
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=3000)
    dialog.format.setCurrentIndex(dialog.format.findData(SummaryFormat.HTML))
    assert dialog.save_to(target)
    assert (dialog.summary.start, dialog.summary.end) == (date(2026, 3, 1), date(2026, 3, 14))
    assert store.settings.get(LAST_EXPORT_KEY) == "2026-03-14"


def test_session_review_by_keyboard_saves_a_session_note(qtbot, window, store, data_dir):
    fill(store)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: any(isinstance(w, ReviewWindow) for w in QApplication.topLevelWidgets() if w.isVisible()))
    review = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReviewWindow) and w.isVisible())
    qtbot.waitExposed(review)
    assert review.isFullScreen() and not window.isVisible()
    assert "1 of 14" in review.position.text()
    qtbot.keyClick(review, Qt.Key.Key_Right)
    assert "2 of 14 · Flags" in review.position.text()
    qtbot.keyClick(review, Qt.Key.Key_PageDown)
    qtbot.keyClick(review, Qt.Key.Key_PageDown)
    assert review.current_heading() == "Key numbers"
    qtbot.keyClick(review, Qt.Key.Key_Left)
    assert review.current_heading() == "What I want to talk about"
    for _ in range(14):
        qtbot.keyClick(review, Qt.Key.Key_Right)
    assert review.current_heading() == "Reflections and entries I chose"

    qtbot.mouseClick(review.notes.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(review.notes, "Try the walk straight after work")
    with qtbot.waitSignal(review.closed):
        qtbot.keyClick(review.notes, Qt.Key.Key_Escape)
    qtbot.waitUntil(window.isVisible)

    with sqlite3.connect(paths.database_path(data_dir)) as db:
        rows = db.execute("SELECT kind, body, private FROM journal_entries WHERE kind = 'session_note'").fetchall()
    assert rows == [("session_note", "Try the walk straight after work", 0)]


def test_review_shows_only_the_summary(qtbot, window, store):
    ids = fill(store)
    options = SummaryOptions(START, END, entry_ids=frozenset({ids["private_entry"], ids["entry"]}))
    review = start_review(window, make_summary(store, options, NOW))
    qtbot.waitExposed(review)
    seen = []
    for _ in review.sections:
        seen.append(review.page.toPlainText())
        qtbot.keyClick(review, Qt.Key.Key_Right)
    everything = " ".join(seen)
    assert "CHOSEN-ENTRY-BODY" in everything and "Work stress" in everything
    assert not any(word in everything for word in FORBIDDEN)
    qtbot.mouseClick(review.leave_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.isVisible)
    assert window.session_review is None
    assert all(entry.kind != EntryKind.SESSION_NOTE for entry in store.journal.recent()), "no notes, no entry"
