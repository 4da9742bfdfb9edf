"""The window's words in the person's language: one QTranslator for the app's catalogue and one for Qt's own buttons.

``install_language(app, setting)`` is called at start once the journal is open (with its ``language`` setting; the
unlock screen, shown before, uses "system") and by Settings when the person chooses another language. Windows and
dialogs made after the call speak the new language; the ones already open keep theirs until they are made again.
English loads only its small count-forms catalogue ("1 day", "2 days") and none of Qt's; choosing the language
already in use costs nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from recoveryjournal import i18n

_installed: list[QTranslator] = []
_state = {"language": ""}


def install_language(app: QCoreApplication, setting: str | None) -> str:
    """Use the language ``setting`` names ("system", "en", "es"; missing means "system") for the window, the summary
    and the command line; returns the language code now in use."""
    system = QLocale.system().name()
    language = i18n.set_language(system if setting in (None, "", "system") else setting)
    if language == _state["language"]:
        return language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    catalogues = [(f"recoveryjournal_{language}", str(i18n.FOLDER))]
    if language != "en":  # Qt's own words are English already
        from PySide6.QtCore import QLibraryInfo

        catalogues.append((f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    # Numbers and Qt's own date fields follow the language: the computer's own locale when the app speaks its language.
    system_language = system.split("_")[0]
    if language != (system_language if system_language in i18n.SUPPORTED else "en"):
        QLocale.setDefault(QLocale(language))
    elif _state["language"]:  # back to the computer's language after another
        QLocale.setDefault(QLocale.system())
    _state["language"] = language
    return language
