"""One look across pages: every page is titled with its sidebar name in the same type size, and a page or list with
nothing in it yet says what to do (driven through the main window on an empty journal)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

import recoveryjournal.ui
from recoveryjournal.ui.look import Type
from recoveryjournal.ui.pages import page_title

UI = Path(recoveryjournal.ui.__file__).parent
SIZE_HOMES = {"look.py", "theme.py"}
"""Where font sizes are defined: the type scale, and the text size that scales it."""
FIXED_SIZES_ALLOWED = {
    "dialogs/passphrase.py": "the printed recovery-key page: paper in a fixed size, whatever the screen's text size",
    "warm_up.py": "a document shaped like the summary's (which has <h1>), laid out once at start and never shown",
}
HARD_CODED_SIZE = re.compile(
    r"font-size:\s*\d"  # a style sheet or rich text size in pt or px
    r"|setPoint(Size|SizeF)\(\s*\d|setPixelSize\("  # a font given a number
    r"|pointSizeF?\(\)\s*\*\s*\d"  # a font grown by a number of its own
    r"|points\(\s*\d"  # theme.points(15): a number instead of a Type
    r"|<h[1-6][ >]|<big>|<small[ >]|<font\s+size"  # rich text sized by Qt's own steps (<h3>, <small>)
    r"|(QLabel|setText)\((self\.tr\()?f?[\"']<b>[^<]*</b>[\"']"  # a whole label in bold: a heading in disguise
)
SCALE = (Type.PAGE, Type.SECTION, Type.LABEL, Type.FIGURE, Type.SMALL)
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


def test_font_sizes_come_from_the_type_scale_only():
    found = []
    for path in sorted(UI.rglob("*.py")):
        name = path.relative_to(UI).as_posix()
        if name in SIZE_HOMES or name in FIXED_SIZES_ALLOWED:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if HARD_CODED_SIZE.search(line):
                found.append(f"{name}:{number}: {line.strip()}")
    assert not found, "use a ui.look Type size (look.heading / look.section / look.rich_style):\n" + "\n".join(found)
    assert all((UI / name).exists() for name in FIXED_SIZES_ALLOWED)  # the allow-list holds no stale entries


def test_the_check_for_hard_coded_sizes_finds_each_kind():
    for line in (
        "label.setStyleSheet('font-size: 14pt')",
        "<span style='font-size:12px'>",
        "font.setPointSizeF(13)",
        "font.setPointSizeF(font.pointSizeF() * 1.4)",
        "size = theme.points(16)",
        "self.title.setText(f'<h3>{title}</h3>')",
        "'<p><small>{when}</small></p>'",
        'QLabel(self.tr("<b>Your reflections</b>"))',
        'self.title = QLabel(f"<b>{question}</b>")',
    ):
        assert HARD_CODED_SIZE.search(line), line
    for line in (
        "font-size: {points(Type.SECTION)}pt",
        "f\"<p style='{rich_style(Type.SMALL)}'>{when}</p>\"",
        'QLabel(self.tr("<b>History</b> — pick a review"))',
    ):
        assert not HARD_CODED_SIZE.search(line), line


def test_a_section_heading_on_a_page_and_a_dialog_heading_are_one_size(qtbot, window, store):
    from recoveryjournal.ui.crisis import journal_crisis_lines
    from recoveryjournal.ui.dialogs.measure import MeasureDialog
    from recoveryjournal.ui.help_now import HelpNowPanel
    from recoveryjournal.ui.widgets.due_measures import current_catalogue

    today = window.show_page("today")
    section = next(label for label in today.findChildren(QLabel) if label.text() == "Sober days")
    instrument = current_catalogue(store).get("phq9")
    dialog = MeasureDialog(window.context, instrument, window)
    qtbot.addWidget(dialog)
    title = next(label for label in dialog.findChildren(QLabel) if label.text() == instrument.title)
    assert title.font().pointSizeF() == section.font().pointSizeF() == window.font().pointSizeF() * Type.SECTION
    assert title.font().bold() and section.font().bold()
    panel = HelpNowPanel(window.context, lambda: journal_crisis_lines(store))
    qtbot.addWidget(panel)
    help_title = next(label for label in panel.findChildren(QLabel) if label.text().startswith("You're not alone"))
    assert help_title.font().pointSizeF() == today.findChild(QLabel, "page_heading").font().pointSizeF()


def _on_the_scale(widget, base: float, sizes=SCALE) -> bool:
    """Its font is ``base`` times a ``Type`` size (to the whole point a style sheet rounds it to)."""
    return any(abs(widget.font().pointSizeF() - base * size) <= 0.5 for size in sizes)


def _spaced(layout) -> bool:
    """Margins and spacing from the spacing scale (``look.page_layout``)."""
    from recoveryjournal.ui.look import Space

    margins = layout.contentsMargins()
    sides = {margins.left(), margins.top(), margins.right(), margins.bottom()}
    return sides == {Space.PAGE} and layout.spacing() == Space.PAGE


def test_every_page_and_dialog_takes_the_type_scale_and_the_spacing_scale(qtbot, demo_window):
    """Group titles are a section heading's size and weight (and what they hold is not); every bold label is a
    size of the scale (session review's at its reading size). A page's outer layout (or its scrolled body's) and
    every dialog's have the spacing scale's margins and spacing."""
    from dialog_catalogue import dialog_factories, session_review
    from PySide6.QtWidgets import QApplication, QGroupBox, QLayout, QScrollArea, QWidget

    from recoveryjournal.ui.pages import PAGES

    base = QApplication.font().pointSizeF()
    roots = {}
    for spec in PAGES:
        page = roots[spec.key] = demo_window.show_page(spec.key)
        layout = page.findChild(QLayout, "page_layout")
        assert layout is not None and _spaced(layout), spec.key
        scrolled = [area.widget() for area in page.findChildren(QScrollArea)]
        assert layout.parentWidget() is page or layout.parentWidget() in scrolled, spec.key
    fitted = 0
    for name, make in dialog_factories(demo_window).items():
        dialog = roots[name] = make()
        qtbot.addWidget(dialog)
        body = dialog.findChild(QWidget, "dialog_body")
        if body is not None:
            fitted += 1
            assert _spaced(body.layout()), name
        elif name == "unlock":  # opens before the window, on its own
            assert _spaced(dialog.layout()), name
    assert fitted >= 18
    review = session_review(demo_window)
    qtbot.addWidget(review)
    boxes = 0
    for name, root in roots.items():
        for box in root.findChildren(QGroupBox):
            boxes += 1
            assert box.font().pointSizeF() == pytest.approx(base * Type.SECTION) and box.font().bold(), box.title()
            for label in box.findChildren(QLabel):
                assert label.font().pointSizeF() != box.font().pointSizeF(), (name, box.title(), label.text())
        for label in root.findChildren(QLabel):
            if label.font().bold() and label.font().pointSizeF() != base:
                assert _on_the_scale(label, base), (name, label.text(), label.font().pointSizeF())
    assert boxes >= 15
    reading = [size * Type.READING for size in SCALE]
    for label in review.findChildren(QLabel):
        if label.font().bold():
            assert _on_the_scale(label, base, (*SCALE, *reading)), label.text()
    labels = [label for root in roots.values() for label in root.findChildren(QLabel)]
    for text in (
        "Your reflections",
        "What stands out",
        "This week in your data",
        "How am I really doing?",
        "Your people",
        "Crisis line",
        "Your answers",
    ):
        found = [label for label in labels if label.text() == text]
        assert found and all(label.font().bold() and _on_the_scale(label, base, (Type.SECTION,)) for label in found)


def test_page_names_table_headings_and_suggestions_are_whole_at_twice_the_text_size(qtbot, demo_window):
    """At 200 % text on 1280×720 and on 960×540 (1920×1080 at 2×): every sidebar name, every table's headings and
    cells on every page, the names of Insights' views and My plan's suggestions show their full text."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QApplication, QScrollArea, QStyle, QTableView

    from recoveryjournal.ui import theme
    from recoveryjournal.ui.pages import PAGES

    app = QApplication.instance()
    sidebar = demo_window.sidebar
    theme.apply_appearance(app, "light", 200)
    try:
        for width, height in ((1280, 690), (960, 540)):
            demo_window.resize(width, height)
            qtbot.waitUntil(lambda width=width: demo_window.width() == width)
            margin = sidebar.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, sidebar) + 1
            for row in range(sidebar.count()):
                item = sidebar.item(row)
                room = sidebar.visualItemRect(item).width() - 2 * margin
                assert sidebar.fontMetrics().horizontalAdvance(item.text()) <= room, (width, item.text())
            tables = 0
            for spec in PAGES:
                page = demo_window.show_page(spec.key)
                QApplication.processEvents()
                for table in page.findChildren(QTableView):
                    if not table.isVisible():
                        continue
                    tables += 1
                    header = table.horizontalHeader()
                    bold = QFont(header.font())
                    bold.setBold(True)
                    metrics = QFontMetrics(bold)
                    padding = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
                    for column in range(header.count()):
                        text = str(table.model().headerData(column, Qt.Orientation.Horizontal))
                        where = (width, spec.key, text)
                        assert header.sectionSize(column) >= metrics.horizontalAdvance(text) + padding, where
                        assert header.sectionSize(column) >= table.sizeHintForColumn(column), where
            assert tables >= 8
            tools = demo_window.show_page("toolbox").table
            QApplication.processEvents()
            assert tools.viewport().height() >= 4 * tools.rowHeight(0), width  # a few tools in view, not one
            views = demo_window.show_page("insights").view_list
            QApplication.processEvents()
            for row in range(views.count()):
                item = views.item(row)
                rect = views.visualItemRect(item).intersected(views.viewport().rect()).adjusted(margin, 0, -margin, 0)
                needed = views.fontMetrics().boundingRect(rect, Qt.TextFlag.TextWordWrap, item.text())
                assert needed.width() <= rect.width() and needed.height() <= rect.height(), (width, item.text())
            plan = demo_window.show_page("plan")
            QApplication.processEvents()
            viewport = plan.findChild(QScrollArea).viewport()
            suggestions = plan.suggestion_buttons()
            assert suggestions
            for button in suggestions:
                label = button.label
                right = label.mapTo(viewport, label.rect().topRight()).x()
                assert right < viewport.width() and label.height() >= label.heightForWidth(label.width()), label.text()
    finally:
        theme.apply_appearance(app, "system", 100)
