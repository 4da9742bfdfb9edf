"""What a search asks for and what it finds, as plain data the store fills and the UI shows.

Snippets carry the matched words between ``MARK_START`` and ``MARK_END`` (control characters nobody types), so the
UI can escape the text and only then add its own highlighting.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from recoveryjournal.domain.models import EntryKind

MARK_START = "\x02"
MARK_END = "\x03"


class HitKind(StrEnum):
    ENTRY = "entry"
    REFLECTION = "reflection"


class Privacy(StrEnum):
    ANY = "any"
    PRIVATE = "private"
    NOT_PRIVATE = "not_private"


@dataclass(frozen=True)
class SearchFilters:
    """Limits a search combines with its words; an empty filter set lists every entry, newest first.

    ``start`` is inclusive and ``end`` exclusive. Reflections have no triggers, mood or private flag, so any of
    those filters leaves them out.
    """

    start: datetime | None = None
    end: datetime | None = None
    trigger_ids: tuple[int, ...] = ()
    mood: int | None = None
    privacy: Privacy = Privacy.ANY

    @property
    def entry_only(self) -> bool:
        return bool(self.trigger_ids) or self.mood is not None or self.privacy is Privacy.PRIVATE


@dataclass
class SearchHit:
    """One found journal entry or reflection; ``title`` and ``snippet`` may hold highlight marks."""

    kind: HitKind
    record_id: int
    at: datetime
    title: str
    snippet: str
    private: bool = False
    mood: int | None = None
    entry_kind: EntryKind | None = None
    """A journal entry's kind (session notes, therapy notes are named in the list); ``None`` for a reflection."""


def marked_parts(text: str) -> list[tuple[str, bool]]:
    """Split marked text into ``(piece, highlighted)`` pairs, dropping the marks."""
    parts: list[tuple[str, bool]] = []
    highlighted = False
    piece = ""
    for char in text:
        if char in (MARK_START, MARK_END):
            if piece:
                parts.append((piece, highlighted))
            piece = ""
            highlighted = char == MARK_START
        else:
            piece += char
    if piece:
        parts.append((piece, highlighted))
    return parts


def plain(text: str) -> str:
    """Marked text without its marks."""
    return text.replace(MARK_START, "").replace(MARK_END, "")
