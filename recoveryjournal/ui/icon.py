"""The app's icon, in one place: the start (``ui.app``) and the reminders' tray icon (``ui.reminders``) use it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from recoveryjournal import resources


def set_icon(app: QApplication) -> None:
    """The app's icon for every window; loading QIcon and the SVG costs ~4 ms, which the first paint does without."""
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(resources.FOLDER / "icons" / "recoveryjournal.svg")))
