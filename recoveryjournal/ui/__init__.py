"""The Qt interface.

Loading it first spares the start PySide6's search for ``__feature__`` switches (snake_case, true_property): PySide6
reads the whole source of each module the first time an import statement names it after PySide6 has loaded, the
standard library's included (pathlib, typing, …): about 7 ms before the window first paints. A module loaded before
PySide6 cannot have switched one, and no module of the app does, so those are answered without reading.
"""

import sys

_LOADED_BEFORE_QT = frozenset(() if "PySide6" in sys.modules else sys.modules)

import PySide6  # noqa: E402, F401  (loads shiboken's import hook, which this adjusts)


def _skip_reading_known_modules() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    read_source = getattr(feature, "_mod_uses_pyside", None)
    if read_source is None:
        return  # another PySide6 release: its own way, at its own cost

    def uses_pyside(module: object) -> bool:
        name = getattr(module, "__name__", "")
        if name in _LOADED_BEFORE_QT:
            return False  # as PySide6 records a module that does not use it
        if name == "recoveryjournal" or name.startswith("recoveryjournal."):
            return True  # as PySide6 records a module that uses it and switches nothing
        return read_source(module)

    feature._mod_uses_pyside = uses_pyside


_skip_reading_known_modules()
