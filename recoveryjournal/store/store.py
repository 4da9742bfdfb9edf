"""The one object the rest of the app holds: an open journal file and a repository per kind of record."""

from __future__ import annotations

import os
import sqlite3
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from recoveryjournal import paths
from recoveryjournal.store import errors, schema
from recoveryjournal.store.checkins import CheckInRepo
from recoveryjournal.store.db import (
    Database,
    InstanceLock,
    connect,
    ensure_private_folder,
    inspect_guarding_backups,
    open_for_reading,
)
from recoveryjournal.store.files import require_journal_access, verify_companions
from recoveryjournal.store.journal import JournalRepo
from recoveryjournal.store.lapses import LapseRepo
from recoveryjournal.store.settings import SettingsRepo
from recoveryjournal.store.sobriety import SobrietyRepo
from recoveryjournal.store.triggers import TriggerRepo

if TYPE_CHECKING:
    from recoveryjournal.store.coping import CopingRepo
    from recoveryjournal.store.draft_repo import DraftRepo
    from recoveryjournal.store.finding_marks import FindingRepo
    from recoveryjournal.store.insights import InsightsRepo
    from recoveryjournal.store.measures import MeasuresRepo
    from recoveryjournal.store.plan import PlanRepo
    from recoveryjournal.store.reflections import ReflectionRepo
    from recoveryjournal.store.search import SearchRepo
    from recoveryjournal.store.sessions import SessionRepo
    from recoveryjournal.store.trash import TrashRepo


def open_database(
    folder: Path, key: bytes | None = None, check_health: bool = True
) -> tuple[Database, InstanceLock, list[str]]:
    """Open (or create) the journal in ``folder``, holding the single-instance lock while it is open.

    ``key`` is the data key of an encrypted journal (see ``crypto``); it never touches the disk. With
    ``check_health=False`` the caller runs ``check_health`` itself before anything writes (see ``inspect_existing``).
    Nothing that can write the journal opens it before its ``-wal`` is verified (``files.verify_companions``). Also
    returns what the person should be told (a log set aside).
    """
    ensure_private_folder(folder)
    lock = InstanceLock(folder)
    lock.acquire()
    path = paths.database_path(folder)
    notices = []
    try:
        require_journal_access(folder)
        aside = verify_companions(path, key)
        if aside is not None:
            notices.append(aside.message(path))
        version = inspect_guarding_backups(folder, path, key, check_health)
        old_umask = os.umask(0o077)
        try:
            db = connect(path, key)
        finally:
            os.umask(old_umask)
        lock.hold_journal()
        try:
            if 0 < version < schema.SCHEMA_VERSION:
                from recoveryjournal.store import backup  # only for migrations: not on every start's path

                backup.copy_database(db.conn, folder, f"before-migration-from-v{version}", key)
            schema.migrate(db)
            schema.give_identity(db)
        except BaseException:
            db.close()
            raise
    except sqlite3.DatabaseError as error:
        lock.release()
        errors.raise_known(error, path)
    except BaseException:
        lock.release()
        raise
    return db, lock, notices


class Store:
    def __init__(
        self, folder: Path, db: Database, lock: InstanceLock, key: bytes | None = None, notices: list[str] | None = None
    ) -> None:
        self.folder = folder
        self.path = paths.database_path(folder)
        self.db = db
        self.key = key
        self.notices = notices or []  # what happened to the journal's files at opening, in words for the person
        self._lock = lock
        self.closed = False
        self._changes_at_open = db.conn.total_changes
        self.triggers = TriggerRepo(db)
        self.checkins = CheckInRepo(db)
        self.journal = JournalRepo(db)
        self.lapses = LapseRepo(db)
        self.sobriety = SobrietyRepo(db)
        self.settings = SettingsRepo(db)

    # The records Today never shows load on first use, like the search: their modules and dataclasses cost the
    # start ~5 ms.

    @cached_property
    def coping(self) -> CopingRepo:
        from recoveryjournal.store.coping import CopingRepo

        return CopingRepo(self.db)

    @cached_property
    def plan(self) -> PlanRepo:
        from recoveryjournal.store.plan import PlanRepo

        return PlanRepo(self.db)

    @cached_property
    def reflections(self) -> ReflectionRepo:
        from recoveryjournal.store.reflections import ReflectionRepo

        return ReflectionRepo(self.db)

    @cached_property
    def sessions(self) -> SessionRepo:
        from recoveryjournal.store.sessions import SessionRepo

        return SessionRepo(self.db)

    @cached_property
    def measures(self) -> MeasuresRepo:
        from recoveryjournal.store.measures import MeasuresRepo

        return MeasuresRepo(self.db)

    @cached_property
    def drafts(self) -> DraftRepo:
        from recoveryjournal.store.draft_repo import DraftRepo

        return DraftRepo(self.db)

    @cached_property
    def trash(self) -> TrashRepo:
        from recoveryjournal.store.trash import TrashRepo

        return TrashRepo(self.db)

    @cached_property
    def search(self) -> SearchRepo:
        """Loaded on first use, like ``insights``: the search and its text folding are not needed to start the app."""
        from recoveryjournal.store.search import SearchRepo

        return SearchRepo(self.db)

    @cached_property
    def findings(self) -> FindingRepo:
        """What the person said about findings, and this week's finding on Today."""
        from recoveryjournal.store.finding_marks import FindingRepo

        return FindingRepo(self.db, self.settings)

    @cached_property
    def insights(self) -> InsightsRepo:
        """Loaded on first use: the pattern analysis behind it is not needed to start the app."""
        from recoveryjournal.store.insights import InsightsRepo

        return InsightsRepo(self.db, self.settings)

    @classmethod
    def open(cls, folder: Path, key: bytes | None = None, check_health: bool = True) -> Store:
        """Open the journal; ``key`` is the in-memory data key of an encrypted journal.

        ``check_health=False``: the caller runs ``db.check_health`` before writing (see ``db.inspect_existing``).
        """
        db, lock, notices = open_database(folder, key, check_health)
        return cls(folder, db, lock, key, notices)

    @classmethod
    def open_read_only(cls, folder: Path, key: bytes | None = None) -> Store:
        """The journal only to look at (an import's dry run): nothing in its folder is created or changed, and any
        write fails; see ``db.open_for_reading`` for when it is refused."""
        return cls(folder, open_for_reading(folder, key), InstanceLock(folder), key)

    def changed_since_open(self) -> bool:
        return self.db.conn.total_changes != self._changes_at_open

    def refuse_writes(self) -> None:
        """Stop every write to a file found damaged, so the damage cannot spread while the person decides."""
        self.db.execute("PRAGMA query_only = ON")

    def close(self) -> None:
        self.closed = True
        self.db.close()
        self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
