"""File → Export all data…: everything in the journal to one private file, as JSON or as CSV files in a zip."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from recoveryjournal.domain.clock import now_local
from recoveryjournal.export.files import ExportError
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.widgets.scrolling import fit_to_screen

SUFFIXES = {"json": ".json", "csv": ".zip"}


class DataExportDialog(QDialog):
    """Choose JSON or CSV and a file; the file is written readable only by you and never replaced unasked."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Export all data"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "Everything in your journal goes into one file: entries, check-ins, triggers, your plan, "
                "reflections, treatment, settings and what is in the trash. Take it to another computer, or keep it "
                "as your own copy."
            )
        )
        intro.setWordWrap(True)
        self.json_choice = QRadioButton(self.tr("JSON — everything, exactly; Recovery Journal can import it back"))
        self.csv_choice = QRadioButton(self.tr("CSV files in a zip — one table per kind of record, for spreadsheets"))
        self.json_choice.setChecked(True)
        self.formats = QButtonGroup(self)
        for button in (self.json_choice, self.csv_choice):
            self.formats.addButton(button)
            button.toggled.connect(self._match_suffix)
        self.path = QLineEdit(objectName="export_path")
        self.path.setAccessibleName(self.tr("File to write"))
        self.path.setText(str(Path.home() / f"recovery-journal-{now_local():%Y-%m-%d}.json"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        warning = QLabel(
            self.tr(
                "The exported file is not protected by your passphrase. Keep it somewhere private, "
                "and delete it when you no longer need it."
            )
        )
        warning.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.json_choice)
        layout.addWidget(self.csv_choice)
        layout.addWidget(QLabel(self.tr("Save as:")))
        layout.addLayout(row)
        layout.addWidget(warning)
        layout.addWidget(buttons)
        fit_to_screen(self)

    def chosen_format(self) -> str:
        return "csv" if self.csv_choice.isChecked() else "json"

    def _match_suffix(self) -> None:
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix(SUFFIXES[self.chosen_format()])))

    def _choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export all data"),
            self.path.text(),
            self.tr("JSON (*.json)") if self.chosen_format() == "json" else self.tr("Zip (*.zip)"),
        )
        if name:
            self.path.setText(name)

    def confirm_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace the file?"),
            self.tr("{path} already exists. Replace it with this export?").format(path=path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def export(self) -> None:
        text = self.path.text().strip()
        if not text:
            QMessageBox.information(self, self.tr("Export all data"), self.tr("Choose where to save the file first."))
            return
        target = Path(text).expanduser()
        overwrite = target.exists() and not target.is_dir()
        if overwrite and not self.confirm_replace(target):
            return
        try:
            from recoveryjournal.export.transfer import export_all  # the importers load only when exporting

            self.written = export_all(self.context.store, target, self.chosen_format(), now_local(), overwrite)
        except ExportError as error:
            QMessageBox.warning(self, "Export all data", f"Nothing was written: {error}.")
            return
        self.context.show_status(self.tr("All your data was saved to {written}").format(written=self.written))
        self.accept()


def open_data_export(context: AppContext, parent: QWidget | None = None) -> DataExportDialog:
    dialog = DataExportDialog(context, parent)
    dialog.open()
    return dialog


def install_data_actions(window) -> None:
    """File menu: "Export all data…" and "Import…", placed just above "Back up now"."""

    def open_import(context, parent) -> None:
        from recoveryjournal.ui.dialogs.import_data import open_import as open_dialog  # loaded on first use

        open_dialog(context, parent)

    export = window.add_action(
        window.file_menu,
        QCoreApplication.translate("DataExport", "Export &all data…"),
        lambda: open_data_export(window.context, window),
    )
    into = window.add_action(
        window.file_menu,
        QCoreApplication.translate("DataExport", "&Import…"),
        lambda: open_import(window.context, window),
    )
    for action in (export, into):
        window.file_menu.removeAction(action)
        window.file_menu.insertAction(window.backup_action, action)
    window.file_menu.insertSeparator(window.backup_action)
    window.export_data_action, window.import_action = export, into
