"""The first start of a brand-new journal: the welcome (``ui.welcome``: what the app is for, what to track, the
crisis line, a person, go-to actions, a reminder) ending with one calm offer to protect the journal with a
passphrase; each asked once.

The journal remembers each question (settings ``welcome``, ``crisis_country`` and ``passphrase_offer``): "pending"
from the moment the app creates it until the person answers, then their answer. So "Not now" is never asked again,
and quitting before answering asks once more next time. A journal made before the welcome existed and still pending
is asked its country, then the passphrase, as it was then. Setting a passphrase goes through the same dialog, warning
and recovery key as File → Passphrase and lock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from recoveryjournal.domain.crisis import COUNTRY_KEY
from recoveryjournal.store.store import Store

if TYPE_CHECKING:  # loaded when the offer is shown, after the first paint
    from PySide6.QtWidgets import QDialog, QMessageBox

OFFER_KEY = "passphrase_offer"
WELCOME_KEY = "welcome"  # "pending" from the creation of a new journal until the welcome ends, then "done"
PENDING, NOT_NOW, CHOSE_TO_SET = "pending", "not now", "set"


def remember_new(store: Store) -> None:
    store.settings.set(OFFER_KEY, PENDING)
    store.settings.set(COUNTRY_KEY, PENDING)
    store.settings.set(WELCOME_KEY, PENDING)


def welcome_pending(store: Store) -> bool:
    """A new journal whose welcome (``ui.welcome.open_welcome``) has not ended yet."""
    return store.settings.get(WELCOME_KEY) == PENDING


def welcome(window: QMainWindow) -> QDialog | QMessageBox | None:
    """A journal made before the welcome existed, still pending: its country, then the passphrase (each if
    pending). With neither pending, nothing."""
    store = window.context.store
    if store.settings.get(COUNTRY_KEY) != PENDING:
        return offer_passphrase(window)
    from recoveryjournal.ui.crisis import CountryDialog  # its module loads only for a new journal

    dialog = CountryDialog(store, window)

    def answered() -> None:
        if store.settings.get(COUNTRY_KEY) == PENDING:  # "Not now": the computer's country, not asked again
            store.settings.set(COUNTRY_KEY, None)
        offer_passphrase(window)

    dialog.finished.connect(answered)
    dialog.open()
    return dialog


def offer_passphrase(window: QMainWindow) -> QMessageBox | None:
    """Offer a passphrase over the window if this journal is new and the person has not answered yet."""
    from PySide6.QtWidgets import QMessageBox

    from recoveryjournal.store.cipher import unavailable

    context = window.context
    if context.store.key is not None or context.store.settings.get(OFFER_KEY) != PENDING:
        return None
    if unavailable() is not None:  # asked once encryption is there; File → Passphrase and lock explains why not
        return None
    box = QMessageBox(window)
    box.setObjectName("passphrase_offer")
    box.setWindowTitle(QCoreApplication.translate("FirstRun", "Protect your journal?"))
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(offer_text())
    box.setInformativeText(offer_informative())
    box.set_button = box.addButton(
        QCoreApplication.translate("FirstRun", "Set a passphrase…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.not_now_button = box.addButton(
        QCoreApplication.translate("FirstRun", "Not now"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(box.not_now_button)
    box.setEscapeButton(box.not_now_button)

    box.finished.connect(lambda _result: answer_offer(window, box.clickedButton() is box.set_button))
    box.open()
    return box


def offer_text() -> str:
    return QCoreApplication.translate("FirstRun", "Would you like to protect your journal with a passphrase?")


def offer_informative() -> str:
    return QCoreApplication.translate(
        "FirstRun",
        "What you write stays on this computer. A passphrase also encrypts it, so nobody else who uses this "
        "computer can read it. It's up to you, and you can set one at any time from File → Passphrase and lock.",
    )


def answer_offer(window: QMainWindow, chose_to_set: bool) -> None:
    """Remember the answer to the passphrase offer (from its box or the welcome's last step); set one if chosen."""
    window.context.store.settings.set(OFFER_KEY, CHOSE_TO_SET if chose_to_set else NOT_NOW)
    if chose_to_set:
        from recoveryjournal.ui.safety import set_passphrase  # its dialogs load only when asked for

        set_passphrase(window)
