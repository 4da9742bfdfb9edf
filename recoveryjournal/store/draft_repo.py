"""Drafts kept inside the journal, one row per form or entry being written (``store.drafts``)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.draft_models import Draft, DraftField
from recoveryjournal.store.rows import iso, json_text, moment, select

if TYPE_CHECKING:
    from recoveryjournal.store.db import Database


class DraftRepo:
    """Drafts kept inside the journal, so they are as safe (and as encrypted) as everything else in it."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def keep(self, draft: Draft) -> None:
        with self.db.atomic():
            self.db["drafts"].upsert(
                {
                    "key": draft.key,
                    "kind": draft.kind,
                    "label": draft.label,
                    "record_id": draft.record_id,
                    "fields": json_text([[each.name, each.label, each.text] for each in draft.fields]),
                    "updated_at": iso(draft.updated_at or now_local()),
                },
                pk="key",
            )

    def drop(self, key: str) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM drafts WHERE key = ?", [key])

    def all(self) -> list[Draft]:
        return [_draft(row) for row in select(self.db, "drafts", order_by="updated_at")]


def _draft(row: dict) -> Draft:
    return Draft(
        key=row["key"],
        kind=row["kind"],
        label=row["label"],
        fields=[DraftField(*each) for each in json.loads(row["fields"])],
        record_id=row["record_id"],
        updated_at=moment(row["updated_at"]),
    )
