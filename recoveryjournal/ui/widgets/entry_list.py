"""The journal's list: entries (or search hits) with day headers, fetched a page at a time as the person scrolls,
so ten years of writing opens as fast as one week.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from recoveryjournal.domain import dates
from recoveryjournal.domain.clock import local_day
from recoveryjournal.domain.models import MOOD_LABELS, EntryKind, mood_label
from recoveryjournal.domain.search import HitKind, SearchFilters, SearchHit, marked_parts, plain
from recoveryjournal.ui.look import Type, rich_style

if TYPE_CHECKING:
    from recoveryjournal.store.search import SearchRepo

PAGE_SIZE = 100
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
PREVIEW_CHARS = 140
HIGHLIGHT = "background-color: #fde68a; color: #1f2937;"
MUTED = "color: gray;"


@dataclass(frozen=True)
class DayHeader:
    day: date


def day_label(day: date, today: date) -> str:
    if day == today:
        return QCoreApplication.translate("EntryList", "Today")
    if day == today - timedelta(days=1):
        return QCoreApplication.translate("EntryList", "Yesterday")
    return dates.weekday_long_date(day)


def marked_html(text: str) -> str:
    """Escape the person's text and turn search marks into highlights."""
    return "".join(
        f'<span style="{HIGHLIGHT}">{html.escape(piece)}</span>' if lit else html.escape(piece)
        for piece, lit in marked_parts(text)
    )


def hit_html(hit: SearchHit, with_day: bool) -> str:
    one_line = " ".join(hit.snippet.split())
    if len(one_line) > PREVIEW_CHARS:
        one_line = one_line[:PREVIEW_CHARS].rstrip() + "…"
    title = marked_html(" ".join(hit.title.split())) or QCoreApplication.translate(
        "EntryList", '<span style="{MUTED}">Untitled</span>'
    ).format(MUTED=MUTED)
    when = dates.short_date_time(hit.at) if with_day else f"{hit.at:%H:%M}"
    notes = [when]
    if hit.kind is HitKind.REFLECTION:
        notes.insert(0, QCoreApplication.translate("EntryList", "Reflection"))
    elif hit.entry_kind is EntryKind.THERAPY_NOTE:
        notes.insert(0, QCoreApplication.translate("EntryList", "Therapy notes"))
    elif hit.entry_kind is EntryKind.SESSION_NOTE:
        notes.insert(0, QCoreApplication.translate("EntryList", "Session notes"))
    if hit.private:
        notes.append(QCoreApplication.translate("EntryList", "Private"))
    if hit.mood is not None:
        notes.append(
            QCoreApplication.translate("EntryList", "Mood: {mood_label}").format(
                mood_label=mood_label(hit.mood) if hit.mood in MOOD_LABELS else hit.mood
            )
        )
    return (
        f"<b>{title}</b><br><span style='{rich_style(Type.SMALL)}; {MUTED}'>{html.escape(' · '.join(notes))}</span>"
        + (f"<br><span>{marked_html(one_line)}</span>" if one_line else "")
    )


class EntryListModel(QAbstractListModel):
    """Rows are ``DayHeader``s and ``SearchHit``s; headers appear when the list is in date order."""

    def __init__(self, search: SearchRepo, today: date, parent=None) -> None:
        super().__init__(parent)
        self._search = search
        self._today = today
        self._rows: list[DayHeader | SearchHit] = []
        self._query = ""
        self._filters = SearchFilters()
        self._newest_first = True
        self._loaded = 0
        self._more = False

    @property
    def query(self) -> str:
        return self._query

    def dated(self) -> bool:
        return self._newest_first or not plain(self._query).strip()

    def load(self, query: str, filters: SearchFilters, newest_first: bool, today: date) -> None:
        """Start over with a new search (or plain browsing when ``query`` is empty)."""
        self.beginResetModel()
        self._query, self._filters, self._newest_first, self._today = query, filters, newest_first, today
        self._rows, self._loaded, self._more = [], 0, True
        self._fetch_page()
        self.endResetModel()

    def reload(self) -> None:
        """Re-run the current search, keeping at least as many rows as were loaded."""
        wanted = max(self._loaded, PAGE_SIZE)
        self.load(self._query, self._filters, self._newest_first, self._today)
        while self._more and self._loaded < wanted:
            self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        new_rows = self._next_rows()
        if new_rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(new_rows) - 1)
            self._rows.extend(new_rows)
            self.endInsertRows()

    def _fetch_page(self) -> None:
        self._rows.extend(self._next_rows())

    def _next_rows(self) -> list[DayHeader | SearchHit]:
        hits = self._search.search(
            self._query, self._filters, limit=PAGE_SIZE, offset=self._loaded, newest_first=self._newest_first
        )
        self._loaded += len(hits)
        self._more = len(hits) == PAGE_SIZE
        rows: list[DayHeader | SearchHit] = []
        last_day = self._last_day()
        for hit in hits:
            day = local_day(hit.at)
            if self.dated() and day != last_day:
                rows.append(DayHeader(day))
                last_day = day
            rows.append(hit)
        return rows

    def _last_day(self) -> date | None:
        for row in reversed(self._rows):
            if isinstance(row, SearchHit):
                return local_day(row.at)
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if isinstance(self._rows[index.row()], DayHeader):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == HIT_ROLE:
            return row if isinstance(row, SearchHit) else None
        if isinstance(row, DayHeader):
            label = day_label(row.day, self._today)
            if role == Qt.ItemDataRole.DisplayRole:
                return label
            if role == HTML_ROLE:
                return f"<b style='{MUTED}'>{html.escape(label)}</b>"
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return label
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return " — ".join(part for part in (plain(row.title), " ".join(plain(row.snippet).split())) if part)
        if role == HTML_ROLE:
            return hit_html(row, with_day=not self.dated())
        return None

    def hit_row(self, kind: HitKind, record_id: int) -> int:
        """The row of a loaded hit, or -1."""
        for number, row in enumerate(self._rows):
            if isinstance(row, SearchHit) and row.kind is kind and row.record_id == record_id:
                return number
        return -1

    def update_text(self, record_id: int, title: str, body: str) -> None:
        """Show an autosaved title and opening lines without re-running the search."""
        number = self.hit_row(HitKind.ENTRY, record_id)
        if number < 0:
            return
        hit = self._rows[number]
        hit.title = title
        if not plain(self._query).strip():
            hit.snippet = body[: PREVIEW_CHARS * 2]
        self.dataChanged.emit(self.index(number), self.index(number))


class HtmlDelegate(QStyledItemDelegate):
    """Paints each row's small HTML (title, date, highlighted snippet)."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        text = index.data(HTML_ROLE) or ""
        if option.state & QStyle.StateFlag.State_Selected:
            text = text.replace(MUTED, "")
        document.setHtml(text)
        document.setTextWidth(max(option.rect.width() - 8, 80))
        return document

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter, option.widget)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText))
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 2)
        painter.setClipRect(QRectF(0, 0, option.rect.width() - 8, option.rect.height() - 4))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        self.initStyleOption(option, index)
        if option.rect.width() <= 0 and option.widget is not None:
            option.rect.setWidth(option.widget.width())
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 4)
