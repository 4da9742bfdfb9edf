"""Reflection prompts: the shipped catalogue (``resources/prompts.toml``), the person's own, and shared packs.

A pack is a TOML file in the same format as the catalogue, so a therapist can hand one to a client. Every file is
validated whole before anything is used: an error names the line, the prompt (id or number) and the field.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import cache

from recoveryjournal.domain.reflection_models import CustomPrompt
from recoveryjournal.domain.resources import (
    ResourceError,
    language_words,
    needs_a_table,
    not_in_catalogue,
    parse_toml,
    read_text,
)
from recoveryjournal.domain.signals import SIGNAL_LABELS
from recoveryjournal.i18n import current_language, translatable, translate

CATEGORIES: tuple[str, ...] = (  # stored as written here; shown through category_label
    translatable("Prompts", "check-in"),
    translatable("Prompts", "triggers"),
    translatable("Prompts", "cravings"),
    translatable("Prompts", "coping"),
    translatable("Prompts", "relationships"),
    translatable("Prompts", "stress"),
    translatable("Prompts", "self-compassion"),
    translatable("Prompts", "gratitude"),
    translatable("Prompts", "strengths"),
    translatable("Prompts", "goals"),
    translatable("Prompts", "plan review"),
    translatable("Prompts", "after a lapse"),
    translatable("Prompts", "milestone"),
)


def category_label(category: str) -> str:
    """A prompt's kind as shown: one of ``CATEGORIES`` in the current language, any other as written."""
    return translate("Prompts", category) if category in CATEGORIES else category


MAX_COOLDOWN = 365
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_FIELDS = {"id", "text", "category", "signals", "cooldown_days", "follow_ups"}


@dataclass(frozen=True)
class Prompt:
    id: str
    text: str
    category: str
    signals: tuple[str, ...] = ()
    cooldown_days: int = 7
    follow_ups: tuple[str, ...] = ()
    source: str = "catalogue"
    """"catalogue" for the shipped prompts, "own" for ones the person wrote, "pack" for imported ones."""

    @property
    def custom(self) -> bool:
        return self.source != "catalogue"


def default_prompts() -> list[Prompt]:
    """The shipped catalogue; a broken file raises ``ResourceError`` naming the line, prompt and field."""
    return list(_shipped(current_language()))


@cache
def _shipped(language: str) -> tuple[Prompt, ...]:
    """Read once per run and language: the daily question asks for it on Today and on Reflect. The words come from
    ``prompts_<language>.toml`` where it gives them (English otherwise); what a prompt is for stays the catalogue's."""
    prompts = parse_prompts(read_text("prompts.toml"), "prompts.toml")
    words = language_words("prompts.toml", language, "prompt", "id", ("text", "follow_ups"))
    unknown = sorted(set(words) - {prompt.id for prompt in prompts})
    if unknown:
        raise not_in_catalogue(
            f"prompts_{language}.toml", unknown[0], translate("Resources", "a prompt"), "prompts.toml"
        )
    return tuple(
        replace(
            prompt,
            text=words.get(prompt.id, {}).get("text", prompt.text),
            follow_ups=tuple(words.get(prompt.id, {}).get("follow_ups", prompt.follow_ups)),
        )
        for prompt in prompts
    )


def parse_prompts(
    text: str, source: str, source_kind: str = "catalogue", taken: set[str] | None = None
) -> list[Prompt]:
    """Parse and validate a catalogue or pack from its text; ``taken`` holds ids no prompt in it may reuse."""
    data = parse_toml(text, source)
    entries = data.get("prompt")
    if not isinstance(entries, list) or not entries:
        raise needs_a_table(source, "prompt")
    found: list[Prompt] = []
    seen: dict[str, int] = {}
    for number, entry in enumerate(entries, start=1):
        prompt = _validate(entry, number, source, text, source_kind)
        where = translate("Resources", "{file}, line {line}").format(file=source, line=_line_of(text, number, "id"))
        where = f"{where}: prompt '{prompt.id}' (prompt {number})"
        if prompt.id in seen:
            raise ResourceError(
                translate("Resources", "{where}: id is already used by prompt {other}").format(
                    where=where, other=seen[prompt.id]
                )
            )
        if taken and prompt.id in taken:
            raise ResourceError(
                translate("Resources", "{where}: id is already used by a built-in prompt; choose another id").format(
                    where=where
                )
            )
        seen[prompt.id] = number
        found.append(prompt)
    return found


def _validate(entry: object, number: int, source: str, text: str, source_kind: str) -> Prompt:
    def fail(field: str, reason: str, name: str | None = None) -> ResourceError:
        """``reason`` is translated; the field and the table stay as the file writes them."""
        who = f"prompt '{name}' (prompt {number})" if name else f"prompt {number}"
        where = translate("Resources", "{file}, line {line}").format(file=source, line=_line_of(text, number, field))
        return ResourceError(f"{where}: {who}: '{field}' {reason}")

    if not isinstance(entry, dict):
        raise fail("id", translate("Resources", "must be a [[prompt]] table"))
    raw_id = entry.get("id")
    if not isinstance(raw_id, str) or not raw_id.strip():
        raise fail("id", translate("Resources", "must be non-empty text"))
    if not _ID.match(raw_id):
        raise fail("id", translate("Resources", "may use only lower-case letters, digits, '-' and '_'"), raw_id)
    name = raw_id
    unknown = sorted(set(entry) - _FIELDS)
    if unknown:
        known = ", ".join(sorted(_FIELDS))
        raise fail(unknown[0], translate("Resources", "is not a prompt field (use {known})").format(known=known), name)
    prompt_text = entry.get("text")
    if not isinstance(prompt_text, str) or not prompt_text.strip():
        raise fail("text", translate("Resources", "must be non-empty text"), name)
    category = entry.get("category")
    if category not in CATEGORIES:
        one_of = translate("Resources", "must be one of: {choices} (got {value})")
        raise fail("category", one_of.format(choices=", ".join(CATEGORIES), value=repr(category)), name)
    signals = entry.get("signals", [])
    if not isinstance(signals, list) or not all(isinstance(s, str) for s in signals):
        raise fail("signals", translate("Resources", "must be a list of signal names"), name)
    for signal in signals:
        if signal not in SIGNAL_LABELS:
            unknown_signal = translate("Resources", "has unknown signal '{signal}' (known: {known})")
            raise fail("signals", unknown_signal.format(signal=signal, known=", ".join(SIGNAL_LABELS)), name)
    cooldown = entry.get("cooldown_days", 7)
    if isinstance(cooldown, bool) or not isinstance(cooldown, int) or not 0 <= cooldown <= MAX_COOLDOWN:
        days = translate("Resources", "must be a whole number of days from 0 to {most} (got {value})")
        raise fail("cooldown_days", days.format(most=MAX_COOLDOWN, value=repr(cooldown)), name)
    follow_ups = entry.get("follow_ups", [])
    if not isinstance(follow_ups, list) or not all(isinstance(f, str) and f.strip() for f in follow_ups):
        raise fail("follow_ups", translate("Resources", "must be a list of non-empty questions"), name)
    return Prompt(raw_id, prompt_text, category, tuple(signals), cooldown, tuple(follow_ups), source_kind)


def _line_of(text: str, number: int, field: str) -> int:
    """The line of ``field`` in the ``number``-th ``[[prompt]]`` table (or of its header when the field is missing)."""
    lines = text.splitlines()
    headers = [i for i, line in enumerate(lines) if re.match(r"^\s*\[\[\s*prompt\s*\]\]", line)]
    if number > len(headers):
        return 1
    start = headers[number - 1]
    end = headers[number] if number < len(headers) else len(lines)
    pattern = re.compile(rf"^\s*{re.escape(field)}\s*=")
    for index in range(start, end):
        if pattern.match(lines[index]):
            return index + 1
    return start + 1


def prompts_to_toml(prompts: list[Prompt], title: str = "") -> str:
    """A pack in the catalogue's format; ``parse_prompts`` reads it back to the same prompts."""
    heading = f"# {title}\n" if title else ""
    parts = [heading + "# A Recovery Journal prompt pack. Import it from Reflect → My prompts.\n"]
    for prompt in prompts:
        lines = [
            "[[prompt]]",
            f"id = {_string(prompt.id)}",
            f"text = {_string(prompt.text)}",
            f"category = {_string(prompt.category)}",
            f"signals = [{', '.join(_string(s) for s in prompt.signals)}]",
            f"cooldown_days = {prompt.cooldown_days}",
        ]
        if prompt.follow_ups:
            lines.append(f"follow_ups = [{', '.join(_string(f) for f in prompt.follow_ups)}]")
        parts.append("\n".join(lines) + "\n")
    return "\n".join(parts)


def _string(value: str) -> str:
    """A TOML basic string: JSON's escapes are a subset TOML accepts; TOML also forbids a raw DEL."""
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def from_custom(custom: CustomPrompt) -> Prompt:
    return Prompt(
        id=custom.prompt_id,
        text=custom.text,
        category=custom.category,
        signals=tuple(custom.signals),
        cooldown_days=custom.cooldown_days,
        follow_ups=tuple(custom.follow_ups),
        source=custom.source if custom.source in ("own", "pack") else "own",
    )


def to_custom(prompt: Prompt, source: str) -> CustomPrompt:
    return CustomPrompt(
        prompt_id=prompt.id,
        text=prompt.text,
        category=prompt.category,
        signals=list(prompt.signals),
        cooldown_days=prompt.cooldown_days,
        follow_ups=list(prompt.follow_ups),
        source=source,
    )


def new_prompt_id(text: str, taken: set[str]) -> str:
    """A readable id for a prompt the person writes: ``own-`` and the first words, made unique."""
    words = re.findall(r"[a-z0-9]+", text.casefold())[:5]
    base = "own-" + ("-".join(words) or "prompt")
    candidate, counter = base, 2
    while candidate in taken:
        candidate, counter = f"{base}-{counter}", counter + 1
    return candidate


def merged_catalogue(shipped: list[Prompt], custom: list[CustomPrompt]) -> list[Prompt]:
    """The shipped prompts followed by the person's own and imported ones (which never replace a shipped one)."""
    ids = {prompt.id for prompt in shipped}
    return shipped + [from_custom(c) for c in custom if c.prompt_id not in ids]
