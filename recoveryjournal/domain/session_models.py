"""Treatment attendance: a group, individual or family session, a support group meeting, or another kind."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from recoveryjournal.domain.models import Record
from recoveryjournal.i18n import translate


class SessionKind(StrEnum):
    GROUP = "group"
    INDIVIDUAL = "individual"
    FAMILY = "family"
    SUPPORT_GROUP = "support_group"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            "group": translate("TreatmentPage", "Group therapy"),
            "individual": translate("TreatmentPage", "Individual therapy"),
            "family": translate("TreatmentPage", "Family therapy"),
            "support_group": translate("TreatmentPage", "Support group"),
            "other": translate("TreatmentPage", "Other"),
        }[self.value]


class TreatmentSession(Record):
    at: datetime
    kind: SessionKind
    hours: float
    title: str = ""
    note: str = ""
    id: int | None = None
