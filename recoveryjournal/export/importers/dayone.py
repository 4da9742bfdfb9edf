"""Day One's JSON export → journal entries; either the zip Day One writes (one ``<journal>.json`` per journal, plus
photos, which are not imported) or a bare JSON file.

Each entry has ``creationDate`` in UTC (``2024-05-18T20:15:00Z``) and the ``timeZone`` it was written in, so the
entry keeps the person's own day and clock time. Day One puts a title on the first line as ``# Title``; tags have no
place of their own here, so they are kept as a last line "Tags: …" rather than lost.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from recoveryjournal.domain.data_import import ImportFileError, ImportPlan, ImportProblem
from recoveryjournal.domain.models import JournalEntry
from recoveryjournal.domain.text_hygiene import clean_input
from recoveryjournal.export.importers.base import Source, decode, load_json, numbered, text_field, zip_members

NAME = "Day One"
ZIP_MAGIC = b"PK\x03\x04"


def parse(data: bytes) -> ImportPlan:
    plan = ImportPlan(NAME)
    for label, document in _documents(data):
        if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
            raise ImportFileError("this does not look like a Day One JSON export: there is no list of “entries”", label)
        for where, record in numbered(document["entries"]):
            place = f"{label}, {where}" if label else where
            try:
                plan.entries.append(_entry(record))
            except ValueError as error:
                plan.problems.append(ImportProblem(place, f"{error}; this entry was skipped"))
    return plan


def _documents(data: bytes) -> list[tuple[str, object]]:
    if not data.startswith(ZIP_MAGIC):
        return [("", load_json(decode(data)))]
    journals = zip_members(Source.of_bytes(data), lambda name: name.lower().endswith(".json"))
    if not journals:
        raise ImportFileError("the zip file holds no Day One journal (no .json file at its top level)")
    documents = []
    for name in sorted(journals):
        try:
            documents.append((name, load_json(decode(journals[name]))))
        except ImportFileError as error:
            raise ImportFileError(error.problem.message, _join(name, error.problem.where)) from None
    return documents


def _join(name: str, where: str) -> str:
    return f"{name}, {where}" if where else name


def _entry(record: object) -> JournalEntry:
    if not isinstance(record, dict):
        raise ValueError("this is not an entry")
    created = text_field(record, "creationDate")
    try:
        moment = datetime.fromisoformat(created.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"“{created}” is not a date and time like 2024-05-18T20:15:00Z") from None
    if moment.tzinfo is None:
        raise ValueError(f"“{created}” has no time zone")
    zone_name = text_field(record, "timeZone")
    try:
        moment = moment.astimezone(ZoneInfo(zone_name)) if zone_name else moment.astimezone()
    except (ZoneInfoNotFoundError, ValueError, OSError):
        moment = moment.astimezone()
    title, body = _split_title(text_field(record, "text"))
    tags = record.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        raise ValueError("“tags” should be a list of words")
    tags = [clean_input(tag) for tag in tags]
    if tags:
        body = f"{body}\n\nTags: {', '.join(tags)}" if body else f"Tags: {', '.join(tags)}"
    return JournalEntry(created_at=moment.replace(microsecond=0), title=title, body=body)


def _split_title(text: str) -> tuple[str, str]:
    first, _, rest = text.partition("\n")
    if first.startswith("# "):
        return first[2:].strip(), rest.lstrip("\n")
    return "", text
