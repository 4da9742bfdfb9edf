"""Session review: the summary full-screen, one section at a time, for a client and therapist to look at together.

It is a separate full-screen window and the main window is hidden while it is open, so nothing else of the journal
(no private entry, no other page) can appear by accident. Left/Right or Page Up/Page Down move between sections; Esc
leaves. The notes box is saved as a journal entry of kind "session note" with the Save button (Ctrl+S) and on leaving;
until then it keeps a draft as the person types, and a save the journal refuses keeps the notes as a draft.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from recoveryjournal.domain import dates
from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.models import EntryKind, JournalEntry
from recoveryjournal.domain.summary import Summary
from recoveryjournal.export.pdf import SvgObject, vector_charts
from recoveryjournal.export.summary_render import period_text, section_bodies
from recoveryjournal.ui import theme
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.drafts import DraftKeeper
from recoveryjournal.ui.look import Space, Type, heading, points


def review_style() -> str:
    """The summary's own colours, on the page shown as paper (``theme.paper``), in sizes that follow the text size."""
    read = Type.READING
    return f"""
body, p, li, td, th {{ font-size: {points(read)}pt; color: #1b1f24; }}
h1 {{ font-size: {points(read * Type.PAGE)}pt; color: #17324d; }}
h2 {{ font-size: {points(read * Type.SECTION)}pt; color: #17324d; }}
h3 {{ font-size: {points(read)}pt; color: #1b1f24; }}
th {{ background-color: #e8ecf1; color: #17324d; font-weight: 600; }}
td {{ border-bottom: 1px solid #d5dbe1; }}
td.label {{ color: #4b5661; }}
.muted, .eyebrow {{ font-size: {points(read * Type.SMALL)}pt; color: #4b5661; }}
.note {{ color: #4b5661; font-style: italic; }}
.period {{ font-size: {points(read * Type.SECTION)}pt; }}
"""


CHART_MARGIN = 120
"""Room left beside a chart so it fits the screen without a sideways scroll bar."""
NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_PageDown)
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_PageUp)


class ReviewWindow(QWidget):
    """One section per screen; ``closed`` is emitted after the notes are saved and the window goes away."""

    closed = Signal()

    def __init__(self, context: AppContext, summary: Summary, charts: dict[str, bytes | None]) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("session_review")
        self.setWindowTitle(self.tr("Session review — Recovery Journal"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.summary = summary
        self.charts = charts
        self.sections = section_bodies(summary, charts)
        # Charts are painted as vectors at the screen's own resolution, so they stay crisp at any pixel ratio.
        self.chart_painter = SvgObject(self)
        self.index = 0
        self.note_id: int | None = None

        self.position = QLabel()
        self.position.setObjectName("review_position")
        hint = QLabel(self.tr("← → or Page Up / Page Down to move · Esc to leave"))
        for label in (self.position, hint):  # read at twice the text size: at 200 % too, they wrap, not widen
            label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.position, 1)
        top.addWidget(hint)

        self.page = QTextBrowser()
        self.page.setObjectName("review_page")
        self.page.setOpenLinks(False)
        self.page.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.page.setAccessibleName(self.tr("Summary section"))
        self.page.document().setDocumentMargin(24)
        theme.paper(self.page)  # the summary as printed: its charts and colours are made for a white page

        self.notes = QPlainTextEdit()
        self.notes.setObjectName("session_notes")
        self.notes.setPlaceholderText(
            self.tr("Notes from today's session — what we talked about, what to try this week…")
        )
        self.notes.setAccessibleName(self.tr("Notes from today's session"))
        self.notes.setMaximumHeight(130)
        self.private = QCheckBox(self.tr("Keep these notes private (never in a summary)"))
        self.private.setObjectName("session_notes_private")
        self.save_button = QPushButton(self.tr("Save notes"))
        self.save_button.setObjectName("save_session_notes")
        self.save_button.clicked.connect(self.save_notes)
        self.leave_button = QPushButton(self.tr("Leave review"))
        self.leave_button.clicked.connect(self.close)
        self.saved = QLabel()
        self.saved.setObjectName("session_notes_state")
        self.saved.setWordWrap(True)
        note_bar = QHBoxLayout()
        note_bar.addWidget(self.saved, 1)
        note_bar.addWidget(self.private)
        note_bar.addWidget(self.save_button)
        note_bar.addWidget(self.leave_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(Space.COLUMN, Space.PAGE, Space.COLUMN, Space.PAGE)
        layout.addLayout(top)
        layout.addWidget(self.page, 1)
        layout.addWidget(heading(self.tr("Notes from today's session"), Type.READING * Type.SMALL))
        layout.addLayout(note_bar)
        layout.addWidget(self.notes)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_notes)
        self.behind: QWidget | None = None  # the main window, hidden while the review is open
        self.drafts = DraftKeeper(context.store, "session_notes", self.tr("Notes from a session review"), parent=self)
        self.drafts.watch("notes", self.tr("Notes from today's session"), self.notes)
        theme.follow(self, lambda: self._restyle(hint))

    def _restyle(self, hint: QLabel) -> None:
        muted = theme.colours().muted
        small = points(Type.READING * Type.SMALL)
        self.position.setStyleSheet(f"font-size: {small}pt; color: {muted};")
        hint.setStyleSheet(f"font-size: {small}pt; color: {muted};")
        self.notes.setStyleSheet(f"font-size: {small}pt;")
        self.show_section(self.index)

    def show_section(self, index: int) -> None:
        self.index = max(0, min(index, len(self.sections) - 1))
        width = max(480, self.page.viewport().width() - CHART_MARGIN)
        self.sections = section_bodies(self.summary, self.charts, width)
        section, heading, body = self.sections[self.index]
        title = heading or self.tr("Cover")
        self.position.setText(
            self.tr("{period_text} · {index} of {sections} · {title}").format(
                period_text=period_text(self.summary), index=self.index + 1, sections=len(self.sections), title=title
            )
        )
        size = points(Type.READING * Type.SECTION)
        heading_html = (
            f'<p style="font-size: {size}pt; font-weight: 600; color: #17324d; margin-bottom: 12pt">{heading}</p>'
            if section
            else ""
        )
        self.page.setHtml(f"<html><head><style>{review_style()}</style></head><body>{heading_html}{body}</body>")
        vector_charts(self.page.document(), self.chart_painter)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.show_section(self.index)

    def current_heading(self) -> str:
        return self.sections[self.index][1] or self.tr("Cover")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in NEXT_KEYS:
            self.show_section(self.index + 1)
        elif key in PREVIOUS_KEYS:
            self.show_section(self.index - 1)
        elif key == Qt.Key.Key_Escape:
            self.close()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            bar = self.page.verticalScrollBar()
            step = bar.singleStep() * 3
            bar.setValue(bar.value() + (step if key == Qt.Key.Key_Down else -step))
        else:
            super().keyPressEvent(event)

    def save_notes(self, parent: QWidget | None = None) -> bool:
        """Keep the notes as a journal entry (kind "session note"); saving again updates the same entry.

        When the journal refuses the write, the notes stay as a draft and a plain message (over ``parent``) says so.
        """
        text = self.notes.toPlainText()
        if not text.strip():
            return True
        if not self.drafts.save_or_keep(lambda: self._write_notes(text), parent or self):
            self.saved.setText(self.tr("Not saved — kept as a draft"))
            return False
        self.drafts.rebase()
        self.drafts.let_go()
        self.saved.setText(self.tr("Saved to your journal"))
        self.context.notify("journal_entries")
        return True

    def _write_notes(self, text: str) -> None:
        journal = self.context.store.journal
        if self.note_id is None:
            now = now_local()
            entry = JournalEntry(
                created_at=now,
                title=self.tr("Session notes, {dates}").format(dates=dates.short_date(now.date())),
                body=text,
                private=self.private.isChecked(),
                kind=EntryKind.SESSION_NOTE,
            )
            self.note_id = journal.add(entry)
        else:
            entry = journal.get(self.note_id)
            entry.body = text
            entry.private = self.private.isChecked()
            journal.update(entry)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_notes(self.behind)
        event.accept()
        self.closed.emit()


def start_review(window, summary: Summary | None = None) -> ReviewWindow:
    """Open session review over the main window (hidden until the review ends); default period when none given."""
    from recoveryjournal.export.summary_charts import chart_svgs

    context: AppContext = window.context
    if summary is None:
        from recoveryjournal.domain.summary import SummaryOptions, default_period
        from recoveryjournal.export.summary_export import last_export, make_summary

        now = now_local()
        start, end = default_period(now.date(), last_export(context.store))
        summary = make_summary(context.store, SummaryOptions(start, end), now)
    review = ReviewWindow(context, summary, chart_svgs(summary))
    window.session_review = review  # a top-level window without a parent: keep it alive while it is open
    review.behind = window
    window.hide()
    review.closed.connect(window.show)
    review.closed.connect(lambda: setattr(window, "session_review", None))
    review.showFullScreen()
    review.activateWindow()
    review.setFocus()
    return review
