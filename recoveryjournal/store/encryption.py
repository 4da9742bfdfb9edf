"""Turning encryption on, off, or changing the passphrase, for a closed journal, always after a safety backup.

Every file is rewritten through a checked copy and an atomic rename, in an order that leaves the journal openable
after a crash at any point: the key file is written before anything is encrypted and removed only after everything
is plain again (a plain file always opens without a key).
"""

from __future__ import annotations

from pathlib import Path

from recoveryjournal import paths
from recoveryjournal.store import backup, crypto, drafts
from recoveryjournal.store.cipher import is_plaintext
from recoveryjournal.store.db import InstanceLock, ensure_private_folder


def _convert_everything(folder: Path, old_key: bytes | None, new_key: bytes | None) -> None:
    """Rewrite each file not yet in the wanted form, so running it again after a crash finishes the job."""
    for path in [*backup.backup_files(folder), paths.database_path(folder)]:
        if path.exists() and path.stat().st_size > 0 and is_plaintext(path) != (new_key is None):
            backup.replace_file(path, old_key, path, new_key)
    wanted = drafts.PLAIN if new_key is None else drafts.ENCRYPTED
    for draft in drafts.list_drafts(folder):
        if draft.suffix != wanted:
            drafts.write_draft(folder, draft.stem, drafts.read_draft(draft, old_key), new_key)


def _safety_copy(folder: Path, label: str, key: bytes | None) -> None:
    database = paths.database_path(folder)
    if database.exists():
        backup.copy_file(database, key, backup.new_backup_path(folder, label), key)


def encrypt(folder: Path, passphrase: str, kdf: crypto.Kdf = crypto.DEFAULT_KDF) -> tuple[bytes, str]:
    """Encrypt a closed plain journal, its backups and drafts; returns the data key and the new recovery key."""
    ensure_private_folder(folder)
    lock = InstanceLock(folder)
    lock.acquire()
    try:
        _safety_copy(folder, "before-encryption", None)
        data_key, recovery_key = crypto.new_data_key(), crypto.new_recovery_key()
        crypto.create_keyfile(folder, data_key, passphrase, recovery_key, kdf)
        _convert_everything(folder, None, data_key)
    finally:
        lock.release()
    return data_key, recovery_key


def decrypt(folder: Path, data_key: bytes) -> None:
    """Remove encryption from a closed journal, its backups and drafts, then delete the key file."""
    lock = InstanceLock(folder)
    lock.acquire()
    try:
        _safety_copy(folder, "before-decryption", data_key)
        _convert_everything(folder, data_key, None)
        paths.keyfile_path(folder).unlink(missing_ok=True)
    finally:
        lock.release()


def change_passphrase(folder: Path, data_key: bytes, new_passphrase: str) -> None:
    """Re-wrap the data key under a new passphrase; the old passphrase stops working, the recovery key does not."""
    crypto.change_passphrase(folder, data_key, new_passphrase)
