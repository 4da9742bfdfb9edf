"""Records of measurement-based care: questionnaire results, nightly sleep, medications and each day's doses."""

from __future__ import annotations

from dataclasses import field
from datetime import date, datetime
from enum import StrEnum

from recoveryjournal.domain.models import Record
from recoveryjournal.i18n import translatable, translate

SLEEP_QUALITY_LABELS = {  # shown through translate("Sleep", label)
    1: translatable("Sleep", "Very poor"),
    2: translatable("Sleep", "Poor"),
    3: translatable("Sleep", "Okay"),
    4: translatable("Sleep", "Good"),
    5: translatable("Sleep", "Very good"),
}


class MeasureResult(Record):
    """One completed questionnaire: the answers exactly as given, and the score they had when saved."""

    measure_id: str
    at: datetime
    answers: dict[str, int]
    total: int
    band: str = ""
    subscales: dict[str, int] = field(default_factory=dict)
    safety_items: list[str] = field(default_factory=list)
    title: str = ""
    source: str = ""
    id: int | None = None


class SleepLog(Record):
    """The night before ``day``: hours slept and how well (1–5); either may be left out."""

    day: date
    hours: float | None = None
    quality: int | None = None


class DoseStatus(StrEnum):
    TAKEN = "taken"
    MISSED = "missed"
    NOT_DUE = "not_due"

    @property
    def label(self) -> str:
        """In the current language."""
        if self.value == "taken":
            return translate("Dose", "Taken")
        return translate("Dose", "Missed") if self.value == "missed" else translate("Dose", "Not due")


class Medication(Record):
    """One medication on the person's own list; ``moud`` marks a medication for opioid use disorder."""

    name: str
    dose: str = ""
    schedule: str = ""
    moud: bool = False
    active: bool = True
    id: int | None = None


class DoseLog(Record):
    medication_id: int
    day: date
    status: DoseStatus


# Settings: whether the daily check-in asks about sleep and about medication (both on unless switched off).
CHECKIN_SLEEP_KEY = "checkin/sleep"
CHECKIN_MEDICATION_KEY = "checkin/medication"
