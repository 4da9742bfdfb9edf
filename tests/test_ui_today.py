"""Today, the lapse log and substance tracking, driven through the main window like a person would."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest
from gui_keys import moment_text, press_shortcut, retype
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.models import CheckIn, JournalEntry, Lapse, Substance
from recoveryjournal.domain.plan_models import SupportContact
from recoveryjournal.ui.dialogs.checkin import CheckInDialog
from recoveryjournal.ui.dialogs.lapse import SAFETY_NOTE, LapseDialog
from recoveryjournal.ui.dialogs.substance import SubstanceDialog
from recoveryjournal.ui.widgets.date_field import date_text


def rows(store, sql: str) -> list[tuple]:
    with sqlite3.connect(store.path) as raw:
        return raw.execute(sql).fetchall()


def today_page(window):
    return window.page("today")


def wait_dialog(qtbot, window, kind):
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(kind)))
    return next(d for d in window.findChildren(kind) if d.isVisible())


def list_texts(widget) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


@pytest.fixture
def tracked(store):
    today = now_local().date()
    store.sobriety.add(
        Substance("Alcohol", sober_since=today - timedelta(days=12), tracked_since=today - timedelta(days=40))
    )
    store.lapses.add(Lapse(at=now_local() - timedelta(days=13), substance="Alcohol"))
    return store


def test_streak_card_shows_current_longest_and_total(qtbot, tracked, window):
    page = today_page(window)
    page.refresh()
    [card] = page.streak_cards()
    # Tracked 40 days ago, lapse 13 days ago: 27 sober days before it, 12 since.
    assert card.current.text() == "12"
    assert card.details.text() == "Longest: 27 days   ·   39 days sober in all"
    assert card.milestone.text().startswith("7 days free from Alcohol, reached")  # 5 days ago, first time shown
    assert not page.no_streaks.isVisible()


def test_start_tracking_from_today_when_nothing_is_tracked(qtbot, store, window):
    page = today_page(window)
    assert page.no_streaks.isVisible()
    qtbot.mouseClick(page.add_substance, Qt.MouseButton.LeftButton)
    dialog = wait_dialog(qtbot, window, SubstanceDialog)
    qtbot.keyClicks(dialog.name, "Cannabis")
    dialog.sober_since.edit.clear()
    qtbot.keyClicks(dialog.sober_since.edit, date_text(now_local().date() - timedelta(days=3)))
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(page.streak_cards()) == 1)
    assert page.streak_cards()[0].current.text() == "3"
    start = (now_local().date() - timedelta(days=3)).isoformat()
    assert rows(store, "SELECT name, sober_since, tracked_since FROM substances") == [("Cannabis", start, start)]


def test_ctrl_k_from_another_page_saves_and_shows_on_today(qtbot, store, window):
    store.sobriety.add(Substance("Alcohol", sober_since=now_local().date()))
    window.show_page("triggers")
    assert window.current_page_key() == "triggers"
    press_shortcut(qtbot, window, Qt.Key.Key_K)
    dialog = wait_dialog(qtbot, window, CheckInDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.mood.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_4)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "3")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert rows(store, "SELECT mood, craving, substance FROM checkins") == [(4, 3, "Alcohol")]
    press_shortcut(qtbot, window, Qt.Key.Key_1)
    assert window.current_page_key() == "today"
    texts = list_texts(today_page(window).checkins)
    assert len(texts) == 1 and "Mood 4 · Good" in texts[0] and "Craving 3/10 for Alcohol" in texts[0]


def test_double_click_edits_and_delete_moves_to_trash_with_undo(qtbot, store, window):
    checkin = CheckIn(at=now_local().replace(microsecond=0), mood=2)
    store.checkins.add(checkin)
    page = today_page(window)
    page.refresh()
    listing = page.checkins
    item = listing.item(0)
    where = listing.visualItemRect(item).center()
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a real double-click starts so
    qtbot.mouseDClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=where)
    dialog = wait_dialog(qtbot, window, CheckInDialog)
    assert dialog.mood.value() == 2
    qtbot.keyClick(dialog.mood, Qt.Key.Key_5)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Mood 5" in list_texts(listing)[0])
    assert rows(store, "SELECT id, mood FROM checkins") == [(checkin.id, 5)]

    listing.setFocus()
    listing.setCurrentRow(0)
    qtbot.keyClick(listing, Qt.Key.Key_Delete)
    assert rows(store, "SELECT deleted_at IS NOT NULL FROM checkins") == [(1,)]
    assert list_texts(listing) == [] and page.no_checkins.isVisible()
    press_shortcut(qtbot, window, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: len(list_texts(listing)) == 1)
    assert rows(store, "SELECT deleted_at FROM checkins") == [(None,)]


def test_lapse_ends_the_streak_and_keeps_history(qtbot, tracked, window):
    helped = []
    window.context.help_now_requested.connect(lambda: helped.append(True))
    tracked.plan.add_contact(SupportContact("Sam", relation="sponsor", phone="555-0100"))
    tracked.settings.set("crisis_line", {"name": "Night line", "number": "0800 123", "note": ""})
    page = today_page(window)
    press_shortcut(qtbot, window, Qt.Key.Key_L)
    dialog = wait_dialog(qtbot, window, LapseDialog)
    assert dialog.safety_note.text() == SAFETY_NOTE and "overdose" in SAFETY_NOTE
    assert "Sam (sponsor) — 555-0100" in dialog.contacts.text()
    assert "Night line — 0800 123" in dialog.crisis_line.text()
    qtbot.mouseClick(dialog.help_now, Qt.MouseButton.LeftButton)
    assert helped == [True]
    assert dialog.substance.currentText() == "Alcohol"
    qtbot.keyClicks(dialog.amount, "two beers")
    qtbot.keyClicks(dialog.context_text, "Long day, old friends called")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    tomorrow = (now_local().date() + timedelta(days=1)).isoformat()
    assert rows(tracked, "SELECT sober_since FROM substances") == [(tomorrow,)]
    assert rows(tracked, "SELECT amount, context FROM lapses ORDER BY at DESC LIMIT 1") == [
        ("two beers", "Long day, old friends called")
    ]
    [card] = page.streak_cards()
    # 27 days before the first lapse, 12 after it, then today's lapse: the card speaks of starting again and the
    # days sober in all stay the big number, never a stark 0.
    assert card.current.text() == "39" and card.words.text() == "days sober in all"
    assert card.details.text() == "Longest: 27 days"
    assert card.milestone.text().startswith("Starting again with Alcohol. Every day before this one still counts")
    assert "milestone" not in card.milestone.text().lower() and "0 days" not in card.words.text()
    assert len(list_texts(page.lapses)) == 2


def test_an_unnamed_lapse_is_refused(qtbot, store, window):
    press_shortcut(qtbot, window, Qt.Key.Key_L)
    dialog = wait_dialog(qtbot, window, LapseDialog)
    assert dialog.substance.currentText() == ""
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message.isVisible()
    assert rows(store, "SELECT COUNT(*) FROM lapses") == [(0,)]


def test_deleting_a_lapse_gives_the_run_back(qtbot, tracked, window):
    page = today_page(window)
    page.refresh()
    assert page.streak_cards()[0].current.text() == "12"
    page.lapses.setFocus()
    page.lapses.setCurrentRow(0)
    qtbot.keyClick(page.lapses, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.streak_cards()[0].current.text() == "40")
    start = (now_local().date() - timedelta(days=40)).isoformat()
    assert rows(tracked, "SELECT sober_since FROM substances") == [(start,)]
    assert rows(tracked, "SELECT deleted_at IS NOT NULL FROM lapses") == [(1,)]


def test_reflection_slot_takes_a_widget(qtbot, store, window):
    page = today_page(window)
    assert page.reflection_slot.isVisible()  # Reflect's daily question fills it
    page.set_reflection_widget(QLabel("What went well today?"))
    assert page.reflection_slot.isVisible()
    assert page.reflection_layout.count() == 1
    assert page.reflection_layout.itemAt(0).widget().text() == "What went well today?"


def test_editing_a_lapse_to_an_earlier_day_recounts_the_run(qtbot, tracked, window):
    page = today_page(window)
    page.refresh()
    listing = page.lapses
    where = listing.visualItemRect(listing.item(0)).center()
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=where)
    dialog = wait_dialog(qtbot, window, LapseDialog)
    assert dialog.windowTitle() == "Edit lapse"
    retype(qtbot, dialog.when, moment_text(dialog.when.moment() - timedelta(days=7)))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.streak_cards()[0].current.text() == "19")
    since = (now_local().date() - timedelta(days=19)).isoformat()
    assert rows(tracked, "SELECT sober_since FROM substances") == [(since,)]
    assert rows(tracked, "SELECT COUNT(*) FROM lapses WHERE deleted_at IS NULL") == [(1,)]


def test_the_page_refreshes_itself_after_midnight(qtbot, store, window):
    page = today_page(window)
    assert page.midnight.isActive()
    assert page.midnight.timerType() == Qt.TimerType.PreciseTimer
    tomorrow = now_local().replace(hour=0, minute=0, second=0) + timedelta(days=1)
    assert 0 < page.midnight.remainingTime() <= (tomorrow - now_local()).total_seconds() * 1000 + 1000


def test_latest_entries_open_in_the_journal(qtbot, store, window):
    from recoveryjournal.domain.models import JournalEntry

    entry = JournalEntry(created_at=now_local(), title="A calmer evening", body="Walked to the river.")
    store.journal.add(entry)
    page = today_page(window)
    page.refresh()
    assert "A calmer evening" in list_texts(page.entries)[0]
    page.entries.setFocus()
    page.entries.setCurrentRow(0)
    qtbot.keyClick(page.entries, Qt.Key.Key_Return)
    assert window.current_page_key() == "journal"
    qtbot.keyClick(page.entries, Qt.Key.Key_Delete)  # entries are not deleted from Today
    assert rows(store, "SELECT deleted_at FROM journal_entries") == [(None,)]


def test_checkins_show_on_two_lines_and_every_list_fits_its_rows(qtbot, store, window):
    trigger = store.triggers.list()[0]
    moment = now_local().replace(hour=0, minute=5, second=0, microsecond=0)
    emotions, triggers = ["anxious", "lonely"], [trigger.id]
    store.checkins.add(CheckIn(moment, mood=2, craving=7, substance="Alcohol", emotions=emotions, trigger_ids=triggers))
    store.checkins.add(CheckIn(moment + timedelta(minutes=1), mood=4))
    for number in range(3):
        store.journal.add(JournalEntry(created_at=now_local(), title=f"Entry {number} " + "and more " * 20))
    window.resize(900, 700)
    window.show()
    page = today_page(window)
    page.refresh()
    qtbot.waitExposed(window)
    checkins = list_texts(page.checkins)
    assert checkins[0] == "00:06  —  Mood 4 · Good"
    assert checkins[1].split("\n") == [
        "00:05  —  Mood 2 · Low  —  Craving 7/10 for Alcohol",
        f"anxious, lonely  —  Triggers: {trigger.name}",
    ]
    long_entry = page.entries.item(0)
    assert long_entry.toolTip() == long_entry.text() and "\n" not in long_entry.text()
    for listing in (page.checkins, page.entries):
        QApplication.processEvents()
        assert listing.verticalScrollBar().maximum() == 0, listing.objectName()  # every row shows without scrolling


def test_a_new_day_after_the_journal_closed_reads_nothing(qtbot, tracked, window):
    """A window left open past its journal (as earlier tests' windows are) must not read a closed file at midnight."""
    page = today_page(window)
    before = page.checkins.count()
    tracked.close()
    page.midnight.timeout.emit()
    assert page.checkins.count() == before


def test_a_milestone_is_celebrated_once_and_remembered(qtbot, store, context):
    from recoveryjournal.ui.main_window import MainWindow

    store.sobriety.add(Substance("Alcohol", sober_since=now_local().date() - timedelta(days=7)))
    first = MainWindow(context)
    qtbot.addWidget(first)
    first.show()
    page = today_page(first)
    [card] = page.streak_cards()
    assert card.celebrating and card.milestone.text().startswith("7 days free from Alcohol, reached")
    assert "A full week" in card.milestone.text() and card.milestone.font().bold()
    [key] = store.settings.get("milestones/celebrated")
    assert key.startswith("alcohol|") and key.endswith("|7")
    page.refresh()  # while the app runs, the celebration stays
    assert page.streak_cards()[0].celebrating
    first.close()

    again = MainWindow(context)  # the next start: celebrated once, so not again
    qtbot.addWidget(again)
    again.show()
    [card] = today_page(again).streak_cards()
    assert not card.celebrating and card.milestone.text().startswith("Next milestone: 30 days")
