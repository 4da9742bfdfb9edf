"""Drafts of forms, driven like a person with real keys: Esc asks before typed words go, a save the journal refuses
keeps the words with a plain message, the summary's topics come back after session review, and "Recovered from last
time" puts words back, copies them, saves them as an entry or lets them go."""

from __future__ import annotations

import json
import sqlite3

from gui_keys import press_shortcut
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from recoveryjournal.domain.draft_models import Draft, DraftField
from recoveryjournal.domain.models import EntryKind
from recoveryjournal.store import drafts
from recoveryjournal.ui.dialogs.checkin import CheckInDialog
from recoveryjournal.ui.dialogs.export_summary import ExportSummaryDialog
from recoveryjournal.ui.dialogs.lapse import LapseDialog
from recoveryjournal.ui.dialogs.recovered import offer_recovered
from recoveryjournal.ui.drafts import keep_all_drafts
from recoveryjournal.ui.review_mode import ReviewWindow

ACCOUNT = "After work, the old crowd, I said yes before I thought"


def drafted(store) -> list[str]:
    """The words of every draft on disk (in the journal file and in draft files), read from outside the app."""
    with sqlite3.connect(store.path) as raw:
        rows = raw.execute("SELECT fields FROM drafts").fetchall()
    texts = [text for (fields,) in rows for _name, _label, text in json.loads(fields) if text]
    for path in drafts.list_drafts(store.folder):
        document = json.loads(drafts.read_draft(path))
        texts += [text for _name, _label, text in document["fields"] if text]
    return sorted(texts)


def open_lapse(qtbot, window) -> LapseDialog:
    press_shortcut(qtbot, window, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(LapseDialog)))
    dialog = next(d for d in window.findChildren(LapseDialog) if d.isVisible())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def type_account(qtbot, dialog: LapseDialog) -> None:
    qtbot.mouseClick(dialog.context_text.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.context_text, ACCOUNT)


def test_typing_keeps_a_draft_while_keys_keep_coming(qtbot, window, store):
    dialog = open_lapse(qtbot, window)
    type_account(qtbot, dialog)
    qtbot.waitUntil(lambda: drafted(store) == [ACCOUNT], timeout=3000)
    qtbot.keyClicks(dialog.context_text, ".")
    qtbot.waitUntil(lambda: drafted(store) == [ACCOUNT + "."], timeout=3000)


def test_esc_with_typed_words_asks_and_go_back_keeps_the_dialog(qtbot, window, store):
    dialog = open_lapse(qtbot, window)
    type_account(qtbot, dialog)
    qtbot.keyClick(dialog.context_text, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible())
    assert dialog.isVisible()
    qtbot.keyClick(dialog.question, Qt.Key.Key_Escape)  # Esc again: "Go back", nothing lost
    qtbot.waitUntil(lambda: dialog.question is None)
    assert dialog.isVisible() and dialog.context_text.toPlainText() == ACCOUNT


def test_esc_then_keep_as_draft_closes_and_keeps_the_words(qtbot, window, store):
    dialog = open_lapse(qtbot, window)
    type_account(qtbot, dialog)
    qtbot.keyClick(dialog.context_text, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible())
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.question, Qt.Key.Key_Return)  # the default: keep
    assert drafted(store) == [ACCOUNT]
    assert store.lapses.all() == []
    assert "Unsaved words" in window.statusBar().currentMessage()


def test_esc_then_discard_lets_the_words_go(qtbot, window, store):
    dialog = open_lapse(qtbot, window)
    type_account(qtbot, dialog)
    qtbot.waitUntil(lambda: drafted(store) == [ACCOUNT], timeout=3000)
    qtbot.keyClick(dialog.context_text, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible())
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.question, Qt.Key.Key_D)
    assert drafted(store) == []


def test_esc_on_an_untouched_dialog_closes_without_asking(qtbot, window):
    dialog = open_lapse(qtbot, window)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.substance, Qt.Key.Key_Escape)
    assert dialog.question is None


def test_saving_lets_the_draft_go(qtbot, window, store):
    dialog = open_lapse(qtbot, window)
    qtbot.keyClicks(dialog.substance, "Alcohol")
    type_account(qtbot, dialog)
    qtbot.waitUntil(lambda: drafted(store) == [ACCOUNT], timeout=3000)
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [lapse.context for lapse in store.lapses.all()] == [ACCOUNT]
    assert drafted(store) == []


def test_a_save_the_journal_refuses_keeps_the_words_and_says_why(qtbot, window, store):
    dialog = open_lapse(qtbot, window)
    qtbot.keyClicks(dialog.substance, "Alcohol")
    type_account(qtbot, dialog)
    store.db.execute("PRAGMA query_only = ON")  # the journal cannot be written, as when its folder is read-only
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    box = dialog.drafts.message_box
    qtbot.waitUntil(lambda: box is not None and box.isVisible())
    assert box.windowTitle() == "The journal folder is read-only"
    assert "kept as a draft in" in box.text() and "still here" in box.text()
    assert dialog.isVisible() and dialog.context_text.toPlainText() == ACCOUNT
    [path] = drafts.list_drafts(store.folder)
    assert path.stat().st_mode & 0o777 == 0o600
    assert drafted(store) == [ACCOUNT]
    store.db.execute("PRAGMA query_only = OFF")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # writing works again: saved, draft gone
    assert [lapse.context for lapse in store.lapses.all()] == [ACCOUNT]
    assert drafted(store) == [] and drafts.list_drafts(store.folder) == []


def test_session_notes_the_journal_refuses_stay_as_a_draft(qtbot, window, store):
    press_shortcut(qtbot, window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: getattr(window, "session_review", None) is not None)
    review: ReviewWindow = window.session_review
    qtbot.waitExposed(review)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is review)
    qtbot.mouseClick(review.notes.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(review.notes, "Try the walk straight after work")
    store.db.execute("PRAGMA query_only = ON")
    qtbot.keyClick(review.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: review.drafts.message_box is not None and review.drafts.message_box.isVisible())
    box = review.drafts.message_box
    assert "kept as a draft" in box.text()
    assert drafted(store) == ["Try the walk straight after work"]
    qtbot.keyClick(box, Qt.Key.Key_Return)
    with qtbot.waitSignal(review.closed):
        qtbot.keyClick(review.notes, Qt.Key.Key_Escape)  # leaving tries again, fails again, keeps the draft
    assert drafted(store) == ["Try the walk straight after work"]
    store.db.execute("PRAGMA query_only = OFF")
    assert [entry for entry in store.journal.recent() if entry.kind == EntryKind.SESSION_NOTE] == []


def test_summary_topics_come_back_after_session_review(qtbot, window, store):
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(ExportSummaryDialog) is not None)
    dialog = window.findChild(ExportSummaryDialog)
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.topics.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.topics, "The weekend at my brother's")
    qtbot.mouseClick(dialog.review_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(window, "session_review", None) is not None)
    review = window.session_review
    qtbot.waitExposed(review)
    assert "The weekend at my brother's" in review.summary.topics
    with qtbot.waitSignal(review.closed):
        qtbot.keyClick(review, Qt.Key.Key_Escape)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.topics.toPlainText() == "The weekend at my brother's"


def test_quit_keeps_words_typed_in_the_plan(qtbot, window, store):
    page = window.show_page("plan")
    qtbot.keyClicks(page.contact_fields["name"], "Aunt Rosa")
    window.close()
    assert drafted(store) == ["Aunt Rosa"]


def test_a_typed_contact_survives_the_plan_page_refreshing(qtbot, window, store):
    page = window.show_page("plan")
    qtbot.keyClicks(page.contact_fields["name"], "Aunt Rosa")
    window.context.notify("support_contacts")
    page.refresh()
    assert page.contact_fields["name"].text() == "Aunt Rosa"


def left_behind(store) -> None:
    """A check-in's words, left as a draft by an earlier run of the app."""
    boxes = [DraftField("note", "Note", "Walked it off"), DraftField("where", "Where", "")]
    store.drafts.keep(Draft("c0ffee", "checkin", "Quick check-in", boxes))


def test_recovered_puts_words_back_into_the_form_they_came_from(qtbot, window, store):
    left_behind(store)
    recovered = offer_recovered(window)
    qtbot.waitExposed(recovered)
    assert recovered.list.count() == 1 and recovered.text.toPlainText() == "Walked it off"
    assert "Quick check-in" in recovered.where.text()
    recovered.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is recovered)
    qtbot.keyClick(recovered.list, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # &Put it back
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(CheckInDialog)))
    dialog = next(d for d in window.findChildren(CheckInDialog) if d.isVisible())
    assert dialog.note.text() == "Walked it off" and dialog.note.isVisible()
    assert drafted(store) == ["Walked it off"]  # back in the form, still only a draft until saved
    qtbot.keyClick(dialog.mood, Qt.Key.Key_3)
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [checkin.note for checkin in store.checkins.recent()] == ["Walked it off"]
    assert drafted(store) == []


def test_recovered_saves_as_a_journal_entry(qtbot, window, store):
    left_behind(store)
    recovered = offer_recovered(window)
    qtbot.mouseClick(recovered.entry_button, Qt.MouseButton.LeftButton)
    [entry] = store.journal.recent()
    assert entry.body == "Walked it off" and "recovered" in entry.title
    assert drafted(store) == []


def test_recovered_copies_and_discards(qtbot, window, store):
    left_behind(store)
    recovered = offer_recovered(window)
    qtbot.mouseClick(recovered.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "Walked it off"
    assert drafted(store) == ["Walked it off"]
    with qtbot.waitSignal(recovered.finished):
        qtbot.mouseClick(recovered.discard_button, Qt.MouseButton.LeftButton)
    assert drafted(store) == []


def test_decide_later_keeps_everything_for_next_time(qtbot, window, store):
    left_behind(store)
    recovered = offer_recovered(window)
    with qtbot.waitSignal(recovered.finished):
        qtbot.keyClick(recovered.list, Qt.Key.Key_Escape)
    assert drafted(store) == ["Walked it off"]


def test_nothing_left_behind_offers_nothing(qtbot, window):
    assert offer_recovered(window) is None


def test_a_form_open_now_is_not_offered_as_left_behind(qtbot, window, store):
    dialog = open_lapse(qtbot, window)
    type_account(qtbot, dialog)
    keep_all_drafts()
    assert drafted(store) == [ACCOUNT]
    assert offer_recovered(window) is None


def test_another_question_sets_a_typed_answer_aside_as_a_draft(qtbot, window, store):
    daily = window.show_page("reflect").daily
    qtbot.mouseClick(daily.rating.buttons[6], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(daily.save_daily, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(daily.follow.isVisible)
    question = daily.prompt_text.text()
    qtbot.keyClicks(daily.prompt_answer, "Half an answer")
    qtbot.mouseClick(daily.another, Qt.MouseButton.LeftButton)
    assert daily.prompt_answer.toPlainText() == "" and daily.prompt_text.text() != question
    assert drafted(store) == ["Half an answer"]
    window.close()
    [draft] = drafts.unsaved_drafts(store)
    assert draft.label == question  # offered back with the question it answered


def test_the_app_offers_what_was_left_at_its_next_start(qtbot, data_dir):
    """The real start (``ui.app.run``): once the window is up, "Recovered from last time" lists the draft."""
    from test_first_run import Script, main_window_alone, shown

    from recoveryjournal.opening import open_journal
    from recoveryjournal.ui.app import run
    from recoveryjournal.ui.dialogs.recovered import RecoveredDialog

    with open_journal(data_dir) as store:
        left_behind(store)
    seen = []

    def look_then_decide_later(dialog: RecoveredDialog) -> None:
        seen.append((dialog.windowTitle(), dialog.text.toPlainText()))
        qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)

    script = Script((shown(RecoveredDialog), look_then_decide_later), (main_window_alone, QWidget.close))
    assert run(data_dir) == 0
    script.check()
    assert seen == [("Recovered from last time", "Walked it off")]
    with open_journal(data_dir) as store:
        assert [draft.text() for draft in drafts.unsaved_drafts(store)] == ["Walked it off"]
