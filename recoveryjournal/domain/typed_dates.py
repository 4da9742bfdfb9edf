"""A date as a person types it ("15 Oct 2026", "15 octubre 2026", "Oct 15, 2026", "2026-10-15", "15/10/2026").

Either the whole text reads as one real date, or it does not and the caller says so: a typed date is never quietly
turned into another one (a field that did that once saved 1 Oct for a typed 15 Oct).
"""

from __future__ import annotations

import re
from datetime import date

from recoveryjournal.domain.month_names import month_of

_PARTS = re.compile(r"[^\W_]+")


def parse_typed_date(text: str) -> date | None:
    """The date ``text`` names, or ``None`` when it is not exactly one real date.

    Numbers alone are year-month-day when the year comes first, else day/month/year — or month/day/year when only
    that order makes a real date (``10/15/2026``). A month may be a name or its first letters, in several languages.
    """
    parts = _PARTS.findall(text.strip())
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
