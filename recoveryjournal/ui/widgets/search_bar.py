"""The journal's search box and filters (dates, trigger, mood, private), reporting changes after a short pause."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from recoveryjournal.domain.models import MOOD_LABELS, Trigger, mood_label
from recoveryjournal.domain.search import Privacy, SearchFilters
from recoveryjournal.ui.widgets.date_field import DateField

TYPING_PAUSE_MS = 250
PRIVACY_CHOICES = [
    (Privacy.ANY, QT_TRANSLATE_NOOP("SearchBar", "Private or not")),
    (Privacy.PRIVATE, QT_TRANSLATE_NOOP("SearchBar", "Private only")),
    (Privacy.NOT_PRIVATE, QT_TRANSLATE_NOOP("SearchBar", "Not private")),
]


class SearchBox(QLineEdit):
    """Escape clears the search first, so the list goes back to every entry."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class SearchBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = SearchBox()
        self.box.setObjectName("journal_search")
        self.box.setPlaceholderText(
            self.tr('Search your journal and reflections (Ctrl+F) — "a phrase", recov* for a prefix')
        )
        self.box.setAccessibleName(self.tr("Search the journal"))
        self.box.setClearButtonEnabled(True)

        self.since = self._date_edit("journal_since", self.tr("From"))
        self.until = self._date_edit("journal_until", self.tr("Until"))
        self.trigger = QComboBox()
        self.trigger.setObjectName("journal_trigger_filter")
        self.trigger.setAccessibleName(self.tr("Only entries with this trigger"))
        self.mood = QComboBox()
        self.mood.setObjectName("journal_mood_filter")
        self.mood.setAccessibleName(self.tr("Only entries with this mood"))
        self.mood.addItem(self.tr("Any mood"), None)
        for number, label in ((number, mood_label(number)) for number in MOOD_LABELS):
            self.mood.addItem(f"{number} {label}", number)
        self.privacy = QComboBox()
        self.privacy.setObjectName("journal_private_filter")
        self.privacy.setAccessibleName(self.tr("Private entries"))
        for value, label in PRIVACY_CHOICES:
            self.privacy.addItem(QCoreApplication.translate("SearchBar", label), value)
        self.order = QComboBox()
        self.order.setObjectName("journal_order")
        self.order.setAccessibleName(self.tr("Order of search results"))
        self.order.addItem(self.tr("Best match first"), False)
        self.order.addItem(self.tr("Newest first"), True)
        self.reset_button = QToolButton()
        self.reset_button.setText(self.tr("Clear filters"))
        self.reset_button.clicked.connect(self.clear_filters)
        self.set_triggers([])

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for label, widget in ((self.tr("From"), self.since), (self.tr("until"), self.until)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        for widget in (self.trigger, self.mood, self.privacy, self.order, self.reset_button):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addLayout(filters)
        for edit in (self.since, self.until):
            edit.show_problem_in(layout)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.changed)
        self.box.textChanged.connect(self._timer.start)
        for combo in (self.trigger, self.mood, self.privacy, self.order):
            combo.currentIndexChanged.connect(self.changed)
        for edit in (self.since, self.until):
            edit.committed.connect(self.changed)

    @staticmethod
    def _date_edit(name: str, what: str) -> DateField:
        """An empty field is any date; a typed one filters from (or until) that day once it reads as one."""
        edit = DateField(name=name)
        edit.setAccessibleName(QCoreApplication.translate("SearchBar", "{what} date").format(what=what))
        edit.edit.setPlaceholderText(QCoreApplication.translate("SearchBar", "any date"))
        return edit

    def set_triggers(self, triggers: list[Trigger]) -> None:
        """Offer the catalogue in the trigger filter, keeping the current choice when it is still there."""
        chosen = self.trigger.currentData()
        self.trigger.blockSignals(True)
        self.trigger.clear()
        self.trigger.addItem(self.tr("Any trigger"), None)
        for trigger in triggers:
            self.trigger.addItem(trigger.name, trigger.id)
        found = self.trigger.findData(chosen)
        self.trigger.setCurrentIndex(max(found, 0))
        self.trigger.blockSignals(False)

    def text(self) -> str:
        return self.box.text()

    def newest_first(self) -> bool:
        return bool(self.order.currentData())

    def filters(self) -> SearchFilters:
        start = end = None
        since, until = self.since.date(), self.until.date()
        if since is not None:
            start = datetime.combine(since, time()).astimezone()
        if until is not None:
            end = datetime.combine(until + timedelta(days=1), time()).astimezone()
        trigger_id = self.trigger.currentData()
        return SearchFilters(
            start=start,
            end=end,
            trigger_ids=(trigger_id,) if trigger_id is not None else (),
            mood=self.mood.currentData(),
            privacy=self.privacy.currentData(),
        )

    def is_filtering(self) -> bool:
        return bool(self.text().strip()) or self.filters() != SearchFilters()

    def clear_filters(self) -> None:
        widgets = (self.since, self.until, self.trigger, self.mood, self.privacy)
        for widget in widgets:
            widget.blockSignals(True)
        self.since.clear()
        self.until.clear()
        for combo in (self.trigger, self.mood, self.privacy):
            combo.setCurrentIndex(0)
        for widget in widgets:
            widget.blockSignals(False)
        self.changed.emit()

    def flush(self) -> None:
        """Report pending typing at once (Enter in the box)."""
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()
