"""The person's preferences kept in the journal (look, language, dates) and putting them into effect.

Settings → (``ui.dialogs.settings``), the View menu and the start of the app all go through here, so a preference
means the same wherever it is changed. The keys are the journal's settings (``store.settings``).
"""

from __future__ import annotations

import importlib.util

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from recoveryjournal import i18n
from recoveryjournal.store.store import Store

THEME_KEY = "appearance/theme"
TEXT_SCALE_KEY = "appearance/text_scale"
LANGUAGE_KEY = "language"
DATE_FORMAT_KEY = "date_format"
THEMES = ("system", "light", "dark")
LANGUAGES = ("system", "en", "es")
DATE_FORMATS = ("locale", "iso")
TEXT_SCALES = range(100, 201, 10)
DEFAULT_TEXT_SCALE = 100


def choice(store: Store, key: str, allowed: tuple[str, ...]) -> str:
    """The setting if it is one of ``allowed``, else the first of them (the default)."""
    value = store.settings.get(key, allowed[0])
    return value if value in allowed else allowed[0]


def text_scale(store: Store) -> int:
    value = store.settings.get(TEXT_SCALE_KEY, DEFAULT_TEXT_SCALE)
    if not isinstance(value, int) or isinstance(value, bool):
        return DEFAULT_TEXT_SCALE
    return min(max(value, TEXT_SCALES.start), TEXT_SCALES.stop - 1)


def set_appearance(store: Store, theme: str | None = None, scale: int | None = None) -> None:
    """Keep a new theme and/or text size and put them into effect at once."""
    if theme is not None:
        store.settings.set(THEME_KEY, theme)
    if scale is not None:
        store.settings.set(TEXT_SCALE_KEY, min(max(scale, TEXT_SCALES.start), TEXT_SCALES.stop - 1))
    apply_appearance(store)


def apply_appearance(store: Store) -> bool:
    """Theme and text size for every window, through ``ui.theme`` once it is there; ``False`` while it is not."""
    if importlib.util.find_spec("recoveryjournal.ui.theme") is None:
        return False
    from recoveryjournal.ui import theme

    theme.apply_appearance(QApplication.instance(), choice(store, THEME_KEY, THEMES), text_scale(store))
    return True


def language_code(store: Store) -> str:
    """The language setting as a code: "system" is the computer's language."""
    chosen = choice(store, LANGUAGE_KEY, LANGUAGES)
    return QLocale.system().name() if chosen == "system" else chosen


def apply_language(store: Store) -> str:
    """Put the journal's language into effect (``i18n``); returns the code now in use."""
    return i18n.set_language(language_code(store))


def apply_all(store: Store) -> None:
    """At the start of the window: the look and the language the person chose."""
    apply_language(store)
    apply_appearance(store)
