"""Schema v1 from an empty file, re-opening at the current version, and the pre-migration copy."""

from __future__ import annotations

import sqlite3

import pytest

from recoveryjournal import paths
from recoveryjournal.store import schema
from recoveryjournal.store.store import Store

EXPECTED_TABLES = {
    "import_fingerprints": {"id", "source", "at", "fingerprint", "record_table", "record_id"},
    "triggers": {"id", "name", "kind", "description", "archived", "created_at", "deleted_at"},
    "checkins": {
        "id",
        "at",
        "mood",
        "emotions",
        "craving",
        "substance",
        "place",
        "with_whom",
        "what_happening",
        "note",
        "created_at",
        "updated_at",
        "deleted_at",
    },
    "checkin_triggers": {"checkin_id", "trigger_id"},
    "journal_entries": {"id", "created_at", "updated_at", "title", "body", "private", "mood", "kind", "deleted_at"},
    "entry_triggers": {"entry_id", "trigger_id"},
    "coping_actions": {"id", "name", "category", "description", "favourite", "custom", "archived", "deleted_at"},
    "coping_uses": {"id", "action_id", "at", "craving_before", "craving_after", "checkin_id", "note", "deleted_at"},
    "lapses": {"id", "at", "substance", "amount", "context", "what_helped", "note", "deleted_at"},
    "substances": {"id", "name", "sober_since", "tracked_since", "tracked", "deleted_at"},
    "plan_items": {"id", "section", "text", "position", "deleted_at"},
    "plan_actions": {"id", "coping_action_id", "position"},
    "weekly_goals": {"id", "week_start", "text", "done", "carried_from_id", "deleted_at"},
    "support_contacts": {"id", "name", "relation", "phone", "when_to_call", "position", "deleted_at"},
    "plan_versions": {"id", "reviewed_at", "snapshot", "changes"},
    "reflections": {
        "id",
        "at",
        "kind",
        "prompt_id",
        "prompt_text",
        "reason",
        "answer",
        "rating",
        "data",
        "deleted_at",
    },
    "custom_prompts": {"id", "prompt_id", "text", "category", "signals", "cooldown_days", "follow_ups", "source"},
    "treatment_sessions": {"id", "at", "kind", "hours", "title", "note", "deleted_at"},
    "settings": {"key", "value"},
    "measure_results": {
        "id",
        "measure_id",
        "title",
        "source",
        "at",
        "answers",
        "total",
        "band",
        "subscales",
        "safety_items",
        "deleted_at",
    },
    "measure_skips": {"id", "measure_id", "at"},
    "sleep_logs": {"day", "hours", "quality", "updated_at"},
    "medications": {"id", "name", "dose", "schedule", "moud", "active", "position", "deleted_at"},
    "medication_doses": {"medication_id", "day", "status"},
    "finding_marks": {"key", "verdict", "headline", "detail", "marked_at"},
    "drafts": {"key", "kind", "label", "record_id", "fields", "updated_at"},
}


def test_empty_file_migrates_to_the_expected_schema(tmp_path):
    with Store.open(tmp_path / "data") as store:
        assert schema.current_version(store.db) == schema.SCHEMA_VERSION
        for table, columns in EXPECTED_TABLES.items():
            assert set(store.db[table].columns_dict) == columns, table
        assert store.db["journal_entries"].detect_fts() == "journal_entries_fts"
        assert store.db["reflections"].detect_fts() == "reflections_fts"
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_reopening_at_the_current_version_changes_nothing(tmp_path):
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        store.settings.set("marker", "kept")
        tables = set(store.db.table_names())
    with Store.open(folder) as store:
        assert schema.migrate(store.db) == 0
        assert set(store.db.table_names()) == tables
        assert store.settings.get("marker") == "kept"
    assert not paths.backups_dir(folder).exists()


def test_an_older_file_is_copied_before_it_is_migrated(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    shipped = schema.SCHEMA_VERSION
    with Store.open(folder) as store:
        store.settings.set("marker", f"from v{shipped}")

    def m_next_add_column(db):
        db["settings"].add_column("note", str)

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, m_next_add_column])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", shipped + 1)
    with Store.open(folder) as store:
        assert schema.current_version(store.db) == shipped + 1
        assert "note" in store.db["settings"].columns_dict
    copies = list(paths.backups_dir(folder).glob(f"*before-migration-from-v{shipped}*"))
    assert len(copies) == 1
    old = sqlite3.connect(copies[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == shipped
    assert old.execute("SELECT value FROM settings WHERE key = 'marker'").fetchone()[0] == f'"from v{shipped}"'
    old.close()


def test_a_failing_migration_leaves_the_old_schema(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    Store.open(folder).close()

    shipped = schema.SCHEMA_VERSION

    def m_next_broken(db):
        db["settings"].add_column("half_done", str)
        raise RuntimeError("power cut")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, m_next_broken])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", shipped + 1)
    with pytest.raises(RuntimeError, match="power cut"):
        Store.open(folder)
    conn = sqlite3.connect(paths.database_path(folder))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == shipped
    assert "half_done" not in [row[1] for row in conn.execute("PRAGMA table_info(settings)")]
    conn.close()
