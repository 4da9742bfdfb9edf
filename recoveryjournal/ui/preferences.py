"""The person's preferences kept in the journal (look, language, dates) and putting them into effect.

Settings (``ui.dialogs.settings``), the View menu and the start of the window all go through here, so a preference
means the same wherever it is changed. The look itself is ``ui.theme``'s; the keys are the journal's settings.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from recoveryjournal import i18n
from recoveryjournal.domain import dates
from recoveryjournal.store.store import Store
from recoveryjournal.ui import theme
from recoveryjournal.ui.translation import install_language
from recoveryjournal.ui.widgets.date_field import set_week_start

LANGUAGE_KEY = i18n.SETTING
DATE_FORMAT_KEY = "date_format"
LANGUAGES = ("system", "en", "es")
DATE_FORMATS = dates.STYLES
TEXT_SCALE_STEP = 10


def choice(store: Store, key: str, allowed: tuple[str, ...]) -> str:
    """The setting if it is one of ``allowed``, else the first of them (the default)."""
    value = store.settings.get(key, allowed[0])
    return value if value in allowed else allowed[0]


def text_scale(store: Store) -> int:
    value = store.settings.get(theme.TEXT_SCALE_KEY, theme.DEFAULT_TEXT_SCALE)
    try:
        return theme.clamp_scale(value)
    except (TypeError, ValueError):
        return theme.DEFAULT_TEXT_SCALE


def set_appearance(store: Store, chosen_theme: str | None = None, scale: int | None = None) -> None:
    """Keep a new theme and/or text size and put them into effect at once, on every window."""
    if chosen_theme is not None:
        store.settings.set(theme.THEME_KEY, chosen_theme)
    if scale is not None:
        store.settings.set(theme.TEXT_SCALE_KEY, theme.clamp_scale(scale))
    theme.apply_saved(QApplication.instance(), store.settings)


def apply_language(store: Store) -> str:
    """Put the journal's language into effect (``ui.translation``); returns the code now in use."""
    return install_language(QApplication.instance(), choice(store, LANGUAGE_KEY, LANGUAGES))


def apply_date_format(store: Store) -> str:
    """Dates for people as the language writes them, or year-month-day (``domain.dates``)."""
    return dates.set_style(choice(store, DATE_FORMAT_KEY, DATE_FORMATS))


def apply_week_start(store: Store) -> str:
    """Calendars start the week on the person's first day (pages and reminders read the setting themselves)."""
    week_start = store.settings.week_start()
    set_week_start(week_start)
    return week_start


def apply_all(store: Store) -> None:
    """When the window is set up: the language, dates and look the person chose (the look costs nothing if the
    start applied it already)."""
    apply_language(store)
    apply_date_format(store)
    apply_week_start(store)
    theme.apply_saved(QApplication.instance(), store.settings)
