"""Starting the GUI: one QApplication, a plain dialog for problems with the journal file, a crash dialog for bugs."""

from __future__ import annotations

import gc
import signal
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from recoveryjournal import i18n
from recoveryjournal.store.errors import CorruptDatabaseError, StoreError

if TYPE_CHECKING:  # imported where a box is shown: loading its type costs ~2 ms at every start
    from PySide6.QtWidgets import QMessageBox


def application(icon: bool = True) -> QApplication:
    """The one QApplication. ``icon=False`` leaves the window icon to ``set_icon`` once the window has painted."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Recovery Journal")
    app.setOrganizationName("RecoveryJournal")
    app.setApplicationDisplayName("Recovery Journal")
    app.setDesktopFileName("recoveryjournal")
    if icon:
        from recoveryjournal.ui.icon import set_icon  # here: the start sets it once the window has painted

        set_icon(app)
    return app


def show_store_error(error: StoreError) -> None:
    from PySide6.QtWidgets import QMessageBox

    application()
    QMessageBox.critical(None, error.title, error.message)


@contextmanager
def close_on_terminate(app: QApplication) -> Iterator[None]:
    """A logout or ``kill`` (SIGTERM, SIGINT) closes the windows as Quit does, so the last words are saved first."""
    numbers = (signal.SIGTERM, signal.SIGINT)
    # Closing from inside the event loop: a signal that lands before the loop starts would otherwise be lost.
    before = {
        number: signal.signal(number, lambda *_: QTimer.singleShot(0, lambda: end_session(app))) for number in numbers
    }
    wake = QTimer(app)  # Python runs signal handlers only when it gets control; Qt's event loop would keep it waiting
    wake.timeout.connect(lambda: None)
    wake.start(250)
    try:
        yield
    finally:
        wake.stop()
        for number, handler in before.items():
            signal.signal(number, handler)


def end_session(app: QApplication) -> None:
    """Keep the words of every open form as drafts, without asking, then close every window as Quit does."""
    drafts = sys.modules.get("recoveryjournal.ui.drafts")  # loaded once a form with text boxes was opened
    if drafts is not None:
        drafts.keep_all_drafts(ending=True)
    app.closeAllWindows()


def install_crash_dialog() -> None:
    """Unexpected exceptions are bugs: show them plainly instead of vanishing, and keep the app running."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        from PySide6.QtWidgets import QMessageBox

        details = "".join(traceback.format_exception(kind, value, tb))
        if sys.__stderr__ is not None:  # None in a Windows build made without a console
            sys.__stderr__.write(details)
        if isinstance(value, StoreError):
            QMessageBox.warning(None, value.title, value.message)
            return
        crash_box(QCoreApplication.translate("App", "Recovery Journal hit an unexpected problem."), details).exec()

    sys.excepthook = hook


def crash_box(text: str, details: str) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("App", "Something went wrong"), text)
    box.setInformativeText(
        QCoreApplication.translate(
            "App", "Everything you saved before this is safe. The details below help fix the problem."
        )
    )
    box.setDetailedText(details)
    return box


def show_failure(details: str) -> None:
    """A bug stopped the app (``cli.report_failure``): say so plainly, with the details, before it exits."""
    application()
    crash_box(
        QCoreApplication.translate("App", "Recovery Journal hit an unexpected problem and has to close."), details
    ).exec()


def run(folder: Path, demo: bool = False) -> int:
    """Open the journal in ``folder`` and run the window until the person quits.

    An encrypted journal is unlocked first; a journal this start creates is offered a passphrase, once. After the
    window closes, a restore or a change of encryption asked for from the window runs with the journal closed, and
    the journal opens again.
    """
    from recoveryjournal import paths

    app = application(icon=False)
    from recoveryjournal.ui.translation import install_language

    brand_new = not demo and paths.is_brand_new(folder)
    key = None
    try:
        if paths.change_pending(folder):  # turning encryption on or off was interrupted: undo or finish it
            from recoveryjournal.store.encryption import finish_interrupted

            finish_interrupted(folder, None)
        if paths.is_encrypted(folder):
            key = ask_passphrase(folder)
            if key is None:
                return 0
            from recoveryjournal.store.encryption import finish_interrupted

            key = finish_interrupted(folder, key)
    except StoreError as error:
        show_store_error(error)
        return 2
    install_crash_dialog()
    check_health = False  # checked in the background once the window shows (ui/health.py)
    while True:
        store = open_or_recover(folder, key, check_health)
        if store is None:
            return 2
        install_language(app, store.settings.get(i18n.SETTING))
        if brand_new:
            from recoveryjournal.ui.first_run import remember_new

            remember_new(store)
            brand_new = False
        try:
            with close_on_terminate(app):
                window, code = show_window(app, store, demo)
        except CorruptDatabaseError as error:  # a damaged page was read before the background check reported
            store.close()
            if check_health:
                show_store_error(error)
                return 2
            check_health = True  # reopen with the full check, which sets the file aside and offers a backup
            continue
        except Exception:  # a bug: the command reports it (cli.report_failure)
            store.close()
            raise
        key = after_window(store, window.after_close, key)
        if window.after_close is None:
            return code


def ask_passphrase(folder: Path) -> bytes | None:
    from recoveryjournal.ui.dialogs.passphrase import UnlockDialog
    from recoveryjournal.ui.icon import set_icon
    from recoveryjournal.ui.translation import install_language

    app = QApplication.instance()
    set_icon(app)
    install_language(app, "system")  # the journal, which says which language the person chose, is still locked
    dialog = UnlockDialog(folder)
    return dialog.key if dialog.exec() == UnlockDialog.DialogCode.Accepted else None


def open_or_recover(folder: Path, key: bytes | None, check_health: bool = True):
    """The open journal; a damaged one is explained and the newest good backup offered. ``None`` means quit.

    ``check_health=False`` leaves the slow part of the health check to ``ui.health``, after the window shows.
    """
    from recoveryjournal.opening import open_journal
    from recoveryjournal.store.errors import DamagedJournalError

    try:
        return open_journal(folder, key, check_health)
    except DamagedJournalError as error:
        from recoveryjournal.store import backup

        newest = backup.newest_good(folder, key)
        if newest is None or not offer_backup(error, newest):
            return None
        backup.restore(folder, newest, key)
        return open_or_recover(folder, key, check_health)
    except StoreError as error:
        print(f"recoveryjournal: {error.message}", file=sys.stderr)
        show_store_error(error)
        return None


def offer_backup(error: StoreError, newest: Path) -> bool:
    from recoveryjournal.ui.health import damage_box
    from recoveryjournal.ui.icon import set_icon

    set_icon(QApplication.instance())
    box = damage_box(error, newest)
    box.exec()
    return box.clickedButton() is box.restore_button


def show_window(app: QApplication, store, demo: bool):
    """Show the window until it closes, checking the journal and backing it up once a day in the background.

    The window paints first and finishes setting up right after (``MainWindow(defer_setup=True)``); the lock, the
    first-run questions (country, passphrase) and the background check start once it is complete. Returns the window
    and the exit code.
    """
    from recoveryjournal.store.errors import known_errors
    from recoveryjournal.ui.context import AppContext
    from recoveryjournal.ui.main_window import MainWindow
    from recoveryjournal.ui.theme import apply_saved

    apply_saved(app, store.settings, before_paint=True)
    context = AppContext(store, demo=demo)
    with known_errors(store.path):
        window = MainWindow(context, defer_setup=True)
    checks = []  # the background check, made once the window is set up (its module and QThread wait till then)

    def set_up() -> None:
        from recoveryjournal.ui.first_run import welcome, welcome_pending
        from recoveryjournal.ui.health import check_in_background
        from recoveryjournal.ui.icon import set_icon
        from recoveryjournal.ui.safety import install_lock
        from recoveryjournal.ui.warm_up import warm_up_when_idle

        gc.enable()  # paused by the command for the start (cli.collection_paused)
        set_icon(app)
        install_lock(window)
        if welcome_pending(store):  # a new journal: the welcome, whose module loads only then
            from recoveryjournal.ui.welcome import open_welcome

            open_welcome(window)
        else:
            welcome(window)
        tell(window, store.notices)
        from recoveryjournal.ui.dialogs.recovered import offer_recovered

        offer_recovered(window)
        checks.append(check_in_background(window, store))
        window.warm_up = warm_up_when_idle(window)

    window.when_set_up(set_up)
    window.show()
    code = app.exec()
    for check in checks:
        check.wait()
    if window.is_set_up():  # the journal closes next: help shows only what the unlock screen shows
        from recoveryjournal.ui.help_now import help_desk

        help_desk().attach(None, store.folder)
    return window, code


def tell(window, notices: list[str]) -> None:
    """What happened to the journal's files at opening (a log set aside), in a box over the window."""
    if not notices:
        return
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("App", "Your journal is safe"),
        "\n\n".join(notices),
        parent=window,
    )
    box.setObjectName("opening_notices")
    box.open()


def after_window(store, action, key: bytes | None) -> bytes | None:
    """Back up what changed, close the journal, then run the window's pending action; returns the key to reopen."""
    from recoveryjournal.store import backup

    try:
        backup.backup_on_quit(store)
    except StoreError as error:
        print(f"recoveryjournal: {error.message}", file=sys.stderr)
    finally:
        store.close()
    if action is None:
        return key
    try:
        return action(store.folder, key)
    except StoreError as error:
        show_store_error(error)
        return key
