"""Command-line ``backup``, ``restore FILE`` and ``check``, and unlocking an encrypted journal without a window."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from recoveryjournal import paths
from recoveryjournal.i18n import translate
from recoveryjournal.store import backup, crypto, errors

if TYPE_CHECKING:
    from recoveryjournal.store.store import Store


def add_safety_commands(commands: argparse._SubParsersAction) -> None:
    made = commands.add_parser("backup", help=translate("SafetyCli", "make a checked backup of the journal now"))
    made.set_defaults(handler=run_backup)
    restore = commands.add_parser(
        "restore",
        help=translate("SafetyCli", "replace the journal with a backup (the current file is set aside first)"),
    )
    restore.add_argument(
        "file", metavar="FILE", nargs="?", help=translate("SafetyCli", "a backup file; leave out to list the backups")
    )
    restore.set_defaults(handler=run_restore)
    check = commands.add_parser(
        "check", help=translate("SafetyCli", "check the journal for damage and count its records")
    )
    check.set_defaults(handler=run_check)


def journal_folder(args: argparse.Namespace) -> Path:
    """The data folder a command works on (``--data-dir``, the environment or the usual place); a file given as the
    folder is refused before anything is read or written."""
    from recoveryjournal.store.db import refuse_a_file

    folder = paths.data_dir(args.data_dir)
    refuse_a_file(folder)
    return folder


def data_key(args: argparse.Namespace, folder: Path) -> bytes | None:
    """The data key of an encrypted journal, from ``--passphrase-file`` or asked for without echo; else ``None``.

    A change of encryption a crash interrupted is finished (or undone) first, as the app does at start.
    """
    from recoveryjournal.store.encryption import finish_interrupted

    finish_interrupted(folder, None)
    if not paths.is_encrypted(folder):
        return None
    return finish_interrupted(folder, crypto.unlock(folder, passphrase(args, folder)))


def reading_key(args: argparse.Namespace, folder: Path) -> bytes | None:
    """Like ``data_key``, for a command that only looks (a dry run) and so changes nothing: a change of encryption a
    crash interrupted is left for the app to finish, and the command is refused."""
    from recoveryjournal.store.encryption import pending

    if pending(folder) is not None:
        raise errors.StoreError(
            translate(
                "Cli",
                "A change to your journal's encryption was interrupted. Open the app (or run `recoveryjournal check`) "
                "to finish it, then try again. Nothing was changed.",
            ),
            folder,
        )
    return crypto.unlock(folder, passphrase(args, folder)) if paths.is_encrypted(folder) else None


def passphrase(args: argparse.Namespace, folder: Path) -> str:
    """An encrypted journal's passphrase, from ``--passphrase-file`` or asked for without echo."""
    source = getattr(args, "passphrase_file", None)
    if source:
        return Path(source).expanduser().read_text(encoding="utf-8").rstrip("\r\n")
    if sys.stdin.isatty():
        return getpass.getpass(translate("SafetyCli", "Passphrase (or recovery key): "))
    raise errors.WrongPassphraseError(
        translate(
            "SafetyCli",
            "This journal is encrypted. Give --passphrase-file, or run the command in a terminal to be asked.",
        ),
        folder,
    )


def told(store: Store) -> Store:
    """The opened journal, once what happened to its files at opening (a log set aside) is printed on stderr."""
    for notice in store.notices:
        print(f"recoveryjournal: {notice}", file=sys.stderr)
    return store


def run_backup(args: argparse.Namespace) -> int:
    from recoveryjournal.store.store import Store

    folder = journal_folder(args)
    try:
        store = told(Store.open(folder, data_key(args, folder)))
    except errors.DamagedJournalError as error:
        error.message += translate(
            "SafetyCli", "\nSee the backups with `recoveryjournal restore`, then run `recoveryjournal restore FILE`."
        )
        raise
    with store:
        target = backup.back_up(store)
    print(translate("SafetyCli", "Backed up to {target}").format(target=target))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from recoveryjournal.store.db import InstanceLock, ensure_private_folder

    folder = journal_folder(args)
    key = data_key(args, folder)
    if args.file is None:
        for info in backup.list_backups(folder, key):
            print(f"{info.path}  {info.taken_at:%Y-%m-%d %H:%M}  {describe_counts(info)}")
        return 0
    ensure_private_folder(folder)
    lock = InstanceLock(folder)
    lock.acquire()
    try:
        aside = backup.restore(folder, Path(args.file).expanduser().resolve(), key)
    finally:
        lock.release()
    print(
        translate("SafetyCli", "Restored {file}.").format(file=args.file)
        + (translate("SafetyCli", " The previous journal was kept as {aside}.").format(aside=aside) if aside else "")
    )
    return 0


def run_check(args: argparse.Namespace) -> int:
    from recoveryjournal.store.db import refuse_newer, refuse_without_key
    from recoveryjournal.store.files import require_journal_access

    folder = journal_folder(args)
    database = paths.database_path(folder)
    if not database.exists():
        print(
            translate("SafetyCli", "recoveryjournal: there is no journal in {folder}").format(folder=folder),
            file=sys.stderr,
        )
        return 1
    require_journal_access(folder)
    key = data_key(args, folder)
    refuse_without_key(database)
    set_aside_foreign_log(folder, database, key)
    info = backup.describe(database, key)
    refuse_newer(database, info.version)
    if not info.ok:
        print(
            translate("SafetyCli", "recoveryjournal: {database} is damaged: {problem}").format(
                database=database, problem=info.problem
            ),
            file=sys.stderr,
        )
        newest = backup.newest_good(folder, key)
        if newest:
            print(
                translate(
                    "SafetyCli",
                    "The newest good backup is {newest}; bring it back with: recoveryjournal restore {newest}",
                ).format(newest=newest)
            )
        return 1
    print(
        translate("SafetyCli", "{database} is healthy: {describe_counts}").format(
            database=database, describe_counts=describe_counts(info)
        )
    )
    return 0


def set_aside_foreign_log(folder: Path, database: Path, key: bytes | None) -> None:
    """Set aside a ``-wal`` that does not belong before the journal is read, as opening it would (``files``).

    While the app has the journal open it has verified the log itself, so it is read as it is.
    """
    from recoveryjournal.store.db import InstanceLock
    from recoveryjournal.store.files import verify_companions

    lock = InstanceLock(folder)
    try:
        lock.acquire()
    except errors.AlreadyOpenError:
        return
    try:
        aside = verify_companions(database, key)
    finally:
        lock.release()
    if aside is not None:
        print(f"recoveryjournal: {aside.message(database)}", file=sys.stderr)


def describe_counts(info: backup.BackupInfo) -> str:
    if not info.ok:
        return translate("SafetyCli", "damaged ({problem})").format(problem=info.problem)
    return info.counts_text()
