"""Copies of the journal through SQLite's online-backup API, so a copy is consistent even while the app writes."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from recoveryjournal import paths

if TYPE_CHECKING:
    from recoveryjournal.store.store import Store


def back_up(store: Store, label: str = "manual") -> Path:
    """Write a complete copy into the backups folder and return its path."""
    return copy_database(store.db.conn, store.folder, label)


def copy_database(conn: sqlite3.Connection, data_folder: Path, label: str) -> Path:
    """Copy an open journal in one step (``pages=-1``, so steady writes cannot stall it) into the backups folder."""
    folder = paths.backups_dir(data_folder)
    folder.mkdir(mode=0o700, exist_ok=True)
    target = folder / f"journal-{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}-{label}.sqlite3"
    old_umask = os.umask(0o077)
    try:
        dest = sqlite3.connect(str(target))
        try:
            conn.backup(dest, pages=-1)
        finally:
            dest.close()
    finally:
        os.umask(old_umask)
    os.chmod(target, 0o600)
    return target
