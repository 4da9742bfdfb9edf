"""Everything out, everything in: every table's rows as plain data, and imports written in one transaction.

A full import replaces the journal's contents with the file's, ids and trash state included, so an export imported
into an empty folder gives back the same journal row for row. Imports from other apps add records. Either way the
whole import is one transaction (a problem half-way leaves the journal exactly as it was), and a journal that already
holds the person's own records is backed up first.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from recoveryjournal.domain.clock import to_iso
from recoveryjournal.domain.data_import import (
    Column,
    DataDump,
    Found,
    ImportFileError,
    Item,
    Known,
    TableSpec,
    built,
    kind_of,
    when,
)
from recoveryjournal.domain.measure_models import SleepLog
from recoveryjournal.domain.models import JournalEntry
from recoveryjournal.i18n import translate
from recoveryjournal.store import backup, errors, schema
from recoveryjournal.store.db import Database

if TYPE_CHECKING:
    from recoveryjournal.store.store import Store

BEFORE_IMPORT = "before-import"
# Filled in by every new journal, so having them does not make a journal "non-empty".
CATALOGUE_TABLES = {"triggers", "coping_actions", "settings"}
KINDS = {"INTEGER": int, "REAL": float, "FLOAT": float, "TEXT": str}


def _is_data_table(name: str) -> bool:
    return not name.startswith("sqlite_") and "_fts" not in name


def table_spec(store: Store) -> TableSpec:
    """Every journal table with its columns, in the order they were created (parents before children)."""
    return _spec_of(store.db)


def blank_spec() -> TableSpec:
    """The tables of a journal of this version, read from a new one in memory (nothing is written to disk)."""
    db = Database(sqlite3.connect(":memory:"))
    try:
        schema.migrate(db)
        return _spec_of(db)
    finally:
        db.close()


def _spec_of(db: Database) -> TableSpec:
    names = [
        row[0]
        for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")
        if _is_data_table(row[0])
    ]
    spec: TableSpec = {}
    for name in names:
        columns = []
        for _, column, declared, not_null, default, primary in db.execute(f"PRAGMA table_info([{name}])"):
            kind = KINDS.get(declared.upper(), str)
            required = bool(not_null) or primary > 0
            columns.append(Column(column, kind, required, kind is str and (required or default is not None)))
        spec[name] = columns
    return spec


def each_table(store: Store) -> Iterator[tuple[str, list[str], Iterator[tuple]]]:
    """Every table's name, column names and rows (in rowid order, exactly as stored), one table at a time."""
    for table, columns in table_spec(store).items():
        names = [column.name for column in columns]
        selected = ", ".join(f"[{name}]" for name in names)
        yield table, names, store.db.execute(f"SELECT {selected} FROM [{table}] ORDER BY rowid")


def versions(now: datetime, app_version: str) -> DataDump:
    """An export's versions and time, without its rows (``each_table`` gives them)."""
    return DataDump(schema.SCHEMA_VERSION, app_version, to_iso(now))


def dump(store: Store, now: datetime, app_version: str) -> DataDump:
    """Every row of every table, in rowid order, exactly as stored."""
    everything = versions(now, app_version)
    for table, names, rows in each_table(store):
        everything.tables[table] = [dict(zip(names, row, strict=True)) for row in rows]
    return everything


def holds_own_records(store: Store) -> bool:
    """True once the person has written anything; a new journal only holds the default catalogues and settings."""
    for table in table_spec(store):
        if table not in CATALOGUE_TABLES and store.db.execute(f"SELECT 1 FROM [{table}] LIMIT 1").fetchone():
            return True
    return False


def backup_before_import(store: Store) -> Path | None:
    """A checked backup of a journal that holds the person's records; ``None`` for a new, empty one."""
    return backup.back_up(store, BEFORE_IMPORT) if holds_own_records(store) else None


def replace_all(store: Store, data: DataDump) -> Path | None:
    """Make the journal hold exactly the rows in ``data``; returns the backup taken first, if any.

    One transaction: each table is filled with one ``executemany``, and the search index is rebuilt once at the
    end instead of row by row (its triggers are dropped for the import and created again, inside the transaction).
    """
    spec = table_spec(store)
    taken = backup_before_import(store)
    conn = store.db.conn
    try:
        with store.db.atomic():
            conn.execute("PRAGMA defer_foreign_keys = ON")
            indexes = _search_indexes(store.db)
            for _, triggers in indexes:
                for name, _ in triggers:
                    conn.execute(f"DROP TRIGGER [{name}]")
            for table in reversed(list(spec)):
                conn.execute(f"DELETE FROM [{table}]")
            for table, columns in spec.items():
                names = [column.name for column in columns]
                conn.executemany(
                    f"INSERT INTO [{table}] ({', '.join(f'[{name}]' for name in names)}) "
                    f"VALUES ({', '.join(f':{name}' for name in names)})",
                    data.tables.get(table, []),
                )
            for index, triggers in indexes:
                conn.execute(f"INSERT INTO [{index}] ([{index}]) VALUES ('rebuild')")
                for _, sql in triggers:
                    conn.execute(sql)
    except errors.database_errors() as error:
        if type(error).__name__ == "IntegrityError":
            raise ImportFileError(
                translate(
                    "Import", "the records in the file do not fit together ({error}), so nothing was imported"
                ).format(error=error)
            ) from error
        errors.raise_known(error, store.path)
    return taken


def _search_indexes(db: Database) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each full-text index kept from a table's content, with the triggers that keep it up to date."""
    indexes = []
    for (index,) in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING FTS5%'"
    ).fetchall():
        content = index.removesuffix("_fts")
        triggers = db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND sql LIKE ?",
            [content, f"%{index}%"],
        ).fetchall()
        indexes.append((index, triggers))
    return indexes


def known_imports(store: Store, source: str) -> Known:
    """What earlier imports from ``source`` brought in that is still in the journal (the trash counts as in it)."""
    rows = store.db.execute(
        "SELECT fingerprint, at FROM import_fingerprints AS f WHERE source = ? AND ("
        "(record_table = 'journal_entries' AND EXISTS (SELECT 1 FROM journal_entries WHERE id = f.record_id)) OR "
        "(record_table = 'checkins' AND EXISTS (SELECT 1 FROM checkins WHERE id = f.record_id)) OR "
        "(record_table = 'sleep_logs' AND EXISTS (SELECT 1 FROM sleep_logs WHERE rowid = f.record_id)))",
        [source],
    ).fetchall()
    return Known(rows, (day for (day,) in store.db.execute("SELECT day FROM sleep_logs")))


def _sleep_row(store: Store, night: SleepLog) -> int:
    return store.db.execute("SELECT rowid FROM sleep_logs WHERE day = ?", [when(night)]).fetchone()[0]


def add_records(store: Store, source: str, items: Iterable[Item]) -> Path | None:
    """Add the records of an import from another app, all or none, skipping those an earlier import of the same
    records brought in; returns the backup taken first, if any."""
    taken = backup_before_import(store)
    known = known_imports(store, source)
    fingerprints = store.db["import_fingerprints"]
    try:
        with store.db.atomic():
            for item in built(items):
                if not isinstance(item, Found):
                    continue
                print_, status = known.sort(source, item.record)
                if status == "already":
                    continue
                if isinstance(item.record, JournalEntry):
                    table, record_id = "journal_entries", store.journal.add(item.record)
                elif isinstance(item.record, SleepLog):
                    store.measures.set_sleep(item.record)
                    known.nights.add(when(item.record))
                    table, record_id = "sleep_logs", _sleep_row(store, item.record)
                else:
                    table, record_id = "checkins", store.checkins.add(item.record)
                fingerprints.insert(
                    {
                        "source": source,
                        "at": f"{kind_of(item.record)} {when(item.record)}",
                        "fingerprint": print_,
                        "record_table": table,
                        "record_id": record_id,
                    }
                )
    except errors.database_errors() as error:
        errors.raise_known(error, store.path)
    return taken
