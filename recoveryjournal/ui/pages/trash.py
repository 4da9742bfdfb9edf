"""Trash: everything deleted, newest first, to bring back — or, after asking, to erase for good."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recoveryjournal.domain import dates
from recoveryjournal.store.trash import TrashItem
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.look import page_heading, page_layout
from recoveryjournal.ui.pages import page_title
from recoveryjournal.ui.widgets.record_table import name_table


class TrashPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.items: list[TrashItem] = []
        self.confirm: QMessageBox | None = None

        heading = page_heading(page_title("trash"))
        self.intro = QLabel()
        self.intro.setObjectName("trash_intro")
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("trash_list")
        name_table(self.table, self.tr("Deleted records"))
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Deleted")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("trash_restore")
        self.restore_button.setToolTip(self.tr("Bring the selected records back (Enter)"))
        self.empty_button = QPushButton(self.tr("Empty trash…"))
        self.empty_button.setObjectName("trash_empty")

        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        layout = page_layout(QVBoxLayout(self))
        layout.addWidget(heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table, self.restore_selected)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.setWhatsThis(self.tr("Restore the chosen records"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.ask_to_empty)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        context.changed.connect(lambda _what: self.refresh())

    def refresh(self) -> None:
        self.items = self.store.trash.items()
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            what = QTableWidgetItem(" ".join(item.label.split()))
            what.setToolTip(item.label)
            self.table.setItem(row, 0, what)
            self.table.setItem(row, 1, QTableWidgetItem(dates.short_date_time(item.deleted_at)))
        self.intro.setText(
            self.tr(
                "Deleted records wait here until you empty the trash. Select one and press Restore to bring it back."
            )
            if self.items
            else self.tr("The trash is empty.")
        )
        self._update_buttons()

    def selected(self) -> list[TrashItem]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.items[row] for row in rows]

    def restore_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        for item in chosen:
            self.store.trash.restore(item.table, item.record_id)
            self.context.undo.discard(item.table, item.record_id)
        for table in dict.fromkeys(item.table for item in chosen):
            self.context.notify(table)
        self.refresh()
        self.context.show_status(
            self.tr("Restored.")
            if len(chosen) == 1
            else self.tr("Restored {chosen} records.").format(chosen=len(chosen))
        )

    def ask_to_empty(self) -> None:
        """Ask first: emptying is the one thing in the app that cannot be undone."""
        count = len(self.items)
        if not count:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Empty the trash?"),
            self.tr("This erases {count} deleted record{count2} for good. It cannot be undone.").format(
                count=count, count2="s" if count != 1 else ""
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        erase = box.addButton(self.tr("Erase for good"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: self._confirmed(box.clickedButton() is erase))
        self.confirm = box
        box.open()

    def _confirmed(self, erase: bool) -> None:
        self.confirm = None
        if not erase:
            return
        erased = self.store.trash.empty()
        self.context.undo.clear()
        self.refresh()
        self.context.show_status(
            self.tr("Erased {erased} record{erased2} for good.").format(
                erased=erased, erased2="s" if erased != 1 else ""
            )
        )

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        self.empty_button.setEnabled(bool(self.items))
