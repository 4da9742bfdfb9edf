"""Recovery copies of unsaved words: when saving to the journal fails, the text goes to a small draft file.

A draft is written beside the journal in ``drafts/``, readable only by its owner, atomically (write, flush, rename),
so a half-written draft never replaces a good one. With a passphrase set, a draft is a tiny SQLCipher file encrypted
with the journal's key; otherwise it is plain UTF-8 text.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from recoveryjournal import paths
from recoveryjournal.store import cipher, errors

if TYPE_CHECKING:
    from recoveryjournal.store.store import Store

PLAIN, ENCRYPTED = ".txt", ".draft"
NAME = re.compile(r"^[A-Za-z0-9_-]{1,80}$")
T = TypeVar("T")


def draft_path(folder: Path, name: str, key: bytes | None) -> Path:
    if not NAME.match(name):
        raise ValueError(f"draft names are letters, digits, '-' and '_': {name!r}")
    return paths.drafts_dir(folder) / (name + (ENCRYPTED if key is not None else PLAIN))


def write_draft(folder: Path, name: str, text: str, key: bytes | None = None) -> Path:
    """Keep ``text`` under ``name`` (replacing an older draft of the same name) and return the file."""
    target = draft_path(folder, name, key)
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".partial")
    temporary.unlink(missing_ok=True)
    old_umask = os.umask(0o077)
    try:
        if key is None:
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
        else:
            conn = cipher.connect(temporary, key)
            try:
                conn.execute("PRAGMA journal_mode = OFF")
                conn.execute("CREATE TABLE draft (text TEXT NOT NULL)")
                conn.execute("INSERT INTO draft (text) VALUES (?)", [text])
                conn.commit()
            finally:
                conn.close()
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    finally:
        os.umask(old_umask)
    (target.with_name(target.stem + (PLAIN if key is not None else ENCRYPTED))).unlink(missing_ok=True)
    return target


def list_drafts(folder: Path) -> list[Path]:
    """Every draft, oldest first."""
    folder = paths.drafts_dir(folder)
    if not folder.is_dir():
        return []
    found = [path for path in folder.iterdir() if path.suffix in (PLAIN, ENCRYPTED)]
    return sorted(found, key=lambda path: path.stat().st_mtime)


def read_draft(path: Path, key: bytes | None = None) -> str:
    if path.suffix == PLAIN:
        return path.read_text(encoding="utf-8")
    if key is None:
        raise errors.WrongPassphraseError(f"The draft {path} is encrypted; unlock the journal to read it.", path)
    conn = cipher.connect(path, key, read_only=True)
    try:
        return conn.execute("SELECT text FROM draft").fetchone()[0]
    finally:
        conn.close()


def delete_draft(folder: Path, name: str) -> None:
    for key in (None, b""):
        draft_path(folder, name, key).unlink(missing_ok=True)


def save_keeping_words(store: Store, draft_name: str, text: str, save: Callable[[], T]) -> T:
    """Run ``save``; if the disk or folder makes it fail, keep ``text`` in a draft and raise the plain message.

    The raised ``StoreError`` has ``draft`` set to the draft file, or ``None`` when even that could not be written
    (the words then stay only in the editor, which must not clear them).
    """
    try:
        return save()
    except (sqlite3.Error, OSError) as error:
        known = errors.translate(error, store.path)
        if known is None:
            raise
        try:
            known.draft = write_draft(store.folder, draft_name, text, store.key)
        except OSError:
            known.draft = None
        raise known from error
