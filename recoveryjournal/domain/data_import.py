"""What an import will create, what went wrong on the way, and the shape of a full-data dump.

Shared by the file readers in ``export/`` and the writer in ``store/data_io.py``, so neither has to import the
other. Pure data: no Qt, no SQL, no files.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from recoveryjournal.domain.clock import to_iso
from recoveryjournal.domain.measure_models import SleepLog
from recoveryjournal.domain.models import CheckIn, JournalEntry, mood_label
from recoveryjournal.i18n import translate


@dataclass(frozen=True)
class ImportProblem:
    """Something in the file that could not be taken as it was; ``where`` is e.g. "line 4" or "entry 12"."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class ImportFileError(Exception):
    """The file cannot be imported at all, so nothing is written. The message is plain words for the person."""

    def __init__(self, message: str, where: str = "") -> None:
        super().__init__(f"{where}: {message}" if where else message)
        self.problem = ImportProblem(where, message)


Record = JournalEntry | CheckIn | SleepLog


class Found(NamedTuple):
    """A record read from the file, with where it was (``line 4``, ``entry 12``)."""

    where: str
    record: Record


class Unbuilt(NamedTuple):
    """The records of one row of a file, read and checked but not built yet: their kinds, and ``build(*args)``
    giving them as ``Found`` items. A plan that only counts a record never builds it, so counting a file of a
    million rows does not make two million objects."""

    kinds: tuple[type, ...]
    build: Callable[..., list[Found]]
    args: tuple

    def found(self) -> list[Found]:
        return self.build(*self.args)


def built(items: Iterable[Item]) -> Iterator[Item]:
    """``items`` with the records of every ``Unbuilt`` one built, in their place."""
    for item in items:
        if type(item) is Unbuilt:
            yield from item.found()
        else:
            yield item


class Left(NamedTuple):
    """Something the file holds that the journal has no place for (a photo, an audio recording), counted."""

    what: str
    count: int = 1


class FileNote(NamedTuple):
    """Something to tell the person about the file as a whole, e.g. the language its dates were read in."""

    text: str


class MoodLabel(NamedTuple):
    """A mood word in the file (Daylio's moods are words) and the level it is given: ``how`` is ``yours`` (from the
    person's map), ``Daylio's`` (a default label), ``proposed`` (from the word) or ``unknown`` (no level yet)."""

    label: str
    level: int | None
    how: str


Item = Found | Unbuilt | ImportProblem | Left | FileNote | MoodLabel
# In a ``--mood-map`` label these are written after a backslash (``read_mood_map``).
MOOD_MAP_SPECIAL = re.compile(r"[\\,=]")
ESCAPE = r"\\\g<0>"
ESCAPED = re.compile(r"\\(.)", re.DOTALL)
KEPT_PROBLEMS = 1000
COUNT_WORDS: dict[str, Callable[[int], str]] = {  # what a count is of → "1 photo", "3 photos" in the current language
    "photo": lambda n: translate("Counts", "%n photo(s)", None, n),
    "audio": lambda n: translate("Counts", "%n audio recording(s)", None, n),
    "video": lambda n: translate("Counts", "%n video(s)", None, n),
    "pdf": lambda n: translate("Counts", "%n PDF(s)", None, n),
    "journal_entries": lambda n: translate("Counts", "%n journal entry(s)", None, n),
    "checkins": lambda n: translate("Counts", "%n check-in(s)", None, n),
    "sleep": lambda n: translate("Counts", "%n night(s) of sleep", None, n),
    "reflections": lambda n: translate("Counts", "%n reflection(s)", None, n),
    "lapses": lambda n: translate("Counts", "%n lapse(s)", None, n),
    "plan_items": lambda n: translate("Counts", "%n plan item(s)", None, n),
}


def count_of(what: str, count: int) -> str:
    """ "1 journal entry", "3 photos": a count of one of ``COUNT_WORDS`` (another word is shown as it is)."""
    words = COUNT_WORDS.get(what)
    return words(count) if words else f"{count} {what}"


def and_list(parts: list[str]) -> str:
    """ "a", "a and b", "a, b and c" in the current language."""
    if len(parts) < 2:
        return "".join(parts)
    return translate("Counts", "{first} and {last}").format(first=", ".join(parts[:-1]), last=parts[-1])


def fingerprint(source: str, record: Record) -> str:
    """What makes a record the same one when a file is imported again: its app, kind, time and every word and level.

    A record changed in the other app since the last import gets a different fingerprint and comes in as new.
    """
    if isinstance(record, JournalEntry):
        parts = ("entry", when(record), record.title, record.body, str(record.mood), str(record.private))
    elif isinstance(record, SleepLog):
        parts = ("sleep", when(record), str(record.hours), str(record.quality))
    else:
        parts = (
            "checkin",
            when(record),
            str(record.mood),
            "|".join(record.emotions),
            str(record.craving),
            record.substance,
            record.where,
            record.with_whom,
            record.what_happening,
            record.note,
        )
    return hashlib.blake2b("\x1f".join((source, *parts)).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def when(record: Record) -> str:
    if isinstance(record, SleepLog):
        return record.day.isoformat()
    return to_iso(record.created_at if isinstance(record, JournalEntry) else record.at)


def kind_of(record: Record) -> str:
    return {JournalEntry: "entry", CheckIn: "checkin", SleepLog: "sleep"}[type(record)]


class Known:
    """The records an earlier import from the same app already brought in: their fingerprints (with how many of
    each) and their kinds and times, so a record at a known time with other words can be told apart as changed."""

    def __init__(self, rows: Iterable[tuple[str, str]] = (), nights: Iterable[str] = ()) -> None:
        self.fingerprints: Counter[str] = Counter()
        self.times: set[str] = set()
        for print_, moment in rows:
            self.fingerprints[print_] += 1
            self.times.add(moment)
        self.nights = set(nights)  # days that already have a sleep log, from an import or typed in: it stays
        self.empty = not self.times and not self.nights

    def sort(self, source: str, record: Record) -> tuple[str, str]:
        """(fingerprint, ``new`` | ``already`` | ``changed``); each known fingerprint matches one record only."""
        print_ = fingerprint(source, record)
        if isinstance(record, SleepLog) and when(record) in self.nights:
            return print_, "already"
        if self.fingerprints[print_] > 0:
            self.fingerprints[print_] -= 1
            return print_, "already"
        return print_, "changed" if f"{kind_of(record)} {when(record)}" in self.times else "new"


@dataclass
class ImportPlan:
    """What an import from another app would do, shown as a preview before anything is written.

    ``entries`` and ``checkins`` hold the records that would be added, at most ``keep`` of each (``None``: all, for
    small files and tests); the counts cover the whole file, so a file of a million rows needs little memory.
    """

    source: str
    entries: list[JournalEntry] = field(default_factory=list)
    checkins: list[CheckIn] = field(default_factory=list)
    sleep: list[SleepLog] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    changed: list[ImportProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    left: Counter[str] = field(default_factory=Counter)
    moods: list[MoodLabel] = field(default_factory=list)
    keep: int | None = None
    again: Callable[[], Iterable[Item]] | None = None
    entry_count: int = 0
    checkin_count: int = 0
    sleep_count: int = 0
    already: int = 0
    problem_count: int = 0
    changed_count: int = 0

    @classmethod
    def of(cls, source: str, items: Iterable[Item], known: Known | None = None, keep: int | None = None) -> ImportPlan:
        """Read every item; a file with no records at all is refused with one line saying why."""
        plan = cls(source, keep=keep)
        known = known or Known()
        take, count = plan._take, plan._count
        full: set[type] = set()  # kinds of which ``keep`` records are kept: the rest are only counted
        counted: Counter[tuple[type, ...]] = Counter()  # unbuilt records only counted, by the kinds of each row
        for item in items:
            if type(item) is Unbuilt:
                if known.empty and full.issuperset(item.kinds):
                    counted[item.kinds] += 1  # the common case of a large file: nothing built, nothing called
                    continue
                inner: Iterable[Item] = item.found()
            else:
                inner = (item,)
            for each in inner:
                if known.empty and type(each) is Found:
                    if count(each.record):
                        full.add(type(each.record))
                else:
                    take(each, known)
        for kinds, number in counted.items():
            for kind in kinds:
                plan._add(kind, number)
        if not plan.entry_count + plan.checkin_count + plan.sleep_count + plan.already:
            if plan.problem_count:
                raise ImportFileError(
                    translate(
                        "Import",
                        "nothing in this file could be read as {source} ({count} of its records were refused, the "
                        "first at {first}); check that you chose the right kind of file",
                    ).format(source=source, count=plan.problem_count, first=plan.problems[0])
                )
            raise ImportFileError(translate("Import", "there are no records in this file"))
        return plan

    def _take(self, item: Item, known: Known) -> None:
        if isinstance(item, Found):
            if known.empty or self._is_new(item, known):
                self._count(item.record)
        elif isinstance(item, ImportProblem):
            self.problem_count += 1
            if len(self.problems) < KEPT_PROBLEMS:
                self.problems.append(item)
        elif isinstance(item, Left):
            self.left[item.what] += item.count
        elif isinstance(item, FileNote):
            self.notes.append(item.text)
        else:
            self.moods.append(item)

    def _is_new(self, item: Found, known: Known) -> bool:
        _, status = known.sort(self.source, item.record)
        if status == "already":
            self.already += 1
        elif status == "changed":
            self.changed_count += 1
            if len(self.changed) < KEPT_PROBLEMS:
                words = translate("Import", "changed since it was last imported; comes in new")
                self.changed.append(ImportProblem(item.where, words))
        return status != "already"

    def _count(self, record: Record) -> bool:
        """Count ``record`` and keep it if there is room; ``True`` once no more of its kind are kept."""
        kept = self._add(type(record), 1)
        if self.keep is None:
            kept.append(record)
            return False
        if len(kept) < self.keep:
            kept.append(record)
        return len(kept) >= self.keep

    def _add(self, kind: type, number: int) -> list:
        """Add ``number`` to the count of records of ``kind``; the list of those kept."""
        if kind is JournalEntry:
            self.entry_count += number
            return self.entries
        if kind is SleepLog:
            self.sleep_count += number
            return self.sleep
        self.checkin_count += number
        return self.checkins

    def counts(self) -> dict[str, int]:
        return {
            "journal entries": self.entry_count,
            "check-ins": self.checkin_count,
            "nights of sleep": self.sleep_count,
        }

    def summary(self) -> str:
        """E.g. "1 journal entry and 12 check-ins", or "…, 12 check-ins and 3 nights of sleep"."""
        parts = [count_of("journal_entries", self.entry_count), count_of("checkins", self.checkin_count)]
        if self.sleep_count:
            parts.append(count_of("sleep", self.sleep_count))
        return and_list(parts)

    def is_empty(self) -> bool:
        return not self.entry_count and not self.checkin_count and not self.sleep_count

    def mood_map(self) -> str:
        """The moods as ``--mood-map`` takes them, e.g. ``rad=5,good=4,depressed=1``; a word with no level yet is
        written with the middle level, 3, for the person to change. See ``read_mood_map`` for the escapes."""
        return ",".join(f"{MOOD_MAP_SPECIAL.sub(ESCAPE, mood.label)}={mood.level or 3}" for mood in self.moods)

    def left_behind(self) -> str:
        """E.g. "3 photos and 1 audio recording", or "" when the file held nothing without a place here."""
        return and_list([count_of(what, count) for what, count in sorted(self.left.items())])

    def preview(self, limit: int = 5) -> list[tuple[str, str, str]]:
        """The first records of each kind as (kind, when, words) rows, oldest first, as the journal will show them."""
        rows = [
            (translate("Import", "Journal entry"), entry.created_at.strftime("%Y-%m-%d %H:%M"), entry_words(entry))
            for entry in sorted(self.entries, key=lambda entry: entry.created_at)[:limit]
        ]
        rows.extend(
            (translate("Import", "Check-in"), checkin.at.strftime("%Y-%m-%d %H:%M"), checkin_words(checkin))
            for checkin in sorted(self.checkins, key=lambda checkin: checkin.at)[:limit]
        )
        rows.extend(
            (
                translate("Import", "Sleep"),
                translate("Import", "night before {day}").format(day=night.day.isoformat()),
                hours_slept(night.hours),
            )
            for night in sorted(self.sleep, key=lambda night: night.day)[:limit]
            if night.hours is not None
        )
        return rows


def hours_slept(hours: float) -> str:
    """7.5 as "7 h 30 min"."""
    whole, minutes = int(hours), round((hours - int(hours)) * 60)
    if minutes == 60:
        whole, minutes = whole + 1, 0
    return f"{whole} h {minutes} min" if minutes else f"{whole} h"  # symbols, the same in both languages


def entry_words(entry: JournalEntry) -> str:
    """An entry's title and first line, and its mood, as one line."""
    words = " — ".join(part for part in (entry.title, first_line(entry.body)) if part)
    if not entry.mood:
        return words
    return translate("Import", "{words} (mood {level}, {mood})").format(
        words=words, level=entry.mood, mood=mood_label(entry.mood)
    )


def checkin_words(checkin: CheckIn) -> str:
    """A check-in's mood, emotions, what was happening and note, as one line."""
    if checkin.mood:
        mood = translate("Import", "mood {level}, {mood}").format(level=checkin.mood, mood=mood_label(checkin.mood))
    else:
        mood = translate("Import", "no mood")
    parts = (mood, ", ".join(checkin.emotions), checkin.what_happening, first_line(checkin.note))
    return "; ".join(part for part in parts if part)


def counted(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def first_line(text: str, width: int = 80) -> str:
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= width else line[: width - 1] + "…"


@dataclass(frozen=True)
class Column:
    """One column of a journal table as a full-data file carries it.

    ``kind`` is ``int``, ``float`` or ``str``; ``empty_is_text`` says an empty CSV cell means ``""`` (text columns
    that are required or default to text) rather than "no value".
    """

    name: str
    kind: type
    not_null: bool = False
    empty_is_text: bool = False


TableSpec = dict[str, list[Column]]


@dataclass
class DataDump:
    """Every row of every journal table, exactly as stored, with the versions that wrote it."""

    schema_version: int
    app_version: str
    exported_at: str
    tables: dict[str, list[dict]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        return {table: len(rows) for table, rows in self.tables.items()}


def read_mood_map(text: str) -> dict[str, int]:
    """``--mood-map`` as labels and levels: ``LABEL=LEVEL`` parts joined by commas, the level after a label's last
    ``=``. In a label, ``\\,`` is a comma, ``\\=`` an equals sign and ``\\\\`` a backslash (``mood_map`` writes them
    so). Raises ``ValueError`` naming the first part that is not a label and a level from 1 to 5."""
    levels = {}
    for part in _cut(text, ","):
        *label_pieces, level = _cut(part, "=")
        label = ESCAPED.sub(r"\1", "=".join(label_pieces)).strip()
        if not label or not level.strip().isdigit() or int(level) not in range(1, 6):
            raise ValueError(part.strip())
        levels[label] = int(level)
    return levels


def _cut(text: str, mark: str) -> list[str]:
    """``text`` cut at each ``mark`` that no backslash escapes; the escapes stay in the pieces."""
    pieces, start, index = [], 0, 0
    while index < len(text):
        if text[index] == "\\":
            index += 2
            continue
        if text[index] == mark:
            pieces.append(text[start:index])
            start = index + 1
        index += 1
    return [*pieces, text[start:]]
