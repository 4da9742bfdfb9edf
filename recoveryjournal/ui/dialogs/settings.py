"""Settings (Ctrl+,): the look, language, reminders, safety, dates and where the journal lives.

Every control saves at once into the journal's settings and takes effect at once: there is no Apply button to
forget. The first-run welcome's steps can be opened again from the last tab.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from recoveryjournal.domain import reminders
from recoveryjournal.domain.crisis import SETTING_KEY as CRISIS_KEY
from recoveryjournal.domain.crisis import CrisisLine, own_line
from recoveryjournal.domain.plan import DEFAULT_HELP_NOW_THRESHOLD, HELP_NOW_THRESHOLD_KEY
from recoveryjournal.domain.weeks import WEEK_START_KEY
from recoveryjournal.ui import preferences, theme
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.crisis import chosen_country, country_box, remember_country
from recoveryjournal.ui.widgets.date_field import TimeField
from recoveryjournal.ui.widgets.scrolling import fit_to_screen

DEFAULT_CHECKIN_TIME = time(20, 0)


class SettingsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.tabs = QTabWidget(objectName="settings_tabs")
        self.tabs.setAccessibleName(self.tr("Settings"))
        self.tabs.addTab(self._scrolling(self._appearance(), self.tr("Appearance")), self.tr("Appearance"))
        self.tabs.addTab(self._scrolling(self._reminders(), self.tr("Reminders")), self.tr("Reminders"))
        self.tabs.addTab(self._scrolling(self._safety(), self.tr("Safety")), self.tr("Safety"))
        self.tabs.addTab(self._scrolling(self._dates(), self.tr("Dates")), self.tr("Dates"))
        self.tabs.addTab(self._scrolling(self._data(), self.tr("Your data")), self.tr("Your data"))
        self.tabs.addTab(self._scrolling(self._welcome(), self.tr("Welcome steps")), self.tr("Welcome steps"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        note = QLabel(self.tr("Changes are saved and take effect as you make them."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()  # grows with the text size; fit_to_screen keeps it within the screen
        fit_to_screen(self, QSize(metrics.averageCharWidth() * 80, metrics.lineSpacing() * 26), buttons)

    @staticmethod
    def _scrolling(page: QWidget, name: str) -> QScrollArea:
        area = QScrollArea()
        area.setAccessibleName(name)  # it takes the focus, so a screen reader names it
        area.setWidgetResizable(True)
        area.setWidget(page)
        return area

    def _combo(self, name: str, options: list[tuple[str, str]], current: str, key: str) -> QComboBox:
        box = QComboBox(objectName=name)
        for value, label in options:
            box.addItem(label, value)
        box.setCurrentIndex(max(0, box.findData(current)))
        box.currentIndexChanged.connect(lambda _index: self._choose(key, box.currentData()))
        return box

    def _scale_changed(self, value: int) -> None:
        preferences.set_appearance(self.store, scale=value)
        self.context.notify("settings")

    def _choose(self, key: str, value: str) -> None:
        self.store.settings.set(key, value)
        if key == theme.THEME_KEY:
            preferences.set_appearance(self.store)
        elif key == preferences.LANGUAGE_KEY:
            preferences.apply_language(self.store)
        elif key == preferences.DATE_FORMAT_KEY:
            preferences.apply_date_format(self.store)
        elif key == WEEK_START_KEY:
            preferences.apply_week_start(self.store)
        self.context.notify("settings")

    # --- tabs ----------------------------------------------------------------------------------------------------

    def _appearance(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.theme = self._combo(
            "theme",
            [("system", self.tr("Same as the computer")), ("light", self.tr("Light")), ("dark", self.tr("Dark"))],
            preferences.choice(self.store, theme.THEME_KEY, theme.THEMES),
            theme.THEME_KEY,
        )
        self.text_scale = QSpinBox(objectName="text_scale")
        self.text_scale.setRange(theme.MIN_TEXT_SCALE, theme.MAX_TEXT_SCALE)
        self.text_scale.setSingleStep(preferences.TEXT_SCALE_STEP)
        self.text_scale.setSuffix(" %")
        self.text_scale.setValue(preferences.text_scale(self.store))
        self.text_scale.valueChanged.connect(self._scale_changed)
        self.language = self._combo(
            "language",
            [("system", self.tr("Same as the computer")), ("en", self.tr("English")), ("es", self.tr("Español"))],
            preferences.choice(self.store, preferences.LANGUAGE_KEY, preferences.LANGUAGES),
            preferences.LANGUAGE_KEY,
        )
        form.addRow(self.tr("&Theme"), self.theme)
        form.addRow(self.tr("Text &size"), self.text_scale)
        form.addRow(self.tr("&Language"), self.language)
        later = QLabel(self.tr("A new language shows in windows opened from now on, and everywhere at the next start."))
        later.setWordWrap(True)
        form.addRow(later)
        return page

    def _reminders(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        intro = QLabel(
            self.tr("Gentle nudges while Recovery Journal is open, and when it starts. They never leave this computer.")
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        at = reminders.parse_time(self.store.settings.get(reminders.CHECKIN_TIME_KEY, ""))
        self.checkin_on = QCheckBox(self.tr("Remind me to &check in each day at"), objectName="checkin_reminder")
        self.checkin_on.setChecked(at is not None)
        self.checkin_time = TimeField(at or DEFAULT_CHECKIN_TIME)
        self.checkin_time.setObjectName("checkin_time")
        self.checkin_time.setAccessibleName(self.tr("Check-in reminder time"))
        self.checkin_time.setEnabled(at is not None)
        self.checkin_on.toggled.connect(self._save_checkin_time)
        self.checkin_time.textChanged.connect(self._save_checkin_time)
        row = QHBoxLayout()
        row.addWidget(self.checkin_on)
        row.addWidget(self.checkin_time)
        row.addStretch(1)
        form.addRow(row)
        self.weekly_review = self._check(
            "weekly_review_reminder", self.tr("Remind me of the &weekly review"), reminders.WEEKLY_REVIEW_KEY
        )
        self.measures = self._check(
            "measures_reminder", self.tr("Remind me when a &questionnaire is due"), reminders.MEASURES_KEY
        )
        form.addRow(self.weekly_review)
        form.addRow(self._hint(self.tr("On the last day of the week, when the week has no review yet.")))
        form.addRow(self.measures)
        form.addRow(self._hint(self.tr("When a questionnaire on Today is due. Never required.")))
        return page

    @staticmethod
    def _hint(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setIndent(24)
        return label

    def _check(self, name: str, text: str, key: str) -> QCheckBox:
        box = QCheckBox(text, objectName=name)
        box.setChecked(bool(self.store.settings.get(key, False)))
        box.toggled.connect(lambda on: self._choose(key, on))
        return box

    def _save_checkin_time(self) -> None:
        on = self.checkin_on.isChecked()
        self.checkin_time.setEnabled(on)
        moment = self.checkin_time.time()
        if on and moment is None:
            return  # still being typed: the last whole time stays
        self._choose(reminders.CHECKIN_TIME_KEY, reminders.time_text(moment if on else None))

    def _safety(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.threshold = QSpinBox(objectName="help_now_threshold")
        self.threshold.setRange(1, 10)
        self.threshold.setValue(int(self.store.settings.get(HELP_NOW_THRESHOLD_KEY, DEFAULT_HELP_NOW_THRESHOLD)))
        self.threshold.setAccessibleName(self.tr("Craving that opens Need help now"))
        self.threshold.valueChanged.connect(lambda value: self._choose(HELP_NOW_THRESHOLD_KEY, value))
        form.addRow(self.tr("Open “Need help now” after a craving of"), self.threshold)
        self.country = country_box(chosen_country(self.store))
        self.country.currentIndexChanged.connect(self._save_country)
        form.addRow(self.tr("&Country for the crisis line"), self.country)
        own = own_line(self.store.settings.get(CRISIS_KEY))
        self.crisis_name = QLineEdit(own.name if own else "", objectName="crisis_name")
        self.crisis_name.setPlaceholderText(self.tr("e.g. my counsellor's out-of-hours line"))
        self.crisis_number = QLineEdit(own.number if own else "", objectName="crisis_number")
        for edit in (self.crisis_name, self.crisis_number):
            edit.textChanged.connect(self._save_crisis_line)
        hint = QLabel(self.tr("Your own crisis line, if you have one, is shown instead of the country's."))
        hint.setWordWrap(True)
        form.addRow(hint)
        form.addRow(self.tr("Your line's &name"), self.crisis_name)
        form.addRow(self.tr("Its &number"), self.crisis_number)
        return page

    def _save_country(self) -> None:
        remember_country(self.store, self.country.currentData())
        self.context.notify("settings")

    def _save_crisis_line(self) -> None:
        line = CrisisLine(name=self.crisis_name.text().strip(), number=self.crisis_number.text().strip())
        setting = line.as_setting() if own_line(line.as_setting()) else None
        if setting != self.store.settings.get(CRISIS_KEY):
            self._choose(CRISIS_KEY, setting)

    def _dates(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.week_start = self._combo(
            "week_start",
            [("monday", self.tr("Monday")), ("sunday", self.tr("Sunday"))],
            self.store.settings.week_start(),
            WEEK_START_KEY,
        )
        self.date_format = self._combo(
            "date_format",
            [("locale", self.tr("As my language writes them")), ("iso", self.tr("Year-month-day (2026-10-15)"))],
            preferences.choice(self.store, preferences.DATE_FORMAT_KEY, preferences.DATE_FORMATS),
            preferences.DATE_FORMAT_KEY,
        )
        form.addRow(self.tr("&Week starts on"), self.week_start)
        form.addRow(self.tr("&Dates"), self.date_format)
        return page

    def _data(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        folder = QLabel(str(self.store.folder), objectName="data_folder")
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = QPushButton(self.tr("&Open folder"), objectName="open_folder")
        self.open_folder.clicked.connect(self.show_folder)
        layout.addWidget(QLabel(self.tr("Your journal is kept only on this computer, in:")))
        layout.addWidget(folder)
        layout.addWidget(self.open_folder)
        layout.addStretch(1)
        return page

    def show_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.store.folder)))

    def _welcome(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr("Any step of the first welcome, again: each saves where the rest of the app looks."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        from recoveryjournal.ui.welcome import step_titles

        self.welcome_buttons: dict[str, QPushButton] = {}
        for key, title in step_titles().items():
            button = QPushButton(title + "…", objectName=f"welcome_step_{key}")
            button.clicked.connect(lambda _checked=False, key=key: self.open_step(key))
            layout.addWidget(button)
            self.welcome_buttons[key] = button
        layout.addStretch(1)
        return page

    def open_step(self, key: str):
        """One step of the welcome again, over this dialog; the passphrase goes to File → Passphrase and lock's."""
        window = self.parent()
        if key == "passphrase":
            from recoveryjournal.ui.safety import set_passphrase

            return set_passphrase(window)
        from recoveryjournal.ui.welcome import open_welcome

        return open_welcome(window, (key,), self)


def open_settings(context: AppContext, parent: QWidget | None) -> SettingsDialog:
    dialog = SettingsDialog(context, parent)
    dialog.open()
    return dialog
