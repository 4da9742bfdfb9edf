"""The journal's files on disk: its companions, setting files aside unchanged, and verifying a write-ahead log.

SQLite trusts whatever ``-wal`` lies beside a database: the first connection that can write replays its frames into
the main file (a checkpoint), even when the log came from another journal. ``verify_companions`` runs before any such
connection: it replays a copy of the file and its log in a private folder and checks the result. A log that is
damaged or belongs to another journal is renamed aside with its ``-shm``; the main file is never written.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import struct
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from recoveryjournal.i18n import translate
from recoveryjournal.store import errors
from recoveryjournal.store.cipher import SQLITE_HEADER, open_file, quick_check

STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
SUFFIXES = ("", "-wal", "-shm")
WAL_MAGIC = (0x377F0682, 0x377F0683)
WAL_VERSION = 3007000
VERIFYING = ".verifying"  # the private folder, inside the data folder, where copies are replayed


def companions(path: Path) -> list[Path]:
    """The file with its write-ahead log and shared-memory index, which always move together."""
    return [path.with_name(path.name + suffix) for suffix in SUFFIXES]


def stamp(now: datetime | None = None) -> str:
    return (now or datetime.now()).strftime(STAMP_FORMAT)


def set_aside(path: Path, label: str) -> Path | None:
    """Rename a journal file (and its WAL) out of the way without rewriting a byte; returns the new name."""
    if not path.exists():
        return None
    target = path.with_name(f"{path.name}.{label}-{stamp()}")
    for source, suffix in zip(companions(path), SUFFIXES, strict=True):
        if source.exists():
            os.replace(source, target.with_name(target.name + suffix))
    return target


def sync_folder(folder: Path) -> None:
    """Flush a folder's list of names to disk, so a rename survives a power cut (a no-op where unsupported)."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def create_private(path: Path) -> None:
    """Create an empty file readable only by its owner, unless it exists (whose mode is then left as it is)."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def write_atomically(path: Path, content: bytes) -> None:
    """Replace ``path`` with ``content``, readable only by its owner: written, flushed to disk, then renamed."""
    temporary = path.with_name(path.name + ".partial")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    sync_folder(path.parent)


class SetAside(NamedTuple):
    """A write-ahead log that was not let near the journal: where it went and why. A NamedTuple: a frozen dataclass
    costs every start ~1 ms to define."""

    moved_to: Path
    reason: str

    def message(self, journal: Path) -> str:
        return translate(
            "StoreError",
            "Beside your journal was a file of unsaved changes ({log}) that {reason}. It was not applied: it has been "
            "moved aside, unchanged, to {moved}, and your journal file was not touched. Anything written in the last "
            "moments before the app last stopped may be missing.",
        ).format(log=f"{journal.name}-wal", reason=self.reason, moved=self.moved_to.name)


def require_access(path: Path, write: bool = True) -> None:
    """Refuse, naming the file and what to do, a file or folder this account may not read (or write): a healthy
    file that cannot be read is never called damaged. Honours the owner's write bit even for root."""
    info = path.stat()
    folder = path.is_dir()
    wanted = os.R_OK | (os.X_OK if folder else 0)
    owner = _owner(info.st_uid)
    whose = translate("StoreError", "it belongs to the account '{owner}', permissions {mode}").format(
        owner=owner, mode=f"{info.st_mode & 0o777:04o}"
    )
    if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
        fix = translate(
            "StoreError", "Ask the owner, or an administrator, to give it to your account (for example: {command})"
        ).format(command=f"sudo chown {_me()} '{path}'")
    else:
        fix = translate("StoreError", "Give your account access to it (for example: {command})").format(
            command=f"chmod u+rw{'x' if folder else ''} '{path}'"
        )
    if not os.access(path, wanted):
        if folder:
            words = translate(
                "StoreError",
                "Recovery Journal is not allowed to read the folder {path} ({whose}). It is not damaged and has been "
                "left exactly as it is. {fix}, then start Recovery Journal again.",
            )
        else:
            words = translate(
                "StoreError",
                "Recovery Journal is not allowed to read the file {path} ({whose}). It is not damaged and has been "
                "left exactly as it is. {fix}, then start Recovery Journal again.",
            )
        raise errors.AccessError(words.format(path=path, whose=whose, fix=fix), path)
    if write and not (os.access(path, os.W_OK) and info.st_mode & stat.S_IWUSR):
        if folder:
            words = translate(
                "StoreError",
                "The folder {path} is read-only ({whose}), so nothing could be saved in it. It is not damaged and "
                "has been left exactly as it is. {fix}, then start Recovery Journal again.",
            )
        else:
            words = translate(
                "StoreError",
                "The file {path} is read-only ({whose}), so nothing could be saved in it. It is not damaged and "
                "has been left exactly as it is. {fix}, then start Recovery Journal again.",
            )
        raise errors.AccessError(words.format(path=path, whose=whose, fix=fix), path)


def require_journal_access(folder: Path) -> None:
    """Every permission problem of the journal's files and backups folder, each with its own message."""
    from recoveryjournal import paths

    journal = paths.database_path(folder)
    if journal.is_dir():
        raise errors.AccessError(
            translate(
                "StoreError",
                "{path} is a folder, where your journal file should be. Nothing has been changed. Rename or move "
                "that folder (your journal file may be inside it), then start Recovery Journal again.",
            ).format(path=journal),
            journal,
        )
    for path in companions(journal):
        if path.exists():
            require_access(path)
    if paths.backups_dir(folder).exists():
        require_access(paths.backups_dir(folder))


def _owner(uid: int) -> str:
    try:
        import pwd

        return pwd.getpwuid(uid).pw_name
    except (ImportError, KeyError):
        return str(uid)


def _me() -> str:
    return _owner(os.geteuid())


def verify_companions(path: Path, key: bytes | None) -> SetAside | None:
    """Check the journal's ``-wal`` before SQLite may checkpoint it; set it aside when it does not belong.

    Call while holding the instance lock (no other process may be writing). ``None``: no log, or one that belongs.
    """
    wal = companions(path)[1]
    shutil.rmtree(path.parent / VERIFYING, ignore_errors=True)  # left by a start that was killed while verifying
    if not wal.exists() or wal.stat().st_size == 0 or not path.exists() or path.stat().st_size == 0:
        return None
    reason = _wal_problem(path, wal, key)
    if reason is None:
        return None
    target = path.with_name(f"{path.name}.unverified-{stamp()}")
    for source, suffix in zip(companions(path)[1:], SUFFIXES[1:], strict=True):
        if source.exists():
            os.replace(source, target.with_name(target.name + suffix))
    return SetAside(target.with_name(target.name + "-wal"), reason)


def _wal_problem(path: Path, wal: Path, key: bytes | None) -> str | None:
    with open(wal, "rb") as handle:
        header = handle.read(32)
    with open(path, "rb") as handle:
        main_header = handle.read(100)
    if len(header) < 32:
        return translate("StoreError", "is cut short")
    magic, version, page_size = struct.unpack(">III", header[:12])
    if magic not in WAL_MAGIC or version != WAL_VERSION:
        return translate("StoreError", "is not a SQLite log")
    if main_header.startswith(SQLITE_HEADER) and page_size != _page_size(main_header):
        return translate("StoreError", "belongs to another file (its page size differs)")
    folder = path.parent / VERIFYING
    folder.mkdir(mode=0o700)
    try:
        return _replay_problem(path, wal, key, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _page_size(header: bytes) -> int:
    size = struct.unpack(">H", header[16:18])[0]
    return 65536 if size == 1 else size


def _replay_problem(path: Path, wal: Path, key: bytes | None, folder: Path) -> str | None:
    """Replay copies of the file and its log in ``folder`` and check the result against the file alone."""
    copy = folder / path.name
    shutil.copyfile(path, copy)
    try:
        alone = _identity(copy, key)
    except errors.database_errors() as error:
        return translate(
            "StoreError", "could not be checked, because the journal file itself could not be read ({error})"
        ).format(error=error)
    for leftover in companions(copy)[1:]:
        leftover.unlink(missing_ok=True)
    shutil.copyfile(wal, companions(copy)[1])
    try:
        conn = open_file(copy, key)
        try:
            result = quick_check(conn)
            joined = conn.execute("PRAGMA application_id").fetchone()[0]
        finally:
            conn.close()
    except errors.database_errors() as error:
        return translate("StoreError", "is damaged ({details})").format(details=error)
    if result != ["ok"]:
        return translate("StoreError", "is damaged ({details})").format(details="; ".join(result[:3]))
    if alone != 0 and joined != alone:  # 0: a journal given its number in this very log (schema.give_identity)
        return translate("StoreError", "belongs to another journal")
    return None


def _identity(path: Path, key: bytes | None) -> int:
    """The journal's own number (``PRAGMA application_id``, chosen at random when the journal was made)."""
    conn = open_file(path, key, read_only=True, closed=True)
    try:
        return conn.execute("PRAGMA application_id").fetchone()[0]
    finally:
        conn.close()
