"""QtGui's plugins, less those the app never loads (overrides PyInstaller's hook of the same name).

Left out: screens the app never runs on (framebuffer, EGL full screen, VNC, Vulkan display), input read without a
window system (evdev), the GTK platform theme (it would copy the build machine's GTK, ~25 MB, into the bundle; the
desktop-portal theme still gives native file dialogs) and image formats the app never reads (PNG is built into Qt;
the icon is SVG).
"""

from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

UNUSED_FOLDERS = {"egldeviceintegrations", "generic"}
UNUSED = {
    "platforms": {"qeglfs", "qlinuxfb", "qminimal", "qminimalegl", "qvnc", "qvkkhrdisplay"},
    "platformthemes": {"qgtk3"},
}
KEEP_ONLY = {"imageformats": {"qsvg"}}


def used(source: str, folder: str) -> bool:
    kind = Path(folder).name
    name = Path(source).stem.removeprefix("lib")
    if kind in UNUSED_FOLDERS or name in UNUSED.get(kind, ()):
        return False
    return kind not in KEEP_ONLY or name in KEEP_ONLY[kind]


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, folder) for source, folder in binaries if used(source, folder)]
