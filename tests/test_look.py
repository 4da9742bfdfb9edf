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
