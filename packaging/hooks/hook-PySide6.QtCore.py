"""QtCore with only the Qt translation files the app's languages need (overrides PyInstaller's hook of that name).

The app speaks English and Spanish (recoveryjournal/i18n.py): Qt's own buttons ("Cancel", "Yes") in Spanish need
qtbase_es.qm; the other ~100 .qm files (7 MB) would never be read. A new language adds its qtbase_*.qm here.
"""

from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

LANGUAGES = ("es",)

hiddenimports, binaries, translations = add_qt6_dependencies(__file__)
datas = [
    (source, folder) for source, folder in translations if Path(source).stem in {f"qtbase_{code}" for code in LANGUAGES}
]
