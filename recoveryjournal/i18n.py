"""The one language words for people are shown in: the window, the summary and the command line follow it.

Pure Python (no Qt), so domain and export text can ask for it too. The UI sets it once at start from the journal's
``language`` setting (or the system locale) and again when the person changes it in Settings.

One catalogue holds every translation: ``resources/i18n/recoveryjournal_<language>.ts`` (Qt's TS format, kept up to
date by ``packaging/update_translations.py``, which also compiles it). The window reads the compiled ``.qm`` through a
QTranslator (``ui/translation.py``); ``translate`` here reads the same messages, compiled to ``.json``, for domain
text, the summary, exports and the command line.
Words are written in English in the code, with ``{name}`` placeholders filled by ``str.format`` after translating,
and ``%n`` for a count whose words change with it ("%n lapse(s)" is "1 lapse", "2 lapses").
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from recoveryjournal import resources

SUPPORTED = ("en", "es")
SETTING = "language"  # the journal setting: "system" (the default), "en" or "es"
FOLDER = resources.FOLDER / "i18n"
SEPARATOR = "\x04"  # between context, source and disambiguation in the compiled catalogue's keys, as in Qt's .qm
_current = {"language": "en"}


def current_language() -> str:
    """The language code in use now: one of ``SUPPORTED``."""
    return _current["language"]


def set_language(code: str) -> str:
    """Use ``code`` (a locale name such as ``es_MX`` is read as its language); anything unsupported means English.
    Returns the code now in use."""
    language = code.split("_")[0].split("-")[0].lower()
    _current["language"] = language if language in SUPPORTED else "en"
    return _current["language"]


def system_language() -> str:
    """The language of the computer's locale (the environment first, as gettext reads it), e.g. ``es_MX``."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").split(":")[0]
        if value:
            return "en" if value in ("C", "POSIX") or value.startswith("C.") else value
    import locale  # only where the environment does not say (Windows): its import costs the start ~1 ms

    return locale.getlocale()[0] or "en"


def choose(setting: str | None) -> str:
    """Use the language a ``language`` setting names ("system", "en", "es"; missing means "system")."""
    return set_language(system_language() if setting in (None, "", "system") else setting)


@contextmanager
def speaking(setting: str | None) -> Iterator[str]:
    """Words in the language ``setting`` names ("system", "en", "es") inside the block, as for a summary made in
    another language than the window's; the language in use before comes back after it."""
    before = current_language()
    try:
        yield choose(setting)
    finally:
        set_language(before)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language, as ``QCoreApplication.translate`` would give it (same arguments, same
    catalogue). Pass ``n`` positionally (``translate("Summary", "%n lapse(s)", None, count)``) so that
    ``pyside6-lupdate`` sees a count; ``%n`` becomes the number. Text without a translation stays as written."""
    language = current_language()
    if language == "en" and n < 0:
        return text  # the code's own words; English's catalogue holds only count forms
    forms = _catalogue(language).get(f"{context}{SEPARATOR}{text}{SEPARATOR}{disambiguation or ''}")
    if forms:
        text = forms[plural_form(n)] if n >= 0 and len(forms) > 1 else forms[0]
    return text.replace("%n", str(n)) if n >= 0 else text


def plural_form(n: int) -> int:
    """Which numerus form a count takes: English and Spanish both have one for 1 and one for everything else."""
    return 0 if n == 1 else 1


def translatable(context: str, text: str) -> str:
    """Mark ``text`` for the catalogue where it is defined (a constant read at import, before any language is
    chosen); show it through ``translate(context, text)``. ``pyside6-lupdate`` reads this as ``QT_TRANSLATE_NOOP``."""
    return text


@cache
def _catalogue(language: str) -> dict[str, list[str]]:
    """The finished translations of one language, read once from the .json that ``update_translations`` compiles
    from the .ts beside it (as ``lrelease`` compiles the .qm; parsing the XML itself would cost ~30 ms):
    "context\x04source\x04disambiguation" → its forms."""
    import json  # not before a catalogue is needed: an English start reads none

    path = FOLDER / f"recoveryjournal_{language}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
