"""The coping toolbox's records: the actions a person can reach for, and each time they used one."""

from __future__ import annotations

from datetime import datetime

from recoveryjournal.domain.models import Record


class CopingAction(Record):
    name: str
    category: str = ""
    description: str = ""
    favourite: bool = False
    custom: bool = False
    archived: bool = False
    id: int | None = None


class CopingUse(Record):
    action_id: int
    at: datetime
    craving_before: int | None = None
    craving_after: int | None = None
    checkin_id: int | None = None
    note: str = ""
    id: int | None = None
