"""Errors that come from the person's environment, each with a plain message they can act on.

Anything else raised from SQLite is a bug in the app and goes to the crash dialog instead.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn


class StoreError(Exception):
    """A problem with the journal file that the person, not the app, can fix."""

    title = "The journal could not be opened"
    draft: Path | None = None  # where unsaved words were kept, when a save failed (see ``drafts``)

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


class WrongPassphraseError(StoreError):
    title = "Wrong passphrase"


class KeyFileError(StoreError):
    """The key file of an encrypted journal is missing or unusable: never damage, never a reason to move the journal."""

    title = "The journal's key file is missing or unreadable"


class AccessError(StoreError):
    """A healthy file or folder this account may not read or write: never damage, never a reason to restore."""

    title = "Recovery Journal is not allowed to use a file"


class DamagedJournalError(CorruptDatabaseError):
    """The journal is damaged, empty or missing while backups exist: never start afresh, offer a backup instead."""

    def __init__(self, message: str, path: Path | None = None, moved_to: Path | None = None) -> None:
        super().__init__(message, path)
        self.moved_to = moved_to


def database_errors() -> tuple[type[Exception], ...]:
    """The base classes of SQLite errors from both drivers; sqlcipher3's do not derive from sqlite3's."""
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    return (sqlite3.Error, cipher.Error) if cipher is not None else (sqlite3.Error,)


def as_stdlib(error: BaseException) -> BaseException:
    """The same error as the standard library's class, so sqlite-utils' own ``except sqlite3.…`` clauses work."""
    if not type(error).__module__.startswith("sqlcipher3"):
        return error
    kind = getattr(sqlite3, type(error).__name__, sqlite3.DatabaseError)
    mapped = kind(*error.args)
    for name in ("sqlite_errorcode", "sqlite_errorname"):
        if hasattr(error, name):
            setattr(mapped, name, getattr(error, name))
    return mapped


@contextmanager
def stdlib_errors() -> Iterator[None]:
    """Re-raise any sqlcipher3 error inside the block as its standard-library twin."""
    try:
        yield
    except Exception as error:
        mapped = as_stdlib(error)
        if mapped is error:
            raise
        raise mapped from error


class NameTakenError(ValueError):
    """A name that must be unique is already used, perhaps by a record waiting in the trash."""

    def __init__(self, name: str) -> None:
        super().__init__(f"“{name}” is already used (perhaps by something in the trash).")
        self.name = name


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


def raise_known(error: Exception, path: Path | None = None) -> NoReturn:
    """Re-raise an SQLite error as its ``StoreError`` when the environment caused it; otherwise as the bug it is."""
    known = translate(error, path)
    if known is None:
        raise error
    raise known from error


@contextmanager
def known_errors(path: Path | None = None) -> Iterator[None]:
    """Inside the block, SQLite errors the environment caused surface as plain ``StoreError`` messages."""
    try:
        yield
    except database_errors() as error:
        raise_known(error, path)
