"""Loading the TOML text files a person may edit (prompts, triggers, coping ideas, crisis lines)."""

from __future__ import annotations

import tomllib
from dataclasses import replace

from recoveryjournal.i18n import translate
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


def language_words(name: str, language: str, table: str, key: str, fields: tuple[str, ...], folder=None) -> dict:
    """The words in ``language`` for a shipped file, from ``<name>_<language>.toml`` beside it (``prompts.toml`` →
    ``prompts_es.toml``): each ``[[table]]`` names by ``key`` the entry it translates and gives ``fields`` (text, or a
    list of texts). Entries left out stay in English; none at all for English or without the file. Validated on
    load: a bad entry raises a ``ResourceError`` naming the file, the entry and the field."""
    source = f"{name.removesuffix('.toml')}_{language}.toml"
    folder = FOLDER if folder is None else folder
    if language == "en" or not (folder / source).exists():
        return {}
    entries = parse_toml((folder / source).read_text(encoding="utf-8"), source).get(table)
    if not isinstance(entries, list) or not entries:
        raise needs_a_table(source, table)
    found: dict[str, dict] = {}
    for number, entry in enumerate(entries, start=1):
        where = f"{source}, {table} {number}"
        ref = require_text(entry, key, where) if isinstance(entry, dict) else require_text({}, key, where)
        named = f"{where} ('{ref}')"
        unknown = sorted(set(entry) - {key, *fields})
        if unknown:
            raise unknown_field(named, unknown[0], (key, *fields))
        if ref in found:
            raise appears_twice(where, ref)
        for field in fields:
            value = entry.get(field)
            if isinstance(value, list):
                if not all(isinstance(item, str) and item.strip() for item in value):
                    raise ResourceError(
                        translate("Resources", "{where}: '{field}' must be a list of non-empty texts").format(
                            where=named, field=field
                        )
                    )
            elif value is not None:
                require_text(entry, field, named)
        found[ref] = entry
    return found


def named_entries(data: dict, table: str, source: str) -> list[tuple[str, str, dict]]:
    """A catalogue's ``[[table]]`` entries as (name, where, entry): ``where`` places the entry in messages ("source,
    table 3"). Each needs a name, unique ignoring case; at least one entry is needed."""
    entries = data.get(table)
    if not isinstance(entries, list) or not entries:
        raise needs_a_table(source, table)
    found: list[tuple[str, str, dict]] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        where = f"{source}, {table} {number}"
        name = require_text(entry, "name", where)
        if name.casefold() in seen:
            raise appears_twice(where, name)
        seen.add(name.casefold())
        found.append((name, where, entry))
    return found


def in_language(items: list, name: str, table: str, language: str, noun: str) -> list:
    """A catalogue's ``items`` (each with a ``name`` and a ``description``) with the words of ``language`` from the
    file beside ``name`` (``language_words``); English where the translation leaves one out. A translation of an
    item that is not in the catalogue raises a ``ResourceError`` calling it "not ``noun``" (translated)."""
    words = language_words(name, language, table, "of", ("name", "description"))
    unknown = sorted(set(words) - {item.name for item in items})
    if unknown:
        source = f"{name.removesuffix('.toml')}_{language}.toml"
        raise not_in_catalogue(source, unknown[0], noun, name)
    return [
        replace(
            item,
            name=words.get(item.name, {}).get("name", item.name).strip(),
            description=words.get(item.name, {}).get("description", item.description).strip(),
        )
        for item in items
    ]


def require_text(entry: dict, field: str, where: str) -> str:
    value = entry.get(field)
    if not isinstance(value, str) or not value.strip():
        raise ResourceError(
            translate("Resources", "{where}: '{field}' must be non-empty text").format(where=where, field=field)
        )
    return value


def needs_a_table(where: str, table: str) -> ResourceError:
    return ResourceError(
        translate("Resources", "{where}: needs at least one [[{table}]] table").format(where=where, table=table)
    )


def appears_twice(where: str, name: str) -> ResourceError:
    return ResourceError(translate("Resources", "{where}: '{name}' appears twice").format(where=where, name=name))


def unknown_field(where: str, field: str, known: tuple[str, ...]) -> ResourceError:
    return ResourceError(
        translate("Resources", "{where}: unknown field '{field}' (use {known})").format(
            where=where, field=field, known=", ".join(known)
        )
    )


def not_in_catalogue(source: str, item: str, noun: str, catalogue: str) -> ResourceError:
    """``noun`` is already translated, with its article ("a trigger")."""
    return ResourceError(
        translate("Resources", "{file}: '{item}' is not {noun} in {catalogue}").format(
            file=source, item=item, noun=noun, catalogue=catalogue
        )
    )
