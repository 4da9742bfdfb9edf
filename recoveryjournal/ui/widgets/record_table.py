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
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    name_table(table, name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


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
