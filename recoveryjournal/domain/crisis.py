"""Crisis lines: a sensible default per country (``resources/crisis_lines.toml``) and the person's own line.

Nothing is fetched from the network. The UI passes in the system locale name (e.g. ``en_US``) and the country the
person chose at the first start (setting ``crisis_country``); the lookup is here. The ``default`` region holds the
international guidance, so whatever the locale says (``C``, a country with no entry), a crisis line is never empty.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from recoveryjournal.domain.resources import (
    ResourceError,
    appears_twice,
    language_words,
    load_toml,
    needs_a_table,
    not_in_catalogue,
    require_text,
)
from recoveryjournal.i18n import current_language, translate

DEFAULT_CODE = "default"
SETTING_KEY = "crisis_line"
COUNTRY_KEY = "crisis_country"


@dataclass(frozen=True)
class CrisisLine:
    name: str
    number: str = ""
    note: str = ""
    source: str = ""  # where the number was checked (shipped lines only)

    def as_setting(self) -> dict:
        return {"name": self.name, "number": self.number, "note": self.note}


def parse_crisis_lines(data: dict, source: str = "crisis_lines.toml") -> dict[str, list[CrisisLine]]:
    """Country code (upper case, or ``default``) → its lines. A bad entry raises a ``ResourceError`` saying where."""
    return {code: lines for code, (_name, lines) in parse_regions(data, source).items()}


def parse_regions(data: dict, source: str = "crisis_lines.toml") -> dict[str, tuple[str, list[CrisisLine]]]:
    """Country code → (the country's name, its lines), in the file's order."""
    regions = data.get("region")
    if not isinstance(regions, list) or not regions:
        raise needs_a_table(source, "region")
    found: dict[str, tuple[str, list[CrisisLine]]] = {}
    for number, region in enumerate(regions, start=1):
        place = f"{source}, region {number}"
        code = require_text(region, "code", place).strip()
        code = code if code == DEFAULT_CODE else code.upper()
        where = f"{place} ('{code}')"
        if code != DEFAULT_CODE and (len(code) != 2 or not code.isalpha()):
            raise ResourceError(
                translate("Resources", "{where}: 'code' must be a two-letter country code or 'default'").format(
                    where=where
                )
            )
        if code in found:
            raise appears_twice(place, code)
        lines = region.get("line")
        if not isinstance(lines, list) or not lines:
            raise needs_a_table(where, "region.line")
        name = require_text(region, "name", where).strip()
        found[code] = (name, [_line(line, f"{where}, line {index}") for index, line in enumerate(lines, start=1)])
    if DEFAULT_CODE not in found:
        raise ResourceError(
            translate("Resources", '{file}: needs a region with code = "{code}" for everywhere else').format(
                file=source, code=DEFAULT_CODE
            )
        )
    return found


def _line(entry: dict, where: str) -> CrisisLine:
    name = require_text(entry, "name", where)
    where = f"{where} ('{name}')"
    number, note, source = (entry.get(field, "") for field in ("number", "note", "source"))
    for field, value in (("number", number), ("note", note), ("source", source)):
        if not isinstance(value, str):
            raise ResourceError(
                translate("Resources", "{where}: '{field}' must be text").format(where=where, field=field)
            )
    if not number.strip() and not note.strip():
        raise ResourceError(
            translate("Resources", "{where}: give a 'number' or a 'note' saying what to do").format(where=where)
        )
    if number.strip() and not source.strip():
        raise ResourceError(
            translate("Resources", "{where}: give the 'source' where the number can be checked").format(where=where)
        )
    return CrisisLine(name=name.strip(), number=number.strip(), note=note.strip(), source=source.strip())


def country_code(locale_name: str) -> str:
    """``en_US`` / ``en-US`` / ``en_US.UTF-8`` → ``US``; a bare language gives no country."""
    base = locale_name.split(".")[0].split("@")[0].replace("-", "_")
    parts = base.split("_")
    return parts[-1].upper() if len(parts) > 1 and len(parts[-1]) == 2 else ""


def lines_for_locale(
    catalogue: dict[str, list[CrisisLine]], locale_name: str, country: object = None
) -> list[CrisisLine]:
    """The chosen ``country``'s lines when the catalogue has it, else the locale's country's, else the guidance."""
    if isinstance(country, str) and country in catalogue:
        return catalogue[country]
    return catalogue.get(country_code(locale_name)) or catalogue[DEFAULT_CODE]


def own_line(setting: object) -> CrisisLine | None:
    """The line the person entered themselves (setting ``crisis_line``), if any."""
    if not isinstance(setting, dict):
        return None
    name = str(setting.get("name", "")).strip()
    number = str(setting.get("number", "")).strip()
    if not name and not number:
        return None
    return CrisisLine(
        name=name or translate("Crisis", "My crisis line"), number=number, note=str(setting.get("note", "")).strip()
    )


def lines_to_show(
    setting: object,
    locale_name: str,
    catalogue: dict[str, list[CrisisLine]] | None = None,
    country: object = None,
) -> list[CrisisLine]:
    """The person's own line when they set one; otherwise the shipped lines for their country (``country`` as
    chosen at the first start, else the locale's); otherwise the international guidance. Never empty."""
    own = own_line(setting)
    if own is not None:
        return [own]
    return lines_for_locale(catalogue if catalogue is not None else default_crisis_lines(), locale_name, country)


def default_crisis_lines() -> dict[str, list[CrisisLine]]:
    """The shipped lines, their names and notes in the current language; numbers and sources as shipped."""
    return {code: lines for code, (_name, lines) in shipped_regions().items()}


def shipped_regions() -> dict[str, tuple[str, list[CrisisLine]]]:
    """``crisis_lines.toml`` with its words (country names, line names, notes) in the current language, from
    ``crisis_lines_<language>.toml``: each ``[[text]]`` gives the English text it translates (``of``) and the
    ``text`` to show instead. Words it leaves out stay in English; numbers are never translated."""
    regions = parse_regions(load_toml("crisis_lines.toml"))
    words = language_words("crisis_lines.toml", current_language(), "text", "of", ("text",))
    shipped = {region[0] for region in regions.values()}
    shipped |= {text for _name, lines in regions.values() for line in lines for text in (line.name, line.note)}
    unknown = sorted(set(words) - shipped)
    if unknown:
        source = f"crisis_lines_{current_language()}.toml"
        raise not_in_catalogue(source, unknown[0], translate("Resources", "a text"), "crisis_lines.toml")

    def said(text: str) -> str:
        return words[text]["text"].strip() if text in words else text

    return {
        code: (said(name), [replace(line, name=said(line.name), note=said(line.note)) for line in lines])
        for code, (name, lines) in regions.items()
    }


def countries() -> list[tuple[str, str]]:
    """(code, name) of every country the shipped file knows, by name; ``default`` ("Somewhere else") last."""
    regions = shipped_regions()
    named = sorted(((code, name) for code, (name, _lines) in regions.items() if code != DEFAULT_CODE), key=_by_name)
    return [*named, (DEFAULT_CODE, regions[DEFAULT_CODE][0])]


def _by_name(entry: tuple[str, str]) -> str:
    return entry[1].casefold()
