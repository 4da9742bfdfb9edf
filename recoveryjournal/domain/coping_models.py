"""The coping toolbox's records: the actions a person can reach for, and each time they used one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass
class CopingAction:
    name: str
    category: str = ""
    description: str = ""
    favourite: bool = False
    custom: bool = False
    archived: bool = False
    id: int | None = None


@dataclass
class CopingUse:
    action_id: int
    at: datetime
    craving_before: int | None = None
    craving_after: int | None = None
    checkin_id: int | None = None
    note: str = ""
    id: int | None = None
