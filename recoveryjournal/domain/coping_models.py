"""The coping toolbox's records: the actions a person can reach for, and each time they used one."""

from __future__ import annotations

from datetime import datetime

from recoveryjournal.domain.models import Record
from recoveryjournal.i18n import translatable, translate

CATEGORIES = (  # the kinds the shipped coping ideas carry (stored in English), shown in the current language
    translatable("Coping", "body"),
    translatable("Coping", "creative"),
    translatable("Coping", "distraction"),
    translatable("Coping", "mind"),
    translatable("Coping", "people"),
    translatable("Coping", "practical"),
    translatable("Coping", "mine"),
)


def category_label(category: str) -> str:
    """A coping tool's kind as shown: a shipped kind in the current language, the person's own as typed."""
    return translate("Coping", category) if category in CATEGORIES else category


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
