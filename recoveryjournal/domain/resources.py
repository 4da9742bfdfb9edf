"""Loading the TOML text files a person may edit (prompts, triggers, coping ideas, crisis lines)."""

from __future__ import annotations

import tomllib

from recoveryjournal.resources import FOLDER


class ResourceError(ValueError):
    """A resource file that cannot be used; the message names the file, the entry and the field."""


def read_text(name: str) -> str:
    """One shipped resource file's text, found the one way the app finds them (``recoveryjournal.resources.FOLDER``)."""
    return (FOLDER / name).read_text(encoding="utf-8")


def load_toml(name: str) -> dict:
    """Parse one shipped resource file, turning a syntax error into a message that names the file."""
    return parse_toml(read_text(name), name)


def parse_toml(text: str, source: str) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ResourceError(f"{source}: {error}") from error


def require_text(entry: dict, field: str, where: str) -> str:
    value = entry.get(field)
    if not isinstance(value, str) or not value.strip():
        raise ResourceError(f"{where}: '{field}' must be non-empty text")
    return value
