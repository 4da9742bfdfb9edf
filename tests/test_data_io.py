"""Everything out, everything in: JSON and CSV exports import back into an empty folder row for row, and an import
that fails half-way leaves the journal exactly as it was."""

from __future__ import annotations

import json
import sqlite3
import stat
import tempfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recoveryjournal.domain.coping_models import CopingAction, CopingUse
from recoveryjournal.domain.data_import import DataDump, Found, ImportFileError
from recoveryjournal.domain.models import CheckIn, JournalEntry, Lapse, Substance, Trigger
from recoveryjournal.domain.plan_models import PlanSection, PlanVersion, SupportContact, WeeklyGoal
from recoveryjournal.domain.reflection_models import CustomPrompt, Reflection, ReflectionKind
from recoveryjournal.domain.session_models import SessionKind, TreatmentSession
from recoveryjournal.domain.text_hygiene import BIDI_CONTROLS
from recoveryjournal.export import data, transfer
from recoveryjournal.export.files import ExportError
from recoveryjournal.export.importers.base import Source
from recoveryjournal.opening import open_journal
from recoveryjournal.store import backup, data_io, schema

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=timezone(timedelta(hours=-5)))
# Any Unicode a person could type: everything but NUL and lone surrogates (which cannot be stored as text).
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)
# What survives the CSV export unchanged: no control characters (except line feed and tab) and no bidi controls.
CSV_TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="".join(BIDI_CONTROLS))
    | st.sampled_from("\n\t"),
    max_size=40,
)


def rows_by_table(folder: Path) -> dict[str, list[tuple]]:
    """Every row of every table, read with a fresh sqlite3 connection."""
    conn = sqlite3.connect(folder / "journal.sqlite3")
    try:
        tables = [
            name
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if not name.startswith("sqlite_") and "_fts" not in name
        ]
        return {table: conn.execute(f"SELECT * FROM [{table}] ORDER BY rowid").fetchall() for table in tables}
    finally:
        conn.close()


def moments() -> st.SearchStrategy[datetime]:
    offsets = st.sampled_from([timedelta(hours=hours) for hours in (-8, -5, 0, 1, 5.5, 9)])
    return st.builds(
        lambda when, offset: when.replace(tzinfo=timezone(offset)),
        st.datetimes(datetime(2015, 1, 1), datetime(2030, 1, 1)).map(lambda moment: moment.replace(microsecond=0)),
        offsets,
    )


def fill_randomly(store, draw, text) -> None:
    """Random records of every kind, written through the store as the app writes them, some moved to the trash."""
    maybe_level = st.none() | st.integers(1, 5)
    trigger_ids = [trigger.id for trigger in store.triggers.list()]
    for name in draw(st.lists(text.filter(lambda name: name.strip()), max_size=3, unique_by=str.casefold)):
        if store.triggers.by_name(name) is None:
            trigger_ids.append(store.triggers.add(Trigger(name, description=draw(text))))
    action_ids = [action.id for action in store.coping.actions()]
    action_ids.append(store.coping.add_action(CopingAction(draw(text) + " (own)", draw(text), custom=True)))
    links = st.lists(st.sampled_from(trigger_ids), max_size=3, unique=True)
    for _ in range(draw(st.integers(0, 4))):
        entry = JournalEntry(draw(moments()), draw(text), draw(text), draw(st.booleans()), draw(maybe_level))
        entry.trigger_ids = draw(links)
        store.journal.add(entry)
    for _ in range(draw(st.integers(0, 4))):
        checkin = CheckIn(draw(moments()), draw(maybe_level), ["anxious"], draw(st.none() | st.integers(0, 10)))
        checkin.trigger_ids, checkin.note, checkin.where = draw(links), draw(text), draw(text)
        if draw(st.booleans()):
            checkin.coping_action_id, checkin.craving_after = draw(st.sampled_from(action_ids)), 2
        store.checkins.add(checkin)
    for _ in range(draw(st.integers(0, 2))):
        store.coping.add_use(CopingUse(draw(st.sampled_from(action_ids)), draw(moments()), 6, 3, note=draw(text)))
        store.lapses.add(Lapse(draw(moments()), draw(text), draw(text), note=draw(text)))
        store.reflections.add(
            Reflection(
                draw(moments()),
                draw(st.sampled_from(list(ReflectionKind))),
                answer=draw(text),
                rating=draw(maybe_level),
                data={"answers": [draw(text)], "score": draw(st.integers(-5, 5))},
            )
        )
        store.sessions.add(
            TreatmentSession(draw(moments()), SessionKind.GROUP, draw(st.floats(0, 12, allow_nan=False)), draw(text))
        )
        store.plan.add_goal(WeeklyGoal(draw(st.dates(date(2020, 1, 1), date(2030, 1, 1))), draw(text)))
        store.plan.add_contact(SupportContact(draw(text), phone=draw(text)))
    for name in draw(st.lists(text.filter(str.strip), max_size=2, unique_by=str.casefold)):
        store.sobriety.add(Substance(name, draw(st.dates(date(2020, 1, 1), date(2026, 1, 1)))))
    store.plan.set_items(PlanSection.WARNING_SIGNS, draw(st.lists(text, max_size=3)))
    store.plan.set_action_ids(draw(st.lists(st.sampled_from(action_ids), max_size=2, unique=True)))
    store.plan.add_version(PlanVersion(draw(moments()), {"signs": [draw(text)]}, draw(text)))
    store.reflections.save_custom_prompt(CustomPrompt(f"own-{draw(st.integers(0, 99))}", draw(text), "own"))
    store.settings.set(draw(text), {"value": draw(text)})
    for table in draw(st.lists(st.sampled_from(["journal_entries", "checkins", "lapses", "reflections"]), max_size=3)):
        first = store.db.execute(f"SELECT id FROM [{table}] ORDER BY id LIMIT 1").fetchone()
        if first:
            data_io_trash(store, table, first[0])


def data_io_trash(store, table: str, record_id: int) -> None:
    {"journal_entries": store.journal.delete, "checkins": store.checkins.delete, "lapses": store.lapses.delete}.get(
        table, store.reflections.delete
    )(record_id)


def round_trip(draw, text, fmt: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source_dir, target_dir = Path(folder) / "source", Path(folder) / "target"
        exported = Path(folder) / f"all.{'json' if fmt == 'json' else 'zip'}"
        with open_journal(source_dir) as source:
            fill_randomly(source, draw, text)
            transfer.export_all(source, exported, fmt, NOW)
        with open_journal(target_dir) as target:
            transfer.apply(target, transfer.prepare(target, exported, fmt))
        assert rows_by_table(target_dir) == rows_by_table(source_dir)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.data())
def test_json_export_imports_into_an_empty_folder_losslessly(data_strategy):
    round_trip(data_strategy.draw, ANY_TEXT, "json")


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.data())
def test_csv_export_imports_into_an_empty_folder_row_for_row(data_strategy):
    round_trip(data_strategy.draw, CSV_TEXT, "csv")


def test_demo_journal_round_trips_through_json_and_csv(demo_dir, tmp_path):
    with open_journal(demo_dir) as demo:
        transfer.export_all(demo, tmp_path / "all.json", "json", NOW)
        transfer.export_all(demo, tmp_path / "all.zip", "csv", NOW)
    for fmt, name in (("json", "all.json"), ("csv", "all.zip")):
        with open_journal(tmp_path / fmt) as target:
            transfer.apply(target, transfer.prepare(target, tmp_path / name, fmt))
            assert target.search.__class__  # the store is usable after the import
        assert rows_by_table(tmp_path / fmt) == rows_by_table(demo_dir)


def test_imported_entries_are_found_by_search(store, tmp_path):
    store.journal.add(JournalEntry(NOW, "Quiet evening", "Walked by the river after group"))
    transfer.export_all(store, tmp_path / "all.json", "json", NOW)
    with open_journal(tmp_path / "other") as target:
        transfer.apply(target, transfer.prepare(target, tmp_path / "all.json", "json"))
        found = target.db.execute(
            "SELECT rowid FROM journal_entries_fts WHERE journal_entries_fts MATCH 'river'"
        ).fetchall()
    assert len(found) == 1


def test_json_export_import_export_gives_the_same_file_with_one_record_a_line(demo_dir, tmp_path):
    with open_journal(demo_dir) as demo:
        first = transfer.export_all(demo, tmp_path / "first.json", "json", NOW)
        records = sum(data_io.dump(demo, NOW, "").counts().values())
    with open_journal(tmp_path / "copy") as copy:
        transfer.apply(copy, transfer.prepare(copy, first, "json"))
        second = transfer.export_all(copy, tmp_path / "second.json", "json", NOW)
    assert second.read_bytes() == first.read_bytes()
    lines = [line.removesuffix(",") for line in first.read_text(encoding="utf-8").splitlines()]
    assert sum(isinstance(json.loads(line), dict) for line in lines if line.startswith("   {")) == records > 1000


def search_index_is_whole(store) -> bool:
    """Both full-text indexes hold exactly what their tables hold (FTS5's own check raises otherwise)."""
    for index in ("journal_entries_fts", "reflections_fts"):
        store.db.execute(f"INSERT INTO {index} ({index}, rank) VALUES ('integrity-check', 1)")
    return True


def found(store, words: str) -> list[tuple[str, int]]:
    return sorted((hit.kind.value, hit.record_id) for hit in store.search.search(words))


def test_a_replacing_import_leaves_search_finding_exactly_the_new_records_and_keeps_it_up_to_date(store, tmp_path):
    store.journal.add(JournalEntry(NOW, "Heron", "saw a heron by the reservoir"))
    store.reflections.add(Reflection(NOW, ReflectionKind.DAILY, answer="the heron again"))
    with open_journal(tmp_path / "other") as other:
        other.journal.add(JournalEntry(NOW, "River", "walked by the river after group"))
        other.reflections.add(Reflection(NOW, ReflectionKind.DAILY, answer="river light"))
        transfer.export_all(other, tmp_path / "all.json", "json", NOW)
    triggers = store.db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall()
    transfer.apply(store, transfer.prepare(store, tmp_path / "all.json", "json"))
    assert found(store, "heron") == []
    assert len(found(store, "river")) == 2
    assert store.db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall() == (
        triggers
    )
    added = store.journal.add(JournalEntry(NOW, "Kestrel", "a kestrel over the field"))
    store.journal.save_text(added, "Kestrel", "a kestrel, then an owl")
    assert found(store, "owl") == [("entry", added)]
    assert search_index_is_whole(store)


def test_a_failed_replacing_import_keeps_search_and_its_triggers(store, tmp_path):
    heron = store.journal.add(JournalEntry(NOW, "Heron", "saw a heron by the reservoir"))
    triggers = store.db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall()

    def orphan_link(document):
        document["tables"]["journal_entries"][0]["body"] = "a different body"
        document["tables"]["entry_triggers"].append({"entry_id": 1, "trigger_id": 999_999})

    with pytest.raises(ImportFileError, match="do not fit together"):
        transfer.apply(store, transfer.prepare(store, edited_export(store, tmp_path, orphan_link), "json"))
    assert store.db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall() == (
        triggers
    )
    assert found(store, "heron") == [("entry", heron)]
    assert found(store, "different") == []
    owl = store.journal.add(JournalEntry(NOW, "Owl", "an owl at dusk"))
    assert found(store, "owl") == [("entry", owl)]
    assert search_index_is_whole(store)


def test_json_values_that_need_a_closer_look_are_cleaned_and_converted_as_one_by_one(store, tmp_path):
    store.journal.add(JournalEntry(NOW, "Mine", "stays"))
    store.sessions.add(TreatmentSession(NOW, SessionKind.GROUP, 1.5, "group"))

    def change(document):
        document["tables"]["journal_entries"][0]["body"] = "a\x00b\ud800c"
        document["tables"]["treatment_sessions"][0]["hours"] = 2

    dump = transfer.prepare(store, edited_export(store, tmp_path, change), "json")
    assert dump.tables["journal_entries"][0]["body"] == "abc"
    assert list(dump.tables["journal_entries"][0]) == [
        column.name for column in data_io.table_spec(store)["journal_entries"]
    ]
    hours = dump.tables["treatment_sessions"][0]["hours"]
    assert hours == 2.0 and isinstance(hours, float)


def test_json_export_has_the_versions_and_every_kind_of_record(demo_store, tmp_path):
    transfer.export_all(demo_store, tmp_path / "all.json", "json", NOW)
    document = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert document["format"] == "recoveryjournal-export"
    assert document["format_version"] == 1
    assert document["schema_version"] == schema.SCHEMA_VERSION
    assert document["app_version"]
    assert document["exported_at"] == "2026-03-14T09:30:00-05:00"
    for table in (
        "checkin_triggers",
        "entry_triggers",
        "coping_uses",
        "plan_items",
        "plan_actions",
        "plan_versions",
        "weekly_goals",
        "support_contacts",
        "reflections",
        "custom_prompts",
        "treatment_sessions",
        "settings",
        "substances",
    ):
        assert table in document["tables"]
    assert "deleted_at" in document["tables"]["journal_entries"][0]


def test_export_files_are_private_and_never_replaced_without_force(store, tmp_path):
    target = transfer.export_all(store, tmp_path / "all.json", "json", NOW)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    before = target.read_bytes()
    with pytest.raises(ExportError, match="already exists"):
        transfer.export_all(store, target, "csv", NOW)
    assert target.read_bytes() == before
    transfer.export_all(store, target, "csv", NOW, overwrite=True)
    assert target.read_bytes()[:2] == b"PK"


def test_json_keeps_deceptive_characters_but_only_as_escapes(store, tmp_path):
    body = "pay back \u202e0001\u202c today\x85"
    store.journal.add(JournalEntry(NOW, "", body))
    target = transfer.export_all(store, tmp_path / "all.json", "json", NOW)
    raw = target.read_text(encoding="utf-8")
    assert not any(character in raw for character in (*BIDI_CONTROLS, "\x85"))
    assert "\\u202e" in raw
    assert body in [row["body"] for row in json.loads(raw)["tables"]["journal_entries"]]


def test_csv_export_neutralises_deceptive_characters(store, tmp_path):
    store.journal.add(JournalEntry(NOW, "", "pay back \u202e0001\u202c today\x07"))
    target = transfer.export_all(store, tmp_path / "all.zip", "csv", NOW)
    entries = data.zip_members_of(Source.of_bytes(target.read_bytes()))["journal_entries.csv"].decode("utf-8")
    assert "pay back 0001 today" in entries
    assert not any(character in entries for character in (*BIDI_CONTROLS, "\x07"))


def test_import_into_a_journal_with_records_backs_it_up_first_and_replaces_it(store, tmp_path):
    with open_journal(tmp_path / "other") as other:
        other.journal.add(JournalEntry(NOW, "From the export", "kept"))
        transfer.export_all(other, tmp_path / "all.json", "json", NOW)
    store.journal.add(JournalEntry(NOW, "Already here", "mine"))
    taken = transfer.apply(store, transfer.prepare(store, tmp_path / "all.json", "json"))
    assert taken is not None and "before-import" in taken.name
    assert [entry.title for entry in store.journal.recent()] == ["From the export"]
    info = backup.describe(taken, None)
    assert info.ok and info.counts["journal_entries"] == 1
    conn = sqlite3.connect(taken)
    assert conn.execute("SELECT title FROM journal_entries").fetchall() == [("Already here",)]
    conn.close()


def test_new_journal_is_not_backed_up_before_import(store, tmp_path):
    transfer.export_all(store, tmp_path / "all.json", "json", NOW)
    assert transfer.apply(store, transfer.prepare(store, tmp_path / "all.json", "json")) is None
    assert backup.backup_files(store.folder) == []


def edited_export(store, tmp_path: Path, change) -> Path:
    transfer.export_all(store, tmp_path / "all.json", "json", NOW)
    document = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    change(document)
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda document: document.update(format="something-else"), "not a Recovery Journal export"),
        (lambda document: document.update(format_version=99), "newer format"),
        (lambda document: document.update(schema_version=99), "journal format 99"),
        (lambda document: document["tables"].update(mystery=[]), "tables this version does not know: mystery"),
        (lambda document: document["tables"].pop("lapses"), "“lapses” is missing"),
        (lambda document: document["tables"]["triggers"][0].pop("kind"), "triggers, row 1: .*missing kind"),
        (lambda document: document["tables"]["triggers"][0].update(extra=1), "unknown fields extra"),
        (lambda document: document["tables"]["triggers"][0].update(archived=True), "“archived” should be a whole"),
        (lambda document: document["tables"]["triggers"][0].update(name=None), "“name” must have a value"),
        (lambda document: document["tables"]["triggers"][1].update(name=7), "triggers, row 2: “name” should be text"),
        (lambda document: document["tables"]["triggers"].insert(2, [1, "x"]), "triggers, row 3: .*named fields"),
    ],
)
def test_broken_json_exports_are_refused_before_anything_is_written(store, tmp_path, change, message):
    store.journal.add(JournalEntry(NOW, "Mine", "stays"))
    before = rows_by_table(store.folder)
    with pytest.raises(ImportFileError, match=message):
        transfer.prepare(store, edited_export(store, tmp_path, change), "json")
    assert rows_by_table(store.folder) == before


def test_records_that_do_not_fit_together_roll_the_whole_import_back(store, tmp_path):
    store.journal.add(JournalEntry(NOW, "Mine", "stays"))

    def orphan_link(document):
        document["tables"]["entry_triggers"].append({"entry_id": 1, "trigger_id": 999_999})

    prepared = transfer.prepare(store, edited_export(store, tmp_path, orphan_link), "json")
    before = rows_by_table(store.folder)
    with pytest.raises(ImportFileError, match="do not fit together"):
        transfer.apply(store, prepared)
    assert rows_by_table(store.folder) == before


def test_an_import_plan_that_fails_half_way_adds_nothing(store):
    before = rows_by_table(store.folder)
    records = [
        JournalEntry(NOW, "one", "first"),
        JournalEntry(NOW, "two", "second"),
        CheckIn(NOW, 3, trigger_ids=[999_999]),
    ]
    with pytest.raises(sqlite3.IntegrityError):
        data_io.add_records(store, "test", [Found(f"line {number}", record) for number, record in enumerate(records)])
    assert rows_by_table(store.folder) == before


def test_csv_export_with_a_bad_cell_names_file_and_line(store, tmp_path):
    store.journal.add(JournalEntry(NOW, "Mine", "stays"))
    transfer.export_all(store, tmp_path / "all.zip", "csv", NOW)
    members = data.zip_members_of(Source.of_bytes((tmp_path / "all.zip").read_bytes()))
    members["journal_entries.csv"] = members["journal_entries.csv"].replace(b",0,,entry,", b",maybe,,entry,")
    with pytest.raises(ImportFileError) as caught:
        data.parse_csv(members, data_io.table_spec(store), schema.SCHEMA_VERSION)
    assert caught.value.problem.where == "journal_entries.csv, line 2"
    assert "“private” should be a whole number" in caught.value.problem.message


def test_csv_export_unpacked_into_a_folder_imports_too(store, tmp_path):
    store.journal.add(JournalEntry(NOW, "Unpacked", "from a folder"))
    transfer.export_all(store, tmp_path / "all.zip", "csv", NOW)
    unpacked = tmp_path / "unpacked"
    unpacked.mkdir()
    for name, content in data.zip_members_of(Source.of_bytes((tmp_path / "all.zip").read_bytes())).items():
        (unpacked / name).write_bytes(content)
    with open_journal(tmp_path / "other") as target:
        transfer.apply(target, transfer.prepare(target, unpacked, "csv"))
        assert [entry.title for entry in target.journal.recent()] == ["Unpacked"]


def test_truncated_csv_zip_is_refused(store, tmp_path):
    transfer.export_all(store, tmp_path / "all.zip", "csv", NOW)
    cut = tmp_path / "cut.zip"
    cut.write_bytes((tmp_path / "all.zip").read_bytes()[:300])
    with pytest.raises(ImportFileError, match="damaged or incomplete"):
        transfer.prepare(store, cut, "csv")


def test_dump_counts_and_describe(demo_store):
    dump = data_io.dump(demo_store, NOW, "1.0")
    assert isinstance(dump, DataDump)
    assert (
        dump.counts()["journal_entries"] == demo_store.db.execute("SELECT COUNT(*) FROM journal_entries").fetchone()[0]
    )
    assert "replaces everything in this journal" in transfer.describe(dump)


FORMULAS = ['=HYPERLINK("http://example.invalid","open me")', "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "\tindented"]


def test_csv_export_shows_formulas_as_text_and_imports_them_back_exactly(store, tmp_path):
    names = [*FORMULAS, "'already quoted", "Plain name"]
    for name in names:
        store.triggers.add(Trigger(name, description="=1+1"))
    zipped = transfer.export_all(store, tmp_path / "all.zip", "csv", NOW)
    table = data.zip_members_of(Source.of_bytes(zipped.read_bytes()))["triggers.csv"].decode()
    written = {row.cells["name"]: row.cells["description"] for row in data.read_csv(table)[1]}
    for name in [*FORMULAS, "'already quoted"]:
        assert written[f"'{name}"] == "'=1+1"
    assert written["Plain name"] == "'=1+1"
    exact = json.loads(transfer.export_all(store, tmp_path / "all.json", "json", NOW).read_text(encoding="utf-8"))
    assert set(names) <= {row["name"] for row in exact["tables"]["triggers"]}
    with open_journal(tmp_path / "back") as target:
        transfer.apply(target, transfer.prepare(target, zipped, "csv"))
        assert rows_by_table(target.folder) == rows_by_table(store.folder)
        assert {trigger.name for trigger in target.triggers.list()} >= set(names)


def test_csv_export_from_before_the_prefix_keeps_a_leading_quote(store, tmp_path):
    store.triggers.add(Trigger("'tis the season"))
    zipped = transfer.export_all(store, tmp_path / "all.zip", "csv", NOW)
    members = data.zip_members_of(Source.of_bytes(zipped.read_bytes()))
    manifest = json.loads(members[data.MANIFEST])
    del manifest["text_prefix"]
    members[data.MANIFEST] = json.dumps(manifest).encode()
    members["triggers.csv"] = members["triggers.csv"].replace(b"''tis", b"'tis")
    dump = data.parse_csv(members, data_io.table_spec(store), schema.SCHEMA_VERSION)
    assert "'tis the season" in [row["name"] for row in dump.tables["triggers"]]
