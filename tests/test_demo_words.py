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
    assert Story.load("es").words == Story.load("en").words == tomllib.loads(ENGLISH.read_text(encoding="utf-8"))


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
