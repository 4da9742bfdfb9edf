"""The prompt engine: today's questions, ranked, each with the reason it is asked.

A pure function of the signals, the answer history, the date and a seed, so the same day gives the same questions.
Rules, in order: hidden prompts and prompts inside their cooldown are never offered; after a recent lapse only
compassion and learning are offered, never blame, with learning or kindness first; otherwise the prompts that match
what stands out in the person's data come first (the person's own prompts ahead of shipped ones that fit as well);
when nothing stands out, the day's place in a gratitude → strengths → goals rotation decides.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from recoveryjournal.domain.prompt_catalogue import Prompt
from recoveryjournal.domain.reflection_models import Reflection
from recoveryjournal.domain.signals import Signals
from recoveryjournal.i18n import translatable, translate

ROTATION = ("gratitude", "strengths", "goals")
LAPSE_CATEGORIES = frozenset({"after a lapse", "self-compassion", "coping", "relationships", "strengths"})
"""After a lapse: learning what happened, kindness, support and strengths — nothing that could read as blame."""
LAPSE_FIRST = frozenset({"after a lapse", "self-compassion"})
"""After a lapse the first question is always about learning or kindness; support and strengths may follow."""

_ROTATION_REASONS = {
    "gratitude": translatable("Prompts", "Nothing in particular stands out lately, so here is a moment for gratitude."),
    "strengths": translatable(
        "Prompts", "Nothing in particular stands out lately, so here is a moment to notice your strengths."
    ),
    "goals": translatable("Prompts", "Nothing in particular stands out lately, so here is a moment to look ahead."),
}
_GENERAL_REASON = translatable("Prompts", "A question for any day.")


@dataclass(frozen=True)
class Suggestion:
    prompt: Prompt
    reason: str
    score: float
    signal: str = ""
    """The signal the reason comes from; empty for rotation and general prompts."""


def last_asked(history: Iterable[Reflection]) -> dict[str, date]:
    """The latest day each prompt was answered."""
    found: dict[str, date] = {}
    for reflection in history:
        if reflection.prompt_id:
            day = reflection.at.date()
            if reflection.prompt_id not in found or day > found[reflection.prompt_id]:
                found[reflection.prompt_id] = day
    return found


def cooling_down(prompt: Prompt, asked: dict[str, date], today: date) -> bool:
    """True while the prompt was answered fewer than ``cooldown_days`` days ago (0 = may be asked every day)."""
    day = asked.get(prompt.id)
    if day is None:
        return False
    return (today - day).days < max(prompt.cooldown_days, 1)


def rotation_category(today: date, seed: int) -> str:
    return ROTATION[(today.toordinal() + seed) % len(ROTATION)]


def rank_prompts(
    catalogue: Sequence[Prompt],
    signals: Signals,
    history: Iterable[Reflection],
    today: date,
    seed: int,
    hidden: Collection[str] = (),
) -> list[Suggestion]:
    """Every prompt that may be asked today, best first, each with a plain-language reason."""
    asked = last_asked(history)
    lapse = signals.has("recent_lapse")
    rotation = rotation_category(today, seed) if signals.quiet else ""
    suggestions = []
    for prompt in catalogue:
        if prompt.id in hidden or cooling_down(prompt, asked, today):
            continue
        if lapse and prompt.category not in LAPSE_CATEGORIES:
            continue
        suggestions.append(_score(prompt, signals, asked, today, seed, rotation))
    return sorted(suggestions, key=lambda s: (lapse and s.prompt.category not in LAPSE_FIRST, -s.score, s.prompt.id))


def _score(
    prompt: Prompt, signals: Signals, asked: dict[str, date], today: date, seed: int, rotation: str
) -> Suggestion:
    matches = [signals.active[name] for name in prompt.signals if name in signals.active]
    notable = sorted((s for s in matches if s.notable), key=lambda s: (-s.weight, s.name))
    nudges = sum(s.weight for s in matches if not s.notable)
    freshness = (0.03 if prompt.id not in asked else 0.0) + (0.05 if prompt.custom else 0.0)
    jitter = _jitter(seed, today, prompt.id) * 0.02
    if notable:
        best = notable[0]
        score = best.weight + 0.05 * (len(notable) - 1) + 0.1 * nudges
        return Suggestion(prompt, best.reason, score + freshness + jitter, best.name)
    if rotation and prompt.category in ROTATION:
        boost = 0.45 if prompt.category == rotation else 0.25
        reason = translate("Prompts", _ROTATION_REASONS[prompt.category])
        return Suggestion(prompt, reason, boost + 0.1 * nudges + freshness + jitter)
    general = min(0.2, 0.1 * nudges)
    return Suggestion(prompt, translate("Prompts", _GENERAL_REASON), general + freshness + jitter)


def _jitter(seed: int, today: date, prompt_id: str) -> float:
    """A stable number in [0, 1) for this seed, day and prompt, so ties vary from day to day but never at random."""
    digest = hashlib.sha256(f"{seed}:{today.isoformat()}:{prompt_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64
