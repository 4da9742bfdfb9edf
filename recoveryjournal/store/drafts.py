"""Unsaved words: what is typed into a form is kept as a draft in the journal (table ``drafts``) until it is saved,
and when the journal cannot be written, in a small draft file beside it.

A draft file is written in ``drafts/``, readable only by its owner, atomically (write, flush, rename), so a
half-written draft never replaces a good one. With a passphrase set, a draft file is a tiny SQLCipher file encrypted
with the journal's key; otherwise it is plain UTF-8 text: the words as typed for a journal entry, a small JSON
document (name ``form-<key>``) for a form with several boxes.

``unsaved_drafts`` gathers both kinds, so the next start can offer everything back in one place.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from recoveryjournal import paths
from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.draft_models import Draft, DraftField
from recoveryjournal.i18n import translate
from recoveryjournal.store import cipher, errors
from recoveryjournal.store.rows import iso, moment

if TYPE_CHECKING:
    from recoveryjournal.store.store import Store

PLAIN, ENCRYPTED = ".txt", ".draft"
NAME = re.compile(r"^[A-Za-z0-9_-]{1,80}$")
FORM = "form-"  # the file name of a form's draft: its key after this
ENTRY = re.compile(r"^entry-(\d+)$")
T = TypeVar("T")


def keep_draft(store: Store, draft: Draft) -> Path | None:
    """Keep ``draft`` in the journal; if the journal cannot be written, in a draft file, whose path is returned.

    Raises the plain ``StoreError`` (``draft`` unset) when even the file cannot be written.
    """
    try:
        store.drafts.keep(draft)
        return None
    except (sqlite3.Error, OSError) as error:
        known = errors.translate(error, store.path)
        if known is None:
            raise
        try:
            return write_draft(store.folder, FORM + draft.key, _document(draft), store.key)
        except OSError:
            raise known from error


def _document(draft: Draft) -> str:
    return json.dumps(
        {
            "kind": draft.kind,
            "label": draft.label,
            "record_id": draft.record_id,
            "fields": [[each.name, each.label, each.text] for each in draft.fields],
            "updated_at": iso(draft.updated_at or now_local()),
        },
        ensure_ascii=False,
        indent=1,
    )


def let_go(store: Store, key: str) -> None:
    """Forget the draft ``key``, in the journal and as a file; a journal that cannot be written keeps it for now."""
    for name in (key, FORM + key):
        delete_draft(store.folder, name)
    try:
        store.drafts.drop(key)
    except (sqlite3.Error, OSError) as error:
        if errors.translate(error, store.path) is None:
            raise


def unsaved_drafts(store: Store) -> list[Draft]:
    """Every draft, in the journal and in files, oldest first; a file newer than the journal's copy replaces it."""
    found = {draft.key: draft for draft in store.drafts.all()}
    for path in list_drafts(store.folder):
        try:
            draft = _from_file(path, read_draft(path, store.key))
        except (OSError, ValueError, KeyError, TypeError, sqlite3.Error, errors.StoreError):
            continue  # a file this version cannot read stays where it is, for the person to open themselves
        older = found.get(draft.key)
        if older is None or older.updated_at is None or older.updated_at <= draft.updated_at:
            found[draft.key] = draft
    return sorted(found.values(), key=lambda draft: draft.updated_at)


def _from_file(path: Path, text: str) -> Draft:
    name = path.stem
    stamp = datetime.fromtimestamp(path.stat().st_mtime).astimezone()
    if name.startswith(FORM):
        document = json.loads(text)
        return Draft(
            key=name.removeprefix(FORM),
            kind=document["kind"],
            label=document["label"],
            fields=[DraftField(*each) for each in document["fields"]],
            record_id=document["record_id"],
            updated_at=moment(document["updated_at"]),
            path=path,
        )
    entry = ENTRY.match(name)
    return Draft(
        key=name,
        kind="entry",
        label=translate("Drafts", "Journal entry"),
        fields=[DraftField("text", translate("Drafts", "Text"), text)],
        record_id=int(entry.group(1)) if entry else None,
        updated_at=stamp,
        path=path,
    )


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
        raise errors.WrongPassphraseError(
            translate("StoreError", "The draft {path} is encrypted; unlock the journal to read it.").format(path=path),
            path,
        )
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
