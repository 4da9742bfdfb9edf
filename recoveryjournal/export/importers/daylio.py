"""Daylio CSV export → check-ins (mood and activities) and journal entries (the notes).

Two header shapes are read: the current ``full_date,date,weekday,time,mood,activities,note_title,note`` (newer
exports may add ``scales`` or leave out ``note_title``) and the older ``year,date,weekday,time,mood,activities,note``
where the date is written like "18 May". Daylio moods are words the person chose ("rad", "good", "meh", "bad",
"awful" by default, or their own), so the person maps each label to a level from 1 to 5.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from recoveryjournal.domain.data_import import ImportFileError, ImportPlan, ImportProblem
from recoveryjournal.domain.models import CheckIn, JournalEntry
from recoveryjournal.export.importers.base import CsvRow, decode, local, read_csv, require_columns

NAME = "Daylio"
DEFAULT_MOODS = {"rad": 5, "good": 4, "meh": 3, "bad": 2, "awful": 1}
TIME_FORMATS = ("%I:%M %p", "%I:%M%p", "%H:%M", "%H:%M:%S")
OLD_DATE_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y")
LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _rows(data: bytes) -> tuple[list[str], list[CsvRow]]:
    header, rows = read_csv(decode(data))
    require_columns(header, ("full_date", "year"), ("time",), ("mood",))
    if "full_date" not in header:
        require_columns(header, ("date",))
    return header, rows


def mood_labels(data: bytes) -> list[str]:
    """Every mood label in the file, in the order first seen, so the person can give each a level."""
    _, rows = _rows(data)
    return list(dict.fromkeys(label for row in rows if (label := normal_label(row.cells["mood"]))))


def suggested_levels(labels: list[str]) -> dict[str, int]:
    """Daylio's five default moods get their usual levels; the person sets the rest."""
    return {label: DEFAULT_MOODS[label] for label in labels if label in DEFAULT_MOODS}


def normal_label(text: str) -> str:
    return " ".join(text.split()).casefold()


def parse(data: bytes, mood_levels: dict[str, int] | None = None) -> ImportPlan:
    """Read the whole file; rows that cannot be used are reported with their line and skipped.

    ``mood_levels`` gives labels their levels; Daylio's default labels keep their usual levels unless given.
    """
    levels = {normal_label(label): level for label, level in {**DEFAULT_MOODS, **(mood_levels or {})}.items()}
    bad_levels = sorted(label for label, level in levels.items() if level not in range(1, 6))
    if bad_levels:
        raise ImportFileError(f"mood levels must be 1 to 5 (check: {', '.join(bad_levels)})")
    _, rows = _rows(data)
    plan = ImportPlan(NAME)
    unmapped: set[str] = set()
    for row in rows:
        where = f"line {row.line}"
        try:
            at = local(datetime.combine(_day(row.cells), _time(row.cells["time"])))
        except ValueError as error:
            plan.problems.append(ImportProblem(where, f"{error}; this row was skipped"))
            continue
        label = normal_label(row.cells["mood"])
        mood = levels.get(label)
        if label and mood is None and label not in unmapped:
            unmapped.add(label)
            plan.problems.append(ImportProblem(where, f"the mood “{label}” has no level, so it comes in without one"))
        activities = ", ".join(part.strip() for part in row.cells.get("activities", "").split("|") if part.strip())
        if mood is not None or activities:
            plan.checkins.append(CheckIn(at=at, mood=mood, what_happening=activities))
        title = row.cells.get("note_title", "").strip()
        note = LINE_BREAK.sub("\n", row.cells.get("note", "")).strip()
        if title or note:
            plan.entries.append(JournalEntry(created_at=at, title=title, body=note, mood=mood))
    return plan


def _day(cells: dict[str, str]) -> date:
    if cells.get("full_date", "").strip():
        text = cells["full_date"].strip()
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"“{text}” is not a date like 2024-05-18") from None
    text = f"{cells.get('date', '').strip()} {cells.get('year', '').strip()}"
    for pattern in OLD_DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(f"“{text.strip()}” is not a date like 18 May 2018")


def _time(text: str) -> time:
    cleaned = text.strip().upper().replace(".", "")
    for pattern in TIME_FORMATS:
        try:
            return datetime.strptime(cleaned, pattern).time()
        except ValueError:
            continue
    raise ValueError(f"“{text.strip()}” is not a time like 9:30 pm or 21:30")
