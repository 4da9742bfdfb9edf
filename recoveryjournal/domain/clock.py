"""Time helpers: every stored time keeps the UTC offset the person had when they wrote it."""

from __future__ import annotations

from datetime import date, datetime


def now_local() -> datetime:
    """The current time with the machine's local UTC offset."""
    return datetime.now().astimezone()


def to_iso(moment: datetime) -> str:
    """ISO-8601 text with the offset, e.g. ``2026-11-22T20:15:00-05:00``; naive times are taken as local."""
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.isoformat(timespec="seconds")


def from_iso(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.astimezone()


def local_day(moment: datetime) -> date:
    """The calendar day as the person lived it: the date in the offset stored with the time, not in UTC."""
    return moment.date()
