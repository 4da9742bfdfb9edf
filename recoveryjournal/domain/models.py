"""Plain dataclasses for every kind of record the journal keeps.

They carry no behaviour that needs Qt or SQL, so every layer can pass them around and tests can build them by hand.
Times are timezone-aware ``datetime`` objects; the store keeps them as ISO-8601 text with the local UTC offset.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class TriggerKind(StrEnum):
    EMOTIONAL = "emotional"
    ENVIRONMENTAL = "environmental"
    SOCIAL = "social"
    RISK = "risk"

    @property
    def label(self) -> str:
        return {
            "emotional": "Emotional",
            "environmental": "Environmental",
            "social": "Social",
            "risk": "Risk factor",
        }[self.value]


class EntryKind(StrEnum):
    ENTRY = "entry"
    SESSION_NOTE = "session_note"


class ReflectionKind(StrEnum):
    DAILY = "daily"
    PROMPT = "prompt"
    WEEKLY_REVIEW = "weekly_review"
    THOUGHT_RECORD = "thought_record"
    GRATITUDE = "gratitude"
    STRENGTHS = "strengths"


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


class PlanSection(StrEnum):
    """The free-text lists of the relapse-prevention plan; goals, actions and contacts have their own records."""

    TRIGGERS = "triggers"
    WARNING_SIGNS = "warning_signs"


MOOD_LABELS = {1: "Very low", 2: "Low", 3: "Okay", 4: "Good", 5: "Very good"}

EMOTIONS = (
    "anxious",
    "lonely",
    "angry",
    "bored",
    "tired",
    "ashamed",
    "sad",
    "restless",
    "overwhelmed",
    "hopeful",
    "calm",
    "grateful",
    "proud",
    "content",
)


@dataclass
class Trigger:
    name: str
    kind: TriggerKind = TriggerKind.EMOTIONAL
    description: str = ""
    archived: bool = False
    id: int | None = None


@dataclass
class CheckIn:
    at: datetime
    mood: int | None = None
    emotions: list[str] = field(default_factory=list)
    craving: int | None = None
    substance: str = ""
    trigger_ids: list[int] = field(default_factory=list)
    where: str = ""
    with_whom: str = ""
    what_happening: str = ""
    note: str = ""
    coping_action_id: int | None = None
    craving_after: int | None = None
    id: int | None = None

    def is_empty(self) -> bool:
        return (
            self.mood is None
            and self.craving is None
            and not self.emotions
            and not self.trigger_ids
            and not self.note.strip()
        )


@dataclass
class JournalEntry:
    created_at: datetime
    title: str = ""
    body: str = ""
    private: bool = False
    mood: int | None = None
    trigger_ids: list[int] = field(default_factory=list)
    kind: EntryKind = EntryKind.ENTRY
    updated_at: datetime | None = None
    id: int | None = None

    @property
    def word_count(self) -> int:
        return len(self.body.split())


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


@dataclass
class Lapse:
    at: datetime
    substance: str
    amount: str = ""
    context: str = ""
    what_helped: str = ""
    note: str = ""
    id: int | None = None


@dataclass
class Substance:
    """``sober_since`` is the first day of the current run; ``tracked_since`` the first day tracking began.

    ``tracked_since`` stays put when a lapse moves ``sober_since`` on, so earlier runs still count (see
    ``domain/sobriety.py``); ``None`` means the same day as ``sober_since``.
    """

    name: str
    sober_since: date
    tracked: bool = True
    id: int | None = None
    tracked_since: date | None = None


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


@dataclass
class Reflection:
    at: datetime
    kind: ReflectionKind = ReflectionKind.PROMPT
    prompt_id: str = ""
    prompt_text: str = ""
    reason: str = ""
    answer: str = ""
    rating: int | None = None
    data: dict = field(default_factory=dict)
    id: int | None = None


@dataclass
class CustomPrompt:
    """A prompt the person wrote or imported; it joins the catalogue from resources."""

    prompt_id: str
    text: str
    category: str
    signals: list[str] = field(default_factory=list)
    cooldown_days: int = 7
    follow_ups: list[str] = field(default_factory=list)
    source: str = "own"
    id: int | None = None


@dataclass
class TreatmentSession:
    at: datetime
    kind: SessionKind
    hours: float
    title: str = ""
    note: str = ""
    id: int | None = None


@dataclass
class TrashItem:
    """One deleted record as the trash view lists it."""

    table: str
    record_id: int
    label: str
    deleted_at: datetime
