"""Questionnaires (measures): instruments defined in TOML, validated on load, and scored by a pure function.

An instrument is one TOML file: shipped ones live in ``resources/measures/``; a clinic adds its own by dropping a file
into the data folder's ``measures/`` folder. Every definition is checked when it is read, and a problem names the file,
the item and the field. ``score`` turns answers into a total, sub-scale scores, a band in plain words and the items
that call for the safety response; it never diagnoses.

A file holds (``[[item]]`` tables may carry their own ``options``; otherwise the file's ``options`` apply)::

    id, title, short_title, about, instructions, recall_period, citation, terms   (text)
    default_every_days                 (whole number of days; 0 = not scheduled unless the person chooses it)
    options = [{ value = 0, label = "Not at all" }, …]
    [[item]]  id, text, options?, reverse?, scored?, safety_at?
    [[subscale]]  id, title, items = ["1", "2"]
    [[band]]  min, max, label, words?
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from recoveryjournal.domain.measure_models import MeasureResult
from recoveryjournal.domain.resources import ResourceError, parse_toml, read_text
from recoveryjournal.i18n import SUPPORTED, current_language, translatable, translate
from recoveryjournal.resources import FOLDER

SHIPPED_FOLDER = "measures"
SHIPPED_SOURCE = translatable("Measures", "Shipped with Recovery Journal")
SCHEDULE_KEY = "measures/schedule"
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
TEXT_FIELDS = ("title", "short_title", "about", "instructions", "recall_period", "citation", "terms")
FILE_FIELDS = {"id", *TEXT_FIELDS, "default_every_days", "options", "item", "subscale", "band"}
ITEM_FIELDS = {"id", "text", "options", "reverse", "scored", "safety_at"}
OPTION_FIELDS = {"value", "label"}
SUBSCALE_FIELDS = {"id", "title", "items"}
BAND_FIELDS = {"min", "max", "label", "words"}


@dataclass(frozen=True)
class Option:
    value: int
    label: str


@dataclass(frozen=True)
class Item:
    id: str
    text: str
    options: tuple[Option, ...]
    reverse: bool = False
    scored: bool = True
    safety_at: int | None = None
    """An answer whose value is at or above this calls for the safety response, whatever the total."""

    def item_score(self, value: int) -> int:
        """The points an answer adds: its value, or for a reverse-scored item the value counted from the other end."""
        if not self.reverse:
            return value
        values = [option.value for option in self.options]
        return max(values) + min(values) - value

    def values(self) -> tuple[int, ...]:
        return tuple(option.value for option in self.options)

    def label_for(self, value: int) -> str:
        return next((option.label for option in self.options if option.value == value), str(value))


@dataclass(frozen=True)
class Subscale:
    id: str
    title: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class Band:
    min: int
    max: int
    label: str
    words: str = ""

    def contains(self, total: int) -> bool:
        return self.min <= total <= self.max


@dataclass(frozen=True)
class Instrument:
    id: str
    title: str
    short_title: str
    about: str
    instructions: str
    recall_period: str
    citation: str
    terms: str
    items: tuple[Item, ...]
    subscales: tuple[Subscale, ...]
    bands: tuple[Band, ...]
    default_every_days: int = 0
    source: str = SHIPPED_SOURCE

    @property
    def scored_items(self) -> tuple[Item, ...]:
        return tuple(item for item in self.items if item.scored)

    @property
    def min_score(self) -> int:
        return sum(min(item.item_score(v) for v in item.values()) for item in self.scored_items)

    @property
    def max_score(self) -> int:
        return sum(max(item.item_score(v) for v in item.values()) for item in self.scored_items)

    def item(self, item_id: str) -> Item:
        return next(item for item in self.items if item.id == item_id)

    def band_for(self, total: int) -> Band | None:
        return next((band for band in self.bands if band.contains(total)), None)


@dataclass(frozen=True)
class Score:
    total: int
    band: Band | None
    subscales: dict[str, int]
    safety_items: tuple[str, ...]

    @property
    def needs_safety_response(self) -> bool:
        return bool(self.safety_items)


class ScoringError(ValueError):
    """Answers that do not fit the instrument (a missing item, or a value that is not one of its options)."""


def score(instrument: Instrument, answers: Mapping[str, int]) -> Score:
    """Total, sub-scales, band and safety items for a complete set of answers (``item id → option value``)."""
    for item in instrument.items:
        if item.id not in answers:
            raise ScoringError(f"{instrument.id}: item '{item.id}' has no answer")
        if answers[item.id] not in item.values():
            raise ScoringError(f"{instrument.id}: item '{item.id}' has no option with value {answers[item.id]!r}")
    unknown = sorted(set(answers) - {item.id for item in instrument.items})
    if unknown:
        raise ScoringError(f"{instrument.id}: no item called {', '.join(repr(name) for name in unknown)}")
    points = {item.id: item.item_score(answers[item.id]) for item in instrument.scored_items}
    total = sum(points.values())
    return Score(
        total=total,
        band=instrument.band_for(total),
        subscales={sub.id: sum(points[item_id] for item_id in sub.items) for sub in instrument.subscales},
        safety_items=tuple(
            item.id for item in instrument.items if item.safety_at is not None and answers[item.id] >= item.safety_at
        ),
    )


def safety_called_for(item: Item, value: int) -> bool:
    """Whether this one answer calls for the safety response (shown as soon as it is given)."""
    return item.safety_at is not None and value >= item.safety_at


# --- reading and checking definitions --------------------------------------------------------------------------------


def parse_instrument(data: dict, source_name: str, source: str = SHIPPED_SOURCE) -> Instrument:
    """Check one parsed TOML file; any problem raises ``ResourceError`` naming the file, the item and the field."""
    _no_unknown(data, FILE_FIELDS, source_name)
    instrument_id = require_field_text(data, "id", source_name)
    if not ID_PATTERN.match(instrument_id):
        raise ResourceError(
            translate(
                "Measures", "{file}: 'id' must be lower-case letters, digits, '-' or '_' (at most 40), not {id!r}"
            ).format(file=source_name, id=instrument_id)
        )
    texts = {field: require_field_text(data, field, source_name) for field in TEXT_FIELDS}
    every = data.get("default_every_days", 0)
    if not _is_int(every) or every < 0:
        raise ResourceError(
            translate("Measures", "{file}: 'default_every_days' must be a whole number of days, 0 or more").format(
                file=source_name
            )
        )
    shared = _options(data["options"], f"{source_name}, options") if "options" in data else None
    items = _items(data.get("item"), shared, source_name)
    ids = {item.id for item in items}
    subscales = _subscales(data.get("subscale", []), ids, source_name)
    instrument = Instrument(
        id=instrument_id,
        items=items,
        subscales=subscales,
        bands=(),
        default_every_days=every,
        source=source,
        **texts,
    )
    bands = _bands(data.get("band"), instrument.min_score, instrument.max_score, source_name)
    return replace(instrument, bands=bands)


def require_field_text(entry: dict, field: str, where: str) -> str:
    value = entry.get(field)
    if not isinstance(value, str) or not value.strip():
        raise ResourceError(
            translate("Measures", "{where}: '{field}' must be non-empty text").format(where=where, field=field)
        )
    return value.strip()


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _no_unknown(entry: dict, known: set[str], where: str) -> None:
    unknown = sorted(set(entry) - known)
    if unknown:
        raise ResourceError(
            translate("Measures", "{where}: unknown field '{field}' (known: {known})").format(
                where=where, field=unknown[0], known=", ".join(sorted(known))
            )
        )


def _options(raw: object, where: str) -> tuple[Option, ...]:
    if not isinstance(raw, list) or len(raw) < 2:
        raise ResourceError(
            translate("Measures", "{where}: 'options' must list at least two answers").format(where=where)
        )
    options = []
    for number, entry in enumerate(raw, start=1):
        place = f"{where} {number}"
        if not isinstance(entry, dict):
            raise ResourceError(
                translate("Measures", "{where}: must be a table with 'value' and 'label'").format(where=place)
            )
        _no_unknown(entry, OPTION_FIELDS, place)
        value = entry.get("value")
        if not _is_int(value):
            raise ResourceError(translate("Measures", "{where}: 'value' must be a whole number").format(where=place))
        options.append(Option(value, require_field_text(entry, "label", place)))
    values = [option.value for option in options]
    duplicate = next((value for value in values if values.count(value) > 1), None)
    if duplicate is not None:
        raise ResourceError(
            translate("Measures", "{where}: the value {value} is used by two answers").format(
                where=where, value=duplicate
            )
        )
    return tuple(options)


def _items(raw: object, shared: tuple[Option, ...] | None, source_name: str) -> tuple[Item, ...]:
    if not isinstance(raw, list) or not raw:
        raise ResourceError(translate("Measures", "{file}: needs at least one [[item]] table").format(file=source_name))
    items: list[Item] = []
    for number, entry in enumerate(raw, start=1):
        where = f"{source_name}, item {number}"
        if not isinstance(entry, dict):
            raise ResourceError(translate("Measures", "{where}: must be a table").format(where=where))
        item_id = require_field_text(entry, "id", where)
        where = f"{source_name}, item '{item_id}'"
        _no_unknown(entry, ITEM_FIELDS, where)
        if any(item.id == item_id for item in items):
            raise ResourceError(translate("Measures", "{where}: 'id' is used by two items").format(where=where))
        text = require_field_text(entry, "text", where)
        if "options" in entry:
            options = _options(entry["options"], f"{where}, options")
        elif shared is not None:
            options = shared
        else:
            raise ResourceError(
                translate("Measures", "{where}: 'options' is missing (and the file has no shared 'options')").format(
                    where=where
                )
            )
        flags = {}
        for flag, default in (("reverse", False), ("scored", True)):
            value = entry.get(flag, default)
            if not isinstance(value, bool):
                raise ResourceError(
                    translate("Measures", "{where}: '{field}' must be true or false").format(where=where, field=flag)
                )
            flags[flag] = value
        safety_at = entry.get("safety_at")
        if safety_at is not None and (not _is_int(safety_at) or safety_at not in [o.value for o in options]):
            values = ", ".join(str(option.value) for option in options)
            raise ResourceError(
                translate("Measures", "{where}: 'safety_at' must be one of the answer values ({values})").format(
                    where=where, values=values
                )
            )
        items.append(Item(item_id, text, options, flags["reverse"], flags["scored"], safety_at))
    if not any(item.scored for item in items):
        raise ResourceError(translate("Measures", "{file}: at least one item must be scored").format(file=source_name))
    return tuple(items)


def _subscales(raw: object, item_ids: set[str], source_name: str) -> tuple[Subscale, ...]:
    if not isinstance(raw, list):
        raise ResourceError(
            translate("Measures", "{file}: 'subscale' must be [[subscale]] tables").format(file=source_name)
        )
    subscales: list[Subscale] = []
    for number, entry in enumerate(raw, start=1):
        where = f"{source_name}, subscale {number}"
        if not isinstance(entry, dict):
            raise ResourceError(translate("Measures", "{where}: must be a table").format(where=where))
        sub_id = require_field_text(entry, "id", where)
        where = f"{source_name}, subscale '{sub_id}'"
        _no_unknown(entry, SUBSCALE_FIELDS, where)
        if any(sub.id == sub_id for sub in subscales):
            raise ResourceError(translate("Measures", "{where}: 'id' is used by two sub-scales").format(where=where))
        title = require_field_text(entry, "title", where)
        members = entry.get("items")
        if not isinstance(members, list) or not members or not all(isinstance(m, str) for m in members):
            raise ResourceError(
                translate("Measures", "{where}: 'items' must list item ids as text").format(where=where)
            )
        missing = [member for member in members if member not in item_ids]
        if missing:
            raise ResourceError(
                translate("Measures", "{where}: 'items' names '{item}', which is not an item of this file").format(
                    where=where, item=missing[0]
                )
            )
        subscales.append(Subscale(sub_id, title, tuple(members)))
    return tuple(subscales)


def _bands(raw: object, lowest: int, highest: int, source_name: str) -> tuple[Band, ...]:
    """Bands in order, touching end to end, from the lowest possible total to the highest."""
    if not isinstance(raw, list) or not raw:
        raise ResourceError(translate("Measures", "{file}: needs at least one [[band]] table").format(file=source_name))
    bands: list[Band] = []
    for number, entry in enumerate(raw, start=1):
        where = f"{source_name}, band {number}"
        if not isinstance(entry, dict):
            raise ResourceError(translate("Measures", "{where}: must be a table").format(where=where))
        _no_unknown(entry, BAND_FIELDS, where)
        for field in ("min", "max"):
            if not _is_int(entry.get(field)):
                raise ResourceError(
                    translate("Measures", "{where}: '{field}' must be a whole number").format(where=where, field=field)
                )
        label = require_field_text(entry, "label", where)
        words = entry.get("words", "")
        if not isinstance(words, str):
            raise ResourceError(
                translate("Measures", "{where} ('{label}'): 'words' must be text").format(where=where, label=label)
            )
        band = Band(entry["min"], entry["max"], label, words.strip())
        if band.min > band.max:
            raise ResourceError(
                translate("Measures", "{where} ('{label}'): 'min' ({low}) is above 'max' ({high})").format(
                    where=where, label=label, low=band.min, high=band.max
                )
            )
        expected = bands[-1].max + 1 if bands else lowest
        if band.min != expected:
            raise ResourceError(
                translate(
                    "Measures",
                    "{where} ('{label}'): 'min' must be {expected}, so the bands cover every total once (found {low})",
                ).format(where=where, label=label, expected=expected, low=band.min)
            )
        bands.append(band)
    if bands[-1].max != highest:
        raise ResourceError(
            translate(
                "Measures",
                "{file}, band {number} ('{label}'): 'max' must be {highest}, the highest possible total "
                "(found {found})",
            ).format(file=source_name, number=len(bands), label=bands[-1].label, highest=highest, found=bands[-1].max)
        )
    return tuple(bands)


def parse_instrument_text(text: str, source_name: str, source: str = SHIPPED_SOURCE) -> Instrument:
    return parse_instrument(parse_toml(text, source_name), source_name, source)


def shipped_instruments(language: str | None = None) -> list[Instrument]:
    """The instruments that come with the app, their words in ``language`` (default: the current one) where a
    ``<name>_<language>.toml`` beside them gives them; a bad shipped file is a bug, so it raises."""
    language = language or current_language()
    translations = tuple(f"_{each}.toml" for each in SUPPORTED if each != "en")
    paths = sorted((FOLDER / SHIPPED_FOLDER).glob("*.toml"))
    found = []
    for name in (path.name for path in paths if not path.name.endswith(translations)):
        data = parse_toml(read_text(f"{SHIPPED_FOLDER}/{name}"), name)
        instrument = parse_instrument(data, name)
        words = f"{name.removesuffix('.toml')}_{language}.toml"
        if language != "en" and (FOLDER / SHIPPED_FOLDER / words).exists():
            shared = tuple(option.label for option in _options(data["options"], name)) if "options" in data else ()
            instrument = in_words(instrument, shared, parse_toml(read_text(f"{SHIPPED_FOLDER}/{words}"), words), words)
        found.append(instrument)
    return found


WORDS_FIELDS = {*TEXT_FIELDS, "options", "item", "band"}


def in_words(instrument: Instrument, shared: tuple[str, ...], data: dict, source_name: str) -> Instrument:
    """``instrument`` in the words of a translation file (``phq9_es.toml``): its texts; ``options``, the labels of the
    file-wide answers (``shared``, same order); each ``[[item]]``'s ``text`` and own ``options`` by ``id``; the
    ``[[band]]`` labels and words in the same order. What it leaves out stays in English; ids, values, scores and bands
    cannot change. A translation that does not fit raises ``ResourceError`` naming the file, the item and the field."""
    _no_unknown(data, WORDS_FIELDS, source_name)
    texts = {field: require_field_text(data, field, source_name) for field in TEXT_FIELDS if field in data}
    item_ids = [item.id for item in instrument.items]
    by_id: dict[str, dict] = {}
    for number, entry in enumerate(_tables(data, "item", source_name), start=1):
        where = f"{source_name}, item {number}"
        item_id = require_field_text(entry, "id", where)
        _no_unknown(entry, {"id", "text", "options"}, f"{where} ('{item_id}')")
        if item_id not in item_ids or item_id in by_id:
            raise ResourceError(
                translate("Measures", "{where}: '{item}' is not an item of {id}, or appears twice").format(
                    where=where, item=item_id, id=instrument.id
                )
            )
        by_id[item_id] = entry
    items = []
    for item in instrument.items:
        entry, where = by_id.get(item.id, {}), f"{source_name}, item '{item.id}'"
        labels = tuple(option.label for option in item.options)
        given = entry.get("options", data.get("options") if shared and labels == shared else None)
        text = require_field_text(entry, "text", where) if "text" in entry else item.text
        items.append(replace(item, text=text, options=_relabelled(item.options, given, where)))
    bands = _tables(data, "band", source_name)
    if bands and len(bands) != len(instrument.bands):
        raise ResourceError(
            translate("Measures", "{file}: give all {count} bands of {id}, in order").format(
                file=source_name, count=len(instrument.bands), id=instrument.id
            )
        )
    for number, entry in enumerate(bands, start=1):
        _no_unknown(entry, {"label", "words"}, f"{source_name}, band {number}")
    translated = tuple(
        replace(
            band,
            label=require_field_text(entry, "label", f"{source_name}, band {number}"),
            words=require_field_text(entry, "words", f"{source_name}, band {number}")
            if "words" in entry
            else band.words,
        )
        for number, (band, entry) in enumerate(zip(instrument.bands, bands, strict=False), start=1)
    )
    return replace(instrument, items=tuple(items), bands=translated or instrument.bands, **texts)


def _tables(data: dict, name: str, source_name: str) -> list[dict]:
    tables = data.get(name, [])
    if not isinstance(tables, list) or not all(isinstance(each, dict) for each in tables):
        raise ResourceError(
            translate("Measures", "{file}: '{name}' must be [[{name}]] tables").format(file=source_name, name=name)
        )
    return tables


def _relabelled(options: tuple[Option, ...], labels: object, where: str) -> tuple[Option, ...]:
    if labels is None:
        return options
    if not isinstance(labels, list) or len(labels) != len(options):
        raise ResourceError(
            translate("Measures", "{where}: 'options' must be {count} answer labels, in the English order").format(
                where=where, count=len(options)
            )
        )
    if not all(isinstance(label, str) and label.strip() for label in labels):
        raise ResourceError(translate("Measures", "{where}: 'options' must be non-empty texts").format(where=where))
    return tuple(replace(option, label=label.strip()) for option, label in zip(options, labels, strict=True))


def in_current_words(results: Iterable[MeasureResult]) -> list[MeasureResult]:
    """Saved results as a person reads them now: a shipped questionnaire's name and band in the current language,
    whichever language they were saved in (the band kept as saved, found by its place among the bands). A result of
    another questionnaire, or a band the shipped file no longer has, is shown as saved."""
    versions = [{each.id: each for each in shipped_instruments(language)} for language in SUPPORTED]
    now = {each.id: each for each in shipped_instruments()}
    shown = []
    for result in results:
        current = now.get(result.measure_id)
        if current is None:
            shown.append(result)
            continue
        known = [version[result.measure_id] for version in versions if result.measure_id in version]
        titles = {text for each in known for text in (each.title, each.short_title)}
        places = [index for each in known for index, band in enumerate(each.bands) if band.label == result.band]
        band = current.bands[places[0]].label if places and places[0] < len(current.bands) else result.band
        title = current.short_title if result.title in titles else result.title
        shown.append(replace(result, band=band, title=title))
    return shown


@dataclass(frozen=True)
class Catalogue:
    """Every instrument the person can take, and the clinic files that could not be used (with why)."""

    instruments: tuple[Instrument, ...]
    problems: tuple[str, ...] = ()

    def get(self, instrument_id: str) -> Instrument | None:
        return next((each for each in self.instruments if each.id == instrument_id), None)


def source_words(source: str) -> str:
    """Where a questionnaire comes from, as shown: the shipped ones' words in the current language."""
    return translate("Measures", SHIPPED_SOURCE) if source == SHIPPED_SOURCE else source


def clinic_source(path: Path) -> str:
    return translate("Measures", "Added by your clinic ({file})").format(file=path.name)


def load_catalogue(clinic_folder: Path | None) -> Catalogue:
    """Shipped instruments plus any valid ``*.toml`` in ``clinic_folder``; a bad clinic file is skipped and named."""
    instruments = shipped_instruments()
    problems: list[str] = []
    if clinic_folder is not None and clinic_folder.is_dir():
        for path in sorted(clinic_folder.glob("*.toml")):
            try:
                text = path.read_text(encoding="utf-8")
                instrument = parse_instrument_text(text, path.name, clinic_source(path))
            except (OSError, UnicodeDecodeError) as error:
                problems.append(
                    translate("Measures", "{file}: could not be read ({error})").format(file=path.name, error=error)
                )
                continue
            except ResourceError as error:
                problems.append(str(error))
                continue
            if any(each.id == instrument.id for each in instruments):
                problems.append(
                    translate("Measures", "{file}: 'id' '{id}' is already used by another questionnaire").format(
                        file=path.name, id=instrument.id
                    )
                )
                continue
            instruments.append(instrument)
    return Catalogue(tuple(instruments), tuple(problems))


# --- schedule --------------------------------------------------------------------------------------------------------


def schedule(catalogue: Catalogue, setting: object) -> dict[str, int]:
    """How often (in days, 0 = not scheduled) the person takes each instrument: their choice, else the default."""
    chosen = setting if isinstance(setting, dict) else {}
    result = {}
    for instrument in catalogue.instruments:
        value = chosen.get(instrument.id, instrument.default_every_days)
        result[instrument.id] = value if _is_int(value) and value >= 0 else instrument.default_every_days
    return result


@dataclass(frozen=True)
class Due:
    instrument: Instrument
    last: date | None
    """The last day it was taken or skipped, if ever."""


def due(catalogue: Catalogue, every: Mapping[str, int], last_done: Mapping[str, date], today: date) -> list[Due]:
    """The scheduled instruments whose time has come: never done, or done (or skipped) ``every`` days ago or more."""
    found = []
    for instrument in catalogue.instruments:
        days = every.get(instrument.id, 0)
        if days <= 0:
            continue
        last = last_done.get(instrument.id)
        if last is None or today >= last + timedelta(days=days):
            found.append(Due(instrument, last))
    return found


FREQUENCIES = (
    (0, translatable("Measures", "Not scheduled")),
    (7, translatable("Measures", "Every week")),
    (14, translatable("Measures", "Every two weeks")),
    (30, translatable("Measures", "Every month")),
)


def frequency_label(days: int) -> str:
    """How often, in the current language: "Every week", "Every 10 days"."""
    known = dict(FREQUENCIES).get(days)
    if known is not None:
        return translate("Measures", known)
    return translate("Measures", "Every {days} days").format(days=days)
