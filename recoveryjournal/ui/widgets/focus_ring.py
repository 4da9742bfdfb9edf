"""Focus always visible: a ring in the palette's highlight colour (made readable against the window, light or dark)
around whichever widget has the keyboard focus, whatever its kind — button, text box, list, table, combo or spin
box, check box, the chart canvas. It is a small see-through widget laid over the focused one's edge, so no widget's
own look changes and every style keeps its native drawing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QSplitter, QWidget
from shiboken6 import isValid

from recoveryjournal.ui.theme import readable

MARGIN = 3
WIDTH = 2
NON_TEXT = 3.0
"""WCAG's contrast for a focus indicator against what is around it."""
FOLLOWER = "recoveryjournal_focus_ring"


class FocusRing(QWidget):
    """The ring around ``target``, a sibling laid over it (so it scrolls and hides with it)."""

    def __init__(self, target: QWidget) -> None:
        parent = target.parentWidget()
        self.host_is_parent = parent is not None and not isinstance(parent, QSplitter)  # a splitter adopts children
        super().__init__(parent if self.host_is_parent else target.window())
        self.target = target
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        target.installEventFilter(self)
        self.place()

    def place(self) -> None:
        if not isValid(self.target) or not self.target.isVisible():
            self.hide()
            return
        host = self.parentWidget()
        corner = self.target.pos() if self.host_is_parent else self.target.mapTo(host, QPoint(0, 0))
        around = QRect(corner, self.target.size()).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        self.setGeometry(around.intersected(host.rect()))  # a widget filling its host (the chart) is ringed inside
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            self.place()
        return False

    def paintEvent(self, _event) -> None:
        colour = ring_colour(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, WIDTH))
        inset = WIDTH / 2
        painter.drawRoundedRect(self.rect().toRectF().adjusted(inset, inset, -inset, -inset), 4, 4)
        painter.end()


def ring_colour(palette: QPalette) -> QColor:
    """The palette's highlight, darkened or lightened until it stands out from the window."""
    return readable(palette.color(QPalette.ColorRole.Highlight), palette.color(QPalette.ColorRole.Window), NON_TEXT)


class _Follower(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring: FocusRing | None = None
        app.focusChanged.connect(self.moved)

    def moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.ring is not None and isValid(self.ring):
            if isValid(self.ring.target):
                self.ring.target.removeEventFilter(self.ring)
            self.ring.hide()
            self.ring.deleteLater()
        self.ring = FocusRing(new) if new is not None and not new.isWindow() else None


def follow_focus() -> None:
    """Keep a focus ring on the focused widget of every window of the app (once per app; the main window calls
    it when set up, after its first paint)."""
    app = QApplication.instance()
    if getattr(app, FOLLOWER, None) is None:
        follower = _Follower(app)
        setattr(app, FOLLOWER, follower)
        follower.moved(None, QApplication.focusWidget())
