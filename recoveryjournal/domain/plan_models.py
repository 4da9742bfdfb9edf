"""The relapse-prevention plan's records: its lists, weekly goals, support contacts and reviewed versions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class PlanSection(StrEnum):
    """The free-text lists of the relapse-prevention plan; goals, actions and contacts have their own records."""

    TRIGGERS = "triggers"
    WARNING_SIGNS = "warning_signs"


@dataclass
class PlanItem:
    section: PlanSection
    text: str
    position: int = 0
    id: int | None = None


@dataclass
class WeeklyGoal:
    week_start: date
    text: str
    done: bool = False
    carried_from_id: int | None = None
    id: int | None = None


@dataclass
class SupportContact:
    name: str
    relation: str = ""
    phone: str = ""
    when_to_call: str = ""
    position: int = 0
    id: int | None = None


@dataclass
class PlanVersion:
    """A snapshot taken at each plan review, so the history shows what changed."""

    reviewed_at: datetime
    snapshot: dict
    changes: str = ""
    id: int | None = None
