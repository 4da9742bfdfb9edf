"""Backups through SQLite's online-backup API, checked before and after, rotated, listed and restored.

A backup is one consistent copy taken in a single step (``pages=-1``), so steady writes cannot stall it. The source
is checked with ``PRAGMA quick_check`` first, so damage is never copied over good backups, and the copy is checked
again after writing. An encrypted journal gets encrypted backups with the same key.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from recoveryjournal import paths
from recoveryjournal.i18n import translate
from recoveryjournal.store import cipher, errors, schema
from recoveryjournal.store.cipher import is_plaintext, open_file, quick_check
from recoveryjournal.store.files import (
    STAMP_FORMAT,
    SUFFIXES,
    companions,
    require_access,
    set_aside,
    stamp,
    sync_folder,
)

if TYPE_CHECKING:
    from recoveryjournal.domain.rotation import Policy
DAILY, ON_QUIT, MANUAL = "daily", "on-quit", "manual"
REGULAR_LABELS = {DAILY, ON_QUIT, MANUAL}
COUNTED = ("journal_entries", "checkins", "reflections", "lapses", "plan_items")  # tables a backup's counts name


class OpenJournal(Protocol):
    """What a backup needs of the open journal (``store.Store``, which uses this module, not the other way)."""

    folder: Path
    key: bytes | None
    db: Any

    def changed_since_open(self) -> bool: ...


@dataclass(frozen=True)
class BackupInfo:
    """What the restore list shows for one backup."""

    path: Path
    taken_at: datetime
    label: str
    ok: bool
    counts: dict[str, int] = field(default_factory=dict)  # by table (``COUNTED``)
    problem: str = ""
    version: int = 0  # the format (``PRAGMA user_version``) of a healthy file

    def counts_text(self) -> str:
        """``"1 journal entry, 3 check-ins"``: only what the file holds, or "an empty journal"."""
        from recoveryjournal.domain.data_import import count_of

        words = [count_of(table, count) for table, count in self.counts.items() if count]
        return ", ".join(words) or translate("Backup", "an empty journal")


def health_problems(conn: Any) -> str:
    """What ``PRAGMA quick_check`` finds wrong, in a few words; ``""`` for a healthy file."""
    try:
        result = quick_check(conn)
    except errors.database_errors() as error:
        result = [str(error)]
    return "" if result == ["ok"] else "; ".join(result[:3])


def require_healthy(conn: Any, path: Path) -> None:
    if problems := health_problems(conn):
        raise errors.CorruptDatabaseError(
            translate(
                "StoreError",
                "The journal file {path} failed its health check ({problems}), so no backup was made over your good "
                "ones. Restore a backup from File → Restore from backup.",
            ).format(path=path, problems=problems),
            path,
        )


def require_whole_copy(conn: Any, path: Path, source: Path, key: bytes | None) -> None:
    """A copy just written must pass the health check. If it does not, the journal is read afresh from disk (an open
    connection may hold a schema the file no longer has): damage found there is the journal's; otherwise the copy is
    at fault (a disk that filled up or failed), never the journal."""
    if not (problems := health_problems(conn)):
        return
    fresh = open_file(source, key, read_only=True)
    try:
        require_healthy(fresh, source)
    finally:
        fresh.close()
    raise errors.WriteFailedError(
        translate(
            "StoreError",
            "The backup copy {path} could not be written whole ({problems}), so it was removed. "
            "Your journal itself is unchanged. Check that the disk has free space and works, then try again.",
        ).format(path=path, problems=problems),
        path,
    )


def backup_files(data_folder: Path) -> list[Path]:
    """Every backup in the backups folder, newest first."""
    folder = paths.backups_dir(data_folder)
    if not folder.is_dir():
        return []
    require_access(folder, write=False)
    found = [(parsed[0], path) for path in folder.iterdir() if (parsed := parse_name(path.name))]
    return [path for _, path in sorted(found, reverse=True)]


def parse_name(name: str) -> tuple[datetime, str] | None:
    match = paths.BACKUP_NAME.match(name)
    if not match:
        return None
    return datetime.strptime(match["stamp"], STAMP_FORMAT), match["label"]


def new_backup_path(data_folder: Path, label: str, now: datetime | None = None) -> Path:
    folder = paths.backups_dir(data_folder)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder / f"journal-{stamp(now)}-{label}.sqlite3"


def copy_database(conn: Any, data_folder: Path, label: str, key: bytes | None = None) -> Path:
    """Check the open journal, copy it in one step into the backups folder, check the copy, then rotate."""
    require_healthy(conn, paths.database_path(data_folder))
    target = new_backup_path(data_folder, label)
    old_umask = os.umask(0o077)
    try:
        # The copy is encrypted when the journal it copies is: a plain source cannot copy into a cipher file.
        dest = open_file(target, None if isinstance(conn, sqlite3.Connection) else key)
        try:
            conn.backup(dest, pages=-1)
            require_whole_copy(dest, target, paths.database_path(data_folder), key)
        except BaseException as error:
            dest.close()
            target.unlink(missing_ok=True)
            known = errors.translate(error, target) if isinstance(error, errors.database_errors()) else None
            if known is None:
                raise
            raise known from error
        dest.close()
    finally:
        os.umask(old_umask)
    os.chmod(target, 0o600)
    rotate(data_folder, datetime.now())
    return target


def back_up(store: OpenJournal, label: str = MANUAL) -> Path:
    """Write a complete copy into the backups folder and return its path."""
    return copy_database(store.db.conn, store.folder, label, store.key)


def daily_backup(store: OpenJournal, now: datetime | None = None) -> Path | None:
    """The automatic backup at start-up, at most once a day."""
    return None if backed_up_today(store.folder, now) else back_up(store, DAILY)


def backed_up_today(data_folder: Path, now: datetime | None = None) -> bool:
    """Whether a regular backup was taken today: the date is read from existing backup names."""
    today = (now or datetime.now()).date()
    for path in backup_files(data_folder):
        parsed = parse_name(path.name)
        if parsed and parsed[1] in REGULAR_LABELS and parsed[0].date() == today:
            return True
    return False


def backup_on_quit(store: OpenJournal) -> Path | None:
    """A backup when the person quits, only if something was written since the journal was opened."""
    return back_up(store, ON_QUIT) if store.changed_since_open() else None


def rotate(data_folder: Path, now: datetime, policy: Policy | None = None) -> list[Path]:
    """Delete the backups the rotation (``DEFAULT_POLICY`` unless given) no longer keeps; returns what was deleted.

    The rotation rules load here, not with the module: opening the journal at start-up uses this module too.
    """
    from recoveryjournal.domain.rotation import DEFAULT_POLICY, BackupStamp, to_keep

    stamps = {}
    for path in backup_files(data_folder):
        taken_at, label = parse_name(path.name)  # type: ignore[misc]
        stamps[path.name] = (path, BackupStamp(path.name, taken_at, safety=label not in REGULAR_LABELS))
    keep = to_keep([stamp for _, stamp in stamps.values()], now, policy or DEFAULT_POLICY)
    deleted = [path for name, (path, _) in stamps.items() if name not in keep]
    for path in deleted:
        path.unlink(missing_ok=True)
    return deleted


def describe(path: Path, key: bytes | None) -> BackupInfo:
    """Open a backup read-only and report its health and record counts; a broken backup is reported, not raised."""
    taken_at, label = parse_name(path.name) or (datetime.fromtimestamp(path.stat().st_mtime), "")
    try:
        if path.stat().st_size == 0:
            return BackupInfo(path, taken_at, label, False, problem=translate("Backup", "the file is empty"))
        conn = open_file(path, key, read_only=True, closed=True)
        try:
            result = quick_check(conn)
            version = conn.execute("PRAGMA user_version").fetchone()[0] if result == ["ok"] else 0
            if result == ["ok"] and version < 1:
                result = [translate("Backup", "it holds no journal")]
            counts = _counts(conn) if result == ["ok"] else {}
        finally:
            conn.close()
    except (*errors.database_errors(), OSError) as error:
        return BackupInfo(path, taken_at, label, False, problem=str(error))
    problem = "" if result == ["ok"] else "; ".join(result[:3])
    return BackupInfo(path, taken_at, label, not problem, counts, problem, version)


def _counts(conn: Any) -> dict[str, int]:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {
        table: conn.execute(f"SELECT COUNT(*) FROM [{table}] WHERE deleted_at IS NULL").fetchone()[0]
        for table in COUNTED
        if table in tables
    }


def list_backups(data_folder: Path, key: bytes | None) -> list[BackupInfo]:
    return [describe(path, key) for path in backup_files(data_folder)]


def newest_good(data_folder: Path, key: bytes | None) -> Path | None:
    for path in backup_files(data_folder):
        if describe(path, key).ok:
            return path
    return None


def copy_file(source: Path, source_key: bytes | None, target: Path, target_key: bytes | None) -> None:
    """Copy a closed journal file, re-encrypting it when the keys differ (``None`` = not encrypted)."""
    source_key = None if is_plaintext(source) else source_key
    old_umask = os.umask(0o077)
    try:
        if source_key == target_key:
            src, dest = open_file(source, source_key, read_only=True, closed=True), open_file(target, target_key)
            try:
                src.backup(dest, pages=-1)
            finally:
                dest.close()
                src.close()
        else:
            _export(source, source_key, target, target_key)
    finally:
        os.umask(old_umask)
    os.chmod(target, 0o600)


def _export(source: Path, source_key: bytes | None, target: Path, target_key: bytes | None) -> None:
    """SQLCipher's ``sqlcipher_export``: the way to move a database into or out of encryption."""
    conn = cipher.connect(source, source_key, read_only=True, closed=True)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        identity = conn.execute("PRAGMA application_id").fetchone()[0]
        target_pragma = cipher.key_pragma(target_key) if target_key is not None else "''"
        conn.execute(f"ATTACH DATABASE ? AS target KEY {target_pragma}", [str(target)])
        conn.execute("SELECT sqlcipher_export('target')")
        conn.execute(f"PRAGMA target.user_version = {int(version)}")
        conn.execute(f"PRAGMA target.application_id = {int(identity)}")  # the journal stays itself (files.py)
        conn.execute("PRAGMA target.journal_mode = WAL")
        conn.execute("DETACH DATABASE target")
    finally:
        conn.close()


def replace_file(source: Path, source_key: bytes | None, target: Path, target_key: bytes | None) -> None:
    """Write a checked copy beside ``target`` and rename it into place, so a crash leaves the old or the new file."""
    temporary = target.with_name(target.name + ".incoming")
    for leftover in companions(temporary):
        leftover.unlink(missing_ok=True)
    copy_file(source, source_key, temporary, target_key)
    conn = open_file(temporary, target_key, read_only=True, closed=True)
    try:
        require_healthy(conn, temporary)
    finally:
        conn.close()
    with open(temporary, "rb") as handle:
        os.fsync(handle.fileno())
    # Renamed before the old file's log is removed: a crash in between leaves a log that does not belong beside the
    # new file, which the next start sets aside unapplied (files.verify_companions); never a file without its log.
    os.replace(temporary, target)
    for stale in companions(target)[1:]:
        stale.unlink(missing_ok=True)
    sync_folder(target.parent)


def restore(data_folder: Path, source: Path, key: bytes | None) -> Path | None:
    """Put ``source`` in place of the (closed) journal; the current file is set aside first and its new name returned.

    A healthy current file goes into the backups folder as a ``before-restore`` copy, so a restore can be undone; a
    damaged one stays in the data folder, renamed, untouched.
    """
    info = describe(source, key)
    if not info.ok:
        raise errors.CorruptDatabaseError(
            translate(
                "StoreError", "The backup {path} is damaged ({problem}); choose another one. Nothing was changed."
            ).format(path=source, problem=info.problem),
            source,
        )
    if info.version > schema.SCHEMA_VERSION:
        raise errors.NewerVersionError(
            translate(
                "StoreError",
                "The backup {path} was saved by a newer version of Recovery Journal (format {version}; this version "
                "reads up to {readable}). Update the app to restore it. Nothing was changed.",
            ).format(path=source, version=info.version, readable=schema.SCHEMA_VERSION),
            source,
        )
    current = paths.database_path(data_folder)
    aside = None
    if current.exists():
        if describe(current, key).ok:
            aside = new_backup_path(data_folder, "before-restore")
            for moving, suffix in zip(companions(current), SUFFIXES, strict=True):
                if moving.exists():
                    os.replace(moving, aside.with_name(aside.name + suffix))
        else:
            aside = set_aside(current, "damaged")
    replace_file(source, key, current, key)
    return aside
