"""Say a change to screen readers: a saved check-in, a wrong passphrase, help-now opening, an import finished."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Tell screen readers ``text`` now (Qt's announcement, interrupting when ``assertive``) and keep it as
    ``widget``'s description, so a reader that missed the announcement finds it there."""
    widget.setAccessibleDescription(text)
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
