"""First start of a brand-new journal: the welcome, ending with the passphrase offered once, calmly; the whole app
runs as a person uses it.

Each test runs the real ``ui.app.run`` (event loop, window, reopen after encryption). A ``Script`` acts from the event
loop while ``run`` blocks: each step waits until what it needs is on screen, acts like a person, and moves on.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget, QWizard

from recoveryjournal import paths
from recoveryjournal.domain.crisis import COUNTRY_KEY
from recoveryjournal.opening import open_journal
from recoveryjournal.store import crypto
from recoveryjournal.ui.app import run
from recoveryjournal.ui.crisis import CountryDialog
from recoveryjournal.ui.dialogs.passphrase import FORGOTTEN_WARNING, RecoveryKeyDialog, SetPassphraseDialog
from recoveryjournal.ui.first_run import NOT_NOW, OFFER_KEY, PENDING
from recoveryjournal.ui.main_window import MainWindow
from recoveryjournal.ui.welcome import WelcomeWizard

PASSPHRASE = "a calm blue lake at dawn"
DEADLINE = 60


class Script:
    """Steps ``(find, act)`` run in order: ``find()`` returns a widget once it is on screen, then ``act(widget)``.

    If the steps do not finish in time, every window is closed so ``run`` returns and the test fails, not hangs.
    """

    def __init__(self, *steps: tuple[Callable[[], QWidget | None], Callable[[QWidget], None]]) -> None:
        self.steps = list(steps)
        self.done: list[int] = []
        self.error: BaseException | None = None
        self.started = time.monotonic()
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        if self.error is not None or time.monotonic() - self.started > DEADLINE:
            self.timer.stop()
            for widget in visible():
                widget.close()
            return
        if not self.steps:
            self.timer.stop()
            return
        find, act = self.steps[0]
        widget = find()
        if widget is None:
            return
        self.steps.pop(0)
        try:
            act(widget)
        except BaseException as error:  # reported by the test once run() returns
            self.error = error
        self.done.append(len(self.done))

    def check(self) -> None:
        if self.error is not None:
            raise self.error
        assert not self.steps, f"{len(self.steps)} step(s) never happened; done: {self.done}"


def visible() -> list[QWidget]:
    return [widget for widget in QApplication.topLevelWidgets() if widget.isVisible()]


def shown(kind: type, name: str | None = None) -> Callable[[], QWidget | None]:
    def find() -> QWidget | None:
        for widget in visible():
            if isinstance(widget, kind) and (name is None or widget.objectName() == name):
                return widget
        return None

    return find


def main_window_alone() -> QWidget | None:
    """The main window, once it is up (set up after its first paint) and nothing (such as the offer) is over it."""
    windows = visible()
    alone = len(windows) == 1 and isinstance(windows[0], MainWindow) and windows[0].is_set_up()
    return windows[0] if alone else None


def journal_setting(folder, key: str):
    with sqlite3.connect(paths.database_path(folder)) as raw:
        row = raw.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row and row[0]


def offers_on_start(qtbot, folder, demo: bool = False) -> list[QMessageBox]:
    """Start the app on ``folder``, wait a moment with the window up, quit; the passphrase offers that appeared."""
    seen = []

    def look_then_close(window: MainWindow) -> None:
        qtbot.wait(200)  # time enough for an offer to appear, if one were coming
        seen.extend(window.findChildren(QMessageBox, "passphrase_offer"))
        window.close()

    script = Script((shown(MainWindow), look_then_close))
    assert run(folder, demo=demo) == 0
    script.check()
    return seen


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "new journal"


def skip_to(wizard: WelcomeWizard, key: str) -> None:
    """Press "Skip this step" until the step ``key`` shows."""
    while wizard.currentPage() is not wizard.steps[key]:
        wizard.button(QWizard.WizardButton.CustomButton1).click()


def test_not_now_is_remembered_and_not_asked_again(qtbot, folder):
    offers, lines = [], []

    def choose_ireland_then_not_now(wizard: WelcomeWizard) -> None:
        assert wizard.isModal() and isinstance(wizard.parent(), MainWindow)
        skip_to(wizard, "crisis")
        crisis = wizard.steps["crisis"]
        crisis.country.setFocus()
        qtbot.keyClicks(crisis.country, "Irel")
        lines.append(crisis.country.currentText())
        wizard.button(QWizard.WizardButton.NextButton).click()
        skip_to(wizard, "passphrase")
        passphrase = wizard.steps["passphrase"]
        offers.append(" ".join(label.text() for label in passphrase.findChildren(QLabel)))
        assert passphrase.not_now.isChecked()
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    first = Script(
        (shown(WelcomeWizard), choose_ireland_then_not_now),
        (main_window_alone, QWidget.close),
    )
    assert run(folder) == 0
    first.check()
    assert lines == ["Ireland"]
    assert len(offers) == 1 and "passphrase" in offers[0] and "File → Passphrase and lock" in offers[0]
    assert journal_setting(folder, OFFER_KEY) == f'"{NOT_NOW}"'
    assert journal_setting(folder, COUNTRY_KEY) == '"IE"'
    assert not paths.is_encrypted(folder)

    assert offers_on_start(qtbot, folder) == []


def test_a_journal_made_before_the_welcome_is_still_asked_its_country_then_the_passphrase(qtbot, folder):
    store = open_journal(folder)
    store.settings.set(OFFER_KEY, PENDING)
    store.settings.set(COUNTRY_KEY, PENDING)
    store.close()

    def choose_ireland(dialog: CountryDialog) -> None:
        qtbot.waitUntil(dialog.country.hasFocus)
        qtbot.keyClicks(dialog.country, "Irel")
        assert "Samaritans — 116 123" in dialog.preview.text()
        qtbot.keyClick(dialog.country, Qt.Key.Key_Return)

    script = Script(
        (shown(CountryDialog), choose_ireland),
        (shown(QMessageBox, "passphrase_offer"), lambda box: box.not_now_button.click()),
        (main_window_alone, QWidget.close),
    )
    assert run(folder) == 0
    script.check()
    assert journal_setting(folder, COUNTRY_KEY) == '"IE"' and journal_setting(folder, OFFER_KEY) == f'"{NOT_NOW}"'


def test_setting_a_passphrase_at_first_run_encrypts_the_journal(qtbot, folder):
    warnings, recovery = [], []

    def choose_to_set_one(wizard: WelcomeWizard) -> None:
        skip_to(wizard, "passphrase")
        wizard.steps["passphrase"].set_now.click()
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    def choose_passphrase(dialog: SetPassphraseDialog) -> None:
        warnings.append(" ".join(label.text() for label in dialog.findChildren(type(dialog.problem))))
        qtbot.keyClicks(dialog.first, PASSPHRASE)
        qtbot.keyClicks(dialog.second, PASSPHRASE)
        qtbot.keyClick(dialog.second, Qt.Key.Key_Return)

    def write_down_recovery_key(dialog: RecoveryKeyDialog) -> None:
        recovery.append(dialog.key_label.text())
        qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)

    def reopened_encrypted(window: MainWindow) -> None:
        assert window.context.store.key is not None and window.idle_lock is not None
        window.close()

    script = Script(
        (shown(WelcomeWizard), choose_to_set_one),
        (shown(SetPassphraseDialog), choose_passphrase),
        (shown(RecoveryKeyDialog), write_down_recovery_key),
        (main_window_alone, reopened_encrypted),
    )
    assert run(folder) == 0
    script.check()
    assert FORGOTTEN_WARNING in warnings[0]

    database = paths.database_path(folder)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(database).execute("SELECT * FROM settings").fetchall()
    key = crypto.unlock(folder, PASSPHRASE)
    assert crypto.unlock(folder, recovery[0]) == key
    store = open_journal(folder, key)
    try:
        assert store.settings.get(OFFER_KEY) == "set"
        assert store.settings.get(COUNTRY_KEY) is None  # skipped: the computer's country, never asked again
    finally:
        store.close()


def test_an_existing_journal_and_the_demo_are_never_offered_a_passphrase(qtbot, folder, demo_dir):
    open_journal(folder).close()
    assert offers_on_start(qtbot, folder) == []
    assert offers_on_start(qtbot, demo_dir, demo=True) == []


def test_the_recovery_key_prints_on_one_page_with_what_it_is_for(qtbot, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtGui import QPdfWriter

    recovery_key = crypto.new_recovery_key()
    dialog = RecoveryKeyDialog(recovery_key)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.key_label.text() == recovery_key and FORGOTTEN_WARNING in " ".join(
        label.text() for label in dialog.findChildren(type(dialog.key_label))
    )
    target = tmp_path / "recovery key.pdf"
    dialog.print_to(QPdfWriter(str(target)))
    pages = PdfReader(target).pages
    text = " ".join(pages[0].extract_text().split())
    assert len(pages) == 1 and recovery_key in text and "forget your passphrase" in text
