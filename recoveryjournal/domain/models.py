"""Plain dataclasses (``Record``) for the records every start shows: triggers, check-ins, entries, lapses, substances.

They carry no behaviour that needs Qt or SQL, so every layer can pass them around and tests can build them by hand.
Times are timezone-aware ``datetime`` objects; the store keeps them as ISO-8601 text with the local UTC offset.
The other records live beside their topic (``coping_models``, ``plan_models``, ``reflection_models``,
``session_models``), so the app's start does not pay to create them: each dataclass costs ~0.3 ms to define.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime
from enum import StrEnum
from reprlib import recursive_repr
from typing import Any, dataclass_transform

from recoveryjournal.i18n import translatable, translate


class TriggerKind(StrEnum):
    EMOTIONAL = "emotional"
    ENVIRONMENTAL = "environmental"
    SOCIAL = "social"
    RISK = "risk"

    @property
    def label(self) -> str:
        return {
            "emotional": translate("Trigger kind", "Emotional"),
            "environmental": translate("Trigger kind", "Environmental"),
            "social": translate("Trigger kind", "Social"),
            "risk": translate("Trigger kind", "Risk factor"),
        }[self.value]


class EntryKind(StrEnum):
    """What a piece of writing is: an entry, notes written in session review, or notes the person keeps about or for
    their therapy (chosen in the editor). The summary and the export dialog name each kind."""

    ENTRY = "entry"
    SESSION_NOTE = "session_note"
    THERAPY_NOTE = "therapy_note"


MOOD_LABELS = {
    1: translatable("Mood", "Very low"),
    2: translatable("Mood", "Low"),
    3: translatable("Mood", "Okay"),
    4: translatable("Mood", "Good"),
    5: translatable("Mood", "Very good"),
}

EMOTIONS = (
    translatable("Emotion", "anxious"),
    translatable("Emotion", "lonely"),
    translatable("Emotion", "angry"),
    translatable("Emotion", "bored"),
    translatable("Emotion", "tired"),
    translatable("Emotion", "ashamed"),
    translatable("Emotion", "sad"),
    translatable("Emotion", "restless"),
    translatable("Emotion", "overwhelmed"),
    translatable("Emotion", "hopeful"),
    translatable("Emotion", "calm"),
    translatable("Emotion", "grateful"),
    translatable("Emotion", "proud"),
    translatable("Emotion", "content"),
)


def mood_label(mood: int) -> str:
    """The words for a mood of 1-5 ("Very low" … "Very good") in the current language."""
    return translate("Mood", MOOD_LABELS[mood])


def emotion_label(emotion: str) -> str:
    """One of ``EMOTIONS`` in the current language; a word the person typed stays as typed (it is stored as typed,
    and the shipped ones are stored in English)."""
    return translate("Emotion", emotion)


@dataclass_transform(field_specifiers=(field,))
class Record:
    """The base of every record: each subclass is a dataclass, compared and shown by its fields.

    The dataclass decorator would compile an ``__eq__`` and a ``__repr__`` for every record class (~0.2 ms each at
    every start); written once here, they do the same: equal when of the same class with equal fields.
    """

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        dataclass(eq=False, repr=False)(cls)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, each.name) for each in fields(self))

    __hash__ = None  # mutable and compared by value, like a dataclass with eq=True

    @recursive_repr()
    def __repr__(self) -> str:
        values = ", ".join(f"{each.name}={getattr(self, each.name)!r}" for each in fields(self))
        return f"{type(self).__qualname__}({values})"


class Trigger(Record):
    """What sets off a craving: a feeling, a place, a person or a risk factor; archived ones keep their history."""

    name: str
    kind: TriggerKind = TriggerKind.EMOTIONAL
    description: str = ""
    archived: bool = False
    id: int | None = None


class CheckIn(Record):
    """A quick log of how the person is: mood, emotions, craving, what set it off, and any coping tried."""

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


class JournalEntry(Record):
    """Written words: an entry, session notes or therapy notes; private ones never leave the machine."""

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


class Lapse(Record):
    """A use of a substance, logged as information for the plan, never as failure."""

    at: datetime
    substance: str
    amount: str = ""
    context: str = ""
    what_helped: str = ""
    note: str = ""
    id: int | None = None


class Substance(Record):
    """``sober_since`` is the first day of the current run; ``tracked_since`` the first day tracking began.

    ``tracked_since`` stays put when a lapse moves ``sober_since`` on, so earlier runs still count (see
    ``domain/sobriety.py``); ``None`` means the same day as ``sober_since``.
    """

    name: str
    sober_since: date
    tracked: bool = True
    id: int | None = None
    tracked_since: date | None = None
