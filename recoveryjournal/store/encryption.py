"""Turning encryption on or off, or changing the passphrase, as a transaction that survives a crash at any moment.

A change is announced in ``journal.key-change`` (flushed to disk) before the first file changes, and the notice is
removed only after the last. Every file is rewritten through a checked copy and an atomic rename, so each file is
always whole, old or new. The key file is written before anything is encrypted and removed only after everything is
plain again, so a file that is encrypted always has its key. At the next start ``finish_interrupted`` finds the
notice: an encryption whose key file was never written is undone (nothing was encrypted yet); anything else is
finished with the data key as soon as the journal is unlocked. Changing the passphrase is one atomic rename of the
key file: either passphrase works before it, only the new one after.

Nothing readable is left behind once a passphrase is set: the journal, every backup and every draft are encrypted,
files set aside as damaged or not belonging are sealed (their bytes kept unchanged inside an encrypted file, and
unsealed again when the passphrase is removed), and the copies a crash can leave half-written are deleted.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from recoveryjournal import paths
from recoveryjournal.store import backup, cipher, crypto, drafts
from recoveryjournal.store.cipher import is_plaintext
from recoveryjournal.store.db import InstanceLock, ensure_private_folder
from recoveryjournal.store.files import VERIFYING, sync_folder, write_atomically

ENCRYPT, DECRYPT = "encrypt", "decrypt"
SEALED = ".sealed"
# The app's own files in the data folder; anything else there is the person's and is left as it is.
OWN_NAMES = {paths.LOCK_NAME, paths.KEYFILE_NAME, paths.CHANGE_NAME, "window.ini", VERIFYING}


def encrypt(folder: Path, passphrase: str, kdf: crypto.Kdf = crypto.DEFAULT_KDF) -> tuple[bytes, str]:
    """Encrypt a closed plain journal, its backups, drafts and set-aside files; returns the data key and the new
    recovery key."""
    ensure_private_folder(folder)
    lock = InstanceLock(folder)
    lock.acquire()
    try:
        _announce(folder, ENCRYPT)
        _safety_copy(folder, "before-encryption", None)
        data_key, recovery_key = crypto.new_data_key(), crypto.new_recovery_key()
        crypto.create_keyfile(folder, data_key, passphrase, recovery_key, kdf)
        _finish(folder, None, data_key)
    finally:
        lock.release()
    return data_key, recovery_key


def decrypt(folder: Path, data_key: bytes) -> None:
    """Remove encryption from a closed journal and everything beside it, then delete the key file."""
    lock = InstanceLock(folder)
    lock.acquire()
    try:
        _announce(folder, DECRYPT)
        _safety_copy(folder, "before-decryption", data_key)
        _finish(folder, data_key, None)
    finally:
        lock.release()


def change_passphrase(folder: Path, data_key: bytes, new_passphrase: str) -> None:
    """Re-wrap the data key under a new passphrase; the old passphrase stops working, the recovery key does not."""
    crypto.change_passphrase(folder, data_key, new_passphrase)


def finish_interrupted(folder: Path, key: bytes | None) -> bytes | None:
    """At start, before the journal opens: finish or undo a change a crash interrupted; returns the key to open with.

    Call with ``key=None`` first (it settles what needs no key), then, for an encrypted journal, again with the
    unlocked data key. A finished decryption returns ``None``: the journal is plain now.
    """
    change = pending(folder)
    if key is None and (change is None or paths.is_encrypted(folder)):
        return None  # nothing to do, or the key is needed: asked for first
    if key is not None and change is None and not plain_files(folder):
        return key
    lock = InstanceLock(folder)
    lock.acquire()
    try:
        if key is None:  # an encryption that never wrote its key file (nothing was encrypted), or a finished decryption
            _settle(folder)
            return None
        wanted = None if change == DECRYPT else key
        _finish(folder, key, wanted)
    finally:
        lock.release()
    return wanted


def pending(folder: Path) -> str | None:
    """The change a crash interrupted, as announced in ``journal.key-change``; ``None`` when there is none."""
    try:
        change = json.loads(paths.change_path(folder).read_text(encoding="utf-8")).get("change")
    except FileNotFoundError:
        return None
    except (OSError, ValueError, AttributeError):
        change = None
    return change if change in (ENCRYPT, DECRYPT) else ENCRYPT  # unreadable: encrypt what has a key, never less


def plain_files(folder: Path) -> list[Path]:
    """Every file of the journal's in the data folder that is readable without the key (should be none once a
    passphrase is set)."""
    found = [path for path in _databases(folder) if is_plaintext(path)]
    found += [path for path in _set_aside(folder) if path.suffix != SEALED]
    found += [path for path in drafts.list_drafts(folder) if path.suffix == drafts.PLAIN]
    return found + _leftovers(folder)


def not_the_apps(folder: Path) -> list[Path]:
    """Files in the data folder that are not Recovery Journal's (an export saved there, say): they stay as they are,
    unencrypted, and the passphrase dialog lists them."""
    if not folder.is_dir():
        return []
    own = {paths.DATABASE_NAME, *OWN_NAMES, paths.backups_dir(folder).name, paths.drafts_dir(folder).name}
    return sorted(
        path
        for path in folder.iterdir()
        if path.name not in own and not path.name.startswith(paths.DATABASE_NAME) and not path.is_dir()
    )


def _announce(folder: Path, change: str) -> None:
    write_atomically(paths.change_path(folder), json.dumps({"change": change}).encode("utf-8"))


def _finish(folder: Path, old_key: bytes | None, new_key: bytes | None) -> None:
    """Bring every file into the wanted form, then close the change; running it again after a crash goes on."""
    _remove_leftovers(folder)
    for path in _databases(folder):
        if path.stat().st_size > 0 and is_plaintext(path) != (new_key is None):
            backup.replace_file(path, old_key, path, new_key)
    for path in _set_aside(folder):
        if new_key is not None and path.suffix != SEALED:
            _seal(path, new_key)
        elif new_key is None and path.suffix == SEALED and old_key is not None:
            _unseal(path, old_key)
    wanted = drafts.PLAIN if new_key is None else drafts.ENCRYPTED
    for draft in drafts.list_drafts(folder):
        if draft.suffix != wanted:
            drafts.write_draft(folder, draft.stem, drafts.read_draft(draft, old_key), new_key)
    if new_key is None:
        paths.keyfile_path(folder).unlink(missing_ok=True)
    _settle(folder)


def _settle(folder: Path) -> None:
    """Close the change: no half-written copy left, and no notice of a change in progress."""
    _remove_leftovers(folder)
    paths.change_path(folder).unlink(missing_ok=True)
    sync_folder(folder)


def _remove_leftovers(folder: Path) -> None:
    for leftover in _leftovers(folder):
        shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()


def _safety_copy(folder: Path, label: str, key: bytes | None) -> None:
    database = paths.database_path(folder)
    if database.exists():
        backup.copy_file(database, key, backup.new_backup_path(folder, label), key)


def _databases(folder: Path) -> list[Path]:
    database = paths.database_path(folder)
    return [path for path in [*backup.backup_files(folder), database] if path.is_file()]


def _set_aside(folder: Path) -> list[Path]:
    """Files set aside beside the journal (damaged, or a log that did not belong), sealed or not."""
    prefix = paths.DATABASE_NAME + "."
    return sorted(
        path
        for path in folder.iterdir()
        if path.name.startswith(prefix) and ".incoming" not in path.name and path.suffix != ".partial"
    )


def _leftovers(folder: Path) -> list[Path]:
    """Half-written copies a crash can leave: never needed, since each is renamed into place only when complete."""
    found = [path for path in folder.glob(paths.DATABASE_NAME + "*") if ".incoming" in path.name]
    found += [path for path in folder.glob("*.partial")]
    found += [path for path in paths.backups_dir(folder).glob("*.incoming*")]
    found += [path for path in paths.drafts_dir(folder).glob("*.partial")]
    found.append(folder / VERIFYING)
    return [path for path in found if path.exists()]


def _seal(path: Path, key: bytes) -> None:
    """Keep a file's exact bytes inside an encrypted file beside it (``.sealed``), then remove the readable one."""
    sealed = path.with_name(path.name + SEALED)
    if not sealed.exists():
        temporary = sealed.with_name(sealed.name + ".partial")
        temporary.unlink(missing_ok=True)
        conn = cipher.connect(temporary, key)
        try:
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("CREATE TABLE sealed (content BLOB NOT NULL)")
            conn.execute("INSERT INTO sealed (content) VALUES (?)", [path.read_bytes()])
            conn.commit()
        finally:
            conn.close()
        with open(temporary, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, sealed)
        sync_folder(path.parent)
    path.unlink()


def _unseal(sealed: Path, key: bytes) -> None:
    original = sealed.with_name(sealed.name.removesuffix(SEALED))
    if not original.exists():
        conn = cipher.connect(sealed, key, read_only=True, closed=True)
        try:
            content = conn.execute("SELECT content FROM sealed").fetchone()[0]
        finally:
            conn.close()
        write_atomically(original, content)
    sealed.unlink()
