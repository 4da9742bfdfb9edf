"""Bearable's CSV export → check-ins and journal entries.

Bearable writes one row per thing tracked: ``date, date formatted, weekday, time of day, category, rating/amount,
detail, notes``. Rows of one day and time of day become one check-in: the mood rating (Bearable's 0–10 scale, or
1–5 when every rating in the file is 5 or under) gives its mood level, other categories (energy, sleep, symptoms,
factors …) are listed under "what was happening", and row notes go into its note. Rows in a notes, journal or
gratitude category become journal entries.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime, time

from recoveryjournal.domain.data_import import ImportPlan, ImportProblem
from recoveryjournal.domain.models import CheckIn, JournalEntry
from recoveryjournal.export.importers.base import CsvRow, decode, local, read_csv, require_columns

NAME = "Bearable"
MIDDAY = time(12)
TIMES_OF_DAY = {
    "": MIDDAY,
    "all day": MIDDAY,
    "am": time(9),
    "morning": time(9),
    "mid": time(13),
    "midday": time(13),
    "afternoon": time(13),
    "pm": time(19),
    "evening": time(19),
    "night": time(22),
}
ENTRY_CATEGORIES = {"notes", "note", "journal", "gratitude"}


@dataclass
class _Moment:
    at: datetime
    ratings: list[float] = field(default_factory=list)
    happening: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def parse(data: bytes) -> ImportPlan:
    header, rows = read_csv(decode(data))
    require_columns(header, ("date formatted", "date"), ("category",), ("rating/amount",))
    plan = ImportPlan(NAME)
    moments: dict[datetime, _Moment] = {}
    unknown_times: set[str] = set()
    for row in rows:
        where = f"line {row.line}"
        try:
            label = row.cells.get("time of day", "")
            clock = _time_of_day(label)
            if clock is None:
                clock = MIDDAY
                if label.strip() not in unknown_times:
                    unknown_times.add(label.strip())
                    plan.problems.append(
                        ImportProblem(
                            where, f"the time of day “{label.strip()}” is not one Bearable uses; put at midday"
                        )
                    )
            at = local(datetime.combine(_day(row), clock))
            _take(row, at, moments, plan)
        except ValueError as error:
            plan.problems.append(ImportProblem(where, f"{error}; this row was skipped"))
    scale = 10 if any(rating > 5 for moment in moments.values() for rating in moment.ratings) else 5
    for moment in sorted(moments.values(), key=lambda moment: moment.at):
        if not (moment.ratings or moment.happening or moment.notes):
            continue
        mood = _level(moment.ratings[-1], scale) if moment.ratings else None
        plan.checkins.append(
            CheckIn(at=moment.at, mood=mood, what_happening="; ".join(moment.happening), note="\n".join(moment.notes))
        )
    return plan


def _take(row: CsvRow, at: datetime, moments: dict[datetime, _Moment], plan: ImportPlan) -> None:
    category = row.cells["category"].strip()
    rating = row.cells["rating/amount"].strip()
    detail = row.cells.get("detail", "").strip()
    notes = row.cells.get("notes", "").strip()
    if category.casefold() in ENTRY_CATEGORIES:
        body = "\n\n".join(part for part in (detail, notes) if part)
        if body:
            title = category if category.casefold() == "gratitude" else ""
            plan.entries.append(JournalEntry(created_at=at, title=title, body=body))
        return
    is_mood = category.casefold() == "mood"
    number = _number(rating) if is_mood and rating else None
    moment = moments.setdefault(at, _Moment(at))
    if number is not None:
        moment.ratings.append(number)
    elif not is_mood:
        value = " ".join(part for part in (detail, f"({rating})" if rating and detail else rating) if part)
        if category or value:
            moment.happening.append(f"{category}: {value}" if value else category)
    if notes:
        moment.notes.append(notes)


def _day(row: CsvRow) -> date:
    text = (row.cells.get("date formatted") or row.cells.get("date") or "").strip()
    for candidate in (text, text[:10]):
        try:
            return date.fromisoformat(candidate)
        except ValueError:
            continue
    for pattern in ("%d/%m/%Y", "%d %b %Y", "%d %B %Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(f"“{text}” is not a date like 2024-05-18")


def _time_of_day(text: str) -> time | None:
    """The clock time for Bearable's time-of-day label (or a plain "21:30"); ``None`` when it is not known."""
    key = " ".join(text.split()).casefold()
    if key in TIMES_OF_DAY:
        return TIMES_OF_DAY[key]
    try:
        return time.fromisoformat(key)
    except ValueError:
        return None


def _number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"the mood rating “{text}” is not a number") from None
    if not math.isfinite(value) or not 0 <= value <= 10:
        raise ValueError(f"the mood rating “{text}” is outside 0 to 10")
    return value


def _level(rating: float, scale: int) -> int:
    """A rating on Bearable's scale as a level from 1 to 5."""
    if scale == 5:
        return min(5, max(1, round(rating)))
    return min(5, max(1, math.ceil(rating / 2)))
