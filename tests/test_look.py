"""One look across pages: every page is titled with its sidebar name in the same type size, and a page or list with
nothing in it yet says what to do (driven through the main window on an empty journal)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from recoveryjournal.ui.look import Type
from recoveryjournal.ui.pages import page_title

TITLED = ("insights", "reflect", "plan", "triggers", "toolbox", "treatment", "measures", "trash")


def test_every_page_is_titled_with_its_sidebar_name_in_one_size(qtbot, window):
    today = window.show_page("today").findChild(QLabel, "page_heading")
    size = today.font().pointSizeF()
    assert size == window.font().pointSizeF() * Type.PAGE and today.font().bold()
    for key in TITLED:
        heading = window.show_page(key).findChild(QLabel, "page_heading")
        assert heading is not None and heading.isVisible(), key
        assert heading.text() == page_title(key)
        assert heading.font().pointSizeF() == size and heading.font().bold()


def test_empty_pages_say_what_to_do(qtbot, window):
    today = window.show_page("today")
    for label, words in (
        (today.no_streaks, "Track a substance"),
        (today.no_checkins, "takes a few seconds"),
        (today.no_entries, f"The {page_title('journal')} page (Ctrl+2)"),
    ):
        assert label.isVisible() and words in label.text()
    treatment = window.show_page("treatment")
    assert treatment.no_sessions.isVisible() and "press Log session" in treatment.no_sessions.text()
    assert not treatment.sessions.isVisible()
    journal = window.show_page("journal")
    assert journal.empty.isVisible() and "Ctrl+N" in journal.empty.text()
    measures = window.show_page("measures")
    assert measures.no_medications.isVisible() and "Add one below" in measures.no_medications.text()
    assert not measures.medication_table.isVisible()
    reflect = window.show_page("reflect")
    assert reflect.empty.isVisible() and reflect.empty.text()


def test_today_stacks_its_columns_at_twice_the_text_size_on_the_smallest_screen(qtbot, demo_window):
    """960×540 logical (1920×1080 at 2×, stricter than 1280×720) with 200 % text: no sideways scrolling, and every
    section of Today is reached by scrolling down; no other page scrolls sideways either."""
    from PySide6.QtWidgets import QApplication, QScrollArea

    from recoveryjournal.ui import theme

    app = QApplication.instance()
    today = demo_window.show_page("today")
    scroll = today.findChild(QScrollArea)
    assert not today.columns.stacked()  # side by side at 1200×800 and 100 %
    theme.apply_appearance(app, "light", 200)
    try:
        demo_window.resize(960, 540)
        qtbot.waitUntil(lambda: demo_window.width() == 960)
        qtbot.waitUntil(today.columns.stacked)
        QApplication.processEvents()
        assert not scroll.horizontalScrollBar().isVisible()
        assert scroll.verticalScrollBar().isVisible()
        headings = [label for label in today.findChildren(QLabel) if label.isVisible() and label.font().bold()]
        assert {"Sober days", "Today's check-ins", "Latest journal entries"} <= {label.text() for label in headings}
        for label in headings:
            scroll.ensureWidgetVisible(label)
            top_left = label.mapTo(scroll.viewport(), label.rect().topLeft())
            assert scroll.viewport().rect().contains(top_left), label.text()
            assert top_left.x() + label.width() <= scroll.viewport().width(), label.text()
        for key in ("journal", *TITLED):
            page = demo_window.show_page(key)
            QApplication.processEvents()
            sideways = [area for area in page.findChildren(QScrollArea) if area.horizontalScrollBar().isVisible()]
            assert not sideways, key  # a row of fixed-width words or buttons wider than the page
    finally:
        theme.apply_appearance(app, "system", 100)
    demo_window.resize(1200, 800)
    demo_window.show_page("today")
    qtbot.waitUntil(lambda: not today.columns.stacked())  # and side by side again when there is room
