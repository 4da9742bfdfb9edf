"""Today's "Questionnaires due": what the person's schedule offers today, each one click to take or to skip.

Nothing is mandatory: the card says so, skipping is one click, and a skipped questionnaire comes back at its next
turn. The card hides itself when nothing is due.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from recoveryjournal import paths
from recoveryjournal.domain import dates, measures
from recoveryjournal.domain.clock import now_local
from recoveryjournal.store.store import Store
from recoveryjournal.ui import theme
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.look import heading

WATCHED = {"measure_results", "measure_skips", "settings"}


def current_catalogue(store: Store) -> measures.Catalogue:
    """The shipped questionnaires and the clinic's, read afresh (a clinic file may have been added meanwhile)."""
    return measures.load_catalogue(paths.measures_dir(store.folder))


def due_now(store: Store, catalogue: measures.Catalogue) -> list[measures.Due]:
    every = measures.schedule(catalogue, store.settings.get(measures.SCHEDULE_KEY))
    return measures.due(catalogue, every, store.measures.last_done(), now_local().date())


class DueMeasures(QFrame):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("due_measures")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = heading(self.tr("Questionnaires due"))
        hint = QLabel(self.tr("A few minutes each, to see change over time. Never required — skip any of them."))
        hint.setWordWrap(True)
        self.rows = QGridLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(self.rows)
        self.take_buttons: dict[str, QPushButton] = {}
        self.skip_buttons: dict[str, QPushButton] = {}
        self.labels: list[tuple[QLabel, str, str]] = []  # each label, its questionnaire and when it was last taken
        context.changed.connect(self._on_changed)
        self.refresh()
        theme.follow(self, self._show_labels)  # the dates' muted colour, chosen for the theme in use

    def _on_changed(self, what: str) -> None:
        if what in WATCHED:
            self.refresh()

    def refresh(self) -> None:
        while self.rows.count():
            old = self.rows.takeAt(0).widget()
            old.hide()  # gone at once, not when the event loop gets to deleting it
            old.deleteLater()
        self.take_buttons.clear()
        self.skip_buttons.clear()
        self.labels.clear()
        catalogue = current_catalogue(self.context.store)
        found = due_now(self.context.store, catalogue)
        for row, item in enumerate(found):
            instrument = item.instrument
            last = (
                self.tr("last {dates}").format(dates=dates.day_month(item.last))
                if item.last
                else self.tr("not taken yet")
            )
            label = QLabel()
            self.labels.append((label, instrument.short_title, last))
            label.setToolTip(instrument.about)
            take = QPushButton(
                self.tr("Take {short_title}").format(short_title=instrument.short_title),
                objectName=f"take_{instrument.id}",
            )
            take.clicked.connect(lambda _=False, chosen=instrument: self.take(chosen))
            skip = QPushButton(self.tr("Skip this time"), objectName=f"skip_{instrument.id}")
            skip.clicked.connect(lambda _=False, chosen=instrument: self.skip(chosen))
            self.rows.addWidget(label, row, 0)
            self.rows.addWidget(take, row, 1)
            self.rows.addWidget(skip, row, 2)
            self.take_buttons[instrument.id] = take
            self.skip_buttons[instrument.id] = skip
        self._show_labels()
        self.setVisible(bool(found))

    def _show_labels(self) -> None:
        muted = theme.colours().muted
        for label, title, last in self.labels:
            label.setText(f"{title} <span style='color: {muted}'>({last})</span>")

    def take(self, instrument: measures.Instrument) -> None:
        from recoveryjournal.ui.dialogs.measure import open_measure_dialog

        open_measure_dialog(self.context, instrument, self.window())

    def skip(self, instrument: measures.Instrument) -> None:
        self.context.store.measures.skip(instrument.id)
        self.context.notify("measure_skips")
        self.context.show_status(
            self.tr("{short_title} skipped this time; it comes back at its next turn.").format(
                short_title=instrument.short_title
            )
        )
