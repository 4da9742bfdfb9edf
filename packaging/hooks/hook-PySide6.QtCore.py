"""QtCore without Qt's own translation files (overrides PyInstaller's hook of the same name).

The app installs no QTranslator: its words are English only for now, so Qt's ~100 .qm files (7 MB) would never be
read. Whoever adds a translation adds the matching qtbase_*.qm here.
"""

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, _translations = add_qt6_dependencies(__file__)
datas = []
