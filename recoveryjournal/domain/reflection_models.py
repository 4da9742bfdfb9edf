"""Reflections (answers to prompts, weekly reviews, thought records…) and the prompts a person wrote or imported."""

from __future__ import annotations

from dataclasses import field
from datetime import datetime
from enum import StrEnum

from recoveryjournal.domain.models import Record


class ReflectionKind(StrEnum):
    DAILY = "daily"
    PROMPT = "prompt"
    WEEKLY_REVIEW = "weekly_review"
    THOUGHT_RECORD = "thought_record"
    GRATITUDE = "gratitude"
    STRENGTHS = "strengths"


class Reflection(Record):
    at: datetime
    kind: ReflectionKind = ReflectionKind.PROMPT
    prompt_id: str = ""
    prompt_text: str = ""
    reason: str = ""
    answer: str = ""
    rating: int | None = None
    data: dict = field(default_factory=dict)
    id: int | None = None


class CustomPrompt(Record):
    """A prompt the person wrote or imported; it joins the catalogue from resources."""

    prompt_id: str
    text: str
    category: str
    signals: list[str] = field(default_factory=list)
    cooldown_days: int = 7
    follow_ups: list[str] = field(default_factory=list)
    source: str = "own"
    id: int | None = None
