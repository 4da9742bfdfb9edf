"""Export a summary for my therapist: choose the period, the sections and what to share, see the document, save it.

The preview shows the very HTML string that is written (HTML) or laid out (PDF). Journal text is off by default:
the person ticks the entries to share (each named as a journal entry, session notes or therapy notes); private
entries are never offered. The same dialog can open the summary full-screen for session review, and comes
back as it was when the review ends. What is typed keeps a draft (``ui.drafts``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from recoveryjournal import i18n
from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.models import EntryKind
from recoveryjournal.domain.reflection_models import ReflectionKind
from recoveryjournal.domain.summary import Section, Summary, SummaryOptions, default_period
from recoveryjournal.domain.summary_sections import DEFAULT_SECTIONS, FREE_TEXT_SECTIONS
from recoveryjournal.export.files import ExportError
from recoveryjournal.export.summary_export import (
    SummaryFormat,
    last_export,
    make_summary,
    save_summary,
    summary_html,
)
from recoveryjournal.export.summary_html import day_text
from recoveryjournal.store.rows import period_bounds
from recoveryjournal.store.summary_data import shareable_entries
from recoveryjournal.ui import look, theme
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.drafts import DraftDialog
from recoveryjournal.ui.widgets.columns import Columns
from recoveryjournal.ui.widgets.date_field import DateField
from recoveryjournal.ui.widgets.scrolling import fit_to_screen

PREVIEW_DELAY_MS = 350
LANGUAGE_NAMES = {"en": "English", "es": "Español"}  # each in its own language
ROLE = Qt.ItemDataRole.UserRole


class ExportSummaryDialog(DraftDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_summary")
        self.setWindowTitle(self.tr("Export summary for my therapist"))
        self.context = context
        self.store = context.store
        self.summary: Summary | None = None
        self.document = ""
        self.written: Path | None = None

        today = now_local().date()
        start, end = default_period(today, last_export(self.store))
        self.start = DateField(start, name="summary_from")
        self.end = DateField(end, name="summary_to")
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setAccessibleName(name)
        self.range_note = QLabel()
        self.range_note.setObjectName("summary_range_note")
        theme.follow(self.range_note, lambda: self.range_note.setStyleSheet(f"color: {theme.colours().error};"))
        self.name = QLineEdit()
        self.name.setObjectName("summary_name")
        self.name.setPlaceholderText(self.tr("Optional: your name or initials for the cover"))

        self.section_boxes: dict[Section, QCheckBox] = {}
        sections = look.section(self.tr("Sections"))
        grid = QGridLayout(sections)
        columns = 2 if theme.current_scale() < 150 else 1  # at a large text size two columns are wider than a laptop
        for index, section in enumerate(Section):
            label = (
                self.tr("{section} (off unless I tick it)").format(section=section.label)
                if section in FREE_TEXT_SECTIONS
                else section.label
            )
            box = QCheckBox(label)
            box.setObjectName(f"section_{section.value}")
            box.setChecked(section in DEFAULT_SECTIONS)
            self.section_boxes[section] = box
            grid.addWidget(box, index // columns, index % columns)
        self.brief_only = QCheckBox(self.tr("Brief only (one page: flags, what I want to talk about, key numbers)"))
        self.brief_only.setObjectName("summary_brief_only")
        grid.addWidget(self.brief_only, len(Section) // columns + 1, 0, 1, columns)

        self.topics = QPlainTextEdit()
        self.topics.setObjectName("summary_topics")
        self.topics.setPlaceholderText(self.tr("What I want to talk about in my session…"))
        self.topics.setAccessibleName(self.tr("What I want to talk about"))
        self.topics.setMaximumHeight(90)

        privacy = look.section(self.tr("What to share"))
        privacy_layout = QVBoxLayout(privacy)
        explanation = QLabel(
            self.tr("Tick the entries, notes and reflections to share (private entries are never shown):")
        )
        explanation.setWordWrap(True)
        privacy_layout.addWidget(explanation)
        self.choices = QListWidget()
        self.choices.setObjectName("summary_choices")
        self.choices.setAccessibleName(self.tr("Entries, notes and reflections to share"))
        privacy_layout.addWidget(self.choices)
        ticks = QHBoxLayout()
        for name, text, state in (
            ("summary_tick_all", self.tr("Tick all"), Qt.CheckState.Checked),
            ("summary_tick_none", self.tr("Tick none"), Qt.CheckState.Unchecked),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _checked=False, state=state: self._tick_all(state))
            ticks.addWidget(button)
        ticks.addStretch(1)
        privacy_layout.addLayout(ticks)

        self.format = QComboBox()
        self.format.setObjectName("summary_format")
        self.format.addItem(self.tr("PDF (for printing or sending)"), SummaryFormat.PDF)
        self.format.addItem(self.tr("HTML (for reading on a screen)"), SummaryFormat.HTML)
        self.language = QComboBox(objectName="summary_language")
        self.language.setAccessibleName(self.tr("Language of the summary"))
        self.language.setToolTip(self.tr("The summary can be made in another language than the window's"))
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(i18n.current_language()))

        form = QFormLayout()
        start, end = QHBoxLayout(), QHBoxLayout()
        for part in (start, end):
            part.setAlignment(Qt.AlignmentFlag.AlignTop)  # a date field's message below it grows the row downwards
        start.addWidget(self.start)
        start.addStretch(1)
        end.addWidget(QLabel(self.tr("to")))
        end.addWidget(self.end)
        end.addStretch(1)
        self.period_row = Columns(start, end, stretch=(0, 1))  # "to …" goes below when the two do not fit in one line
        self.period_row.setObjectName("summary_period")
        form.addRow(self.tr("Period"), self.period_row)
        form.addRow("", self.range_note)
        form.addRow(self.tr("Name on the cover"), self.name)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Language"), self.language)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(sections)
        left_layout.addWidget(QLabel(self.tr("What I want to talk about")))
        left_layout.addWidget(self.topics)
        left_layout.addWidget(privacy, 1)

        self.preview = QTextBrowser()
        self.preview.setObjectName("summary_preview")
        self.preview.setAccessibleName(self.tr("Preview of the summary"))
        self.preview.setOpenLinks(False)
        theme.paper(self.preview)  # the page as it is printed, in any theme
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        preview_title = QLabel(self.tr("<b>Preview</b> — exactly what will be in the file"))
        preview_title.setWordWrap(True)
        right_layout.addWidget(preview_title)
        right_layout.addWidget(self.preview, 1)
        self.splitter = splitter = QSplitter(objectName="summary_splitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Save summary…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("summary_save")
        self.review_button = QPushButton(self.tr("Review full-screen"))
        self.review_button.setObjectName("summary_review")
        self.review_button.setToolTip(self.tr("Go through the summary together in session, one section at a time"))
        self.buttons.addButton(self.review_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.choose_file_and_save)
        self.buttons.rejected.connect(self.reject)
        self.review_button.clicked.connect(self.review)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.scroll = fit_to_screen(self, QSize(1180, 760))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        for edit in (self.start, self.end):
            edit.committed.connect(self._period_changed)
        for box in (*self.section_boxes.values(), self.brief_only):
            box.toggled.connect(self._timer.start)
        self.name.textChanged.connect(self._timer.start)
        self.language.currentIndexChanged.connect(self.refresh_preview)
        self.topics.textChanged.connect(self._timer.start)
        self.choices.itemChanged.connect(self._timer.start)
        self._fill_choices()
        self.refresh_preview()
        drafts = self.keep_drafts(self.store, "summary", self.windowTitle())
        drafts.watch("topics", self.tr("What I want to talk about"), self.topics)
        drafts.watch("name", self.tr("Name on the cover"), self.name)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Put the preview below the choices when the two do not fit beside each other (at a large text size on a
        laptop), so the dialog never scrolls sideways."""
        super().resizeEvent(event)
        parts = [self.splitter.widget(index) for index in range(self.splitter.count())]
        margins = self.scroll.widget().layout().contentsMargins()
        beside = sum(part.minimumSizeHint().width() for part in parts) + self.splitter.handleWidth()
        room = self.scroll.viewport().width() - margins.left() - margins.right()
        stacked = room < beside
        self.splitter.setOrientation(Qt.Orientation.Vertical if stacked else Qt.Orientation.Horizontal)
        self.preview.setMinimumHeight(self.preview.fontMetrics().lineSpacing() * 12 if stacked else 0)

    def period(self) -> tuple[date, date] | None:
        """The period typed, once both dates read as days and the end is not before the start."""
        start, end = self.start.date(), self.end.date()
        return None if start is None or end is None or end < start else (start, end)

    def options(self) -> SummaryOptions | None:
        period = self.period()
        if period is None:
            return None
        start, end = period
        chosen = {"entry": set(), "reflection": set()}
        for row in range(self.choices.count()):
            item = self.choices.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                kind, record_id = item.data(ROLE)
                chosen[kind].add(record_id)
        return SummaryOptions(
            start,
            end,
            sections=frozenset(section for section, box in self.section_boxes.items() if box.isChecked()),
            topics=self.topics.toPlainText(),
            entry_ids=frozenset(chosen["entry"]),
            reflection_ids=frozenset(chosen["reflection"]),
            name=self.name.text(),
            brief_only=self.brief_only.isChecked(),
        )

    def _period_changed(self) -> None:
        self._fill_choices()
        self._timer.start()

    def _fill_choices(self) -> None:
        """Non-private entries and written reflections of the period, each with a box to tick."""
        previous = {
            self.choices.item(row).data(ROLE)
            for row in range(self.choices.count())
            if self.choices.item(row).checkState() == Qt.CheckState.Checked
        }
        self.choices.blockSignals(True)
        self.choices.clear()
        period = self.period()
        if period is not None:
            start, end = period
            low, high = period_bounds(start, end)
            rows = [
                (
                    entry.created_at,
                    ("entry", entry.id),
                    f"{self._kind_label(entry.kind)} · {entry.title or self.tr('Untitled')}",
                )
                for entry in shareable_entries(self.store, start, end)
            ]
            rows += [
                (
                    item.at,
                    ("reflection", item.id),
                    self.tr("Reflection · {prompt}").format(prompt=item.prompt_text or item.kind.value),
                )
                for item in self.store.reflections.between(low, high)
                if start <= item.at.date() <= end and item.answer.strip() and item.kind != ReflectionKind.DAILY
            ]
            for moment, key, label in sorted(rows, key=lambda row: row[0]):
                item = QListWidgetItem(f"{day_text(moment.date())} · {label}")
                item.setData(ROLE, key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if key in previous else Qt.CheckState.Unchecked)
                self.choices.addItem(item)
        self.choices.blockSignals(False)

    def _kind_label(self, kind: EntryKind) -> str:
        labels = {
            EntryKind.ENTRY: self.tr("Journal entry"),
            EntryKind.SESSION_NOTE: self.tr("Session notes"),
            EntryKind.THERAPY_NOTE: self.tr("Therapy notes"),
        }
        return labels[kind]

    def _tick_all(self, state: Qt.CheckState) -> None:
        """Tick (or untick) every entry, note and reflection listed: one preview for all of them."""
        self.choices.blockSignals(True)
        for row in range(self.choices.count()):
            self.choices.item(row).setCheckState(state)
        self.choices.blockSignals(False)
        self._timer.start()

    def refresh_preview(self) -> None:
        """Rebuild the document from the current choices and show it; the same string is what gets saved."""
        self._timer.stop()
        if self.drafts is not None:  # building a long period takes a while: keep the typed words first
            self.drafts.keep()
        options = self.options()
        valid = options is not None
        if valid:
            note = ""
        elif self.start.date() is None or self.end.date() is None:
            note = self.tr("Both dates need to read as days before the summary can be made.")
        else:
            note = self.tr("The period ends before it starts.")
        self.range_note.setText(note)
        self.save_button.setEnabled(valid)
        self.review_button.setEnabled(valid)
        if not valid:
            self.summary = None  # nothing is saved or reviewed from a period no longer shown
            return
        with i18n.speaking(self.summary_language()):
            self.summary = make_summary(self.store, options, now_local())
            self.document = summary_html(self.summary)
        self.preview.setHtml(self.document)

    def summary_language(self) -> str:
        """The summary's own language ("en", "es"): the window's unless chosen otherwise for this summary."""
        return self.language.currentData()

    def selected_format(self) -> SummaryFormat:
        return SummaryFormat(self.format.currentData())

    def choose_file_and_save(self) -> None:
        if self._timer.isActive():
            self.refresh_preview()
        if self.summary is None:
            return
        fmt = self.selected_format()
        suggested = Path.home() / f"recovery-summary-{self.summary.start}-to-{self.summary.end}{fmt.suffix}"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save summary"), str(suggested), f"{fmt.name} (*{fmt.suffix})"
        )
        if name:
            self.save_to(Path(name), overwrite=Path(name).exists())  # the file dialog already asked to replace

    def save_to(self, path: Path, overwrite: bool = False) -> bool:
        """Write the previewed document; asks before replacing a file unless already confirmed."""
        if self._timer.isActive() or self.summary is None:
            self.refresh_preview()
        if self.summary is None:
            return False
        if path.exists() and not overwrite:
            answer = QMessageBox.question(
                self, self.tr("Replace file?"), self.tr("{name} already exists. Replace it?").format(name=path.name)
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            overwrite = True
        try:
            with i18n.speaking(self.summary_language()):  # the PDF's running header and footer
                self.written = save_summary(
                    self.store, self.summary, self.document, path, self.selected_format(), overwrite
                )
        except ExportError as error:
            QMessageBox.warning(self, "Could not save the summary", str(error))
            return False
        self.context.show_status(self.tr("Summary saved to {written}").format(written=self.written))
        self.accept()
        return True

    def review(self) -> None:
        from recoveryjournal.ui.review_mode import start_review

        if self._timer.isActive() or self.summary is None:
            self.refresh_preview()
        window = self.parent()
        if window is None or self.summary is None:
            return
        self.hide()  # not closed: the topics and choices are still here when the review ends
        start_review(window, self.summary).closed.connect(self.open)


def open_export_dialog(context: AppContext, parent: QWidget | None = None) -> ExportSummaryDialog:
    dialog = ExportSummaryDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
