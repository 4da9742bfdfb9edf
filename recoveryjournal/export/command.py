"""``recoveryjournal export``: the therapist summary without a window (works with no display at all).

Everything the person typed is checked before the journal is opened, so a bad date or path writes nothing.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from recoveryjournal import i18n, paths
from recoveryjournal.command_error import CommandError
from recoveryjournal.domain.clock import local_day
from recoveryjournal.domain.models import EntryKind, JournalEntry
from recoveryjournal.domain.summary_sections import DEFAULT_SECTIONS, FREE_TEXT_SECTIONS, Section
from recoveryjournal.export.files import ExportError, check_target
from recoveryjournal.i18n import translate

if TYPE_CHECKING:
    from recoveryjournal.domain.summary import SummaryOptions

DAY_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")
JOURNAL_KINDS = {
    "entries": EntryKind.ENTRY,
    "session-notes": EntryKind.SESSION_NOTE,
    "therapy-notes": EntryKind.THERAPY_NOTE,
}


def add_export_command(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser(
        "export",
        help=translate("Summary", "write the summary for your therapist (PDF or HTML) for a period"),
        description=translate(
            "Summary",
            "Write the therapist summary for a period. Private entries are never included; journal text "
            "only with --include-journal (the entries it names, as ticking them in the export dialog); lapse accounts "
            "and contacts' names only when named in --sections.",
        ),
    )
    export.add_argument(
        "--from",
        dest="start",
        required=True,
        metavar="YYYY-MM-DD",
        help=translate("Summary", "first day of the period"),
    )
    export.add_argument(
        "--to", dest="end", required=True, metavar="YYYY-MM-DD", help=translate("Summary", "last day of the period")
    )
    export.add_argument(
        "--format", choices=("pdf", "html"), help=translate("Summary", "file format (default: from the file name)")
    )
    export.add_argument("-o", "--output", required=True, metavar="FILE", help=translate("Summary", "the file to write"))
    export.add_argument(
        "--include-journal",
        nargs="?",
        const="all",
        metavar="all|KIND|YYYY-MM-DD,…",
        help=translate(
            "Summary",
            "share the text of journal entries of the period that are not private: all of them (the default when no "
            "value is given), those of a kind ({kinds}) or those written on the days named, e.g. --include-journal "
            "therapy-notes,2026-03-04",
        ).format(kinds=", ".join(JOURNAL_KINDS)),
    )
    export.add_argument(
        "--name", default="", help=translate("Summary", "your name or initials for the cover (optional)")
    )
    export.add_argument(
        "--topics",
        default="",
        metavar="TEXT|@FILE",
        help=translate("Summary", "what you want to talk about, or @FILE to read it from a file"),
    )
    export.add_argument(
        "--sections",
        metavar="A,B,C",
        help=translate("Summary", "the sections to include, by name: {sections} (default: all but {left_out})").format(
            sections=", ".join(section.value for section in Section),
            left_out=", ".join(sorted(section.value for section in FREE_TEXT_SECTIONS)),
        ),
    )
    export.add_argument(
        "--language",
        choices=i18n.SUPPORTED,
        help=translate("Summary", "the summary's language (default: the journal's language setting)"),
    )
    export.add_argument("--brief", action="store_true", help=translate("Summary", "only the brief: one page"))
    export.add_argument("--force", action="store_true", help=translate("Summary", "replace FILE if it already exists"))
    export.set_defaults(handler=run_export)


def parse_day(text: str, option: str) -> date:
    if not DAY_PATTERN.fullmatch(text):
        raise CommandError(
            translate("Summary", "{option} {text!r} is not a date; use YYYY-MM-DD, e.g. 2026-03-01").format(
                option=option, text=text
            )
        )
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise CommandError(
            translate("Summary", "{option} {text!r} is not a real date ({error})").format(
                option=option, text=text, error=error
            )
        ) from error


def parse_sections(text: str | None) -> frozenset[Section]:
    """``--sections glance,triggers``: known names only, so a typo does not silently drop a section."""
    if text is None:
        return DEFAULT_SECTIONS
    names = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in Section._value2member_map_]
    if unknown or not names:
        known = ", ".join(section.value for section in Section)
        raise CommandError(
            translate("Summary", "--sections: unknown section {join}; use {known}").format(
                join=", ".join(map(repr, unknown)) or translate("Summary", "(none given)"), known=known
            )
        )
    return frozenset(Section(name) for name in names)


def read_topics(text: str) -> str:
    """``--topics TEXT`` or ``--topics @FILE`` (UTF-8)."""
    if not text.startswith("@"):
        return text
    path = Path(text[1:]).expanduser()
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CommandError(
            translate("Summary", "--topics: could not read {path} ({reason})").format(
                path=path, reason=getattr(error, "strerror", None) or error
            )
        ) from error


def output_format(path: Path, chosen: str | None):
    from recoveryjournal.export.summary_export import SummaryFormat

    if chosen:
        return SummaryFormat(chosen)
    suffix = path.suffix.lower().lstrip(".")
    if suffix in ("pdf", "html", "htm"):
        return SummaryFormat("html" if suffix == "htm" else suffix)
    raise CommandError(translate("Summary", "say which format to write with --format pdf or --format html"))


def summary_options(args: argparse.Namespace) -> SummaryOptions:
    """What the person asked for on the command line, as the export dialog would build it."""
    start, end = parse_day(args.start, "--from"), parse_day(args.end, "--to")
    if end < start:
        raise CommandError(
            translate("Summary", "the period ends ({end}) before it starts ({start}); swap --from and --to").format(
                end=end, start=start
            )
        )
    from recoveryjournal.domain.summary import SummaryOptions  # the summary code loads only for an export

    return SummaryOptions(
        start,
        end,
        sections=parse_sections(args.sections),
        topics=read_topics(args.topics),
        name=args.name,
        brief_only=args.brief,
    )


def parse_journal_choice(text: str | None) -> tuple[bool, set[EntryKind], set[date]]:
    """``--include-journal``: (everything, kinds, days). Checked before the journal opens, like the other options."""
    if text is None:
        return False, set(), set()
    names = [name.strip().lower() for name in text.split(",") if name.strip()]
    if not names:
        raise CommandError(
            translate("Summary", "--include-journal: name all, a kind or days (YYYY-MM-DD), separated by commas")
        )
    kinds, days = set(), set()
    for name in names:
        if name in JOURNAL_KINDS:
            kinds.add(JOURNAL_KINDS[name])
        elif DAY_PATTERN.fullmatch(name):
            days.add(parse_day(name, "--include-journal"))
        elif name != "all":
            known = ", ".join(["all", *JOURNAL_KINDS])
            raise CommandError(
                translate(
                    "Summary", "--include-journal: {name!r} is neither a day (YYYY-MM-DD) nor one of {known}"
                ).format(name=name, known=known)
            )
    return "all" in names, kinds, days


def chosen_entries(args: argparse.Namespace, entries: list[JournalEntry]) -> frozenset[int]:
    """The ids of the shareable ``entries`` that ``--include-journal`` names; a named day inside the period with
    nothing to share is said plainly rather than skipped."""
    everything, kinds, days = parse_journal_choice(args.include_journal)
    written = {local_day(entry.created_at) for entry in entries}
    missing = sorted(day for day in days if day not in written)
    if missing:
        listed = ", ".join(str(day) for day in missing)
        raise CommandError(
            translate(
                "Summary",
                "--include-journal: nothing to share written on {listed} (private entries are never "
                "shared; the day must be inside --from and --to)",
            ).format(listed=listed)
        )
    return frozenset(
        entry.id for entry in entries if everything or entry.kind in kinds or local_day(entry.created_at) in days
    )


def run_export(args: argparse.Namespace) -> int:
    from recoveryjournal.domain.clock import now_local
    from recoveryjournal.export.summary_export import export_summary
    from recoveryjournal.opening import open_journal
    from recoveryjournal.safety_cli import data_key, journal_folder, told
    from recoveryjournal.store.summary_data import shareable_entries

    options = summary_options(args)
    parse_journal_choice(args.include_journal)
    start, end = options.start, options.end
    target = Path(args.output).expanduser()
    fmt = output_format(target, args.format)
    try:
        check_target(target, args.force)
    except ExportError as error:
        raise CommandError(str(error)) from error
    folder = journal_folder(args)
    if not paths.database_path(folder).exists():
        raise CommandError(
            translate(
                "Summary", "there is no journal in {folder}; pass --data-dir with the folder that holds yours"
            ).format(folder=folder)
        )
    store = told(open_journal(folder, data_key(args, folder)))
    try:
        options = replace(options, entry_ids=chosen_entries(args, shareable_entries(store, start, end)))
        with i18n.speaking(args.language or store.settings.get(i18n.SETTING)):
            written = export_summary(store, options, target, fmt, now_local(), overwrite=args.force)
    except ExportError as error:
        raise CommandError(str(error)) from error
    finally:
        store.close()
    print(
        translate("Summary", "Summary for {start} to {end} written to {written}").format(
            start=start, end=end, written=written
        )
    )
    return 0
