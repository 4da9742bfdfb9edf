"""Triggers as removable chips, with type-ahead over the catalogue and new triggers made inline with their kind.

Typing completes inline (the rest of the name appears selected, as in a browser's address bar): Enter takes the
suggestion, Backspace drops it. A name that is not in the catalogue asks for its kind in a small row below; the new
trigger is only written when the owner saves, inside the owner's transaction (``resolve_ids``).
Enter on an empty field is left to the dialog, so "type a trigger, Enter, Enter" adds it and saves.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from recoveryjournal.domain.models import Trigger, TriggerKind
from recoveryjournal.store.triggers import TriggerRepo
from recoveryjournal.ui.widgets.flow_layout import FlowLayout

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class Chip(QFrame):
    """One chosen trigger: its name and a button that removes it."""

    removed = Signal(object)

    def __init__(self, trigger: Trigger, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trigger = trigger
        self.setObjectName("chip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setToolTip(trigger.kind.label + (f" — {trigger.description}" if trigger.description else ""))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 2, 2)
        layout.setSpacing(2)
        suffix = "" if trigger.id is not None else " (new)"
        self.label = QLabel(trigger.name + suffix)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.remove_button = QToolButton()
        self.remove_button.setText("×")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setAccessibleName(self.tr("Remove {name}").format(name=trigger.name))
        self.remove_button.setToolTip(self.tr("Remove {name}").format(name=trigger.name))
        self.remove_button.clicked.connect(lambda: self.removed.emit(self))
        layout.addWidget(self.label)
        layout.addWidget(self.remove_button)


class TriggerPicker(QWidget):
    changed = Signal()

    def __init__(self, triggers: TriggerRepo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._repo = triggers
        self._known: dict[int, Trigger] = {}
        self._chosen: list[Trigger] = []
        self._pending_name = ""

        self.chips = QWidget()
        self.chips.setObjectName("trigger_chips")
        self._chip_layout = FlowLayout(self.chips)

        self.input = QLineEdit()
        self.input.setObjectName("trigger_input")
        self.input.setPlaceholderText(self.tr("Type a trigger, then Enter"))
        self.input.setAccessibleName(self.tr("Add a trigger"))
        self._names = QStringListModel(self)
        self.completer = QCompleter(self._names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.input.setCompleter(self.completer)
        self.input.installEventFilter(self)

        self.browse = QToolButton()
        self.browse.setObjectName("trigger_browse")
        self.browse.setText(self.tr("Browse"))
        self.browse.setToolTip(self.tr("Pick from the catalogue, grouped by kind"))
        self.browse.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.browse.setMenu(QMenu(self.browse))
        self.browse.menu().aboutToShow.connect(self._fill_browse_menu)

        self.kind_row = QFrame()
        self.kind_row.setObjectName("new_trigger_kind")
        kind_layout = QHBoxLayout(self.kind_row)
        kind_layout.setContentsMargins(0, 0, 0, 0)
        self.kind_question = QLabel()
        self.kind_question.setTextFormat(Qt.TextFormat.PlainText)
        kind_layout.addWidget(self.kind_question)
        self.kind_buttons: dict[TriggerKind, QPushButton] = {}
        for kind in TriggerKind:
            button = QPushButton(kind.label)
            button.setObjectName(f"kind_{kind.value}")
            button.clicked.connect(lambda _=False, chosen=kind: self._create_pending(chosen))
            kind_layout.addWidget(button)
            self.kind_buttons[kind] = button
        self.kind_cancel = QPushButton(self.tr("Cancel"))
        self.kind_cancel.clicked.connect(self._cancel_pending)
        kind_layout.addWidget(self.kind_cancel)
        kind_layout.addStretch(1)
        self.kind_row.hide()

        entry = QHBoxLayout()
        entry.setContentsMargins(0, 0, 0, 0)
        entry.addWidget(self.input, 1)
        entry.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chips)
        layout.addLayout(entry)
        layout.addWidget(self.kind_row)
        self.setFocusProxy(self.input)
        self.reload()

    def reload(self) -> None:
        """Re-read the catalogue (after a trigger was added, renamed or merged elsewhere)."""
        self._known = {trigger.id: trigger for trigger in self._repo.list(include_archived=True)}
        self._names.setStringList([trigger.name for trigger in self._known.values() if not trigger.archived])

    def set_trigger_ids(self, trigger_ids: list[int]) -> None:
        self._chosen = [self._known[trigger_id] for trigger_id in trigger_ids if trigger_id in self._known]
        self._rebuild_chips()

    def chosen(self) -> list[Trigger]:
        """The triggers picked so far; new ones have no id until ``resolve_ids``."""
        return list(self._chosen)

    def chip_names(self) -> list[str]:
        return [trigger.name for trigger in self._chosen]

    def resolve_ids(self) -> list[int]:
        """Ids of the chosen triggers, writing the new ones first (call inside the caller's transaction).

        New chips take their ids; a caller whose transaction rolls back calls ``forget_ids`` with them.
        """
        for trigger in self._chosen:
            if trigger.id is None:
                trigger.id = self._repo.ensure(trigger.name, trigger.kind).id
        return [trigger.id for trigger in self._chosen]

    @staticmethod
    def forget_ids(triggers: list[Trigger]) -> None:
        """Make ``triggers`` new again after the transaction that wrote them was rolled back."""
        for trigger in triggers:
            trigger.id = None

    def add_name(self, typed: str) -> None:
        """Pick the trigger called ``typed``, or ask for the kind of a new one."""
        name = typed.strip()
        if not name:
            return
        existing = self._find(name)
        if existing is not None:
            self._choose(existing)
            self.input.clear()
            return
        self._pending_name = name
        self.kind_question.setText(self.tr("“{name}” is new. What kind of trigger is it?").format(name=name))
        self.kind_row.show()
        self.kind_buttons[TriggerKind.EMOTIONAL].setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.input and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event
            if key_event.key() in ENTER_KEYS and self.input.text().strip():
                self.add_name(self.input.text())
                return True
            if key_event.key() == Qt.Key.Key_Backspace and not self.input.text() and self._chosen:
                self._remove(self._chosen[-1])
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape while the kind is being asked drops the new name instead of closing the dialog."""
        if event.key() == Qt.Key.Key_Escape and self.kind_row.isVisible():
            self._cancel_pending()
            return
        super().keyPressEvent(event)

    def _find(self, name: str) -> Trigger | None:
        for trigger in self._chosen:
            if trigger.name.casefold() == name.casefold():
                return trigger
        for trigger in self._known.values():
            if trigger.name.casefold() == name.casefold():
                return trigger
        return None

    def _choose(self, trigger: Trigger) -> None:
        if all(chosen is not trigger and chosen.name.casefold() != trigger.name.casefold() for chosen in self._chosen):
            self._chosen.append(trigger)
            self._rebuild_chips()
            self.changed.emit()

    def _remove(self, trigger: Trigger) -> None:
        self._chosen = [chosen for chosen in self._chosen if chosen is not trigger]
        self._rebuild_chips()
        self.changed.emit()

    def _create_pending(self, kind: TriggerKind) -> None:
        self._choose(Trigger(name=self._pending_name, kind=kind))
        self._cancel_pending()

    def _cancel_pending(self) -> None:
        self._pending_name = ""
        self.kind_row.hide()
        self.input.clear()
        self.input.setFocus()

    def _rebuild_chips(self) -> None:
        while self._chip_layout.count():
            item = self._chip_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for trigger in self._chosen:
            chip = Chip(trigger, self.chips)
            chip.removed.connect(lambda gone: self._remove(gone.trigger))
            self._chip_layout.addWidget(chip)
        self.chips.setVisible(bool(self._chosen))
        self.chips.updateGeometry()

    def _fill_browse_menu(self) -> None:
        menu = self.browse.menu()
        menu.clear()
        for kind in TriggerKind:
            sub = menu.addMenu(kind.label)
            for trigger in self._known.values():
                if trigger.kind == kind and not trigger.archived:
                    action = sub.addAction(trigger.name)
                    action.triggered.connect(lambda _=False, chosen=trigger: self._choose(chosen))
