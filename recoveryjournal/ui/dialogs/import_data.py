"""File → Import…: choose a file and its kind, see what would be created and what is wrong, then import or cancel.

Nothing touches the journal until the person presses Import, and then the whole file goes in as one transaction
(after a backup when the journal already holds records), so a cancel or a failure leaves it exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recoveryjournal.domain.data_import import DataDump, ImportFileError, MoodLabel
from recoveryjournal.domain.models import MOOD_LABELS
from recoveryjournal.domain.text_hygiene import neutralise
from recoveryjournal.export.transfer import IMPORT_FORMATS, Prepared, apply, describe, prepare
from recoveryjournal.store.errors import StoreError
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.look import section
from recoveryjournal.ui.widgets.record_table import name_table
from recoveryjournal.ui.widgets.scrolling import fit_to_screen

FILTERS = {
    "json": QT_TRANSLATE_NOOP("ImportDialog", "JSON (*.json)"),
    "csv": QT_TRANSLATE_NOOP("ImportDialog", "Zip (*.zip)"),
    "daylio": QT_TRANSLATE_NOOP("ImportDialog", "CSV (*.csv)"),
    "jrnl": QT_TRANSLATE_NOOP("ImportDialog", "JSON (*.json)"),
    "dayone": QT_TRANSLATE_NOOP("ImportDialog", "Day One export (*.zip *.json)"),
    "bearable": QT_TRANSLATE_NOOP("ImportDialog", "CSV (*.csv)"),
}
PREVIEW_ROWS = 5
LARGE_FILE = 1024 * 1024


class ImportDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.prepared: Prepared | None = None
        self.previewed: tuple[Path | None, str] | None = None
        self.progress_shown: list[str] = []
        self.backup_taken: Path | None = None
        self.setWindowTitle(self.tr("Import"))
        intro = QLabel(
            self.tr(
                "Bring in a Recovery Journal export, or entries from Daylio, jrnl, Day One or Bearable. You will see "
                "what would be created before anything changes."
            )
        )
        intro.setWordWrap(True)
        self.kind = QComboBox(objectName="import_format")
        self.kind.setAccessibleName(self.tr("What kind of file"))
        for key, label in (
            (key, QCoreApplication.translate("Transfer", label)) for key, label in IMPORT_FORMATS.items()
        ):
            self.kind.addItem(label, key)
        self.path = QLineEdit(objectName="import_path", placeholderText=self.tr("Choose the file to import"))
        self.path.setAccessibleName(self.tr("File to import"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.clicked.connect(self.refresh_preview)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(choose)
        file_row.addWidget(self.preview_button)
        form = QFormLayout()
        form.addRow(self.tr("What kind of file:"), self.kind)
        form.addRow(self.tr("File:"), file_row)

        self.moods = section(self.tr("Your Daylio moods"))
        mood_hint = QLabel(self.tr("Give each a level from 1 (very low) to 5 (very good)."))
        mood_hint.setWordWrap(True)
        self.mood_form = QFormLayout()
        mood_layout = QVBoxLayout(self.moods)
        mood_layout.addWidget(mood_hint)
        mood_layout.addLayout(self.mood_form)
        self.mood_choices: dict[str, QComboBox] = {}
        self.moods.hide()

        self.summary = QLabel(objectName="import_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("When"), self.tr("Words")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        name_table(self.table, self.tr("First records that would be created"))
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems = QListWidget(objectName="import_problems")
        self.problems.setAccessibleName(self.tr("Problems found in the file"))
        self.problems.setMaximumHeight(120)
        self.problems_label.hide()
        self.problems.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        buttons.accepted.connect(self.run_import)
        buttons.rejected.connect(self.reject)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.path.returnPressed.connect(self.refresh_preview)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.moods)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(760, 680))

    def chosen_format(self) -> str:
        return self.kind.currentData()

    def choose_file(self, path: Path, fmt: str) -> None:
        """Set the file and its kind and show the preview: what the Choose… button does, callable from tests."""
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(fmt))
        self.kind.blockSignals(False)
        self.path.setText(str(path))
        self.refresh_preview()

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import"),
            self.path.text(),
            QCoreApplication.translate("ImportDialog", FILTERS[self.chosen_format()]),
        )
        if name:
            self.choose_file(Path(name), self.chosen_format())

    def _kind_changed(self) -> None:
        if self.path.text().strip():
            self.refresh_preview()

    def _source(self) -> Path | None:
        text = self.path.text().strip()
        return Path(text).expanduser() if text else None

    def _clear_moods(self) -> None:
        for combo in self.mood_choices.values():
            combo.deleteLater()
        while self.mood_form.rowCount():
            self.mood_form.removeRow(0)
        self.mood_choices = {}
        self.moods.hide()

    def _show_moods(self, moods: list[MoodLabel]) -> None:
        """For Daylio, one chooser per mood word in the file, set to the level the import gives it; only a word with no
        level yet offers "No level" (a word with a level always keeps one, as on the command line)."""
        for mood in moods:
            combo = QComboBox(objectName=f"mood_{mood.label}")
            if mood.level is None:
                combo.addItem(self.tr("No level"), None)
            for level in range(5, 0, -1):
                combo.addItem(f"{level} — {MOOD_LABELS[level]}", level)
            combo.setCurrentIndex(max(0, combo.findData(mood.level)) if mood.level else 0)
            combo.currentIndexChanged.connect(self.refresh_preview)
            how = {"proposed": " (proposed)", "unknown": self.tr(" (please choose)")}.get(mood.how, "")
            self.mood_form.addRow(f"“{neutralise(mood.label)}”{how}:", combo)
            self.mood_choices[mood.label] = combo
        self.moods.setVisible(bool(moods))

    def mood_levels(self) -> dict[str, int]:
        return {label: combo.currentData() for label, combo in self.mood_choices.items() if combo.currentData()}

    def _progress(self, doing: str) -> Callable[[int, int], None]:
        """A progress window for files of a megabyte or more, moved on as the file is read."""
        shown: list[QProgressDialog] = []

        def report(done: int, total: int) -> None:
            if total < LARGE_FILE:
                return
            if not shown:
                window = QProgressDialog(doing, "", 0, 100, self, objectName="import_progress")
                window.setCancelButton(None)
                window.setWindowModality(Qt.WindowModality.WindowModal)
                window.setMinimumDuration(0)
                shown.append(window)
                self.progress_shown.append(doing)
            percent = done * 100 // total
            if percent != shown[0].value():
                shown[0].setValue(percent)
                QCoreApplication.processEvents()

        return report

    def refresh_preview(self) -> None:
        """Read the whole file again and show what would be created; nothing is written."""
        file_changed = (self._source(), self.chosen_format()) != self.previewed
        if file_changed:
            self._clear_moods()
        self.previewed = (self._source(), self.chosen_format())
        self.prepared = None
        self.import_button.setEnabled(False)
        self.table.setRowCount(0)
        self.problems.clear()
        source = self._source()
        if source is None:
            self.summary.setText(self.tr("Choose a file to see what would be imported."))
            self._show_problems([])
            return
        levels = self.mood_levels() if self.chosen_format() == "daylio" else None
        try:
            prepared = prepare(
                self.context.store, source, self.chosen_format(), levels, self._progress(self.tr("Reading the file…"))
            )
        except ImportFileError as error:
            self.summary.setText(
                self.tr("This file cannot be imported, so nothing would change:\n{neutralise}").format(
                    neutralise=neutralise(str(error))
                )
            )
            self._show_problems([])
            return
        self.prepared = prepared
        self.summary.setText(describe(prepared))
        if isinstance(prepared, DataDump):
            rows = [
                (self.tr("Records"), table.replace("_", " "), str(count)) for table, count in prepared.counts().items()
            ]
            self._show_problems([])
            self.import_button.setEnabled(True)
        else:
            if file_changed:
                self._show_moods(prepared.moods)
            rows = prepared.preview(PREVIEW_ROWS)
            listed = [str(problem) for problem in prepared.problems]
            if prepared.problem_count > len(listed):
                listed.append(self.tr("… and {prepared} more").format(prepared=prepared.problem_count - len(listed)))
            listed.extend(
                self.tr("{where}: changed since the last import; comes in new").format(where=problem.where)
                for problem in prepared.changed
            )
            self._show_problems(listed)
            self.import_button.setEnabled(not prepared.is_empty())
        self.table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(neutralise(text)))
        self.table.resizeColumnsToContents()

    def _show_problems(self, problems: list[str]) -> None:
        self.problems.addItems([neutralise(problem) for problem in problems])
        self.problems_label.setText(
            self.tr("1 thing in the file could not be used as it is; the rest can still be imported:")
            if len(problems) == 1
            else self.tr(
                "{problems} things in the file could not be used as they are; the rest can still be imported:"
            ).format(problems=len(problems))
        )
        self.problems_label.setVisible(bool(problems))
        self.problems.setVisible(bool(problems))

    def run_import(self) -> None:
        if self.prepared is None:
            return
        try:
            self.backup_taken = apply(self.context.store, self.prepared, self._progress(self.tr("Importing…")))
        except (ImportFileError, StoreError) as error:
            message = error.message if isinstance(error, StoreError) else str(error)
            QMessageBox.warning(self, "Import", f"Nothing was imported: {neutralise(message)}")
            return
        tables = (
            list(self.prepared.tables)
            if isinstance(self.prepared, DataDump)
            else ["journal_entries", "checkins", "sleep_logs"]
        )
        for table in tables:
            self.context.notify(table)
        kept = (
            self.tr(" Your journal as it was is backed up in {backup_taken}.").format(backup_taken=self.backup_taken)
            if self.backup_taken
            else ""
        )
        self.context.show_status(self.tr("Import finished.") + kept)
        self.accept()


def open_import(context: AppContext, parent: QWidget | None = None) -> ImportDialog:
    dialog = ImportDialog(context, parent)
    dialog.open()
    return dialog
