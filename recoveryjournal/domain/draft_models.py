"""Words typed but not yet saved: the text of an open form, kept as a draft until it is saved or let go."""

from __future__ import annotations

from dataclasses import field
from datetime import datetime
from pathlib import Path

from recoveryjournal.domain.models import Record


class DraftField(Record):
    """One text box of a form: its name in the form, the label a person sees, and what was typed."""

    name: str
    label: str
    text: str


class Draft(Record):
    """A form's unsaved words. ``kind`` says which form (``"checkin"``, ``"lapse"``, …) so they can be put back there;
    ``record_id`` is the record the form was editing, if any. ``path`` is set for a draft kept in a file beside the
    journal because the journal itself could not be written."""

    key: str
    kind: str
    label: str
    fields: list[DraftField] = field(default_factory=list)
    record_id: int | None = None
    updated_at: datetime | None = None
    path: Path | None = None

    def has_words(self) -> bool:
        return any(each.text.strip() for each in self.fields)

    def text(self) -> str:
        """The words as one readable text: a lone box as typed, several each under its label."""
        filled = [each for each in self.fields if each.text.strip()]
        if len(filled) == 1:
            return filled[0].text
        return "\n\n".join(f"{each.label}:\n{each.text}" for each in filled)

    def texts(self) -> dict[str, str]:
        return {each.name: each.text for each in self.fields}
