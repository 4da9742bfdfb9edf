"""What an import will create, what went wrong on the way, and the shape of a full-data dump.

Shared by the file readers in ``export/`` and the writer in ``store/data_io.py``, so neither has to import the
other. Pure data: no Qt, no SQL, no files.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from recoveryjournal.domain.models import CheckIn, JournalEntry


@dataclass(frozen=True)
class ImportProblem:
    """Something in the file that could not be taken as it was; ``where`` is e.g. "line 4" or "entry 12"."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class ImportFileError(Exception):
    """The file cannot be imported at all, so nothing is written. The message is plain words for the person."""

    def __init__(self, message: str, where: str = "") -> None:
        super().__init__(f"{where}: {message}" if where else message)
        self.problem = ImportProblem(where, message)


@dataclass
class ImportPlan:
    """The records an import from another app would create, shown as a preview before anything is written."""

    source: str
    entries: list[JournalEntry] = field(default_factory=list)
    checkins: list[CheckIn] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {"journal entries": len(self.entries), "check-ins": len(self.checkins)}

    def summary(self) -> str:
        """E.g. "1 journal entry and 12 check-ins"."""
        return f"{counted(len(self.entries), 'journal entry', 'journal entries')} and " + counted(
            len(self.checkins), "check-in", "check-ins"
        )

    def is_empty(self) -> bool:
        return not self.entries and not self.checkins

    def preview(self, limit: int = 5) -> list[tuple[str, str, str]]:
        """The first records of each kind as (kind, when, words) rows, oldest first."""
        rows = [
            ("Journal entry", entry.created_at.strftime("%Y-%m-%d %H:%M"), entry.title or first_line(entry.body))
            for entry in sorted(self.entries, key=lambda entry: entry.created_at)[:limit]
        ]
        for checkin in sorted(self.checkins, key=lambda checkin: checkin.at)[:limit]:
            mood = f"mood {checkin.mood}" if checkin.mood is not None else "no mood"
            words = "; ".join(part for part in (mood, checkin.what_happening, first_line(checkin.note)) if part)
            rows.append(("Check-in", checkin.at.strftime("%Y-%m-%d %H:%M"), words))
        return rows


def counted(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def first_line(text: str, width: int = 80) -> str:
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= width else line[: width - 1] + "…"


@dataclass(frozen=True)
class Column:
    """One column of a journal table as a full-data file carries it.

    ``kind`` is ``int``, ``float`` or ``str``; ``empty_is_text`` says an empty CSV cell means ``""`` (text columns
    that are required or default to text) rather than "no value".
    """

    name: str
    kind: type
    not_null: bool = False
    empty_is_text: bool = False


TableSpec = dict[str, list[Column]]


@dataclass
class DataDump:
    """Every row of every journal table, exactly as stored, with the versions that wrote it."""

    schema_version: int
    app_version: str
    exported_at: str
    tables: dict[str, list[dict]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        return {table: len(rows) for table, rows in self.tables.items()}
