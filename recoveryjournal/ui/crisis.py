"""Which crisis lines to show, in one place, and the first start's question "Where do you live?".

The person's own line when they set one; else the lines of the country they chose (asked once, at the first start);
else their computer's country; else the international guidance — so the crisis line is never empty. The chosen
country is also kept beside the journal in ``window.ini``, so the unlock screen of an encrypted journal shows it too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from recoveryjournal.domain.crisis import COUNTRY_KEY, DEFAULT_CODE, SETTING_KEY, CrisisLine, countries, lines_to_show
from recoveryjournal.store.store import Store
from recoveryjournal.ui.context import window_settings
from recoveryjournal.ui.widgets.scrolling import fit_to_screen


def system_locale() -> str:
    return QLocale.system().name()


def journal_crisis_lines(store: Store) -> list[CrisisLine]:
    """What every crisis card of an open journal shows."""
    settings = store.settings
    return lines_to_show(settings.get(SETTING_KEY), system_locale(), country=settings.get(COUNTRY_KEY))


def start_crisis_lines(folder: Path) -> list[CrisisLine]:
    """What the unlock screen shows before the journal (and the person's own line in it) can be read."""
    return lines_to_show(None, system_locale(), country=window_settings(folder).value(COUNTRY_KEY))


def remember_country(store: Store, code: str) -> None:
    store.settings.set(COUNTRY_KEY, code)
    settings = window_settings(store.folder)
    settings.setValue(COUNTRY_KEY, code)
    settings.sync()


def chosen_country(store: Store) -> str:
    """The country to pre-select: the one chosen before, else the computer's, else "Somewhere else"."""
    known = {code for code, _name in countries()}
    for code in (store.settings.get(COUNTRY_KEY), QLocale.territoryToCode(QLocale.system().territory())):
        if isinstance(code, str) and code.upper() in known:
            return code.upper()
    return DEFAULT_CODE


def lines_text(lines: list[CrisisLine]) -> str:
    """Plain text, one line per crisis line: name — number — note."""
    return "\n".join(" — ".join(part for part in (line.name, line.number, line.note) if part) for line in lines)


def help_line_text(lines: list[CrisisLine]) -> str:
    """One calm sentence with the crisis line: its number when there is one, otherwise what to do."""
    parts = [f"{line.name}: {line.number}" if line.number else f"{line.name}. {line.note}" for line in lines]
    return QCoreApplication.translate("Crisis", "Need to talk to someone right now? ") + " · ".join(parts)


def country_box(selected: str) -> QComboBox:
    box = QComboBox(objectName="crisis_country")
    box.setAccessibleName(QCoreApplication.translate("Crisis", "Country for the crisis line"))
    for code, name in countries():
        box.addItem(name, code)
    box.setCurrentIndex(max(0, box.findData(selected)))
    return box


class CountryDialog(QDialog):
    """Asked once, at the first start: the country whose crisis lines the app shows. Esc keeps the computer's."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("crisis_country_dialog")
        self.setWindowTitle(self.tr("Your crisis line"))
        intro = QLabel(
            self.tr(
                "Where do you live? Recovery Journal shows a crisis line for your country in “Need help now” (F1), on "
                "the lock screen and when you log a lapse. Nothing is looked up online, and you can change it later."
            )
        )
        intro.setWordWrap(True)
        self.country = country_box(chosen_country(store))
        self.preview = QLabel(objectName="crisis_preview")
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Not now"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.country, self.preview, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(460)
        fit_to_screen(self)
        self.save_button.setDefault(True)  # Enter saves (set once the button is inside the dialog)
        self.country.currentIndexChanged.connect(self._show_lines)
        self._show_lines()
        self.country.setFocus()

    def _show_lines(self) -> None:
        code = self.country.currentData()
        self.preview.setText(lines_text(lines_to_show(None, system_locale(), country=code)))

    def accept(self) -> None:
        remember_country(self.store, self.country.currentData())
        super().accept()
