"""Help → Keyboard shortcuts: every shortcut, read from the window's own actions and shortcuts, so it cannot drift.

The list is made when it is asked for: each page is built first (pages are light until shown), then every
``QAction`` and ``QShortcut`` in the window is read, with the two keys that work from every window (F1 for help
now, and the lock) taken from the constants their handlers use.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recoveryjournal.ui.pages import PAGES
from recoveryjournal.ui.widgets.record_table import name_table
from recoveryjournal.ui.widgets.scrolling import fit_to_screen


def key_text(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def _page_title(widget: QWidget | None) -> str:
    titles = {f"page_{spec.key}": spec.label for spec in PAGES}
    while widget is not None:
        if widget.objectName() in titles:
            return titles[widget.objectName()]
        widget = widget.parentWidget()
    return ""


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcut_rows(window) -> list[tuple[str, str, str]]:
    """(keys, what they do, where) for every shortcut of the window and the help-now panel, each key once per place."""
    from recoveryjournal.ui.help_now import HELP_KEY
    from recoveryjournal.ui.lock import LOCK_KEY

    for spec in PAGES:
        window.page(spec.key)
    rows: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str]] = set()

    def add(sequence: QKeySequence, what: str, where: str) -> None:
        keys = key_text(sequence)
        if keys and (keys, where) not in seen:
            seen.add((keys, where))
            rows.append((keys, what, where))

    everywhere = QCoreApplication.translate("ShortcutsDialog", "Everywhere")
    add(
        QKeySequence(HELP_KEY),
        QCoreApplication.translate("ShortcutsDialog", "Need help now, from any window"),
        everywhere,
    )
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            add(sequence, _plain(action.text()), everywhere)
    add(QKeySequence(LOCK_KEY[1] | LOCK_KEY[0]), QCoreApplication.translate("ShortcutsDialog", "Lock now"), everywhere)
    for button in window.findChildren(QAbstractButton):  # a button's own key, not the Alt+letter of its "&"
        sequence = button.shortcut()
        if not sequence.isEmpty() and sequence != QKeySequence.mnemonic(button.text()):
            add(sequence, _plain(button.text()) or button.toolTip(), _page_title(button) or everywhere)
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        add(
            shortcut.key(),
            shortcut.whatsThis(),
            _page_title(parent if isinstance(parent, QWidget) else None) or everywhere,
        )
    help_now = QCoreApplication.translate("ShortcutsDialog", "Need help now")
    for shortcut in window.help_now.panel.findChildren(QShortcut):  # its own window, built now if not yet
        add(shortcut.key(), shortcut.whatsThis(), help_now)
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 3, objectName="shortcuts")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do"), self.tr("Where")])
        name_table(self.table, self.tr("Keyboard shortcuts"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Every key that does something in Recovery Journal:")))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        fit_to_screen(self, QSize(metrics.averageCharWidth() * 80, metrics.lineSpacing() * 30), buttons)

    def rows(self) -> list[tuple[str, str, str]]:
        return [
            tuple(self.table.item(row, column).text() for column in range(3)) for row in range(self.table.rowCount())
        ]
