"""Undo for deletions, shared by every page: a page that moves a record to the trash pushes it here, and Ctrl+Z
(Edit ▸ Undo delete) brings the most recent one back.

Deleting is a soft delete, so undoing is just a restore from the trash; the stack only remembers what went last.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from recoveryjournal.store.store import Store

MAX_DEPTH = 50


class Deletion(NamedTuple):
    """A NamedTuple, not a frozen dataclass: ~4× cheaper to define, and the window needs it at every start."""

    table: str
    record_id: int
    label: str


class DeleteUndo(QObject):
    """A stack of recent deletions; ``restored`` carries the table name after an undo."""

    changed = Signal()
    restored = Signal(str, int)
    message = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._stack: list[Deletion] = []

    def push(self, table: str, record_id: int, label: str) -> None:
        """Remember a record the caller has just moved to the trash."""
        self._stack = [item for item in self._stack if (item.table, item.record_id) != (table, record_id)]
        self._stack.append(Deletion(table, record_id, label))
        del self._stack[:-MAX_DEPTH]
        self.changed.emit()

    def discard(self, table: str, record_id: int) -> None:
        """Forget a record that came back (or went for good) some other way, e.g. from the trash page."""
        before = len(self._stack)
        self._stack = [item for item in self._stack if (item.table, item.record_id) != (table, record_id)]
        if len(self._stack) != before:
            self.changed.emit()

    def clear(self) -> None:
        self._stack.clear()
        self.changed.emit()

    def peek(self) -> Deletion | None:
        return self._stack[-1] if self._stack else None

    def undo(self) -> Deletion | None:
        """Restore the most recent deletion; returns it, or ``None`` when there was nothing to undo."""
        if not self._stack:
            return None
        last = self._stack[-1]
        self._store.trash.restore(last.table, last.record_id)
        self._stack.pop()
        self.changed.emit()
        self.restored.emit(last.table, last.record_id)
        self.message.emit(self.tr("Brought back from the trash: {label}").format(label=last.label))
        return last

    def bind(self, action: QAction) -> None:
        """Keep ``action`` (which calls ``undo``) naming the last deletion, and greyed out when there is none."""

        def update() -> None:
            last = self.peek()
            action.setEnabled(last is not None)
            action.setText(
                QCoreApplication.translate("DeleteUndo", "&Undo delete: {short}").format(short=_short(last.label))
                if last
                else QCoreApplication.translate("DeleteUndo", "&Undo delete")
            )

        self.changed.connect(update)
        update()


def _short(label: str, limit: int = 40) -> str:
    line = label.splitlines()[0] if label.strip() else "untitled"
    return line if len(line) <= limit else line[: limit - 1] + "…"
