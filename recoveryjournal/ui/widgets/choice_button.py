"""A button of a scale (mood 1–5, "How am I really doing?" 1–10). Chosen, it shows a check mark, bold text and a
thick border on the palette's highlight, so the choice is plain without telling colours apart (it once was a faint
grey)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from recoveryjournal.ui import theme

CHECK = "✓"
CHOSEN_STYLE = (
    "QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
    " border: 2px solid palette(window-text); border-radius: 4px; font-weight: bold; padding: 4px 6px; }"
)


class ChoiceButton(QPushButton):
    def __init__(self, text: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.words = text
        self.setObjectName(name)
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scale takes focus and its keys
        self.setAutoDefault(False)
        theme.follow(self, lambda: self.setStyleSheet(CHOSEN_STYLE))
        self.toggled.connect(self._show)

    def _show(self, chosen: bool) -> None:
        self.setText(f"{CHECK} {self.words}" if chosen else self.words)
        self.setAccessibleDescription(self.tr("Chosen") if chosen else "")
