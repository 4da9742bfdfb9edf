"""Journal: every entry newest first with day headers, search with filters, and the editor that saves as you type."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from recoveryjournal.domain.clock import local_day, now_local
from recoveryjournal.domain.models import JournalEntry
from recoveryjournal.domain.search import HitKind, SearchHit
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.drafts import session_ending
from recoveryjournal.ui.look import page_layout
from recoveryjournal.ui.widgets.entry_editor import EntryEditor
from recoveryjournal.ui.widgets.entry_list import HIT_ROLE, EntryListModel, HtmlDelegate
from recoveryjournal.ui.widgets.search_bar import SearchBar

TABLE = "journal_entries"


class JournalPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self._own_change = False
        self._selecting = False

        self.search = SearchBar()
        self.model = EntryListModel(self.store.search, local_day(now_local()), self)
        self.list = QListView()
        self.list.setObjectName("journal_list")
        self.list.setAccessibleName(self.tr("Journal entries"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(HtmlDelegate(self.list))
        self.list.setUniformItemSizes(False)
        self.list.setWordWrap(True)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.empty = QLabel()
        self.empty.setObjectName("journal_empty")
        self.empty.setWordWrap(True)
        self.empty.hide()

        self.new_button = QPushButton(self.tr("New entry"))
        self.new_button.setObjectName("new_entry")
        self.new_button.setToolTip(self.tr("Start a new entry (Ctrl+N)"))
        self.delete_button = QPushButton(self.tr("Move to trash"))
        self.delete_button.setObjectName("delete_entry")
        self.delete_button.setToolTip(
            self.tr("Move this entry to the trash (Delete in the list); Ctrl+Z brings it back")
        )
        self.editor = EntryEditor(context)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.empty)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.editor, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = page_layout(QVBoxLayout(self))
        layout.addWidget(self.search)
        layout.addWidget(self.splitter, 1)

        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.New, self, self.new_entry, context=scope, whatsThis=self.tr("New entry"))
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search, context=scope, whatsThis=self.tr("Search"))
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.list, self.delete_current)
        delete.setWhatsThis(self.tr("Delete the chosen entry (it goes to the Trash)"))
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

        self.new_button.clicked.connect(self.new_entry)
        self.delete_button.clicked.connect(self.delete_current)
        self.search.changed.connect(self._search_changed)
        self.search.box.returnPressed.connect(self._enter_in_search)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.activated.connect(self._activated)
        self.editor.saved.connect(self._entry_saved)
        self.editor.created.connect(self._entry_created)
        context.changed.connect(self._data_changed)
        context.undo.restored.connect(self._restored)
        self._update_triggers()
        self._search_changed()

    # Page hooks

    def refresh(self) -> None:
        """Called when the page is shown: pick up a new day and anything written elsewhere."""
        self.model.load(self.search.text(), self.search.filters(), self._newest_first(), local_day(now_local()))
        self._after_load()
        self._select_current()

    def hideEvent(self, event: QHideEvent) -> None:
        self.editor.save_now()
        super().hideEvent(event)

    def before_close(self) -> bool:
        """Save on quit; if saving fails, say where the draft is and let the person choose (not at a logout, which
        cannot wait for an answer: the words are in the draft file already)."""
        if self.editor.save_now() or session_ending():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Your latest words are not in the journal yet"),
            self.tr("{editor}\n\nQuit anyway?").format(editor=self.editor.message.text()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # Actions

    def new_entry(self) -> None:
        if not self.editor.save_now():
            return
        self.list.selectionModel().clearSelection()
        self.editor.show_entry(None)
        self.editor.body.setFocus()

    def focus_search(self) -> None:
        self.search.box.setFocus()
        self.search.box.selectAll()

    def delete_current(self) -> None:
        entry = self.editor.entry
        if entry is None:
            return
        if not self.editor.save_now():
            return
        self.store.journal.delete(entry.id)
        label = entry.title.strip() or " ".join(entry.body.split()[:8]) or self.tr("untitled entry")
        self.context.undo.push(TABLE, entry.id, label)
        row = self.model.hit_row(HitKind.ENTRY, entry.id)
        self.editor.show_entry(None)
        self._notify()
        self.model.reload()
        self._after_load()
        self._select_row_near(row)
        self.list.setFocus()
        self.context.show_status(self.tr("Moved to the trash. Press Ctrl+Z to bring it back."))

    def open_entry(self, entry_id: int) -> None:
        """Show one entry in the editor and select it in the list when it is loaded there."""
        if self.editor.entry is not None and self.editor.entry.id == entry_id:
            return
        if not self.editor.save_now():
            self._select_current()
            return
        self.editor.show_entry(self.store.journal.get(entry_id))
        self._select_current()

    def open_hit(self, hit: SearchHit) -> None:
        """Open a search result with the cursor on the first match."""
        query = self.model.query
        if hit.kind is HitKind.REFLECTION:
            if not self.editor.save_now():
                return
            reflection = self.store.reflections.get(hit.record_id)
            self.editor.show_reflection(reflection)
            span = self.store.search.match_span(HitKind.REFLECTION, hit.record_id, query)
            if span is not None:
                column, start, end = span
                offset = len(reflection.prompt_text) + 2 if column == "answer" else 0
                self.editor.select_in_reader(start + offset, end + offset)
            return
        self.open_entry(hit.record_id)
        span = self.store.search.match_span(HitKind.ENTRY, hit.record_id, query)
        if span is None:
            return
        column, start, end = span
        if column == "body":
            self.editor.select_in_body(start, end)
        else:
            self.editor.select_in_title(start, end)

    # List

    def _newest_first(self) -> bool:
        return self.search.newest_first() or not self.search.text().strip()

    def _search_changed(self) -> None:
        if not self.editor.save_now():
            return
        self.model.load(self.search.text(), self.search.filters(), self._newest_first(), local_day(now_local()))
        self._after_load()
        self._select_current()

    def _enter_in_search(self) -> None:
        self.search.flush()
        first = self._first_hit_row()
        if first >= 0:
            index = self.model.index(first)
            self.list.setCurrentIndex(index)
            self._activated(index)

    def _after_load(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.empty.setVisible(not has_rows)
        if self.search.is_filtering():
            self.empty.setText(
                self.tr("Nothing matches. Try fewer words, a * after part of a word, or clear the filters.")
            )
        else:
            self.empty.setText(self.tr("No entries yet. Press Ctrl+N, or just start writing on the right."))

    def _first_hit_row(self) -> int:
        for row in range(self.model.rowCount()):
            if self.model.index(row).data(HIT_ROLE) is not None:
                return row
        return -1

    def _select_current(self) -> None:
        entry = self.editor.entry
        row = self.model.hit_row(HitKind.ENTRY, entry.id) if entry is not None else -1
        self._selecting = True
        try:
            if row >= 0:
                index = self.model.index(row)
                self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.list.scrollTo(index)
            else:
                self.list.selectionModel().clearSelection()
                self.list.selectionModel().setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
        finally:
            self._selecting = False

    def _select_row_near(self, row: int) -> None:
        for candidate in (
            *range(max(row, 0), self.model.rowCount()),
            *range(min(row, self.model.rowCount()) - 1, -1, -1),
        ):
            hit = self.model.index(candidate).data(HIT_ROLE)
            if hit is not None:
                self.list.setCurrentIndex(self.model.index(candidate))
                return

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        hit = current.data(HIT_ROLE)
        if hit is None:
            return
        if self.search.text().strip():
            self.open_hit(hit)
        elif hit.kind is HitKind.ENTRY:
            self.open_entry(hit.record_id)

    def _activated(self, index: QModelIndex) -> None:
        """Enter or double-click: open the result and move into the text."""
        hit = index.data(HIT_ROLE)
        if hit is None:
            return
        self.open_hit(hit) if self.search.text().strip() else self.open_entry(hit.record_id)
        if hit.kind is HitKind.ENTRY and not self.search.text().strip():
            self.editor.body.setFocus()

    # Keeping in step with the rest of the app

    def _entry_created(self, _entry: JournalEntry) -> None:
        self.model.reload()
        self._after_load()
        self._select_current()

    def _entry_saved(self, entry: JournalEntry) -> None:
        self.model.update_text(entry.id, entry.title, entry.body)
        self._notify()

    def _notify(self) -> None:
        self._own_change = True
        try:
            self.context.notify(TABLE)
        finally:
            self._own_change = False

    def _data_changed(self, what: str) -> None:
        if what == "triggers":
            self._update_triggers()
            self.editor.triggers.reload()
        if self._own_change or what not in (TABLE, "reflections", "triggers", "entry_triggers"):
            return
        self.model.reload()
        self._after_load()
        self._select_current()

    def _restored(self, table: str, record_id: int) -> None:
        if table == TABLE:
            self.open_entry(record_id)

    def _update_triggers(self) -> None:
        self.search.set_triggers(self.store.triggers.list(include_archived=True))
