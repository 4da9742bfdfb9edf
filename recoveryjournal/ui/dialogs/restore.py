"""Choosing a backup to bring back: each with its date, kind and record counts; damaged ones shown but not offered."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recoveryjournal.domain import dates
from recoveryjournal.store.backup import BackupInfo
from recoveryjournal.ui.widgets.scrolling import fit_to_screen

LABELS = {
    "daily": QT_TRANSLATE_NOOP("RestoreDialog", "daily backup"),
    "on-quit": QT_TRANSLATE_NOOP("RestoreDialog", "when you last closed the app"),
    "manual": QT_TRANSLATE_NOOP("RestoreDialog", "made by you"),
    "before-restore": QT_TRANSLATE_NOOP("RestoreDialog", "your journal just before a restore"),
    "before-encryption": QT_TRANSLATE_NOOP("RestoreDialog", "before the passphrase was set"),
    "before-decryption": QT_TRANSLATE_NOOP("RestoreDialog", "before the passphrase was removed"),
}


def describe(info: BackupInfo) -> str:
    before_update = QT_TRANSLATE_NOOP("RestoreDialog", "before an update")
    label = LABELS.get(info.label, before_update if info.label.startswith("before-migration") else info.label)
    kind = QCoreApplication.translate("RestoreDialog", label)
    when = dates.long_date_time(info.taken_at)
    if not info.ok:
        return QCoreApplication.translate("Restore", "{when} — {kind} — damaged, cannot be restored").format(
            when=when, kind=kind
        )
    return f"{when} — {kind} — {info.counts_text()}"


class RestoreDialog(QDialog):
    """``chosen()`` is the selected backup's path after the person accepts."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        intro = QLabel(
            self.tr(
                "Choose the backup to bring back. Your journal as it is now is kept as a backup first, "
                "so you can change your mind. Recovery Journal reopens afterwards."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        for info in backups:
            item = QListWidgetItem(describe(info))
            item.setData(Qt.ItemDataRole.UserRole, info.path)
            if not info.ok:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
            self.list.addItem(item)
        empty = QLabel(self.tr("There are no backups yet. Use File → Back up now to make one."))
        empty.setVisible(not backups)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.currentItemChanged.connect(lambda item, _: self.restore_button.setEnabled(item is not None))
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        layout = QVBoxLayout(self)
        for widget in (intro, self.list, empty, buttons):
            layout.addWidget(widget)
        fit_to_screen(self, QSize(640, 400))
        first_good = next((row for row, info in enumerate(backups) if info.ok), None)
        if first_good is not None:
            self.list.setCurrentRow(first_good)

    def chosen(self):
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None
