"""Today: the page the app opens on."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from recoveryjournal.domain.clock import now_local
from recoveryjournal.ui.context import AppContext


class TodayPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        context.changed.connect(lambda _what: self.refresh())

    def refresh(self) -> None:
        today = now_local()
        self.heading.setText(f"<h1>{today:%A %-d %B}</h1>")
        recent = self.context.store.checkins.recent(5)
        self.summary.setText(f"{len(recent)} recent check-ins, {self.context.store.journal.count()} journal entries.")
