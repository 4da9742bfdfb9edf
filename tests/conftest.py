"""Shared fixtures: a real journal in a temporary folder, the demo journal, and the main window on top of them."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["RECOVERYJOURNAL_DATA_DIR"] = os.devnull + "-never-use-the-real-data-folder"

from pathlib import Path

import pytest
from hypothesis import settings

from recoveryjournal import i18n
from recoveryjournal.opening import open_journal
from recoveryjournal.store.store import Store

# CI gates every landing, so there the property tests replay the same examples each run (a failure is reproducible,
# never a coin toss); elsewhere each run explores new ones.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that use qtbot are GUI tests, so ``pytest -m "not gui"`` runs the core in seconds."""
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def no_dialog_left_open():
    """A dialog a test leaves open (its window is closed, but deleted only when the event loop next runs) would be the
    active modal window of the next test's window: each test ends with every dialog hidden and on its way out."""
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")
    app = widgets.QApplication.instance() if widgets is not None else None
    if app is None:
        return
    for widget in app.topLevelWidgets():
        if isinstance(widget, widgets.QDialog) and widget.isVisible():
            widget.hide()
            widget.deleteLater()


@pytest.fixture(autouse=True)
def english():
    """A test that switches the language (``ui.translation.install_language``) cannot leave the next one in it."""
    yield
    if i18n.current_language() != "en":
        i18n.set_language("en")
        translation = sys.modules.get("recoveryjournal.ui.translation")
        app = translation.QCoreApplication.instance() if translation is not None else None
        if app is not None:  # a test without Qt switched only the words of the domain (i18n)
            translation.install_language(app, "en")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path):
    opened = open_journal(data_dir)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo journal, built once per run; tests get their own copy through ``demo_dir``."""
    from recoveryjournal.demo import write_demo

    folder = tmp_path_factory.mktemp("demo-template") / "data"
    write_demo(folder)
    return folder


@pytest.fixture
def demo_dir(demo_template: Path, tmp_path: Path) -> Path:
    import shutil

    folder = tmp_path / "demo"
    shutil.copytree(demo_template, folder, ignore=shutil.ignore_patterns("*.lock", "*-wal", "*-shm"))
    return folder


@pytest.fixture
def demo_store(demo_dir: Path):
    opened = Store.open(demo_dir)
    yield opened
    opened.close()


@pytest.fixture
def context(store):
    from recoveryjournal.ui.context import AppContext

    return AppContext(store)


@pytest.fixture
def window(qtbot, context):
    from recoveryjournal.ui.main_window import MainWindow

    main = MainWindow(context)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def demo_window(qtbot, demo_store):
    """The main window on a copy of the demo journal, large enough for Insights' charts."""
    from recoveryjournal.ui.context import AppContext
    from recoveryjournal.ui.main_window import MainWindow

    main = MainWindow(AppContext(demo_store))
    qtbot.addWidget(main)
    main.resize(1200, 800)
    main.show()
    qtbot.waitExposed(main)
    return main
