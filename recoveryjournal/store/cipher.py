"""SQLCipher connections that behave like the standard library's, so sqlite-utils and the repositories just work.

sqlcipher3 raises its own exception classes, which are not subclasses of ``sqlite3``'s; sqlite-utils catches
``sqlite3.OperationalError`` internally (``drop(ignore=True)``, feature checks, savepoints in ``query()``). The
wrappers here turn every sqlcipher3 error into its standard-library twin at the boundary, in one place.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from recoveryjournal.store.errors import stdlib_errors

SQLITE_HEADER = b"SQLite format 3\x00"
_silenced = False


def driver() -> Any:
    """The sqlcipher3 module, imported only when a journal is encrypted, with its stderr logging turned off."""
    global _silenced
    import sqlcipher3

    if not _silenced:
        probe = sqlcipher3.connect(":memory:")
        probe.execute("PRAGMA cipher_log_level = NONE")
        probe.close()
        _silenced = True
    return sqlcipher3


def unavailable() -> str | None:
    """Why encryption cannot work in this copy of the app (sqlcipher3 is missing or does not load), or ``None``.

    ``pip install`` adds sqlcipher3 only on the platforms it has ready-made builds for (pyproject.toml); elsewhere
    the journal stays unencrypted and the passphrase dialogs say why.
    """
    try:
        driver()
    except ImportError as error:
        return str(error)
    return None


def key_pragma(key: bytes) -> str:
    """The raw-key form, so SQLCipher skips its own (slow) key derivation: the key is already Argon2id output."""
    return f"\"x'{key.hex()}'\""


def raw_connect(
    path: Path | str, key: bytes | None, read_only: bool = False, closed: bool = False, **kwargs: Any
) -> Any:
    """A plain sqlcipher3 connection; ``key=None`` opens an unencrypted file through SQLCipher."""
    with stdlib_errors():
        if read_only:
            conn = driver().connect(read_only_uri(Path(path), closed), uri=True, **kwargs)
        else:
            conn = driver().connect(str(path), **kwargs)
        if key is not None:
            conn.execute(f"PRAGMA key = {key_pragma(key)}")
    return conn


def connect(
    path: Path | str, key: bytes | None, read_only: bool = False, closed: bool = False, **kwargs: Any
) -> CipherConnection:
    return CipherConnection(raw_connect(path, key, read_only, closed, **kwargs))


def read_only_uri(path: Path, closed: bool = False) -> str:
    """A read-only URI. ``closed``: nobody is writing the file, so without a ``-wal`` beside it (or an empty one) it
    opens as immutable and reading it leaves no ``-wal``/``-shm`` behind (a ``-wal`` with pages in it is read as well).
    """
    uri = f"{path.absolute().as_uri()}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    return uri + "&immutable=1" if closed and (not wal.exists() or wal.stat().st_size == 0) else uri


def is_plaintext(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def open_file(path: Path, key: bytes | None, read_only: bool = False, closed: bool = False) -> Any:
    """A connection to a journal or backup file; a key is used only when the file is not plain SQLite.

    ``closed`` (read-only): nobody writes the file, so reading it leaves no companions behind (``read_only_uri``)."""
    plain = key is None or (path.exists() and path.stat().st_size > 0 and is_plaintext(path))
    if plain:
        if read_only:
            return sqlite3.connect(read_only_uri(path, closed), uri=True)
        return sqlite3.connect(str(path))
    return connect(path, key, read_only=read_only, closed=closed)


def quick_check(conn: Any) -> list[str]:
    """``["ok"]`` for a healthy file; anything else, or an exception, means damage."""
    return [row[0] for row in conn.execute("PRAGMA quick_check")]


class _Translating:
    """Forwards everything to the wrapped sqlcipher3 object, translating errors on the way out."""

    __slots__ = ("_raw",)

    def __init__(self, raw: Any) -> None:
        object.__setattr__(self, "_raw", raw)

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._raw, name)
        return _translated(value) if callable(value) else value

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._raw, name, value)


class CipherCursor(_Translating):
    def __iter__(self) -> Iterator[Any]:
        rows = iter(self._raw)
        while True:
            with stdlib_errors():
                try:
                    row = next(rows)
                except StopIteration:
                    return
            yield row


class CipherConnection(_Translating):
    """A sqlcipher3 connection presenting the ``sqlite3.Connection`` surface sqlite-utils relies on."""

    def backup(self, target: Any, **kwargs: Any) -> None:
        with stdlib_errors():
            self._raw.backup(unwrap(target), **kwargs)

    def __enter__(self) -> CipherConnection:
        self._raw.__enter__()
        return self

    def __exit__(self, *exc_info: Any) -> Any:
        with stdlib_errors():
            return self._raw.__exit__(*exc_info)


def unwrap(conn: Any) -> Any:
    return conn._raw if isinstance(conn, _Translating) else conn


def _translated(method: Callable[..., Any]) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        with stdlib_errors():
            result = method(*args, **kwargs)
        if type(result).__name__ == "Cursor" and not isinstance(result, sqlite3.Cursor):
            return CipherCursor(result)
        return result

    return call
