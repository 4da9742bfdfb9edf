"""A five-point mood scale that works from the keyboard: 1–5 pick, arrows move, 0 or Delete clears."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QWidget

from recoveryjournal.domain.models import MOOD_LABELS, mood_label
from recoveryjournal.ui.widgets.choice_button import ChoiceButton


class MoodScale(QWidget):
    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mood_scale")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Mood, 1 to 5"))
        anchors = self.tr("1 = {low}, 5 = {high}").format(low=mood_label(1).lower(), high=mood_label(5).lower())
        self.setToolTip(self.tr("{anchors}. Press 1–5, or use the arrow keys").format(anchors=anchors))
        self.setAccessibleDescription(anchors)
        self._value: int | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(3, 3, 3, 3)
        self.buttons: dict[int, ChoiceButton] = {}
        for number, label in ((number, mood_label(number)) for number in MOOD_LABELS):
            button = ChoiceButton(f"{number}  {label}", f"mood_{number}")
            button.clicked.connect(lambda _=False, chosen=number: self._clicked(chosen))
            layout.addWidget(button)
            self.buttons[number] = button

    def value(self) -> int | None:
        return self._value

    def setValue(self, value: int | None) -> None:
        self._value = value if value in self.buttons else None
        for number, button in self.buttons.items():
            button.setChecked(number == self._value)
        self.changed.emit(self._value)

    def _clicked(self, number: int) -> None:
        self.setValue(None if self._value == number else number)
        self.setFocus()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The buttons take no focus themselves, so draw a ring round the scale while it has it."""
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 4, 4)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text()
        if text in {"1", "2", "3", "4", "5"}:
            self.setValue(int(text))
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.setValue(min(5, (self._value or 0) + 1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.setValue(max(1, (self._value or 2) - 1))
        elif text == "0" or key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.setValue(None)
        else:
            super().keyPressEvent(event)
