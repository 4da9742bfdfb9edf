"""Measures: the questionnaires the person takes and how often, their results, the check-in's sleep and medication
questions (each can be switched off), and the person's own medication list (MOUD included).

A clinic's questionnaire appears here once its TOML file is in the data folder's ``measures/`` folder, shown with its
source; a file that cannot be used is named with the reason.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recoveryjournal import paths
from recoveryjournal.domain import dates, measures
from recoveryjournal.domain.measure_models import CHECKIN_MEDICATION_KEY, CHECKIN_SLEEP_KEY, Medication
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.look import heading, page_heading, page_layout, section
from recoveryjournal.ui.pages import page_title
from recoveryjournal.ui.widgets.due_measures import current_catalogue
from recoveryjournal.ui.widgets.record_table import fill_rows, record_table
from recoveryjournal.ui.widgets.scrolling import scroll_into


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class MeasuresPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.catalogue = current_catalogue(self.store)
        self._build()
        context.changed.connect(self._on_changed)

    # --- layout -----------------------------------------------------------------------------------------------------

    def _build(self) -> None:
        page_title_label = page_heading(page_title("measures"))
        intro = QLabel(
            self.tr(
                "A few standard questionnaires, repeated, show you and your therapist how things change. "
                "Pick which ones and how often; Today offers them when they are due, and you can always skip."
            )
        )
        intro.setWordWrap(True)

        self.instrument_list = QListWidget(objectName="measure_list")
        self.instrument_list.setAccessibleName(self.tr("Questionnaires"))
        self.instrument_list.setMaximumWidth(280)
        self.instrument_list.currentRowChanged.connect(self._show_instrument)
        self.title = heading("")
        self.title.setObjectName("measure_title")
        self.title.setWordWrap(True)
        self.about = _plain("")
        self.source = _plain("")
        self.source.setObjectName("measure_page_source")
        self.terms = _plain("")
        self.frequency = QComboBox(objectName="measure_frequency")
        self.frequency.setAccessibleName(self.tr("How often"))
        for days, _label in measures.FREQUENCIES:
            self.frequency.addItem(measures.frequency_label(days), days)
        self.frequency.activated.connect(self._frequency_chosen)
        self.take_button = QPushButton(self.tr("Take it now"), objectName="measure_take_now")
        self.take_button.clicked.connect(self.take_current)
        self.history = record_table(
            [self.tr("When"), self.tr("Score"), self.tr("Band"), self.tr("Safety")], self.tr("Results"), stretch=2
        )
        self.history.setObjectName("measure_history")
        details = QWidget()
        form = QFormLayout()
        form.addRow(self.tr("How often"), self.frequency)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.about, self.source, self.terms):
            details_layout.addWidget(widget)
        row = QHBoxLayout()
        row.addLayout(form)
        row.addStretch(1)
        row.addWidget(self.take_button)
        details_layout.addLayout(row)
        details_layout.addWidget(self.history, 1)
        questionnaires = QHBoxLayout()
        questionnaires.addWidget(self.instrument_list)
        questionnaires.addWidget(details, 1)
        self.problems = QLabel(objectName="measure_problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        clinic = _plain(
            self.tr(
                "A clinic can add its own questionnaire: put its TOML file in {paths} and open this page again."
            ).format(paths=paths.measures_dir(self.store.folder))
        )

        extras = section(self.tr("Daily check-in"))
        self.ask_sleep = QCheckBox(self.tr("Ask about last night's sleep (hours and how well)"), objectName="ask_sleep")
        self.ask_medication = QCheckBox(
            self.tr("Ask about my medications (taken, missed or not due)"), objectName="ask_medication"
        )
        self.ask_sleep.toggled.connect(lambda on: self._set_flag(CHECKIN_SLEEP_KEY, on))
        self.ask_medication.toggled.connect(lambda on: self._set_flag(CHECKIN_MEDICATION_KEY, on))
        extras_layout = QVBoxLayout(extras)
        extras_layout.addWidget(self.ask_sleep)
        extras_layout.addWidget(self.ask_medication)

        meds = section(self.tr("My medications"))
        self.medication_table = record_table(
            [self.tr("Medication"), self.tr("Dose"), self.tr("When"), self.tr("MOUD")],
            self.tr("My medications"),
            stretch=2,
        )
        self.medication_table.setObjectName("medication_table")
        self.medication_table.itemSelectionChanged.connect(self._medication_selected)
        self.med_name = QLineEdit(objectName="medication_name", placeholderText=self.tr("e.g. Buprenorphine"))
        self.med_dose = QLineEdit(objectName="medication_dose", placeholderText=self.tr("e.g. 8 mg"))
        self.med_schedule = QLineEdit(objectName="medication_schedule", placeholderText=self.tr("e.g. every morning"))
        self.med_moud = QCheckBox(self.tr("Medication for opioid use disorder (MOUD)"), objectName="medication_moud")
        self.add_medication_button = QPushButton(self.tr("Add"), objectName="medication_add")
        self.add_medication_button.clicked.connect(self.add_medication)
        self.save_medication_button = QPushButton(self.tr("Save changes"), objectName="medication_save")
        self.save_medication_button.clicked.connect(self.save_medication)
        self.remove_medication_button = QPushButton(self.tr("Remove"), objectName="medication_remove")
        self.remove_medication_button.clicked.connect(self.remove_medication)
        med_form = QFormLayout()
        med_form.addRow(self.tr("Name"), self.med_name)
        med_form.addRow(self.tr("Dose"), self.med_dose)
        med_form.addRow(self.tr("When"), self.med_schedule)
        med_form.addRow("", self.med_moud)
        med_buttons = QHBoxLayout()
        for button in (self.add_medication_button, self.save_medication_button, self.remove_medication_button):
            med_buttons.addWidget(button)
        med_buttons.addStretch(1)
        self.no_medications = QLabel(
            self.tr("No medications listed. Add one below (name, dose, when) if you want the check-in to ask about it.")
        )
        self.no_medications.setObjectName("no_medications")
        self.no_medications.setWordWrap(True)
        meds_layout = QVBoxLayout(meds)
        meds_layout.addWidget(self.no_medications)
        meds_layout.addWidget(self.medication_table)
        meds_layout.addLayout(med_form)
        meds_layout.addLayout(med_buttons)
        meds_layout.addWidget(_plain(self.tr("Your list stays on this computer. The app gives no medical advice.")))

        content = QWidget()
        layout = page_layout(QVBoxLayout(content))
        layout.addWidget(page_title_label)
        layout.addWidget(intro)
        layout.addLayout(questionnaires, 1)
        layout.addWidget(self.problems)
        layout.addWidget(clinic)
        layout.addWidget(extras)
        layout.addWidget(meds)
        scroll_into(self, content, page_title("measures"))

    # --- filling ----------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.catalogue = current_catalogue(self.store)
        current = self.instrument_list.currentRow()
        self.instrument_list.blockSignals(True)
        self.instrument_list.clear()
        for instrument in self.catalogue.instruments:
            shipped = instrument.source == measures.SHIPPED_SOURCE
            title = instrument.short_title
            self.instrument_list.addItem(title if shipped else self.tr("{title}  (clinic)").format(title=title))
        self.instrument_list.blockSignals(False)
        self.instrument_list.setCurrentRow(max(0, min(current, len(self.catalogue.instruments) - 1)))
        self._show_instrument(self.instrument_list.currentRow())
        problems = self.catalogue.problems
        self.problems.setText(self.tr("These files in the measures folder could not be used:\n") + "\n".join(problems))
        self.problems.setVisible(bool(problems))
        for box, key in ((self.ask_sleep, CHECKIN_SLEEP_KEY), (self.ask_medication, CHECKIN_MEDICATION_KEY)):
            box.blockSignals(True)
            box.setChecked(bool(self.store.settings.get(key, True)))
            box.blockSignals(False)
        self._fill_medications()

    def current_instrument(self) -> measures.Instrument | None:
        row = self.instrument_list.currentRow()
        return self.catalogue.instruments[row] if 0 <= row < len(self.catalogue.instruments) else None

    def _show_instrument(self, _row: int) -> None:
        instrument = self.current_instrument()
        self.take_button.setEnabled(instrument is not None)
        if instrument is None:
            return
        self.title.setText(instrument.title)
        self.about.setText(
            self.tr("{about} It asks about {recall_period}.").format(
                about=instrument.about, recall_period=instrument.recall_period
            )
        )
        self.source.setText(
            self.tr("Source: {source}. {citation}").format(
                source=measures.source_words(instrument.source), citation=instrument.citation
            )
        )
        self.terms.setText(self.tr("Terms: {terms}").format(terms=instrument.terms))
        every = measures.schedule(self.catalogue, self.store.settings.get(measures.SCHEDULE_KEY))[instrument.id]
        index = self.frequency.findData(every)
        if index < 0:
            self.frequency.addItem(measures.frequency_label(every), every)
            index = self.frequency.count() - 1
        self.frequency.setCurrentIndex(index)
        results = measures.in_current_words(self.store.measures.results(instrument.id))
        fill_rows(
            self.history,
            [
                [
                    dates.weekday_short_date(result.at.date()),
                    self.tr("{total} of {max_score}").format(total=result.total, max_score=instrument.max_score),
                    result.band,
                    self.tr("⚑ answer called for support") if result.safety_items else "",
                ]
                for result in reversed(results)
            ],
        )

    def _frequency_chosen(self, _index: int) -> None:
        instrument = self.current_instrument()
        if instrument is None:
            return
        chosen = dict(self.store.settings.get(measures.SCHEDULE_KEY) or {})
        chosen[instrument.id] = int(self.frequency.currentData())
        self.store.settings.set(measures.SCHEDULE_KEY, chosen)
        self.context.notify("settings")
        self.context.show_status(f"{instrument.short_title}: {measures.frequency_label(chosen[instrument.id])}.")

    def take_current(self) -> None:
        instrument = self.current_instrument()
        if instrument is not None:
            from recoveryjournal.ui.dialogs.measure import open_measure_dialog

            open_measure_dialog(self.context, instrument, self.window())

    def _set_flag(self, key: str, on: bool) -> None:
        self.store.settings.set(key, on)
        self.context.notify("settings")

    def _on_changed(self, what: str) -> None:
        if what in ("measure_results", "medications") and self.isVisible():
            self.refresh()

    # --- medications ------------------------------------------------------------------------------------------------

    def _fill_medications(self) -> None:
        self.medications = self.store.measures.medications()
        fill_rows(
            self.medication_table,
            [[m.name, m.dose, m.schedule, self.tr("Yes") if m.moud else ""] for m in self.medications],
        )
        self.no_medications.setVisible(not self.medications)
        self.medication_table.setVisible(bool(self.medications))
        self._medication_selected()

    def selected_medication(self) -> Medication | None:
        rows = self.medication_table.selectionModel().selectedRows()
        return self.medications[rows[0].row()] if rows else None

    def _medication_selected(self) -> None:
        chosen = self.selected_medication()
        self.save_medication_button.setEnabled(chosen is not None)
        self.remove_medication_button.setEnabled(chosen is not None)
        if chosen is not None:
            self.med_name.setText(chosen.name)
            self.med_dose.setText(chosen.dose)
            self.med_schedule.setText(chosen.schedule)
            self.med_moud.setChecked(chosen.moud)

    def _form_medication(self) -> Medication | None:
        name = self.med_name.text().strip()
        if not name:
            self.context.show_status(self.tr("Give the medication a name first."))
            self.med_name.setFocus()
            return None
        return Medication(
            name, self.med_dose.text().strip(), self.med_schedule.text().strip(), self.med_moud.isChecked()
        )

    def add_medication(self) -> None:
        medication = self._form_medication()
        if medication is None:
            return
        self.store.measures.add_medication(medication)
        for box in (self.med_name, self.med_dose, self.med_schedule):
            box.clear()
        self.med_moud.setChecked(False)
        self.context.notify("medications")
        self._fill_medications()

    def save_medication(self) -> None:
        chosen, medication = self.selected_medication(), self._form_medication()
        if chosen is None or medication is None:
            return
        medication.id = chosen.id
        self.store.measures.update_medication(medication)
        self.context.notify("medications")
        self._fill_medications()

    def remove_medication(self) -> None:
        chosen = self.selected_medication()
        if chosen is None:
            return
        self.store.measures.delete_medication(chosen.id)
        self.context.undo.push("medications", chosen.id, self.tr("Medication {name}").format(name=chosen.name))
        self.context.notify("medications")
        self.context.show_status(self.tr("{name} moved to the trash. Ctrl+Z brings it back.").format(name=chosen.name))
        self._fill_medications()
