"""jrnl's JSON export (``jrnl --export json``) → journal entries.

The file looks like ``{"tags": {"@work": 3}, "entries": [{"date": "2024-05-18", "time": "21:30", "title": "...",
"body": "...", "tags": ["@work"], "starred": false}]}``. jrnl keeps tags inside the words, so the title and body
usually carry them already; tags found only in the ``tags`` list, and ``starred`` (the journal has no favourite flag),
are kept on a last line of the entry: "Tags: @work, starred".
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time

from recoveryjournal.domain.data_import import Found, ImportFileError, ImportPlan, ImportProblem, Item
from recoveryjournal.domain.models import JournalEntry
from recoveryjournal.export.importers.base import Source, decode, load_json, local, numbered, tag_line, text_field
from recoveryjournal.i18n import translate

NAME = "jrnl"


def read(source: Source) -> Iterator[Item]:
    document = load_json(decode(source.read()))
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise ImportFileError(
            translate("Jrnl", "this does not look like a jrnl JSON export: there is no list of “entries”")
        )
    for where, record in numbered(document["entries"]):
        try:
            yield Found(where, _entry(record))
        except ValueError as error:
            yield ImportProblem(where, translate("Jrnl", "{error}; this entry was skipped").format(error=error))


def parse(data: bytes) -> ImportPlan:
    """The whole file as a plan with every record kept (for small files and tests)."""
    return ImportPlan.of(NAME, read(Source.of_bytes(data)))


def _entry(record: object) -> JournalEntry:
    if not isinstance(record, dict):
        raise ValueError(translate("Importers", "this is not an entry"))
    day_text, time_text = text_field(record, "date"), text_field(record, "time") or "00:00"
    try:
        day = date.fromisoformat(day_text)
    except ValueError:
        raise ValueError(
            translate("Importers", "“{text}” is not a date like 2024-05-18").format(text=day_text)
        ) from None
    try:
        clock = time.fromisoformat(time_text)
    except ValueError:
        raise ValueError(translate("Importers", "“{text}” is not a time like 21:30").format(text=time_text)) from None
    title, body = text_field(record, "title"), text_field(record, "body")
    words = f"{title}\n{body}".casefold()
    tags = [tag for tag in _tags(record) if tag.casefold() not in words]
    if record.get("starred") is True:
        tags.append("starred")
    return JournalEntry(created_at=local(datetime.combine(day, clock)), title=title, body=tag_line(body, tags))


def _tags(record: dict) -> list[str]:
    tags = record.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        raise ValueError(translate("Importers", "“tags” should be a list of words"))
    return [text_field({"tag": tag}, "tag") for tag in tags]
