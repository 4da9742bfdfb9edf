"""Where the journal lives on disk. The only module that imports appdirs."""

from __future__ import annotations

import os
import re
from pathlib import Path

APP_NAME = "RecoveryJournal"
ENV_DATA_DIR = "RECOVERYJOURNAL_DATA_DIR"
DATABASE_NAME = "journal.sqlite3"
LOCK_NAME = "journal.lock"
KEYFILE_NAME = "journal.key"  # beside an encrypted journal; see store/crypto.py
CHANGE_NAME = "journal.key-change"  # while encryption is turned on or off; see store/encryption.py
BACKUP_NAME = re.compile(r"^journal-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<label>[a-z0-9-]+)\.sqlite3$")


def default_data_dir() -> Path:
    import appdirs

    return Path(appdirs.user_data_dir(APP_NAME, appauthor=False))


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: ``--data-dir`` first, then ``RECOVERYJOURNAL_DATA_DIR``, then the platform's user data dir."""
    if override:
        return Path(override).expanduser().resolve()
    from_env = os.environ.get(ENV_DATA_DIR)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return default_data_dir()


def database_path(folder: Path) -> Path:
    return folder / DATABASE_NAME


def lock_path(folder: Path) -> Path:
    return folder / LOCK_NAME


def keyfile_path(folder: Path) -> Path:
    return folder / KEYFILE_NAME


def is_encrypted(folder: Path) -> bool:
    """Asked at every start, so it lives here: the key-file code (store/crypto.py) loads only for an encrypted one."""
    return keyfile_path(folder).exists()


def change_path(folder: Path) -> Path:
    return folder / CHANGE_NAME


def change_pending(folder: Path) -> bool:
    """Whether turning encryption on or off was interrupted (asked at every start, so it lives here)."""
    return change_path(folder).exists()


def measures_dir(folder: Path) -> Path:
    """Where a clinic drops its own questionnaires (TOML files, see ``domain/measures.py``)."""
    return folder / "measures"


def backups_dir(folder: Path) -> Path:
    return folder / "backups"


def is_brand_new(folder: Path) -> bool:
    """No journal, backups or key file: this start creates the journal. (A missing file with backups is damage.)
    Asked at every start, so it lives here: the first start's questions (``ui.first_run``) load after the first
    paint."""
    return not (database_path(folder).exists() or has_backups(folder) or is_encrypted(folder))


def has_backups(folder: Path) -> bool:
    """Asked at every start (a missing journal beside backups is damage, not a new journal), so it lives here and not
    in store/backup.py; the names are matched, not parsed (the first ``strptime`` costs milliseconds)."""
    backups = backups_dir(folder)
    return backups.is_dir() and any(BACKUP_NAME.match(path.name) for path in backups.iterdir())


def drafts_dir(folder: Path) -> Path:
    return folder / "drafts"
