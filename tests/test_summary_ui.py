"""The export dialog and session review, driven like a person: shortcuts, clicks, typing; results checked on disk."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QDate, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from summary_fixture import END, FORBIDDEN, NOW, START, fill

from recoveryjournal import paths
from recoveryjournal.domain.models import EntryKind
from recoveryjournal.domain.summary import Section, SummaryOptions
from recoveryjournal.export.summary_export import LAST_EXPORT_KEY, SummaryFormat, make_summary, summary_html
from recoveryjournal.ui.dialogs.export_summary import ExportSummaryDialog
from recoveryjournal.ui.review_mode import ReviewWindow, start_review


def open_dialog(qtbot, window) -> ExportSummaryDialog:
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(ExportSummaryDialog) is not None)
    dialog = window.findChild(ExportSummaryDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_export_dialog_previews_and_writes_exactly_that(qtbot, window, store, tmp_path):
    ids = fill(store)
    dialog = open_dialog(qtbot, window)
    dialog.start.setDate(QDate(2026, 3, 1))
    dialog.end.setDate(QDate(2026, 3, 14))
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
    from recoveryjournal.export.command import summary_options

    fill(store)
    dialog = open_dialog(qtbot, window)
    dialog.start.setDate(QDate(2026, 3, 1))
    dialog.end.setDate(QDate(2026, 3, 14))
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
    dialog.refresh_preview()

    sections = ",".join(section.value for section in Section if section is not Section.CHARTS)
    args = build_parser().parse_args(
        ["export", "--from", "2026-03-01", "--to", "2026-03-14", "-o", "x.html", "--name", "J. D.",
         "--topics", "Sleep", "--sections", sections.replace(",contacts", "")]
    )  # fmt: skip
    options = summary_options(args)
    assert options == dialog.summary.options
    document = summary_html(make_summary(store, options, dialog.summary.made_at))
    target = tmp_path / "from-the-dialog.html"
    assert dialog.save_to(target)
    assert target.read_text(encoding="utf-8") == document


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
    dialog.end.setDate(dialog.start.date().addDays(-1))
    qtbot.waitUntil(lambda: not dialog.save_button.isEnabled(), timeout=3000)
    assert "ends before it starts" in dialog.range_note.text()


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
