"""One journal entry: title, body, reading view, kind (entry, therapy notes, session notes), mood, triggers and the
private flag, saved as the person types.

Autosave: the words go to disk at most ``AUTOSAVE_MS`` after the first keystroke not yet saved, however fast the keys
keep coming (a crash loses less than a second of typing), when focus leaves the editor, before another entry opens and
on quit. When a write fails the text stays in the editor, a message bar says why, and a copy goes to
a private draft file so nothing typed is lost.
"""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from recoveryjournal.domain import dates
from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.models import EntryKind, JournalEntry
from recoveryjournal.domain.reflection_models import Reflection
from recoveryjournal.store import errors
from recoveryjournal.store.drafts import delete_draft, save_keeping_words
from recoveryjournal.ui import theme
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.drafts import AUTOSAVE_MS
from recoveryjournal.ui.look import Type, rich_style
from recoveryjournal.ui.pages import page_title
from recoveryjournal.ui.widgets.mood_scale import MoodScale
from recoveryjournal.ui.widgets.trigger_picker import TriggerPicker

PARAGRAPH_SEPARATOR = "\u2029"
MARKDOWN = QTextDocument.MarkdownFeature.MarkdownDialectGitHub | QTextDocument.MarkdownFeature.MarkdownNoHTML


def utf16_offset(text: str, index: int) -> int:
    """Qt counts positions in UTF-16 units; Python in code points (they differ after an emoji)."""
    return len(text[:index].encode("utf-16-le")) // 2


class EntryEditor(QWidget):
    """Edits one entry; ``saved`` carries the entry after each successful write."""

    saved = Signal(object)
    created = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.entry: JournalEntry | None = None
        self._dirty = False
        self._loading = False
        self._draft_name = ""
        self._drafted = False
        self.last_error: errors.StoreError | None = None

        self.message_bar = QFrame()
        self.message_bar.setObjectName("save_problem")
        theme.follow(self.message_bar, lambda: self.message_bar.setStyleSheet(theme.warning_style("save_problem")))
        bar = QHBoxLayout(self.message_bar)
        self.message = QLabel()
        self.message.setObjectName("save_problem_text")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.clicked.connect(self.save_now)
        bar.addWidget(self.message, 1)
        bar.addWidget(self.retry_button)
        self.message_bar.hide()

        self.title = QLineEdit()
        self.title.setObjectName("entry_title")
        self.title.setPlaceholderText(self.tr("Title (optional)"))
        self.title.setAccessibleName(self.tr("Entry title"))
        self.body = QPlainTextEdit()
        self.body.setObjectName("entry_body")
        self.body.setPlaceholderText(
            self.tr(
                "Write whatever is on your mind. *Stars* or _underscores_ for emphasis, - for a list. "
                "Saved as you type."
            )
        )
        self.body.setAccessibleName(self.tr("Entry text"))
        self.reader = QTextBrowser()
        self.reader.setObjectName("entry_reader")
        self.reader.setOpenLinks(False)
        self.reader.setAccessibleName(self.tr("Entry, reading view"))
        self.views = QStackedWidget()
        self.views.addWidget(self.body)
        self.views.addWidget(self.reader)

        self.read_button = QPushButton(self.tr("Reading view"))
        self.read_button.setObjectName("reading_view")
        self.read_button.setCheckable(True)
        self.read_button.setToolTip(self.tr("Show the entry with emphasis and lists laid out (Ctrl+R)"))
        self.read_button.setShortcut("Ctrl+R")
        self.read_button.toggled.connect(self._show_reading)
        self.private = QCheckBox(self.tr("Private"))
        self.private.setObjectName("entry_private")
        self.private.setToolTip(
            self.tr("Private entries are never exported or shared unless you choose to include them")
        )
        self.kind = QComboBox()
        self.kind.setObjectName("entry_kind")
        self.kind.setAccessibleName(self.tr("Kind of writing"))
        self.kind.setToolTip(
            self.tr("Therapy notes: what you want to bring to therapy or take from it. The summary names them as such.")
        )
        for kind, label in (
            (EntryKind.ENTRY, self.tr("Journal entry")),
            (EntryKind.THERAPY_NOTE, self.tr("Therapy notes")),
            (EntryKind.SESSION_NOTE, self.tr("Session notes")),
        ):
            self.kind.addItem(label, kind)
        self.mood = MoodScale()
        self.triggers = TriggerPicker(self.store.triggers)
        self.words = QLabel()
        self.words.setObjectName("word_count")
        self.state = QLabel()
        self.state.setObjectName("save_state")
        self.note = QLabel()
        self.note.setObjectName("reader_note")
        self.note.setWordWrap(True)
        self.note.hide()

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.kind)
        top.addWidget(self.private)
        top.addWidget(self.read_button)
        details = QHBoxLayout()
        details.addWidget(QLabel(self.tr("Mood")))
        details.addWidget(self.mood, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.words)
        footer.addStretch(1)
        footer.addWidget(self.state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.note)
        layout.addLayout(top)
        layout.addWidget(self.views, 1)
        layout.addLayout(details)
        layout.addWidget(self.triggers)
        layout.addLayout(footer)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        self.title.textEdited.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.private.toggled.connect(self._details_changed)
        self.kind.currentIndexChanged.connect(self._details_changed)
        self.mood.changed.connect(self._details_changed)
        self.triggers.changed.connect(self._details_changed)
        for widget in (self.title, self.body):
            widget.installEventFilter(self)
        self.show_entry(None)

    # Loading

    def show_entry(self, entry: JournalEntry | None) -> None:
        """Put ``entry`` (or a blank new one) in the editor; save the current one first."""
        self._loading = True
        try:
            if not self.note.isHidden():
                self.read_button.setChecked(False)
            self.entry = entry
            self._draft_name = f"entry-{entry.id}" if entry else f"new-entry-{now_local():%Y%m%d-%H%M%S}"
            self._drafted = False
            self.note.hide()
            self._set_editable(True)
            self.title.setText(entry.title if entry else "")
            self.body.setPlainText(entry.body if entry else "")
            self.private.setChecked(entry.private if entry else False)
            self.kind.setCurrentIndex(self.kind.findData(entry.kind if entry else EntryKind.ENTRY))
            self.mood.setValue(entry.mood if entry else None)
            self.triggers.reload()
            self.triggers.set_trigger_ids(entry.trigger_ids if entry else [])
            self._dirty = False
            self._update_words()
            self._show_state()
            if self.read_button.isChecked():
                self._render()
        finally:
            self._loading = False

    def show_reflection(self, reflection: Reflection) -> None:
        """Reflections are found with the journal; they are read here and edited on their own page."""
        self.entry = None
        self.read_button.setChecked(True)
        self._set_editable(False)
        self.note.setText(
            self.tr("Reflection from {day}. You can edit it on the {page} page.").format(
                day=dates.long_date(reflection.at.date()), page=page_title("reflect")
            )
        )
        self.note.show()
        self.reader.setPlainText(f"{reflection.prompt_text}\n\n{reflection.answer}")
        self.words.setText(self.tr("{reflection} words").format(reflection=len(reflection.answer.split())))
        self.state.clear()

    def _set_editable(self, editable: bool) -> None:
        for widget in (self.title, self.kind, self.private, self.read_button, self.mood, self.triggers):
            widget.setEnabled(editable)

    # Cursor placement

    def select_in_body(self, start: int, end: int) -> None:
        """Open the editor with the characters ``start:end`` of the body selected and in view."""
        self.read_button.setChecked(False)
        text = plain_text(self.body)
        cursor = self.body.textCursor()
        cursor.setPosition(utf16_offset(text, start))
        cursor.setPosition(utf16_offset(text, end), QTextCursor.MoveMode.KeepAnchor)
        self.body.setTextCursor(cursor)
        self.body.centerCursor()
        self.body.setFocus()

    def select_in_title(self, start: int, end: int) -> None:
        self.read_button.setChecked(False)
        text = self.title.text()
        self.title.setFocus()
        self.title.setSelection(utf16_offset(text, start), utf16_offset(text, end) - utf16_offset(text, start))

    def select_in_reader(self, start: int, end: int) -> None:
        text = self.reader.toPlainText()
        cursor = self.reader.textCursor()
        cursor.setPosition(utf16_offset(text, start))
        cursor.setPosition(utf16_offset(text, end), QTextCursor.MoveMode.KeepAnchor)
        self.reader.setTextCursor(cursor)
        self.reader.ensureCursorVisible()

    # Saving

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self._dirty:
            self.save_now()
        return super().eventFilter(watched, event)

    def _edited(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._update_words()
        self.state.setText(self.tr("Saving…"))
        if not self._timer.isActive():  # restarting it at every key would put the save off while the person types
            self._timer.start()

    def _details_changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.save_now()

    def save_now(self) -> bool:
        """Write the entry if anything changed; ``False`` (with the message bar shown) when the write failed."""
        self._timer.stop()
        if not self._dirty:
            return True
        title, body = self.title.text(), plain_text(self.body)
        if self.entry is None and not title.strip() and not body.strip():
            self._dirty = False
            self._show_state()
            return True
        text = f"{title}\n\n{body}" if title else body
        try:
            save_keeping_words(self.store, self._draft_name, text, lambda: self._write(title, body))
        except errors.StoreError as error:
            self._failed(error)
            return False
        self._dirty = False
        self.last_error = None
        self.message_bar.hide()
        if self._drafted:
            delete_draft(self.store.folder, self._draft_name)
            self._drafted = False
        self._show_state()
        self.saved.emit(self.entry)
        return True

    def _write(self, title: str, body: str) -> None:
        if self.entry is None:
            self._create(title, body)
        elif self._details_differ():
            self._write_all(title, body)
        else:
            self.store.journal.save_text(self.entry.id, title, body)
            self.entry.title, self.entry.body, self.entry.updated_at = title, body, now_local()

    def _create(self, title: str, body: str) -> None:
        entry = JournalEntry(created_at=now_local(), title=title, body=body)
        with self.store.db.atomic():
            self._fill_details(entry)
            self.store.journal.add(entry)
        self.entry = entry
        self.created.emit(entry)

    def _write_all(self, title: str, body: str) -> None:
        entry = replace(self.entry, title=title, body=body)
        with self.store.db.atomic():
            self._fill_details(entry)
            self.store.journal.update(entry)
        self.entry = entry

    def _fill_details(self, entry: JournalEntry) -> None:
        entry.private = self.private.isChecked()
        entry.kind = EntryKind(self.kind.currentData())
        entry.mood = self.mood.value()
        entry.trigger_ids = self.triggers.resolve_ids()

    def _details_differ(self) -> bool:
        entry = self.entry
        chosen = [trigger.id for trigger in self.triggers.chosen()]
        chosen_details = (self.kind.currentData(), self.private.isChecked(), self.mood.value(), chosen)
        return (entry.kind, entry.private, entry.mood, entry.trigger_ids) != chosen_details

    def _failed(self, error: errors.StoreError) -> None:
        self.last_error = error
        draft = getattr(error, "draft", None)
        self._drafted = draft is not None
        if draft is not None:
            where = self.tr(" A copy of your text is in {draft}.").format(draft=draft)
        else:
            where = self.tr(" A copy could not be written either, so please keep this window open.")
        self.message.setText(
            self.tr(
                "{title}: {message} Your text is still here and will be saved when writing works again.{where}"
            ).format(title=error.title, message=error.message, where=where)
        )
        self.message_bar.show()
        self.state.setText(self.tr("Not saved"))

    # Display

    def _show_state(self) -> None:
        if self.entry is None:
            self.state.setText(self.tr("New entry — saved once you start writing"))
        else:
            stamp = self.entry.updated_at or self.entry.created_at
            self.state.setText(
                self.tr("Written {written} · saved {time}").format(
                    written=dates.short_date_time(self.entry.created_at), time=f"{stamp:%H:%M}"
                )
            )

    def _update_words(self) -> None:
        count = len(plain_text(self.body).split())
        self.words.setText(self.tr("1 word") if count == 1 else self.tr("{count} words").format(count=count))

    def _show_reading(self, reading: bool) -> None:
        if reading:
            self._render()
        self.views.setCurrentWidget(self.reader if reading else self.body)

    def _render(self) -> None:
        title = self.title.text().strip()
        document = QTextDocument(self.reader)
        document.setMarkdown(plain_text(self.body), MARKDOWN)
        if title:
            cursor = QTextCursor(document)
            cursor.movePosition(QTextCursor.MoveOperation.Start)
            cursor.insertHtml(f"<p style='{rich_style(Type.SECTION, bold=True)}'>{html.escape(title)}</p>")
            cursor.insertBlock()
        self.reader.setDocument(document)


def plain_text(edit: QPlainTextEdit) -> str:
    """The text exactly as typed: ``toPlainText`` would turn non-breaking spaces into plain ones."""
    return edit.document().toRawText().replace(PARAGRAPH_SEPARATOR, "\n")
