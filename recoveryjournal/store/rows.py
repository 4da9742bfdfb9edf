"""Small conversions shared by the repositories: booleans, JSON columns, times and soft delete."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from recoveryjournal.domain.clock import from_iso, now_local, to_iso

if TYPE_CHECKING:
    from sqlite_utils import Database


def as_bool(value: Any) -> bool:
    return bool(value)


def json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def from_json(text: str | None, default: Any) -> Any:
    return json.loads(text) if text else default


def iso(moment: datetime) -> str:
    return to_iso(moment)


def moment(text: str) -> datetime:
    return from_iso(text)


def day_text(day: date) -> str:
    return day.isoformat()


def day(text: str) -> date:
    return date.fromisoformat(text)


def soft_delete(db: Database, table: str, record_id: int) -> None:
    with db.atomic():
        db.execute(f"UPDATE [{table}] SET deleted_at = ? WHERE id = ?", [iso(now_local()), record_id])


def live(where: str = "") -> str:
    """A WHERE clause that hides records in the trash."""
    return f"deleted_at IS NULL AND ({where})" if where else "deleted_at IS NULL"
