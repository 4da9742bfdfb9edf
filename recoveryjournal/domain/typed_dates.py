"""A date as a person types it ("15 Oct 2026", "15 octubre 2026", "Oct 15, 2026", "2026-10-15", "15/10/2026"), and
a date with a time of day ("15 Oct 2026 14:30", "Thu 15 Oct 2026, 14:30", "2026-10-15T14:30", "15/10/2026 2:30 pm").

Either the whole text reads as one real date (and time), or it does not and the caller says so: a typed date is never
quietly turned into another one (a field that did that once saved 1 Oct for a typed 15 Oct). A weekday written before
the date must be that date's weekday ("Mon 15 Oct 2026" is refused: 15 Oct 2026 is a Thursday).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time

from recoveryjournal.domain import dates
from recoveryjournal.domain.month_names import month_of

_PARTS = re.compile(r"[^\W_]+")
_TIME = re.compile(r"(?:^|[\sT,]+)(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?\s?m\.?)?$", re.IGNORECASE)


def _plain(word: str) -> str:
    """``word`` in lower case without accents ("Mié." → "mie")."""
    split = unicodedata.normalize("NFKD", word.casefold().rstrip("."))
    return "".join(char for char in split if not unicodedata.combining(char))


_WEEKDAY_NAMES = [
    (_plain(name), weekday)
    for names in (*dates.WEEKDAYS.values(), *dates.SHORT_WEEKDAYS.values())
    for weekday, name in enumerate(names)
]


def weekday_of(word: str) -> int | None:
    """The weekday (0 = Monday) a word names in English or Spanish, whole or its first two letters or more."""
    key = _plain(word)
    found = {weekday for name, weekday in _WEEKDAY_NAMES if len(key) >= 2 and name.startswith(key)}
    return found.pop() if len(found) == 1 else None


def parse_typed_datetime(text: str) -> datetime | None:
    """The date and time of day ``text`` names (no UTC offset), or ``None`` unless it is exactly one real moment: a
    date as ``parse_typed_date`` reads it, then hours and minutes on the 24-hour clock, or with am/pm."""
    found = _TIME.search(text.strip())
    if found is None:
        return None
    day = parse_typed_date(text.strip()[: found.start()])
    hour, minute, half = int(found[1]), int(found[2]), (found[3] or "").casefold()
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "p" else 0)
    if day is None or hour > 23 or minute > 59:
        return None
    return datetime.combine(day, time(hour, minute))


def datetime_text(moment: datetime) -> str:
    """How a date-and-time field writes a moment, and reads back the same: "Thu 15 Oct 2026, 14:30"."""
    return f"{dates.weekday_short_date(moment.date())}, {dates.clock(moment)}"


def parse_typed_date(text: str) -> date | None:
    """The date ``text`` names, or ``None`` when it is not exactly one real date.

    Numbers alone are year-month-day when the year comes first, else day/month/year — or month/day/year when only
    that order makes a real date (``10/15/2026``). A month may be a name or its first letters, in several languages.
    A weekday may come first; it must be the date's.
    """
    parts = _PARTS.findall(text.strip())
    if len(parts) == 4 and not parts[0].isdigit():
        weekday = weekday_of(parts[0])
        day = parse_typed_date(" ".join(parts[1:]))
        return day if weekday is not None and day is not None and day.weekday() == weekday else None
    if len(parts) != 3:
        return None
    numbers = [int(part) if part.isdigit() else None for part in parts]
    words = [index for index, number in enumerate(numbers) if number is None]
    if len(words) > 1:
        return None
    if words:
        found = month_of(parts[words[0]])
        if found is None:
            return None
        day, year = (number for number in numbers if number is not None)
        if day > 31:  # "2026 Oct 15"
            day, year = year, day
        return _real(year, found[0], day)
    first, second, third = numbers
    if len(parts[0]) == 4:
        return _real(first, second, third)
    if len(parts[2]) != 4:
        return None
    return _real(third, second, first) or _real(third, first, second)


def _real(year: int, month: int, day: int) -> date | None:
    if not 1900 <= year <= 2200:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None
