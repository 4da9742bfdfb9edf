"""Settings (Ctrl+,), the View menu and Help → Keyboard shortcuts, used with the keyboard as a person would.

Each setting is changed with real key events, then the app is closed and opened again on the same folder: the value
is kept (in the journal file) and in effect (the language in use, the threshold help-now reads, the reminders).
"""

from __future__ import annotations

import pytest
from gui_keys import press_shortcut
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QShortcut
from PySide6.QtWidgets import QApplication

from recoveryjournal import i18n
from recoveryjournal.domain import dates
from recoveryjournal.domain.reminders import ReminderSettings
from recoveryjournal.opening import open_journal
from recoveryjournal.ui import theme
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.crisis import journal_crisis_lines
from recoveryjournal.ui.dialogs.settings import SettingsDialog
from recoveryjournal.ui.help_now import help_now_threshold
from recoveryjournal.ui.main_window import MainWindow
from recoveryjournal.ui.shortcuts import ShortcutsDialog, key_text
from recoveryjournal.ui.translation import install_language
from recoveryjournal.ui.widgets.date_field import DateField, set_week_start


def open_window(qtbot, folder) -> MainWindow:
    window = MainWindow(AppContext(open_journal(folder)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def close_window(window: MainWindow) -> None:
    window.close()
    window.context.store.close()


def open_settings(qtbot, window: MainWindow) -> SettingsDialog:
    press_shortcut(qtbot, window, Qt.Key.Key_Comma)
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def replace_text(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def down(qtbot, widget, times: int = 1) -> None:
    widget.setFocus()
    for _ in range(times):
        qtbot.keyClick(widget, Qt.Key.Key_Down)


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "journal"


def back_to_defaults() -> None:
    install_language(QApplication.instance(), "en")
    dates.set_style("locale")
    set_week_start("monday")
    theme.apply_appearance(QApplication.instance(), "system", 100)


@pytest.fixture(autouse=True)
def defaults_again():
    yield
    back_to_defaults()


def test_each_setting_is_kept_and_in_effect_after_reopening(qtbot, folder):
    window = open_window(qtbot, folder)
    dialog = open_settings(qtbot, window)
    down(qtbot, dialog.theme, 2)  # system → light → dark
    replace_text(qtbot, dialog.text_scale, "150")
    down(qtbot, dialog.language, 2)  # system → English → Español
    dialog.checkin_on.setFocus()
    qtbot.keyClick(dialog.checkin_on, Qt.Key.Key_Space)
    replace_text(qtbot, dialog.checkin_time, "07:45")
    for box in (dialog.weekly_review, dialog.measures):
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)
    replace_text(qtbot, dialog.threshold, "6")
    dialog.country.setFocus()
    qtbot.keyClicks(dialog.country, "Irel")
    replace_text(qtbot, dialog.crisis_name, "Night line")
    replace_text(qtbot, dialog.crisis_number, "0800 123")
    down(qtbot, dialog.week_start)
    down(qtbot, dialog.date_format)
    assert i18n.current_language() == "es"  # in effect at once, before closing
    assert (theme.current_theme(), theme.current_scale(), dates.current_style()) == ("dark", 150, "iso")
    assert theme.is_dark(QApplication.palette())
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    close_window(window)
    back_to_defaults()

    window = open_window(qtbot, folder)
    settings = window.context.store.settings
    assert {key: settings.get(key) for key in SAVED} == SAVED
    assert i18n.current_language() == "es"
    assert (theme.current_theme(), theme.current_scale(), dates.current_style()) == ("dark", 150, "iso")
    assert help_now_threshold(window.context) == 6
    assert [line.number for line in journal_crisis_lines(window.context.store)] == ["0800 123"]
    reminders = ReminderSettings.from_settings(settings.get)
    assert reminders.checkin_time.hour == 7 and reminders.week_start == "sunday"
    assert DateField().calendar.firstDayOfWeek() == Qt.DayOfWeek.Sunday  # the calendars start the week there too
    dialog = open_settings(qtbot, window)
    shown = (dialog.theme, dialog.language, dialog.week_start, dialog.date_format)
    assert [box.currentData() for box in shown] == ["dark", "es", "sunday", "iso"]
    assert dialog.text_scale.value() == 150 and dialog.threshold.value() == 6
    assert dialog.checkin_time.text() == "07:45" and dialog.checkin_on.isChecked()
    assert dialog.crisis_name.text() == "Night line" and dialog.country.currentData() == "IE"
    assert window.theme_actions["dark"].isChecked()
    close_window(window)


SAVED = {
    "appearance/theme": "dark",
    "appearance/text_scale": 150,
    "language": "es",
    "reminders/checkin_time": "07:45",
    "reminders/weekly_review": True,
    "reminders/measures": True,
    "help_now_threshold": 6,
    "crisis_country": "IE",
    "crisis_line": {"name": "Night line", "number": "0800 123", "note": ""},
    "week_start": "sunday",
    "date_format": "iso",
}


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_folder_opens_the_journal_folder_as_a_local_file(qtbot, folder):
    window = open_window(qtbot, folder)
    dialog = open_settings(qtbot, window)
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "catch")
    try:
        dialog.open_folder.setFocus()
        qtbot.keyClick(dialog.open_folder, Qt.Key.Key_Space)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [url.toLocalFile() for url in catcher.urls] == [str(folder)]
    close_window(window)


def test_view_menu_changes_the_text_size_and_theme_and_keeps_them(qtbot, folder):
    window = open_window(qtbot, folder)
    for _ in range(3):
        press_shortcut(qtbot, window, Qt.Key.Key_Equal)
    press_shortcut(qtbot, window, Qt.Key.Key_Minus)
    assert window.context.store.settings.get("appearance/text_scale") == 120 == theme.current_scale()
    assert "120" in window.statusBar().currentMessage()
    window.theme_actions["light"].trigger()
    pages = [action.text() for action in window.view_menu.actions()[0].menu().actions()]
    assert pages == [action.text() for action in window.go_menu.actions()]
    close_window(window)
    back_to_defaults()
    window = open_window(qtbot, folder)
    assert window.context.store.settings.get("appearance/text_scale") == 120 == theme.current_scale()
    assert window.theme_actions["light"].isChecked() and theme.current_theme() == "light"
    window.reset_text_action.trigger()
    assert window.context.store.settings.get("appearance/text_scale") == 100 == theme.current_scale()
    close_window(window)


def test_keyboard_shortcuts_lists_every_action_and_shortcut_of_the_window(window, qtbot):
    window.activateWindow()
    window.shortcuts_action.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    listed = {keys for keys, _what, _where in dialog.rows()}
    expected = {key_text(sequence) for action in window.findChildren(QAction) for sequence in action.shortcuts()}
    expected |= {key_text(shortcut.key()) for shortcut in window.findChildren(QShortcut)}
    expected |= {key_text(shortcut.key()) for shortcut in window.help_now.panel.findChildren(QShortcut)}
    assert expected and expected <= listed
    assert {"F1", "Ctrl+,", "Ctrl+K", "Ctrl+N", "Ctrl+Shift+L", "Esc"} <= listed
    assert all(what for _keys, what, _where in dialog.rows())
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert QApplication.instance() is not None


def test_my_plan_shows_a_threshold_changed_in_settings(window, qtbot):
    plan = window.show_page("plan")
    dialog = open_settings(qtbot, window)
    replace_text(qtbot, dialog.threshold, "5")
    assert plan.threshold.value() == 5 == window.context.store.settings.get("help_now_threshold")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
