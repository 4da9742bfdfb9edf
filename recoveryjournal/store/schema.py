"""Tables and numbered migrations, keyed on ``PRAGMA user_version``.

Each migration runs in one transaction together with the version bump, so a crash leaves either the old or the new
schema, never half of one. Add a migration by appending a function to ``MIGRATIONS``; never edit a shipped one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

SOFT_DELETE = {"deleted_at": str}
# Full-text search: accents folded (cafe finds café), and marks and symbols kept inside words so Devanagari vowel
# signs stay in their word and emoji can be searched.
FTS_TOKENIZE = "unicode61 remove_diacritics 2 categories 'L* N* Co M* So'"


def m001_initial(db: Database) -> None:
    db["triggers"].create(
        {"id": int, "name": str, "kind": str, "description": str, "archived": int, "created_at": str, **SOFT_DELETE},
        pk="id",
        not_null={"name", "kind"},
        defaults={"description": "", "archived": 0},
    )
    db["triggers"].create_index(["name"], unique=True)

    db["checkins"].create(
        {
            "id": int,
            "at": str,
            "mood": int,
            "emotions": str,
            "craving": int,
            "substance": str,
            "place": str,
            "with_whom": str,
            "what_happening": str,
            "note": str,
            "created_at": str,
            "updated_at": str,
            **SOFT_DELETE,
        },
        pk="id",
        not_null={"at"},
        defaults={"emotions": "[]", "substance": "", "place": "", "with_whom": "", "what_happening": "", "note": ""},
    )
    db["checkins"].create_index(["at"])
    db["checkin_triggers"].create(
        {"checkin_id": int, "trigger_id": int},
        pk=("checkin_id", "trigger_id"),
        foreign_keys=[("checkin_id", "checkins", "id"), ("trigger_id", "triggers", "id")],
    )
    db["checkin_triggers"].create_index(["trigger_id"])

    db["journal_entries"].create(
        {
            "id": int,
            "created_at": str,
            "updated_at": str,
            "title": str,
            "body": str,
            "private": int,
            "mood": int,
            "kind": str,
            **SOFT_DELETE,
        },
        pk="id",
        not_null={"created_at", "title", "body", "kind"},
        defaults={"title": "", "body": "", "private": 0, "kind": "entry"},
    )
    db["journal_entries"].create_index(["created_at"])
    db["journal_entries"].enable_fts(["title", "body"], create_triggers=True, tokenize=FTS_TOKENIZE)
    db["entry_triggers"].create(
        {"entry_id": int, "trigger_id": int},
        pk=("entry_id", "trigger_id"),
        foreign_keys=[("entry_id", "journal_entries", "id"), ("trigger_id", "triggers", "id")],
    )
    db["entry_triggers"].create_index(["trigger_id"])

    db["coping_actions"].create(
        {
            "id": int,
            "name": str,
            "category": str,
            "description": str,
            "favourite": int,
            "custom": int,
            "archived": int,
            **SOFT_DELETE,
        },
        pk="id",
        not_null={"name"},
        defaults={"category": "", "description": "", "favourite": 0, "custom": 0, "archived": 0},
    )
    db["coping_actions"].create_index(["name"], unique=True)
    db["coping_uses"].create(
        {
            "id": int,
            "action_id": int,
            "at": str,
            "craving_before": int,
            "craving_after": int,
            "checkin_id": int,
            "note": str,
            **SOFT_DELETE,
        },
        pk="id",
        not_null={"action_id", "at"},
        defaults={"note": ""},
        foreign_keys=[("action_id", "coping_actions", "id"), ("checkin_id", "checkins", "id")],
    )
    db["coping_uses"].create_index(["at"])
    db["coping_uses"].create_index(["checkin_id"])

    db["lapses"].create(
        {
            "id": int,
            "at": str,
            "substance": str,
            "amount": str,
            "context": str,
            "what_helped": str,
            "note": str,
            **SOFT_DELETE,
        },
        pk="id",
        not_null={"at", "substance"},
        defaults={"amount": "", "context": "", "what_helped": "", "note": ""},
    )
    db["lapses"].create_index(["at"])
    db["substances"].create(
        {"id": int, "name": str, "sober_since": str, "tracked": int, "tracked_since": str, **SOFT_DELETE},
        pk="id",
        not_null={"name", "sober_since"},
        defaults={"tracked": 1},
    )
    db["substances"].create_index(["name"], unique=True)

    db["plan_items"].create(
        {"id": int, "section": str, "text": str, "position": int, **SOFT_DELETE},
        pk="id",
        not_null={"section", "text"},
        defaults={"position": 0},
    )
    db["plan_actions"].create(
        {"id": int, "coping_action_id": int, "position": int},
        pk="id",
        not_null={"coping_action_id"},
        defaults={"position": 0},
        foreign_keys=[("coping_action_id", "coping_actions", "id")],
    )
    db["weekly_goals"].create(
        {"id": int, "week_start": str, "text": str, "done": int, "carried_from_id": int, **SOFT_DELETE},
        pk="id",
        not_null={"week_start", "text"},
        defaults={"done": 0},
        foreign_keys=[("carried_from_id", "weekly_goals", "id")],
    )
    db["weekly_goals"].create_index(["week_start"])
    db["support_contacts"].create(
        {
            "id": int,
            "name": str,
            "relation": str,
            "phone": str,
            "when_to_call": str,
            "position": int,
            **SOFT_DELETE,
        },
        pk="id",
        not_null={"name"},
        defaults={"relation": "", "phone": "", "when_to_call": "", "position": 0},
    )
    db["plan_versions"].create(
        {"id": int, "reviewed_at": str, "snapshot": str, "changes": str},
        pk="id",
        not_null={"reviewed_at", "snapshot"},
        defaults={"changes": ""},
    )

    db["reflections"].create(
        {
            "id": int,
            "at": str,
            "kind": str,
            "prompt_id": str,
            "prompt_text": str,
            "reason": str,
            "answer": str,
            "rating": int,
            "data": str,
            **SOFT_DELETE,
        },
        pk="id",
        not_null={"at", "kind"},
        defaults={"prompt_id": "", "prompt_text": "", "reason": "", "answer": "", "data": "{}"},
    )
    db["reflections"].create_index(["at"])
    db["reflections"].enable_fts(["prompt_text", "answer"], create_triggers=True, tokenize=FTS_TOKENIZE)
    db["custom_prompts"].create(
        {
            "id": int,
            "prompt_id": str,
            "text": str,
            "category": str,
            "signals": str,
            "cooldown_days": int,
            "follow_ups": str,
            "source": str,
        },
        pk="id",
        not_null={"prompt_id", "text", "category"},
        defaults={"signals": "[]", "cooldown_days": 7, "follow_ups": "[]", "source": "own"},
    )
    db["custom_prompts"].create_index(["prompt_id"], unique=True)

    db["treatment_sessions"].create(
        {"id": int, "at": str, "kind": str, "hours": float, "title": str, "note": str, **SOFT_DELETE},
        pk="id",
        not_null={"at", "kind", "hours"},
        defaults={"title": "", "note": ""},
    )
    db["treatment_sessions"].create_index(["at"])
    db["settings"].create({"key": str, "value": str}, pk="key", not_null={"value"})


def m002_measures(db: Database) -> None:
    """Questionnaire results and skips, nightly sleep, and the person's medications with each day's doses."""
    db["measure_results"].create(
        {
            "id": int,
            "measure_id": str,
            "title": str,
            "source": str,
            "at": str,
            "answers": str,
            "total": int,
            "band": str,
            "subscales": str,
            "safety_items": str,
            **SOFT_DELETE,
        },
        pk="id",
        not_null={"measure_id", "at", "answers", "total"},
        defaults={"title": "", "source": "", "band": "", "subscales": "{}", "safety_items": "[]"},
    )
    db["measure_results"].create_index(["measure_id", "at"])
    db["measure_skips"].create({"id": int, "measure_id": str, "at": str}, pk="id", not_null={"measure_id", "at"})
    db["measure_skips"].create_index(["measure_id", "at"])
    db["sleep_logs"].create({"day": str, "hours": float, "quality": int, "updated_at": str}, pk="day", not_null={"day"})
    db["medications"].create(
        {
            "id": int,
            "name": str,
            "dose": str,
            "schedule": str,
            "moud": int,
            "active": int,
            "position": int,
            **SOFT_DELETE,
        },
        pk="id",
        not_null={"name"},
        defaults={"dose": "", "schedule": "", "moud": 0, "active": 1, "position": 0},
    )
    db["medication_doses"].create(
        {"medication_id": int, "day": str, "status": str},
        pk=("medication_id", "day"),
        not_null={"status"},
        foreign_keys=[("medication_id", "medications", "id")],
    )
    db["medication_doses"].create_index(["day"])


def m003_finding_marks(db: Database) -> None:
    """What the person said about a finding ("not_true" or "useful"), with its words at the time."""
    db["finding_marks"].create(
        {"key": str, "verdict": str, "headline": str, "detail": str, "marked_at": str},
        pk="key",
        not_null={"verdict", "marked_at"},
        defaults={"headline": "", "detail": ""},
    )


def m004_import_fingerprints(db: Database) -> None:
    """Which records came from another app's file, so importing the same file again adds nothing twice."""
    db["import_fingerprints"].create(
        {"id": int, "source": str, "at": str, "fingerprint": str, "record_table": str, "record_id": int},
        pk="id",
        not_null={"source", "at", "fingerprint", "record_table", "record_id"},
    )
    db["import_fingerprints"].create_index(["source", "fingerprint"])


def m005_drafts(db: Database) -> None:
    """Words typed into a form and not yet saved, kept while the person types (``store.drafts``)."""
    db["drafts"].create(
        {"key": str, "kind": str, "label": str, "record_id": int, "fields": str, "updated_at": str},
        pk="key",
        not_null={"kind", "label", "fields", "updated_at"},
        defaults={"fields": "[]"},
    )


MIGRATIONS: list[Callable[[Database], None]] = [
    m001_initial,
    m002_measures,
    m003_finding_marks,
    m004_import_fingerprints,
    m005_drafts,
]
SCHEMA_VERSION = len(MIGRATIONS)


def current_version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: Database) -> int:
    """Apply every pending migration; returns the number applied."""
    start = current_version(db)
    for version, migration in enumerate(MIGRATIONS, start=1):
        if version <= start:
            continue
        with db.atomic():
            migration(db)
            db.execute(f"PRAGMA user_version = {version}")
    return max(0, SCHEMA_VERSION - start)


def give_identity(db: Database) -> None:
    """Give the journal its own random number (``PRAGMA application_id``), once.

    Backups and restores keep it (they copy the file's first page); a ``-wal`` that turns the number into another is
    a log from another journal (see ``files.verify_companions``).
    """
    if db.execute("PRAGMA application_id").fetchone()[0] == 0:
        import secrets

        db.execute(f"PRAGMA application_id = {secrets.randbelow(2**31 - 1) + 1}")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # into the main file now, where a foreign log is measured
