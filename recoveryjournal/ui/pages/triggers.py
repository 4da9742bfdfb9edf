"""The trigger manager: every trigger with its kind and how often it was logged; rename, re-kind, merge, archive.

Archiving hides a trigger from the check-in type-ahead but keeps its history; merging moves every logged use onto
the other trigger and puts the merged one in the trash.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recoveryjournal.domain.models import Trigger, TriggerKind
from recoveryjournal.store.errors import NameTakenError
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.look import page_heading, page_layout
from recoveryjournal.ui.pages import page_title
from recoveryjournal.ui.widgets.record_table import record_table

KINDS_HELP = QT_TRANSLATE_NOOP(
    "TriggersPage",
    "Emotional: feelings such as loneliness, anger or boredom.  Environmental: places, times and things, such as "
    "payday or an old spot.  Social: people and situations with others.  Risk factor: lasting pressures such as "
    "peers who use, high stress, mental-health symptoms, family or relationship hardship, or money trouble.",
)
COLUMNS = (
    QT_TRANSLATE_NOOP("TriggersPage", "Trigger"),
    QT_TRANSLATE_NOOP("TriggersPage", "Kind"),
    QT_TRANSLATE_NOOP("TriggersPage", "Times logged"),
    QT_TRANSLATE_NOOP("TriggersPage", "Status"),
)
TRIGGER_ID = Qt.ItemDataRole.UserRole


def kind_combo(name: str) -> QComboBox:
    combo = QComboBox(objectName=name)
    for kind in TriggerKind:
        combo.addItem(kind.label, kind)
    return combo


class TriggersPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.repo = context.store.triggers
        self._triggers: dict[int, Trigger] = {}

        title = page_heading(page_title("triggers"))
        help_text = QLabel(self.tr(KINDS_HELP))
        help_text.setWordWrap(True)

        self.new_name = QLineEdit(objectName="new_trigger_name", placeholderText=self.tr("A new trigger"))
        self.new_name.setAccessibleName(self.tr("Name of a new trigger"))
        self.new_kind = kind_combo("new_trigger_kind")
        self.new_kind.setAccessibleName(self.tr("Kind of the new trigger"))
        self.add_button = QPushButton(self.tr("Add"), objectName="add_trigger")
        self.add_button.clicked.connect(self.add_trigger)
        self.new_name.returnPressed.connect(self.add_trigger)
        self.show_archived = QCheckBox(self.tr("Show archived"), objectName="show_archived")
        self.show_archived.toggled.connect(self.refresh)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.new_kind)
        add_row.addWidget(self.add_button)
        add_row.addSpacing(24)
        add_row.addWidget(self.show_archived)

        self.table = record_table([self.tr(name) for name in COLUMNS], self.tr("Triggers"), stretch=0)
        self.table.setObjectName("trigger_table")
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.editor = QFrame(objectName="trigger_editor")
        self.editor.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLineEdit(objectName="trigger_name")
        self.kind = kind_combo("trigger_kind")
        self.description = QLineEdit(objectName="trigger_description")
        self.save_button = QPushButton(self.tr("Save changes"), objectName="save_trigger")
        self.save_button.clicked.connect(self.save_changes)
        self.name.returnPressed.connect(self.save_changes)
        self.archive_button = QPushButton(self.tr("Archive"), objectName="archive_trigger")
        self.archive_button.setToolTip(self.tr("Hide it from check-ins; its history stays"))
        self.archive_button.clicked.connect(self.toggle_archived)
        self.merge_target = QComboBox(objectName="merge_target")
        self.merge_target.setAccessibleName(self.tr("Trigger to merge this one into"))
        self.merge_button = QPushButton(self.tr("Merge into it"), objectName="merge_trigger")
        self.merge_button.clicked.connect(self.merge)
        self.message = QLabel(objectName="message")
        self.message.setWordWrap(True)
        form = QFormLayout(self.editor)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.save_button)
        form.addRow(self.archive_button)
        merge_help = QLabel(
            self.tr("Same thing under another name? Merge it into the one below; its logged uses follow.")
        )
        merge_help.setWordWrap(True)
        form.addRow(merge_help)
        form.addRow(self.merge_target)
        form.addRow(self.merge_button)
        form.addRow(self.message)
        self.editor.setEnabled(False)
        self.editor.setFixedWidth(340)

        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addWidget(self.editor)
        layout = page_layout(QVBoxLayout(self))
        layout.addWidget(title)
        layout.addWidget(help_text)
        layout.addLayout(add_row)
        layout.addLayout(body, 1)

        context.changed.connect(self._data_changed)

    def _data_changed(self, what: str) -> None:
        if what in {"triggers", "checkins", "journal_entries", "trash"}:
            self.refresh()

    def refresh(self) -> None:
        keep = self.selected_id()
        triggers = self.repo.list(include_archived=self.show_archived.isChecked())
        self._triggers = {trigger.id: trigger for trigger in triggers}
        counts = self.repo.usage_counts()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(triggers))
        for row, trigger in enumerate(triggers):
            name = QTableWidgetItem(trigger.name)
            name.setData(TRIGGER_ID, trigger.id)
            name.setToolTip(trigger.description)
            count = QTableWidgetItem()
            count.setData(Qt.ItemDataRole.DisplayRole, counts.get(trigger.id, 0))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items = (name, QTableWidgetItem(trigger.kind.label), count, QTableWidgetItem("archived" * trigger.archived))
            for column, item in enumerate(items):
                self.table.setItem(row, column, item)
        self.table.fit_columns()
        self.table.setSortingEnabled(True)
        self.select(keep)
        self._selection_changed()

    def rows(self) -> list[tuple[str, str, int, str]]:
        """What the table shows, top to bottom (for people reading it aloud and for tests)."""
        return [
            (
                self.table.item(row, 0).text(),
                self.table.item(row, 1).text(),
                self.table.item(row, 2).data(Qt.ItemDataRole.DisplayRole),
                self.table.item(row, 3).text(),
            )
            for row in range(self.table.rowCount())
        ]

    def select(self, trigger_id: int | None) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(TRIGGER_ID) == trigger_id:
                self.table.selectRow(row)
                return
        self.table.clearSelection()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).data(TRIGGER_ID) if rows else None

    def _selection_changed(self) -> None:
        trigger = self._triggers.get(self.selected_id())
        self.editor.setEnabled(trigger is not None)
        self.message.clear()
        if trigger is None:
            self.name.clear()
            self.description.clear()
            self.merge_target.clear()
            return
        self.name.setText(trigger.name)
        self.kind.setCurrentIndex(self.kind.findData(trigger.kind))
        self.description.setText(trigger.description)
        self.archive_button.setText(self.tr("Unarchive") if trigger.archived else self.tr("Archive"))
        self.merge_target.clear()
        for other in self.repo.list(include_archived=True):
            if other.id != trigger.id:
                self.merge_target.addItem(other.name, other.id)

    def _write(self, trigger: Trigger, done: str) -> bool:
        try:
            if trigger.id is None:
                self.repo.add(trigger)
            else:
                self.repo.update(trigger)
        except NameTakenError:
            self.message.setText(
                self.tr(
                    "There is already a trigger called “{name}” (perhaps in the trash). Choose another name, "
                    "or merge the two."
                ).format(name=trigger.name)
            )
            return False
        self.context.notify("triggers")
        self.select(trigger.id)
        self.message.setText(done)
        self.context.show_status(done)
        return True

    def add_trigger(self) -> None:
        name = self.new_name.text().strip()
        if not name:
            self.new_name.setFocus()
            return
        if self.repo.by_name(name) is not None:
            self.select(self.repo.by_name(name).id)
            self.message.setText(self.tr("“{name}” is already in your list.").format(name=name))
            return
        if self._write(
            Trigger(name=name, kind=self.new_kind.currentData()), self.tr("Added “{name}”.").format(name=name)
        ):
            self.new_name.clear()

    def save_changes(self) -> None:
        trigger = self._triggers.get(self.selected_id())
        name = self.name.text().strip()
        if trigger is None:
            return
        if not name:
            self.message.setText(self.tr("A trigger needs a name."))
            return
        other = self.repo.by_name(name)
        if other is not None and other.id != trigger.id:
            self.message.setText(
                self.tr("There is already a trigger called “{name}”. To combine them, use Merge.").format(
                    name=other.name
                )
            )
            return
        changed = Trigger(
            id=trigger.id,
            name=name,
            kind=self.kind.currentData(),
            description=self.description.text(),
            archived=trigger.archived,
        )
        self._write(changed, self.tr("Saved “{name}”.").format(name=name))

    def toggle_archived(self) -> None:
        trigger = self._triggers.get(self.selected_id())
        if trigger is None:
            return
        trigger.archived = not trigger.archived
        if trigger.archived and not self.show_archived.isChecked():
            self.show_archived.setChecked(True)
        verb = self.tr("Archived") if trigger.archived else self.tr("Brought back")
        self._write(trigger, f"{verb} “{trigger.name}”.")

    def merge(self) -> None:
        source = self._triggers.get(self.selected_id())
        target_id = self.merge_target.currentData()
        if source is None or target_id is None:
            return
        target = self.repo.get(target_id)
        logged = self.repo.usage_counts().get(source.id, 0)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Merge triggers"),
            self.tr("Merge “{name}” into “{name2}”?").format(name=source.name, name2=target.name),
            parent=self,
        )
        box.setObjectName("merge_confirm")
        box.setInformativeText(
            self.tr(
                "The {logged} time(s) “{name}” was logged will count for “{name2}”, and “{name}” goes to the trash."
            ).format(logged=logged, name=source.name, name2=target.name)
        )
        merge = box.addButton(self.tr("Merge"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not merge:
            return
        self.repo.merge(source.id, target.id)
        self.context.notify("triggers")
        self.select(target.id)
        done = self.tr("Merged “{name}” into “{name2}”.").format(name=source.name, name2=target.name)
        self.message.setText(done)
        self.context.show_status(done)
