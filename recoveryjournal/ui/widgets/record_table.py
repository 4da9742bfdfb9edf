"""The read-only table every list of records uses: whole rows selected, columns sized to their content."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


def name_table(table: QTableView, name: str) -> None:
    """Name ``table`` and its column headings for screen readers (a heading row is a control of its own)."""
    table.setAccessibleName(name)
    headings = QCoreApplication.translate("RecordTable", "Column headings of {table}").format(table=name)
    table.horizontalHeader().setAccessibleName(headings)
    table.verticalHeader().setAccessibleName(QCoreApplication.translate("RecordTable", "Row headings"))


def record_table(
    headers: list[str] | tuple[str, ...], name: str, stretch: int | None = None, parent: QWidget | None = None
) -> QTableWidget:
    """A table named ``name`` for screen readers; column ``stretch`` (default: the last) takes the spare room."""
    table = RecordTable(len(headers), len(headers) - 1 if stretch is None else stretch, parent)
    table.setHorizontalHeaderLabels(list(headers))
    name_table(table, name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class RecordTable(QTableWidget):
    """Every column as wide as its heading and its cells; column ``stretch`` takes the room to spare, if any.

    Where there is none (200 % text on a laptop) the table scrolls sideways rather than cut a heading or a cell
    short: a stretched column would shrink below its content.
    """

    def __init__(self, columns: int, stretch: int, parent: QWidget | None = None) -> None:
        super().__init__(0, columns, parent)
        self.stretch = stretch

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        header = self.horizontalHeader()
        needed = sum(
            max(header.sectionSizeHint(column), self.sizeHintForColumn(column)) for column in range(self.columnCount())
        )
        mode = (
            QHeaderView.ResizeMode.Stretch
            if needed <= self.viewport().width()
            else QHeaderView.ResizeMode.ResizeToContents
        )
        if header.sectionResizeMode(self.stretch) != mode:
            header.setSectionResizeMode(self.stretch, mode)


def fill_rows(
    table: QTableWidget, rows: Sequence[Sequence[str | QTableWidgetItem]], data: Sequence[object] | None = None
) -> None:
    """Show ``rows`` of cells (text, or an item made by the caller) in ``table``; each cell of row *n* carries
    ``data[n]`` (the record it shows) as its ``UserRole``, when given."""
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, cell in enumerate(cells):
            item = cell if isinstance(cell, QTableWidgetItem) else QTableWidgetItem(cell)
            if data is not None:
                item.setData(Qt.ItemDataRole.UserRole, data[row])
            table.setItem(row, column, item)
    if isinstance(table, RecordTable):
        table.fit_columns()
