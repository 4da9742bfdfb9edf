"""``recoveryjournal export-data`` and ``recoveryjournal import``: all data out and in without a window."""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from recoveryjournal import paths
from recoveryjournal.command_error import CommandError
from recoveryjournal.domain.data_import import DataDump, ImportFileError, ImportPlan, read_mood_map
from recoveryjournal.domain.text_hygiene import neutralise
from recoveryjournal.export.files import ExportError, check_target
from recoveryjournal.export.transfer import EXPORT_FORMATS, IMPORT_FORMATS
from recoveryjournal.i18n import translate

if TYPE_CHECKING:
    from recoveryjournal.store.store import Store


def add_data_commands(commands: argparse._SubParsersAction) -> None:
    out = commands.add_parser(
        "export-data",
        help=translate("DataCommand", "write everything in the journal to one file (JSON, or CSV files in a zip)"),
        description=translate(
            "DataCommand",
            "Write every record, the trash and settings included. JSON imports back exactly; CSV is for spreadsheets.",
        ),
    )
    out.add_argument(
        "--format", choices=tuple(EXPORT_FORMATS), required=True, help=translate("DataCommand", "json or csv")
    )
    out.add_argument(
        "-o", "--output", required=True, metavar="PATH", help=translate("DataCommand", "the file to write")
    )
    out.add_argument("--force", action="store_true", help=translate("DataCommand", "replace PATH if it already exists"))
    out.set_defaults(handler=run_export_data)

    into = commands.add_parser(
        "import",
        help=translate(
            "DataCommand", "import a Recovery Journal export or another app's export (Daylio, jrnl, Day One, Bearable)"
        ),
        description=translate(
            "DataCommand",
            "Read the whole file first; nothing is imported if it cannot be read. A journal that already "
            "holds records is backed up before the import.",
        ),
    )
    into.add_argument(
        "file", metavar="FILE", help=translate("DataCommand", "the file (or, for csv, an unpacked folder) to import")
    )
    into.add_argument(
        "--format",
        choices=tuple(IMPORT_FORMATS),
        required=True,
        help=translate("DataCommand", "what kind of file it is"),
    )
    into.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("DataCommand", "show what would be imported and change nothing"),
    )
    into.add_argument(
        "--mood-map",
        metavar="LABEL=LEVEL,…",
        help=translate(
            "Import",
            "Daylio moods as levels 1–5, e.g. rad=5,good=4,meh=3,bad=2,awful=1; in a mood's name write \\, for a "
            "comma and \\= for an equals sign (a dry run prints the whole map to copy)",
        ),
    )
    into.set_defaults(handler=run_import)


def parse_mood_map(text: str) -> dict[str, int]:
    try:
        return read_mood_map(text)
    except ValueError as error:
        raise CommandError(
            translate(
                "Import",
                "--mood-map: {part} should look like good=4, with a level from 1 to 5 "
                "(in a mood's name write \\, for a comma and \\= for an equals sign)",
            ).format(part=repr(str(error)))
        ) from error


def _open(args: argparse.Namespace, must_exist: bool):
    from recoveryjournal.opening import open_journal
    from recoveryjournal.safety_cli import data_key, journal_folder, told

    folder = journal_folder(args)
    if must_exist and not paths.database_path(folder).exists():
        raise CommandError(
            translate(
                "DataCommand", "there is no journal in {folder}; pass --data-dir with the folder that holds yours"
            ).format(folder=folder)
        )
    return told(open_journal(folder, data_key(args, folder)))


def run_export_data(args: argparse.Namespace) -> int:
    from recoveryjournal.domain.clock import now_local
    from recoveryjournal.export.transfer import export_all

    target = Path(args.output).expanduser()
    try:
        check_target(target, args.force)
    except ExportError as error:
        raise CommandError(str(error)) from error
    with _open(args, must_exist=True) as store:
        try:
            written = export_all(store, target, args.format, now_local(), overwrite=args.force)
        except ExportError as error:
            raise CommandError(str(error)) from error
    print(
        translate("DataCommand", "All your data was written to {written} (readable only by you).").format(
            written=written
        )
    )
    return 0


def run_import(args: argparse.Namespace) -> int:
    from recoveryjournal.export.transfer import apply

    source = Path(args.file).expanduser()
    if not source.exists():
        raise CommandError(translate("DataCommand", "{source} does not exist").format(source=source))
    if args.mood_map and args.format != "daylio":
        raise CommandError(translate("DataCommand", "--mood-map is only for --format daylio"))
    levels = parse_mood_map(args.mood_map) if args.mood_map else None
    if args.dry_run:
        return _dry_run(args, source, levels)
    with _open(args, must_exist=False) as store:
        prepared = _prepare(store, source, args.format, levels)
        if isinstance(prepared, ImportPlan) and prepared.is_empty():
            print(translate("DataCommand", "Nothing was imported: everything in the file is already in your journal."))
            return 0
        try:
            taken = apply(store, prepared, ProgressLines(translate("DataCommand", "Importing")))
        except ImportFileError as error:
            raise CommandError(
                translate("DataCommand", "nothing was imported: {one_line}").format(one_line=one_line(str(error)))
            ) from error
    print(
        translate("DataCommand", "Imported.")
        + (
            translate("DataCommand", " Your journal as it was before is backed up in {taken}.").format(taken=taken)
            if taken
            else ""
        )
    )
    return 0


def _dry_run(args: argparse.Namespace, source: Path, levels: dict[str, int] | None) -> int:
    """Read the file and compare it with the journal, writing nothing anywhere: no journal is created in a new
    folder, and an existing one is only read (no lock file, no companions; ``Store.open_read_only``)."""
    from recoveryjournal.safety_cli import journal_folder, reading_key
    from recoveryjournal.store.store import Store

    folder = journal_folder(args)
    journal = paths.database_path(folder)
    if not journal.is_file() or journal.stat().st_size == 0:
        _prepare(None, source, args.format, levels)  # nothing to compare with
        print(translate("DataCommand", "Nothing was changed (--dry-run); there is no journal in that folder yet."))
        return 0
    with Store.open_read_only(folder, reading_key(args, folder)) as store:
        _prepare(store, source, args.format, levels)
    print(translate("DataCommand", "Nothing was changed (--dry-run)."))
    return 0


def _prepare(store: Store | None, source: Path, fmt: str, levels: dict[str, int] | None) -> DataDump | ImportPlan:
    """Read the file, say what it would do and what is wrong; a file that cannot be imported is one line."""
    from recoveryjournal.export.transfer import describe, prepare

    try:
        prepared = prepare(store, source, fmt, levels, ProgressLines(translate("DataCommand", "Reading the file")))
    except ImportFileError as error:
        raise CommandError(
            translate("DataCommand", "nothing was imported: {one_line}").format(one_line=one_line(str(error)))
        ) from error
    print(describe(prepared))
    _print_details(prepared)
    return prepared


class ProgressLines:
    """Progress on stderr for files of a megabyte or more: one line at every tenth of the file."""

    SMALL = 1024 * 1024

    def __init__(self, doing: str) -> None:
        self.doing, self.shown = doing, 0

    def __call__(self, done: int, total: int) -> None:
        if total < self.SMALL:
            return
        tenth = done * 10 // total
        if tenth > self.shown:
            self.shown = tenth
            print(f"{self.doing}: {tenth * 10}%", file=sys.stderr, flush=True)


def one_line(text: str) -> str:
    """An error for stderr: one line, nothing that could display deceptively."""
    return " ".join(neutralise(text).split())


def _print_details(prepared: DataDump | ImportPlan) -> None:
    if isinstance(prepared, DataDump):
        for table, count in prepared.counts().items():
            print(f"  {table}: {count}")
        return
    if prepared.preview():
        print(translate("DataCommand", "First records, as they will look:"))
        for kind, when, words in prepared.preview():
            print(f"  {when}  {kind}: {neutralise(words)}")
    _print_list(
        translate("DataCommand", "problem(s); these rows are not imported"), prepared.problems, prepared.problem_count
    )
    _print_list(
        translate("DataCommand", "record(s) changed since the last import"), prepared.changed, prepared.changed_count
    )
    if prepared.moods:
        print(translate("DataCommand", "Moods in the file and their levels (1 very low … 5 very good):"))
        for mood in prepared.moods:
            level = (
                f"{mood.level}"
                if mood.level
                else translate("DataCommand", "no level yet (imported without a mood, the word kept)")
            )
            how = {
                "yours": "",
                "Daylio's": translate("DataCommand", " (Daylio's usual)"),
                "proposed": " (proposed)",
            }.get(mood.how, "")
            print(f"  {neutralise(mood.label)}: {level}{how}")
        print(
            translate("DataCommand", "To choose other levels, run again with: --mood-map {shlex}").format(
                shlex=shlex.quote(neutralise(prepared.mood_map()))
            )
        )


def _print_list(title: str, problems: list, count: int) -> None:
    if not count:
        return
    print(f"{count} {title}:")
    for problem in problems:
        print(f"  {neutralise(str(problem))}")
    if count > len(problems):
        print(translate("DataCommand", "  … and {count} more").format(count=count - len(problems)))
