"""Export all data and import a file, shared by the window and the command line.

``prepare`` reads and checks a whole file without touching the journal, so the person sees what would be created
(and what is wrong) first; ``apply`` then writes it in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

from recoveryjournal import __version__
from recoveryjournal.domain.data_import import DataDump, Found, ImportFileError, ImportPlan, Item, Known, counted
from recoveryjournal.export import data
from recoveryjournal.export.files import write_private
from recoveryjournal.export.importers import bearable, daylio, dayone, jrnl
from recoveryjournal.export.importers.base import Progress, Source
from recoveryjournal.i18n import translatable, translate
from recoveryjournal.store import data_io, schema
from recoveryjournal.store.store import Store

EXPORT_FORMATS = {
    "json": translatable("Transfer", "JSON (everything, exactly)"),
    "csv": translatable("Transfer", "CSV files in a zip (for spreadsheets)"),
}
IMPORT_FORMATS = {
    "json": translatable("Transfer", "Recovery Journal export (JSON)"),
    "csv": translatable("Transfer", "Recovery Journal export (CSV zip or folder)"),
    "daylio": translatable("Transfer", "Daylio (CSV)"),
    "jrnl": translatable("Transfer", "jrnl (JSON)"),
    "dayone": translatable("Transfer", "Day One (JSON or zip)"),
    "bearable": translatable("Transfer", "Bearable (CSV)"),
}
READERS: dict[str, tuple[str, Callable[..., Iterator[Item]]]] = {
    "daylio": (daylio.NAME, daylio.read),
    "jrnl": (jrnl.NAME, jrnl.read),
    "dayone": (dayone.NAME, dayone.read),
    "bearable": (bearable.NAME, bearable.read),
}
FULL_FORMATS = {"json", "csv"}
# Records of each kind kept for the preview; the rest of a large file is counted, then read again to import it.
PREVIEW_KEEP = 50

Prepared = DataDump | ImportPlan


def export_all(store: Store, target: Path, fmt: str, now: datetime, overwrite: bool = False) -> Path:
    """Write every record to ``target`` (mode 0600); an existing file is replaced only with ``overwrite``."""
    if fmt == "json":
        return write_private(
            target, data.to_json(data_io.versions(now, __version__), data_io.each_table(store)), overwrite
        )
    return write_private(
        target, data.to_csv_zip(data_io.dump(store, now, __version__), data_io.table_spec(store)), overwrite
    )


def prepare(
    store: Store | None,
    source: Path,
    fmt: str,
    mood_levels: dict[str, int] | None = None,
    progress: Progress | None = None,
) -> Prepared:
    """Read and check the whole file; raises ``ImportFileError`` when none of it can be imported.

    Without a ``store`` (a dry run with no journal yet) nothing is compared with a journal and nothing is created.
    """
    if fmt in FULL_FORMATS:
        spec = data_io.table_spec(store) if store is not None else data_io.blank_spec()
        if fmt == "csv":
            members = data.folder_members(source) if source.is_dir() else data.zip_members_of(Source.of_path(source))
            return data.parse_csv(members, spec, schema.SCHEMA_VERSION)
        _not_a_folder(source)
        return data.parse_json(Source.of_path(source, progress).read(), spec, schema.SCHEMA_VERSION)
    if fmt not in READERS:
        raise ImportFileError(translate("Transfer", "unknown format {fmt!r}").format(fmt=fmt))
    _not_a_folder(source)
    name, reader = READERS[fmt]
    options = {"mood_levels": mood_levels} if fmt == "daylio" else {}

    def items(report: Progress | None = None) -> Iterator[Item]:
        return reader(Source.of_path(source, report), **options)

    known = data_io.known_imports(store, name) if store is not None else Known()
    plan = ImportPlan.of(name, items(progress), known, keep=PREVIEW_KEEP)
    plan.again = items
    return plan


def _not_a_folder(source: Path) -> None:
    if source.is_dir():
        raise ImportFileError(
            translate("Transfer", "{source} is a folder; choose the exported file").format(source=source)
        )


def apply(store: Store, prepared: Prepared, progress: Progress | None = None) -> Path | None:
    """Write what ``prepare`` read, all or nothing; returns the backup made first, if the journal held records.

    An import from another app reads its file again as it writes, so even a very large file is never all in memory.
    """
    if isinstance(prepared, DataDump):
        return data_io.replace_all(store, prepared)
    items = prepared.again(progress) if prepared.again is not None else _kept(prepared)
    return data_io.add_records(store, prepared.source, items)


def _kept(plan: ImportPlan) -> Iterator[Item]:
    for number, record in enumerate([*plan.entries, *plan.checkins, *plan.sleep], start=1):
        yield Found(translate("Transfer", "record {number}").format(number=number), record)


def describe(prepared: Prepared) -> str:
    """What an import would do, in a sentence or three."""
    if isinstance(prepared, DataDump):
        total = sum(prepared.counts().values())
        return translate(
            "Transfer",
            "This export holds {total} records. Importing it replaces everything in this journal "
            "with the export's contents; a backup of the journal is made first if it holds anything "
            "of yours.",
        ).format(total=total)
    sentences = []
    if prepared.is_empty():
        sentences.append(
            translate(
                "Transfer", "Everything in this file is already in your journal, so importing it again adds nothing."
            )
        )
    else:
        sentences.append(
            translate("Transfer", "From {source}: {prepared} would be added to your journal.").format(
                source=prepared.source, prepared=prepared.summary()
            )
        )
        if prepared.already:
            sentences.append(
                translate("Transfer", "{counted} already in your journal and will be skipped.").format(
                    counted=counted(
                        prepared.already, translate("Transfer", "record is"), translate("Transfer", "records are")
                    )
                )
            )
    if prepared.changed_count:
        sentences.append(
            translate("Transfer", "{counted} changed since the last import and would come in as new.").format(
                counted=counted(
                    prepared.changed_count, translate("Transfer", "record has"), translate("Transfer", "records have")
                )
            )
        )
    if prepared.left_behind():
        sentences.append(
            translate("Transfer", "{prepared} could not be imported; each entry says so.").format(
                prepared=prepared.left_behind()
            )
        )
    sentences.extend(prepared.notes)
    return " ".join(sentences)
