"""Treatment attendance: a group, individual or family session, a support group meeting, or another kind."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from recoveryjournal.domain.models import Record


class SessionKind(StrEnum):
    GROUP = "group"
    INDIVIDUAL = "individual"
    FAMILY = "family"
    SUPPORT_GROUP = "support_group"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            "group": "Group therapy",
            "individual": "Individual therapy",
            "family": "Family therapy",
            "support_group": "Support group",
            "other": "Other",
        }[self.value]


class TreatmentSession(Record):
    at: datetime
    kind: SessionKind
    hours: float
    title: str = ""
    note: str = ""
    id: int | None = None
