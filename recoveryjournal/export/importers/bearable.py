"""Bearable's CSV export → check-ins and journal entries.

Bearable writes one row per thing tracked: ``date, weekday, time of day, category, rating/amount, detail, notes``
(older exports also have ``date formatted``), with dates like ``22nd Sep 2020`` or ``2020-09-22``. The time of day is
a clock time (``03:00``, ``9:15``) or a part of the day, placed at these times:

====================  =====
``am`` (morning)      09:00
``mid`` (midday)      13:00
``pm`` (evening)      19:00
``pre`` (before bed)  22:00
``all day`` or none   12:00
====================  =====

Rows of one day and time become one check-in:

- ``Mood``: the rating on 1–10 gives the check-in's mood (1–2 → 1, 3–4 → 2, 5–6 → 3, 7–8 → 4, 9–10 → 5) and is kept as
  written ("Mood 7/10"); the feelings in ``detail`` (``Meh | Anxious``) become its emotions: those the journal
  offers in its own words ("anxious"), the others as written ("Meh"), which the check-in window shows as extra
  chips and keeps when the check-in is edited.
- ``Sleep`` (hours, or a duration like ``7:30``): the day's sleep log, as hours slept the night before that day (a
  night already logged in the journal keeps what is there); a second sleep row that day, or one with words, is a
  readable line like the categories below.
- ``Symptom``, ``Factors``, ``Energy``, ``Sleep factors``, ``Meds/Supplements``, ``Food Diary`` and any other
  category: the journal has no place of their own for them (medications are a list the person keeps, with a dose
  and schedule Bearable does not export), so each is a readable line under "what was happening", e.g.
  "Symptom: Stress (Mild)", "Meds/Supplements: Sertraline 50mg".
- Row notes go into the check-in's note.

``Gratitudes`` become one journal entry per day titled "Gratitude", one line each; ``Notes``/``Journal`` rows become
an entry each. A row that cannot be read is listed with its line number.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time

from recoveryjournal.domain.data_import import Found, ImportPlan, ImportProblem, Item, hours_slept
from recoveryjournal.domain.measure_models import SleepLog
from recoveryjournal.domain.models import EMOTIONS, CheckIn, JournalEntry
from recoveryjournal.domain.month_names import month_of
from recoveryjournal.export.importers.base import CsvRow, Source, csv_header, csv_records, csv_rows, local_at
from recoveryjournal.export.importers.base import require_columns as require
from recoveryjournal.i18n import translate

NAME = "Bearable"
MIDDAY = time(12)
PARTS_OF_DAY = {
    "": MIDDAY,
    "all day": MIDDAY,
    "am": time(9),
    "morning": time(9),
    "mid": time(13),
    "midday": time(13),
    "afternoon": time(13),
    "pm": time(19),
    "evening": time(19),
    "pre": time(22),
    "before bed": time(22),
    "night": time(22),
}
ENTRY_CATEGORIES = {"notes", "note", "journal"}
GRATITUDE_CATEGORIES = {"gratitude", "gratitudes"}
CLOCK = re.compile(r"(\d{1,2})[:.](\d{2})")
WRITTEN_DATE = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\.?\s+([^\W\d_]+)\.?,?\s+(\d{4})")


@dataclass
class _Moment:
    where: str
    at: datetime
    ratings: list[float] = field(default_factory=list)
    emotions: list[str] = field(default_factory=list)
    happening: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def read(source: Source) -> Iterator[Item]:
    records = csv_records(source.lines())
    header = csv_header(records)
    require(header, (translate("Bearable", "date formatted"), "date"), ("category",), ("rating/amount",))
    moments: dict[datetime, _Moment] = {}
    gratitudes: dict[date, JournalEntry] = {}
    nights: dict[date, Found] = {}
    unknown_times: set[str] = set()
    for row in csv_rows(header, records):
        where = translate("Bearable", "line {line}").format(line=row.line)
        label = " ".join(row.cells.get("time of day", "").split())
        clock = _time_of_day(label)
        if clock is None:
            clock = MIDDAY
            if label not in unknown_times:
                unknown_times.add(label)
                yield ImportProblem(
                    where,
                    translate("Bearable", "the time of day “{label}” is not one Bearable uses; put at midday").format(
                        label=label
                    ),
                )
        try:
            at = local_at(_day(row), clock)
            found = _take(row, where, at, moments, gratitudes, nights)
        except ValueError as error:
            yield ImportProblem(where, translate("Bearable", "{error}; this row was skipped").format(error=error))
            continue
        if found is not None:
            yield found
    for moment in sorted(moments.values(), key=lambda moment: moment.at):
        yield Found(moment.where, _checkin(moment))
    for day in sorted(gratitudes):
        yield Found(translate("Bearable", "gratitudes of {day}").format(day=day.isoformat()), gratitudes[day])
    for day in sorted(nights):
        yield nights[day]


def parse(data: bytes) -> ImportPlan:
    """The whole file as a plan with every record kept (for small files and tests)."""
    return ImportPlan.of(NAME, read(Source.of_bytes(data)))


def _take(
    row: CsvRow,
    where: str,
    at: datetime,
    moments: dict[datetime, _Moment],
    gratitudes: dict[date, JournalEntry],
    nights: dict[date, Found],
) -> Found | None:
    """Put one row where it belongs; an entry of its own comes back, a day's first sleep goes to ``nights``, and
    everything else joins its moment."""
    category = " ".join(row.cells["category"].split())
    key = category.casefold()
    rating = row.cells["rating/amount"].strip()
    detail = row.cells.get("detail", "").strip()
    notes = row.cells.get("notes", "").strip()
    if not (rating or detail or notes):
        raise ValueError(translate("Importers", "nothing was recorded for “{category}”").format(category=category))
    if key in ENTRY_CATEGORIES:
        return Found(where, JournalEntry(created_at=at, body="\n\n".join(part for part in (detail, notes) if part)))
    if key in GRATITUDE_CATEGORIES:
        lines = "\n".join(part for part in (detail, notes) if part)
        entry = gratitudes.get(at.date())
        if entry is None:
            gratitudes[at.date()] = JournalEntry(created_at=at, title=translate("Bearable", "Gratitude"), body=lines)
        else:
            entry.body = f"{entry.body}\n{lines}"
        return None
    mood = _rating(rating) if key == "mood" and rating else None
    hours = _hours(rating) if key == "sleep" else None
    if hours is not None and at.date() not in nights and not (detail or notes):
        nights[at.date()] = Found(where, SleepLog(at.date(), hours))
        return None
    moment = moments.setdefault(at, _Moment(where, at))
    if mood is not None:
        moment.ratings.append(mood)
        moment.happening.append(translate("Bearable", "Mood {rating}/10").format(rating=rating))
        moment.emotions.extend(
            feeling.casefold() if feeling.casefold() in EMOTIONS else feeling for feeling in _parts(detail)
        )
    elif hours is not None:
        moment.happening.append(
            " ".join(
                part
                for part in (
                    translate("Bearable", "Sleep: {hours_slept}").format(hours_slept=hours_slept(hours)),
                    detail,
                )
                if part
            )
        )
    else:
        value = ", ".join(_parts(detail))
        value = f"{value} ({rating})" if value and rating else value or rating
        moment.happening.append(f"{category or translate('Bearable', 'Other')}: {value}" if value else category)
    if notes:
        moment.notes.append(notes)
    return None


def _checkin(moment: _Moment) -> CheckIn:
    mood = _level(moment.ratings[-1]) if moment.ratings else None
    return CheckIn(
        at=moment.at,
        mood=mood,
        emotions=list(dict.fromkeys(moment.emotions)),
        what_happening="; ".join(moment.happening),
        note="\n".join(moment.notes),
    )


def _parts(detail: str) -> list[str]:
    return [part.strip() for part in detail.split("|") if part.strip()]


def _day(row: CsvRow) -> date:
    text = (row.cells.get("date formatted") or row.cells.get("date") or "").strip()
    for candidate in (text, text[:10]):
        try:
            return date.fromisoformat(candidate)
        except ValueError:
            continue
    written = WRITTEN_DATE.fullmatch(text)
    month = month_of(written.group(2)) if written else None
    if written and month:
        try:
            return date(int(written.group(3)), month[0], int(written.group(1)))
        except ValueError:
            pass
    numbers = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
    if numbers:
        try:
            return date(int(numbers.group(3)), int(numbers.group(2)), int(numbers.group(1)))
        except ValueError:
            pass
    raise ValueError(
        translate("Importers", "“{text}” is not a date like 22nd Sep 2020 or 2020-09-22").format(text=text)
    )


def _time_of_day(text: str) -> time | None:
    """The clock time for Bearable's time-of-day label, or its own clock time ("3:04", "21:30"); ``None`` when it
    is neither."""
    key = text.casefold()
    if key in PARTS_OF_DAY:
        return PARTS_OF_DAY[key]
    clock = CLOCK.fullmatch(key)
    if clock and int(clock.group(1)) < 24 and int(clock.group(2)) < 60:
        return time(int(clock.group(1)), int(clock.group(2)))
    return None


def _rating(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise ValueError(translate("Importers", "the mood rating “{text}” is not a number").format(text=text)) from None
    if not math.isfinite(value) or not 0 <= value <= 10:
        raise ValueError(translate("Importers", "the mood rating “{text}” is outside 0 to 10").format(text=text))
    return value


def _level(rating: float) -> int:
    """A rating on Bearable's 1–10 scale as a level from 1 to 5."""
    return min(5, max(1, math.ceil(rating / 2)))


def _hours(text: str) -> float | None:
    """Sleep as Bearable writes it, "7.5" hours or a duration "7:30", in hours; ``None`` when it is neither."""
    clock = CLOCK.fullmatch(text)
    if clock:
        return int(clock.group(1)) + int(clock.group(2)) / 60
    try:
        hours = float(text)
    except ValueError:
        return None
    return hours if math.isfinite(hours) and 0 <= hours <= 24 else None
