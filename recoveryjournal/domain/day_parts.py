"""The parts of a day (morning, afternoon, evening, night), one rule for the prompt engine and for findings."""

from __future__ import annotations

from datetime import datetime


def time_of_day(moment: datetime) -> str:
    hour = moment.hour
    if 5 <= hour < 12:
        return "morning"
    if 12 <= hour < 17:
        return "afternoon"
    if 17 <= hour < 22:
        return "evening"
    return "night"
