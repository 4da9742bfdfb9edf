"""The relapse-prevention plan's records: its lists, weekly goals, support contacts and reviewed versions."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from recoveryjournal.domain.models import Record


class PlanSection(StrEnum):
    """The free-text lists of the relapse-prevention plan; goals, actions and contacts have their own records."""

    TRIGGERS = "triggers"
    WARNING_SIGNS = "warning_signs"


class PlanItem(Record):
    section: PlanSection
    text: str
    position: int = 0
    id: int | None = None


class WeeklyGoal(Record):
    week_start: date
    text: str
    done: bool = False
    carried_from_id: int | None = None
    id: int | None = None


class SupportContact(Record):
    name: str
    relation: str = ""
    phone: str = ""
    when_to_call: str = ""
    position: int = 0
    id: int | None = None


class PlanVersion(Record):
    """A snapshot taken at each plan review, so the history shows what changed."""

    reviewed_at: datetime
    snapshot: dict
    changes: str = ""
    id: int | None = None
