"""jrnl's JSON export (``jrnl --export json``) → journal entries.

The file looks like ``{"tags": {"@work": 3}, "entries": [{"date": "2024-05-18", "time": "21:30", "title": "...",
"body": "...", "tags": ["@work"], "starred": false}]}``. jrnl keeps tags inside the words, so the title and body carry
them already; a starred entry has no counterpart here and comes in as an ordinary entry.
"""

from __future__ import annotations

from datetime import date, datetime, time

from recoveryjournal.domain.data_import import ImportFileError, ImportPlan, ImportProblem
from recoveryjournal.domain.models import JournalEntry
from recoveryjournal.export.importers.base import decode, load_json, local, numbered, text_field

NAME = "jrnl"


def parse(data: bytes) -> ImportPlan:
    document = load_json(decode(data))
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise ImportFileError("this does not look like a jrnl JSON export: there is no list of “entries”")
    plan = ImportPlan(NAME)
    for where, record in numbered(document["entries"]):
        try:
            plan.entries.append(_entry(record))
        except ValueError as error:
            plan.problems.append(ImportProblem(where, f"{error}; this entry was skipped"))
    return plan


def _entry(record: object) -> JournalEntry:
    if not isinstance(record, dict):
        raise ValueError("this is not an entry")
    day_text, time_text = text_field(record, "date"), text_field(record, "time") or "00:00"
    try:
        day = date.fromisoformat(day_text)
    except ValueError:
        raise ValueError(f"“{day_text}” is not a date like 2024-05-18") from None
    try:
        clock = time.fromisoformat(time_text)
    except ValueError:
        raise ValueError(f"“{time_text}” is not a time like 21:30") from None
    return JournalEntry(
        created_at=local(datetime.combine(day, clock)),
        title=text_field(record, "title"),
        body=text_field(record, "body"),
    )
