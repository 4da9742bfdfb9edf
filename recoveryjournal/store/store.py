"""The one object the rest of the app holds: an open journal file and a repository per kind of record."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from recoveryjournal import paths
from recoveryjournal.store.checkins import CheckInRepo
from recoveryjournal.store.db import open_database
from recoveryjournal.store.journal import JournalRepo
from recoveryjournal.store.lapses import LapseRepo
from recoveryjournal.store.settings import SettingsRepo
from recoveryjournal.store.sobriety import SobrietyRepo
from recoveryjournal.store.triggers import TriggerRepo

if TYPE_CHECKING:
    from recoveryjournal.store.coping import CopingRepo
    from recoveryjournal.store.db import Database, InstanceLock
    from recoveryjournal.store.insights import InsightsRepo
    from recoveryjournal.store.measures import MeasuresRepo
    from recoveryjournal.store.plan import PlanRepo
    from recoveryjournal.store.reflections import ReflectionRepo
    from recoveryjournal.store.search import SearchRepo
    from recoveryjournal.store.sessions import SessionRepo
    from recoveryjournal.store.trash import TrashRepo


class Store:
    def __init__(self, folder: Path, db: Database, lock: InstanceLock, key: bytes | None = None) -> None:
        self.folder = folder
        self.path = paths.database_path(folder)
        self.db = db
        self.key = key
        self._lock = lock
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
    def trash(self) -> TrashRepo:
        from recoveryjournal.store.trash import TrashRepo

        return TrashRepo(self.db)

    @cached_property
    def search(self) -> SearchRepo:
        """Loaded on first use, like ``insights``: the search and its text folding are not needed to start the app."""
        from recoveryjournal.store.search import SearchRepo

        return SearchRepo(self.db)

    @cached_property
    def insights(self) -> InsightsRepo:
        """Loaded on first use: the pattern analysis behind it is not needed to start the app."""
        from recoveryjournal.store.insights import InsightsRepo

        return InsightsRepo(self.db)

    @classmethod
    def open(cls, folder: Path, key: bytes | None = None, check_health: bool = True) -> Store:
        """Open the journal; ``key`` is the in-memory data key of an encrypted journal.

        ``check_health=False``: the caller runs ``db.check_health`` before writing (see ``db.inspect_existing``).
        """
        db, lock = open_database(folder, key, check_health)
        return cls(folder, db, lock, key)

    def changed_since_open(self) -> bool:
        return self.db.conn.total_changes != self._changes_at_open

    def refuse_writes(self) -> None:
        """Stop every write to a file found damaged, so the damage cannot spread while the person decides."""
        self.db.execute("PRAGMA query_only = ON")

    def close(self) -> None:
        self.db.close()
        self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
