"""Errors that come from the person's environment, each with a plain message they can act on.

Anything else raised from SQLite is a bug in the app and goes to the crash dialog instead.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


class StoreError(Exception):
    """A problem with the journal file that the person, not the app, can fix."""

    title = "The journal could not be opened"

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path


class NotADatabaseError(StoreError):
    title = "This is not a journal file"


class CorruptDatabaseError(StoreError):
    title = "The journal file is damaged"


class NewerVersionError(StoreError):
    title = "The journal was saved by a newer version"


class AlreadyOpenError(StoreError):
    title = "Recovery Journal is already open"


class ReadOnlyError(StoreError):
    title = "The journal folder is read-only"


class DiskFullError(StoreError):
    title = "The disk is full"


class WriteFailedError(StoreError):
    title = "Saving failed"


def translate(error: Exception, path: Path | None = None) -> StoreError | None:
    """Map an SQLite error caused by the environment to a ``StoreError``; ``None`` means it is a bug."""
    text = str(error).lower()
    code = getattr(error, "sqlite_errorname", "") or ""
    where = f" ({path})" if path else ""
    if "full" in text or code == "SQLITE_FULL":
        return DiskFullError(
            f"The disk holding your journal is full{where}. Free some space; what you typed is kept here until then.",
            path,
        )
    if "readonly" in text or "read-only" in text or code.startswith("SQLITE_READONLY"):
        return ReadOnlyError(
            f"Your journal folder cannot be written to{where}. Check its permissions or choose another folder.",
            path,
        )
    if "not a database" in text or code == "SQLITE_NOTADB":
        return NotADatabaseError(
            f"The file{where} is not a Recovery Journal database. It has been left exactly as it is.", path
        )
    if "malformed" in text or "corrupt" in text or code.startswith("SQLITE_CORRUPT"):
        return CorruptDatabaseError(
            f"The journal file{where} is damaged. It has been left untouched; you can restore a backup.", path
        )
    if "locked" in text or "busy" in text or code.startswith("SQLITE_BUSY"):
        return AlreadyOpenError(f"The journal{where} is busy in another program. Close it and try again.", path)
    if "disk i/o" in text or code.startswith("SQLITE_IOERR") or isinstance(error, OSError):
        return WriteFailedError(
            f"The computer reported an input/output error while saving{where}. Check the disk and try again.", path
        )
    if isinstance(error, sqlite3.OperationalError) and "unable to open" in text:
        return ReadOnlyError(f"The journal file{where} cannot be opened. Check the folder's permissions.", path)
    return None
