"""The window's words in the person's language: one QTranslator for the app's catalogue and one for Qt's own buttons.

``install_language(app, setting)`` is called at start (with "system" before the journal is open, then with the
journal's ``language`` setting) and by Settings when the person chooses another language. Windows and dialogs made
after the call speak the new language; the ones already open keep theirs until they are made again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from recoveryjournal import i18n

_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, setting: str | None) -> str:
    """Use the language ``setting`` names ("system", "en", "es"; missing means "system") for the window, the summary
    and the command line; returns the language code now in use."""
    system = QLocale.system()
    language = i18n.set_language(system.name() if setting in (None, "", "system") else setting)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    catalogues = (
        (f"recoveryjournal_{language}", str(i18n.FOLDER)),
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    )
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    # Numbers and Qt's own date fields follow the language: the computer's own locale when the app speaks its language.
    system_language = system.name().split("_")[0]
    same = language == (system_language if system_language in i18n.SUPPORTED else "en")
    QLocale.setDefault(system if same else QLocale(language))
    return language
