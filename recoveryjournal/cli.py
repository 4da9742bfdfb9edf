"""The ``recoveryjournal`` command: starts the window by default; sub-commands do headless work."""

from __future__ import annotations

import argparse
import gc
import shutil
import sys
import tempfile
import traceback
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from recoveryjournal import __version__, i18n, paths
from recoveryjournal.command_error import CommandError
from recoveryjournal.i18n import translate
from recoveryjournal.store.errors import StoreError


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The command line. ``with_commands=False`` knows only the options that open the app (no ``--help``, and it
    raises instead of printing errors), so starting the window does not import every sub-command's code (~70 ms)."""
    parser = argparse.ArgumentParser(
        prog="recoveryjournal",
        description=translate(
            "Cli",
            "Recovery Journal: a private, offline journal for people in addiction recovery. "
            "With no command it opens the app.",
        ),
        add_help=with_commands,
        exit_on_error=with_commands,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_folder_options(parser)
    parser.add_argument(
        "--demo", action="store_true", help=translate("Cli", "open on sample data in a temporary folder")
    )
    if not with_commands:
        return parser
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo_data = commands.add_parser(
        "demo-data", help=translate("Cli", "write the sample journal into a new data folder")
    )
    demo_data.add_argument(
        "folder", metavar="DIR", help=translate("Cli", "a folder that does not exist yet, or is empty")
    )
    demo_data.set_defaults(handler=run_demo_data)

    self_test = commands.add_parser(
        "self-test",
        help=translate(
            "Cli", "check this copy of the app: sample journal, every page, summary, data export and import"
        ),
        description=translate(
            "Cli",
            "Run this copy of the app (for example a packaged build) through its main paths on the sample journal: "
            "the window and every page, the therapist summary as PDF and HTML, the data export as JSON and CSV "
            "and their import. Writes the files into DIR; works without a display (QT_QPA_PLATFORM=offscreen).",
        ),
    )
    self_test.add_argument(
        "folder", metavar="DIR", help=translate("Cli", "a folder that does not exist yet, or is empty")
    )
    self_test.set_defaults(handler=run_self_test)

    from recoveryjournal.safety_cli import add_safety_commands

    add_safety_commands(commands)

    from recoveryjournal.export.command import add_export_command

    add_export_command(commands)

    from recoveryjournal.export.data_command import add_data_commands

    add_data_commands(commands)
    for command in commands.choices.values():  # also after the command: `recoveryjournal check --data-dir X`
        add_folder_options(command, argparse.SUPPRESS)
    return parser


def add_folder_options(parser: argparse.ArgumentParser, default: str | None = None) -> None:
    """``--data-dir`` and ``--passphrase-file``; a command's copy keeps the value given before the command unless
    given again (``argparse.SUPPRESS`` sets nothing when absent)."""
    parser.add_argument(
        "--data-dir",
        metavar="PATH",
        default=default,
        help=translate("Cli", "use this data folder (or set {ENV_DATA_DIR})").format(ENV_DATA_DIR=paths.ENV_DATA_DIR),
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=default,
        help=translate("Cli", "read an encrypted journal's passphrase from FILE"),
    )


def new_folder(text: str, purpose: str) -> Path:
    folder = Path(text).expanduser().resolve()
    if folder.exists() and any(folder.iterdir()):
        raise CommandError(
            translate("Cli", "{folder} is not empty; choose a new folder for {purpose}").format(
                folder=folder, purpose=purpose
            )
        )
    return folder


def run_demo_data(args: argparse.Namespace) -> int:
    from recoveryjournal.demo import write_demo

    folder = new_folder(args.folder, translate("Cli", "the sample journal"))
    write_demo(folder)
    print(translate("Cli", "Sample journal written to {folder}").format(folder=folder))
    return 0


def run_self_test(args: argparse.Namespace) -> int:
    folder = new_folder(args.folder, translate("Cli", "the self-test's files"))
    folder.mkdir(parents=True, exist_ok=True)
    from recoveryjournal.ui.self_test import SelfTest

    check = SelfTest(folder)
    return check.result(run_gui(demo=True))


def run_gui(data_dir: str | None = None, demo: bool = False) -> int:
    """Open the app on the journal in ``data_dir`` (or the usual place), or with ``demo`` on sample data."""
    from recoveryjournal.ui.app import run

    if not demo:
        return run(paths.data_dir(data_dir))
    from recoveryjournal.demo import write_demo

    folder = Path(tempfile.mkdtemp(prefix="recoveryjournal-demo-")) / "data"
    try:
        write_demo(folder)
        return run(folder, demo=True)
    finally:
        shutil.rmtree(folder.parent, ignore_errors=True)


def parse(argv: list[str]) -> argparse.Namespace:
    try:
        args, rest = build_parser(with_commands=False).parse_known_args(argv)
    except argparse.ArgumentError:
        rest = ["?"]
    if rest:  # a command, --help or a mistake: the full parser knows them all and explains
        args = build_parser().parse_args(argv)
    return args


@contextmanager
def collection_paused() -> Iterator[None]:
    """Python's cycle collector off while the window starts, and on again once it has painted (``ui.app``) or closed.

    The start makes tens of thousands of objects that live as long as the app (modules, Qt types and their enums)
    and almost no garbage: collecting meanwhile only scans them over and over (~2 ms before the first paint).
    """
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    i18n.choose(None)  # messages in the computer's language; the window then follows the journal's setting
    try:
        # With no arguments (as a desktop launcher starts it) there is nothing to parse: a parser costs ~2 ms.
        args = parse(arguments) if arguments else argparse.Namespace(data_dir=None, demo=False)
        if hasattr(args, "handler"):
            return args.handler(args)
        with collection_paused():
            try:
                # The journal's modules before Qt's. PySide6 reads the source of modules imported after it (looking
                # for a ``__feature__`` switch); ``ui/__init__`` now spares the app's own either way.
                import recoveryjournal.opening  # noqa: F401

                return run_gui(args.data_dir, args.demo)
            except (CommandError, StoreError):
                raise
            except Exception:
                return report_failure()
    except (CommandError, StoreError) as error:
        message = error.message if isinstance(error, StoreError) else str(error)
        print(f"recoveryjournal: {message}", file=sys.stderr)
        return 2


def report_failure() -> int:
    """A bug stopped the app (at start, a module missing from a broken build): the details go to stderr and, as a
    launcher shows no terminal, into a window; then the app exits instead of running on without a window."""
    details = traceback.format_exc()
    print(details, file=sys.stderr)
    with suppress(Exception):  # Qt itself could not be loaded: the printed details are all there is
        from recoveryjournal.ui.app import show_failure

        show_failure(details)
    return 1
