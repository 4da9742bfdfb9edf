"""``recoveryjournal export-data`` and ``recoveryjournal import``: all data out and in without a window."""

from __future__ import annotations

import argparse
from pathlib import Path

from recoveryjournal import paths
from recoveryjournal.command_error import CommandError
from recoveryjournal.domain.data_import import DataDump, ImportFileError, ImportPlan
from recoveryjournal.domain.text_hygiene import neutralise
from recoveryjournal.export.files import ExportError, check_target
from recoveryjournal.export.transfer import EXPORT_FORMATS, IMPORT_FORMATS


def add_data_commands(commands: argparse._SubParsersAction) -> None:
    out = commands.add_parser(
        "export-data",
        help="write everything in the journal to one file (JSON, or CSV files in a zip)",
        description="Write every record, the trash and settings included. JSON imports back exactly; CSV is for "
        "spreadsheets.",
    )
    out.add_argument("--format", choices=tuple(EXPORT_FORMATS), required=True, help="json or csv")
    out.add_argument("-o", "--output", required=True, metavar="PATH", help="the file to write")
    out.add_argument("--force", action="store_true", help="replace PATH if it already exists")
    out.set_defaults(handler=run_export_data)

    into = commands.add_parser(
        "import",
        help="import a Recovery Journal export or another app's export (Daylio, jrnl, Day One, Bearable)",
        description="Read the whole file first; nothing is imported if it cannot be read. A journal that already "
        "holds records is backed up before the import.",
    )
    into.add_argument("file", metavar="FILE", help="the file (or, for csv, an unpacked folder) to import")
    into.add_argument("--format", choices=tuple(IMPORT_FORMATS), required=True, help="what kind of file it is")
    into.add_argument("--dry-run", action="store_true", help="show what would be imported and change nothing")
    into.add_argument(
        "--mood-map", metavar="LABEL=LEVEL,…", help="Daylio moods as levels 1–5, e.g. rad=5,good=4,meh=3,bad=2,awful=1"
    )
    into.set_defaults(handler=run_import)


def parse_mood_map(text: str) -> dict[str, int]:
    levels = {}
    for part in text.split(","):
        label, equals, level = part.partition("=")
        if not equals or not label.strip() or not level.strip().isdigit() or int(level) not in range(1, 6):
            raise CommandError(f"--mood-map: {part.strip()!r} should look like good=4, with a level from 1 to 5")
        levels[label.strip()] = int(level)
    return levels


def _open(args: argparse.Namespace, must_exist: bool):
    from recoveryjournal.opening import open_journal
    from recoveryjournal.safety_cli import data_key, told

    folder = paths.data_dir(args.data_dir)
    if must_exist and not paths.database_path(folder).exists():
        raise CommandError(f"there is no journal in {folder}; pass --data-dir with the folder that holds yours")
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
    print(f"All your data was written to {written} (readable only by you).")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from recoveryjournal.export.transfer import apply, describe, prepare

    source = Path(args.file).expanduser()
    if not source.exists():
        raise CommandError(f"{source} does not exist")
    if args.mood_map and args.format != "daylio":
        raise CommandError("--mood-map is only for --format daylio")
    levels = parse_mood_map(args.mood_map) if args.mood_map else None
    with _open(args, must_exist=False) as store:
        try:
            prepared = prepare(store, source, args.format, levels)
        except ImportFileError as error:
            raise CommandError(f"nothing was imported: {one_line(str(error))}") from error
        print(describe(prepared))
        _print_details(prepared)
        if isinstance(prepared, ImportPlan) and prepared.is_empty():
            raise CommandError("nothing in the file could be imported")
        if args.dry_run:
            print("Nothing was changed (--dry-run).")
            return 0
        try:
            taken = apply(store, prepared)
        except ImportFileError as error:
            raise CommandError(f"nothing was imported: {one_line(str(error))}") from error
    print("Imported." + (f" Your journal as it was before is backed up in {taken}." if taken else ""))
    return 0


def one_line(text: str) -> str:
    """An error for stderr: one line, nothing that could display deceptively."""
    return " ".join(neutralise(text).split())


def _print_details(prepared: DataDump | ImportPlan) -> None:
    if isinstance(prepared, DataDump):
        for table, count in prepared.counts().items():
            print(f"  {table}: {count}")
        return
    if prepared.preview():
        print("First records:")
        for kind, when, words in prepared.preview():
            print(f"  {when}  {kind}: {neutralise(words)}")
    if prepared.problems:
        print(f"{len(prepared.problems)} problem(s):")
        for problem in prepared.problems:
            print(f"  {neutralise(str(problem))}")
