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

from recoveryjournal import i18n
from recoveryjournal.i18n import translatable


class StoreError(Exception):
    """A problem with the journal file that the person, not the app, can fix."""

    title = translatable("StoreError", "The journal could not be opened")
    draft: Path | None = None  # where unsaved words were kept, when a save failed (see ``drafts``)

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.title = i18n.translate("StoreError", type(self).title)  # in the language of the moment it is raised


class NotADatabaseError(StoreError):
    title = translatable("StoreError", "This is not a journal file")


class CorruptDatabaseError(StoreError):
    title = translatable("StoreError", "The journal file is damaged")


class NewerVersionError(StoreError):
    title = translatable("StoreError", "The journal was saved by a newer version")


class AlreadyOpenError(StoreError):
    title = translatable("StoreError", "Recovery Journal is already open")


class ReadOnlyError(StoreError):
    title = translatable("StoreError", "The journal folder is read-only")


class DiskFullError(StoreError):
    title = translatable("StoreError", "The disk is full")


class WriteFailedError(StoreError):
    title = translatable("StoreError", "Saving failed")


class WrongPassphraseError(StoreError):
    title = translatable("StoreError", "Wrong passphrase")


class KeyFileError(StoreError):
    """The key file of an encrypted journal is missing or unusable: never damage, never a reason to move the journal."""

    title = translatable("StoreError", "The journal's key file is missing or unreadable")


class AccessError(StoreError):
    """A healthy file or folder this account may not read or write: never damage, never a reason to restore."""

    title = translatable("StoreError", "Recovery Journal is not allowed to use a file")


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
        super().__init__(
            i18n.translate("StoreError", "“{name}” is already used (perhaps by something in the trash).").format(
                name=name
            )
        )
        self.name = name


def translate(error: Exception, path: Path | None = None) -> StoreError | None:
    """Map an SQLite error caused by the environment to a ``StoreError``; ``None`` means it is a bug."""
    text = str(error).lower()
    code = getattr(error, "sqlite_errorname", "") or ""
    where = f" ({path})" if path else ""
    if "full" in text or code == "SQLITE_FULL":
        return DiskFullError(
            i18n.translate(
                "StoreError",
                "The disk holding your journal is full{where}. "
                "Free some space; what you typed is kept here until then.",
            ).format(where=where),
            path,
        )
    if "readonly" in text or "read-only" in text or code.startswith("SQLITE_READONLY"):
        return ReadOnlyError(
            i18n.translate(
                "StoreError",
                "Your journal folder cannot be written to{where}. Check its permissions or choose another folder.",
            ).format(where=where),
            path,
        )
    if "not a database" in text or code == "SQLITE_NOTADB":
        return NotADatabaseError(
            i18n.translate(
                "StoreError", "The file{where} is not a Recovery Journal database. It has been left exactly as it is."
            ).format(where=where),
            path,
        )
    if "malformed" in text or "corrupt" in text or code.startswith("SQLITE_CORRUPT"):
        return CorruptDatabaseError(
            i18n.translate(
                "StoreError",
                "The journal file{where} is damaged. It has been left untouched; you can restore a backup.",
            ).format(where=where),
            path,
        )
    if "locked" in text or "busy" in text or code.startswith("SQLITE_BUSY"):
        return AlreadyOpenError(
            i18n.translate(
                "StoreError", "The journal{where} is busy in another program. Close it and try again."
            ).format(where=where),
            path,
        )
    if "disk i/o" in text or code.startswith("SQLITE_IOERR") or isinstance(error, OSError):
        return WriteFailedError(
            i18n.translate(
                "StoreError",
                "The computer reported an input/output error while saving{where}. Check the disk and try again.",
            ).format(where=where),
            path,
        )
    if isinstance(error, sqlite3.OperationalError) and "unable to open" in text:
        return ReadOnlyError(
            i18n.translate(
                "StoreError", "The journal file{where} cannot be opened. Check the folder's permissions."
            ).format(where=where),
            path,
        )
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
