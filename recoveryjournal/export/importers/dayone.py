"""Day One's JSON export → journal entries; either the zip Day One writes (one ``<journal>.json`` per journal, plus
photos and other media, which are not imported) or a bare JSON file.

Each entry has ``creationDate`` in UTC (``2024-05-18T20:15:00Z``) and the ``timeZone`` it was written in, so the
entry keeps the person's own day and clock time. Day One writes its text as Markdown: a title on the first line as
``# Title``, punctuation escaped (``Still alive\\.\\.\\.``) and a link like ``![](dayone-moment://…)`` where a photo,
audio recording, video or PDF sat. The escapes are taken out; each media link is replaced by one line at the end
("1 photo not imported") and counted in the preview. Tags and a star have no place of their own here, so they are
kept on a last line, "Tags: …, starred", rather than lost.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from functools import reduce
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from recoveryjournal.domain.data_import import (
    Found,
    ImportFileError,
    ImportPlan,
    ImportProblem,
    Item,
    Left,
    count_of,
)
from recoveryjournal.domain.models import JournalEntry
from recoveryjournal.export.importers.base import (
    Source,
    decode,
    load_json,
    numbered,
    tag_line,
    text_field,
    zip_members,
)
from recoveryjournal.i18n import translate

NAME = "Day One"
ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~=])")
MEDIA_LINK = re.compile(r"!\[[^\]\n]*\]\(dayone-moment:/?/?(?:(audio|video|pdfAttachment)/)?[^)\s]*\)[ \t]*\n?")
MEDIA_LISTS = {"photos": "photo", "audios": "audio", "videos": "video", "pdfAttachments": "pdf"}
LINK_KINDS = {None: "photo", "audio": "audio", "video": "video", "pdfAttachment": "pdf"}


def read(source: Source) -> Iterator[Item]:
    for label, document in _documents(source):
        if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
            raise ImportFileError(
                translate("Dayone", "this does not look like a Day One JSON export: there is no list of “entries”"),
                label,
            )
        for where, record in numbered(document["entries"]):
            place = f"{label}, {where}" if label else where
            try:
                entry, media = _entry(record)
            except ValueError as error:
                yield ImportProblem(place, translate("Dayone", "{error}; this entry was skipped").format(error=error))
                continue
            yield Found(place, entry)
            yield from (Left(what, count) for what, count in media.items())


def parse(data: bytes) -> ImportPlan:
    """The whole file as a plan with every record kept (for small files and tests)."""
    return ImportPlan.of(NAME, read(Source.of_bytes(data)))


def _documents(source: Source) -> Iterator[tuple[str, object]]:
    if not source.is_zip():
        yield "", load_json(decode(source.read()))
        return
    journals = zip_members(source, lambda name: name.lower().endswith(".json"))
    if not journals:
        raise ImportFileError(
            translate("Dayone", "the zip file holds no Day One journal (no .json file at its top level)")
        )
    for name in sorted(journals):
        try:
            document = load_json(decode(journals.pop(name)))
        except ImportFileError as error:
            raise ImportFileError(error.problem.message, _join(name, error.problem.where)) from None
        yield name, document


def _join(name: str, where: str) -> str:
    return f"{name}, {where}" if where else name


def _entry(record: object) -> tuple[JournalEntry, Counter[str]]:
    if not isinstance(record, dict):
        raise ValueError(translate("Importers", "this is not an entry"))
    created = text_field(record, "creationDate")
    try:
        moment = datetime.fromisoformat(created.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(
            translate("Importers", "“{text}” is not a date and time like 2024-05-18T20:15:00Z").format(text=created)
        ) from None
    if moment.tzinfo is None:
        raise ValueError(translate("Importers", "“{text}” has no time zone").format(text=created))
    zone_name = text_field(record, "timeZone")
    try:
        moment = moment.astimezone(ZoneInfo(zone_name)) if zone_name else moment.astimezone()
    except (ZoneInfoNotFoundError, ValueError, OSError):
        moment = moment.astimezone()
    text, media = _without_media(text_field(record, "text"), record)
    title, body = _split_title(text)
    tags = record.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        raise ValueError(translate("Importers", "“tags” should be a list of words"))
    tags = [text_field({"tag": tag}, "tag") for tag in tags] + (["starred"] if record.get("starred") is True else [])
    if media:
        parts = [count_of(what, count) for what, count in sorted(media.items())]
        joined = reduce(
            lambda first, last: translate("Counts", "{first} and {last}").format(first=first, last=last), parts
        )
        body = "\n\n".join(
            part for part in (body, translate("Dayone", "{join} not imported").format(join=joined)) if part
        )
    return JournalEntry(created_at=moment.replace(microsecond=0), title=title, body=tag_line(body, tags)), media


def _without_media(text: str, record: dict) -> tuple[str, Counter[str]]:
    """The text without its media links, and how many of each kind of media the entry had."""
    linked: Counter[str] = Counter()
    for found in MEDIA_LINK.finditer(text):
        linked[LINK_KINDS[found.group(1)]] += 1
    listed = Counter(
        {kind: len(items) for key, kind in MEDIA_LISTS.items() if isinstance(items := record.get(key), list) and items}
    )
    media = Counter({kind: max(linked[kind], listed[kind]) for kind in linked.keys() | listed.keys()})
    return ESCAPED.sub(r"\1", MEDIA_LINK.sub("", text)).strip(), media


def _split_title(text: str) -> tuple[str, str]:
    first, _, rest = text.partition("\n")
    if first.startswith("# "):
        return first[2:].strip(), rest.lstrip("\n")
    return "", text
