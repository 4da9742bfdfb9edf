"""Daylio CSV export → check-ins (mood, activities, scales) and journal entries (the notes).

Header shapes read: the current ``full_date,date,weekday,time,mood,activities,note_title,note`` (newer exports add
``scales``, some leave out ``note_title``) and the older ``year,date,weekday,time,mood,activities,note`` where the date
is written in the phone's language ("18 May", "May 18", "7 września", "7 de septiembre"; see
``domain/month_names.py``). A file without a header line is recognised by its rows: a year or a full date first, and
7 cells (the older shape), 8 (current) or 9 (current with scales).

Every row becomes something: a check-in for its mood, activities and scales (a mood word with no level keeps the word
in the check-in's note), an entry for its note, or a problem with its line number. Daylio moods are words the person
chose, so each label gets a level from 1 to 5: the person's own (``mood_levels``), Daylio's five defaults, or a level
proposed from the word itself in the languages Daylio is used in; a word we do not know is asked for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time, tzinfo
from functools import cache, lru_cache
from itertools import chain
from operator import itemgetter

from recoveryjournal.domain.data_import import (
    FileNote,
    Found,
    ImportFileError,
    ImportPlan,
    ImportProblem,
    Item,
    MoodLabel,
    Unbuilt,
)
from recoveryjournal.domain.models import CheckIn, JournalEntry
from recoveryjournal.domain.month_names import LANGUAGES, WORD, likely_language, month_of
from recoveryjournal.domain.text_hygiene import neutralise
from recoveryjournal.export.importers.base import (
    Source,
    csv_header,
    csv_records,
    day_zone,
    require_columns,
)
from recoveryjournal.i18n import translate

NAME = "Daylio"
DEFAULT_MOODS = {"rad": 5, "good": 4, "meh": 3, "bad": 2, "awful": 1}
# Mood words a person may have chosen, or Daylio's defaults in other languages, with the level they suggest.
MOOD_WORDS = {
    5: (
        "great",
        "amazing",
        "awesome",
        "excellent",
        "fantastic",
        "happy",
        "super",
        "genial",
        "radiante",
        "génial",
        "toll",
        "fantastico",
        "świetnie",
        "harika",
        "отлично",
        "супер",
        "geweldig",
    ),
    4: ("fine", "nice", "content", "calm", "bien", "bem", "bom", "gut", "bene", "dobrze", "iyi", "хорошо", "goed"),
    3: (
        "ok",
        "okay",
        "alright",
        "neutral",
        "so-so",
        "normal",
        "regular",
        "bof",
        "mittel",
        "così",
        "normalnie",
        "idare",
        "нормально",
        "gewoon",
    ),
    2: (
        "sad",
        "down",
        "low",
        "tired",
        "anxious",
        "stressed",
        "lonely",
        "mal",
        "triste",
        "mau",
        "schlecht",
        "male",
        "źle",
        "kötü",
        "плохо",
        "slecht",
    ),
    1: (
        "terrible",
        "horrible",
        "depressed",
        "miserable",
        "hopeless",
        "horrível",
        "terrível",
        "affreux",
        "schrecklich",
        "orribile",
        "okropnie",
        "berbat",
        "ужасно",
        "verschrikkelijk",
    ),
}
PROPOSED_MOODS = {word: level for level, words in MOOD_WORDS.items() for word in words}
CURRENT = ["full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"]
HEADERLESS = {
    7: ["year", "date", "weekday", "time", "mood", "activities", "note"],
    8: CURRENT,
    9: [*CURRENT, "scales"],
}
FIRST_CELL = re.compile(r"\d{4}(-\d\d-\d\d)?")
CLOCK = re.compile(r"(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*(?:([ap])\.?\s*m?\.?)?", re.IGNORECASE)
LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


@lru_cache(maxsize=1024)
def normal_label(text: str) -> str:
    """A mood word as it is matched: spaces collapsed, case folded, and without the control characters the command
    line cannot show, so a label printed in ``--mood-map`` finds its word again."""
    return " ".join(neutralise(text).split()).casefold()


def proposed_level(label: str) -> int | None:
    label = normal_label(label)
    return DEFAULT_MOODS.get(label) or PROPOSED_MOODS.get(label)


COLUMNS = ("full_date", "year", "date", "time", "mood", "activities", "note_title", "note", "scales")


def read(source: Source, mood_levels: dict[str, int] | None = None) -> Iterator[Item]:
    """Every row as a check-in, an entry or a problem; then the mood labels and how their levels were chosen.

    A file can hold a million rows, so each row's cells are taken by position in one step and the words that
    repeat (moods, activities, times, days) are worked out once each.
    """
    own = {normal_label(label): level for label, level in (mood_levels or {}).items()}
    bad_levels = sorted(label for label, level in own.items() if level not in range(1, 6))
    if bad_levels:
        raise ImportFileError(
            translate("Daylio", "mood levels must be 1 to 5 (check: {join})").format(join=", ".join(bad_levels))
        )
    records = csv_records(source.lines())
    header, first = _header(records)
    # A missing column reads the empty cell appended to every row.
    cells_of = itemgetter(*(header.index(name) if name in header else -1 for name in COLUMNS))
    labels: dict[str, int | None] = {}
    month_words: set[str] = set()

    @lru_cache(maxsize=4096)
    def words_of(mood_text: str, activities: str, scales: str) -> tuple[int | None, str, str]:
        """A row's mood level, activities and check-in note, worked out once for each way a file writes them."""
        label = normal_label(mood_text)
        if label not in labels:
            labels[label] = own.get(label) or proposed_level(label)
        note = _listed(scales, "; ")
        if labels[label] is None and label:
            mood_word = translate("Daylio", "Daylio mood: “{mood_text}”").format(mood_text=mood_text.strip())
            note = "\n".join(part for part in (mood_word, note) if part)
        return labels[label], _listed(activities, ", "), note

    for line, record in chain(first, records):
        if len(record) != len(header):
            if not "".join(record).strip():
                continue
            raise ImportFileError(
                translate("Daylio", "this row has {record} cells but the header has {header}").format(
                    record=len(record), header=len(header)
                ),
                translate("Daylio", "line {line}").format(line=line),
            )
        record.append("")
        full_date, year, day, clock, mood_text, activities, title, note, scales = cells_of(record)
        try:
            on_day, zone = _iso_day_zone(full_date) if full_date else _old_day_zone(day, year, month_words)
            at = _time(clock)
            if zone is None:  # a day the clock changes: the offset depends on the time (a rare, slower case)
                at = _moment(on_day, zone, at)
        except ValueError as error:
            if "".join(record).strip():
                yield ImportProblem(
                    translate("Daylio", "line {line}").format(line=line),
                    translate("Daylio", "{error}; this row was skipped").format(error=error),
                )
            continue
        mood, activities, note_text = words_of(mood_text, activities, scales)
        if title:
            title = title.strip()
        if note:
            note = (LINE_BREAK.sub("\n", note) if "<" in note else note).strip()
        checkin = mood is not None or activities or note_text
        if title or note:
            yield Unbuilt(
                BOTH if checkin else ENTRY, _records, (line, on_day, at, zone, mood, activities, note_text, title, note)
            )
        elif checkin:
            yield Unbuilt(CHECKIN, _records, (line, on_day, at, zone, mood, activities, note_text, title, note))
        else:
            yield ImportProblem(
                translate("Daylio", "line {line}").format(line=line),
                translate("Daylio", "nothing was recorded in this row besides its time; it was skipped"),
            )
    labels.pop("", None)
    for label, level in labels.items():
        how = "yours" if label in own else translate("Daylio", "Daylio's") if label in DEFAULT_MOODS else "proposed"
        yield MoodLabel(label, level, how if level is not None else "unknown")
    language = likely_language(month_words)
    if language not in (None, LANGUAGES["en"]):
        yield FileNote(translate("Daylio", "Dates were read with {language} month names.").format(language=language))


CHECKIN, ENTRY, BOTH = (CheckIn,), (JournalEntry,), (CheckIn, JournalEntry)


def _records(
    line: int,
    day: date,
    at: time | datetime,
    zone: tzinfo | None,
    mood: int | None,
    activities: str,
    note_text: str,
    title: str,
    note: str,
) -> list[Found]:
    """A row's check-in (for its mood, activities and scales) and entry (for its note), read by ``read``; ``at``
    is the row's time, or already its moment on a day the clock changes (``zone`` is then ``None``)."""
    moment = datetime.combine(day, at, zone) if zone is not None else at
    where = translate("Daylio", "line {line}").format(line=line)
    found = []
    if mood is not None or activities or note_text:
        found.append(Found(where, CheckIn(moment, mood, what_happening=activities, note=note_text)))
    if title or note:
        found.append(Found(where, JournalEntry(moment, title, note, mood=mood)))
    return found


def _header(records: Iterator[tuple[int, list[str]]]) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The column names, and the first record again when the file has no header line."""
    for line, record in records:
        names = [name.strip().lower() for name in record]
        if "mood" in names or not (len(record) in HEADERLESS and FIRST_CELL.fullmatch(record[0].strip())):
            header = csv_header(iter([(line, record)]))
            require_columns(header, ("full_date", "year"), ("time",), ("mood",))
            if "full_date" not in header:
                require_columns(header, ("date",))
            return header, []
        return HEADERLESS[len(record)], [(line, record)]
    raise ImportFileError(translate("Daylio", "the file is empty"))


def _listed(text: str, joiner: str) -> str:
    """Daylio's "a | b" list as "a, b"."""
    return joiner.join(part.strip() for part in text.split("|") if part.strip())


@lru_cache(maxsize=4096)
def _iso_day_zone(text: str) -> tuple[date, tzinfo | None]:
    """A day written 2024-05-18 and its local UTC offset (``None`` on a day the offset changes)."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            translate("Importers", "“{text}” is not a date like 2024-05-18").format(text=text.strip())
        ) from None
    return day, day_zone(day)


def _old_day_zone(text: str, year: str, month_words: set[str]) -> tuple[date, tzinfo | None]:
    day = _old_day(text.strip(), year.strip(), month_words)
    return day, day_zone(day)


def _moment(day: date, zone: tzinfo | None, clock: time) -> datetime:
    return datetime.combine(day, clock, zone) if zone is not None else datetime.combine(day, clock).astimezone()


def _old_day(text: str, year: str, month_words: set[str]) -> date:
    """A date like "18 May", "May 18" or "7 września" with the year from its own column."""
    days = re.findall(r"\d+", text)
    months = [(word, found) for word in WORD.findall(text) if (found := month_of(word))]
    if len(days) == 1 and len(months) == 1 and year.isdigit():
        word, (month, _) = months[0]
        month_words.add(word)
        try:
            return date(int(year), month, int(days[0]))
        except ValueError:
            pass
    raise ValueError(
        translate("Importers", "“{text}” is not a date like 18 May 2018").format(text=f"{text} {year}".strip())
    )


@cache
def _time(text: str) -> time:
    found = CLOCK.fullmatch(text.strip())
    if found:
        hour, minute, second, half = found.groups()
        hour, minute = int(hour), int(minute)
        if half and 1 <= hour <= 12:
            hour = hour % 12 + (12 if half.lower() == "p" else 0)
        if not half or hour < 24:
            try:
                return time(hour, minute, int(second or 0))
            except ValueError:
                pass
    raise ValueError(translate("Importers", "“{text}” is not a time like 9:30 pm or 21:30").format(text=text.strip()))


def parse(data: bytes, mood_levels: dict[str, int] | None = None) -> ImportPlan:
    """The whole file as a plan with every record kept (for small files and tests)."""
    return ImportPlan.of(NAME, read(Source.of_bytes(data), mood_levels))
