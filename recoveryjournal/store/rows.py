"""Small conversions shared by the repositories: booleans, JSON columns, times, plain reads and soft delete."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from recoveryjournal.domain.clock import from_iso, now_local, to_iso
from recoveryjournal.store.errors import NameTakenError

if TYPE_CHECKING:
    from recoveryjournal.store.db import Database


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


def select(
    db: Database,
    table: str,
    where: str | None = None,
    params: Sequence[Any] | Mapping[str, Any] = (),
    order_by: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> list[dict[str, Any]]:
    """Rows of ``table`` as dictionaries, in plain SQL: reading never needs sqlite-utils (see ``db.Database``)."""
    sql = f"SELECT * FROM [{table}]"
    if where:
        sql += f" WHERE {where}"
    if order_by:
        sql += f" ORDER BY {order_by}"
    if limit is not None or offset is not None:
        sql += f" LIMIT {-1 if limit is None else int(limit)}"
    if offset is not None:
        sql += f" OFFSET {int(offset)}"
    cursor = db.execute(sql, params)
    columns = [column[0] for column in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor]


def select_one(db: Database, table: str, record_id: int) -> dict[str, Any]:
    """The row of ``table`` with this id; a missing one is a bug in the caller, so it raises ``LookupError``."""
    rows = select(db, table, "id = ?", [record_id])
    if not rows:
        raise LookupError(f"{table} has no record {record_id}")
    return rows[0]


def soft_delete(db: Database, table: str, record_id: int) -> None:
    with db.atomic():
        db.execute(f"UPDATE [{table}] SET deleted_at = ? WHERE id = ?", [iso(now_local()), record_id])


def live(where: str = "") -> str:
    """A WHERE clause that hides records in the trash."""
    return f"deleted_at IS NULL AND ({where})" if where else "deleted_at IS NULL"


def ensure_name_free(db: Database, table: str, name: str, record_id: int | None = None) -> None:
    """Refuse a name another record of ``table`` has, whatever its case and even in the trash (names are unique)."""
    row = db.execute(
        f"SELECT name FROM [{table}] WHERE name = ? COLLATE NOCASE AND id IS NOT ?", [name, record_id]
    ).fetchone()
    if row is not None:
        raise NameTakenError(row[0])


MARGIN = timedelta(days=1)


def period_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """Local-time query bounds for a period of whole days, widened by a day each side."""
    local = datetime.now().astimezone().tzinfo
    return (
        datetime.combine(start, time(), tzinfo=local) - MARGIN,
        datetime.combine(end + timedelta(days=1), time(), tzinfo=local) + MARGIN,
    )
