"""The check-in's optional sleep and medication questions: last night's hours and quality, and each medication on
the person's list as taken, missed or not due. Either part can be switched off on the Measures page; leaving a
question at "Not noted" records nothing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel, QWidget

from recoveryjournal.domain.measure_models import (
    CHECKIN_MEDICATION_KEY,
    CHECKIN_SLEEP_KEY,
    SLEEP_QUALITY_LABELS,
    DoseStatus,
    SleepLog,
)
from recoveryjournal.store.store import Store

NOT_NOTED = QT_TRANSLATE_NOOP("DailyCare", "Not noted")


class DailyCare(QWidget):
    def __init__(self, store: Store, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("daily_care")
        self.asks_sleep = bool(store.settings.get(CHECKIN_SLEEP_KEY, True))
        self.medications = store.measures.medications() if store.settings.get(CHECKIN_MEDICATION_KEY, True) else []
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long medicine name puts its box below
        self.hours = QDoubleSpinBox(objectName="sleep_hours")
        self.hours.setRange(-0.5, 24)
        self.hours.setSingleStep(0.5)
        self.hours.setDecimals(1)
        self.hours.setSpecialValueText(QCoreApplication.translate("DailyCare", NOT_NOTED))
        self.hours.setSuffix(" h")
        self.hours.setAccessibleName(self.tr("Hours slept last night"))
        self.quality = QComboBox(objectName="sleep_quality")
        self.quality.setAccessibleName(self.tr("How well I slept"))
        self.quality.addItem(QCoreApplication.translate("DailyCare", NOT_NOTED), None)
        for value, label in SLEEP_QUALITY_LABELS.items():
            self.quality.addItem(f"{value} · {QCoreApplication.translate('Sleep', label)}", value)
        if self.asks_sleep:
            row = QHBoxLayout()
            row.addWidget(self.hours)
            row.addWidget(QLabel(self.tr("slept, quality")))
            row.addWidget(self.quality, 1)
            form.addRow(self.tr("Sleep last night"), row)
        self.doses: dict[int, QComboBox] = {}
        for medication in self.medications:
            box = QComboBox(objectName=f"dose_{medication.id}")
            box.setAccessibleName(self.tr("{name}: taken, missed or not due").format(name=medication.name))
            box.addItem(QCoreApplication.translate("DailyCare", NOT_NOTED), None)
            for status in DoseStatus:
                box.addItem(status.label, status)
            label = medication.name + (f" ({medication.dose})" if medication.dose else "")
            form.addRow(label, box)
            self.doses[medication.id] = box
        self.setVisible(self.asks_sleep or bool(self.medications))
        self.load(day)

    def load(self, day: date) -> None:
        """Show what is already noted for ``day`` (the check-in's own day)."""
        sleep = self.store.measures.sleep_on(day)
        self.hours.setValue(sleep.hours if sleep and sleep.hours is not None else self.hours.minimum())
        self.quality.setCurrentIndex(max(0, self.quality.findData(sleep.quality if sleep else None)))
        noted = {dose.medication_id: dose.status for dose in self.store.measures.doses(day, day)}
        for medication_id, box in self.doses.items():
            box.setCurrentIndex(max(0, box.findData(noted.get(medication_id))))

    def sleep(self, day: date) -> SleepLog | None:
        if not self.asks_sleep:
            return None
        hours = None if self.hours.value() < 0 else self.hours.value()
        return SleepLog(day, hours, self.quality.currentData())

    def statuses(self) -> dict[int, DoseStatus | None]:
        # Qt hands item data back as plain text
        return {
            medication_id: None if box.currentData() is None else DoseStatus(box.currentData())
            for medication_id, box in self.doses.items()
        }

    def has_answers(self) -> bool:
        sleep = self.sleep(date.min)
        return bool(sleep and (sleep.hours is not None or sleep.quality is not None)) or any(
            status is not None for status in self.statuses().values()
        )

    def save(self, day: date) -> None:
        """Write the day's sleep and doses (inside the caller's transaction)."""
        sleep = self.sleep(day)
        if sleep is not None:
            self.store.measures.set_sleep(sleep)
        if self.doses:
            self.store.measures.set_doses(day, self.statuses())
