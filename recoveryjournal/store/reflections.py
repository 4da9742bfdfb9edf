"""Reflections (answers with the prompt and the reason it was asked) and the person's own prompts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recoveryjournal.domain.reflection_models import CustomPrompt, Reflection, ReflectionKind
from recoveryjournal.store.rows import from_json, iso, json_text, live, moment, select, select_one, soft_delete

if TYPE_CHECKING:
    from datetime import datetime

    from recoveryjournal.store.db import Database


def _reflection(row: dict) -> Reflection:
    return Reflection(
        id=row["id"],
        at=moment(row["at"]),
        kind=ReflectionKind(row["kind"]),
        prompt_id=row["prompt_id"] or "",
        prompt_text=row["prompt_text"] or "",
        reason=row["reason"] or "",
        answer=row["answer"] or "",
        rating=row["rating"],
        data=from_json(row["data"], {}),
    )


def _prompt(row: dict) -> CustomPrompt:
    return CustomPrompt(
        id=row["id"],
        prompt_id=row["prompt_id"],
        text=row["text"],
        category=row["category"],
        signals=from_json(row["signals"], []),
        cooldown_days=row["cooldown_days"],
        follow_ups=from_json(row["follow_ups"], []),
        source=row["source"],
    )


class ReflectionRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, reflection: Reflection) -> int:
        with self.db.atomic():
            reflection.id = self.db["reflections"].insert(self._columns(reflection)).last_pk
        return reflection.id

    def update(self, reflection: Reflection) -> None:
        with self.db.atomic():
            self.db["reflections"].update(reflection.id, self._columns(reflection))

    def get(self, reflection_id: int) -> Reflection:
        return _reflection(select_one(self.db, "reflections", reflection_id))

    def between(self, start: datetime, end: datetime) -> list[Reflection]:
        rows = select(self.db, "reflections", live("at >= ? AND at < ?"), [iso(start), iso(end)], order_by="at")
        return [_reflection(row) for row in rows]

    def recent(self, limit: int = 50) -> list[Reflection]:
        return [_reflection(row) for row in select(self.db, "reflections", live(), order_by="at DESC", limit=limit)]

    def delete(self, reflection_id: int) -> None:
        soft_delete(self.db, "reflections", reflection_id)

    def custom_prompts(self) -> list[CustomPrompt]:
        return [_prompt(row) for row in select(self.db, "custom_prompts", order_by="id")]

    def save_custom_prompt(self, prompt: CustomPrompt) -> int:
        with self.db.atomic():
            columns = {
                "prompt_id": prompt.prompt_id,
                "text": prompt.text,
                "category": prompt.category,
                "signals": json_text(prompt.signals),
                "cooldown_days": prompt.cooldown_days,
                "follow_ups": json_text(prompt.follow_ups),
                "source": prompt.source,
            }
            existing = self.db.execute(
                "SELECT id FROM custom_prompts WHERE prompt_id = ?", [prompt.prompt_id]
            ).fetchone()
            if existing:
                prompt.id = existing[0]
                self.db["custom_prompts"].update(prompt.id, columns)
            else:
                prompt.id = self.db["custom_prompts"].insert(columns).last_pk
        return prompt.id

    def delete_custom_prompt(self, prompt_id: str) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM custom_prompts WHERE prompt_id = ?", [prompt_id])

    @staticmethod
    def _columns(reflection: Reflection) -> dict:
        return {
            "at": iso(reflection.at),
            "kind": str(reflection.kind),
            "prompt_id": reflection.prompt_id,
            "prompt_text": reflection.prompt_text,
            "reason": reflection.reason,
            "answer": reflection.answer,
            "rating": reflection.rating,
            "data": json_text(reflection.data),
        }
