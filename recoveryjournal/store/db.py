"""Opening the journal file safely: permissions, one running copy, checks before any write, migrations.

Every failure here leaves the file byte-for-byte as it was: the file is inspected read-only before the first write.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from recoveryjournal import i18n, paths
from recoveryjournal.store import errors, schema
from recoveryjournal.store.cipher import SQLITE_HEADER, open_file, quick_check
from recoveryjournal.store.files import set_aside

if TYPE_CHECKING:
    import sqlite_utils

BUSY_TIMEOUT_MS = 5000


def import_sqlite_utils():
    """Import sqlite-utils without letting it pull in numpy, which costs a quarter second at start-up.

    sqlite-utils only uses numpy to convert numpy scalars, which the journal never stores.
    """
    if "sqlite_utils" in sys.modules or "numpy" in sys.modules:
        import sqlite_utils

        return sqlite_utils
    sys.modules["numpy"] = None  # type: ignore[assignment]
    try:
        import sqlite_utils
    finally:
        del sys.modules["numpy"]
    return sqlite_utils


class Database:
    """The journal's connection; sqlite-utils is loaded only when something first needs more than plain SQL.

    Reads (``SELECT`` and ``PRAGMA``) go straight to the connection, so opening the journal and painting the Today
    page never import sqlite-utils, which with click, pluggy and dateutil costs about 50 ms and 16 MB. Writes, schema
    changes and everything else (``db["table"].insert(...)``, ``atomic()``) go to a ``sqlite_utils.Database`` on the
    same connection, created on first use.
    """

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self._full: sqlite_utils.Database | None = None

    @property
    def full(self) -> sqlite_utils.Database:
        if self._full is None:
            # connect() has already turned recursive triggers on, as sqlite-utils would.
            self._full = import_sqlite_utils().Database(self.conn, recursive_triggers=False, execute_plugins=False)
        return self._full

    def execute(self, sql: str, parameters: Sequence[Any] | Mapping[str, Any] | None = None) -> Any:
        """Run one statement: reads directly, anything else through sqlite-utils, which commits a lone write."""
        if _reads(sql):
            return self.conn.execute(sql, () if parameters is None else parameters)
        return self.full.execute(sql, parameters)

    def __getitem__(self, table: str) -> sqlite_utils.db.Table:
        return self.full[table]

    def __getattr__(self, name: str) -> Any:
        return getattr(self.full, name)

    def close(self) -> None:
        self.conn.close()


def _reads(sql: str) -> bool:
    """True for a statement that cannot open a transaction: the connection may run it without sqlite-utils."""
    return sql.lstrip()[:6].upper() in ("SELECT", "PRAGMA")


def ensure_private_folder(folder: Path) -> None:
    """Create the data folder with mode 0700, or refuse clearly when it cannot be written."""
    if folder.exists():
        refuse_a_file(folder)
        if not is_writable(folder):
            raise errors.ReadOnlyError(
                i18n.translate(
                    "StoreError",
                    "Your journal folder {folder} is read-only, so nothing could be saved. "
                    "Make it writable or choose another folder with --data-dir.",
                ).format(folder=folder),
                folder,
            )
        return
    try:
        folder.mkdir(parents=True, mode=0o700)
    except OSError as error:
        raise errors.ReadOnlyError(
            i18n.translate("StoreError", "The journal folder {folder} could not be created: {reason}.").format(
                folder=folder, reason=error.strerror
            ),
            folder,
        ) from error
    os.chmod(folder, 0o700)


def refuse_a_file(folder: Path) -> None:
    """Refuse a journal folder that is in fact a file (or lies inside one), before anything tries to write there."""
    existing = next(place for place in (folder, *folder.parents) if place.exists())
    if not existing.is_dir():
        raise errors.ReadOnlyError(
            i18n.translate("StoreError", "{folder} is a file, not a folder. Choose a folder for your journal.").format(
                folder=existing
            ),
            existing,
        )


def is_writable(folder: Path) -> bool:
    """Honour the owner's write bit even for root, so a folder marked read-only is treated as read-only."""
    mode = folder.stat().st_mode
    return os.access(folder, os.W_OK | os.X_OK) and bool(mode & stat.S_IWUSR)


class InstanceLock:
    """One running copy per journal: OS locks on a file beside the journal and on the journal file itself.

    The locks go with the process, so a crash leaves none behind; deleting ``journal.lock`` does not let a second
    window in, because the journal file stays locked too.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._handles: list[IO[bytes]] = []

    def acquire(self) -> None:
        self._hold(paths.lock_path(self.folder))
        os.chmod(paths.lock_path(self.folder), 0o600)
        self.hold_journal()

    def hold_journal(self) -> None:
        """Lock the journal file too, once it exists (call again after creating it)."""
        journal = paths.database_path(self.folder)
        if len(self._handles) == 1 and journal.is_file():
            self._hold(journal)

    def _hold(self, path: Path) -> None:
        journal = path.name == paths.DATABASE_NAME
        try:
            handle = open(path, "rb" if journal else "a+b")  # noqa: SIM115 - held open as long as the journal is
        except OSError:
            if journal:
                return  # unreadable: opening the journal says so, naming the file
            raise
        try:
            _lock_file(handle)
        except OSError:
            handle.close()
            self.release()
            raise errors.AlreadyOpenError(
                i18n.translate(
                    "StoreError",
                    "Recovery Journal is already open on this journal in another window. "
                    "Switch to that window, or close it first.",
                ),
                self.folder,
            ) from None
        self._handles.append(handle)

    def release(self) -> None:
        while self._handles:
            self._handles.pop().close()


def held_elsewhere(folder: Path) -> bool:
    """Whether a running copy holds the journal in ``folder`` (see ``InstanceLock``), found without creating or
    changing any file: each lock is tried on a read-only handle and let go at once."""
    for path in (paths.lock_path(folder), paths.database_path(folder)):
        try:
            handle = open(path, "rb")  # noqa: SIM115 - closed below, which also lets go of the lock
        except OSError:
            continue
        with handle:
            try:
                _lock_file(handle)
            except OSError:
                return True
            _unlock_file(handle)
    return False


def open_for_reading(folder: Path, key: bytes | None) -> Database:
    """The journal opened only to look at it (an import's dry run): no lock file, no ``-wal``/``-shm``, no migration;
    every file in the folder stays as it was, byte for byte and in its times.

    Refused with a plain message when that cannot be promised: the journal is open in the app (or another command),
    its last changes still wait in a ``-wal`` (it was not closed properly), or an earlier version of the app saved it
    (opening it once updates it).
    """
    path = paths.database_path(folder)
    if held_elsewhere(folder):
        raise errors.AlreadyOpenError(
            i18n.translate(
                "StoreError", "Recovery Journal is open on this journal in another window or command. Close it first."
            ),
            folder,
        )
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise errors.StoreError(
            i18n.translate(
                "StoreError",
                "Your journal was not closed properly last time, so its latest changes wait in a separate file that "
                "only opening the journal folds in. Open the app (or run `recoveryjournal check`) once, then try "
                "again. Nothing was changed.",
            ),
            path,
        )
    version = inspect_existing(path, key, check_health=False, closed=True)
    if version < schema.SCHEMA_VERSION:
        raise errors.StoreError(
            i18n.translate(
                "StoreError",
                "Your journal was saved by an earlier version of Recovery Journal. Open it once with this version "
                "(it is updated after a backup), then try again. Nothing was changed.",
            ),
            path,
        )
    try:
        db = Database(open_file(path, key, read_only=True, closed=True))
        db.execute("PRAGMA query_only = ON")
    except sqlite3.DatabaseError as error:
        errors.raise_known(error, path)
    return db


# Windows locks are mandatory, so the lock sits on one byte far past anything SQLite reads or locks.
_WINDOWS_LOCK_OFFSET = 1 << 40


def _lock_file(handle: IO[bytes]) -> None:
    if os.name == "nt":
        import msvcrt

        handle.seek(_WINDOWS_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


def _unlock_file(handle: IO[bytes]) -> None:
    if os.name == "nt":
        import msvcrt

        handle.seek(_WINDOWS_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def inspect_existing(path: Path, key: bytes | None = None, check_health: bool = True, closed: bool = False) -> int:
    """Check an existing file read-only and return its schema version; raise a ``StoreError`` if it is unusable.

    An encrypted file (no plain SQLite header) is checked with ``key``; without a key it is not a journal file.
    ``check_health=False`` leaves ``PRAGMA quick_check`` (about 40 ms on ten years) to the caller, who must run
    ``check_health`` before writing; it still runs here when opening would write: a migration, or a file not yet in
    WAL mode. ``closed``: nobody is writing the file, so reading it leaves nothing behind (``cipher.read_only_uri``).
    """
    with open(path, "rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    encrypted = header != SQLITE_HEADER
    if encrypted and key is None and paths.is_encrypted(path.parent):
        raise errors.WrongPassphraseError(
            i18n.translate(
                "StoreError", "This journal is encrypted: unlock it with your passphrase. The file is unchanged."
            ),
            path,
        )
    if encrypted and key is None:
        refuse_without_key(path)
        raise errors.NotADatabaseError(
            i18n.translate(
                "StoreError",
                "{path} is not a Recovery Journal file (or it is an encrypted journal whose key file {key_file} is "
                "missing). It has been left exactly as it is.",
            ).format(path=path, key_file=paths.KEYFILE_NAME),
            path,
        )
    try:
        conn = open_file(path, key, read_only=True, closed=closed)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            writes = version < schema.SCHEMA_VERSION or conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal"
            result = quick_check(conn) if check_health or writes else ["ok"]
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        if encrypted and "not a database" in str(error):
            raise errors.NotADatabaseError(
                i18n.translate(
                    "StoreError",
                    "{path} could not be decrypted with the key in {key_file}: the two do not belong together. "
                    "Both have been left exactly as they are.",
                ).format(path=path, key_file=paths.KEYFILE_NAME),
                path,
            ) from error
        raise damaged(path, str(error)) from error
    if result != ["ok"]:
        raise damaged(path, "; ".join(result[:3]))
    refuse_newer(path, version)
    return version


def refuse_newer(path: Path, version: int) -> None:
    """Refuse a journal whose format ``version`` is newer than this app reads: it is left as it is."""
    if version > schema.SCHEMA_VERSION:
        raise errors.NewerVersionError(
            i18n.translate(
                "StoreError",
                "This journal was saved by a newer version of Recovery Journal (format {version}; this version "
                "reads up to {readable}). Please update the app; the file is unchanged.",
            ).format(version=version, readable=schema.SCHEMA_VERSION),
            path,
        )


def refuse_without_key(path: Path) -> None:
    """An encrypted journal whose key file is missing gets its own message (``KeyFileError``), never "damaged".

    An SQLCipher file is whole pages of random-looking bytes with no SQLite header, which alone cannot be told from
    noise; so the journal counts as encrypted when an encrypted backup lies beside it too (setting a passphrase always
    leaves one: the safety copy taken before, encrypted with the rest).
    """
    if paths.is_encrypted(path.parent) or not _looks_encrypted(path):
        return
    backups = paths.backups_dir(path.parent)
    if backups.is_dir() and any(_looks_encrypted(backup) for backup in backups.iterdir()):
        from recoveryjournal.store.crypto import missing_keyfile

        raise missing_keyfile(path.parent)


def _looks_encrypted(path: Path) -> bool:
    if not path.is_file() or path.stat().st_size == 0 or path.stat().st_size % 1024:
        return False
    with open(path, "rb") as handle:
        start = handle.read(1024)
    return not start.startswith(SQLITE_HEADER) and len(set(start)) > 200


def damaged(path: Path, details: str) -> errors.CorruptDatabaseError:
    return errors.CorruptDatabaseError(
        i18n.translate(
            "StoreError", "The journal file {path} is damaged ({details}). It has been left untouched."
        ).format(path=path, details=details),
        path,
    )


def check_health(path: Path, key: bytes | None) -> None:
    """``PRAGMA quick_check`` on a read-only connection of its own, so it may run in a worker thread while the
    journal is open; raises ``CorruptDatabaseError`` for damage."""
    try:
        conn = open_file(path, key, read_only=True)
        try:
            result = quick_check(conn)
        finally:
            conn.close()
    except errors.database_errors() as error:
        raise damaged(path, str(error)) from error
    if result != ["ok"]:
        raise damaged(path, "; ".join(result[:3]))


def inspect_guarding_backups(folder: Path, path: Path, key: bytes | None, check_health: bool = True) -> int:
    """Like ``inspect_existing``, but once backups exist a missing, empty or damaged file never becomes a new journal.

    The damaged file is renamed aside untouched and ``DamagedJournalError`` asks the caller to offer a backup.
    """
    exists = path.exists()
    if not paths.has_backups(folder):
        return inspect_existing(path, key, check_health) if exists and path.stat().st_size > 0 else 0
    if not exists:
        raise errors.DamagedJournalError(
            i18n.translate(
                "StoreError",
                "Your journal file {path} is missing, but backups of it exist. "
                "Restore the newest backup rather than starting an empty journal.",
            ).format(path=path),
            path,
        )
    try:
        if path.stat().st_size == 0:
            raise errors.CorruptDatabaseError(
                i18n.translate("StoreError", "The journal file {path} is empty.").format(path=path), path
            )
        return inspect_existing(path, key, check_health)
    except (errors.CorruptDatabaseError, errors.NotADatabaseError) as error:
        if isinstance(error, errors.NotADatabaseError) and paths.is_encrypted(folder):
            raise  # an encrypted file and a key file that do not match: a key problem, not damage
        moved = set_aside(path, "damaged")
        raise errors.DamagedJournalError(
            i18n.translate(
                "StoreError",
                "{problem}\n\nIt has been moved aside, unchanged, to {moved} so nothing is lost. "
                "Your backups are safe: restore the newest good one to carry on.",
            ).format(problem=error.message, moved=moved),
            path,
            moved_to=moved,
        ) from error


def connect(path: Path, key: bytes | None = None) -> Database:
    """The database on the file; encrypted with ``key`` unless the file already is plain SQLite."""
    conn = open_file(path, key) if key is not None else sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    db = Database(conn)
    db.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils sets it: FTS triggers fire on REPLACE deletes
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA synchronous = NORMAL")
    return db
