"""Export all data and import a file, shared by the window and the command line.

``prepare`` reads and checks a whole file without touching the journal, so the person sees what would be created
(and what is wrong) first; ``apply`` then writes it in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from recoveryjournal import __version__
from recoveryjournal.domain.data_import import DataDump, ImportFileError, ImportPlan
from recoveryjournal.export import data
from recoveryjournal.export.files import write_private
from recoveryjournal.export.importers import bearable, daylio, dayone, jrnl
from recoveryjournal.export.importers.base import Source
from recoveryjournal.store import data_io, schema
from recoveryjournal.store.store import Store

EXPORT_FORMATS = {"json": "JSON (everything, exactly)", "csv": "CSV files in a zip (for spreadsheets)"}
IMPORT_FORMATS = {
    "json": "Recovery Journal export (JSON)",
    "csv": "Recovery Journal export (CSV zip or folder)",
    "daylio": "Daylio (CSV)",
    "jrnl": "jrnl (JSON)",
    "dayone": "Day One (JSON or zip)",
    "bearable": "Bearable (CSV)",
}
PARSERS: dict[str, Callable[[bytes], ImportPlan]] = {
    "jrnl": jrnl.parse,
    "dayone": dayone.parse,
    "bearable": bearable.parse,
}
FULL_FORMATS = {"json", "csv"}

Prepared = DataDump | ImportPlan


def export_all(store: Store, target: Path, fmt: str, now: datetime, overwrite: bool = False) -> Path:
    """Write every record to ``target`` (mode 0600); an existing file is replaced only with ``overwrite``."""
    dump = data_io.dump(store, now, __version__)
    content = data.to_json(dump) if fmt == "json" else data.to_csv_zip(dump, data_io.table_spec(store))
    return write_private(target, content, overwrite)


def read_bytes(path: Path) -> bytes:
    """The whole file, once its size is known to be within the import limit."""
    return Source.of_path(path).read()


def prepare(store: Store, source: Path, fmt: str, mood_levels: dict[str, int] | None = None) -> Prepared:
    """Read and check the whole file; raises ``ImportFileError`` when none of it can be imported."""
    if fmt == "csv":
        members = data.folder_members(source) if source.is_dir() else data.zip_members_of(Source.of_path(source))
        return data.parse_csv(members, data_io.table_spec(store), schema.SCHEMA_VERSION)
    if source.is_dir():
        raise ImportFileError(f"{source} is a folder; choose the exported file")
    content = read_bytes(source)
    if fmt == "json":
        return data.parse_json(content, data_io.table_spec(store), schema.SCHEMA_VERSION)
    if fmt == "daylio":
        return daylio.parse(content, mood_levels)
    if fmt not in PARSERS:
        raise ImportFileError(f"unknown format {fmt!r}")
    return PARSERS[fmt](content)


def daylio_labels(source: Path) -> list[str]:
    return daylio.mood_labels(read_bytes(source))


def apply(store: Store, prepared: Prepared) -> Path | None:
    """Write what ``prepare`` read, all or nothing; returns the backup made first, if the journal held records."""
    if isinstance(prepared, DataDump):
        return data_io.replace_all(store, prepared)
    return data_io.add_plan(store, prepared)


def describe(prepared: Prepared) -> str:
    """One sentence on what an import would do."""
    if isinstance(prepared, DataDump):
        total = sum(prepared.counts().values())
        return (
            f"This export holds {total} records. Importing it replaces everything in this journal with the "
            "export's contents; a backup of the journal is made first if it holds anything of yours."
        )
    if prepared.is_empty():
        return (
            f"Nothing in this file can be imported as {prepared.source}. Check that you chose the right kind of file."
        )
    return f"From {prepared.source}: {prepared.summary()} would be added to your journal."
