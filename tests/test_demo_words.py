"""The sample journal's words live in resources/demo/<language>.toml and demo.py only builds the story from them: what
a person reads in the demo comes from the file, a language without its own file falls back to English, and a file
beside it would be used (so a Spanish one can be added without touching the code)."""

from __future__ import annotations

import shutil
import tomllib
from datetime import date, datetime

from recoveryjournal.resources import FOLDER

from recoveryjournal import demo
from recoveryjournal.demo import Story, write_demo
from recoveryjournal.store.store import Store

ENGLISH = FOLDER / "demo" / "en.toml"
SPANISH = FOLDER / "demo" / "es.toml"
EVER = (datetime(2000, 1, 1).astimezone(), datetime(2100, 1, 1).astimezone())


def all_text(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in all_text(item)]
    if isinstance(value, list):
        return [text for item in value for text in all_text(item)]
    return []


def test_what_the_demo_journal_says_comes_from_the_words_file(demo_store):
    words = tomllib.loads(ENGLISH.read_text(encoding="utf-8"))
    written = set(all_text(words))
    entries = demo_store.journal.recent(1000)
    assert len(entries) > 30
    assert {entry.body for entry in entries} <= written
    daily = {r.answer for r in demo_store.reflections.between(*EVER) if r.prompt_id == "daily"}
    assert daily and daily <= written
    assert {contact.name for contact in demo_store.plan.contacts()} == {c["name"] for c in words["plan"]["contacts"]}


def test_the_code_holds_no_sample_prose():
    source = (FOLDER.parent / "recoveryjournal" / "demo.py").read_text(encoding="utf-8")
    for body in [entry["body"] for entry in tomllib.loads(ENGLISH.read_text(encoding="utf-8"))["early_entries"]]:
        assert body[:40] not in source
    assert len(source.splitlines()) < 700


def test_a_language_without_its_own_file_tells_the_english_story():
    assert Story.load("fr").words == Story.load("en").words == tomllib.loads(ENGLISH.read_text(encoding="utf-8"))
    assert Story.load("fr").language == "en"


def test_a_words_file_beside_the_english_one_is_used(tmp_path, monkeypatch):
    folder = tmp_path / "resources"
    shutil.copytree(FOLDER / "demo", folder / "demo")
    english = (folder / "demo" / "en.toml").read_text(encoding="utf-8")
    (folder / "demo" / "es.toml").write_text(english.replace('main = "Alcohol"', 'main = "Alcohol (es)"'), "utf-8")
    monkeypatch.setattr(demo, "FOLDER", folder)
    write_demo(tmp_path / "data", today=date(2026, 6, 1), language="es")
    store = Store.open(tmp_path / "data")
    try:
        assert "Alcohol (es)" in {substance.name for substance in store.sobriety.all()}
    finally:
        store.close()


def shape(value, key: str = ""):
    """A words file with its texts blanked: its keys, list lengths, and every value that is not prose (ids, catalogue
    names, days, moods, weekdays, privacy), which a translation keeps."""
    if isinstance(value, dict):
        keep = key in {"tools", "own_triggers", "names"}  # keyed by catalogue names: the keys stay, the words change
        return {name: shape(item, name) for name, item in value.items()} | ({"@keys": sorted(value)} if keep else {})
    if isinstance(value, list):
        return [shape(item, key) for item in value]
    if isinstance(value, str) and key not in {"id", "weekday", "triggers", "phone"}:
        return "text"
    return value


def prose(value, key: str = "") -> set[str]:
    """The words a person reads in a words file (not ids, catalogue names, weekdays or phone numbers)."""
    if isinstance(value, dict):
        return {text for name, item in value.items() for text in prose(item, name)}
    if isinstance(value, list):
        return {text for item in value for text in prose(item, key)}
    return {value} if isinstance(value, str) and key not in {"id", "weekday", "triggers", "phone"} else set()


def test_the_spanish_words_file_tells_the_same_story():
    english = tomllib.loads(ENGLISH.read_text(encoding="utf-8"))
    spanish = tomllib.loads(SPANISH.read_text(encoding="utf-8"))
    assert shape(spanish) == shape(english)
    same = {text for text in prose(spanish) & prose(english) if len(text) > 12}
    assert same == set(), "left in English"


def journal_facts(store: Store) -> dict:
    reflections = store.reflections.between(*EVER)
    return {
        "entries": sorted(
            (e.created_at, e.kind, e.private, e.mood, len(e.trigger_ids)) for e in store.journal.recent(1000)
        ),
        "checkins": len(store.checkins.between(*EVER)),
        "reflections": sorted((r.at, r.kind, r.prompt_id) for r in reflections),
        "triggers": len(store.triggers.list()),
        "coping": sorted((a.category, a.favourite, a.custom) for a in store.coping.actions()),
        "contacts": [c.phone for c in store.plan.contacts()],
        "substances": len(store.sobriety.all()),
    }


def test_the_demo_built_in_spanish_tells_the_english_story_in_spanish(demo_store, tmp_path):
    """Same seed, same day: the Spanish journal holds the same records at the same times as the English one, its
    words come from es.toml, and its triggers and tools carry the Spanish catalogue's names (none added in English)."""
    today = date.today()
    write_demo(tmp_path / "es", today=today, language="es")
    write_demo(tmp_path / "en", today=today, language="en")
    spanish_words = set(all_text(tomllib.loads(SPANISH.read_text(encoding="utf-8"))))
    english_store, spanish_store = Store.open(tmp_path / "en"), Store.open(tmp_path / "es")
    try:
        assert journal_facts(spanish_store) == journal_facts(english_store)
        bodies = {entry.body for entry in spanish_store.journal.recent(1000)}
        assert len(bodies) > 30 and bodies <= spanish_words
        assert "Primer día" in {entry.title for entry in spanish_store.journal.recent(1000)}
        daily = {r.answer for r in spanish_store.reflections.between(*EVER) if r.prompt_id == "daily"}
        assert daily and daily <= spanish_words
        trigger_names = {trigger.name for trigger in spanish_store.triggers.list()}
        assert {"Presión en el trabajo", "Viernes por la tarde", "Ver el partido en la tele"} <= trigger_names
        assert not trigger_names & {"Work pressure", "Friday evening", "Anxiety", "Watching the game on TV"}
        tools = {action.name for action in spanish_store.coping.actions()}
        assert {"Salir a caminar", "Tocar la guitarra"} <= tools and not tools & {"Go for a walk", "Play guitar"}
    finally:
        english_store.close()
        spanish_store.close()


def test_the_demo_made_on_a_spanish_computer_is_in_spanish(tmp_path, monkeypatch):
    """``recoveryjournal demo-data`` (and ``--demo``, which writes the same way) on a computer set to Spanish."""
    from recoveryjournal import cli, i18n

    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    try:
        assert cli.main(["demo-data", str(tmp_path / "data")]) == 0
    finally:
        i18n.set_language("en")
    store = Store.open(tmp_path / "data")
    try:
        assert "Primer día" in {entry.title for entry in store.journal.recent(1000)}
    finally:
        store.close()
